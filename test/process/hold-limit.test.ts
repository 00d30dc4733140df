/*
 * hold-limit.test.ts — INGRES_HOLD_LIMIT_MS on a real `ingresd`: a statement that holds
 * the daemon's one thread longer than the limit is stopped and rolled back (8032), inside
 * a transaction too, and the session and the daemon go on serving; a bad value keeps the
 * daemon from starting (8018), and nothing else.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readInstallation } from '../../src/install/installation.js';
import { HostClient, type RemoteSession } from '../../src/net/client.js';
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { cleanup, daemonLog, envFor, hasStackTrace, runProgram, tempRoot } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-hold-');
const LIMIT_MS = 300;
const env = envFor(iiSystem, home, { INGRES_HOLD_LIMIT_MS: String(LIMIT_MS) });
const ROWS = 70;
/** a count over four range variables of w: seconds of the daemon's thread */
const LONG_COUNT = 'range of a is w range of b is w range of c is w range of d is w retrieve (n = count(a.k where a.v = b.v + c.v - d.v))';
/** a replace of x whose qualification is as long */
const LONG_REPLACE = 'range of x is acc range of a is w range of b is w range of c is w range of d is w replace x (bal = x.bal + 1) where x.id = a.v + b.v - c.v - d.v';

let client: HostClient;
let session: RemoteSession;

const errors = (results: StatementResult[]): number[] => results.flatMap((r) => (r.kind === 'error' ? [r.error.code] : []));
const balances = async (): Promise<readonly unknown[]> => {
  const results = await session.run('range of t is acc retrieve (t.id, t.bal) sort by id');
  const rows = results.find((r) => r.kind === 'rows');
  return rows?.kind === 'rows' ? rows.rows : [];
};

beforeAll(async () => {
  // the daemon creatdb starts has the limit (ensureDaemon passes the environment on)
  expect(await runProgram('creatdb', ['db'], env)).toMatchObject({ status: 0, stderr: '' });
  client = new HostClient(readInstallation(iiSystem).address);
  session = await client.openSession('db', { user: 'tester' });
  const appends = Array.from({ length: ROWS }, (_, i) => `append to w (k = ${i + 1}, v = ${(i * 7) % 13})`).join('\n');
  const setup = await session.run(`create w (k = i4, v = i4)\n${appends}\ncreate acc (id = i4, bal = i4)\n` +
    'append to acc (id = 1, bal = 100)\nappend to acc (id = 2, bal = 200)\nappend to acc (id = 3, bal = 300)');
  expect(errors(setup)).toEqual([]);
}, 120_000);

afterAll(async () => {
  await session?.close();
  client?.close();
  await cleanup(dir, iiSystem);
}, 120_000);

