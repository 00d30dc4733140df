/*
 * steady.test.ts — the steady point (src/storage/steady.ts): each checkpoint (without the
 * redo log: each group fsync) writes the next checksummed slot of data.steady with the
 * meta pages it covered; a torn slot leaves the previous one standing; opening after a
 * machine restart writes the steady meta pages back (and only then); 'statement' mode
 * removes the file; a format 2 database becomes 3; a write nobody waits for is still made
 * durable and moves the steady point. The redo log on top of it: redo.test.ts.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { open } from 'lmdb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { onFlushFailure, openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { failpoints } from '../../../src/common/failpoints.js';
import { STEADY_FILE, currentBootId, readSteadyPoint, restoreSteadyPoint } from '../../../src/storage/steady.js';
import { dispose, freshDatabase, i4, lone, rel, rows } from './helpers.js';
import { asVersion1, fromEarlierBoot } from '../../support/steady-slots.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

const SLOT = 4096;
/** commits acknowledged by a steady slot per group sync, not by the redo log (redo.test.ts) */
const LEGACY = { redo: false } as const;

/** data.steady's slots rewritten as if from an earlier boot of the machine */
function markEarlierBoot(directory: string): void {
  const path = join(directory, STEADY_FILE);
  writeFileSync(path, fromEarlierBoot(readFileSync(path)));
}

function metaBytes(directory: string): Buffer {
  const fd = openSync(join(directory, 'data.mdb'), 'r');
  try {
    const out = Buffer.alloc(2048);
    readSync(fd, out, 0, 1024, 0);
    readSync(fd, out, 1024, 1024, 4096);
    return out;
  } finally {
    closeSync(fd);
  }
}

async function table(d: DatabaseImpl): Promise<void> {
  await lone(d, (txn) => txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }] }));
}

