/*
 * disk-full.test.ts — a full disk with real processes: II_SYSTEM on a small tmpfs, filled
 * through the monitor until lmdb cannot write. Checks that the statement fails with 8026 and
 * changes nothing, that the daemon keeps serving (and says nothing on a stack), that an
 * abort whose rollback cannot be written keeps its locks (8028) so nobody reads its half
 * state, and that everything resumes once the file system has room — nothing acknowledged
 * lost, across a kill -9 too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  alive, cleanup, daemonPid, envFor, hasStackTrace, runProgram, startProgram, tempRoot, waitFor,
} from './helpers.js';

const { dir, home } = tempRoot('ingres-diskfull-');
const mount = join(dir, 'fs');
const iiSystem = join(mount, 'ii');
const env = envFor(iiSystem, home);
const FILLER = 's = "' + 'x'.repeat(190) + '"';

beforeAll(() => {
  mkdirSync(mount, { recursive: true });
  // a real file system that fills up: tmpfs (CI runs as root, as these tests do); 6 MiB
  // for data.mdb, and 2 for the redo log's files (made at open, so never what fills up)
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount]);
});

afterAll(async () => {
  const pid = daemonPid(iiSystem);
  if (pid !== null && alive(pid)) process.kill(pid, 'SIGKILL');
  if (pid !== null) await waitFor('daemon gone', () => !alive(pid), 10_000);
  try { execFileSync('umount', ['-l', mount]); } catch { /* not mounted */ }
  await cleanup(dir, iiSystem);
});

async function quel(text: string): Promise<string> {
  const result = await runProgram('ingres', ['full'], env, text, 120_000);
  const all = result.stdout + result.stderr;
  expect(hasStackTrace(all), all).toBe(false);
  return all;
}

async function count(relation: string): Promise<number> {
  const out = await quel(`range of r is ${relation}\nretrieve (n = count(r.a))\n\\g\n`);
  const match = /\|\s*(\d+)\|/.exec(out);
  if (match?.[1] === undefined) throw new Error(`no count in:\n${out}`);
  return Number(match[1]);
}

/** one transaction of `n` appends to `relation` (keys from `first`), as one query buffer */
function batch(relation: string, first: number, n: number): string {
  const lines = ['begin transaction'];
  for (let k = first; k < first + n; k++) lines.push(`append to ${relation} (a = ${k}, ${FILLER})`);
  lines.push('end transaction', '\\g', '');
  return lines.join('\n');
}

/** appends batches until one fails; returns the tuples acknowledged and the failure's text */
async function fill(relation: string, first: number): Promise<{ acknowledged: number; failure: string }> {
  const n = 1500;
  let acknowledged = 0;
  for (let round = 0; round < 60; round++) {
    const out = await quel(batch(relation, first + acknowledged, n));
    if (/\b\d{4}: /.test(out)) return { acknowledged, failure: out };
    acknowledged += n;
  }
  throw new Error('the file system never filled up');
}

test('a full disk: 8026 and nothing changed, the daemon serves on, a rollback that cannot be written holds its locks (8028), all resumes with room', async () => {
  expect((await runProgram('creatdb', ['full'], env)).status).toBe(0);
  expect(await quel('create big (a = i4, s = c200)\ncreate filler (a = i4, s = c200)\n\\g\n')).not.toMatch(/\d{4}: /);
  const pid = daemonPid(iiSystem);
  expect(pid).not.toBeNull();

  // 1. fill: the batch that does not fit fails as a whole with a clear error
  const big = await fill('big', 0);
  expect(big.acknowledged).toBeGreaterThan(0);
  expect(big.failure).toMatch(/8026: database 'full' cannot be written: no space left on device \(\d+ KiB free in /);
  expect(await count('big')).toBe(big.acknowledged);
  expect(alive(pid as number)).toBe(true);
  expect(daemonPid(iiSystem)).toBe(pid);

  // 2. a transaction deletes 1000 tuples and stays open; another session then takes every
  //    page left, so the transaction's rollback has nowhere to go
  const holder = startProgram('ingres', ['full'], env);
  const continues = (): number => (holder.output().match(/continue/g) ?? []).length;
  holder.stdin?.write('range of b is big\nbegin transaction\n\\g\ndelete b where b.a < 1000\n\\g\n');
  await waitFor('the delete inside the transaction', () => continues() >= 2, 60_000);
  expect(holder.output()).not.toMatch(/\d{4}: /);
  const filler = await fill('filler', 0);
  expect(filler.failure).toMatch(/8026: /);
  holder.stdin?.write('abort\n\\g\n');
  await waitFor('the abort', () => continues() >= 3, 60_000);
  expect(holder.output()).toMatch(
    /8028: the transaction was aborted, but its rollback could not be written yet: no space left on device .*; its relations stay locked/);
  holder.stdin?.end();
  await new Promise((resolve) => holder.on('close', resolve));
  expect(hasStackTrace(holder.output()), holder.output()).toBe(false);

  // 3. a reader of `big` waits for the rollback: it never sees the 1000 deleted tuples
  //    missing. Give the file system room (what an operator does) and it goes on.
  const reading = count('big');
  execFileSync('mount', ['-o', 'remount,size=24m', mount]);
  expect(await reading).toBe(big.acknowledged);

  // 4. writes resume, on the same daemon
  expect(await quel(batch('big', 1_000_000, 100))).not.toMatch(/\d{4}: /);
  expect(await count('big')).toBe(big.acknowledged + 100);
  expect(await count('filler')).toBe(filler.acknowledged);
  expect(daemonPid(iiSystem)).toBe(pid);

  // 5. and all of it survives a kill -9 (the next monitor starts a new daemon)
  process.kill(pid as number, 'SIGKILL');
  await waitFor('daemon gone', () => !alive(pid as number), 10_000);
  expect(await count('big')).toBe(big.acknowledged + 100);
  expect(await count('filler')).toBe(filler.acknowledged);
}, 300_000);
