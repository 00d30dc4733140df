/*
 * prepare.test.ts — the two-phase-commit hook: a prepared transaction survives a crash
 * in doubt (its changes in place, its relations locked again, its destroyed relation's
 * data protected from the orphan sweep) until resolveInDoubt commits or aborts it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { c, dispose, freshDatabase, i4, lone, rel, rows } from '../storage/helpers.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

async function preparedThenCrash(): Promise<DatabaseImpl> {
  const d = await freshDatabase();
  await lone(d, (txn) => {
    const a = txn.createRelation({ name: 'a', owner: 't', attributes: [{ name: 'x', type: i4 }] });
    txn.insert(a, [1]);
    const b = txn.createRelation({ name: 'b', owner: 't', attributes: [{ name: 'y', type: c(3) }] });
    txn.insert(b, ['one']);
  });
  const txn = d.begin('t');
  await txn.lock([{ name: 'a', mode: 'X' }, { name: 'b', mode: 'X' }]);
  txn.statement(() => txn.insert(rel(txn, 'a'), [2]));
  txn.statement(() => txn.destroyRelation('b'));
  await txn.prepare();
  expect(() => txn.statement(() => 1)).toThrow(/6007|ended/);
  await d.env.close(); // crash after voting yes
  const reopened = await openDatabase(d.directory, d.name);
  expect(reopened.recovery?.inDoubt).toHaveLength(1);
  expect(reopened.recovery?.rolledBack).toEqual([]);
  return reopened;
}

describe('prepared transactions', () => {
  test('stay in doubt across a crash with their relations locked', async () => {
    db = await preparedThenCrash();
    const txn = db.begin('other');
    expect(rows(txn, 'a').map((r) => r[0]).sort()).toEqual([1, 2]);
    expect(txn.relation('b')).toBeUndefined();
    const held = db.locks.snapshot().filter((l) => l.holders.some((h) => h.owner.startsWith('in-doubt:')));
    expect(held.map((l) => l.name).sort()).toEqual(['$catalog', 'a', 'b']);
    let granted = false;
    const waiting = txn.lock([{ name: 'a', mode: 'S' }]).then(() => { granted = true; });
    await Promise.resolve();
    expect(granted).toBe(false);
    const [txnNo] = db.inDoubtTransactions();
    await db.resolveInDoubt(txnNo as number, 'abort');
    await waiting;
    expect(granted).toBe(true);
    expect(rows(txn, 'a').map((r) => r[0])).toEqual([1]);
    expect(rows(txn, 'b')).toEqual([['one']]);
    await txn.commit();
  });

  test('commit after recovery keeps the changes and purges the destroyed data', async () => {
    db = await preparedThenCrash();
    const [txnNo] = db.inDoubtTransactions();
    await db.resolveInDoubt(txnNo as number, 'commit');
    const txn = db.begin('other');
    expect(rows(txn, 'a').map((r) => r[0]).sort()).toEqual([1, 2]);
    expect(txn.relation('b')).toBeUndefined();
    expect(db.store.txnlog.getCount({})).toBe(0);
    const live = new Set(txn.relations().map((r) => r.id));
    for (const id of db.store.storedIds()) expect(live.has(id)).toBe(true);
    await txn.commit();
  });

  test('two prepared transactions that changed the tuple counts of different relations both stay in doubt across a crash', async () => {
    // each holds X on its own relation, so each wrote that relation's count into its catalog
    // tuple (undo-logged); neither changed the catalog otherwise. Until 12-06 recovery locked
    // the whole catalog X for each and refused to open the database ("damaged", 8008).
    const d = await freshDatabase();
    await lone(d, (txn) => {
      txn.insert(txn.createRelation({ name: 'a', owner: 't', attributes: [{ name: 'x', type: i4 }] }), [1]);
      txn.insert(txn.createRelation({ name: 'b', owner: 't', attributes: [{ name: 'y', type: i4 }] }), [1]);
    });
    const first = d.begin('t');
    await first.lock([{ name: 'a', mode: 'X' }]);
    first.statement(() => first.insert(rel(first, 'a'), [2]));
    const second = d.begin('t');
    await second.lock([{ name: 'b', mode: 'X' }]);
    second.statement(() => second.insert(rel(second, 'b'), [2]));
    second.statement(() => second.insert(rel(second, 'b'), [3]));
    await first.prepare();
    await second.prepare();
    await d.env.close(); // crash after both voted yes
    db = await openDatabase(d.directory, d.name);
    expect(db.recovery?.inDoubt).toHaveLength(2);
    const held = db.locks.snapshot().filter((l) => l.holders.some((h) => h.owner.startsWith('in-doubt:')));
    expect(held.map((l) => `${l.name} ${l.holders.map((h) => h.mode).join()}`).sort()).toEqual(['a X', 'b X']);
    // the catalog stays open to other work meanwhile (a relation of its own)
    await lone(db, (txn) => txn.createRelation({ name: 'c', owner: 't', attributes: [{ name: 'z', type: i4 }] }));
    const [a, b] = db.inDoubtTransactions() as [number, number];
    await db.resolveInDoubt(a, 'abort');
    await db.resolveInDoubt(b, 'commit');
    const reader = db.begin('t');
    expect(rows(reader, 'a').map((r) => r[0])).toEqual([1]);
    expect(rows(reader, 'b').map((r) => r[0]).sort()).toEqual([1, 2, 3]);
    expect(rel(reader, 'a').tupleCount).toBe(1);
    expect(rel(reader, 'b').tupleCount).toBe(3);
    expect(rel(reader, 'c').tupleCount).toBe(0);
    await reader.commit();
  });

  test('a prepared transaction that changed the catalog itself still locks the whole catalog in doubt', async () => {
    const d = await freshDatabase();
    await lone(d, (txn) => txn.insert(txn.createRelation({ name: 'a', owner: 't', attributes: [{ name: 'x', type: i4 }] }), [1]));
    const ddl = d.begin('t');
    await ddl.lock([{ name: 'b', mode: 'X' }]);
    ddl.statement(() => ddl.createRelation({ name: 'b', owner: 't', attributes: [{ name: 'y', type: i4 }] }));
    const counts = d.begin('t');
    await counts.lock([{ name: 'a', mode: 'X' }]);
    counts.statement(() => counts.insert(rel(counts, 'a'), [2]));
    await ddl.prepare();
    await counts.prepare();
    await d.env.close();
    db = await openDatabase(d.directory, d.name);
    expect(db.recovery?.inDoubt).toHaveLength(2);
    const held = db.locks.snapshot().filter((l) => l.holders.some((h) => h.owner.startsWith('in-doubt:')));
    expect(held.map((l) => l.name).sort()).toEqual(['$catalog', 'a', 'b']);
    for (const txnNo of db.inDoubtTransactions()) await db.resolveInDoubt(txnNo, 'commit');
    const reader = db.begin('t');
    expect(rel(reader, 'a').tupleCount).toBe(2);
    expect(reader.relation('b')).toBeDefined();
    await reader.commit();
  });

  test('a prepared transaction commits normally without a crash', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => txn.createRelation({ name: 'a', owner: 't', attributes: [{ name: 'x', type: i4 }] }));
    const txn = db.begin('t');
    txn.statement(() => txn.insert(rel(txn, 'a'), [5]));
    await txn.prepare();
    await txn.commit();
    expect(db.store.txnlog.getCount({})).toBe(0);
    expect(rows(db.begin('t'), 'a')).toEqual([[5]]);
  });
});
