/*
 * store.ts — one lmdb environment and its fixed DBIs, and the tuple-level operations of
 * every storage structure on top of them: key building (keys.ts), scans and seeks, and
 * physical writes that report their before-image to an UndoSink (the transaction's undo
 * log). Durability: every put and delete is captured for the redo log (redo.ts), group
 * commit acknowledges by it, and checkpoints move the steady point (steady.ts).
 */
import { mark } from '../common/timeline.js';
import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { open } from 'lmdb';
import type { Database as LmdbDatabase, RootDatabase, Transaction as LmdbTransaction, TransactionFlags } from 'lmdb';
import { assert, type IngresError } from '../common/errors.js';
import { statementGate } from '../common/statement-gate.js';
import { failpoint } from '../common/failpoints.js';
import { damaged, storageSyncError, storageWriteError } from './io-errors.js';
import type { Value } from '../types/value.js';
import { compareRows, compareValues } from '../types/collation.js';
import type { CatalogHistory, KeyBound, RelationDesc, StoredTuple } from './api.js';
import { FIRST_USER_ID } from '../catalog/schema.js';
import { HashSet32 } from '../common/hash-set32.js';
import { KeyWriter, REL_ID_BYTES, TID_BYTES, keyForm, prefixEnd, relStart, tidAt, tupleHash, exactTupleHash } from './keys.js';
import { CachePool, RelationBuilder, TupleCache } from './tuple-cache.js';
import { SteadyFile, pageSizeOf, readMetas, readSteadyPoint, type RedoPosition } from './steady.js';
import { REDO_FILE_BYTES, RedoCapture, RedoLog, readRedo } from './redo.js';
import { msgpackFits } from './value-shape.js';

/** Where a value lmdb-js hands its decoder ends: the size it passes (a number, or msgpackr's
 *  `{ end }`), else the buffer's length (lmdb-js sets it to the value's on its shared buffer). */
function valueEnd(bytes: Uint8Array, size: number | { end?: number } | undefined): number {
  if (typeof size === 'number' && size >= 0) return size;
  if (typeof size === 'object' && size !== null && typeof size.end === 'number' && size.end > 0) return size.end;
  return bytes.length;
}

export type TupleDbi = LmdbDatabase<Value[], Buffer>;
export type IndexDbi = LmdbDatabase<Buffer, Buffer>;

/** DBI codes used in undo records */
export const DBI_CATALOG = 0;
export const DBI_TUPLES = 1;
export const DBI_INDEX = 2;
/** and the others, as redo records name them */
export const DBI_META = 3;
export const DBI_TXNLOG = 4;
export const DBI_TMLOG = 5;

/** Receives the before-image of a key just before it is written. undefined = absent. */
export interface UndoSink {
  record(dbi: number, key: Buffer, prior: Value[] | Buffer | undefined): void;
  /**
   * A new tuple key of a heap: keys of a heap grow with the tid and the writer holds X on
   * the relation, so one record per transaction and relation ("remove every key from this
   * one on") undoes all its heap inserts.
   */
  recordHeapInsert(dbi: number, key: Buffer): void;
}

/** How a relation's tuple keys are built from its values. */
interface KeyPlan {
  readonly mode: 'heap' | 'sorted' | 'hash';
  /** attribute positions written into the key, in order */
  readonly columns: readonly number[];
  readonly descending: readonly boolean[];
  /** keyed structures drop duplicate tuples (sameTuple) on insert */
  readonly dropsDuplicates: boolean;
}

/** An index's key plan: base attribute positions of its key domains. */
export interface IndexPlan {
  readonly index: RelationDesc;
  readonly columns: readonly number[];
}

export const ENV_FILE = 'data.mdb';
/** budget of the tuple cache: bytes of its columns, nearly all off the JS heap (tuple-cache.ts) */
export const TUPLE_CACHE_BYTES_MAX = 256 * 1024 * 1024;
/** a bulk load asks whether its statement held the thread too long every 4,096 tuples */
const HOLD_CHECK_MASK = 4095;

/** decoded tuples of the cache kept pinned (estimated JS heap bytes); more may live until
 *  the GC takes them */
export const TUPLE_CACHE_DECODED_BYTES_MAX = 64 * 1024 * 1024;
/** the budgets above are the process's (the host's), shared by every open database */
export const HOST_CACHE_POOL = new CachePool(TUPLE_CACHE_BYTES_MAX, TUPLE_CACHE_DECODED_BYTES_MAX);

/**
 * Durability modes. 'group' (default): statements commit with MDB_NOSYNC (visible, and
 * safe against a killed process since the page cache survives), and a commit is
 * acknowledged only after an fsync of the environment that started after it (one sync
 * serves every session waiting at that moment: group commit, off the JS thread).
 * 'statement': every lmdb transaction is synced before it returns (overlappingSync off,
 * lmdb's default durable commit); slower, and also keeps the environment intact if the
 * machine loses power between a statement and its commit.
 */
export type SyncMode = 'group' | 'statement';

export interface StorageOptions {
  readonly sync?: SyncMode;
  /** lock waits longer than this end with 6002 (0 = no limit; deadlocks are still found) */
  readonly lockTimeoutMs?: number;
  /** 'group' mode: acknowledge commits by the redo log (default true); false: by a steady
   *  point per group sync (two ordered flushes; kept to measure one against the other) */
  readonly redo?: boolean;
  /** with the redo log: the longest time between checkpoints while anything is written
   *  (default CHECKPOINT_MS), and the most write transactions (default CHECKPOINT_WRITES) */
  readonly checkpointMs?: number;
  readonly checkpointWrites?: number;
}

/** A lazy durability waiter gets a sync of its own after this long, if no other came first;
 *  so does any write nobody waits for (the steady point and its pinned pages move on). */
const LAZY_SYNC_MS = 50;

/** With the redo log: a checkpoint (the steady point) at least this often while anything
 *  was written since the last one, and after this many write transactions. The pin
 *  keeps lmdb from reusing pages freed since; with 100–200 ms between checkpoints under
 *  ~2,800 write transactions/s, lmdb-js's allocator grew data.mdb by ~0.6 MB/s without
 *  end, and with 50 ms not at all (scratch growth.mjs, 12-04). */
const CHECKPOINT_MS = 50;
const CHECKPOINT_WRITES = 128;
/** and when the active redo file is half full (the next one starts; neither grows past
 *  REDO_FILE_BYTES unless a checkpoint is slow) */
const CHECKPOINT_REDO_BYTES = REDO_FILE_BYTES / 2;
/** a write transaction whose operations encode to more than this is not logged: its
 *  commit waits for a checkpoint instead (a bulk load or a modify) */
const REDO_TRANSACTION_MAX = REDO_FILE_BYTES / 2;

/** lmdb-js TransactionFlags: ABORTABLE | SYNCHRONOUS_COMMIT, plus NO_SYNC_FLUSH (MDB_NOSYNC) */
const TXN_DURABLE = 0x3;
const TXN_NOSYNC = 0x10003;

/** what the process does when a commit could not be flushed (the daemon: log it and exit) */
let flushFailureHandler: ((error: IngresError) => void) | null = null;

export function onFlushFailure(handler: ((error: IngresError) => void) | null): void {
  flushFailureHandler = handler;
}

/**
 * Tests: the outermost write transaction's pages do not fit (failpoint `storage.write`,
 * action `error`): it fails as lmdb fails a commit on a full disk, ENOSPC, and rolls back.
 */
function pagesWritten<T>(result: T): T {
  try {
    void failpoint('storage.write');
  } catch (error) {
    throw Object.assign(new Error(`ENOSPC: no space left on device (${error instanceof Error ? error.message : String(error)})`), { code: 'ENOSPC' });
  }
  return result;
}

export function openEnv(directory: string, _mode: SyncMode): RootDatabase {
  return open({
    path: directory,
    maxDbs: 12,
    maxReaders: 512,
    // pass the durability-relevant options explicitly (STYLE: never trust defaults);
    // overlappingSync would sync inside every synchronous commit, defeating group commit
    overlappingSync: false,
    noSync: false,
    noMetaSync: false,
    useWritemap: false,
    readOnly: false,
  });
}

/** a stored tuple an insert or update found equal to its own */
interface StoredDuplicate {
  readonly key: Buffer;
  readonly value: Value[];
}

