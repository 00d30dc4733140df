/*
 * busy-daemon.test.ts — a real `ingresd` kept busy by long statements (sessions running a
 * 4-variable count one after another; statements run on the daemon's one main thread). A
 * new client connects and opens its session in the free turn left after a statement
 * (statement-gate.ts), not one statement per step of its connection, and its first query
 * goes before the long ones queued; a monitor started then runs its query (it used to fail
 * with 8007 after 30 s: its 1-s probes never finished).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readInstallation } from '../../src/install/installation.js';
import { HostClient, type RemoteSession } from '../../src/net/client.js';
import { cleanup, envFor, runProgram, tempRoot } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-busy-');
const env = envFor(iiSystem, home);
const ROWS = 45;
const LONG = 'range of a is w range of b is w range of c is w range of d is w retrieve (n = count(a.k where a.k = b.k + c.k - d.k))';
/** the count LONG gives: (a, b, c, d) in 1..ROWS with a + d = b + c */
const EXPECTED = (() => {
  let n = 0;
  for (let a = 1; a <= ROWS; a++) for (let b = 1; b <= ROWS; b++) for (let c = 1; c <= ROWS; c++) {
    const d = b + c - a;
    if (d >= 1 && d <= ROWS) n++;
  }
  return n;
})();

let client: HostClient;
const hogs: RemoteSession[] = [];
/** long statements finished so far (the clock of these tests) */
let finished = 0;
let stopping = false;
const wrong: unknown[] = [];
let loops: Promise<void>[] = [];

async function hog(session: RemoteSession): Promise<void> {
  while (!stopping) {
    const results = await session.run(LONG);
    const last = results[results.length - 1];
    if (last?.kind !== 'rows' || last.rows[0]?.[0] !== EXPECTED) wrong.push(last);
    finished += 1;
  }
}

/** Resolves once `n` more long statements have finished. */
async function statements(n: number): Promise<void> {
  const target = finished + n;
  while (finished < target) await new Promise((resolve) => { setTimeout(resolve, 20); });
}

beforeAll(async () => {
  expect(await runProgram('creatdb', ['db'], env)).toMatchObject({ status: 0, stderr: '' });
  client = new HostClient(readInstallation(iiSystem).address);
  const setup = await client.openSession('db', { user: 'tester' });
  const appends = Array.from({ length: ROWS }, (_, i) => `append to w (k = ${i + 1})`).join('\n');
  const results = await setup.run(`create w (k = i4)\nmodify w to hash on k\n${appends}`);
  expect(results.filter((r) => r.kind === 'error')).toEqual([]);
  await setup.close();
  for (let i = 0; i < 3; i++) hogs.push(await client.openSession('db', { user: 'tester' }));
  loops = hogs.map(hog);
  await statements(3);
}, 120_000);

afterAll(async () => {
  stopping = true;
  await Promise.all(loops);
  for (const session of hogs) await session.close();
  client.close();
  await cleanup(dir, iiSystem);
}, 120_000);

describe('a daemon busy with long statements', () => {
  test('a new client connects and opens a session within one statement, and its query runs next', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = finished;
      const fresh = new HostClient(readInstallation(iiSystem).address);
      try {
        await fresh.status(60_000);
        const session = await fresh.openSession('db', { user: 'tester' });
        // the hold in progress ends, the connection and the open go through in the gap after
        // it (without the gate: a statement per step, 4-6 of them)
        expect(finished - before).toBeLessThanOrEqual(2);
        const beforeRun = finished;
        const results = await session.run('retrieve (x = 1)');
        expect(results.at(-1)).toMatchObject({ kind: 'rows', rows: [[1]] });
        // a short session's statement goes before the long ones queued: it waits for the
        // statement in progress (and perhaps one more, on a loaded machine); in arrival
        // order it waited behind the other sessions' too (4 of them)
        expect(finished - beforeRun).toBeLessThanOrEqual(2);
        await session.close();
      } finally {
        fresh.close();
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  test('a monitor started meanwhile runs its query (no 8007)', async () => {
    const before = finished;
    const result = await runProgram('ingres', ['-s', 'db'], env, 'retrieve (x = 1)\n\\g\n', 90_000);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('|     1|');
    await statements(1); // and the long statements go on
    expect(finished).toBeGreaterThan(before);
    expect(wrong).toEqual([]);
  }, 120_000);
});
