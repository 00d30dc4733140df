/*
 * block-abort-unsure.test.ts — a block whose coordinator (the user host, h3) staged its
 * commit early and then must abort it, but cannot remove the staged record (failpoint
 * tm.coord.unstage=error, as a full disk at that moment): the user hears 6014 (outcome
 * not known), never 6009 "rolled back", and h3's retry loop then settles it as an abort.
 * Real ingresd processes; h1 answers its share late (slave.execute=delay) so h3 stages first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RemoteSession } from '../../src/net/client.js';
import { BankCluster, errorOf, rowsOf as rows, waitFor, waitNothingInDoubt, withTimeout } from './support/bank-cluster.js';

const DB = 'unsure';
let cluster: BankCluster;

beforeAll(async () => {
  cluster = await BankCluster.create(3, 'ingres-unsure-');
  await cluster.start(['h2']);
  // h1 answers every block share 1 s late; h3 cannot remove a staged record
  await cluster.start(['h1'], 'slave.execute=delay:1000');
  await cluster.start(['h3'], 'tm.coord.unstage=error');
  await cluster.creatdb(DB, 'h3');
  await waitFor('a session on h3', () => cluster.session('h3', DB).then((s) => s.close().then(() => true)), 30_000, 200);
  rows(await cluster.runOn('h3', DB, 'create r1 (id = i4, v = i4) at h1\nappend to r1 (id = 1, v = 0)', 30_000));
  rows(await cluster.runOn('h3', DB, 'create r3 (id = i4, v = i4) at h3\nappend to r3 (id = 1, v = 0)', 30_000));
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
}, 60_000);

const BLOCK = 'begin transaction\nrange of a is r1\nrange of c is r3\n' +
  'replace a (v = a.v + 1) where a.id = 1\nreplace c (v = c.v + 1) where c.id = 1\nend transaction';

describe('a block whose abort the coordinator cannot make sure of', () => {
  test('answers 6014, and the retry loop rolls it back everywhere', async () => {
    // t0 holds r1's tuple on h1: the block's share there would wait (6017 at once, but
    // late: h1 answers 1 s after h3 ran its own share and staged its commit)
    const t0: RemoteSession = await cluster.session('h3', DB);
    try {
      rows(await t0.run('begin transaction\nrange of a is r1\nreplace a (v = 100) where a.id = 1'));
      const results = await withTimeout(cluster.runOn('h3', DB, BLOCK, 30_000), 15_000, 'the block');
      const end = results.at(-1);
      expect(end?.kind).toBe('error');
      const error = errorOf(results) ?? '';
      expect(end?.kind === 'error' ? `${end.error.code}: ${end.error.message}` : 'committed').toMatch(/^6014: the outcome of global transaction h3\.\S+ is not known yet: its staged commit record could not be removed on host h3/);
      expect(error).not.toMatch(/^6009/);
      rows(await t0.run('abort'));
    } finally {
      await t0.close().catch(() => undefined);
    }
    // the staged record is settled by h3's retry loop: h1 was never prepared → abort
    await waitNothingInDoubt(cluster, DB, 30_000);
    const read = await cluster.runOn('h3', DB, 'range of a is r1\nrange of c is r3\nretrieve (x = a.v, y = c.v) where a.id = 1 and c.id = 1', 30_000);
    expect(rows(read)).toEqual([[0, 0]]);
    // and the next block commits
    const again = await cluster.runOn('h3', DB, BLOCK, 30_000);
    expect(again.at(-1)?.kind).not.toBe('error');
    expect(rows(await cluster.runOn('h3', DB, 'range of a is r1\nrange of c is r3\nretrieve (x = a.v, y = c.v) where a.id = 1 and c.id = 1', 30_000))).toEqual([[1, 1]]);
  });
});
