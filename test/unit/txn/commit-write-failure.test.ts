/*
 * commit-write-failure.test.ts — a commit whose own lmdb write fails (a full disk at that
 * moment: failpoint storage.write, which fails the outermost write transaction the way
 * lmdb's ENOSPC does): a transaction with count changes deferred under IX is rolled back
 * (6005 quoting the 8026); a prepared one stays prepared and commits once when tried
 * again; an in-doubt resolution after a restart likewise. Every count stays exact — the
 * failed write had already put the deferred counts in the catalog cache, which is rebuilt.
 */
import { afterEach, expect, test } from 'vitest';
import { failpoints } from '../../../src/common/failpoints.js';
import { openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { dispose, freshDatabase, i4, lone, rel, rows } from '../storage/helpers.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  failpoints.set('');
  if (db !== null) await dispose(db);
  db = null;
});

/** h: a heap of 5 tuples */
async function heap(): Promise<DatabaseImpl> {
  const d = await freshDatabase();
  await lone(d, (txn) => {
    const h = txn.createRelation({ name: 'h', owner: 't', attributes: [{ name: 'id', type: i4 }] });
    for (let id = 1; id <= 5; id++) txn.insert(h, [id]);
  });
  return d;
}

/** a transaction that appended ids 6 and 7 to h under IX (its +2 deferred to commit) */
async function appending(d: DatabaseImpl): Promise<ReturnType<DatabaseImpl['begin']>> {
  const txn = d.begin('t');
  await txn.lock([{ name: 'h', mode: 'IX' }]);
  txn.statement(() => {
    txn.insert(rel(txn, 'h'), [6]);
    txn.insert(rel(txn, 'h'), [7]);
  });
  return txn;
}

/** the catalog's count of h and its number of tuples */
async function countAndTuples(d: DatabaseImpl): Promise<[number | undefined, number]> {
  const txn = d.begin('t');
  const stored = rows(txn, 'h').length;
  await txn.commit();
  return [d.cache.get('h')?.desc.tupleCount, stored];
}

test('an open transaction whose commit cannot be written is rolled back; the count stays exact', async () => {
  db = await heap();
  const txn = await appending(db);
  failpoints.set('storage.write=error@1');
  await expect(txn.commit()).rejects.toMatchObject({ code: 6005, message: expect.stringMatching(/8026: .*no space left on device/) });
  failpoints.set('');
  expect(await countAndTuples(db)).toEqual([5, 5]);
  const next = await appending(db);
  await next.commit();
  expect(await countAndTuples(db)).toEqual([7, 7]);
});

test('a prepared transaction whose commit cannot be written stays prepared and commits once when tried again', async () => {
  db = await heap();
  const txn = await appending(db);
  await txn.prepare({ globalId: 'g.1', coordinator: 'elsewhere', at: Date.now() });
  failpoints.set('storage.write=error@1');
  await expect(txn.commit()).rejects.toMatchObject({ code: 8026 });
  failpoints.set('');
  expect(txn.state).toBe('prepared');
  expect(db.cache.get('h')?.desc.tupleCount).toBe(5);
  await txn.commit();
  expect(await countAndTuples(db)).toEqual([7, 7]);
});

test('an in-doubt commit after a restart whose write fails stays in doubt, and applies its counts once when resolved again', async () => {
  const d = await heap();
  const txn = await appending(d);
  await txn.prepare({ globalId: 'g.2', coordinator: 'elsewhere', at: Date.now() });
  await d.env.close(); // a crash after voting yes
  db = await openDatabase(d.directory, d.name);
  const [txnNo] = db.inDoubtTransactions();
  failpoints.set('storage.write=error@1');
  await expect(db.resolveInDoubt(txnNo as number, 'commit')).rejects.toMatchObject({ code: 8026 });
  failpoints.set('');
  expect(db.inDoubtTransactions()).toEqual([txnNo]);
  expect(db.cache.get('h')?.desc.tupleCount).toBe(5);
  await db.resolveInDoubt(txnNo as number, 'commit');
  expect(await countAndTuples(db)).toEqual([7, 7]);
});
