/*
 * redo.test.ts — the redo log (src/storage/redo.ts): a commit is acknowledged once its
 * record is on disk, and lmdb's pages follow at checkpoints. Crash images (a database
 * directory copied while it is open, its steady point marked as from an earlier boot)
 * must open with every acknowledged commit, through a checkpoint in flight, a torn last
 * record, and a transaction too big to log; failed writes stop the database (8027).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { onFlushFailure, openDatabase, type DatabaseImpl, type StorageOptions } from '../../../src/storage/index.js';
import { failpoints } from '../../../src/common/failpoints.js';
import { STEADY_FILE, readSteadyPoint } from '../../../src/storage/steady.js';
import { REDO_FILES } from '../../../src/storage/redo.js';
import { NO_TIMED_CHECKPOINTS, c, dispose, freshDatabase, i4, lone, rel, rows, tempDirectory } from './helpers.js';
import { fromEarlierBoot } from '../../support/steady-slots.js';

const opened: DatabaseImpl[] = [];
afterEach(async () => {
  failpoints.set('');
  onFlushFailure(null);
  for (const db of opened.splice(0)) await dispose(db).catch(() => undefined);
});


async function fresh(options: Parameters<typeof freshDatabase>[0] = NO_TIMED_CHECKPOINTS): Promise<DatabaseImpl> {
  const db = await freshDatabase(options);
  opened.push(db);
  await lone(db, (txn) => txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }] }));
  return db;
}

/**
 * A crash image of `db`'s directory as the disk could hold it after a power loss now:
 * data.mdb as given (the pages at the last checkpoint, or more of them), the steady point
 * and the redo files as they are, the steady point written in an earlier boot.
 */
function crashImage(db: DatabaseImpl, data: Buffer, edit?: (redo: Buffer[]) => void): string {
  const directory = tempDirectory();
  mkdirSync(directory);
  writeFileSync(join(directory, 'data.mdb'), data);
  writeFileSync(join(directory, STEADY_FILE), fromEarlierBoot(readFileSync(join(db.directory, STEADY_FILE))));
  const redo = REDO_FILES.map((file) => existsSync(join(db.directory, file)) ? readFileSync(join(db.directory, file)) : Buffer.alloc(0));
  edit?.(redo);
  REDO_FILES.forEach((file, index) => writeFileSync(join(directory, file), redo[index] as Buffer));
  return directory;
}

async function contents(directory: string, options?: StorageOptions): Promise<{ rows: unknown[][]; replayed: number }> {
  const db = await openDatabase(directory, 'test', 'ingres', options);
  opened.push(db);
  const reader = db.begin('check');
  const found = rows(reader, 'r');
  reader.abort();
  return { rows: found.sort((x, y) => (x[0] as number) - (y[0] as number)), replayed: db.steadyRestore?.replayed ?? 0 };
}

const dataOf = (db: DatabaseImpl): Buffer => readFileSync(join(db.directory, 'data.mdb'));
const ones = (from: number, to: number): number[][] => Array.from({ length: to - from + 1 }, (_v, k) => [from + k]);

