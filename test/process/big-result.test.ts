/*
 * big-result.test.ts — a result too large to hold, through the real monitor and daemon: a
 * cross product of two 3,000-tuple relations (9 million rows of ~130 bytes) ends with 4130
 * once it passes the result budget, instead of taking the daemon's (or the monitor's) whole
 * heap; the session, the daemon and the next statements go on, and `retrieve unique
 * into` a heap (which holds its rows to remove duplicates) of the same product creates
 * nothing. A plain `retrieve into`, and a unique one into cheapsort, go straight to storage
 * and are not bounded (unit: bulk.test.ts).
 */
import { afterAll, expect, test } from 'vitest';
import { alive, cleanup, daemonPid, envFor, hasStackTrace, runProgram, tempRoot } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-bigresult-');
const env = envFor(iiSystem, home);

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

test('a 9-million-row cross product ends with 4130; the session, the daemon and later statements go on', async () => {
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
    'retrieve (x.a, x.s, y.a, y.s)', '\\g',
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
