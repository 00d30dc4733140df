/*
 * serializable-process.test.ts — the list-append serializability test
 * (test/support/list-append.ts) on a database spread over three real ingresd hosts: keyed
 * relations on h1, h2 and h3, two sessions on each host, transactions whose appends and
 * reads span hosts (one request each, statement by statement, or alone) and so commit by
 * two-phase commit, with locks taken where each relation lives. The checker finds no
 * anomaly: strict two-phase locking on every host plus 2PC is strictly serializable. Also
 * while a session modifies the relations of every host in turn, with h2 (a relation's
 * host) or h1 (a user host and coordinator too) SIGKILLed under the load and restarted, and
 * with h3 stopped (SIGSTOP) until the others drop it and change the catalog without it
 * (or refuse at once, naming h3), then continued: no anomaly, no acknowledged append lost,
 * one catalog on every host.
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
    let changed = { modifies: 0, done: 0, refused: [] as string[] };
    await expectSerializableRound({
      relations: names.map((name, i) => ({ name, at: HOSTS[i] as string, structure: ['hash', 'btree', 'isam'][i] as string })),
      keysPerRelation: 4,
      sessions: sessions.slice(0, 6),
      transactionsPerSession: 12 * RANDOM_RUNS,
      seed: SEED + 5,
    }, 0.3, async (workload) => {
      // a modify changes the catalog of every host and rebuilds the relation where it lives;
      // against the load it may be a deadlock's victim (6001, or 6011 from another host)
      changed = await modifyInTurn(changer, names, workload, { tolerated: [6001, 6011, 6015] });
    });
    await changer.close();
    expect(changed.refused).toEqual([]);
    expect(changed.modifies).toBeGreaterThan(3);
    // most go through: each waits only for the transactions on its own relation (until
    // 12-07 for every open transaction on every host, and most were deadlock victims)
    expect(changed.done).toBeGreaterThan(changed.modifies / 2);
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
    let killedAt = 0;
    let readyAt = 0;
    const run = await expectSerializableRound({
      relations: ['btree', 'hash', 'isam'].map((structure, i) => ({ name: `la${round}_${i + 1}`, at: HOSTS[i] as string, structure })),
      keysPerRelation: 6,
      sessions: users,
      transactionsPerSession: 50 * RANDOM_RUNS,
      seed: SEED + round,
      faults: true,
    }, 0, async (workload) => {
      await waitFor('40 transactions before the kill', () => workload.completed >= 40, 60_000);
      killedAt = performance.now();
      await cluster.kill(killed);
      const atKill = workload.completed;
      await waitFor(`20 transactions while ${killed} is down`, () => workload.completed >= atKill + 20, 60_000);
      await cluster.start(killed);
      await cluster.waitReady(killed, 'lists');
      readyAt = performance.now();
    });
    // most commit while every host is up: before the kill, and once the host is back. (Not
    // a share of all: while it is down, how many fail depends on how long its restart
    // takes, which a loaded machine stretches — a full npm test run failed that way, 12-07.)
    const up = run.history.filter((t) => t.completedAt < killedAt || t.invokedAt > readyAt);
    expect(up.filter((t) => t.outcome === 'ok').length, run.log.join('\n')).toBeGreaterThan(up.length / 3);
    expect(up.length).toBeGreaterThanOrEqual(40);
    // the kill was felt: transactions that needed the host failed, or lost their answer
    expect(faultsFelt(run), run.log.join('\n')).toBeGreaterThan(0);
  }, 300_000 * RANDOM_RUNS);

  test('list-append while h3 is stopped (SIGSTOP) past the host timeout and the others change the catalog without it, then continued (SIGCONT): no anomaly, one catalog again', async () => {
    const names = ['la6_1', 'la6_2', 'la6_3'];
    const users = [];
    for (const client of [clients[0], clients[2]] as HostClient[]) {
      for (let i = 0; i < 2; i++) users.push(await client.openSession('lists', { user: 'ingres' }));
    }
    const changer = await (clients[1] as HostClient).openSession('lists', { user: 'ingres' });
    sessions.push(...users, changer);
    const pid = cluster.pid('h3') as number;
    const log: { text: string; outcome: string }[] = [];
    let changed = { modifies: 0, done: 0, refused: [] as string[] };
    const run = await expectSerializableRound({
      relations: names.map((name, i) => ({ name, at: HOSTS[i] as string, structure: ['btree', 'hash', 'isam'][i] as string })),
      keysPerRelation: 6,
      sessions: users,
      transactionsPerSession: 40 * RANDOM_RUNS,
      seed: SEED + 6,
      faults: true,
    }, 0.2, async (workload) => {
      // the relations of the hosts that stay up, modified in turn: against the load a
      // deadlock's victim; while h3 is stopped, done among h1 and h2 — or refused (7004
      // naming h3, 6011) when a transaction h3 coordinates is prepared on h1 or h2 with the
      // relation: it holds it until its outcome is known (until 12-07 it held their whole
      // catalog: every change was refused)
      const modifying = modifyInTurn(changer, names.slice(0, 2), workload, { tolerated: [6001, 6011, 6015, 7004], log });
      await waitFor('30 transactions before the stop', () => workload.completed >= 30, 60_000);
      process.kill(pid, 'SIGSTOP');
      try {
        await cluster.waitUp('h1', 'lists', 'h3', false);
        await cluster.waitUp('h2', 'lists', 'h3', false);
        const from = log.length;
        // answered, never hung: done, or refused with one of the tolerated errors
        await waitFor('catalog changes answered while h3 is stopped', () => log.length >= from + 3, 30_000);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      changed = await modifying;
    }, async () => {
      // h3 rejoins and copies the catalog it missed: every host has one catalog again
      await waitFor('one catalog on h1, h2 and h3', async () => new Set(await Promise.all(HOSTS.map((h) => cluster.waitReady(h, 'lists')))).size === 1, 30_000);
      return changer;
    });
    expect(changed.refused).toEqual([]);
    // the stop was felt: statements that needed h3's relation failed meanwhile (7004)
    expect(faultsFelt(run), run.log.join('\n')).toBeGreaterThan(0);
    // with h3 back, catalog changes go through on every host again
    for (const observer of ['h1', 'h2']) await cluster.waitUp(observer, 'lists', 'h3', true);
    for (const text of ['modify la6_3 to btree on k', 'index on la6_3 is la6_3g (g)', 'modify la6_1 to hash on k']) {
      expect(await changer.run(text), text).toMatchObject([{ kind: 'done' }]);
    }
    await waitFor('one catalog after them', async () => new Set(await Promise.all(HOSTS.map((h) => cluster.waitReady(h, 'lists')))).size === 1, 30_000);
  }, 300_000 * RANDOM_RUNS);
});
