/*
 * basic.test.ts — a database end to end at the storage level: create/open, catalogs as
 * scannable relations, heap insert/scan/delete/update, tuple counts, statement atomicity,
 * persistence across reopen, and the 8008 error for a damaged or missing directory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { c, dispose, freshDatabase, i2, i4, lone, rel, reopen, rows, tempDirectory } from './helpers.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

describe('catalogs', () => {
  test('a new database lists its system catalogs as relations', async () => {
    db = await freshDatabase();
    const txn = db.begin('tester');
    const names = txn.relations().map((r) => r.name);
    expect(names).toEqual(['attribute', 'indexes', 'relation', 'tree']);
    expect(rel(txn, 'relation').kind).toBe('catalog');
    const relids = rows(txn, 'relation').map((r) => r[0]);
    expect(relids.sort()).toEqual(['attribute', 'indexes', 'relation', 'tree']);
    await txn.commit();
  });

  test('created relations appear as catalog tuples with exact reltups', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'parts', owner: 'tester', attributes: [{ name: 'pnum', type: i2 }, { name: 'pname', type: c(20) }] });
      txn.insert(r, [1, 'central processor']);
      txn.insert(r, [2, 'memory']);
    });
    const txn = db.begin('tester');
    const relation = rows(txn, 'relation').find((r) => r[0] === 'parts');
    expect(relation).toBeDefined();
    expect(relation?.[6]).toBe(2); // reltups
    expect(relation?.[7]).toBe(2); // relatts
    expect(relation?.[8]).toBe(22); // relwid
    const attributes = rows(txn, 'attribute').filter((a) => a[0] === 'parts').map((a) => [a[2], a[3], a[5], a[6]]);
    expect(attributes).toEqual([['pnum', 1, 30, 2], ['pname', 2, 32, 20]]);
    // the relation catalog's own reltups counts its tuples (4 catalogs + parts)
    expect(rows(txn, 'relation').find((r) => r[0] === 'relation')?.[6]).toBe(5);
    expect(rel(txn, 'parts').tupleCount).toBe(2);
    await txn.commit();
  });

  test('the cache is rebuilt from the catalog tuples after reopen', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'emp', owner: 'tester', attributes: [{ name: 'name', type: c(10) }, { name: 'salary', type: i4 }], saveDays: 0 });
      txn.insert(r, ['smith', 100]);
    });
    db = await reopen(db);
    const txn = db.begin('tester');
    const emp = rel(txn, 'emp');
    expect(emp.attributes.map((a) => [a.name, a.type.kind, a.type.length])).toEqual([['name', 'c', 10], ['salary', 'i', 4]]);
    expect(emp.tupleCount).toBe(1);
    expect(emp.saveUntil).toBe(0);
    expect(rows(txn, emp)).toEqual([['smith', 100]]);
    await txn.commit();
  });

  test('duplicate and system relation names are refused', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => txn.createRelation({ name: 'x', owner: 't', attributes: [{ name: 'a', type: i2 }] }));
    const txn = db.begin('tester');
    expect(() => txn.statement(() => txn.createRelation({ name: 'x', owner: 't', attributes: [{ name: 'a', type: i2 }] }))).toThrow(/5102|duplicate/);
    try {
      txn.statement(() => txn.createRelation({ name: 'relation', owner: 't', attributes: [{ name: 'a', type: i2 }] }));
      expect.unreachable();
    } catch (error) {
      expect((error as IngresError).code).toBe(5103);
    }
    await txn.commit();
  });

  test('definitions survive as tree tuples, long text included', async () => {
    db = await freshDatabase();
    const long = 'define view v (a = r.a) where ' + 'r.a = 1 or '.repeat(60) + 'r.a = 2   ';
    await lone(db, (txn) => {
      txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i2 }] });
      txn.defineObject({ relation: 'r', kind: 'permit', text: 'define permit all on r to all' });
      txn.defineObject({ relation: 'r', kind: 'permit', text: long });
      txn.defineObject({ relation: 'r', kind: 'integrity', text: 'define integrity on r is r.a > 0' });
    });
    db = await reopen(db);
    const txn = db.begin('t');
    const permits = txn.definitions('r', 'permit');
    expect(permits.map((p) => p.id)).toEqual([1, 2]);
    expect(permits[1]?.text).toBe(long);
    expect(txn.definitions('r', 'integrity').map((p) => p.text)).toEqual(['define integrity on r is r.a > 0']);
    expect(txn.statement(() => txn.destroyObjects('r', 'permit', [1]))).toBe(1);
    expect(txn.definitions('r', 'permit').map((p) => p.id)).toEqual([2]);
    await txn.commit();
  });
});

describe('heap tuples', () => {
  test('insert, scan, update, delete keep counts exact', async () => {
    db = await freshDatabase();
    const txn = db.begin('t');
    const r = txn.statement(() => txn.createRelation({ name: 'h', owner: 't', attributes: [{ name: 'a', type: i4 }, { name: 'b', type: c(5) }] }));
    txn.statement(() => {
      expect(txn.insert(r, [1, 'x'])).toBe(true);
      expect(txn.insert(r, [1, 'x'])).toBe(true); // a heap keeps duplicates
      expect(txn.insert(r, [2, 'y'])).toBe(true);
    });
    expect(rel(txn, 'h').tupleCount).toBe(3);
    expect(rows(txn, r)).toEqual([[1, 'x'], [1, 'x'], [2, 'y']]);
    const stored = [...txn.scan(r)];
    txn.statement(() => {
      txn.update(r, stored[2]?.ref, [3, 'z']);
      txn.delete(r, stored[0]?.ref);
    });
    expect(rows(txn, r)).toEqual([[1, 'x'], [3, 'z']]);
    expect(rel(txn, 'h').tupleCount).toBe(2);
    await txn.commit();
  });

  test('a statement that throws leaves nothing behind', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => txn.createRelation({ name: 'h', owner: 't', attributes: [{ name: 'a', type: i4 }] }));
    const txn = db.begin('t');
    const r = rel(txn, 'h');
    expect(() => txn.statement(() => {
      txn.insert(r, [1]);
      txn.insert(r, [2]);
      txn.createRelation({ name: 'other', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      throw new Error('boom');
    })).toThrow('boom');
    expect(rows(txn, r)).toEqual([]);
    expect(rel(txn, 'h').tupleCount).toBe(0);
    expect(txn.relation('other')).toBeUndefined();
    txn.statement(() => txn.insert(r, [7]));
    await txn.commit();
    db = await reopen(db);
    const check = db.begin('t');
    expect(rows(check, 'h')).toEqual([[7]]);
    expect(check.relation('other')).toBeUndefined();
    await check.commit();
  });

  test('destroy removes the relation, its attributes and its data', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'gone', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      for (let n = 0; n < 10; n++) txn.insert(r, [n]);
    });
    const id = db.begin('t').relation('gone')?.id as number;
    await lone(db, (txn) => txn.destroyRelation('gone'));
    const txn = db.begin('t');
    expect(txn.relation('gone')).toBeUndefined();
    expect(rows(txn, 'attribute').filter((a) => a[0] === 'gone')).toEqual([]);
    expect(db.store.storedIds().has(id)).toBe(false);
    expect(() => txn.statement(() => txn.destroyRelation('gone'))).toThrow(/5201|does not exist/);
    expect(() => txn.statement(() => txn.destroyRelation('relation'))).toThrow(/5202|system relation/);
    await txn.commit();
  });
});

describe('opening', () => {
  test('a missing directory is error 8008', async () => {
    await expect(openDatabase(join(tempDirectory(), 'nope'), 'nope')).rejects.toMatchObject({ code: 8008 });
  });

  test('a directory without an environment is error 8008', async () => {
    const directory = tempDirectory();
    mkdirSync(directory, { recursive: true });
    await expect(openDatabase(directory, 'x')).rejects.toMatchObject({ code: 8008 });
  });

  test('a garbage data file is error 8008', async () => {
    const directory = tempDirectory();
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'data.mdb'), Buffer.alloc(20000, 7));
    await expect(openDatabase(directory, 'x')).rejects.toMatchObject({ code: 8008 });
  });
});

describe('tuple cache', () => {
  test('a cached relation never shows stale tuples after writes, aborts or modify', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'c', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      for (let n = 0; n < 5; n++) txn.insert(r, [n]);
    });
    const reader = db.begin('r');
    const all = () => rows(reader, 'c').map((t) => t[0]).sort();
    expect(all()).toEqual([0, 1, 2, 3, 4]);
    expect(all()).toEqual([0, 1, 2, 3, 4]); // second scan comes from the cache
    await lone(db, (txn) => txn.insert(rel(txn, 'c'), [5]));
    expect(all()).toEqual([0, 1, 2, 3, 4, 5]);
    const writer = db.begin('w');
    writer.statement(() => {
      for (const t of [...writer.scan(rel(writer, 'c'))]) writer.delete(rel(writer, 'c'), t.ref);
    });
    expect(all()).toEqual([]);
    expect(all()).toEqual([]);
    writer.abort();
    expect(all()).toEqual([0, 1, 2, 3, 4, 5]);
    const r = await lone(db, (txn) => txn.modifyRelation('c', { structure: 'isam', keys: [] }));
    expect([...reader.seekRange(r, { values: [2], inclusive: true }, { values: [4], inclusive: false })].map((t) => t.values[0])).toEqual([2, 3]);
    expect(all()).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...reader.seekRange(r, { values: [2], inclusive: false }, null)].map((t) => t.values[0])).toEqual([3, 4, 5]);
    expect([...reader.seekEqual(r, [4])].map((t) => t.values[0])).toEqual([4]);
    await reader.commit();
  });
});

describe('tuple counts inside one statement', () => {
  test('create, insert and modify in one statement (retrieve into) count once', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'colors', owner: 't', attributes: [{ name: 'color', type: c(8) }] });
      for (const color of ['red', 'blue', 'red', 'green', 'blue']) txn.insert(r, [color]);
      const sorted = txn.modifyRelation('colors', { structure: 'cheapsort', keys: [] });
      expect(sorted.tupleCount).toBe(3);
      txn.insert(sorted, ['white']);
    });
    expect(rel(db.begin('t'), 'colors').tupleCount).toBe(4);
    db = await reopen(db);
    expect(rel(db.begin('t'), 'colors').tupleCount).toBe(4);
  });

  test('destroy and create of one name in one statement do not share counts', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'x', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      txn.insert(r, [1]);
      txn.insert(r, [2]);
      txn.destroyRelation('x');
      const again = txn.createRelation({ name: 'x', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      txn.insert(again, [3]);
    });
    expect(rel(db.begin('t'), 'x').tupleCount).toBe(1);
  });
});
