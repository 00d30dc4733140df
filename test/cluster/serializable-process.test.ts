/*
 * serializable-process.test.ts — the list-append serializability test
 * (test/support/list-append.ts) on a database spread over three real ingresd hosts: keyed
 * relations on h1, h2 and h3, two sessions on each host, transactions whose appends and
 * reads span hosts (one request each, statement by statement, or alone) and so commit by
 * two-phase commit, with locks taken where each relation lives. The checker finds no
 * anomaly: strict two-phase locking on every host plus 2PC is strictly serializable. Also
 * while a session modifies the relations of every host in turn, and with h2 (a relation's
 * host) or h1 (a user host and coordinator too) SIGKILLed under the load and restarted: no
 * anomaly, no acknowledged append lost.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HostClient, type RemoteSession } from '../../src/net/client.js';
import { expectSerializableRound, faultsFelt, modifyInTurn } from '../support/list-append.js';
import { RANDOM_RUNS } from '../support/random-differential.js';
import { TestCluster, waitFor } from './support/cluster.js';

const HOSTS = ['h1', 'h2', 'h3'];
const SEED = Number(process.env['INGRES_RANDOM_SEED'] ?? Date.now() % 1_000_000);

let cluster: TestCluster;
const clients: HostClient[] = [];
const sessions: RemoteSession[] = [];

beforeAll(async () => {
  cluster = await TestCluster.init(3);
  await cluster.start();
  const made = await cluster.creatdb('h1', 'lists');
  if (made.status !== 0) throw new Error(`creatdb: ${made.stderr}`);
  for (const host of HOSTS) await cluster.waitReady(host, 'lists');
  for (const host of HOSTS) {
    const client = new HostClient(cluster.address(host), host);
    clients.push(client);
    for (let i = 0; i < 2; i++) sessions.push(await client.openSession('lists', { user: 'ingres' }));
  }
}, 120_000);

afterAll(async () => {
  for (const session of sessions) await session.close().catch(() => undefined);
  for (const client of clients) client.close();
  await cluster?.cleanup();
});

describe('concurrent distributed transactions are strictly serializable', () => {
  test.each([
    { round: 1, structures: ['hash', 'btree', 'isam'] },
    { round: 2, structures: ['cbtree', 'heap', 'chash'] },
  ])('list-append over $structures on h1, h2, h3', async ({ round, structures }) => {
    await expectSerializableRound({
      relations: structures.map((structure, i) => ({ name: `la${round}_${i + 1}`, at: HOSTS[i] as string, structure })),
      keysPerRelation: 6,
      sessions,
      transactionsPerSession: 30 * RANDOM_RUNS,
      seed: SEED + round,
    }, 0.5);
  }, 240_000 * RANDOM_RUNS);

  test('list-append while a session on h2 modifies the relations of every host, one structure after another', async () => {
    const names = ['la5_1', 'la5_2', 'la5_3'];
    const changer = await (clients[1] as HostClient).openSession('lists', { user: 'ingres' });
    let changed = { modifies: 0, refused: [] as string[] };
    await expectSerializableRound({
      relations: names.map((name, i) => ({ name, at: HOSTS[i] as string, structure: ['hash', 'btree', 'isam'][i] as string })),
      keysPerRelation: 4,
      sessions: sessions.slice(0, 6),
      transactionsPerSession: 12 * RANDOM_RUNS,
      seed: SEED + 5,
    }, 0.3, async (workload) => {
      // a modify changes the catalog of every host and rebuilds the relation where it lives;
      // against the load it may be a deadlock's victim (6001, or 6011 from another host)
      changed = await modifyInTurn(changer, names, workload, [6001, 6011, 6015]);
    });
    await changer.close();
    expect(changed.refused).toEqual([]);
    expect(changed.modifies).toBeGreaterThan(3);
  }, 300_000 * RANDOM_RUNS);

  test.each([
    // h2 holds a relation and no session
    { round: 3, killed: 'h2' },
    // h1 holds a relation, sessions, and coordinates what it writes last: its sessions die
    // with it, and what it coordinated is settled after its return
    { round: 4, killed: 'h1' },
  ])('list-append while $killed is killed (SIGKILL) and restarted: no anomaly, no acknowledged append lost', async ({ round, killed }) => {
    const users = [];
    for (const client of [clients[0], clients[2]] as HostClient[]) {
      for (let i = 0; i < 2; i++) users.push(await client.openSession('lists', { user: 'ingres' }));
    }
    sessions.push(...users);
    // the reader of the final lists is on h3, which stays up
    const run = await expectSerializableRound({
      relations: ['btree', 'hash', 'isam'].map((structure, i) => ({ name: `la${round}_${i + 1}`, at: HOSTS[i] as string, structure })),
      keysPerRelation: 6,
      sessions: users,
      transactionsPerSession: 50 * RANDOM_RUNS,
      seed: SEED + round,
      faults: true,
    }, 1 / 3, async (workload) => {
      await waitFor('40 transactions before the kill', () => workload.completed >= 40, 60_000);
      await cluster.kill(killed);
      const atKill = workload.completed;
      await waitFor(`20 transactions while ${killed} is down`, () => workload.completed >= atKill + 20, 60_000);
      await cluster.start(killed);
      await cluster.waitReady(killed, 'lists');
    });
    // the kill was felt: transactions that needed the host failed, or lost their answer
    expect(faultsFelt(run), run.log.join('\n')).toBeGreaterThan(0);
  }, 300_000 * RANDOM_RUNS);
});