describe('steady point', () => {
  test('every group fsync writes the next slot with the meta pages it covered', async () => {
    db = await freshDatabase(LEGACY);
    await table(db);
    const before = readSteadyPoint(db.directory);
    expect(before?.bootId).toBe(currentBootId());
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [1]));
    const after = readSteadyPoint(db.directory);
    expect(after?.seq).toBe((before?.seq ?? 0) + 1);
    expect(after?.txnId).toBeGreaterThan(before?.txnId ?? 0);
    // the point is exactly what lmdb has on disk now
    expect(after?.metas.equals(metaBytes(db.directory))).toBe(true);
    expect(readFileSync(join(db.directory, STEADY_FILE)).length).toBe(2 * SLOT);
  });

  test('a torn newest slot leaves the previous point standing', async () => {
    db = await freshDatabase(LEGACY);
    await table(db);
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [1]));
    const newest = readSteadyPoint(db.directory);
    const path = join(db.directory, STEADY_FILE);
    const bytes = readFileSync(path);
    const offset = ((newest?.seq ?? 0) % 2) * SLOT;
    bytes[offset + 200] = (bytes[offset + 200] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    expect(readSteadyPoint(db.directory)?.seq).toBe((newest?.seq ?? 0) - 1);
  });

  test('opening after a machine restart goes back to the steady point, and only then', async () => {
    db = await freshDatabase();
    await table(db);
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [1]));
    const directory = db.directory;
    await db.close();
    db = null;
    // a cleanly closed database: its meta pages are the steady point; nothing to restore
    markEarlierBoot(directory);
    expect(restoreSteadyPoint(directory).restored).toBeNull();
    // meta pages ahead of the steady point (commits no fsync covered): written back
    const point = readSteadyPoint(directory);
    const env = open({ path: directory, maxDbs: 12 });
    const meta = env.openDB<unknown, string>({ name: 'meta' });
    meta.transactionSync(() => meta.putSync('unsynced', 1), 0x10003 as never);
    await env.close();
    expect(metaBytes(directory).equals(point?.metas ?? Buffer.alloc(0))).toBe(false);
    const restore = restoreSteadyPoint(directory).restored;
    expect(restore?.toTxnId).toBe(point?.txnId);
    expect(restore?.fromTxnId).toBeGreaterThan(point?.txnId ?? 0);
    expect(metaBytes(directory).equals(point?.metas ?? Buffer.alloc(0))).toBe(true);
    db = await openDatabase(directory, 'test');
    expect(db.store.meta.get('unsynced')).toBeUndefined();
    const reader = db.begin('t');
    expect(rows(reader, 'r')).toEqual([[1]]);
    reader.abort();
    // the same boot: the point is current again, and a reopen restores nothing
    expect(readSteadyPoint(directory)?.bootId).toBe(currentBootId());
    expect(restoreSteadyPoint(directory)).toEqual({ restored: null, txnId: 0, replay: null });
  });

  test('a meta page torn by the crash is written over before anything judges it', async () => {
    db = await freshDatabase();
    await table(db);
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [7]));
    const directory = db.directory;
    await db.close();
    db = null;
    markEarlierBoot(directory);
    const fd = openSync(join(directory, 'data.mdb'), 'r+');
    try {
      writeSync(fd, Buffer.alloc(512), 0, 512, 0); // meta page 0's first sector lost: no magic
    } finally {
      closeSync(fd);
    }
    db = await openDatabase(directory, 'test');
    expect(db.steadyRestore).not.toBeNull();
    const reader = db.begin('t');
    expect(rows(reader, 'r')).toEqual([[7]]);
    reader.abort();
  });

  test('a data.mdb older than the steady point (a backup put back alone) is left as it is', async () => {
    db = await freshDatabase();
    await table(db);
    const directory = db.directory;
    await db.close();
    const backup = readFileSync(join(directory, 'data.mdb'));
    db = await openDatabase(directory, 'test');
    for (let n = 0; n < 5; n++) await lone(db, (txn) => txn.insert(rel(txn, 'r'), [n]));
    await db.close();
    db = null;
    writeFileSync(join(directory, 'data.mdb'), backup);
    markEarlierBoot(directory);
    expect(restoreSteadyPoint(directory)).toEqual({ restored: null, txnId: 0, replay: null });
    db = await openDatabase(directory, 'test');
    const reader = db.begin('t');
    expect(rows(reader, 'r')).toEqual([]);
    reader.abort();
  });

  test("'statement' mode removes the steady file; the next 'group' open writes it again", async () => {
    db = await freshDatabase();
    const directory = db.directory;
    await db.close();
    db = await openDatabase(directory, 'test', 'ingres', { sync: 'statement' });
    expect(existsSync(join(directory, STEADY_FILE))).toBe(false);
    await table(db);
    await db.close();
    db = await openDatabase(directory, 'test');
    await db.store.checkpoint();
    expect(readSteadyPoint(directory)?.metas.equals(metaBytes(directory))).toBe(true);
  });

  test.each([2, 3])('a format %i database opens and becomes format 4, with a redo log', async (format) => {
    db = await freshDatabase();
    const directory = db.directory;
    await table(db);
    await db.close();
    const env = open({ path: directory, maxDbs: 12 });
    const meta = env.openDB<unknown, string>({ name: 'meta' });
    meta.transactionSync(() => meta.putSync('format', format));
    await env.close();
    // format 2 had no steady file; format 3's slots had no redo position (version 1)
    writeFileSync(join(directory, STEADY_FILE), format === 2 ? Buffer.alloc(0) : asVersion1(readFileSync(join(directory, STEADY_FILE))));
    if (format === 3) expect(readSteadyPoint(directory)?.redo).toBeNull();
    db = await openDatabase(directory, 'test');
    expect(db.store.meta.get('format')).toBe(4);
    expect(readSteadyPoint(directory)?.bootId).toBe(currentBootId());
    expect(readSteadyPoint(directory)?.redo).not.toBeNull();
  });

  test('the next flush runs while a slot is written; each commit waits for its own slot', async () => {
    db = await freshDatabase(LEGACY);
    await table(db);
    const d = db;
    const before = d.store.syncs;
    failpoints.set('storage.slot=delay:2000@1');
    try {
      const first = d.begin('t', { singleStatement: true });
      first.statement(() => first.insert(rel(first, 'r'), [1]));
      const firstWrite = d.store.durability.written;
      let firstDone = false;
      const firstCommit = first.commit().then(() => { firstDone = true; });
      // the first flush returns and its slot waits at the failpoint
      await vi.waitFor(() => expect(d.store.durability.flushed).toBeGreaterThanOrEqual(firstWrite), { timeout: 5000, interval: 5 });
      expect(d.store.durability.synced).toBeLessThan(firstWrite);
      // a second commit's flush starts at once, while the first slot is still unwritten
      const second = d.begin('t', { singleStatement: true });
      second.statement(() => second.insert(rel(second, 'r'), [2]));
      let secondDone = false;
      const secondCommit = second.commit().then(() => { secondDone = true; });
      expect(d.store.syncs - before).toBe(2);
      expect(firstDone).toBe(false);
      await firstCommit;
      await secondCommit;
      expect(secondDone).toBe(true);
    } finally {
      failpoints.set('');
    }
    expect(readSteadyPoint(d.directory)?.metas.equals(metaBytes(d.directory))).toBe(true);
  });

  test('a slot that cannot be written fails the commit (8027) like a failed flush', async () => {
    db = await freshDatabase(LEGACY);
    await table(db);
    const told: unknown[] = [];
    onFlushFailure((error) => { told.push(error); });
    failpoints.set('storage.slot=error');
    try {
      const txn = db.begin('t', { singleStatement: true });
      txn.statement(() => txn.insert(rel(txn, 'r'), [1]));
      await expect(txn.commit()).rejects.toMatchObject({ code: 8027 });
      expect(told).toHaveLength(1);
    } finally {
      failpoints.set('');
      onFlushFailure(null);
    }
  });

  test('a write nobody waits for is made durable soon, and the steady point follows it', async () => {
    db = await freshDatabase(LEGACY);
    await table(db);
    const txn = db.begin('t');
    txn.statement(() => txn.insert(rel(txn, 'r'), [1])); // an open transaction's statement: no commit waits
    const { written } = db.store.durability;
    expect(db.store.durability.synced).toBeLessThan(written);
    const d = db;
    await vi.waitFor(() => expect(d.store.durability.synced).toBe(written), { timeout: 5000, interval: 10 });
    expect(readSteadyPoint(d.directory)?.metas.equals(metaBytes(d.directory))).toBe(true);
    txn.abort();
  });
});
