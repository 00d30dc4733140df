/*
 * block-2pl.test.ts — a one-request transaction block over two hosts keeps the read locks
 * of a host it only read from until its commit (strict 2PL across hosts). T1 reads r1@h1
 * and then waits at h2 for a lock that an open transaction T0 holds on r2; meanwhile T2
 * must not be able to change r1 (T1's read would then come before T2 and its write after
 * T2's: not serializable). Real ingresd processes; waits observed through Tm.WaitsFor.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RemoteSession } from '../../src/net/client.js';
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { GrpcTmPeers } from '../../src/tm/index.js';
import { BankCluster, dbStateOn, errorOf, lockWaitsOn, rowsOf as rows, waitFor } from './support/bank-cluster.js';

const DB = 'twophase';
let cluster: BankCluster;
let peers: GrpcTmPeers;


async function runOn(host: string, text: string): Promise<StatementResult[]> {
  return await cluster.runOn(host, DB, text, 30_000);
}

/** The lock waits on `host`, as edges between transactions (global ids or host/id). */
async function waitsOn(host: string): Promise<{ waiter: string; holder: string }[]> {
  return await lockWaitsOn(peers, host, DB);
}

/** T1 reads r1@h1 (its share there only reads), then writes r2@h2, last: h2 coordinates. */
const T1 = 'begin transaction\nrange of a is r1\nrange of b is r2\n' +
  'retrieve (x = a.v) where a.id = 1\nreplace b (v = b.v + 1) where b.id = 1\nend transaction';

/**
 * T0 (open in `t0`) takes the write lock on r2@h2 (setting v), then T1 starts and reads r1;
 * resolves once T1 waits at h2 behind T0, with T1 running and the waits-for edge.
 */
async function t1BehindT0(t0: RemoteSession, v: number): Promise<{ t1: Promise<StatementResult[]>; t1Wait: { waiter: string; holder: string } }> {
  rows(await t0.run(`begin transaction\nrange of b is r2\nreplace b (v = ${v}) where b.id = 1`));
  const t1 = runOn('h3', T1);
  t1.catch(() => undefined); // (awaited by the caller; a failed check must not leave it unhandled)
  const t1Wait = await waitFor('T1 to wait at h2 behind T0', async () =>
    (await waitsOn('h2')).find((e) => e.waiter.startsWith('h3.') && e.holder.startsWith('h3.')), 20_000, 20);
  return { t1, t1Wait };
}

beforeAll(async () => {
  cluster = await BankCluster.serving(3, 'ingres-block2pl-', DB, 'h3');
  cluster.actAsPeer();
  peers = new GrpcTmPeers({ address: (host: string) => cluster.address(host) });
  rows(await runOn('h3', 'create r1 (id = i4, v = i4) at h1\nappend to r1 (id = 1, v = 0)'));
  rows(await runOn('h3', 'create r2 (id = i4, v = i4) at h2\nappend to r2 (id = 1, v = 0)'));
}, 120_000);

afterAll(async () => {
  peers?.close();
  await cluster?.destroy();
}, 60_000);

describe('a block that only read a host keeps its locks there until it commits', () => {
  test('T2 cannot change what a waiting block read: it waits until the block commits', async () => {
    const t0: RemoteSession = await cluster.session('h3', DB);
    try {
      // T0 holds the write lock on r2@h2; T1 has read r1@h1 and waits for T0 at h2
      const { t1, t1Wait } = await t1BehindT0(t0, 5);
      expect(t1Wait.waiter).not.toBe(t1Wait.holder);

      // T2 would change r1 while T1 still waits: it must wait for T1 (a lone statement on
      // one host waits as any transaction does, it is not rolled back by wait-die)
      let t2Done = false;
      const t2 = runOn('h3', 'range of a is r1\nreplace a (v = 9) where a.id = 1');
      t2.catch(() => undefined).finally(() => { t2Done = true; });
      await waitFor('T2 to wait at h1 behind T1', async () =>
        (await waitsOn('h1')).find((e) => e.holder === t1Wait.waiter && e.waiter.startsWith('h3.')), 20_000, 20);
      expect(t2Done).toBe(false);
      expect((await waitsOn('h2')).some((e) => e.waiter === t1Wait.waiter)).toBe(true);

      // T0 ends: T1 gets its lock and commits, having read r1 as it still was; then T2
      rows(await t0.run('end transaction'));
      const t1Results = await t1;
      expect(errorOf(t1Results)).toBeNull();
      expect(rows(t1Results)).toEqual([[0]]);
      expect(errorOf(await t2)).toBeNull();
    } finally {
      await t0.close().catch(() => undefined);
    }
    // the serial order T0, T1, T2
    expect(rows(await runOn('h3', 'range of a is r1\nrange of b is r2\nretrieve (x = a.v)\nretrieve (y = b.v)'))).toEqual([[9], [6]]);
  }, 90_000);

  test('the host it only read dies while it waits: its reads are no longer protected, so it aborts', async () => {
    const t0: RemoteSession = await cluster.session('h3', DB);
    try {
      const { t1 } = await t1BehindT0(t0, 50);
      // h1 holds T1's read part (and its lock on r1): SIGKILL, and h2 sees it leave
      await cluster.kill('h1');
      await waitFor('h2 to see h1 leave the group', async () =>
        (await dbStateOn(cluster, 'h2', DB)).rows?.find((r) => r.host === 'h1')?.up === false, 20_000, 100);
      rows(await t0.run('end transaction'));
      // T1's coordinator (h2) asks h1 for its vote at phase one: h1 is gone, so no
      const t1Results = await t1;
      expect(errorOf(t1Results) ?? 'T1 committed without the host it read').toMatch(/^6011: .*host h1/);
    } finally {
      await t0.close().catch(() => undefined);
    }
    // T0's write stands, T1's does not
    expect(rows(await runOn('h3', 'range of b is r2\nretrieve (y = b.v)'))).toEqual([[50]]);
    await cluster.start(['h1']);
    const r1 = await waitFor('r1 to be served again', async () => rows(await runOn('h3', 'range of a is r1\nretrieve (x = a.v)')), 30_000, 200);
    expect(r1).toEqual([[9]]);
  }, 120_000);

  test('its coordinator dies before phase one: the user host releases the host it only read', async () => {
    // h2 (the coordinator of blocks that write r2 last) dies at its next phase one
    await cluster.stop(['h2']);
    await cluster.start(['h2'], 'tm.coord.before-phase1=crash@1');
    await waitFor('r2 to be served', async () => rows(await runOn('h3', 'range of b is r2\nretrieve (y = b.v)')), 30_000, 200);
    const t1 = await runOn('h3', T1);
    // the answer was lost with h2: the outcome is not known to the user host
    expect(errorOf(t1) ?? 'T1 committed').toMatch(/^(6014|7000|7001): /);
    // h1's part of T1 (a read) does not keep r1 locked: a writer gets it
    expect(rows(await runOn('h3', 'range of a is r1\nreplace a (v = 10) where a.id = 1\nretrieve (x = a.v)'))).toEqual([[10]]);
    await cluster.start(['h2']);
  }, 120_000);
});
