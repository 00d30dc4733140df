/*
 * transaction.test.ts — multi-statement transactions over real lmdb: abort rolls back
 * tuples and DDL (create, destroy, modify, index, save, definitions), recovery at open
 * rolls back what a crash left uncommitted, a deadlock through Transaction.lock ends one
 * transaction with 6001 and rolls it back, and single-statement transactions.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { c, dispose, freshDatabase, i4, lone, rel, reopen, rows } from '../storage/helpers.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

async function seeded(): Promise<DatabaseImpl> {
  const d = await freshDatabase();
  await lone(d, (txn) => {
    const r = txn.createRelation({ name: 'acct', owner: 't', attributes: [{ name: 'id', type: i4 }, { name: 'bal', type: i4 }] });
    for (let n = 1; n <= 5; n++) txn.insert(r, [n, 100]);
    txn.createRelation({ name: 'old', owner: 't', attributes: [{ name: 'x', type: c(4) }] });
    txn.insert(rel(txn, 'old'), ['keep']);
    txn.createIndex('acct', 'acctbal', ['bal']);
    txn.defineObject({ relation: 'acct', kind: 'permit', text: 'define permit retrieve of acct to all' });
  });
  return d;
}

/** everything a test compares before and after: catalogs and user data */
function snapshot(d: DatabaseImpl): unknown {
  const txn = d.begin('t');
  const out = {
    relations: txn.relations().map((r) => ({ ...r })),
    catalogRows: ['relation', 'attribute', 'indexes', 'tree'].map((name) => rows(txn, name).sort()),
    acct: txn.relation('acct') === undefined ? null : rows(txn, 'acct').sort(),
    old: txn.relation('old') === undefined ? null : rows(txn, 'old'),
    index: txn.relation('acctbal') === undefined ? null : rows(txn, 'acctbal').map((r) => r[0]),
    stored: [...d.store.storedIds()].sort(),
  };
  txn.abort();
  return out;
}

function mutate(txn: ReturnType<DatabaseImpl['begin']>): void {
  const acct = rel(txn, 'acct');
  txn.statement(() => {
    for (const t of [...txn.scan(acct)]) txn.update(acct, t.ref, [t.values[0] as number, (t.values[1] as number) - 10]);
    txn.insert(acct, [6, 1]);
  });
  txn.statement(() => {
    const [first] = [...txn.scan(acct)];
    txn.delete(acct, first?.ref);
  });
  txn.statement(() => {
    const fresh = txn.createRelation({ name: 'fresh', owner: 't', attributes: [{ name: 'a', type: i4 }] });
    txn.insert(fresh, [1]);
  });
  txn.statement(() => txn.destroyRelation('old'));
  txn.statement(() => txn.modifyRelation('acct', { structure: 'isam', keys: [{ attribute: 'bal', order: 'ascending' }] }));
  txn.statement(() => txn.createIndex('acct', 'acctid', ['id']));
  txn.statement(() => txn.saveRelation('acct', 123_000));
  txn.statement(() => txn.destroyObjects('acct', 'permit', 'all'));
  txn.statement(() => txn.defineObject({ relation: 'acct', kind: 'integrity', text: 'define integrity on acct is acct.bal > 0' }));
}

