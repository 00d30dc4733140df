/*
 * machine-restart.test.ts — the redo log through the real daemon: commits acknowledged
 * while every checkpoint after the first is held up (failpoint storage.slot), the daemon
 * killed (-9), and its steady point marked as written in an earlier boot of the machine.
 * The next daemon must set the database back to that checkpoint, apply the redo records
 * after it (through both redo files), log it, and show every acknowledged commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { alive, cleanup, daemonLog, daemonPid, envFor, hasStackTrace, runProgram, tempRoot, waitFor } from './helpers.js';
import { fromEarlierBoot } from '../support/steady-slots.js';

const { dir, iiSystem, home } = tempRoot('ingres-restart-');
const env = envFor(iiSystem, home);

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

test('after a machine restart the daemon applies the redo records after the last checkpoint: every acknowledged commit is there', async () => {
  expect((await runProgram('creatdb', ['m'], env)).status).toBe(0);
  expect((await runProgram('ingresd', ['--stop'], env)).status).toBe(0);

  // a daemon whose checkpoints never finish after the one it makes at open
  const held = { ...env, INGRES_FAILPOINTS: 'storage.slot=delay:600000' };
  const appends = Array.from({ length: 40 }, (_v, k) => `append to r (a = ${k + 1})\n\\g\n`).join('');
  const load = await runProgram('ingres', ['m'], held, `create r (a = i4)\n\\g\n${appends}`, 120_000);
  expect(load.stdout + load.stderr).not.toMatch(/\d{4}: /);
  const pid = daemonPid(iiSystem);
  expect(pid).not.toBeNull();
  process.kill(pid as number, 'SIGKILL');
  await waitFor('the daemon to be gone', () => !alive(pid as number), 10_000);

  const steady = join(iiSystem, 'data', 'm', 'data.steady');
  writeFileSync(steady, fromEarlierBoot(readFileSync(steady)));

  const after = await runProgram('ingres', ['m'], env, 'range of x is r\nretrieve (n = count(x.a), s = sum(x.a))\n\\g\n');
  const out = after.stdout + after.stderr;
  expect(hasStackTrace(out), out).toBe(false);
  expect(out).toMatch(/\|\s*40\|\s*820\|/);
  const restored = daemonLog(iiSystem).find((line) => /machine restarted since the last checkpoint/.test(String(line['msg'])));
  expect(restored?.['database']).toBe('m');
  // the create and the 40 appends, at least, came back from the redo log
  expect(Number(restored?.['replayed'])).toBeGreaterThanOrEqual(41);
}, 180_000);
