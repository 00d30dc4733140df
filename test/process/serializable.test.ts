/*
 * serializable.test.ts — concurrent sessions of one real ingresd run random list-append
 * transactions (appends by replace or by delete and append anew; reads by key, through a
 * secondary index, an `or` of keys, a range, a whole relation; one request each,
 * statement by statement, or one statement alone) over hash, btree, compressed isam and
 * heap relations; the checker (test/support/list-append-check.ts) finds no anomaly in the
 * history: no write lost, no rolled-back write seen, and no cycle of dependencies or
 * real-time order (strictly serializable), through key and relation locks — also while
 * another session modifies the relations to one structure after another, and
 * across a SIGKILL of the daemon in the middle of that (no acknowledged append lost, no
 * relation half modified after its restart).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readInstallation } from '../../src/install/installation.js';
import { HostClient, type RemoteSession } from '../../src/net/client.js';
import { expectSerializableRound, faultsFelt, modifyInTurn } from '../support/list-append.js';
import { RANDOM_RUNS } from '../support/random-differential.js';
import { alive, cleanup, daemonPid, envFor, runProgram, tempRoot, waitFor } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-serializable-');
const env = envFor(iiSystem, home);
const SESSIONS = 6;
const SEED = Number(process.env.INGRES_RANDOM_SEED ?? Date.now() % 1_000_000);

let client: HostClient;
const sessions: RemoteSession[] = [];

beforeAll(async () => {
  expect(await runProgram('creatdb', ['lists'], env)).toMatchObject({ status: 0, stderr: '' });
  client = new HostClient(readInstallation(iiSystem).address);
  for (let i = 0; i < SESSIONS; i++) sessions.push(await client.openSession('lists', { user: 'tester' }));
}, 60_000);

afterAll(async () => {
  for (const session of sessions) await session.close().catch(() => undefined);
  client?.close();
  await cleanup(dir, iiSystem);
});

describe('concurrent transactions on one host are strictly serializable', () => {
  test.each([
    { round: 1, structures: ['hash', 'btree', 'cisam', 'heap'] },
    { round: 2, structures: ['isam', 'chash', 'cbtree'] },
  ])('list-append over $structures', async ({ round, structures }) => {
    await expectSerializableRound({
      relations: structures.map((structure, i) => ({ name: `la${round}_${i + 1}`, at: null, structure })),
      keysPerRelation: 6,
      sessions,
      transactionsPerSession: 60 * RANDOM_RUNS,
      seed: SEED + round,
    }, 0.5);
  }, 180_000 * RANDOM_RUNS);

  test('list-append while another session modifies the relations to every structure, again and again', async () => {
    const names = ['la3_1', 'la3_2', 'la3_3'];
    const changer = await client.openSession('lists', { user: 'tester' });
    sessions.push(changer);
    let changed = { modifies: 0, done: 0, refused: [] as string[] };
    await expectSerializableRound({
      relations: names.map((name, i) => ({ name, at: null, structure: ['hash', 'btree', 'isam'][i] as string })),
      keysPerRelation: 4,
      sessions: sessions.slice(0, SESSIONS - 1),
      transactionsPerSession: 50 * RANDOM_RUNS,
      seed: SEED + 3,
    }, 0.3, async (workload) => {
      // each modify waits for every transaction on its relation and rebuilds it whole; it
      // may be a deadlock's victim (6001: one that waited for it upgrades a lock it holds)
      changed = await modifyInTurn(changer, names, workload, { tolerated: [6001] });
    });
    expect(changed.refused).toEqual([]);
    expect(changed.done).toBeGreaterThan(3);
  }, 180_000 * RANDOM_RUNS);

  // (last: it kills the daemon the other rounds' sessions use)
  test('list-append while the relations are modified and the daemon is killed (SIGKILL): after a restart no acknowledged append is lost, and no anomaly', async () => {
    const workers = [];
    for (let i = 0; i < 4; i++) workers.push(await client.openSession('lists', { user: 'tester' }));
    const changer = await client.openSession('lists', { user: 'tester' });
    const names = ['la4_1', 'la4_2', 'la4_3'];
    let after: HostClient | null = null;
    let changed = { modifies: 0, done: 0, refused: [] as string[] };
    const run = await expectSerializableRound({
      relations: ['btree', 'hash', 'cisam'].map((structure, i) => ({ name: names[i] as string, at: null, structure })),
      keysPerRelation: 6,
      sessions: workers,
      transactionsPerSession: 50 * RANDOM_RUNS,
      seed: SEED + 4,
      faults: true,
    }, 0.1, async (workload) => {
      // a modify (a whole relation rewritten, its index built again) may be cut off midway
      const modifying = modifyInTurn(changer, names, workload, { tolerated: [6001], faults: true });
      await waitFor('40 transactions before the kill', () => workload.completed >= 40, 60_000);
      const pid = daemonPid(iiSystem) as number;
      process.kill(pid, 'SIGKILL');
      await waitFor('the daemon to die', () => !alive(pid));
      changed = await modifying;
    }, async () => {
      // a new daemon, started as any client starts one, recovers the database
      expect(await runProgram('ingres', ['-s', 'lists'], env, '\\q\n')).toMatchObject({ status: 0 });
      after = new HostClient(readInstallation(iiSystem).address);
      return await after.openSession('lists', { user: 'tester' });
    });
    (after as HostClient | null)?.close();
    expect(faultsFelt(run), run.log.join('\n')).toBeGreaterThan(0);
    expect(changed.refused).toEqual([]);
    expect(changed.modifies).toBeGreaterThan(0);
  }, 180_000 * RANDOM_RUNS);
});
