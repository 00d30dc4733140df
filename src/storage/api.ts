/*
 * api.ts — CONTRACT written by the lead: what the executor and the session layer use
 * from storage + catalog + transactions. The storage/catalog/txn owner implements it and
 * may ADD members; renaming or removing one breaks the executor.
 * One Database = one lmdb environment = one INGRES database on this host.
 */
import type { QType, Value } from '../types/value.js';
import type { SortOrder, StructureName } from '../parser/ast.js';
import type { IngresError } from '../common/errors.js';
import type { SteadyRestore } from './steady.js';

export type RelationKind = 'catalog' | 'user' | 'view' | 'index';

export interface AttributeDesc {
  readonly name: string;
  readonly type: QType;
  /** 1-based position in the storage key, 0 when not a key (attribute catalog's attxtra) */
  readonly keyNo: number;
}

export interface RelationDesc {
  /** internal id; keys of its tuples are prefixed by it; changes on modify */
  readonly id: number;
  readonly name: string;
  readonly owner: string;
  readonly kind: RelationKind;
  readonly attributes: readonly AttributeDesc[];
  /** without the 'c' prefix: heap hash isam btree heapsort truncated → stored as heap */
  readonly structure: 'heap' | 'hash' | 'isam' | 'btree' | 'heapsort';
  readonly compressed: boolean;
  /** key attributes in key order (attribute index into `attributes`) */
  readonly keys: readonly { readonly attribute: number; readonly order: SortOrder }[];
  readonly fillfactor: number;
  readonly minpages: number;
  readonly maxpages: number;
  /** for kind 'index': the primary relation's name; else null */
  readonly indexOf: string | null;
  /** names of this relation's secondary indexes */
  readonly indexes: readonly string[];
  /** expiry, ms since epoch; 0 = never expires */
  readonly saveUntil: number;
  readonly tupleCount: number;
  /** tuple width in bytes (sum of attribute lengths) */
  readonly width: number;
  /** host holding the relation (multi-host); null = this host */
  readonly host: string | null;
}

export interface CreateRelationSpec {
  readonly name: string;
  readonly owner: string;
  readonly attributes: readonly { readonly name: string; readonly type: QType }[];
  readonly host?: string | null;
  /** days until expiry (INGRES: 7); 0 = never */
  readonly saveDays?: number;
  /** 'view': a relation entry without tuples (help, name checks); default 'user' */
  readonly kind?: 'user' | 'view';
}

export interface ModifySpec {
  readonly structure: StructureName;
  readonly keys: readonly { readonly attribute: string; readonly order: SortOrder }[];
  readonly fillfactor?: number;
  readonly minpages?: number;
  readonly maxpages?: number;
}

/** An opaque locator of a stored tuple (the lmdb key). Valid until the tuple changes. */
export type TupleRef = unknown;
export interface StoredTuple {
  readonly ref: TupleRef;
  readonly values: readonly Value[];
}
export interface KeyBound {
  readonly values: readonly Value[];
  readonly inclusive: boolean;
}

/** Stored definitions of qrymod objects (catalog `tree`/`protect`/`integrities`). */
export interface DefinitionDesc {
  readonly relation: string;
  readonly id: number;
  readonly kind: 'view' | 'permit' | 'integrity';
  /** the QUEL source text of the define statement */
  readonly text: string;
}

/**
 * S/X: share/exclusive. IS/IX: intention locks on a relation whose statement reads (IS) or
 * changes (IX) only the tuples of one key, locked by name with keyLockName (S/X). SIX: S
 * and IX at once (a transaction that read the whole relation and changes keys of it, or
 * the other way round); statements never ask for it, owners come to hold it.
 */
export type LockMode = 'IS' | 'IX' | 'S' | 'SIX' | 'X';
export interface LockRequest {
  /** a relation name, a key of one (keyLockName), or CATALOG_LOCK for the whole catalog */
  readonly name: string;
  readonly mode: LockMode;
}
export const CATALOG_LOCK = '$catalog';

/**
 * A transaction of one session. Reads and writes are SYNCHRONOUS once the needed locks are
 * held (acquire them all first with `lock`). Writes happen only inside `statement(fn)`,
 * which is atomic: if fn throws, nothing it wrote remains. `commit` resolves only when the
 * commit is durable on disk (lmdb flushed).
 */
export interface Transaction {
  readonly id: string;
  /** strict 2PL, relation level; rejects with IngresError 6001 (deadlock victim, rolled back) */
  lock(requests: readonly LockRequest[]): Promise<void>;

  // --- catalog reads
  relation(name: string): RelationDesc | undefined;
  relations(): readonly RelationDesc[];
  definitions(relation: string, kind: DefinitionDesc['kind']): readonly DefinitionDesc[];