describe('INGRES_HOLD_LIMIT_MS', () => {
  test('the daemon says its limit when it starts serving', () => {
    const serving = daemonLog(iiSystem).filter((l) => l['msg'] === 'serving');
    expect(serving.at(-1)).toMatchObject({ holdLimitMs: LIMIT_MS });
  });

  test('a statement holding the thread past the limit is stopped with 8032; the session goes on', async () => {
    const results = await session.run(`${LONG_COUNT}\nrange of r is w retrieve (n = count(r.k))`);
    expect(errors(results)).toEqual([8032]);
    const error = results.find((r) => r.kind === 'error');
    expect(error?.kind === 'error' ? error.error.message : '').toBe(
      `statement stopped: it held the host daemon for more than ${String(LIMIT_MS)} ms (INGRES_HOLD_LIMIT_MS) and was rolled back`);
    expect(results.at(-1)).toMatchObject({ kind: 'rows', rows: [[ROWS]] });
  });

  test('a stopped replace changes nothing; a transaction goes on past it, a one-buffer block is rolled back whole (as a cancel)', async () => {
    const before = await balances();
    expect(before).toEqual([[1, 100], [2, 200], [3, 300]]);
    expect(errors(await session.run(LONG_REPLACE))).toEqual([8032]);
    expect(await balances()).toEqual(before);
    // statement by statement: the stopped statement alone is rolled back
    expect(errors(await session.run('begin transaction'))).toEqual([]);
    expect(errors(await session.run('append to acc (id = 4, bal = 400)'))).toEqual([]);
    expect(errors(await session.run(LONG_REPLACE))).toEqual([8032]);
    expect(errors(await session.run('end transaction'))).toEqual([]);
    expect(await balances()).toEqual([...before, [4, 400]]);
    // begin … end in one buffer runs as one batch: stopped, it ends as a cancelled one does
    const block = await session.run(`begin transaction\nappend to acc (id = 5, bal = 500)\n${LONG_REPLACE}\nend transaction`);
    expect(errors(block)).toEqual([8032, 6005]);
    const end = block.at(-1);
    expect(end?.kind === 'error' ? end.error.message : '').toMatch(/^the transaction was aborted: 8032: /);
    expect(await balances()).toEqual([...before, [4, 400]]);
  });

  test('the monitor prints 8032 and runs the next query', async () => {
    const result = await runProgram('ingres', ['-s', 'db'], env,
      `range of a is w range of b is w range of c is w range of d is w\nretrieve (n = count(a.k where a.v = b.v + c.v - d.v))\n\\g\nrange of r is w\nretrieve (n = count(r.k))\n\\g\n`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`8032: statement stopped: it held the host daemon for more than ${String(LIMIT_MS)} ms`);
    expect(result.stdout).toMatch(new RegExp(`\\|\\s+${String(ROWS)}\\|`));
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });

  test('a modify whose load holds the thread past the limit is stopped too, and the relation stays as it was', async () => {
    // loaded by a daemon without the limit (a copy of 300,000 records is longer than 300 ms)
    const rows = 300_000;
    const file = join(dir, 'big.txt');
    writeFileSync(file, Array.from({ length: rows }, (_, i) => `${String(i)}\n`).join(''));
    await session.close();
    client.close();
    const unlimited = envFor(iiSystem, home);
    expect((await runProgram('ingresd', ['--stop'], unlimited)).status).toBe(0);
    const load = await runProgram('ingres', ['-s', 'db'], unlimited, `create big (k = i4)\n\\g\ncopy big (k = c0nl) from "${file}"\n\\g\n`);
    expect(load).toMatchObject({ status: 0, stderr: '' });
    expect(load.stdout).not.toMatch(/\d{4}: /);
    expect((await runProgram('ingresd', ['--stop'], unlimited)).status).toBe(0);
    // the next client starts the daemon again, with the limit
    // (the relation checked by help, from the catalog: a count of its 300,000 tuples may
    // itself pass 300 ms on a loaded machine)
    const modify = await runProgram('ingres', ['-s', 'db'], env, 'modify big to hash on k\n\\g\nhelp big\n\\g\n');
    expect(modify.stdout).toContain(`8032: statement stopped: it held the host daemon for more than ${String(LIMIT_MS)} ms`);
    expect(modify.stdout).toMatch(new RegExp(`Number of tuples:\\s+${String(rows)}\\n`));
    expect(modify.stdout).toMatch(/Storage structure:\s+paged heap/);
    client = new HostClient(readInstallation(iiSystem).address);
    session = await client.openSession('db', { user: 'tester' });
  }, 120_000);

  test('a bad value keeps ingresd from starting: 8018, exit 2', async () => {
    for (const bad of ['abc', '-5', '1.5']) {
      const result = await runProgram('ingresd', [], { ...env, INGRES_HOLD_LIMIT_MS: bad });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`8018: bad value '${bad}' for flag INGRES_HOLD_LIMIT_MS\nHINT: a whole number of milliseconds (0: no limit)\n`);
    }
    // the running daemon is untouched
    expect(errors(await session.run('range of r is w retrieve (n = count(r.k))'))).toEqual([]);
  });
});
