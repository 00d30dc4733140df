/*
 * key-locks.test.ts — key locks across hosts: acct lives on h1 (hashed on id); while a
 * transaction sent from h3 holds key 1 open, a lone replace of key 2 from h2 and a
 * two-host transfer block on other keys from h3 commit at once, and a replace of key 1
 * waits at h1 (seen through Tm.WaitsFor) until the holder ends. A block's shares reach
 * their hosts at once, and a block one of whose hosts holds its key runs again host by
 * host. A participant whose reply is lost after its vote: the block commits and says so.
 * Appends to a heap on h1 from open transactions of two user hosts do not wait for each
 * other, through a two-phase commit too; an abort takes back only its own tuples.
 * Real ingresd processes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RemoteSession } from '../../src/net/client.js';
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { GrpcTmPeers } from '../../src/tm/index.js';
import { BankCluster, errorOf, lockWaitsOn, rowsOf as rows, waitFor } from './support/bank-cluster.js';

const DB = 'keylocks';
let cluster: BankCluster;
let peers: GrpcTmPeers;


async function runOn(host: string, text: string): Promise<StatementResult[]> {
  return await cluster.runOn(host, DB, text, 30_000);
}

/** Restart h1 with `failpoints` armed ('' none); back once h3 reads key `id` of acct there. */
async function restartH1(failpoints: string, id: number): Promise<void> {
  await cluster.stop(['h1']);
  await cluster.start(['h1'], failpoints);
  await waitFor('h3 to reach acct on h1 again', async () =>
    errorOf(await runOn('h3', `range of a is acct\nretrieve (a.bal) where a.id = ${id}`).catch(() => [])) === null, 30_000, 100);
}

async function waitsOn(host: string): Promise<{ waiter: string; holder: string }[]> {
  return await lockWaitsOn(peers, host, DB);
}

/** Run `text` from h2; resolves (to that run, still going: wrapped, or awaiting this would
 *  await the run) once it waits at h1 behind a transaction of h3; fails if it ended first. */
async function waitingAtH1(what: string, text: string): Promise<{ run: Promise<StatementResult[]> }> {
  let ended = false;
  const run = runOn('h2', text);
  run.catch(() => undefined).finally(() => { ended = true; });
  await waitFor(`${what} to wait at h1`, async () =>
    (await waitsOn('h1')).find((e) => e.waiter.startsWith('h2.') && e.holder.startsWith('h3.')), 20_000, 20);
  expect(ended).toBe(false);
  return { run };
}

beforeAll(async () => {
  cluster = await BankCluster.serving(3, 'ingres-keylocks-', DB, 'h3');
  cluster.actAsPeer();
  peers = new GrpcTmPeers({ address: (host: string) => cluster.address(host) });
  rows(await runOn('h3', 'create acct (id = i4, bal = i4) at h1\n' +
    [1, 2, 3, 4].map((id) => `append to acct (id = ${id}, bal = 100)`).join('\n') + '\nmodify acct to hash on id'));
  rows(await runOn('h3', 'create other (id = i4, bal = i4) at h2\nappend to other (id = 1, bal = 100)\nmodify other to hash on id'));
}, 120_000);

afterAll(async () => {
  peers?.close();
  await cluster?.destroy();
}, 60_000);

