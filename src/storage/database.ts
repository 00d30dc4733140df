/*
 * database.ts — one INGRES database = one lmdb environment: create (bootstrap the system
 * catalogs as tuples of themselves), open (validate, recover, rebuild the catalog cache),
 * destroy, and the Database object that hands out transactions and owns the lock manager,
 * the id counters and the catalog cache shared by all sessions of this database.
 */
import { closeSync, existsSync, fdatasyncSync, fstatSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RootDatabase } from 'lmdb';
import { IngresError, assert } from '../common/errors.js';
import { CATALOG_LOCK, type BeginOptions, type Database, type DefinitionDesc, type LockRequest } from './api.js';
import { CatalogCache } from '../catalog/cache.js';
import { attributeTuples, catalogDescs, relationTuple } from '../catalog/descriptors.js';
import { ATTRIBUTE_ID, FIRST_USER_ID, RELATION_ID } from '../catalog/schema.js';
import { LockManager } from '../txn/lock-manager.js';
import { TransactionImpl, writeTupleCounts } from '../txn/transaction.js';
import { recover, sweepOrphans, type RecoveryReport } from '../txn/recovery.js';
import { forgetLogged, loggedHeader, rollBackLogged } from '../txn/undo-log.js';
import { ENV_FILE, Store, openEnv, replayRedo, type StorageOptions } from './store.js';
import { takeOwnership } from './owner.js';
import { EnvDamage, verifyEnvFile } from './verify.js';
import { damaged } from './io-errors.js';
import {
  LMDB_LAST_PAGE_OFFSET, LMDB_MAGIC, LMDB_MAGIC_OFFSET, LMDB_META_BYTES, LMDB_PAGE_SIZE_OFFSET,
  removeSteadyPoint, restoreSteadyPoint, type SteadyFindings, type SteadyRestore,
} from './steady.js';

/** 3: a 'group' environment keeps data.steady (steady.ts); 4: and acknowledges commits by
 *  its redo log (redo.ts). Formats 2 and 3 are opened and become 4; a build that knows only
 *  an older one refuses a 4 (8008) rather than open it without applying its redo records
 *  after a machine crash. */
export const FORMAT_VERSION = 4;
/** meta key: the first relation id whose tuple keys all hold the collated tuple hash */
const COLLATED_FROM = 'collatedFrom';
const FORMATS_READ: readonly unknown[] = [2, 3, 4];
const EPOCH_SHIFT = 0x1_0000_0000;
/** tids reserved per counters write */
const TID_BLOCK = 4096;
/** how often an aborted transaction whose rollback a full disk held up tries it again */
const ROLLBACK_RETRY_MS = 1000;

export interface Counters {
  readonly nextTid: number;
  readonly nextRelId: number;
}

export class DatabaseImpl implements Database {
  readonly store: Store;
  readonly locks: LockManager;
  readonly cache: CatalogCache;
  private nextRelId = FIRST_USER_ID;

  /** see Database.catalogEpoch */
  catalogEpoch(): number {
    return this.locks.exclusiveEpoch(CATALOG_LOCK);
  }

  private persistedRelId = 0;
  private txnCounter = 0;
  private readonly active = new Set<TransactionImpl>();
  private closed = false;
  recovery: RecoveryReport | null = null;
  /** gives the directory up (owner.ts), when the database closes */
  releaseOwner: () => void = () => undefined;
  /** set when opening went back to the steady point after a machine restart (steady.ts) */
  steadyRestore: SteadyRestore | null = null;
  /** TransactionImpl.definitions' cache: kind + relation → definitions, with the stamp of
   *  the tree catalog they were read at (store.versionOf(TREE_ID), store.epoch) */
  readonly definitionCache = new Map<string, { version: number; epoch: number; list: readonly DefinitionDesc[] }>();
  /** injectable clock (ms since epoch) for expiry dates */
  now: () => number = () => Date.now();

