/*
 * streaming-reads.test.ts — reads that stream inside a write transaction (streamingReads)
 * while the same statement writes lmdb's tuples tree around the open cursor: appends into
 * a relation whose keys sort before the source's (made first), after it, or spread over a
 * hash or btree, a modify (the old id read, the new one written) and an index build, each
 * from a source that is not in the tuple cache, so its reads go through lmdb cursors.
 * Every tuple arrives exactly once. Without streamingReads a read inside a write is held
 * whole first.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Value } from '../../../src/types/value.js';
import type { RelationDesc, Transaction } from '../../../src/storage/api.js';
import type { DatabaseImpl } from '../../../src/storage/index.js';
import { c, dispose, freshDatabase, i4, lone, rel, reopen, rows } from './helpers.js';

const N = 30_000;
let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

const ATTRIBUTES = [{ name: 'a', type: i4 }, { name: 'b', type: i4 }, { name: 's', type: c(40) }];

/** tuple k: a unique, b spread (a permutation of 0..N-1), a 40-character string */
function tuple(k: number): Value[] {
  return [k, (k * 7919) % N, `name-${k % 997}-${'x'.repeat(30)}`];
}

const byA = (x: Value[], y: Value[]): number => (x[0] as number) - (y[0] as number);

/** a database with `before` (made first: smaller id), then `src` loaded by statements (so
 *  never scanned outside a write: not cached), then `after` */
async function loaded(structure: 'heap' | 'hash' | 'btree'): Promise<DatabaseImpl> {
  const d = await freshDatabase();
  await lone(d, (txn) => txn.createRelation({ name: 'before', owner: 't', attributes: ATTRIBUTES }));
  for (let start = 0; start < N; start += 5_000) {
    await lone(d, (txn) => {
      const src = start === 0 ? txn.createRelation({ name: 'src', owner: 't', attributes: ATTRIBUTES }) : rel(txn, 'src');
      for (let k = start; k < start + 5_000; k++) txn.insert(src, tuple(k));
    });
  }
  await lone(d, (txn) => txn.createRelation({ name: 'after', owner: 't', attributes: ATTRIBUTES }));
  if (structure !== 'heap') {
    for (const name of ['before', 'after']) {
      await lone(d, (txn) => txn.modifyRelation(name, { structure, keys: [{ attribute: 'b', order: 'ascending' }] }));
    }
  }
  return d;
}

function copyInto(txn: Transaction, source: RelationDesc, target: RelationDesc): number {
  let count = 0;
  txn.streamingReads(() => {
    for (const t of txn.scan(source)) if (txn.insert(target, t.values)) count++;
  });
  return count;
}

describe.each(['heap', 'hash', 'btree'] as const)('appends to a %s while the source streams', (structure) => {
  test.each(['before', 'after'])('into the relation made %s the source', async (targetName) => {
    db = await loaded(structure);
    const src = await lone(db, (txn) => rel(txn, 'src'));
    expect(db.store.tupleCache.has(src.id)).toBe(false);
    const count = await lone(db, (txn) => copyInto(txn, rel(txn, 'src'), rel(txn, targetName)));
    expect(count).toBe(N);
    const txn = db.begin('t');
    const got = rows(txn, targetName).sort(byA);
    await txn.commit();
    expect(got.length).toBe(N);
    for (let k = 0; k < N; k++) expect(got[k]).toEqual(tuple(k));
  });
});

test('a modify reads the old id while it writes the new one, and an index build its base', async () => {
  db = await loaded('heap');
  const src = await lone(db, (txn) => rel(txn, 'src'));
  expect(db.store.tupleCache.has(src.id)).toBe(false);
  const modified = await lone(db, (txn) => txn.modifyRelation('src', { structure: 'heapsort', keys: [{ attribute: 'b', order: 'descending' }] }));
  expect(modified.tupleCount).toBe(N);
  // reopened, the store's cache is empty: the index build reads the base through a cursor
  db = await reopen(db);
  const reopened = await lone(db, (txn) => rel(txn, 'src'));
  expect(db.store.tupleCache.has(reopened.id)).toBe(false);
  const index = await lone(db, (t) => t.createIndex('src', 'srcb', ['b']));
  expect(index.tupleCount).toBe(N);
  const check = db.begin('t');
  const entries = [...check.scan(rel(check, 'srcb'))].map((t) => t.values[0]);
  await check.commit();
  expect(entries).toEqual(Array.from({ length: N }, (_, i) => i));
});
