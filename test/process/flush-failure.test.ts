/*
 * flush-failure.test.ts — a commit whose flush fails (fdatasync EIO, injected with the
 * failpoint storage.fsync) stops the daemon, as PostgreSQL panics: nothing is acknowledged
 * after it, the log says why (8027), and the next start recovers from what the disk holds —
 * earlier commits all there, writes accepted again.
 */
import { afterAll, expect, test } from 'vitest';
import { alive, cleanup, daemonLog, daemonPid, envFor, hasStackTrace, runProgram, tempRoot, waitFor } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-flushfail-');
const env = envFor(iiSystem, home);

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

const body = (text: string): string => text.split('\n').filter((l) => /^\d{4}: |^\|/.test(l)).join('\n');

test('a failed flush stops the daemon; the next start recovers every earlier commit and takes writes', async () => {
  expect((await runProgram('creatdb', ['f'], env)).status).toBe(0);
  const setup = await runProgram('ingres', ['f'], env, 'create r (a = i4)\nappend to r (a = 1)\n\\g\n');
  expect(setup.stdout + setup.stderr).not.toMatch(/\d{4}: /);
  expect((await runProgram('ingresd', ['--stop'], env)).status).toBe(0);

  // every fdatasync of this daemon fails: its first commit flush (a statement's, or its
  // own bookkeeping's) stops it
  const failing = await runProgram('ingres', ['f'], { ...env, INGRES_FAILPOINTS: 'storage.fsync=error' },
    'append to r (a = 2)\n\\g\nrange of x is r\nretrieve (x.a)\n\\g\n', 120_000);
  const out = failing.stdout + failing.stderr;
  expect(hasStackTrace(out), out).toBe(false);
  expect(out).toMatch(/^(7001|8027): /m);
  const fatal = daemonLog(iiSystem).find((l) => l['level'] === 60 && l['code'] === 8027);
  expect(fatal?.['msg']).toMatch(/a commit could not be flushed to disk: .*EIO.*: the daemon stops; recovery runs at its next start/);
  const dead = Number(fatal?.['pid']);
  await waitFor('the daemon to be gone', () => !alive(dead), 10_000);

  // started again without the fault: the commit before is there, and writes work
  const after = await runProgram('ingres', ['f'], env, 'range of x is r\nappend to r (a = 3)\n\\g\nretrieve (x.a) where x.a != 2\n\\g\n');
  expect(hasStackTrace(after.stdout + after.stderr)).toBe(false);
  expect(body(after.stdout + after.stderr)).toBe('|a            |\n|-------------|\n|            1|\n|            3|\n|-------------|');
  expect(daemonPid(iiSystem)).not.toBe(dead);
}, 180_000);
