/*
 * serializable-process.test.ts — the list-append serializability test
 * (test/support/list-append.ts) on a database spread over three real ingresd hosts: keyed
 * relations on h1, h2 and h3, two sessions on each host, transactions whose appends and
 * reads span hosts (one request each, statement by statement, or alone) and so commit by
 * two-phase commit, with locks taken where each relation lives. The checker finds no
 * anomaly: strict two-phase locking on every host plus 2PC is strictly serializable. Also
 * with h2 SIGKILLed under the load and restarted: no anomaly, no acknowledged append lost.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HostClient, type RemoteSession } from '../../src/net/client.js';
import { expectSerializableRound } from '../support/list-append.js';
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

  test('list-append while a host is killed (SIGKILL) and restarted: no anomaly, no acknowledged append lost', async () => {
    // sessions on h1 and h3; h2 holds a relation and dies under the load
    const survivors = [];
    for (const client of [clients[0], clients[2]] as HostClient[]) {
      for (let i = 0; i < 2; i++) survivors.push(await client.openSession('lists', { user: 'ingres' }));
    }
    sessions.push(...survivors);
    await expectSerializableRound({
      relations: ['btree', 'hash', 'isam'].map((structure, i) => ({ name: `la3_${i + 1}`, at: HOSTS[i] as string, structure })),
      keysPerRelation: 6,
      sessions: survivors,
      transactionsPerSession: 50 * RANDOM_RUNS,
      seed: SEED + 3,
      faults: true,
    }, 1 / 3, async (workload) => {
      await waitFor('40 transactions before the kill', () => workload.completed >= 40, 60_000);
      await cluster.kill('h2');
      const atKill = workload.completed;
      await waitFor('20 transactions while h2 is down', () => workload.completed >= atKill + 20, 60_000);
      await cluster.start('h2');
      await cluster.waitReady('h2', 'lists');
    });
  }, 300_000 * RANDOM_RUNS);
});
