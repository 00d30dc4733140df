/*
 * big-result.test.ts — results larger than the daemon holds, through the real monitor and
 * daemon. A plain retrieve passes whatever its size: past what the daemon keeps in memory
 * (INGRES_RESULT_MEMORY_MB, 1 MiB here) its rows go to an unlinked temporary file and on to
 * the monitor as fast as the monitor prints them (sorted ones through sorted runs on disk); a monitor that stops reading holds the
 * daemon's sending, not its memory, and killing it frees the file. What still holds its
 * rows — an append to r of the cross product of r with itself (two 3,000-tuple variables,
 * 9 million rows), and `retrieve unique into` a heap of the same product — ends with 4130
 * once it passes the result budget, instead of taking the daemon's whole heap; the
 * session, the daemon and the next statements go on, and r is unchanged. A plain `retrieve into`, and a unique one into cheapsort, go
 * straight to storage and are not bounded (unit: bulk.test.ts, spool.test.ts).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { alive, cleanup, daemonPid, envFor, hasStackTrace, PROJECT, runProgram, tempRoot, waitFor } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-bigresult-');
const env = envFor(iiSystem, home, { INGRES_RESULT_MEMORY_MB: '1' });

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

/** the daemon's open spool files (unlinked: their links end in "(deleted)") */
function spoolFiles(pid: number): string[] {
  const out: string[] = [];
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (target.includes('ingres-spool-')) out.push(target);
    } catch {
      // closed meanwhile
    }
  }
  return out;
}

test('a 9-million-row cross product that must be held ends with 4130; the session, the daemon and later statements go on', async () => {
  expect((await runProgram('creatdb', ['big'], env)).status).toBe(0);
  const load = ['create r (a = i4, s = c50)', 'begin transaction'];
  for (let k = 0; k < 3000; k++) load.push(`append to r (a = ${k}, s = "${'y'.repeat(50)}")`);
  load.push('end transaction', '\\g', '');
  expect((await runProgram('ingres', ['big'], env, load.join('\n'), 120_000)).stdout).not.toMatch(/\d{4}: /);
  const pid = daemonPid(iiSystem);

  // -rheap: a heap keeps the order rows arrive in, so `retrieve unique into` one holds its
  // rows to remove duplicates (into cheapsort, the default, they would stream to storage)
  const result = await runProgram('ingres', ['-rheap', 'big'], env, [
    'range of x is r', 'range of y is r',
    'append to r (a = x.a + y.a, s = x.s)', '\\g',
    'retrieve unique into product (a1 = x.a, s1 = x.s, a2 = y.a, s2 = y.s)', '\\g',
    'retrieve (n = count(x.a))', '\\g',
    'help product', '\\g', '',
  ].join('\n'), 240_000);
  const all = result.stdout + result.stderr;
  expect(hasStackTrace(all), all.slice(0, 2000)).toBe(false);
  expect(result.status).toBe(0);
  const budgetErrors = all.match(/4130: the result of this query is too large to hold \(over 512 MiB\)/g) ?? [];
  expect(budgetErrors).toHaveLength(2);
  expect(all).toMatch(/\|n {12}\|\n\|-+\|\n\| {9}3000\|/);
  expect(all).toMatch(/5401: HELP: relation 'product' does not exist/);
  expect(daemonPid(iiSystem)).toBe(pid);
  expect(alive(pid as number)).toBe(true);
}, 300_000);

test('a retrieve past what the daemon holds is spooled and printed whole; a monitor that stops reading, then dies, frees the file', async () => {
  const N = 200_000;
  const file = join(dir, 'wide.txt');
  writeFileSync(file, Array.from({ length: N }, (_, k) => `${k}\tname-${k}\n`).join(''));
  expect((await runProgram('ingres', ['big'], env, `create wide (a = i4, s = c20)\ncopy wide (a = c0tab, s = c0nl) from "${file}"\n\\g\n`, 120_000)).stdout).not.toMatch(/\d{4}: /);
  const pid = daemonPid(iiSystem) as number;

  const all = await runProgram('ingres', ['big'], env, 'range of w is wide\nretrieve (w.all)\n\\g\nretrieve (n = count(w.a))\n\\g\n', 120_000);
  expect(hasStackTrace(all.stdout + all.stderr)).toBe(false);
  const lines = all.stdout.split('\n').filter((line) => /^\|\s*\d+\|name-\d+/.test(line));
  expect(lines).toHaveLength(N);
  expect(lines[0]).toBe('|            0|name-0              |');
  expect(lines[N - 1]).toBe('|       199999|name-199999         |');
  expect(lines.every((line, k) => line.startsWith(`|${String(k).padStart(13)}|name-${k} `))).toBe(true);
  expect(all.stdout).toMatch(/\|n {12}\|\n\|-+\|\n\| {7}200000\|/);
  expect(spoolFiles(pid)).toEqual([]);

  // sorted past the memory bound: runs on disk, merged (an external sort)
  const sorted = await runProgram('ingres', ['big'], env, 'range of w is wide\nretrieve unique (w.s, w.a) sort by a:descending\n\\g\n', 120_000);
  const descending = sorted.stdout.split('\n').filter((line) => /^\|name-\d+/.test(line));
  expect(descending).toHaveLength(N);
  expect(descending.every((line, k) => line.startsWith(`|name-${N - 1 - k} `) && line.endsWith(`|${String(N - 1 - k).padStart(13)}|`))).toBe(true);
  expect(spoolFiles(pid)).toEqual([]);

  // a monitor whose output nobody reads blocks on its pipe; the daemon waits to send on,
  // with the rest of the result in its spool file, until the monitor is killed
  const stalled = spawn(process.execPath, [join(PROJECT, 'bin', 'ingres.js'), 'big'], { env, cwd: PROJECT, stdio: ['pipe', 'pipe', 'pipe'] });
  stalled.stdin.end('range of w is wide\nretrieve (w.all)\n\\g\n');
  await waitFor('the stalled retrieve to hold a spool file', () => spoolFiles(pid).length === 1, 60_000);
  stalled.kill('SIGKILL');
  await waitFor('the spool file of the killed monitor to be closed', () => spoolFiles(pid).length === 0, 30_000);
  const after = await runProgram('ingres', ['big'], env, 'range of w is wide\nretrieve (n = count(w.a where w.a >= 100000))\n\\g\n', 60_000);
  expect(after.stdout).toMatch(/\| {7}100000\|/);
  expect(daemonPid(iiSystem)).toBe(pid);
  expect(alive(pid)).toBe(true);
}, 300_000);