  constructor(
    readonly name: string,
    readonly directory: string,
    readonly env: RootDatabase,
    private readonly epoch: number,
    dba: string,
    options: StorageOptions = {},
  ) {
    this.store = new Store(env, options.sync ?? 'group', join(directory, 'data.mdb'), options);
    this.locks = new LockManager(options.lockTimeoutMs ?? 0);
    this.cache = new CatalogCache(dba);
    const counters = this.store.meta.get('counters') as Counters | undefined;
    this.store.nextTid = counters?.nextTid ?? 1;
    this.store.persistedTid = this.store.nextTid;
    this.nextRelId = counters?.nextRelId ?? FIRST_USER_ID;
    this.persistedRelId = this.nextRelId;
  }

  txnIdOf(txnNo: number): string {
    return `${this.epoch}.${txnNo - this.epoch * EPOCH_SHIFT}`;
  }

  begin(user: string, options: BeginOptions = {}): TransactionImpl {
    if (this.closed) throw new IngresError(6000, `transaction error: database ${this.name} is closed`);
    this.txnCounter++;
    const txn = new TransactionImpl(this, this.epoch * EPOCH_SHIFT + this.txnCounter, user, options);
    this.active.add(txn);
    return txn;
  }

  /** transactions begun and not yet ended */
  /** how many transactions are open (prepared ones included) */
  get openTransactions(): number {
    return this.active.size;
  }

  activeTransactions(): readonly TransactionImpl[] {
    return [...this.active];
  }

  transactionEnded(txn: TransactionImpl): void {
    this.active.delete(txn);
    this.pendingRollbacks.delete(txn);
  }

  // ---------------------------------------------------------------- rollbacks a full disk held up
  /** aborted transactions whose rollback could not be written yet; they keep their locks */
  private readonly pendingRollbacks = new Set<TransactionImpl>();
  private rollbackTimer: NodeJS.Timeout | null = null;

  /** `txn`'s rollback failed (8026): try it again every ROLLBACK_RETRY_MS until it is written. */
  rollbackPending(txn: TransactionImpl): void {
    this.pendingRollbacks.add(txn);
    this.rollbackTimer ??= setInterval(() => this.retryRollbacks(), ROLLBACK_RETRY_MS).unref();
  }

  /** Try every pending rollback once (oldest first); stops the timer when none is left. */
  retryRollbacks(): void {
    try {
      for (const txn of [...this.pendingRollbacks]) {
        if (this.closed || !txn.retryRollback()) break;
      }
    } catch {
      // not a want of room (a failed flush poisoned the store): stop trying; the undo
      // records stay, and recovery at the next open writes these rollbacks
      this.stopRollbackRetries();
      return;
    }
    if (this.pendingRollbacks.size === 0 || this.closed) this.stopRollbackRetries();
  }

  private stopRollbackRetries(): void {
    if (this.rollbackTimer !== null) clearInterval(this.rollbackTimer);
    this.rollbackTimer = null;
  }

  allocateRelId(): number {
    return this.nextRelId++;
  }

  /** Inside a write transaction: store the id counters if they moved (no undo: monotone). */
  persistCounters(): void {
    const store = this.store;
    // tids are reserved in blocks: the stored value is an upper bound of every tid used, so
    // most statements need not dirty the meta page (fewer pages per fsync)
    if (store.nextTid <= store.persistedTid && this.nextRelId === this.persistedRelId) return;
    const reserved = Math.max(store.persistedTid, store.nextTid + TID_BLOCK);
    store.meta.putSync('counters', { nextTid: reserved, nextRelId: this.nextRelId } satisfies Counters);
    store.persistedTid = reserved;
    this.persistedRelId = this.nextRelId;
  }

  /** what meta holds (or will once the current write commits) */
  persistedCounters(): Counters {
    return { nextTid: this.store.persistedTid, nextRelId: this.persistedRelId };
  }