describe('redo log', () => {
  test('a commit is acknowledged by its redo record, with no checkpoint', async () => {
    const db = await fresh();
    await db.store.checkpoint();
    const point = readSteadyPoint(db.directory);
    const syncs = db.store.syncs;
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [1]));
    const { written, synced, checkpointed } = db.store.durability;
    expect(synced).toBe(written);
    expect(checkpointed).toBeLessThan(written);
    expect(db.store.syncs - syncs).toBe(1);
    expect(readSteadyPoint(db.directory)?.seq).toBe(point?.seq);
    expect(readSteadyPoint(db.directory)?.redo?.seq).toBe(checkpointed);
  });

  test('a commit with no other transaction open writes its record on this thread at the end of the turn; with others open, on the pool with theirs', async () => {
    const db = await fresh();
    const r = (txn: ReturnType<DatabaseImpl['begin']>) => rel(txn, 'r');
    // alone: written at the end of this turn of the event loop, on this thread (so before
    // an immediate queued after the commit runs), with no pool write in flight
    const lone1 = db.begin('t');
    lone1.statement(() => lone1.insert(r(lone1), [1]));
    const first = lone1.commit();
    expect(db.store.durability.synced).toBeLessThan(db.store.durability.written);
    await new Promise((resolve) => setImmediate(resolve));
    expect(db.store.durability.synced).toBe(db.store.durability.written);
    await first;
    // another transaction open: the record goes to libuv's pool, acknowledged later
    const other = db.begin('t');
    const mine = db.begin('t');
    mine.statement(() => mine.insert(r(mine), [2]));
    const second = mine.commit();
    expect(db.store.durability.synced).toBeLessThan(db.store.durability.written);
    await second;
    expect(db.store.durability.synced).toBe(db.store.durability.written);
    other.abort();
    expect(rows(db.begin('t'), 'r').map((row) => row[0]).sort()).toEqual([1, 2]);
  });

  test('after a power loss the redo records bring back every acknowledged commit, whatever later pages reached the disk', async () => {
    const db = await fresh();
    await db.store.checkpoint();
    const atCheckpoint = dataOf(db);
    for (let n = 1; n <= 20; n++) await lone(db, (txn) => txn.insert(rel(txn, 'r'), [n]));
    // a transaction of several statements, committed
    const several = db.begin('t');
    for (let n = 21; n <= 25; n++) several.statement(() => several.insert(rel(several, 'r'), [n]));
    several.statement(() => several.delete(rel(several, 'r'), [...several.scan(rel(several, 'r'))].find((t) => t.values[0] === 3)?.ref as Buffer));
    await several.commit();
    // and one still open, whose statements' records are on disk too: recovery undoes it
    const open = db.begin('t');
    open.statement(() => open.insert(rel(open, 'r'), [99]));
    await db.store.durable();
    expect(db.store.durability.checkpointed).toBeLessThan(db.store.durability.written);
    const expected = ones(1, 25).filter(([n]) => n !== 3);
    for (const data of [atCheckpoint, dataOf(db)]) {
      const image = await contents(crashImage(db, data));
      expect(image.rows).toEqual(expected);
      expect(image.replayed).toBeGreaterThanOrEqual(22);
    }
    // opened in 'statement' mode: replayed too, and then its files go
    const statementImage = crashImage(db, atCheckpoint);
    expect((await contents(statementImage, { sync: 'statement' })).rows).toEqual(expected);
    expect([STEADY_FILE, ...REDO_FILES].filter((file) => existsSync(join(statementImage, file)))).toEqual([]);
    open.abort();
  });

  test('a torn last record ends the replay; every commit before it is there', async () => {
    const db = await fresh();
    await db.store.checkpoint();
    const atCheckpoint = dataOf(db);
    for (let n = 1; n <= 6; n++) await lone(db, (txn) => txn.insert(rel(txn, 'r'), [n]));
    const file = readSteadyPoint(db.directory)?.redo?.file ?? 0;
    const image = crashImage(db, atCheckpoint, (redo) => {
      const bytes = redo[file] as Buffer;
      const last = bytes.lastIndexOf(Buffer.from('1CER', 'ascii')); // the last record's magic, little-endian "REC1"
      expect(last).toBeGreaterThan(0);
      bytes[last + 30] = (bytes[last + 30] ?? 0) ^ 0xff;
    });
    expect((await contents(image)).rows).toEqual(ones(1, 5));
  });

  test('commits go on while a checkpoint writes its slot, and the replay follows them into the next redo file', async () => {
    const db = await fresh();
    await db.store.checkpoint();
    const atCheckpoint = dataOf(db);
    for (let n = 1; n <= 3; n++) await lone(db, (txn) => txn.insert(rel(txn, 'r'), [n]));
    const before = readSteadyPoint(db.directory);
    failpoints.set('storage.slot=delay:3000@1');
    const checkpoint = db.store.checkpoint();
    await vi.waitFor(() => expect(db.store.durability.flushed).toBe(db.store.durability.written), { timeout: 5000, interval: 5 });
    for (let n = 4; n <= 8; n++) await lone(db, (txn) => txn.insert(rel(txn, 'r'), [n]));
    // acknowledged while the slot still waits: the old point stands, and the records after
    // the new point went to the other file
    expect(readSteadyPoint(db.directory)?.seq).toBe(before?.seq);
    expect((await contents(crashImage(db, atCheckpoint))).rows).toEqual(ones(1, 8));
    await checkpoint;
    expect(readSteadyPoint(db.directory)?.redo?.file).toBe(1 - (before?.redo?.file ?? 0));
    expect((await contents(crashImage(db, dataOf(db)))).rows).toEqual(ones(1, 8));
  });

  test('a transaction too big to log is acknowledged by a checkpoint, and later ones by the log again', async () => {
    const db = await fresh();
    await lone(db, (txn) => txn.createRelation({ name: 'big', owner: 't', attributes: [{ name: 'a', type: i4 }, { name: 'pad', type: c(200) }] }));
    const pad = 'x'.repeat(200);
    await lone(db, (txn) => { for (let n = 0; n < 25_000; n++) txn.insert(rel(txn, 'big'), [n, `${pad}${n}`]); });
    const afterBig = db.store.durability;
    expect(afterBig.checkpointed).toBe(afterBig.written);
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [1]));
    expect(db.store.durability.checkpointed).toBe(afterBig.checkpointed);
    expect((await contents(crashImage(db, dataOf(db)))).rows).toEqual([[1]]);
  });

  test('a write nobody waits for reaches a checkpoint within checkpointMs', async () => {
    const db = await fresh({ checkpointMs: 50 });
    const txn = db.begin('t');
    txn.statement(() => txn.insert(rel(txn, 'r'), [1]));
    const { written } = db.store.durability;
    await vi.waitFor(() => expect(db.store.durability.checkpointed).toBeGreaterThanOrEqual(written), { timeout: 5000, interval: 10 });
    txn.abort();
  });

  test('a checkpoint follows every checkpointWrites write transactions', async () => {
    const db = await fresh({ checkpointMs: 600_000, checkpointWrites: 10 });
    await db.store.checkpoint();
    const from = db.store.durability.checkpointed;
    for (let n = 1; n <= 12; n++) await lone(db, (txn) => txn.insert(rel(txn, 'r'), [n]));
    await vi.waitFor(() => expect(db.store.durability.checkpointed).toBeGreaterThanOrEqual(from + 10), { timeout: 5000, interval: 5 });
  });

  test('under sustained updates the checkpoints let lmdb reuse pages: data.mdb stops growing', async () => {
    const db = await fresh({});
    await lone(db, (txn) => {
      const acct = txn.createRelation({ name: 'acct', owner: 't', attributes: [{ name: 'id', type: i4 }, { name: 'pad', type: c(80) }] });
      for (let n = 0; n < 20_000; n++) txn.insert(acct, [n, 'x'.repeat(80)]);
    });
    await lone(db, (txn) => txn.modifyRelation('acct', { structure: 'hash', keys: [{ attribute: 'id', order: 'ascending' }] }));
    const update = (round: number): Promise<void> => lone(db, (txn) => {
      const acct = rel(txn, 'acct');
      for (const id of [round % 20_000, (round * 7919) % 20_000, (round * 104_729) % 20_000]) {
        for (const t of [...txn.seekEqual(acct, [id])]) txn.update(acct, t.ref, [id, `${round}`.padEnd(80, 'y')]);
      }
    });
    for (let round = 0; round < 2000; round++) await update(round);
    const settled = statSync(join(db.directory, 'data.mdb')).size;
    for (let round = 2000; round < 8000; round++) await update(round);
    // 6,000 more transactions, each copying the pages it changes (~12 KB), fit in the room
    // the first 2,000 left: the pages they free are reused once a checkpoint releases them.
    // Alone this grows 0 bytes. What a checkpoint pins grows with the transactions it spans,
    // so a checkpoint slowed by the rest of a full `npm test` grew the file once by 4 MB;
    // with checkpoints only when the redo file is half full (~1,300 transactions) it grows
    // 2 MB. The bound catches pages never released again: ~70 MB here.
    expect(statSync(join(db.directory, 'data.mdb')).size - settled).toBeLessThan(16 * 1024 * 1024);
  }, 60_000);

  test('a checkpoint slot that cannot be written stops the database (8027)', async () => {
    const db = await fresh();
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [1]));
    const told: unknown[] = [];
    onFlushFailure((error) => { told.push(error); });
    failpoints.set('storage.slot=error');
    await expect(db.store.checkpoint()).rejects.toMatchObject({ code: 8027 });
    expect(told).toHaveLength(1);
    const txn = db.begin('t', { singleStatement: true });
    expect(() => txn.statement(() => txn.insert(rel(txn, 'r'), [2]))).toThrow(/8027|could not be flushed/);
  });

  test('a redo write that finds no room (a full disk) is acknowledged by a checkpoint instead; the database goes on', async () => {
    const db = await fresh();
    await db.store.checkpoint();
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [1]));
    const told: unknown[] = [];
    onFlushFailure((error) => { told.push(error); });
    failpoints.set('storage.redo=error');
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [2]));
    expect(db.store.durability.checkpointed).toBe(db.store.durability.written);
    failpoints.set('');
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [3]));
    expect(db.store.durability.checkpointed).toBeLessThan(db.store.durability.written);
    expect(told).toEqual([]);
    expect(db.store.poisoned).toBeNull();
    expect((await contents(crashImage(db, dataOf(db)))).rows).toEqual(ones(1, 3));
  });

  test('a checkpoint that ends after its environment was closed under it (a simulated kill) ends quietly', async () => {
    const db = await fresh();
    await lone(db, (txn) => txn.insert(rel(txn, 'r'), [1]));
    failpoints.set('storage.slot=delay:300@1');
    const checkpoint = db.store.checkpoint().then(() => 'checkpointed', () => 'refused');
    await vi.waitFor(() => expect(db.store.durability.flushed).toBe(db.store.durability.written), { timeout: 5000, interval: 5 });
    await db.env.close(); // the slot write is still held up: it ends after this
    expect(await checkpoint).toMatch(/checkpointed|refused/);
    opened.splice(opened.indexOf(db), 1);
  });

  test('a cleanly closed database needs no replay, and its redo records are never applied twice', async () => {
    const db = await fresh();
    for (let n = 1; n <= 4; n++) await lone(db, (txn) => txn.insert(rel(txn, 'r'), [n]));
    const directory = db.directory;
    await db.close();
    const copy = tempDirectory();
    mkdirSync(copy);
    for (const file of ['data.mdb', STEADY_FILE, ...REDO_FILES]) copyFileSync(join(directory, file), join(copy, file));
    writeFileSync(join(copy, STEADY_FILE), fromEarlierBoot(readFileSync(join(copy, STEADY_FILE))));
    const image = await contents(copy);
    expect(image.rows).toEqual(ones(1, 4));
    expect(image.replayed).toBe(0);
  });
});
