/*
 * durability.test.ts — commit() resolves only after an fsync that covers the transaction's
 * last write; concurrent commits share fsyncs (group commit); read-only transactions wait
 * for the writes they may have seen; the 'statement' sync mode needs no separate fsync; a
 * failed flush (failpoint storage.fsync) rejects the commit with 8027, tells the process,
 * and refuses every later write until the database is reopened.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createDatabase, onFlushFailure, openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { failpoints } from '../../../src/common/failpoints.js';
import { IngresError } from '../../../src/common/errors.js';
import { NO_TIMED_CHECKPOINTS, dispose, freshDatabase, i4, lone, rel, tempDirectory } from '../storage/helpers.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

/** syncs started from now on */
function countSyncs(d: DatabaseImpl): { readonly count: number } {
  const before = d.store.syncs;
  return { get count() { return d.store.syncs - before; } };
}

describe('durability', () => {
  test('commit resolves after an fsync covering its writes', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }] }));
    const txn = db.begin('t');
    txn.statement(() => txn.insert(rel(txn, 'r'), [1]));
    txn.statement(() => txn.insert(rel(txn, 'r'), [2]));
    const { written } = db.store.durability;
    expect(db.store.durability.synced).toBeLessThan(written);
    await txn.commit();
    expect(db.store.durability.synced).toBeGreaterThanOrEqual(written + 1); // + the commit's own write
  });

  test('concurrent commits share fsyncs', async () => {
    db = await freshDatabase(NO_TIMED_CHECKPOINTS);
    await lone(db, (txn) => txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }] }));
    const syncs = countSyncs(db);
    const d = db;
    const commits = Array.from({ length: 20 }, (_, n) => {
      const txn = d.begin('t', { singleStatement: true });
      txn.statement(() => txn.insert(rel(txn, 'r'), [n]));
      return txn.commit();
    });
    await Promise.all(commits);
    expect(syncs.count).toBeGreaterThanOrEqual(1);
    expect(syncs.count).toBeLessThanOrEqual(2);
    expect(db.store.durability.synced).toBe(db.store.durability.written);
  });

  test('a lazy commit (a 2PC participant after COM_ABT) rides on the next sync, or gets one soon', async () => {
    db = await freshDatabase(NO_TIMED_CHECKPOINTS);
    await lone(db, (txn) => txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }] }));
    const syncs = countSyncs(db);
    const lazy = db.begin('t', { singleStatement: true });
    lazy.statement(() => lazy.insert(rel(lazy, 'r'), [1]));
    let lazyDone = false;
    const first = lazy.commit(undefined, { lazy: true }).then(() => { lazyDone = true; });
    await Promise.resolve();
    expect(syncs.count).toBe(0); // no sync of its own yet
    expect(lazyDone).toBe(false);
    // an eager commit starts a sync, which covers the lazy one too
    const eager = db.begin('t', { singleStatement: true });
    eager.statement(() => eager.insert(rel(eager, 'r'), [2]));
    await eager.commit();
    await first;
    expect(syncs.count).toBe(1);
    // alone, a lazy commit still becomes durable (its own sync, a few ms later)
    const alone = db.begin('t', { singleStatement: true });
    alone.statement(() => alone.insert(rel(alone, 'r'), [3]));
    await alone.commit(undefined, { lazy: true });
    expect(syncs.count).toBe(2);
    expect(db.store.durability.synced).toBe(db.store.durability.written);
  });

  test('a read-only commit waits for writes it may have seen', async () => {
    db = await freshDatabase(NO_TIMED_CHECKPOINTS);
    await lone(db, (txn) => txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }] }));
    const writer = db.begin('w', { singleStatement: true });
    writer.statement(() => writer.insert(rel(writer, 'r'), [1]));
    const reader = db.begin('r');
    expect([...reader.scan(rel(reader, 'r'))]).toHaveLength(1);
    const written = db.store.durability.written;
    await reader.commit();
    expect(db.store.durability.synced).toBeGreaterThanOrEqual(written);
    await writer.commit();
  });

  test("sync mode 'statement' makes every statement durable without env.sync", async () => {
    db = await createDatabase(tempDirectory(), 'test', 'ingres', { sync: 'statement' });
    const syncs = countSyncs(db);
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }] });
      txn.insert(r, [1]);
    });
    expect(syncs.count).toBe(0);
  });

  test('a failed flush: the commit gets 8027, the process is told once, writes are refused until reopened', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }] }));
    const told: IngresError[] = [];
    onFlushFailure((error) => { told.push(error); });
    failpoints.set('storage.fsync=error');
    try {
      const txn = db.begin('t', { singleStatement: true });
      txn.statement(() => txn.insert(rel(txn, 'r'), [1]));
      await expect(txn.commit()).rejects.toMatchObject({ code: 8027, message: expect.stringMatching(/a commit could not be flushed to disk: .*EIO/) });
      expect(told).toHaveLength(1);
      failpoints.set('');
      // nothing written after a failed flush is trusted: writes and waits fail alike
      const next = db.begin('t', { singleStatement: true });
      expect(() => next.statement(() => next.insert(rel(txn, 'r'), [2]))).toThrow(/8027|could not be flushed/);
      next.abort();
      await expect(db.store.durable()).rejects.toMatchObject({ code: 8027 });
    } finally {
      failpoints.set('');
      onFlushFailure(null);
    }
    // reopened (recovery from what the disk holds): writes work again
    const directory = db.directory;
    await db.close();
    db = await openDatabase(directory, 'test');
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [3]));
    const reader = db.begin('t', { singleStatement: true });
    const values = [...reader.scan(rel(reader, 'r'))].map((t) => t.values[0]);
    reader.abort();
    expect(values).toContain(3);
    expect(told).toHaveLength(1);
  });
});