  /** A write transaction that stored counters rolled back: meta holds the old values. */
  restorePersistedCounters(counters: Counters): void {
    this.store.persistedTid = counters.nextTid;
    this.persistedRelId = counters.nextRelId;
  }

  // ---------------------------------------------------------------- in-doubt (2PC hook)
  private readonly inDoubt = new Map<number, readonly LockRequest[]>();

  /** Recovery found `txnNo` prepared: lock what it wrote until its outcome is known (no
   *  two prepared transactions wrote the same key, so each is granted at once). */
  adoptInDoubt(txnNo: number, locks: readonly LockRequest[]): void {
    this.inDoubt.set(txnNo, locks);
    for (const { name, mode } of locks) {
      if (!this.locks.tryAcquire(inDoubtOwner(txnNo), name, mode)) {
        throw damaged(this.name, `prepared transaction ${txnNo} and another one hold conflicting ${mode} locks on ${name}`);
      }
    }
  }

  /** prepared transactions recovered at open and not yet resolved (txnNo) */
  inDoubtTransactions(): number[] {
    return [...this.inDoubt.keys()];
  }

  /** The coordinator decided: make a recovered prepared transaction commit or abort. */
  async resolveInDoubt(txnNo: number, outcome: 'commit' | 'abort'): Promise<void> {
    if (!this.inDoubt.has(txnNo)) throw new IngresError(6000, `transaction error: ${txnNo} is not in doubt`);
    try {
      if (outcome === 'commit') {
        this.store.write(() => {
          writeTupleCounts(this, loggedHeader(this.store, txnNo)?.counts ?? []);
          forgetLogged(this.store, txnNo);
        });
      } else {
        this.store.write(() => rollBackLogged(this.store, txnNo));
      }
    } catch (error) {
      // still in doubt; the counts put in the catalog cache went with the write
      this.rebuildCache();
      throw error;
    }
    this.inDoubt.delete(txnNo);
    this.rebuildCache();
    sweepOrphans(this);
    this.locks.releaseAll(inDoubtOwner(txnNo));
    await this.store.durable();
  }

  rebuildCache(): void {
    this.cache.rebuild(this.store);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // a prepared transaction belongs to its coordinator's decision: it stays in doubt
    for (const txn of [...this.active]) if (txn.state !== 'prepared') txn.abort();
    // a rollback still pending stays in the undo log: recovery at the next open writes it
    this.retryRollbacks();
    this.stopRollbackRetries();
    this.closed = true;
    try {
      // a flush that failed earlier was reported then; the environment closes all the same
      // (and a checkpoint: a closed database needs none of its redo records)
      await this.store.durable().catch((error: unknown) => { if (error !== this.store.poisoned) throw error; });
      await this.store.checkpoint().catch((error: unknown) => { if (error !== this.store.poisoned) throw error; });
    } finally {
      this.store.closeSyncs();
      // its share of the host's cache budget goes back to the other databases
      this.store.tupleCache.release();
      await this.env.close();
      this.releaseOwner();
    }
  }
}

/** the lock owner of a transaction recovered in doubt (its locks are re-taken at open) */
export function inDoubtOwner(txnNo: number): string {
  return `in-doubt:${txnNo}`;
}

/** Create a new database directory with its system catalogs, and open it (callers that
 *  only create may ignore the result; close it before opening the path again). */
export async function createDatabase(
  directory: string, name: string, dba = 'ingres', options: StorageOptions = {},
): Promise<DatabaseImpl> {
  await initialiseDatabase(directory, name, dba);
  return openDatabase(directory, name, dba, options);
}