  // --- tuple reads (system catalogs are scannable relations too)
  scan(relation: RelationDesc): Iterable<StoredTuple>;
  /** equality on a prefix of the primary key (hash needs the whole key) */
  seekEqual(relation: RelationDesc, keyValues: readonly Value[]): Iterable<StoredTuple>;
  /** range on the first key attribute; isam/btree/heapsort only */
  seekRange(relation: RelationDesc, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple>;
  /** a scan that returns only the tuples whose attribute (position) lies in the range */
  scanRange(relation: RelationDesc, attribute: number, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple>;
  /** through a secondary index: base-relation tuples whose index key equals / lies in range */
  seekIndex(index: RelationDesc, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple>;

  /**
   * Run `fn` with reads that stream even inside a statement that writes: the caller
   * promises that nothing `fn` reads is written before the read ends. Otherwise reads
   * inside a writing statement are held whole first (its own writes are never read).
   */
  streamingReads<T>(fn: () => T): T;

  // --- writes: only inside statement(); indexes are maintained by storage
  statement<T>(fn: () => T): T;
  /**
   * Run `fn`, and every statement() it makes, in ONE lmdb write transaction: each
   * statement is a nested (child) transaction, so a failing statement still rolls back
   * only itself, and the batch commits its writes together (one page write-out and one
   * fsync's worth of pages instead of one per statement). Synchronous: acquire every lock
   * first. If `fn` throws, everything the batch wrote is rolled back and it rethrows.
   */
  batch<T>(fn: () => T): T;
  /** false = not stored because the keyed structure already holds an equal tuple (chars
   *  compared without blanks) */
  insert(relation: RelationDesc, values: readonly Value[]): boolean;
  /**
   * Fill a relation this transaction made (empty, no indexes; `retrieve into`) with the
   * tuples `fill` hands to `add`, stored as modify stores them (duplicates dropped
   * unless heap) and without undo records (an abort purges the relation). Returns the
   * number stored.
   */
  load(relation: RelationDesc, fill: (add: (values: readonly Value[]) => void) => void): number;
  delete(relation: RelationDesc, ref: TupleRef): void;
  /** false = the new tuple duplicates one already stored (keyed structure): old one removed */
  update(relation: RelationDesc, ref: TupleRef, values: readonly Value[]): boolean;
  createRelation(spec: CreateRelationSpec): RelationDesc;
  destroyRelation(name: string): void;
  modifyRelation(name: string, spec: ModifySpec): RelationDesc;
  /** read relation `name` into the tuple cache once this statement commits (bulk writes) */
  warmAfterStatement(name: string): void;
  createIndex(relation: string, indexName: string, attributes: readonly string[]): RelationDesc;
  saveRelation(name: string, untilMs: number): void;
  defineObject(definition: Omit<DefinitionDesc, 'id'>): DefinitionDesc;
  destroyObjects(relation: string, kind: DefinitionDesc['kind'], ids: readonly number[] | 'all'): number;
  /** the catalog history: its length and the ids of its last `max` entries */
  catalogHistory(max: number): CatalogHistory;
  /** make the catalog history `history` (a catalog copy adopts its source's); a write */
  replaceCatalogHistory(history: CatalogHistory): void;

  commit(): Promise<void>;
  /**
   * Ends the transaction and rolls its changes back. Never fails for want of disk space: if
   * the rollback cannot be written, the transaction is aborted all the same, keeps its locks
   * and is retried (rollbackFailure then says why until it is written).
   */
  abort(): void;
  /** the error (8026) holding up this aborted transaction's rollback; null when none */
  readonly rollbackFailure: IngresError | null;
}

export interface BeginOptions {
  /**
   * The transaction runs exactly one statement (a lone QUEL statement outside `begin
   * transaction`): no undo records are written, since the statement's lmdb transaction is
   * already atomic; a second statement() throws 6000 and abort() after a successful
   * statement cannot undo it. Much cheaper for lone writes.
   */
  readonly singleStatement?: boolean;
  /**
   * All the transaction's statements run inside one batch() (a whole `begin transaction …
   * end transaction` sent in one query buffer): no undo records, because the batch's lmdb
   * transaction is atomic by itself. A statement outside the batch throws 6000; prepare()
   * is refused; abort() after the batch finished cannot undo it (commit it instead).
   */
  readonly batchOnly?: boolean;
  /**
   * The global transaction (`"<userhost>.<start ms>.<n>"`) this local transaction is the
   * part of, when that transaction is one the master runs again if it loses (a one-request
   * block): its lock requests follow wait-die against other such parts (an older one may
   * wait for a younger; a younger one that would wait for an older is rolled back at once,
   * 6015), so deadlocks spanning hosts end at once instead of by timeout.
   */
  readonly globalId?: string;
  /**
   * Lock requests never wait: one that cannot be granted at once rolls the transaction back
   * with 6017 (a distributed block sent to every host at once; the master then runs it with
   * its hosts in turn, which waits as the statements one by one would).
   */
  readonly noWait?: boolean;
  /**
   * The id this transaction is recorded under in the catalog history if it changes the
   * logical catalog (a 2PC part: its global id, the same on every host that applies the
   * change). Without it a transaction's catalog changes are not recorded: only a
   * database's TM parts change the catalog of a database spread over hosts.
   */
  readonly catalogHistoryId?: string;
}

/**
 * The catalog history of a database on this host: `count` transactions changed its
 * logical catalog; `tail` holds the ids of the last of them (oldest first). Hosts compare
 * histories to tell whose catalog is newer (src/serverdb/catalog-history.ts).
 */
export interface CatalogHistory {
  readonly count: number;
  readonly tail: readonly string[];
}

export interface Database {
  readonly name: string;
  readonly directory: string;
  /** a new transaction for a session; `user` is the owner name for created relations */
  begin(user: string, options?: BeginOptions): Transaction;
  close(): Promise<void>;
  /**
   * Optional: changes whenever an X lock on CATALOG_LOCK is granted or released
   * (LockManager.exclusiveEpoch). The same value before a statement's analysis and after
   * its locks (S or X on CATALOG_LOCK among them) were granted means no other transaction
   * could change the catalog in between: the analysis stands and need not be repeated.
   */
  catalogEpoch?(): number;
  /** Optional: set when opening went back to the steady point after a machine restart
   *  (src/storage/steady.ts): lmdb's newest transaction on disk and the one opened at. */
  readonly steadyRestore?: SteadyRestore | null;
}