describe('key locks on a relation of another host', () => {
  test('other keys commit while key 1 is held; key 1 waits at h1 until the holder ends', async () => {
    const holder: RemoteSession = await cluster.session('h3', DB);
    try {
      rows(await holder.run('begin transaction\nrange of a is acct\nreplace a (bal = a.bal + 1) where a.id = 1'));

      // another key, from another user host: a lone statement shipped to h1
      expect(errorOf(await runOn('h2', 'range of a is acct\nreplace a (bal = a.bal - 5) where a.id = 2'))).toBeNull();
      // a transfer block over two hosts on other keys: both hosts' shares, prepared, committed
      expect(errorOf(await runOn('h3', 'begin transaction\nrange of a is acct\nrange of o is other\n' +
        'replace a (bal = a.bal - 10) where a.id = 3\nreplace o (bal = o.bal + 10) where o.id = 1\nend transaction'))).toBeNull();
      // a read of another key
      expect(rows(await runOn('h2', 'range of a is acct\nretrieve (a.bal) where a.id = 4'))).toEqual([[100]]);

      // the same key waits at h1 behind the holder
      const { run: same } = await waitingAtH1('the replace of key 1', 'range of a is acct\nreplace a (bal = a.bal * 2) where a.id = 1');

      rows(await holder.run('end transaction'));
      expect(errorOf(await same)).toBeNull();
    } finally {
      await holder.close().catch(() => undefined);
    }
    // the holder's +1 came first, then the doubling: (100 + 1) × 2
    expect(rows(await runOn('h3', 'range of a is acct\nretrieve (a.id, a.bal) sort by id'))).toEqual([[1, 202], [2, 95], [3, 90], [4, 100]]);
    expect(rows(await runOn('h3', 'range of o is other\nretrieve (o.bal)'))).toEqual([[110]]);
  }, 90_000);

  test('a block whose key at h1 is held runs again host by host: it waits at h1 and has not locked its key at h2', async () => {
    const holder: RemoteSession = await cluster.session('h3', DB);
    try {
      rows(await holder.run('begin transaction\nrange of a is acct\nreplace a (bal = a.bal + 1) where a.id = 1'));
      // sent to both hosts at once, its part at h1 cannot have key 1 at once (6017): it runs
      // again with h1 first, waiting there as the statements one by one would
      let blockDone = false;
      const block = runOn('h2', 'begin transaction\nrange of a is acct\nrange of o is other\n' +
        'replace a (bal = a.bal - 7) where a.id = 1\nreplace o (bal = o.bal + 7) where o.id = 1\nend transaction');
      block.catch(() => undefined).finally(() => { blockDone = true; });
      await waitFor('the block to wait at h1', async () =>
        (await waitsOn('h1')).find((e) => e.waiter.startsWith('h2.') && e.holder.startsWith('h3.')), 20_000, 20);
      // its share at h2 has not run: its key there is free (a transfer one by one that holds
      // it and then asks for acct 1 cannot deadlock with the block)
      expect(rows(await runOn('h3', 'range of o is other\nretrieve (o.bal) where o.id = 1'))).toEqual([[110]]);
      expect(blockDone).toBe(false);
      rows(await holder.run('end transaction'));
      expect(errorOf(await block)).toBeNull();
    } finally {
      await holder.close().catch(() => undefined);
    }
    // key 1: 202 + 1 (the holder) - 7 (the block)
    expect(rows(await runOn('h3', 'range of a is acct\nretrieve (a.bal) where a.id = 1'))).toEqual([[196]]);
    expect(rows(await runOn('h3', 'range of o is other\nretrieve (o.bal) where o.id = 1'))).toEqual([[117]]);
  }, 90_000);

  test('a block reaches every host at once: while h1 is slow to prepare its share, the share at h2 already holds its key', async () => {
    // h1 again, now 4 s slow at every prepare of a part
    await restartH1('tm.parti.before-prepare=delay:4000', 2);
    let blockDone = false;
    const block = runOn('h3', 'begin transaction\nrange of a is acct\nrange of o is other\n' +
      'replace a (bal = a.bal - 3) where a.id = 2\nreplace o (bal = o.bal + 3) where o.id = 1\nend transaction');
    block.catch(() => undefined).finally(() => { blockDone = true; });
    // a read of other's key 1 at h2 waits behind the block while h1 prepares (shares sent
    // host after host would reach h2 only after h1's slow prepare): reads that end before
    // the block's share got there are tried again
    let sawWait = false;
    const probes: Promise<StatementResult[]>[] = [];
    while (!blockDone && !sawWait) {
      let probeDone = false;
      const probe = runOn('h2', 'range of o is other\nretrieve (o.bal) where o.id = 1');
      probe.catch(() => undefined).finally(() => { probeDone = true; });
      probes.push(probe);
      sawWait = await waitFor('the read to end or wait at h2', async () =>
        probeDone ? 'ended' : (await waitsOn('h2')).length > 0 ? 'waits' : null, 10_000, 10) === 'waits';
    }
    expect(sawWait).toBe(true);
    expect(blockDone).toBe(false);
    expect(errorOf(await block)).toBeNull();
    expect(rows(await probes.at(-1) as StatementResult[])).toEqual([[120]]); // the read waited for the commit
    expect(rows(await runOn('h3', 'range of o is other\nretrieve (o.bal) where o.id = 1'))).toEqual([[120]]);
    expect(rows(await runOn('h3', 'range of a is acct\nretrieve (a.bal) where a.id = 2'))).toEqual([[92]]);
  }, 90_000);

  test('a participant that votes no while the user host coordinates: the end says 6011, nothing changed', async () => {
    // (a catalog change needs every host's vote: before h1 fails its prepares)
    rows(await runOn('h3', 'create mine (id = i4, bal = i4)\nappend to mine (id = 1, bal = 100)\nmodify mine to hash on id'));
    // h1 again, now failing every prepare of a part (it votes no)
    await restartH1('tm.parti.before-prepare=error', 3);
    // h3 writes last: it coordinates, and h1's no comes in h1's reply
    const results = await runOn('h3', 'begin transaction\nrange of a is acct\nrange of m is mine\n' +
      'replace a (bal = a.bal - 4) where a.id = 3\nreplace m (bal = m.bal + 4) where m.id = 1\nend transaction');
    expect(errorOf(results)).toMatch(/^6011: /);
    expect(rows(await runOn('h3', 'range of a is acct\nretrieve (a.bal) where a.id = 3'))).toEqual([[90]]);
    expect(rows(await runOn('h3', 'range of m is mine\nretrieve (m.bal) where m.id = 1'))).toEqual([[100]]);
  }, 90_000);

  test('a participant whose reply to the user host is lost while its vote counts: the block committed, its statements say their results were lost', async () => {
    // h1 again: it runs its share of every block and votes (prepared for the coordinator),
    // but its reply to the user host fails
    await restartH1('slave.block.before-reply=error', 4);
    const before = rows(await runOn('h3', 'range of o is other\nretrieve (o.bal) where o.id = 1'))[0]?.[0] as number;
    // h2 writes last: it coordinates, and asks h1 for its vote itself
    const results = await runOn('h3', 'begin transaction\nrange of a is acct\nrange of o is other\n' +
      'replace a (bal = a.bal - 6) where a.id = 4\nreplace o (bal = o.bal + 6) where o.id = 1\nend transaction');
    const lost = results.find((r) => r.kind === 'error');
    expect(lost?.kind === 'error' ? `${lost.error.code}: ${lost.error.message}` : lost?.kind)
      .toMatch(/^6010: failpoint slave\.block\.before-reply fired \(its results were lost; the transaction committed\)$/);
    expect(results.at(-1)?.kind).toBe('done'); // end transaction: committed
    expect(rows(await runOn('h3', 'range of a is acct\nretrieve (a.bal) where a.id = 4'))).toEqual([[94]]);
    expect(rows(await runOn('h3', 'range of o is other\nretrieve (o.bal) where o.id = 1'))).toEqual([[before + 6]]);
  }, 90_000);
});