describe('multi-statement transactions', () => {
  test('abort rolls back tuples and DDL exactly', async () => {
    db = await seeded();
    const before = snapshot(db);
    const txn = db.begin('t');
    await txn.lock([{ name: 'acct', mode: 'X' }, { name: 'old', mode: 'X' }]);
    mutate(txn);
    expect(txn.relation('fresh')).toBeDefined();
    expect(rel(txn, 'acct').structure).toBe('isam');
    txn.abort();
    expect(snapshot(db)).toEqual(before);
    db = await reopen(db);
    expect(snapshot(db)).toEqual(before);
  });

  test('commit keeps everything and purges what was replaced', async () => {
    db = await seeded();
    const txn = db.begin('t');
    const oldIds = [rel(txn, 'acct').id, rel(txn, 'old').id, rel(txn, 'acctbal').id];
    mutate(txn);
    await txn.commit();
    db = await reopen(db);
    const check = db.begin('t');
    expect(rows(check, 'acct').map((r) => r[1])).toEqual([1, 90, 90, 90, 90]);
    expect(rel(check, 'acct').indexes).toEqual(['acctid']);
    expect(check.relation('old')).toBeUndefined();
    expect(check.relation('acctbal')).toBeUndefined();
    expect(rows(check, 'fresh')).toEqual([[1]]);
    expect(rel(check, 'acct').saveUntil).toBe(123_000);
    expect(check.definitions('acct', 'permit')).toEqual([]);
    expect(check.definitions('acct', 'integrity')).toHaveLength(1);
    const stored = db.store.storedIds();
    for (const id of oldIds) expect(stored.has(id)).toBe(false);
    expect(db.store.txnlog.getCount({})).toBe(0);
    check.abort();
  });

  test('a failed statement inside a transaction undoes only itself', async () => {
    db = await seeded();
    const txn = db.begin('t');
    const acct = rel(txn, 'acct');
    txn.statement(() => txn.insert(acct, [7, 7]));
    expect(() => txn.statement(() => {
      txn.insert(acct, [8, 8]);
      txn.destroyRelation('old');
      throw new Error('half');
    })).toThrow('half');
    txn.statement(() => txn.insert(acct, [9, 9]));
    expect(rows(txn, 'acct').map((r) => r[0]).sort()).toEqual([1, 2, 3, 4, 5, 7, 9]);
    expect(txn.relation('old')).toBeDefined();
    txn.abort();
    const check = db.begin('t');
    expect(rows(check, 'acct').map((r) => r[0]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(rel(check, 'acct').tupleCount).toBe(5);
    check.abort();
  });

  test('recovery at open rolls back a transaction a crash left open', async () => {
    db = await seeded();
    const before = snapshot(db);
    const txn = db.begin('t');
    mutate(txn);
    // crash: the environment goes away without commit or abort
    await db.env.close();
    const directory = db.directory;
    db = await openDatabase(directory, 'test');
    expect(db.recovery?.rolledBack).toHaveLength(1);
    expect(snapshot(db)).toEqual(before);
  });

  test('single-statement transactions write no undo records', async () => {
    db = await seeded();
    const txn = db.begin('t', { singleStatement: true });
    txn.statement(() => txn.insert(rel(txn, 'acct'), [10, 10]));
    expect(db.store.txnlog.getCount({})).toBe(0);
    expect(() => txn.statement(() => 1)).toThrow(/single-statement/);
    await txn.commit();
    expect(rel(db.begin('t'), 'acct').tupleCount).toBe(6);
  });

  test('an ended transaction refuses further work', async () => {
    db = await seeded();
    const txn = db.begin('t');
    await txn.commit();
    expect(() => txn.statement(() => 1)).toThrow(/6007|ended/);
    await expect(txn.lock([{ name: 'acct', mode: 'S' }])).rejects.toMatchObject({ code: 6007 });
  });
});

describe('deadlocks', () => {
  test('the victim gets 6001 and is rolled back; the other goes on', async () => {
    db = await seeded();
    const a = db.begin('a');
    const b = db.begin('b');
    await a.lock([{ name: 'acct', mode: 'X' }]);
    await b.lock([{ name: 'old', mode: 'X' }]);
    b.statement(() => b.insert(rel(b, 'old'), ['b']));
    const aWaits = a.lock([{ name: 'old', mode: 'S' }]);
    await expect(b.lock([{ name: 'acct', mode: 'S' }])).rejects.toMatchObject({ code: 6001, retryable: true });
    await aWaits;
    expect(rows(a, 'old')).toEqual([['keep']]);
    expect(() => b.statement(() => 1)).toThrow(/6007|ended/);
    await a.commit();
  });
});

describe('single-statement transactions', () => {
  test('abort after a successful statement keeps its effects consistent', async () => {
    db = await freshDatabase();
    const txn = db.begin('t', { singleStatement: true });
    txn.statement(() => {
      const r = txn.createRelation({ name: 'kept', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      txn.insert(r, [1]);
    });
    txn.abort();
    db = await reopen(db);
    const check = db.begin('t');
    expect(rows(check, 'kept')).toEqual([[1]]);
    expect(rel(check, 'kept').tupleCount).toBe(1);
    check.abort();
  });

  test('a failed statement leaves nothing, and abort afterwards is harmless', async () => {
    db = await freshDatabase();
    const txn = db.begin('t', { singleStatement: true });
    expect(() => txn.statement(() => {
      txn.createRelation({ name: 'gone', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      throw new Error('no');
    })).toThrow('no');
    txn.abort();
    expect(db.begin('t').relation('gone')).toBeUndefined();
    expect(db.store.storedIds().size).toBe(0);
  });
});

describe('heap insert undo', () => {
  test('inserted tuples that were later updated or deleted all vanish on abort', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'h', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      txn.insert(r, [1]);
      txn.insert(r, [2]);
    });
    const txn = db.begin('t');
    const h = rel(txn, 'h');
    txn.statement(() => { for (const a of [10, 11, 12]) txn.insert(h, [a]); });
    const byValue = (v: number) => [...txn.scan(h)].find((t) => t.values[0] === v)?.ref;
    txn.statement(() => txn.update(h, byValue(10), [100]));
    txn.statement(() => txn.delete(h, byValue(11)));
    txn.statement(() => txn.update(h, byValue(1), [-1]));
    txn.statement(() => txn.insert(h, [13]));
    expect(rows(txn, h).map((r) => r[0])).toEqual([-1, 2, 100, 12, 13]);
    txn.abort();
    const check = db.begin('t');
    expect(rows(check, 'h').map((r) => r[0])).toEqual([1, 2]);
    expect(rel(check, 'h').tupleCount).toBe(2);
    check.abort();
  });
});