async function initialiseDatabase(directory: string, name: string, dba: string): Promise<void> {
  if (existsSync(join(directory, ENV_FILE))) {
    throw new IngresError(8002, `database '${name}' already exists`);
  }
  mkdirSync(directory, { recursive: true });
  const env = openEnv(directory, 'statement');
  let store: Store | null = null;
  try {
    store = new Store(env, 'statement');
    const bootstrap = store;
    bootstrap.write(() => {
      bootstrap.meta.putSync('format', FORMAT_VERSION);
      bootstrap.meta.putSync('name', name);
      bootstrap.meta.putSync('epoch', 0);
      const descs = catalogDescs(dba);
      const relation = descs.find((d) => d.id === RELATION_ID);
      const attribute = descs.find((d) => d.id === ATTRIBUTE_ID);
      assert(relation !== undefined && attribute !== undefined, 'catalog bootstrap');
      for (const desc of descs) {
        bootstrap.insert(relation, relationTuple(desc), [], null);
        for (const tuple of attributeTuples(desc)) bootstrap.insert(attribute, tuple, [], null);
      }
      bootstrap.meta.putSync('counters', { nextTid: bootstrap.nextTid, nextRelId: FIRST_USER_ID } satisfies Counters);
      // every tuple key of this database holds the collated tuple hash (store.ts legacyPrefix)
      bootstrap.meta.putSync(COLLATED_FROM, 0);
    });
  } finally {
    store?.tupleCache.release();
    await env.close();
  }
}

