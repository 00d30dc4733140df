/*
 * catalog-history.test.ts — the catalog history over real lmdb: a transaction begun with a
 * catalogHistoryId appends its id once, on its first catalog change, and only then; data
 * writes and transactions without an id record nothing; a failing statement, an abort and
 * recovery after a crash take the entry back with the change; a prepared part keeps it in
 * doubt; replaceCatalogHistory (a catalog copy) swaps the whole history atomically.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { crash, dispose, freshDatabase, i4, lone, rel, reopen } from '../storage/helpers.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

const history = (d: DatabaseImpl, max = 10): { count: number; tail: readonly string[] } => d.store.catalogHistory(max);

async function withTable(): Promise<DatabaseImpl> {
  const d = await freshDatabase();
  await lone(d, (txn) => txn.createRelation({ name: 'a', owner: 't', attributes: [{ name: 'x', type: i4 }] }));
  return d;
}

describe('catalog history', () => {
  test('a transaction with an id records it once, at its first catalog change, and nothing else does', async () => {
    db = await withTable();
    expect(history(db)).toEqual({ count: 0, tail: [] }); // lone() has no id
    const data = db.begin('t', { catalogHistoryId: 'h1.1.1' });
    data.statement(() => data.insert(rel(data, 'a'), [1]));
    await data.commit();
    expect(history(db).count).toBe(0);
    const ddl = db.begin('t', { catalogHistoryId: 'h1.1.2' });
    ddl.statement(() => ddl.createRelation({ name: 'b', owner: 't', attributes: [{ name: 'y', type: i4 }] }));
    ddl.statement(() => ddl.createIndex('a', 'ax', ['x']));
    ddl.statement(() => ddl.defineObject({ relation: 'a', kind: 'permit', text: 'define permit retrieve of a to all' }));
    await ddl.commit();
    const again = db.begin('t', { catalogHistoryId: 'h2.1.1' });
    again.statement(() => again.saveRelation('b', Date.now() + 86_400_000));
    await again.commit();
    expect(history(db)).toEqual({ count: 2, tail: ['h1.1.2', 'h2.1.1'] });
    expect(history(db, 1)).toEqual({ count: 2, tail: ['h2.1.1'] });
    db = await reopen(db);
    expect(history(db)).toEqual({ count: 2, tail: ['h1.1.2', 'h2.1.1'] });
  });

  test('a failing statement, an abort and a crash before commit take the entry back', async () => {
    db = await withTable();
    const failing = db.begin('t', { catalogHistoryId: 'x.1.1' });
    expect(() => failing.statement(() => {
      failing.createRelation({ name: 'b', owner: 't', attributes: [{ name: 'y', type: i4 }] });
      failing.createRelation({ name: 'b', owner: 't', attributes: [{ name: 'y', type: i4 }] }); // 5102
    })).toThrow(/b/);
    expect(history(db).count).toBe(0);
    failing.statement(() => failing.createRelation({ name: 'c', owner: 't', attributes: [{ name: 'z', type: i4 }] }));
    expect(history(db)).toEqual({ count: 1, tail: ['x.1.1'] }); // recorded by the statement that stood
    failing.abort();
    expect(history(db).count).toBe(0);

    const crashed = db.begin('t', { catalogHistoryId: 'x.1.2' });
    crashed.statement(() => crashed.destroyRelation('a'));
    expect(history(db).count).toBe(1);
    await crash(db); // killed before commit: recovery rolls the transaction back
    db = await openDatabase(db.directory, db.name);
    expect(db.recovery?.rolledBack).toHaveLength(1);
    expect(history(db).count).toBe(0);
    expect(db.begin('t').relation('a')).toBeDefined();
  });

  test('a prepared part keeps its entry in doubt; the outcome settles it', async () => {
    for (const outcome of ['commit', 'abort'] as const) {
      const d = await withTable();
      const part = d.begin('t', { catalogHistoryId: `g.${outcome}` });
      await part.lock([{ name: 'a', mode: 'X' }]);
      part.statement(() => part.modifyRelation('a', { structure: 'hash', keys: [{ attribute: 'x', order: 'ascending' }] }));
      await part.prepare();
      await crash(d);
      const reopened = await openDatabase(d.directory, d.name);
      expect(reopened.store.catalogHistory(5)).toEqual({ count: 1, tail: [`g.${outcome}`] });
      const [txnNo] = reopened.inDoubtTransactions();
      await reopened.resolveInDoubt(txnNo as number, outcome);
      expect(reopened.store.catalogHistory(5).count).toBe(outcome === 'commit' ? 1 : 0);
      await dispose(reopened);
    }
  });

  test('replaceCatalogHistory swaps the whole history, and an abort restores the old one', async () => {
    db = await withTable();
    for (const id of ['a.1', 'a.2', 'a.3']) {
      const txn = db.begin('t', { catalogHistoryId: id });
      txn.statement(() => txn.saveRelation('a', Date.now() + 86_400_000));
      await txn.commit();
    }
    const copy = db.begin('$serverdb');
    copy.statement(() => copy.replaceCatalogHistory({ count: 40, tail: ['b.39', 'b.40'] }));
    expect(history(db)).toEqual({ count: 40, tail: ['b.39', 'b.40'] });
    copy.abort();
    expect(history(db)).toEqual({ count: 3, tail: ['a.1', 'a.2', 'a.3'] });
    const adopt = db.begin('$serverdb');
    adopt.statement(() => adopt.replaceCatalogHistory({ count: 40, tail: ['b.39', 'b.40'] }));
    await adopt.commit();
    const next = db.begin('t', { catalogHistoryId: 'b.41' });
    next.statement(() => next.saveRelation('a', Date.now() + 86_400_000));
    await next.commit();
    expect(history(db)).toEqual({ count: 41, tail: ['b.39', 'b.40', 'b.41'] });
    // catalog relations do not see the history's keys
    const txn = db.begin('t');
    expect(txn.relations().map((r) => r.name)).toContain('a');
    txn.abort();
  });
});