/** Exact order of two equal-length tuples (chars by their UTF-16 units, blanks counted). */
function compareExactly(a: readonly Value[], b: readonly Value[]): number {
  for (let index = 0; index < a.length; index++) {
    const x = a[index] as Value;
    const y = b[index] as Value;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** Duplicates: every value equal as QUEL compares it (chars blank-insensitively, as
 *  INGRES's dup_check and ksort did; -0 = 0). */
export function sameTuple(a: readonly Value[], b: readonly Value[]): boolean {
  return a.length === b.length && compareRows(a, b) === 0;
}

/** The key space of the catalog history in the catalog DBI (no relation has id 0). */
export const CATALOG_HISTORY_ID = 0;

function historyKey(seq: number): Buffer {
  const out = Buffer.allocUnsafe(REL_ID_BYTES + 4);
  out.writeUInt32BE(CATALOG_HISTORY_ID, 0);
  out.writeUInt32BE(seq, REL_ID_BYTES);
  return out;
}

/**
 * Apply the redo records after the steady point `position` (opening after a machine
 * restart, before anything else writes): every commit acknowledged after the last
 * checkpoint, in order, as one lmdb write transaction. Returns how many were applied.
 * A database never written with a redo log has nothing to apply.
 */
export function replayRedo(env: RootDatabase, directory: string, position: RedoPosition): number {
  const raw = new Map<number, LmdbDatabase<Buffer, Buffer | string>>([
    [DBI_CATALOG, env.openDB({ name: 'catalog', keyEncoding: 'binary', encoding: 'binary' })],
    [DBI_TUPLES, env.openDB({ name: 'tuples', keyEncoding: 'binary', encoding: 'binary' })],
    [DBI_INDEX, env.openDB({ name: 'index', keyEncoding: 'binary', encoding: 'binary' })],
    [DBI_META, env.openDB({ name: 'meta', encoding: 'binary' })],
    [DBI_TXNLOG, env.openDB({ name: 'txnlog', keyEncoding: 'binary', encoding: 'binary' })],
    [DBI_TMLOG, env.openDB({ name: 'tmlog', encoding: 'binary' })],
  ]);
  let applied = 0;
  env.transactionSync(() => {
    readRedo(directory, position.epoch, position.seq, position.file, (_seq, ops) => {
      for (const op of ops) {
        const dbi = raw.get(op.dbi);
        if (dbi === undefined) throw new Error(`redo record names an unknown DBI ${op.dbi}`);
        if (op.op === 'put') dbi.putSync(op.key, op.value as Buffer);
        else dbi.removeSync(op.key);
      }
      applied++;
    });
  }, TXN_NOSYNC as unknown as TransactionFlags);
  return applied;
}

/** Give a pin back; one whose environment was closed under it is gone already. */
function release(pin: LmdbTransaction | null): void {
  if (pin === null) return;
  try {
    pin.done();
  } catch {
    // lmdb-js: "The transaction is already closed" (the environment closed first)
  }
}

export class Store {
  readonly catalog: TupleDbi;
  readonly tuples: TupleDbi;
  readonly index: IndexDbi;
  readonly meta: LmdbDatabase<unknown, string>;
  readonly txnlog: LmdbDatabase<unknown, Buffer>;
  /** the transaction managers' decisions (tm/tm.ts) */
  readonly tmlog: LmdbDatabase<unknown, string>;
  private readonly writer = new KeyWriter();
  private readonly plans = new WeakMap<RelationDesc, KeyPlan>();
  /** > 0 while a statement's lmdb write transaction is open */
  writeDepth = 0;
  /** next tuple id (global to the database; persisted in meta at the end of statements) */
  nextTid = 1;
  persistedTid = 0;

  /** lmdb write transactions committed so far / covered by a finished fsync of data.mdb /
   *  durable (flushed and, with a steady file, its slot written too) */
  private writeSeq = 0;
  private flushedSeq = 0;
  private syncedSeq = 0;
  /** the fdatasync of data.mdb in flight (one at a time) */
  private flushInFlight = false;
  /** the newest flushed point whose steady slot is still to be written (a newer one
   *  supersedes it), and the slot write in flight: the next flush overlaps this write */
  private flushedPoint: { target: number; pin: LmdbTransaction; metas: Buffer; redo: RedoPosition | null } | null = null;
  private slotInFlight = false;
  private readonly syncWaiters: { target: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  /** a sync due for lazy waiters (durable({ lazy: true })) when no other one comes first */
  private lazyTimer: NodeJS.Timeout | null = null;
  /** our own descriptor of data.mdb: fdatasync of it is what lmdb's env.sync does here */
  private dataFd: number | null = null;
  /** data.steady ('group' mode, a database directory): the last fsync's meta pages */
  private steady: SteadyFile | null = null;
  /** a read transaction on the snapshot of the durable steady point: lmdb reuses none of
   *  its pages, so the environment can always be opened there after a machine crash */
  private steadyPin: LmdbTransaction | null = null;
  private closedSyncs = false;

  /** relations with this id or a higher one have only keys with the collated tuple hash
   *  (database.ts sets it when the database opens; lower ids may hold keys written before
   *  12-07, with the exact hash: legacyPrefix). Until it is set, every relation may. */
  collatedFrom = Number.MAX_SAFE_INTEGER;

  /** the redo log ('group' mode with a steady file): commits are acknowledged when their
   *  records are on disk, and checkpoints (the steady point) every CHECKPOINT_MS */
  private redo: RedoLog | null = null;
  /** the operations of the write transaction in progress (redo on) */
  private readonly capture = new RedoCapture(REDO_TRANSACTION_MAX);
  /** the write transaction the durable steady point holds (redo on) */
  private checkpointSeq = 0;
  /** write transactions after it committed without a redo record (too big): their
   *  acknowledgement, and every later one's, waits for a checkpoint that covers them */
  private readonly unlogged: number[] = [];
  private checkpointTimer: NodeJS.Timeout | null = null;
  private lastCheckpointAt = 0;

  private readonly checkpointMs: number;
  private readonly checkpointWrites: number;

  constructor(readonly env: RootDatabase, readonly syncMode: SyncMode = 'group', private readonly dataFile: string | null = null,
    options: Pick<StorageOptions, 'checkpointMs' | 'checkpointWrites'> = {}) {
    this.checkpointMs = options.checkpointMs ?? CHECKPOINT_MS;
    this.checkpointWrites = options.checkpointWrites ?? CHECKPOINT_WRITES;
    this.catalog = this.logged(env.openDB<Value[], Buffer>({ name: 'catalog', keyEncoding: 'binary' }), DBI_CATALOG);
    this.tuples = this.logged(env.openDB<Value[], Buffer>({ name: 'tuples', keyEncoding: 'binary' }), DBI_TUPLES);
    this.index = this.logged(env.openDB<Buffer, Buffer>({ name: 'index', keyEncoding: 'binary', encoding: 'binary' }), DBI_INDEX);
    this.meta = this.logged(env.openDB<unknown, string>({ name: 'meta' }), DBI_META);
    this.txnlog = this.logged(env.openDB<unknown, Buffer>({ name: 'txnlog', keyEncoding: 'binary' }), DBI_TXNLOG);
    this.tmlog = this.logged(env.openDB<unknown, string>({ name: 'tmlog' }), DBI_TMLOG);
    for (const dbi of [this.catalog, this.tuples, this.meta, this.txnlog, this.tmlog]) this.guardDecoder(dbi);
  }

  /**
   * A stored value whose bytes no longer decode (garbled on disk: verify.ts checks the
   * pages, not what is inside a value) is 8008 naming the database, not msgpack's own
   * error (9000 to the user). The DBI's decoder is lmdb-js's msgpack instance, per DBI.
   * Its lengths and counts are checked first (value-shape.ts): msgpackr trusts them.
   */
  private guardDecoder(dbi: unknown): void {
    const decoder = (dbi as { decoder?: { decode(bytes: Uint8Array, size?: number | { end?: number }): unknown } | null }).decoder;
    if (decoder === undefined || decoder === null) return;
    const decode = decoder.decode.bind(decoder);
    decoder.decode = (bytes, size) => {
      // a garbled count or length: msgpackr would decode the memory past the value
      if (!msgpackFits(bytes, valueEnd(bytes, size))) {
        throw damaged(this.databaseName(), 'a stored value cannot be decoded (a length or count runs past its end)');
      }
      try {
        return decode(bytes, size);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw damaged(this.databaseName(), `a stored value cannot be decoded (${reason.slice(0, 80)})`, error);
      }
    };
  }

  /**
   * Every put and delete of `dbi` is also captured for the redo log, the value as the
   * DBI's own encoder writes it; one outside a write transaction gets one of its own.
   */
  private logged<D>(dbi: D, code: number): D {
    const target = dbi as unknown as {
      putSync(key: unknown, value: unknown, ...rest: unknown[]): unknown;
      removeSync(key: unknown, ...rest: unknown[]): unknown;
      encoder?: { encode(value: unknown): Uint8Array } | null;
    };
    const put = target.putSync.bind(target);
    const remove = target.removeSync.bind(target);
    const encoder = target.encoder ?? null;
    target.putSync = (key, value, ...rest) => {
      if (this.writeDepth === 0) return this.write(() => target.putSync(key, value, ...rest));
      const result = put(key, value, ...rest);
      const capture = this.capture;
      if (this.redo !== null && !capture.overflowed) capture.put(code, key as Uint8Array | string, encoder === null ? value as Uint8Array : encoder.encode(value));
      return result;
    };
    target.removeSync = (key, ...rest) => {
      if (this.writeDepth === 0) return this.write(() => target.removeSync(key, ...rest));
      const result = remove(key, ...rest);
      if (result !== false && this.redo !== null) this.capture.delete(code, key as Uint8Array | string);
      return result;
    };
    return dbi;
  }

  /** Run fn in one synchronous lmdb write transaction (atomic: a throw rolls it back). */
  write<T>(fn: () => T): T {
    if (this.poisoned !== null) throw this.poisoned;
    const outer = this.writeDepth === 0;
    const mark = this.capture.mark;
    if (outer) this.capture.clear();
    this.writeDepth++;
    let committed = false;
    try {
      const flags = (this.syncMode === 'group' ? TXN_NOSYNC : TXN_DURABLE) as unknown as TransactionFlags;
      const result = this.env.transactionSync(outer ? () => pagesWritten(fn()) : fn, flags);
      committed = true;
      if (outer) this.committed();
      return result;
    } catch (error) {
      // lmdb rolled the transaction back (a nested one: only its own part); a failed page
      // write (a full disk) gets a number
      if (!outer) this.capture.resetTo(mark);
      throw storageWriteError(error, this.databaseName(), this.dataDirectory());
    } finally {
      this.writeDepth--;
      if (this.writeDepth === 0) this.warmQueued(committed);
    }
  }

  /** an outermost write transaction committed: its sequence number, and its redo record */
  private committed(): void {
    const seq = ++this.writeSeq;
    const redo = this.redo;
    if (redo !== null) {
      if (this.capture.overflowed) this.unlogged.push(seq);
      else redo.append(seq, this.capture.record(redo.epoch, seq));
      // records nobody waits for still go out once enough are queued
      if (redo.pendingBytes > REDO_TRANSACTION_MAX) this.writeRedo();
      if (seq - this.checkpointSeq >= this.checkpointWrites) this.startSync(true);
      else this.armCheckpoint();
    } else if (this.steady !== null && this.lazyTimer === null && !this.flushInFlight) {
      this.armLazySync();
    }
  }

  /** relations to read into the tuple cache once the outermost write transaction commits */
  private readonly warmQueue: (() => RelationDesc | undefined)[] = [];

  /**
   * After this write transaction commits, read the relation `current()` names then into
   * the tuple cache (a complete scan, as a reader's would): modify and copy rewrite or fill
   * a whole relation, and the reads that follow them should not each pay lmdb + msgpack
   * for what was just written (a buffer pool keeps the pages a bulk write leaves). Nothing
   * is read when the transaction rolls back or the relation cannot fit the budget.
   */
  warmAfterWrite(current: () => RelationDesc | undefined): void {
    assert(this.writeDepth > 0, 'warm outside a write');
    this.warmQueue.push(current);
  }

  private warmQueued(committed: boolean): void {
    const queued = this.warmQueue.splice(0);
    if (!committed) return;
    for (const current of queued) {
      // an optimisation only: the write has committed, so nothing here may fail it
      try {
        const desc = current();
        if (desc === undefined || !this.cacheable(desc) || this.tupleCache.has(desc.id)) continue;
        if (!RelationBuilder.mayFit(desc, TUPLE_CACHE_BYTES_MAX)) continue;
        for (const tuple of this.scan(desc)) void tuple;
      } catch {
        // the relation stays uncached; the next complete scan fills it
      }
    }
  }

  /** set by a failed flush (8027): every later write and durability wait fails with it */
  poisoned: IngresError | null = null;

  /** syncs started so far (group commit: tests count them) */
  syncs = 0;

  /** write transactions committed so far, how many a finished fdatasync of data.mdb
   *  covers, how many are durable (acknowledged: a redo record or a steady slot written),
   *  and how many the durable steady point holds (redo on: the last checkpoint) */
  get durability(): { readonly written: number; readonly flushed: number; readonly synced: number; readonly checkpointed: number } {
    return { written: this.writeSeq, flushed: this.flushedSeq, synced: this.syncedSeq, checkpointed: this.checkpointSeq };
  }

  /**
   * Resolves when every write transaction committed before this call is on disk. `lazy`:
   * do not start a sync for it; the next one started for anyone else covers it, or one
   * starts after LAZY_SYNC_MS (a 2PC participant's commit after COM_ABT: nobody waits for its
   * ack, and an eager sync of its own would delay the next transaction's prepare sync).
   * `alone`: no other transaction is open: if by the end of this turn of the event loop no
   * other commit waits either, the redo record is written on this thread (saves the
   * hand-over to libuv's pool and back, ~0.06 ms idle; TPC-B with 1 client +4–8% side by
   * side). Otherwise the write goes to the pool, and commits meanwhile share the next one
   * (group commit).
   */
  durable(options?: { readonly lazy?: boolean; readonly alone?: boolean }): Promise<void> {
    const target = this.writeSeq;
    if (this.poisoned !== null) return Promise.reject(this.poisoned);
    if (this.syncMode === 'statement' || this.syncedSeq >= target) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      // acknowledged on the next turn of the event loop, never inside this call: a run of
      // lone commits (a script of appends) must let timers and I/O in between, or the
      // checkpoints' completions and the daemon's heartbeats would wait for its end
      this.syncWaiters.push({ target, resolve: () => setImmediate(resolve), reject });
      if (options?.lazy !== true) this.kick(options?.alone === true);
      else this.armLazySync();
    });
  }

  /** Move durability on for the waiters: the redo log's next write, and a checkpoint when
   *  a waiter's transaction (or one before it) has no redo record. */
  private kick(alone = false): void {
    if (this.redo === null) {
      this.startSync();
      return;
    }
    const firstUnlogged = this.unlogged[0];
    if (firstUnlogged !== undefined && this.syncWaiters.some((waiter) => waiter.target >= firstUnlogged)) this.startSync();
    if (!alone) {
      this.writeRedo();
      return;
    }
    // a lone commit: on this thread, once this turn's other work has run (commits of other
    // sessions read in the same turn then share the write, on the pool as before)
    if (this.loneWriteArmed) return;
    this.loneWriteArmed = true;
    setImmediate(() => {
      this.loneWriteArmed = false;
      this.writeRedo(this.syncWaiters.length === 1);
    });
  }

  private loneWriteArmed = false;

  /**
   * Resolves when a checkpoint holds every write transaction committed before this call
   * (redo on; otherwise as durable()): closing makes one, so a closed database needs no
   * redo record, and tests use it to know where the steady point is.
   */
  checkpoint(): Promise<void> {
    if (this.redo === null) return this.durable();
    const target = this.writeSeq;
    if (this.poisoned !== null) return Promise.reject(this.poisoned);
    if (this.checkpointSeq >= target) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.checkpointWaiters.push({ target, resolve, reject });
      this.startSync();
    });
  }

  private readonly checkpointWaiters: { target: number; resolve: () => void; reject: (error: Error) => void }[] = [];

  /** a sync LAZY_SYNC_MS from now, unless one starts before */
  private armLazySync(): void {
    this.lazyTimer ??= setTimeout(() => {
      this.lazyTimer = null;
      if (this.redo !== null) this.kick();
      else this.startSync(true);
    }, LAZY_SYNC_MS);
    this.lazyTimer.unref();
  }

  /** a checkpoint CHECKPOINT_MS after the last one, for what was written since */
  private armCheckpoint(): void {
    if (this.checkpointTimer !== null || this.closedSyncs) return;
    const due = Math.max(0, this.lastCheckpointAt + this.checkpointMs - Date.now());
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      this.startSync(true);
    }, due);
    this.checkpointTimer.unref();
  }

  /**
   * Write the queued redo records (one O_DSYNC write, on libuv's pool); when it is on disk,
   * acknowledge the waiters it covers. One write at a time: records committed meanwhile go
   * in the next one (group commit).
   */
  private writeRedo(sync = false): void {
    const redo = this.redo;
    if (redo === null || !redo.pending || redo.busy || this.closedSyncs || this.poisoned !== null) return;
    try {
      void failpoint('storage.fsync');
    } catch {
      this.syncFailed(Object.assign(new Error('redo log write: input/output error (failpoint storage.fsync)'), { code: 'EIO' }), null);
      return;
    }
    if (this.lazyTimer !== null) clearTimeout(this.lazyTimer);
    this.lazyTimer = null;
    this.syncs++;
    this.ioInFlight++;
    mark('redo.write', redo.pendingBytes);
    const started = redo.flush((error, noRoom) => {
      mark('redo.written');
      if (this.ioDone()) return;
      if (error !== null) {
        this.syncFailed(error, null);
        return;
      }
      if (noRoom !== null) {
        // a full file system: those commits (and every later one) wait for a checkpoint,
        // which needs no new room (data.mdb's pages are written already, the slot is in place)
        let at = this.unlogged.length;
        while (at > 0 && (this.unlogged[at - 1] as number) > noRoom) at--;
        if (this.unlogged[at] !== noRoom) this.unlogged.splice(at, 0, noRoom);
      }
      this.advance();
      if (redo.activeBytes > CHECKPOINT_REDO_BYTES) this.startSync(true);
      if (this.syncWaiters.length > 0) this.kick();
    }, sync);
    if (!started) this.ioInFlight--;
  }

  /** Acknowledge what is durable: the steady point's transactions, and those after it
   *  whose redo records are on disk, up to the first one without a record. */
  private advance(): void {
    if (this.redo === null) return;
    const firstUnlogged = this.unlogged[0] ?? Number.POSITIVE_INFINITY;
    const covered = Math.max(this.checkpointSeq, Math.min(this.redo.written, firstUnlogged - 1));
    if (covered <= this.syncedSeq) return;
    this.syncedSeq = covered;
    const waiting = this.syncWaiters.splice(0);
    for (const waiter of waiting) {
      if (waiter.target <= this.syncedSeq) waiter.resolve();
      else this.syncWaiters.push(waiter);
    }
  }

  /**
   * Make `data.steady` the current snapshot, before this process writes anything ('group'
   * mode; `openDatabase` calls it right after lmdb opened the environment): pin the
   * snapshot, fsync data.mdb, and write its meta pages as the steady point, with a new
   * epoch of the redo log starting after it. Until then the point on disk may be older
   * than the environment (a killed process's commits that no sync covered), and its pages
   * are pinned by nobody. `redo: false`: acknowledge commits by the steady point alone
   * (two ordered flushes per group sync).
   */
  openSteady(directory: string, options: { readonly redo?: boolean } = {}): void {
    assert(this.steady === null && this.writeDepth === 0, 'steady point opened twice or inside a write');
    const fd = this.syncFd();
    assert(fd !== null, 'steady point without data.mdb');
    const pageSize = pageSizeOf(fd);
    const withRedo = options.redo !== false;
    // a new epoch of the redo log, at random: records an earlier opening left (even one a
    // backup put back would repeat the numbers of) never match it
    const previous = withRedo ? readSteadyPoint(directory)?.redo?.epoch : undefined;
    let epoch = 0;
    while (withRedo && (epoch === 0 || epoch === previous)) epoch = randomBytes(4).readUInt32LE(0);
    const pin = this.env.useReadTransaction();
    let redo: RedoLog | null = null;
    try {
      const metas = readMetas(fd, pageSize);
      fdatasyncSync(fd);
      redo = withRedo ? new RedoLog(directory, epoch, this.writeSeq, 0) : null;
      const steady = new SteadyFile(directory, pageSize);
      try {
        steady.writeSync(metas, redo === null ? null : { epoch, seq: this.writeSeq, file: redo.activeFile });
      } catch (error) {
        steady.close();
        throw error;
      }
      this.steady = steady;
      this.steadyPin = pin;
      this.redo = redo;
      this.checkpointSeq = this.writeSeq;
      this.lastCheckpointAt = Date.now();
    } catch (error) {
      pin.done();
      redo?.close();
      throw error;
    }
  }

  /**
   * One group sync: everything committed when it starts is durable when it ends. Two
   * stages. (1) The flush: pin the snapshot it covers, read its meta pages, fdatasync
   * data.mdb. (2) With a steady file, write that snapshot's meta pages as the next slot
   * (O_DSYNC); only then are its waiters told and the previous point's pin released.
   * Stage 1 of the next sync runs while stage 2 of this one writes, so under load a sync
   * completes every max(flush, slot) instead of every flush + slot. The slot is never
   * written before its own flush returned. `background`: for unsynced writes nobody
   * waits for.
   *
   * With the redo log this is the checkpoint: the same two stages, rarely, and never two
   * at once (the slot names the redo file that records after it go to; the file before
   * it is reused only once that slot is durable). Commits are acknowledged by the log.
   */
  private startSync(background = false): void {
    if (this.flushInFlight || this.closedSyncs || this.poisoned !== null) return;
    if (this.redo !== null && (this.slotInFlight || this.flushedPoint !== null)) return;
    // lmdb-js's isOperational() (status 'open'), not in its typings
    if (!(this.env as unknown as { isOperational(): boolean }).isOperational()) {
      // the environment was closed under us (a test's simulated kill -9 closes it directly):
      // nothing can be synced or pinned any more
      this.closedSyncs = true;
      this.dropFlushedPoint();
      for (const waiter of [...this.syncWaiters.splice(0), ...this.checkpointWaiters.splice(0)]) waiter.reject(new Error('the database environment is closed'));
      return;
    }
    if (this.redo !== null) {
      if (this.writeSeq === this.checkpointSeq) return;
    } else {
      const waited = this.syncWaiters.some((waiter) => waiter.target > this.flushedSeq);
      if (!waited && !(background && this.flushedSeq < this.writeSeq)) return;
      this.syncs++;
      if (this.lazyTimer !== null) clearTimeout(this.lazyTimer);
      this.lazyTimer = null;
    }
    this.flushInFlight = true;
    if (this.checkpointTimer !== null) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    const target = this.writeSeq;
    try {
      void failpoint('storage.fsync');
    } catch {
      this.flushInFlight = false;
      this.syncFailed(Object.assign(new Error('fdatasync: input/output error (failpoint storage.fsync)'), { code: 'EIO' }), null);
      return;
    }
    const fd = this.syncFd();
    const steady = fd === null ? null : this.steady;
    if (fd === null || steady === null) {
      const flushed = (error: Error | null | undefined): void => {
        this.flushInFlight = false;
        if (this.ioDone()) return;
        if (error !== undefined && error !== null) {
          this.syncFailed(error, null);
          return;
        }
        this.flushedSeq = Math.max(this.flushedSeq, target);
        this.synced(target, null);
      };
      // lmdb writes its pages with pwrite to data.mdb (no write map) and, with MDB_NOSYNC,
      // its env.sync is one fdatasync of that file: ours is the same call, ~0.1 ms cheaper
      this.ioInFlight++;
      if (fd !== null) fdatasync(fd, flushed);
      else (this.env as unknown as { sync(callback: (error?: Error) => void): void }).sync(flushed);
      return;
    }
    // the snapshot this sync covers: pinned, and its meta pages as lmdb wrote them (all
    // commits run on this thread, so none can slip in between); redo records after it go
    // to the other file
    const pin = this.env.useReadTransaction();
    const metas = readMetas(fd, steady.pageSize);
    const redo: RedoPosition | null = this.redo === null ? null
      : { epoch: this.redo.epoch, seq: target, file: this.redo.switchTo(target) };
    this.ioInFlight++;
    fdatasync(fd, (error) => {
      this.flushInFlight = false;
      if (this.ioDone()) {
        release(pin);
        return;
      }
      if (error !== null) {
        this.syncFailed(error, pin);
        return;
      }
      this.flushedSeq = Math.max(this.flushedSeq, target);
      // a point flushed while an older one still waits for its slot supersedes it: no slot
      // will name the older one, so its pin goes at once
      this.dropFlushedPoint();
      this.flushedPoint = { target, pin, metas, redo };
      this.writeSlot();
      if (this.redo === null) this.startSync();
    });
  }

  /** Stage 2: write the flushed point's slot, unless a slot write is in flight (its end
   *  comes back here). */
  private writeSlot(): void {
    const steady = this.steady;
    const point = this.flushedPoint;
    if (this.slotInFlight || point === null || steady === null) return;
    this.flushedPoint = null;
    if (steady.holds(point.metas, point.redo)) {
      this.synced(point.target, point.pin);
      return;
    }
    this.slotInFlight = true;
    const write = (): void => steady.write(point.metas, point.redo, (error) => {
      this.slotInFlight = false;
      if (this.ioDone()) {
        release(point.pin);
        return;
      }
      if (error !== null) {
        this.syncFailed(error, point.pin);
        return;
      }
      this.synced(point.target, point.pin);
      this.writeSlot();
    });
    // tests: between a flush and its slot (delay: the next flush overlaps; crash: a process
    // killed there; error: the slot cannot be written)
    let hit: Promise<void> | undefined;
    try {
      hit = failpoint('storage.slot');
    } catch (error) {
      this.slotInFlight = false;
      this.syncFailed(Object.assign(new Error(`data.steady: ${error instanceof Error ? error.message : String(error)}`), { code: 'EIO' }), point.pin);
      return;
    }
    this.ioInFlight++;
    const guarded = (): void => {
      if (this.closedSyncs) {
        this.slotInFlight = false;
        this.ioDone();
        release(point.pin);
        return;
      }
      write();
    };
    if (hit === undefined) guarded();
    else void hit.then(guarded);
  }

  /** `target` is durable: its pin replaces the previous point's; waiters covered are told */
  private synced(target: number, pin: LmdbTransaction | null): void {
    if (pin !== null) {
      release(this.steadyPin);
      this.steadyPin = pin;
    }
    if (this.redo !== null) {
      // the checkpoint: records up to it are no longer needed (the file they went to is
      // reused at the next one), nor is a checkpoint for the unlogged transactions it holds
      this.checkpointSeq = Math.max(this.checkpointSeq, target);
      this.lastCheckpointAt = Date.now();
      this.redo.dropThrough(this.checkpointSeq);
      while (this.unlogged.length > 0 && (this.unlogged[0] as number) <= this.checkpointSeq) this.unlogged.shift();
      this.advance();
      const waiting = this.checkpointWaiters.splice(0);
      for (const waiter of waiting) {
        if (waiter.target <= this.checkpointSeq) waiter.resolve();
        else this.checkpointWaiters.push(waiter);
      }
      if (this.checkpointWaiters.length > 0) this.startSync();
      if (this.syncWaiters.length > 0) this.kick();
      if (this.writeSeq > this.checkpointSeq) this.armCheckpoint();
      return;
    }
    this.syncedSeq = Math.max(this.syncedSeq, target);
    const waiting = this.syncWaiters.splice(0);
    for (const waiter of waiting) {
      if (waiter.target <= this.syncedSeq) waiter.resolve();
      else this.syncWaiters.push(waiter);
    }
    if (this.syncWaiters.length > 0) this.startSync();
    else if (this.steady !== null && this.flushedSeq < this.writeSeq) this.armLazySync();
  }

  /**
   * A flush or a slot write failed. fsyncgate: after a failed flush the page cache may
   * hold pages the disk never got and the kernel may not report it again — nothing written
   * from here on can be trusted to be durable. Refuse writes until the database is
   * reopened (recovery then starts from what is on disk), and let the process decide (the
   * daemon exits).
   */
  private syncFailed(error: Error, pin: LmdbTransaction | null): void {
    release(pin);
    this.dropFlushedPoint();
    const failure = storageSyncError(error, this.databaseName(), this.dataDirectory());
    if (this.poisoned === null) {
      this.poisoned = failure;
      flushFailureHandler?.(failure);
    }
    for (const waiter of [...this.syncWaiters.splice(0), ...this.checkpointWaiters.splice(0)]) waiter.reject(this.poisoned);
  }

  private dropFlushedPoint(): void {
    release(this.flushedPoint?.pin ?? null);
    this.flushedPoint = null;
  }

  /** the data directory (null: not known to this store), for error messages */
  private dataDirectory(): string | null {
    return this.dataFile === null ? null : dirname(this.dataFile);
  }

  /** the database's name (its directory's), for error messages */
  private databaseName(): string {
    const directory = this.dataDirectory();
    return directory === null ? '?' : basename(directory);
  }

  private syncFd(): number | null {
    if (this.dataFd === null && this.dataFile !== null) {
      try {
        this.dataFd = openSync(this.dataFile, 'r');
      } catch {
        return null; // lmdb's own sync then
      }
    }
    return this.dataFd;
  }

  /** the environment is closing: no more syncs of our own */
  closeSyncs(): void {
    this.closedSyncs = true;
    this.dropFlushedPoint();
    if (this.lazyTimer !== null) clearTimeout(this.lazyTimer);
    this.lazyTimer = null;
    if (this.checkpointTimer !== null) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    release(this.steadyPin);
    this.steadyPin = null;
    // a write or flush still on libuv's pool uses these descriptors: closed once it is
    // back (a number closed under it could be reused by another file meanwhile)
    if (this.ioInFlight === 0) this.closeFiles();
  }

  /** writes and flushes of ours on libuv's pool (their descriptors stay open meanwhile) */
  private ioInFlight = 0;

  /** One of them came back: true when the store was closed meanwhile (the result is
   *  nobody's any more; the last one closes the files). */
  private ioDone(): boolean {
    this.ioInFlight--;
    if (!this.closedSyncs) return false;
    if (this.ioInFlight === 0) this.closeFiles();
    return true;
  }

  private closeFiles(): void {
    this.redo?.close();
    this.redo = null;
    this.steady?.close();
    this.steady = null;
    if (this.dataFd !== null) closeSync(this.dataFd);
    this.dataFd = null;
  }

  dbiOf(desc: RelationDesc): TupleDbi {
    return desc.id < FIRST_USER_ID ? this.catalog : this.tuples;
  }

  dbiCodeOf(desc: RelationDesc): number {
    return desc.id < FIRST_USER_ID ? DBI_CATALOG : DBI_TUPLES;
  }

  dbiByCode(code: number): TupleDbi | IndexDbi {
    return code === DBI_CATALOG ? this.catalog : code === DBI_TUPLES ? this.tuples : this.index;
  }

  // ------------------------------------------------------------------ keys

  plan(desc: RelationDesc): KeyPlan {
    let plan = this.plans.get(desc);
    if (plan !== undefined) return plan;
    const keyColumns = desc.keys.map((k) => k.attribute);
    const keyDescending = desc.keys.map((k) => k.order === 'descending');
    switch (desc.structure) {
      case 'heap':
        plan = { mode: 'heap', columns: [], descending: [], dropsDuplicates: false };
        break;
      case 'hash':
        plan = { mode: 'hash', columns: keyColumns, descending: keyColumns.map(() => false), dropsDuplicates: true };
        break;
      case 'isam':
      case 'btree':
        plan = { mode: 'sorted', columns: keyColumns, descending: keyColumns.map(() => false), dropsDuplicates: true };
        break;
      case 'heapsort': {
        const rest = desc.attributes.map((_a, index) => index).filter((index) => !keyColumns.includes(index));
        plan = {
          mode: 'sorted',
          columns: [...keyColumns, ...rest],
          descending: [...keyDescending, ...rest.map(() => false)],
          dropsDuplicates: false,
        };
        break;
      }
    }
    this.plans.set(desc, plan);
    return plan;
  }

  /**
   * Write relId, hash slot and key components of `values` into the scratch writer. With
   * `full`, keyed structures also get the tuple hash, so that duplicates share a key
   * prefix and the duplicate check reads only them (never a whole run of equal keys).
   */
  private writePrefix(desc: RelationDesc, plan: KeyPlan, values: readonly Value[], count: number, full: boolean): KeyWriter {
    const w = this.writer.reset().u32(desc.id);
    if (plan.mode === 'heap') return w;
    const hashAt = w.length;
    if (plan.mode === 'hash') w.u32(0);
    const start = w.length;
    for (let n = 0; n < count; n++) {
      w.value(values[plan.columns[n] as number] as Value, plan.descending[n] as boolean);
    }
    if (plan.mode === 'hash') w.patchU32(hashAt, w.hashFrom(start));
    w.clamp();
    if (full && plan.dropsDuplicates) w.u32(tupleHash(values));
    return w;
  }

  tupleKey(desc: RelationDesc, values: readonly Value[], tid: number): Buffer {
    const plan = this.plan(desc);
    return this.writePrefix(desc, plan, values, plan.columns.length, true).u64(tid).take();
  }

  /** key prefix shared by all tuples with these values in the first key columns */
  private keyPrefixOfKeyValues(desc: RelationDesc, keyValues: readonly Value[]): Buffer {
    const plan = this.plan(desc);
    // place keyValues at their column positions so writePrefix can read them
    const values: Value[] = [];
    keyValues.forEach((value, n) => {
      values[plan.columns[n] as number] = value;
    });
    return this.writePrefix(desc, plan, values, keyValues.length, false).take();
  }

  indexKey(plan: IndexPlan, baseValues: readonly Value[], baseKey: Buffer): Buffer {
    const w = this.writer.reset().u32(plan.index.id);
    for (const column of plan.columns) w.value(baseValues[column] as Value, false);
    return w.clamp().bytes(baseKey).take();
  }

  // ------------------------------------------------------------------ reads

  get(desc: RelationDesc, key: Buffer): Value[] | undefined {
    return this.dbiOf(desc).get(key);
  }

  /** every tuple of a base relation in key order (builds the tuple cache when complete) */
  scan(desc: RelationDesc): Iterable<StoredTuple> {
    const start = relStart(desc.id);
    const end = prefixEnd(start);
    if (!this.cacheable(desc) || this.tupleCache.has(desc.id) || !RelationBuilder.mayFit(desc, TUPLE_CACHE_BYTES_MAX)) {
      return this.range(desc, start, end);
    }
    const version = this.versionOf(desc.id);
    const epoch = this.cacheEpoch;
    const iterable = this.dbiOf(desc).getRange({ start, end });
    const builder = new RelationBuilder(desc, TUPLE_CACHE_BYTES_MAX);
    const store = this;
    return (function* (): Generator<StoredTuple> {
      for (const { key, value } of iterable) {
        builder.add(key, value);
        yield { ref: key, values: value };
      }
      // complete, and nothing wrote the relation meanwhile: keep it
      if (store.writeDepth === 0 && store.versionOf(desc.id) === version && store.cacheEpoch === epoch) {
        const relation = builder.finish();
        if (relation !== null) store.tupleCache.adopt(relation);
      }
    })();
  }

  /** tuples with keys in [start, end): from the tuple cache when it holds the relation;
   *  materialised when inside a write transaction (unless streamingReads), so a statement
   *  that writes the relation it scans cannot see its own new tuples */
  range(desc: RelationDesc, start: Buffer, end: Buffer, filter?: (values: readonly Value[]) => boolean): Iterable<StoredTuple> {
    const cached = this.tupleCache.get(desc.id);
    if (cached !== undefined) {
      const tuples = cached.tuples(cached.lowerBound(start), cached.lowerBound(end));
      if (filter === undefined) return tuples;
      const out: StoredTuple[] = [];
      for (const tuple of tuples) if (filter(tuple.values)) out.push(tuple);
      return out;
    }
    const iterable = this.dbiOf(desc).getRange({ start, end });
    const lazy = (function* (): Generator<StoredTuple> {
      for (const { key, value } of iterable) {
        if (filter === undefined || filter(value)) yield { ref: key, values: value };
      }
    })();
    return this.holdsReads ? [...lazy] : lazy;
  }

  /**
   * The tuples of a base relation whose attribute `attribute` lies within [low, high], in
   * scan order. From the tuple cache's number column when the relation is cached (only
   * the matching tuples are decoded), else a scan (which fills the cache) filtered.
   */
  scanRange(desc: RelationDesc, attribute: number, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    const cached = this.tupleCache.get(desc.id);
    const lowValue = low?.values[0];
    const highValue = high?.values[0];
    if (cached !== undefined && typeof (lowValue ?? 0) === 'number' && typeof (highValue ?? 0) === 'number') {
      const positions = cached.positionsIn(attribute, (lowValue as number | undefined) ?? null, low?.inclusive ?? true,
        (highValue as number | undefined) ?? null, high?.inclusive ?? true);
      if (positions !== undefined) return positions.map((index) => cached.tupleAt(index));
    }
    const all = this.scan(desc);
    return (function* (): Generator<StoredTuple> {
      for (const tuple of all) if (inBounds(tuple.values[attribute] as Value, low, high)) yield tuple;
    })();
  }

  // ------------------------------------------------------------------ tuple cache
  // Whole user relations in key order (tuple-cache.ts), kept after a complete scan and
  // dropped at the first write to them (or any rollback). Bounded by TUPLE_CACHE_BYTES_MAX
  // measured bytes, least recently used first out.

  readonly tupleCache = new TupleCache(HOST_CACHE_POOL);
  private readonly versions = new Map<number, number>();
  private cacheEpoch = 0;

  /** bumped by every physical rollback or recovery (invalidateAll): with versionOf(id), a
   *  stamp that changes whenever what is stored under `id` may have changed */
  get epoch(): number {
    return this.cacheEpoch;
  }

  /**
   * Run `fn` with reads that stream inside a write transaction: its caller promises that
   * nothing `fn` reads is written before the read ends (a replace or delete collects its
   * targets before it writes; an append reads no relation it writes). Without it, reads
   * inside a write are held whole first, so that a statement never reads its own writes.
   */
  streamingReads<T>(fn: () => T): T {
    this.streamDepth++;
    try {
      return fn();
    } finally {
      this.streamDepth--;
    }
  }

  private streamDepth = 0;

  /** whether a read is held whole before it is returned (inside a write, unless streaming) */
  private get holdsReads(): boolean {
    return this.writeDepth > 0 && this.streamDepth === 0;
  }

  private cacheable(desc: RelationDesc): boolean {
    return desc.id >= FIRST_USER_ID && desc.kind !== 'index' && this.writeDepth === 0;
  }

  versionOf(id: number): number {
    return this.versions.get(id) ?? 0;
  }

  /** a write to relation/index `id`: its cached tuples are stale */
  touch(id: number): void {
    this.versions.set(id, this.versionOf(id) + 1);
    this.tupleCache.drop(id);
  }

  /** physical rollback or recovery wrote arbitrary keys: forget every cached relation */
  invalidateAll(): void {
    this.cacheEpoch++;
    for (const id of this.tupleCache.ids()) this.touch(id);
  }

  seekEqual(desc: RelationDesc, keyValues: readonly Value[]): Iterable<StoredTuple> {
    const plan = this.plan(desc);
    const usable = plan.mode === 'sorted' || (plan.mode === 'hash' && keyValues.length >= plan.columns.length);
    if (!usable || keyValues.length === 0) {
      const columns = desc.keys.map((k) => k.attribute);
      const wanted = keyValues.map(keyForm);
      return this.rangeFiltered(desc, (values) =>
        wanted.every((value, n) => columns[n] === undefined || keyForm(values[columns[n] as number] as Value) === value));
    }
    const prefix = this.keyPrefixOfKeyValues(desc, keyValues.slice(0, plan.columns.length));
    return this.range(desc, prefix, prefixEnd(prefix));
  }

  private rangeFiltered(desc: RelationDesc, filter: (values: readonly Value[]) => boolean): Iterable<StoredTuple> {
    const start = relStart(desc.id);
    return this.range(desc, start, prefixEnd(start), filter);
  }

  seekRange(desc: RelationDesc, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    const plan = this.plan(desc);
    if (plan.mode !== 'sorted' || plan.columns.length === 0) {
      const column = desc.keys[0]?.attribute;
      if (column === undefined) return this.scan(desc);
      return this.rangeFiltered(desc, (values) => inBounds(values[column] as Value, low, high));
    }
    const relKey = relStart(desc.id);
    const bound = (b: KeyBound) => this.keyPrefixOfKeyValues(desc, b.values.slice(0, plan.columns.length));
    let start = relKey;
    let end = prefixEnd(relKey);
    const descending = plan.descending[0] === true;
    const first = descending ? high : low;
    const last = descending ? low : high;
    if (first !== null && first.values.length > 0) {
      const p = bound(first);
      start = first.inclusive ? p : prefixEnd(p);
    }
    if (last !== null && last.values.length > 0) {
      const p = bound(last);
      end = last.inclusive ? prefixEnd(p) : p;
    }
    if (Buffer.compare(start, end) >= 0) return [];
    return this.range(desc, start, end);
  }

  /** index entries in a key range → the base tuples they point at */
  seekIndex(base: RelationDesc, index: RelationDesc, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    const relKey = relStart(index.id);
    const bound = (b: KeyBound): Buffer => {
      const w = this.writer.reset().u32(index.id);
      for (const value of b.values) w.value(value, false);
      return w.clamp().take();
    };
    let start = relKey;
    let end = prefixEnd(relKey);
    if (low !== null && low.values.length > 0) start = low.inclusive ? bound(low) : prefixEnd(bound(low));
    if (high !== null && high.values.length > 0) end = high.inclusive ? prefixEnd(bound(high)) : bound(high);
    if (Buffer.compare(start, end) >= 0) return [];
    const lazy = this.indexed(base, start, end);
    return this.holdsReads ? [...lazy] : lazy;
  }

  /**
   * The base tuples of the index entries in [start, end). An index key ends with its base
   * tuple's key, which ends with the tid: when the tuple cache holds the base relation the
   * keys alone find the tuples (by tid); else each entry's value (the base key) is read.
   */
  private *indexed(base: RelationDesc, start: Buffer, end: Buffer): Generator<StoredTuple> {
    const cached = this.tupleCache.get(base.id);
    if (cached !== undefined) {
      for (const key of this.index.getKeys({ start, end }) as Iterable<Buffer>) {
        const at = cached.positionOfTid(tidAt(key));
        if (at >= 0) yield cached.tupleAt(at);
      }
      return;
    }
    const dbi = this.dbiOf(base);
    for (const { value } of this.index.getRange({ start, end })) {
      const values = dbi.get(value);
      if (values !== undefined) yield { ref: Buffer.from(value), values };
    }
  }

  /** an index relation scanned as tuples (key domains…, tidp) */
  scanIndex(base: RelationDesc, plan: IndexPlan): Iterable<StoredTuple> {
    const start = relStart(plan.index.id);
    const entries = this.index.getRange({ start, end: prefixEnd(start) });
    const cached = this.tupleCache.get(base.id);
    const dbi = this.dbiOf(base);
    const lazy = (function* (): Generator<StoredTuple> {
      for (const { key, value } of entries) {
        const tid = tidAt(value);
        const at = cached === undefined ? -1 : cached.positionOfTid(tid);
        const values = at >= 0 ? cached?.tupleAt(at).values : dbi.get(value);
        if (values === undefined) continue;
        const out: Value[] = plan.columns.map((column) => values[column] as Value);
        out.push(tid);
        yield { ref: key, values: out };
      }
    })();
    return this.holdsReads ? [...lazy] : lazy;
  }

  // ------------------------------------------------------------------ writes

  /** the stored tuple equal to `values` under the key prefix `prefix` (other than `self`) */
  private storedUnder(dbi: TupleDbi, prefix: Buffer, values: readonly Value[], self: Buffer | null = null): StoredDuplicate | null {
    for (const { key, value } of dbi.getRange({ start: prefix, end: prefixEnd(prefix) })) {
      if (sameTuple(value, values) && (self === null || !key.equals(self))) return { key, value };
    }
    return null;
  }

  /** the stored duplicate of `values` (not `self`): under today's key prefix `prefix`, or
   *  under the one keys written before 12-07 gave it (legacyPrefix) */
  private duplicateOf(desc: RelationDesc, plan: KeyPlan, prefix: Buffer, values: readonly Value[], self: Buffer | null): StoredDuplicate | null {
    const dbi = this.dbiOf(desc);
    const stored = this.storedUnder(dbi, prefix, values, self);
    if (stored !== null) return stored;
    const legacy = this.legacyPrefix(desc, plan, values);
    return legacy === null ? null : this.storedUnder(dbi, legacy, values, self);
  }

  /**
   * `values` duplicates the stored tuple `stored`: one of them stays, the one whose values
   * come first compared exactly (a blank variant sorts by its blanks). So which of a set
   * of blank variants a relation keeps does not depend on the order they came in (a
   * multi-row append or a load from a distributed query). Exact duplicates change nothing.
   */
  private keepFirst(desc: RelationDesc, stored: StoredDuplicate, values: readonly Value[], undo: UndoSink | null): void {
    if (compareExactly(values, stored.value) >= 0) return;
    this.touch(desc.id);
    undo?.record(this.dbiCodeOf(desc), stored.key, stored.value);
    this.dbiOf(desc).putSync(stored.key, values as Value[]);
  }

  /**
   * The key prefix (key domains and tuple hash) under which a duplicate of `values` stored
   * before 12-07 would be, when it differs from today's: those keys hold the exact tuple
   * hash (keys.ts), so a tuple with blanks in a char has its exact duplicates there until
   * the relation is modified again. Null: no such prefix (no blanks, not keyed, or a
   * relation made since: `collatedFrom`).
   */
  private legacyPrefix(desc: RelationDesc, plan: KeyPlan, values: readonly Value[]): Buffer | null {
    if (!plan.dropsDuplicates || desc.id >= this.collatedFrom) return null;
    const exact = exactTupleHash(values);
    if (exact === tupleHash(values)) return null;
    const w = this.writePrefix(desc, plan, values, plan.columns.length, false);
    return w.u32(exact).take();
  }

  /**
   * Store a tuple; returns its key, or null when the structure drops duplicates and an
   * equal tuple (sameTuple: chars blank-insensitively) is already stored.
   */
  insert(
    desc: RelationDesc, values: readonly Value[], indexes: readonly IndexPlan[], undo: UndoSink | null,
  ): Buffer | null {
    assert(this.writeDepth > 0, 'write outside a statement');
    const plan = this.plan(desc);
    const dbi = this.dbiOf(desc);
    const writer = this.writePrefix(desc, plan, values, plan.columns.length, true);
    const prefixLength = writer.length;
    const key = writer.u64(this.nextTid++).take();
    if (plan.dropsDuplicates) {
      const stored = this.duplicateOf(desc, plan, key.subarray(0, prefixLength), values, null);
      if (stored !== null) {
        this.keepFirst(desc, stored, values, undo);
        return null;
      }
    }
    this.touch(desc.id);
    if (plan.mode === 'heap') undo?.recordHeapInsert(this.dbiCodeOf(desc), key);
    else undo?.record(this.dbiCodeOf(desc), key, undefined);
    dbi.putSync(key, values as Value[]);
    for (const index of indexes) this.putIndex(index, values, key, undo);
    return key;
  }

  /** Remove a stored tuple; false when it was not there. Its values are read only when
   *  an undo record or an index entry needs them. */
  delete(desc: RelationDesc, key: Buffer, indexes: readonly IndexPlan[], undo: UndoSink | null): boolean {
    assert(this.writeDepth > 0, 'write outside a statement');
    const dbi = this.dbiOf(desc);
    if (undo === null && indexes.length === 0) {
      if (dbi.removeSync(key) !== true) return false;
      this.touch(desc.id);
      return true;
    }
    const old = dbi.get(key);
    if (old === undefined) return false;
    this.touch(desc.id);
    undo?.record(this.dbiCodeOf(desc), key, old);
    dbi.removeSync(key);
    for (const index of indexes) this.removeIndex(index, old, key, undo);
    return true;
  }

  /**
   * Replace a stored tuple. Returns the new key (same as `key` when the key columns did not
   * change), or null when the new tuple duplicated another one (then the old one is gone).
   */
  update(desc: RelationDesc, key: Buffer, values: readonly Value[], indexes: readonly IndexPlan[], undo: UndoSink | null): Buffer | null | undefined {
    assert(this.writeDepth > 0, 'write outside a statement');
    const dbi = this.dbiOf(desc);
    const plan = this.plan(desc);
    if (plan.mode === 'heap' && undo === null && indexes.length === 0) {
      // a heap keeps the key, and nothing needs the old values (no undo, no index entries)
      if (!dbi.doesExist(key)) return undefined;
      this.touch(desc.id);
      dbi.putSync(key, values as Value[]);
      return key;
    }
    const old = dbi.get(key);
    if (old === undefined) return undefined;
    let sameKey = plan.mode === 'heap';
    if (!sameKey) {
      const prefix = this.writePrefix(desc, plan, values, plan.columns.length, true);
      sameKey = prefix.length === key.length - TID_BYTES && this.writerMatches(key, prefix.length);
    }
    this.touch(desc.id);
    if (sameKey) {
      const other = plan.dropsDuplicates ? this.otherDuplicate(desc, values, key) : null;
      if (other !== null) {
        this.delete(desc, key, indexes, undo);
        this.keepFirst(desc, other, values, undo);
        return null;
      }
      undo?.record(this.dbiCodeOf(desc), key, old);
      dbi.putSync(key, values as Value[]);
      for (const index of indexes) {
        if (index.columns.some((column) => keyForm(old[column] as Value) !== keyForm(values[column] as Value))) {
          this.removeIndex(index, old, key, undo);
          this.putIndex(index, values, key, undo);
        }
      }
      return key;
    }
    this.delete(desc, key, indexes, undo);
    return this.insert(desc, values, indexes, undo);
  }

  private otherDuplicate(desc: RelationDesc, values: readonly Value[], self: Buffer): StoredDuplicate | null {
    return this.duplicateOf(desc, this.plan(desc), Buffer.from(self.subarray(0, self.length - TID_BYTES)), values, self);
  }

  private writerMatches(key: Buffer, length: number): boolean {
    const prefix = this.writer.take();
    return key.compare(prefix, 0, length, 0, length) === 0;
  }

  private putIndex(plan: IndexPlan, values: readonly Value[], baseKey: Buffer, undo: UndoSink | null): void {
    const key = this.indexKey(plan, values, baseKey);
    undo?.record(DBI_INDEX, key, undefined);
    this.index.putSync(key, baseKey);
  }

  private removeIndex(plan: IndexPlan, values: readonly Value[], baseKey: Buffer, undo: UndoSink | null): void {
    const key = this.indexKey(plan, values, baseKey);
    undo?.record(DBI_INDEX, key, baseKey);
    this.index.removeSync(key);
  }

  /** Fill a new index from its base relation; returns the number of entries. No undo:
   *  the index id is new, an abort purges it. (Sorting the entries first was measured
   *  slower than lmdb's own random-order inserts.) */
  buildIndex(base: RelationDesc, plan: IndexPlan): number {
    this.touch(plan.index.id);
    let count = 0;
    // the base is read while only the index is written
    for (const tuple of this.streamingReads(() => this.scan(base))) {
      const ref = tuple.ref as Buffer;
      this.index.putSync(this.indexKey(plan, tuple.values, ref), ref);
      count++;
    }
    return count;
  }

  /**
   * Load tuples into a relation id that is new and empty (modify): duplicates (sameTuple)
   * are removed for every structure but heap.
   * No undo and no indexes: modify drops the indexes and an abort purges the new id.
   */
  bulkLoad(desc: RelationDesc, tuples: Iterable<StoredTuple>): number {
    const loader = this.bulkLoader(desc);
    for (const tuple of tuples) loader.add(tuple.values);
    return loader.count;
  }

  /** bulkLoad, one tuple at a time (`add`: false for a duplicate dropped) */
  bulkLoader(desc: RelationDesc): { add(values: readonly Value[]): boolean; readonly count: number } {
    const plan = this.plan(desc);
    const dbi = this.dbiOf(desc);
    this.touch(desc.id);
    // duplicates share the key prefix (collated key domains + tuple hash): remember a
    // 32-bit hash of each prefix stored (~8 bytes a tuple, off the JS object heap: a modify
    // of tens of millions of tuples fits), and read the new relation's tuples under a prefix
    // only when its hash was seen — a duplicate, or a rare collision
    const seen = plan.mode === 'heap' ? null : new HashSet32();
    let count = 0;
    let offered = 0;
    return {
      add: (values) => {
        // a load (modify, index, retrieve into) is one long stretch of the daemon's thread:
        // INGRES_HOLD_LIMIT_MS stops it as it stops a scan (8032; the statement rolls back)
        if ((++offered & HOLD_CHECK_MASK) === 0) statementGate.checkHold();
        if (seen === null) {
          dbi.putSync(this.writer.reset().u32(desc.id).u64(this.nextTid++).take(), values as Value[]);
          count++;
          return true;
        }
        const writer = this.writePrefix(desc, plan, values, plan.columns.length, true);
        const prefixLength = writer.length;
        const fresh = seen.add(writer.hashFrom(0));
        const key = writer.u64(this.nextTid++).take();
        const stored = fresh ? null : this.storedUnder(dbi, key.subarray(0, prefixLength), values);
        if (stored !== null) {
          this.keepFirst(desc, stored, values, null);
          return false;
        }
        dbi.putSync(key, values as Value[]);
        count++;
        return true;
      },
      get count() {
        return count;
      },
    };
  }

  // ---------------------------------------------------------------- catalog history

  /**
   * The catalog history (src/storage/README.md): the ids of the transactions that changed
   * the logical catalog, in commit order, as keys `CATALOG_HISTORY_ID:u32 seq:u32` → `[id]`
   * in the catalog DBI (no relation has id 0, and the orphan sweep reads only the tuples and
   * index DBIs). Returns the number of entries and the ids of the last `max` of them.
   */
  catalogHistory(max: number): CatalogHistory {
    const prefix = relStart(CATALOG_HISTORY_ID);
    const tail: string[] = [];
    let count = 0;
    for (const { key, value } of this.catalog.getRange({ start: prefixEnd(prefix), end: prefix, reverse: true, limit: Math.max(1, max) })) {
      if (count === 0) count = key.readUInt32BE(REL_ID_BYTES);
      tail.push(String(value[0]));
    }
    tail.reverse();
    return { count, tail: max <= 0 ? [] : tail };
  }

  /** Append `id` as the next entry (inside a statement; `undo` makes an abort remove it). */
  appendCatalogHistory(id: string, undo: UndoSink | null): void {
    assert(this.writeDepth > 0, 'catalog history written outside a statement');
    const key = historyKey(this.catalogHistory(1).count + 1);
    undo?.record(DBI_CATALOG, key, undefined);
    this.catalog.putSync(key, [id]);
  }

  /** Make the history `history` (a catalog copy adopts its source's), with undo. */
  replaceCatalogHistory(history: CatalogHistory, undo: UndoSink | null): void {
    assert(this.writeDepth > 0, 'catalog history written outside a statement');
    const prefix = relStart(CATALOG_HISTORY_ID);
    for (const { key, value } of [...this.catalog.getRange({ start: prefix, end: prefixEnd(prefix) })]) {
      undo?.record(DBI_CATALOG, key, value);
      this.catalog.removeSync(key);
    }
    const first = history.count - history.tail.length + 1;
    history.tail.forEach((id, offset) => {
      const key = historyKey(first + offset);
      undo?.record(DBI_CATALOG, key, undefined);
      this.catalog.putSync(key, [id]);
    });
  }

  /** Delete every key of a relation or index id (no undo: callers purge only dead ids). */
  purge(id: number): number {
    assert(this.writeDepth > 0, 'purge outside a statement');
    this.touch(id);
    const start = relStart(id);
    const end = prefixEnd(start);
    let count = 0;
    for (const dbi of [this.catalog, this.tuples, this.index] as LmdbDatabase<unknown, Buffer>[]) {
      for (const key of dbi.getKeys({ start, end })) {
        dbi.removeSync(key);
        count++;
      }
    }
    return count;
  }

  /** Every distinct relation id that has keys in the tuples or index DBI. */
  storedIds(): Set<number> {
    const ids = new Set<number>();
    for (const dbi of [this.tuples, this.index] as LmdbDatabase<unknown, Buffer>[]) {
      let start: Buffer = relStart(0);
      for (;;) {
        let found: Buffer | undefined;
        for (const key of dbi.getKeys({ start, limit: 1 })) found = key;
        if (found === undefined || found.length < REL_ID_BYTES) break;
        const id = found.readUInt32BE(0);
        ids.add(id);
        if (id === 0xffff_ffff) break;
        start = relStart(id + 1);
      }
    }
    return ids;
  }
}

export function inBounds(value: Value, low: KeyBound | null, high: KeyBound | null): boolean {
  const lowValue = low?.values[0];
  if (low !== null && lowValue !== undefined) {
    const order = compareValues(value, lowValue);
    if (order < 0 || (order === 0 && !low.inclusive)) return false;
  }
  const highValue = high?.values[0];
  if (high !== null && highValue !== undefined) {
    const order = compareValues(value, highValue);
    if (order > 0 || (order === 0 && !high.inclusive)) return false;
  }
  return true;
}