/** Open an existing database: validate, run recovery, load the catalog cache. */
export async function openDatabase(
  directory: string, name: string, dba = 'ingres', options: StorageOptions = {},
): Promise<DatabaseImpl> {
  let isDirectory = false;
  try {
    isDirectory = statSync(directory).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw damaged(name, `directory ${directory} does not exist`);
  if (!existsSync(join(directory, ENV_FILE))) throw damaged(name, `${join(directory, ENV_FILE)} is missing`);
  const sync = options.sync ?? 'group';
  // before anything reads or writes the steady point and the redo log: they have one writer
  const release = takeOwnership(directory, name);
  let findings: SteadyFindings;
  try {
    // after a machine restart: back to the last checkpoint, before lmdb reads (or
    // checkEnvFile judges) a meta page the crash may have torn, or that may point at pages
    // the disk never got; the redo records after it are applied once lmdb is open
    findings = restoreSteadyPoint(directory);
  } catch (error) {
    release();
    throw damaged(name, `its steady point cannot be restored (${error instanceof Error ? error.message : String(error)})`, error);
  }
  let env: RootDatabase;
  try {
    checkEnvFile(name, join(directory, ENV_FILE));
    verifyTrees(name, join(directory, ENV_FILE));
    env = openEnv(directory, sync);
  } catch (error) {
    release();
    if (error instanceof IngresError) throw error;
    throw damaged(name, `lmdb cannot open it (${error instanceof Error ? error.message : String(error)})`, error);
  }
  let db: DatabaseImpl | null = null;
  try {
    const replayed = findings.replay === null ? 0 : replayRedo(env, directory, findings.replay);
    const metaRead = env.openDB<unknown, string>({ name: 'meta' });
    const format = metaRead.get('format');
    if (!FORMATS_READ.includes(format)) {
      throw damaged(name, format === undefined ? 'no format marker (not an INGRES database)' : `unknown format ${String(format)}`);
    }
    const epoch = ((metaRead.get('epoch') as number | undefined) ?? 0) + 1;
    env.readerCheck();
    db = new DatabaseImpl(name, directory, env, epoch, dba, options);
    db.releaseOwner = release;
    if (findings.restored !== null || replayed > 0) {
      db.steadyRestore = { fromTxnId: findings.restored?.fromTxnId ?? findings.txnId, toTxnId: findings.txnId, replayed };
    }
    // pinned and on disk before this process writes a page (and before the redo files
    // just read are written again)
    if (sync === 'group') {
      db.store.openSteady(directory, { redo: options.redo !== false });
    } else {
      // lmdb's ordered commits from here on; what the replay wrote is synced first (the
      // steady point and the records stay until it is)
      if (replayed > 0) syncFile(join(directory, ENV_FILE));
      removeSteadyPoint(directory);
    }
    const meta = db.store.meta;
    // a database made before 12-07 has tuple keys with the exact tuple hash in every
    // relation there is now; relations made from here on (modify makes a new one) have
    // the collated hash only
    const recorded = meta.get(COLLATED_FROM) as number | undefined;
    const collatedFrom = recorded ?? db.persistedCounters().nextRelId;
    db.store.collatedFrom = collatedFrom;
    db.store.write(() => {
      meta.putSync('epoch', epoch);
      if (format !== FORMAT_VERSION) meta.putSync('format', FORMAT_VERSION);
      if (recorded === undefined) meta.putSync(COLLATED_FROM, collatedFrom);
    });
    db.recovery = recover(db);
    await db.store.durable();
    return db;
  } catch (error) {
    db?.store.closeSyncs();
    db?.store.tupleCache.release();
    await env.close().catch(() => undefined);
    release();
    if (error instanceof IngresError) throw error;
    throw damaged(name, error instanceof Error ? error.message : String(error), error);
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** lmdb trusts its file: a garbage or truncated file can crash the process (SIGSEGV, not
 *  an exception), so check both meta pages first: magic number, and a last used page that
 *  the file can hold (lmdb may have allocated one page past the end it has written).
 *  verifyTrees then walks every page the newest one reaches. */
function checkEnvFile(name: string, path: string): void {
  const metas: Buffer[] = [];
  let fileBytes = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      fileBytes = fstatSync(fd).size;
      const first = Buffer.alloc(LMDB_META_BYTES);
      const read = readSync(fd, first, 0, first.length, 0);
      if (read === 0) throw damaged(name, `${path} is empty`);
      if (read < first.length) throw damaged(name, `${path} is truncated`);
      if (first.readUInt32LE(LMDB_MAGIC_OFFSET) !== LMDB_MAGIC) throw damaged(name, `${path} is not an lmdb environment`);
      const pageBytes = first.readUInt32LE(LMDB_PAGE_SIZE_OFFSET);
      if (pageBytes < 512 || pageBytes > 65536 || (pageBytes & (pageBytes - 1)) !== 0) {
        throw damaged(name, `${path} has a bad page size ${pageBytes}`);
      }
      const second = Buffer.alloc(LMDB_META_BYTES);
      if (readSync(fd, second, 0, second.length, pageBytes) < second.length) throw damaged(name, `${path} is truncated`);
      metas.push(first, second);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof IngresError) throw error;
    throw damaged(name, `cannot read ${path} (${error instanceof Error ? error.message : String(error)})`, error);
  }
  const pageBytes = metas[0]?.readUInt32LE(LMDB_PAGE_SIZE_OFFSET) ?? 4096;
  const pages = Math.floor(fileBytes / pageBytes);
  for (const meta of metas) {
    if (meta.readUInt32LE(LMDB_MAGIC_OFFSET) !== LMDB_MAGIC) throw damaged(name, `${path} has a damaged meta page`);
    const lastPage = Number(meta.readBigUInt64LE(LMDB_LAST_PAGE_OFFSET));
    if (lastPage > pages) throw damaged(name, `${path} is truncated (${pages} pages, page ${lastPage} in use)`);
  }
}

/** every page of the snapshot lmdb will open, read and bounds-checked (verify.ts): one
 *  read per page, ~3 µs each with the file cached */
function verifyTrees(name: string, path: string): void {
  try {
    verifyEnvFile(path);
  } catch (error) {
    if (error instanceof EnvDamage) throw damaged(name, `${path}: ${error.message}`);
    throw damaged(name, `cannot read ${path} (${error instanceof Error ? error.message : String(error)})`, error);
  }
}

/** Remove a database directory and everything in it. */
export async function destroyDatabase(directory: string): Promise<void> {
  rmSync(directory, { recursive: true, force: true });
}
