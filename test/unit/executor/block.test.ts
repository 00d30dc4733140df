/*
 * block.test.ts — a whole `begin transaction … end transaction` in one buffer runs as one
 * batch (src/dbsys/block.ts): one lmdb write transaction, the same results as one by one
 * (errors of single statements, their rollback alone, reads of earlier writes, range
 * statements inside), deadlocks while taking the block's locks, the fallback to one by
 * one when the analysis under the locks needs more, and close() of a waiting block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuelSession, StatementResult } from '../../../src/dbsys/index.js';
import type { DatabaseImpl } from '../../../src/storage/index.js';
import { lockRelation } from '../../../src/txn/lock-manager.js';
import { errors, ok, openTestDb, rows, sorted } from './helpers.js';
import type { TestDb } from './helpers.js';

let t: TestDb;
let s: QuelSession;

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  await ok(s, 'create acct (id = i4, bal = i4) create ledger (id = i4, note = c10) create tiny (v = i1)');
  await ok(s, 'append to acct (id = 1, bal = 100) append to acct (id = 2, bal = 100) append to tiny (v = 1)');
  await ok(s, 'modify acct to btree on id');
  await ok(s, 'range of a is acct range of l is ledger range of y is tiny');
});
afterAll(async () => {
  await t.close();
});

/** lmdb write transactions committed so far (nested ones do not count) */
function lmdbCommits(): number {
  return ((t.db as DatabaseImpl).store.env.getStats() as { lastTxnId: number }).lastTxnId;
}

const kinds = (results: readonly StatementResult[]): (string | number)[] =>
  results.map((r) => (r.kind === 'error' ? r.error.code : r.kind));

