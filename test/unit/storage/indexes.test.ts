/*
 * indexes.test.ts — secondary indexes: built from existing tuples, maintained on insert,
 * delete and update, usable through seekIndex, scannable as relations (key domains, tidp),
 * listed in the indexes catalog, destroyed with their primary and by modify of it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Value } from '../../../src/types/value.js';
import type { DatabaseImpl } from '../../../src/storage/index.js';
import { c, dispose, freshDatabase, i4, lone, rel, reopen, rows } from './helpers.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

async function withIndex(): Promise<DatabaseImpl> {
  const d = await freshDatabase();
  await lone(d, (txn) => {
    const r = txn.createRelation({ name: 'emp', owner: 't', attributes: [{ name: 'num', type: i4 }, { name: 'name', type: c(10) }, { name: 'dept', type: i4 }] });
    for (let n = 0; n < 20; n++) txn.insert(r, [n, `e${n}`, n % 4]);
    txn.createIndex('emp', 'empdept', ['dept']);
  });
  return d;
}

const names = (tuples: Iterable<{ values: readonly Value[] }>): Value[] => [...tuples].map((t) => t.values[1] as Value).sort();

describe('secondary indexes', () => {
  test('are built, listed in the catalogs and seekable', async () => {
    db = await withIndex();
    const txn = db.begin('t');
    const index = rel(txn, 'empdept');
    expect(index.kind).toBe('index');
    expect(index.indexOf).toBe('emp');
    expect(index.attributes.map((a) => a.name)).toEqual(['dept', 'tidp']);
    expect(index.tupleCount).toBe(20);
    expect(rel(txn, 'emp').indexes).toEqual(['empdept']);
    expect(rows(txn, 'indexes')).toEqual([['emp', 't', 'empdept', 11, 3, 0, 0, 0, 0, 0]]);
    expect(rows(txn, 'relation').find((r) => r[0] === 'emp')?.[3]).toBe(1);
    expect(rows(txn, 'relation').find((r) => r[0] === 'empdept')?.[3]).toBe(-1);
    const eq = (v: number) => ({ values: [v], inclusive: true });
    expect(names(txn.seekIndex(index, eq(2), eq(2)))).toEqual(['e10', 'e14', 'e18', 'e2', 'e6']);
    expect([...txn.seekIndex(index, { values: [1], inclusive: false }, { values: [3], inclusive: false })]).toHaveLength(5);
    const scanned = rows(txn, index);
    expect(scanned).toHaveLength(20);
    expect(scanned.map((t) => t[0])).toEqual([...Array(5).fill(0), ...Array(5).fill(1), ...Array(5).fill(2), ...Array(5).fill(3)]);
    await txn.commit();
  });

  test('are maintained on insert, delete and update', async () => {
    db = await withIndex();
    const txn = db.begin('t');
    const emp = rel(txn, 'emp');
    const index = rel(txn, 'empdept');
    const eq = (v: number) => ({ values: [v], inclusive: true });
    txn.statement(() => {
      txn.insert(emp, [100, 'new', 9]);
      for (const t of [...txn.seekIndex(index, eq(0), eq(0))]) txn.delete(emp, t.ref);
      for (const t of [...txn.seekIndex(index, eq(1), eq(1))]) txn.update(emp, t.ref, [t.values[0] as number, t.values[1] as string, 9]);
    });
    expect(names(txn.seekIndex(index, eq(9), eq(9)))).toEqual(['e1', 'e13', 'e17', 'e5', 'e9', 'new']);
    expect([...txn.seekIndex(index, eq(0), eq(0))]).toEqual([]);
    expect([...txn.seekIndex(index, eq(1), eq(1))]).toEqual([]);
    expect(rel(txn, 'empdept').tupleCount).toBe(16);
    expect(rel(txn, 'emp').tupleCount).toBe(16);
    await txn.commit();
    db = await reopen(db);
    const again = db.begin('t');
    expect(names(again.seekIndex(rel(again, 'empdept'), eq(9), eq(9)))).toHaveLength(6);
    expect(rel(again, 'empdept').tupleCount).toBe(16);
    await again.commit();
  });

  test('follow a keyed primary whose tuple keys change on update', async () => {
    db = await withIndex();
    await lone(db, (txn) => txn.modifyRelation('emp', { structure: 'isam', keys: [{ attribute: 'num', order: 'ascending' }] }));
    await lone(db, (txn) => txn.createIndex('emp', 'byname', ['name']));
    const txn = db.begin('t');
    const emp = rel(txn, 'emp');
    const byname = rel(txn, 'byname');
    const eq = (v: string) => ({ values: [v], inclusive: true });
    const [e5] = [...txn.seekIndex(byname, eq('e5'), eq('e5'))];
    txn.statement(() => txn.update(emp, e5?.ref, [500, 'e5', 1]));
    const found = [...txn.seekIndex(byname, eq('e5'), eq('e5'))];
    expect(found.map((t) => [...t.values])).toEqual([[500, 'e5', 1]]);
    expect([...txn.seekEqual(emp, [500])]).toHaveLength(1);
    await txn.commit();
  });

  test('are destroyed with their primary and by modify of it', async () => {
    db = await withIndex();
    let txn = db.begin('t');
    const indexId = rel(txn, 'empdept').id;
    await txn.commit();
    await lone(db, (t) => t.modifyRelation('emp', { structure: 'hash', keys: [] }));
    txn = db.begin('t');
    expect(txn.relation('empdept')).toBeUndefined();
    expect(rel(txn, 'emp').indexes).toEqual([]);
    expect(rows(txn, 'indexes')).toEqual([]);
    expect(db.store.storedIds().has(indexId)).toBe(false);
    txn.statement(() => txn.createIndex('emp', 'again', ['name']));
    await txn.commit();
    await lone(db, (t) => t.destroyRelation('emp'));
    txn = db.begin('t');
    expect(txn.relation('again')).toBeUndefined();
    expect(rows(txn, 'indexes')).toEqual([]);
    expect(txn.relations().map((r) => r.name)).toEqual(['attribute', 'indexes', 'relation', 'tree']);
    await txn.commit();
  });

  test('index errors', async () => {
    db = await withIndex();
    const txn = db.begin('t');
    const code = (fn: () => unknown): number | undefined => {
      try {
        txn.statement(fn);
      } catch (error) {
        return (error as { code?: number }).code;
      }
      return undefined;
    };
    expect(code(() => txn.createIndex('nope', 'x', ['a']))).toBe(5300);
    expect(code(() => txn.createIndex('empdept', 'x', ['dept']))).toBe(5301);
    expect(code(() => txn.createIndex('emp', 'empdept', ['dept']))).toBe(5302);
    expect(code(() => txn.createIndex('emp', 'x', ['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toBe(5303);
    expect(code(() => txn.createIndex('emp', 'x', ['zz']))).toBe(5304);
    expect(code(() => txn.insert(rel(txn, 'empdept'), [1, 2]))).toBe(5602);
    await txn.commit();
  });
});

describe('modify of an index', () => {
  test('records the structure and keeps the entries maintained', async () => {
    db = await withIndex();
    const hashed = await lone(db, (txn) => txn.modifyRelation('empdept', { structure: 'hash', keys: [], fillfactor: 30 }));
    expect(hashed.structure).toBe('hash');
    expect(hashed.fillfactor).toBe(30);
    expect(hashed.tupleCount).toBe(20);
    const txn = db.begin('t');
    expect(rows(txn, 'indexes')).toEqual([['emp', 't', 'empdept', 21, 3, 0, 0, 0, 0, 0]]);
    const eq = (v: number) => ({ values: [v], inclusive: true });
    txn.statement(() => txn.insert(rel(txn, 'emp'), [50, 'late', 2]));
    expect(names(txn.seekIndex(rel(txn, 'empdept'), eq(2), eq(2)))).toEqual(['e10', 'e14', 'e18', 'e2', 'e6', 'late']);
    expect(rel(txn, 'empdept').tupleCount).toBe(21);
    await txn.commit();
    db = await reopen(db);
    const again = db.begin('t');
    expect(rel(again, 'empdept').structure).toBe('hash');
    expect(names(again.seekIndex(rel(again, 'empdept'), eq(2), eq(2)))).toHaveLength(6);
    again.abort();
  });
});