describe('appends to a heap of another host', () => {
  test('two open transactions append at once; one commits by 2PC, the other aborts: only its tuples go, the count is exact', async () => {
    await restartH1('', 4); // without the failpoints of the tests before
    rows(await runOn('h3', 'create journal (id = i4, note = c8) at h1\nappend to journal (id = 0, note = "first")'));
    const before = rows(await runOn('h3', 'range of o is other\nretrieve (o.bal) where o.id = 1'))[0]?.[0] as number;
    const a: RemoteSession = await cluster.session('h3', DB);
    const b: RemoteSession = await cluster.session('h2', DB);
    try {
      rows(await a.run('begin transaction\nappend to journal (id = 1, note = "a")'));
      // b appends to the same heap while a's append is open, and changes other at h2: a
      // two-host commit (an append used to lock journal whole: this waited for a's end)
      expect(errorOf(await b.run('begin transaction\nappend to journal (id = 2, note = "b")\nappend to journal (id = 3, note = "b")\n' +
        'range of o is other\nreplace o (bal = o.bal + 1) where o.id = 1\nend transaction'))).toBeNull();
      rows(await a.run('append to journal (id = 4, note = "a")'));
      // a whole-heap read waits for a at h1
      const { run: read } = await waitingAtH1('the read of journal', 'range of j is journal\nretrieve (j.id) sort by id');
      rows(await a.run('abort'));
      expect(rows(await read)).toEqual([[0], [2], [3]]);
    } finally {
      await a.close().catch(() => undefined);
      await b.close().catch(() => undefined);
    }
    expect(rows(await runOn('h3', 'range of o is other\nretrieve (o.bal) where o.id = 1'))).toEqual([[before + 1]]);
    const help = await runOn('h3', 'help journal');
    expect(help[0]?.kind === 'text' && help[0].text).toMatch(/Number of tuples:\s+3\n/);
  }, 90_000);
});