describe('one-request transaction blocks', () => {
  it('commit as ONE lmdb write transaction, with the results of one by one', async () => {
    const before = lmdbCommits();
    const results = await ok(s, [
      'begin transaction',
      'replace a (bal = a.bal - 10) where a.id = 1',
      'retrieve (a.bal) where a.id = 1',
      'replace a (bal = a.bal + 10) where a.id = 2',
      'append to ledger (id = 1, note = "moved")',
      'end transaction',
    ].join('\n'));
    expect(lmdbCommits() - before).toBe(1);
    expect(kinds(results)).toEqual(['done', 'done', 'rows', 'done', 'done', 'done']);
    // the retrieve saw the replace before it; the counts are what one by one reports
    expect(results[2]?.kind === 'rows' && results[2].rows).toEqual([[90]]);
    expect(results[1]?.kind === 'done' && results[1].tuples).toBe(1);
    expect(sorted(await rows(s, 'retrieve (a.id, a.bal)'))).toEqual([[1, 90], [2, 110]]);
  });

  it('a failing statement rolls back alone; the others commit', async () => {
    const results = await s.run([
      'begin transaction',
      'append to ledger (id = 2, note = "kept")',
      'replace y (v = y.v + 200)', // out of i1's range: 4112 at run time
      'retrieve (l.nosuch)', // 2100 at analysis
      'replace a (bal = a.bal + 1000 * a.bal) where a.id = 1',
      'end transaction',
    ].join('\n'));
    expect(kinds(results)).toEqual(['done', 'done', 4112, 2100, 'done', 'done']);
    expect(await rows(s, 'retrieve (y.v)')).toEqual([[1]]);
    expect(sorted(await rows(s, 'retrieve (l.id) where l.note = "kept"'))).toEqual([[2]]);
    expect(await rows(s, 'retrieve (a.bal) where a.id = 1')).toEqual([[90 + 90 * 1000]]);
    await ok(s, 'replace a (bal = 90) where a.id = 1');
  });

  it('a statement that wrote and then failed leaves nothing of itself', async () => {
    await ok(s, 'create dup (k = i4) modify dup to hash on k');
    await ok(s, 'range of d is dup');
    const results = await s.run([
      'begin transaction',
      'append to dup (k = 1)',
      // writes the replaced tuples, then overflows on the second one: all of it rolls back
      'append to dup (k = 2)',
      'replace d (k = d.k * 2000000000)',
      'append to dup (k = 3)',
      'end transaction',
    ].join('\n'));
    expect(kinds(results)).toEqual(['done', 'done', 'done', 4100, 'done', 'done']);
    expect(sorted(await rows(s, 'retrieve (d.k)'))).toEqual([[1], [2], [3]]);
  });

  it('range statements inside the block bind for the statements after them', async () => {
    const results = await ok(s, 'begin transaction range of z is ledger append to ledger (id = 3, note = "z") retrieve (z.id) where z.id = 3 end transaction');
    expect(kinds(results)).toEqual(['done', 'done', 'done', 'rows', 'done']);
    expect(results[3]?.kind === 'rows' && results[3].rows).toEqual([[3]]);
  });

  it('a deadlock while the block takes its locks: the youngest is rolled back, never a hang', async () => {
    const other = t.session();
    const locks = (t.db as DatabaseImpl).locks;
    await ok(other, 'range of a is acct range of l is ledger');
    // an append (IX on the heap) and a read of it (S): SIX on ledger, which an append waits for
    await ok(other, 'begin transaction append to ledger (id = 9, note = "other") retrieve (l.id) where l.id = 9');
    // the block takes $catalog, acct, then waits for ledger …
    const block = s.run('begin transaction replace a (bal = a.bal + 1) where a.id = 1 append to ledger (id = 10, note = "b") end transaction');
    await until(() => locks.snapshot().some((l) => l.name === 'ledger' && l.waiters.length > 0));
    // … so other's wait for acct's key 1 closes a cycle. The block, which began after
    // other's transaction, is the youngest on it: its wait ends with 6001, and other goes on
    const replaced = other.run('replace a (bal = a.bal + 5) where a.id = 1');
    expect(kinds(await block)).toEqual(['done', 6001, 6008, 6009]);
    expect(kinds(await replaced)).toEqual(['done']);
    await ok(other, 'end transaction');
    const notes = (await rows(s, 'retrieve (l.note) where l.id >= 9')).map((r) => String(r[0]).trim());
    expect(notes).toEqual(['other']);
    expect(await rows(s, 'retrieve (a.bal) where a.id = 1')).toEqual([[95]]);
    await ok(s, 'delete l where l.id >= 9 replace a (bal = a.bal - 5) where a.id = 1');
  });

  it('a block that is the deadlock victim: its first statement fails, the rest are refused', async () => {
    const holder = t.session();
    const other = t.session();
    const locks = (t.db as DatabaseImpl).locks;
    // waits on the relation or on one of its keys
    const waiters = (name: string): number => locks.snapshot().filter((l) => lockRelation(l.name) === name).reduce((n, l) => n + l.waiters.length, 0);
    for (const x of [holder, other]) await ok(x, 'range of a is acct range of l is ledger');
    await ok(holder, 'begin transaction replace a (bal = a.bal) where a.id = 1'); // X on acct's key 1
    // an append (IX on the heap) and a read of it (S): SIX on ledger, which an append waits for
    await ok(other, 'begin transaction append to ledger (id = 11, note = "o") retrieve (l.id) where l.id = 11');
    // the block waits for acct (it will want ledger next) …
    const block = s.run('begin transaction replace a (bal = a.bal + 1) where a.id = 1 append to ledger (id = 12, note = "b") end transaction');
    await until(() => waiters('acct') === 1);
    // … other queues for key 1 behind it; when the holder ends, the block gets it and its
    // request for ledger (held by other, who waits for key 1) closes the cycle: the block loses
    const waiting = other.run('replace a (bal = a.bal + 5) where a.id = 1');
    await until(() => waiters('acct') === 2);
    await ok(holder, 'end transaction');
    expect(kinds(await block)).toEqual(['done', 6001, 6008, 6009]);
    expect(kinds(await waiting)).toEqual(['done']);
    await ok(other, 'end transaction');
    expect(await rows(s, 'retrieve (a.bal) where a.id = 1')).toEqual([[95]]);
    expect((await rows(s, 'retrieve (l.note) where l.id >= 11')).map((r) => String(r[0]).trim())).toEqual(['o']);
    await ok(s, 'delete l where l.id >= 11 replace a (bal = a.bal - 5) where a.id = 1');
  });

  it('falls back to one by one when the analysis under the locks needs another lock', async () => {
    await ok(s, 'create r1 (x = i4) create r2 (x = i4) append to r1 (x = 1) append to r2 (x = 2)');
    await ok(s, 'range of p is r1 define view v (x = p.x)');
    const other = t.session();
    await ok(other, 'range of q is r2');
    // other redefines v over r2, uncommitted: the block's first analysis sees that view
    await ok(other, 'begin transaction destroy v define view v (x = q.x)');
    await ok(s, 'range of w is v');
    const block = s.run('begin transaction retrieve (w.x) end transaction');
    await ok(other, 'abort'); // v is over r1 again: the block needs r1, which it did not lock
    const results = await block;
    expect(kinds(results)).toEqual(['done', 'rows', 'done']);
    expect(results[1]?.kind === 'rows' && results[1].rows).toEqual([[1]]);
  });

  it('close() aborts a block that waits for a lock', async () => {
    const holder = t.session();
    const doomed = t.session();
    await ok(holder, 'range of a is acct');
    await ok(doomed, 'range of a is acct');
    await ok(holder, 'begin transaction replace a (bal = 0) where a.id = 1');
    const block = doomed.run('begin transaction replace a (bal = a.bal + 7) where a.id = 1 end transaction');
    const locks = (t.db as DatabaseImpl).locks;
    await until(() => locks.snapshot().some((l) => lockRelation(l.name) === 'acct' && l.waiters.length > 0));
    await doomed.close();
    const results = await block;
    expect(results[1]?.kind).toBe('error');
    await ok(holder, 'abort');
    expect(await rows(s, 'retrieve (a.bal) where a.id = 1')).toEqual([[90]]);
    // a buffer sent after close runs nothing
    expect(await errors(doomed, 'retrieve (a.bal)')).toEqual([8030]);
  });
});

/** Poll `condition` until it holds (a deadline, never a fixed sleep). */
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
