/*
 * transaction.ts — the Transaction of storage/api.ts: strict two-phase locking through the
 * LockManager, atomic statements (each one lmdb write transaction), an undo log for
 * multi-statement transactions, and the DDL operations (create, destroy, modify, index,
 * save, define/destroy of views, permits, integrities) done as catalog tuple writes.
 * The state machine and a worked call trace are in src/txn/README.md.
 */
import { IngresError, assert, ingresError } from '../common/errors.js';
import type { Value } from '../types/value.js';
import type {
  BeginOptions, CatalogHistory, CreateRelationSpec, DefinitionDesc, KeyBound, LockRequest, ModifySpec, RelationDesc,
  StoredTuple, Transaction, TupleRef,
} from '../storage/api.js';
import type { StructureName } from '../parser/ast.js';
import type { CacheEntry } from '../catalog/cache.js';
import {
  attributeTuples, definitionTuples, definitionsOf, indexesTuple, relationTuple, tupleWidth,
} from '../catalog/descriptors.js';
import {
  ATT, ATTRIBUTE_ID, CATALOG_NAMES, FIRST_USER_ID, IDX, INDEXES_ID, REL, RELATION_ID, TREE,
  TREE_ID, TREE_TYPE,
} from '../catalog/schema.js';
import { inBounds, type IndexPlan, type UndoSink } from '../storage/store.js';
import type { DatabaseImpl } from '../storage/database.js';
import { UndoLog, forgetLogged, rollBackLogged, type CountChange, type PreparedInfo } from './undo-log.js';
import { keyForm } from '../storage/keys.js';
import { globalPriority } from '../common/global-id.js';
import { describeLock, isKeyLock, mergeLockRequests } from './lock-manager.js';

export type TxnState = 'active' | 'prepared' | 'committed' | 'aborted';

/** The relation whose locks cover `desc`: itself, or an index's base relation. */
function lockedAs(desc: RelationDesc): string {
  return desc.kind === 'index' && desc.indexOf !== null ? desc.indexOf : desc.name;
}

const DAY_MS = 86_400_000;
const MAX_DOMAINS = 49;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface StructureDefaults {
  readonly stored: RelationDesc['structure'];
  readonly compressed: boolean;
  readonly fillfactor: number;
  readonly minpages: number;
  readonly maxpages: number;
  readonly keyed: boolean;
}

const STRUCTURES: Record<StructureName, StructureDefaults> = {
  heap: { stored: 'heap', compressed: false, fillfactor: 100, minpages: 1, maxpages: 0, keyed: false },
  cheap: { stored: 'heap', compressed: true, fillfactor: 100, minpages: 1, maxpages: 0, keyed: false },
  truncated: { stored: 'heap', compressed: false, fillfactor: 100, minpages: 1, maxpages: 0, keyed: false },
  hash: { stored: 'hash', compressed: false, fillfactor: 50, minpages: 10, maxpages: 0, keyed: true },
  chash: { stored: 'hash', compressed: true, fillfactor: 75, minpages: 1, maxpages: 0, keyed: true },
  isam: { stored: 'isam', compressed: false, fillfactor: 80, minpages: 1, maxpages: 0, keyed: true },
  cisam: { stored: 'isam', compressed: true, fillfactor: 100, minpages: 1, maxpages: 0, keyed: true },
  btree: { stored: 'btree', compressed: false, fillfactor: 80, minpages: 1, maxpages: 0, keyed: true },
  cbtree: { stored: 'btree', compressed: true, fillfactor: 100, minpages: 1, maxpages: 0, keyed: true },
  heapsort: { stored: 'heapsort', compressed: false, fillfactor: 100, minpages: 1, maxpages: 0, keyed: true },
  cheapsort: { stored: 'heapsort', compressed: true, fillfactor: 100, minpages: 1, maxpages: 0, keyed: true },
};

export class TransactionImpl implements Transaction {
  readonly id: string;
  state: TxnState = 'active';
  private readonly log: UndoLog | null;
  private statements = 0;
  private inStatement = false;
  /** inside batch(): statements are child lmdb transactions of the batch's */
  private inBatch = false;
  /** storage ids born in this transaction (no undo needed; purged on abort) */
  private readonly createdIds = new Set<number>();
  /** storage ids dead once this transaction commits */
  private readonly droppedIds = new Set<number>();
  /** per-statement tuple count changes, by relation name */
  private deltas = new Map<string, number>();
  /**
   * Tuple count changes of relations this transaction holds only IX on (it changed tuples
   * of single keys): other transactions may change the same counts meanwhile, so they are
   * not written under an undo record (an abort would set the others' changes back too) but
   * by commit, in its own write (writeTupleCounts). By relation name, with the storage id
   * they belong to. A prepare records them in the log header, for a commit after a restart.
   */
  private deferredCounts = new Map<string, { readonly id: number; readonly delta: number }>();
  private statementDropped: number[] = [];
  private statementCreated: number[] = [];
  /** this transaction's entry is in the catalog history (written by its first DDL) */
  private historyNoted = false;
  /**
   * it wrote catalog tuples other than its relations' tuple counts (DDL, the catalog
   * history): a prepare records it, and recovery then locks the whole catalog for it in
   * doubt. A count alone is covered by the X lock on its relation, which it holds.
   */
  private catalogChanged = false;
  /** … first by the statement now running (a failing statement takes it back) */
  private catalogChangedInStatement = false;
  /** … by the statement now running (a failing statement takes it back) */
  private historyNotedInStatement = false;

  constructor(
    private readonly db: DatabaseImpl,
    readonly txnNo: number,
    readonly user: string,
    readonly options: BeginOptions,
  ) {
    this.id = db.txnIdOf(txnNo);
    if (options.globalId !== undefined) db.locks.setPriority(this.id, globalPriority(options.globalId));
    const undo = options.singleStatement !== true && options.batchOnly !== true;
    this.log = undo ? new UndoLog(db.store, txnNo, user, this.createdIds) : null;
  }

  // ---------------------------------------------------------------- locks

  async lock(requests: readonly LockRequest[]): Promise<void> {
    this.checkActive();
    const merged = mergeLockRequests(requests.map((r) => this.onBaseRelation(r)));
    const names = [...merged.keys()].sort();
    if (this.options.noWait === true) {
      for (const name of names) {
        if (this.db.locks.tryAcquire(this.id, name, merged.get(name) as LockRequest['mode'])) continue;
        this.abort();
        throw ingresError(6017, describeLock(name));
      }
      return;
    }
    for (const name of names) {
      try {
        await this.db.locks.acquire(this.id, name, merged.get(name) as LockRequest['mode']);
      } catch (error) {
        if (this.state === 'active') this.abort();
        throw error;
      }
      if (this.state !== 'active') throw ingresError(6005, 'it was rolled back while waiting for a lock');
    }
  }

  // ---------------------------------------------------------------- catalog reads

  relation(name: string): RelationDesc | undefined {
    const desc = this.db.cache.get(name)?.desc;
    return desc === undefined ? undefined : this.withOwnCount(desc);
  }

  relations(): readonly RelationDesc[] {
    const all = this.db.cache.all();
    return this.deferredCounts.size === 0 ? all : all.map((desc) => this.withOwnCount(desc));
  }

  /** `desc` as this transaction sees it: its tuple count with this transaction's own
   *  deferred changes (others see the committed count until it commits) */
  private withOwnCount(desc: RelationDesc): RelationDesc {
    const own = this.deferredCounts.get(desc.name);
    if (own === undefined || own.id !== desc.id || own.delta === 0) return desc;
    return { ...desc, tupleCount: Math.max(0, desc.tupleCount + own.delta) };
  }

  definitions(relation: string, kind: DefinitionDesc['kind']): readonly DefinitionDesc[] {
    // Every DML statement asks for its relation's permits and integrities (qrymod); reading
    // and parsing the tree catalog each time was ~0.06 ms a statement. Cached per database,
    // valid while nothing wrote the tree catalog (store.versionOf(TREE_ID)) and nothing was
    // rolled back (store.epoch); filled only outside write statements, so a statement that
    // fails after writing the tree cannot leave its uncommitted definitions cached.
    const store = this.db.store;
    const cacheKey = `${kind}\u0000${relation}`;
    const version = store.versionOf(TREE_ID);
    const epoch = store.epoch;
    const cached = this.db.definitionCache.get(cacheKey);
    if (cached !== undefined && cached.version === version && cached.epoch === epoch) return cached.list;
    const tree = this.db.cache.bootDesc(TREE_ID);
    const letter = TREE_TYPE[kind];
    const tuples = [...store.seekEqual(tree, [relation])]
      .map((t) => t.values)
      .filter((v) => v[TREE.treerelid] === relation && v[TREE.treetype] === letter);
    const list = Object.freeze(definitionsOf(tuples));
    if (store.writeDepth === 0) this.db.definitionCache.set(cacheKey, { version, epoch, list });
    return list;
  }

  // ---------------------------------------------------------------- tuple reads

  scan(relation: RelationDesc): Iterable<StoredTuple> {
    const entry = this.entryOf(relation);
    const desc = entry.desc;
    if (desc.kind === 'view') return [];
    if (desc.kind === 'index') {
      const plan = this.indexPlan(desc);
      if (plan === undefined) return [];
      return this.db.store.scanIndex(plan.base, plan.plan);
    }
    if (desc.id === RELATION_ID) return this.patchedRelationCatalog(desc);
    return this.db.store.scan(desc);
  }

  seekEqual(relation: RelationDesc, keyValues: readonly Value[]): Iterable<StoredTuple> {
    const desc = this.entryOf(relation).desc;
    if (desc.kind === 'view') return [];
    if (desc.kind === 'index' || desc.id === RELATION_ID) {
      const columns = desc.keys.map((k) => k.attribute);
      return filterTuples(this.scan(desc), (v) => keyValues.every((x, n) => sameKeyValue(v[columns[n] as number] as Value, x)));
    }
    return this.db.store.seekEqual(desc, keyValues);
  }

  seekRange(relation: RelationDesc, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    const desc = this.entryOf(relation).desc;
    if (desc.kind === 'view') return [];
    return this.db.store.seekRange(desc, low, high);
  }

  scanRange(relation: RelationDesc, attribute: number, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    const desc = this.entryOf(relation).desc;
    if (desc.kind === 'index' || desc.id < FIRST_USER_ID) {
      return filterTuples(this.scan(desc), (v) => inBounds(v[attribute] as Value, low, high));
    }
    if (desc.kind === 'view') return [];
    return this.db.store.scanRange(desc, attribute, low, high);
  }

  seekIndex(index: RelationDesc, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    const desc = this.entryOf(index).desc;
    const plan = this.indexPlan(desc);
    if (plan === undefined) return [];
    return this.db.store.seekIndex(plan.base, desc, low, high);
  }

  streamingReads<T>(fn: () => T): T {
    return this.db.store.streamingReads(fn);
  }

  // ---------------------------------------------------------------- statements

  statement<T>(fn: () => T): T {
    this.checkActive();
    if (this.inStatement) return fn();
    if (this.options.singleStatement === true && this.statements > 0) {
      throw ingresError(6000, 'a single-statement transaction cannot run a second statement');
    }
    if (this.options.batchOnly === true && !this.inBatch) {
      throw ingresError(6000, 'a batch-only transaction runs its statements inside its batch');
    }
    const store = this.db.store;
    const logPosition = this.log?.position ?? 0;
    const counters = this.db.persistedCounters();
    const deferred = new Map(this.deferredCounts);
    this.inStatement = true;
    this.deltas = new Map();
    this.statementDropped = [];
    this.statementCreated = [];
    this.historyNotedInStatement = false;
    this.catalogChangedInStatement = false;
    try {
      const result = store.write(() => {
        const value = fn();
        this.finishStatement();
        return value;
      });
      this.statements++;
      return result;
    } catch (error) {
      // the lmdb transaction rolled back: so did everything the statement wrote
      this.log?.resetTo(logPosition);
      this.db.restorePersistedCounters(counters);
      this.deferredCounts = deferred;
      for (const id of this.statementDropped) this.droppedIds.delete(id);
      for (const id of this.statementCreated) this.createdIds.delete(id);
      if (this.historyNotedInStatement) this.historyNoted = false;
      if (this.catalogChangedInStatement) this.catalogChanged = false;
      this.db.rebuildCache();
      throw error;
    } finally {
      this.inStatement = false;
    }
  }

  /**
   * One lmdb write transaction around `fn`; its statements become child transactions
   * (lmdb-js nests transactionSync inside a write as childTransaction), so each still
   * rolls back alone. A throw out of `fn` discards the whole batch, and the JS-side state
   * its statements changed (undo position, counters, storage ids, catalog cache) with it.
   */
  batch<T>(fn: () => T): T {
    this.checkActive();
    assert(!this.inStatement && !this.inBatch, 'batch inside a statement or a batch');
    if (this.options.singleStatement === true) throw ingresError(6000, 'a single-statement transaction cannot run a batch');
    if (this.options.batchOnly === true && this.statements > 0) {
      throw ingresError(6000, 'a batch-only transaction runs one batch');
    }
    const logPosition = this.log?.position ?? 0;
    const counters = this.db.persistedCounters();
    const deferred = new Map(this.deferredCounts);
    const created = new Set(this.createdIds);
    const dropped = new Set(this.droppedIds);
    const historyNoted = this.historyNoted;
    const catalogChanged = this.catalogChanged;
    this.inBatch = true;
    try {
      return this.db.store.write(fn);
    } catch (error) {
      this.log?.resetTo(logPosition);
      this.db.restorePersistedCounters(counters);
      this.deferredCounts = deferred;
      for (const id of [...this.createdIds]) if (!created.has(id)) this.createdIds.delete(id);
      for (const id of [...this.droppedIds]) if (!dropped.has(id)) this.droppedIds.delete(id);
      this.historyNoted = historyNoted;
      this.catalogChanged = catalogChanged;
      this.db.rebuildCache();
      throw error;
    } finally {
      this.inBatch = false;
      // a batch-only transaction's one batch is over, whatever its statements did
      if (this.options.batchOnly === true) this.statements = Math.max(this.statements, 1);
    }
  }

  /** Inside the statement's lmdb transaction: persist counts, counters, purges. */
  private finishStatement(): void {
    const cache = this.db.cache;
    for (const [name, delta] of this.deltas) {
      if (delta === 0) continue;
      const entry = cache.get(name);
      if (entry === undefined) continue;
      if (this.log !== null && this.holdsIntentionOnly(entry.desc)) {
        const earlier = this.deferredCounts.get(name);
        const sum = (earlier?.id === entry.desc.id ? earlier.delta : 0) + delta;
        this.deferredCounts.set(name, { id: entry.desc.id, delta: sum });
        continue;
      }
      // under X (or SIX) nobody else changes the count: this transaction's own changes
      // deferred under IX so far go into the written count now (and its undo record), or a
      // commit would add again what this statement's delta already took into account
      const own = this.deferredCounts.get(name);
      this.deferredCounts.delete(name);
      const total = delta + (own?.id === entry.desc.id ? own.delta : 0);
      const desc = { ...entry.desc, tupleCount: Math.max(0, entry.desc.tupleCount + total) };
      if (desc.kind === 'catalog') cache.replaceDesc(desc);
      else this.writeRelationTuple(desc, true);
    }
    if (this.log === null) {
      for (const id of this.droppedIds) this.db.store.purge(id);
      this.droppedIds.clear();
    }
    this.db.persistCounters();
  }

  /**
   * A secondary index is changed under its base relation's locks (IX and key X, or X), never
   * its own: a lock on an index is taken on its base relation, so a statement reading an
   * index directly (`range of i is empx`) waits for writers of the base as a read of the
   * base would. (Until 12-06 it took the index's own lock, which no writer held: it read
   * uncommitted entries, and a transaction's second read could differ from its first.)
   */
  private onBaseRelation(request: LockRequest): LockRequest {
    if (isKeyLock(request.name)) return request;
    const desc = this.db.cache.get(request.name)?.desc;
    const name = desc === undefined ? request.name : lockedAs(desc);
    return name === request.name ? request : { ...request, name };
  }

  /** This transaction holds IX, not X, on `desc` (an index: on its base relation): other
   *  transactions may change other keys of it, and its tuple count, meanwhile. */
  private holdsIntentionOnly(desc: RelationDesc): boolean {
    return this.db.locks.holds(this.id, lockedAs(desc)) === 'IX';
  }

  /** the deferred count changes, as a prepare records them and a commit applies them */
  private countChanges(): CountChange[] {
    return [...this.deferredCounts].map(([name, { id, delta }]) => [name, id, delta] as const);
  }

  private write<T>(fn: () => T): T {
    return this.inStatement ? fn() : this.statement(fn);
  }

  /**
   * A write that changes the logical catalog: the transaction's first one also appends its
   * catalogHistoryId to the catalog history, in the same statement (so undo, recovery and
   * an in-doubt part treat the entry like the change itself).
   */
  private ddl<T>(fn: () => T): T {
    return this.write(() => {
      const value = fn();
      const id = this.options.catalogHistoryId;
      if (id !== undefined && !this.historyNoted) {
        this.noteCatalogChange();
        this.db.store.appendCatalogHistory(id, this.undo);
        this.historyNoted = true;
        this.historyNotedInStatement = true;
      }
      return value;
    });
  }

  catalogHistory(max: number): CatalogHistory {
    return this.db.store.catalogHistory(max);
  }

  replaceCatalogHistory(history: CatalogHistory): void {
    this.write(() => {
      this.noteCatalogChange();
      this.db.store.replaceCatalogHistory(history, this.undo);
      this.historyNoted = true;
      this.historyNotedInStatement = true;
    });
  }

  private get undo(): UndoSink | null {
    return this.log;
  }

  private count(name: string, delta: number): void {
    this.deltas.set(name, (this.deltas.get(name) ?? 0) + delta);
  }

  insert(relation: RelationDesc, values: readonly Value[]): boolean {
    return this.write(() => {
      const entry = this.writableEntry(relation);
      if (this.log !== null && this.holdsIntentionOnly(entry.desc)) this.log.perTupleInserts(entry.desc.id);
      const key = this.db.store.insert(entry.desc, values, entry.indexPlans, this.undo);
      if (key === null) return false;
      this.countWithIndexes(entry, 1);
      return true;
    });
  }

  delete(relation: RelationDesc, ref: TupleRef): void {
    this.write(() => {
      const entry = this.writableEntry(relation);
      if (this.db.store.delete(entry.desc, ref as Buffer, entry.indexPlans, this.undo)) this.countWithIndexes(entry, -1);
    });
  }

  update(relation: RelationDesc, ref: TupleRef, values: readonly Value[]): boolean {
    return this.write(() => {
      const entry = this.writableEntry(relation);
      const key = this.db.store.update(entry.desc, ref as Buffer, values, entry.indexPlans, this.undo);
      if (key === undefined) return false;
      if (key === null) {
        this.countWithIndexes(entry, -1);
        return false;
      }
      return true;
    });
  }

  private countWithIndexes(entry: CacheEntry, delta: number): void {
    this.count(entry.desc.name, delta);
    for (const plan of entry.indexPlans) this.count(plan.index.name, delta);
  }

  // ---------------------------------------------------------------- DDL

  createRelation(spec: CreateRelationSpec): RelationDesc {
    return this.ddl(() => {
      const cache = this.db.cache;
      if (CATALOG_NAMES.has(spec.name)) throw ingresError(5103, spec.name);
      if (cache.get(spec.name) !== undefined) throw ingresError(5102, spec.name);
      if (spec.attributes.length > MAX_DOMAINS) throw ingresError(5104, MAX_DOMAINS);
      const seen = new Set<string>();
      for (const attribute of spec.attributes) {
        if (seen.has(attribute.name)) throw ingresError(5105, attribute.name);
        seen.add(attribute.name);
      }
      const saveDays = spec.saveDays ?? 7;
      const desc: RelationDesc = {
        id: this.newId(),
        name: spec.name,
        owner: spec.owner,
        kind: spec.kind ?? 'user',
        attributes: spec.attributes.map((a) => ({ name: a.name, type: a.type, keyNo: 0 })),
        structure: 'heap',
        compressed: false,
        keys: [],
        fillfactor: 100,
        minpages: 1,
        maxpages: 0,
        indexOf: null,
        indexes: [],
        saveUntil: saveDays === 0 ? 0 : wholeSeconds(this.db.now() + saveDays * DAY_MS),
        tupleCount: 0,
        width: tupleWidth(spec.attributes),
        host: spec.host ?? null,
      };
      this.insertCatalogEntry(desc);
      return desc;
    });
  }

  destroyRelation(name: string): void {
    this.ddl(() => {
      const entry = this.db.cache.get(name);
      if (entry === undefined) throw ingresError(5201, name);
      if (entry.desc.kind === 'catalog') throw ingresError(5202, name);
      if (entry.desc.kind === 'index') {
        this.dropIndex(entry.desc);
        return;
      }
      for (const indexName of entry.desc.indexes) {
        const index = this.db.cache.get(indexName);
        if (index !== undefined) this.dropIndex(index.desc);
      }
      this.deleteDefinitions(name, null, 'all');
      this.removeCatalogEntry(entry.desc);
      this.dropId(entry.desc.id);
    });
  }

  load(relation: RelationDesc, fill: (add: (values: readonly Value[]) => void) => void): number {
    return this.write(() => {
      const entry = this.writableEntry(relation);
      const desc = entry.desc;
      assert(this.createdIds.has(desc.id) && desc.tupleCount === 0 && entry.indexPlans.length === 0 && this.deltas.get(desc.name) === undefined,
        'a load into a relation that is not new and empty');
      const loader = this.db.store.bulkLoader(desc);
      fill((values) => loader.add(values));
      this.count(desc.name, loader.count);
      return loader.count;
    });
  }

  /** read relation `name` into the tuple cache when this statement has committed
   *  (modify and copy, which write a whole relation: Store.warmAfterWrite) */
  warmAfterStatement(name: string): void {
    this.db.store.warmAfterWrite(() => this.db.cache.get(name)?.desc);
  }

  modifyRelation(name: string, spec: ModifySpec): RelationDesc {
    return this.ddl(() => {
      const entry = this.db.cache.get(name);
      if (entry === undefined) throw ingresError(5500, name);
      const old = entry.desc;
      if (old.kind === 'catalog') throw ingresError(5501, name);
      if (old.kind === 'view') throw ingresError(5508, name);
      const defaults = STRUCTURES[spec.structure];
      if (defaults === undefined) throw ingresError(5502, spec.structure);
      if (!defaults.keyed && spec.keys.length > 0) throw ingresError(5504, spec.structure);
      const keys = spec.keys.map((k) => {
        const attribute = old.attributes.findIndex((a) => a.name === k.attribute);
        if (attribute < 0) throw ingresError(5503, k.attribute, name);
        if (k.order === 'descending' && defaults.stored !== 'heapsort') throw ingresError(5520);
        return { attribute, order: k.order };
      });
      if (defaults.keyed && keys.length === 0 && old.attributes.length > 0) keys.push({ attribute: 0, order: 'ascending' });
      const options = this.modifyOptions(spec, defaults);
      if (old.kind === 'index') return this.modifyIndex(old, defaults, options);
      // INGRES rule: modify destroys the secondary indexes of the relation
      for (const indexName of old.indexes) {
        const index = this.db.cache.get(indexName);
        if (index !== undefined) this.dropIndex(index.desc);
      }
      const current = this.db.cache.get(name)?.desc ?? old;
      const next: Mutable<RelationDesc> = {
        ...current,
        id: this.newId(),
        structure: defaults.stored,
        compressed: defaults.compressed,
        keys,
        attributes: current.attributes.map((a, index) => ({ ...a, keyNo: keys.findIndex((k) => k.attribute === index) + 1 })),
        fillfactor: options.fillfactor,
        minpages: options.minpages,
        maxpages: options.maxpages,
        indexes: [],
        tupleCount: 0,
      };
      const store = this.db.store;
      // the old id is read while the new one is written: nothing read is written meanwhile
      next.tupleCount = spec.structure === 'truncated' ? 0 : store.streamingReads(() => store.bulkLoad(next, store.scan(current)));
      // an empty relation is not read back: `retrieve into` gives its new relation its
      // structure while empty, then loads it, and reading a million tuples back into the
      // cache took it 1.8 s before it could answer (a first scan fills the cache anyway)
      if (next.tupleCount > 0) this.warmAfterStatement(name);
      // the count is now exact: earlier changes of this statement are already in it
      this.deltas.delete(name);
      this.rewriteCatalogEntry(current, next);
      this.dropId(current.id);
      return next;
    });
  }

  /**
   * An index keeps its entries in the ordered index key space whatever structure it is
   * given: modify records the structure and options (help shows them) and moves no data.
   */
  private modifyIndex(
    index: RelationDesc, defaults: StructureDefaults,
    options: { fillfactor: number; minpages: number; maxpages: number },
  ): RelationDesc {
    const stored = defaults.stored === 'heap' || defaults.stored === 'heapsort' ? 'isam' : defaults.stored;
    const next: RelationDesc = { ...index, structure: stored, compressed: defaults.compressed, ...options };
    this.writeRelationTuple(next);
    const primaryName = index.indexOf;
    if (primaryName !== null) {
      const primary = this.db.cache.get(primaryName)?.desc;
      const indexes = this.db.cache.bootDesc(INDEXES_ID);
      for (const tuple of [...this.db.store.seekEqual(indexes, [primaryName])]) {
        if (tuple.values[IDX.irelidi] !== index.name || primary === undefined) continue;
        const columns = next.attributes
          .filter((a) => a.name !== 'tidp')
          .map((a) => primary.attributes.findIndex((b) => b.name === a.name) + 1);
        this.deleteCatalogTuple(INDEXES_ID, tuple.ref as Buffer);
        this.insertCatalogTuple(INDEXES_ID, indexesTuple(primary, next, columns));
      }
      this.db.cache.refreshIndexPlans(primaryName);
    }
    return this.db.cache.get(index.name)?.desc ?? next;
  }

  private modifyOptions(spec: ModifySpec, defaults: StructureDefaults): { fillfactor: number; minpages: number; maxpages: number } {
    const hashed = defaults.stored === 'hash';
    const fillable = defaults.stored === 'hash' || defaults.stored === 'isam' || defaults.stored === 'btree';
    const check = (option: string, value: number | undefined, allowed: boolean, low: number, high: number): void => {
      if (value === undefined) return;
      if (!allowed) throw ingresError(5507, option, spec.structure);
      if (!Number.isInteger(value) || value < low || value > high) throw ingresError(5506, option, value);
    };
    check('fillfactor', spec.fillfactor, fillable, 1, 100);
    check('minpages', spec.minpages, hashed, 1, 2 ** 31 - 1);
    check('maxpages', spec.maxpages, hashed, 1, 2 ** 31 - 1);
    const minpages = spec.minpages ?? defaults.minpages;
    const maxpages = spec.maxpages ?? defaults.maxpages;
    if (maxpages !== 0 && maxpages < minpages) throw ingresError(5506, 'maxpages', maxpages);
    return { fillfactor: spec.fillfactor ?? defaults.fillfactor, minpages, maxpages };
  }

  createIndex(relation: string, indexName: string, attributes: readonly string[]): RelationDesc {
    return this.ddl(() => {
      const cache = this.db.cache;
      const entry = cache.get(relation);
      if (entry === undefined) throw ingresError(5300, relation);
      const primary = entry.desc;
      if (primary.kind === 'index') throw ingresError(5301, relation);
      if (primary.kind === 'view') throw ingresError(5305, relation);
      if (CATALOG_NAMES.has(indexName) || cache.get(indexName) !== undefined) throw ingresError(5302, indexName);
      if (attributes.length === 0 || attributes.length > 6) throw ingresError(5303);
      const columns = attributes.map((name) => {
        const column = primary.attributes.findIndex((a) => a.name === name);
        if (column < 0) throw ingresError(5304, name, relation);
        return column;
      });
      const indexAttributes = [
        ...columns.map((column, n) => ({ ...(primary.attributes[column] as RelationDesc['attributes'][number]), keyNo: n + 1 })),
        { name: 'tidp', type: { kind: 'i' as const, length: 4 }, keyNo: 0 },
      ];
      const index: RelationDesc = {
        id: this.newId(),
        name: indexName,
        owner: primary.owner,
        kind: 'index',
        attributes: indexAttributes,
        structure: 'isam',
        compressed: false,
        keys: columns.map((_c, n) => ({ attribute: n, order: 'ascending' as const })),
        fillfactor: 80,
        minpages: 1,
        maxpages: 0,
        indexOf: primary.name,
        indexes: [],
        saveUntil: primary.saveUntil,
        tupleCount: 0,
        width: tupleWidth(indexAttributes),
        host: primary.host,
      };
      const plan: IndexPlan = { index, columns };
      const built = this.db.store.buildIndex(primary, plan);
      this.insertCatalogEntry({ ...index, tupleCount: built });
      this.insertCatalogTuple(INDEXES_ID, indexesTuple(primary, index, columns.map((c) => c + 1)));
      this.writeRelationTuple({ ...primary, indexes: [...primary.indexes, indexName] });
      cache.refreshIndexPlans(primary.name);
      return cache.get(indexName)?.desc as RelationDesc;
    });
  }

  saveRelation(name: string, untilMs: number): void {
    this.ddl(() => {
      const entry = this.db.cache.get(name);
      if (entry === undefined) throw ingresError(5900, name);
      this.writeRelationTuple({ ...entry.desc, saveUntil: wholeSeconds(untilMs) });
    });
  }

  defineObject(definition: Omit<DefinitionDesc, 'id'>): DefinitionDesc {
    return this.ddl(() => {
      const existing = this.definitions(definition.relation, definition.kind);
      const id = existing.reduce((max, d) => Math.max(max, d.id), 0) + 1;
      const full: DefinitionDesc = { ...definition, id };
      const owner = this.db.cache.get(definition.relation)?.desc.owner ?? this.user;
      for (const tuple of definitionTuples(owner, full)) this.insertCatalogTuple(TREE_ID, tuple);
      return full;
    });
  }

  destroyObjects(relation: string, kind: DefinitionDesc['kind'], ids: readonly number[] | 'all'): number {
    return this.ddl(() => this.deleteDefinitions(relation, kind, ids));
  }

  private deleteDefinitions(relation: string, kind: DefinitionDesc['kind'] | null, ids: readonly number[] | 'all'): number {
    const tree = this.db.cache.bootDesc(TREE_ID);
    const letter = kind === null ? null : TREE_TYPE[kind];
    const removed = new Set<number>();
    for (const tuple of [...this.db.store.seekEqual(tree, [relation])]) {
      const v = tuple.values;
      if (v[TREE.treerelid] !== relation) continue;
      if (letter !== null && v[TREE.treetype] !== letter) continue;
      const id = v[TREE.treeid] as number;
      if (ids !== 'all' && !ids.includes(id)) continue;
      this.deleteCatalogTuple(TREE_ID, tuple.ref as Buffer);
      removed.add(id);
    }
    return removed.size;
  }

  // ---------------------------------------------------------------- end

  /** it changed something that commit or abort must settle (data, catalog, storage ids) */
  /** inside a statement or a batch now (abort() is refused until it ends) */
  get busy(): boolean {
    return this.inStatement || this.inBatch;
  }

  get hasChanges(): boolean {
    return this.log?.written === true || this.createdIds.size > 0 || this.droppedIds.size > 0;
  }

  /**
   * Two-phase commit, phase one (hook for issue 3): make every change and the 'prepared'
   * state durable; afterwards only commit() or abort() are allowed, and a restart keeps the
   * transaction in doubt (locks held) until DatabaseImpl.resolveInDoubt. `info` (the TM's
   * global id and coordinator) is kept in the log header for in-doubt resolution.
   */
  async prepare(info?: PreparedInfo): Promise<void> {
    await this.prepareUnflushed(info);
  }

  /**
   * prepare() in two steps: the 'prepared' header is written (and the state changed) before
   * this returns — it throws if that fails — and the promise resolves once it is durable. A
   * 2PC participant voting on request replies between the two (its vote waits for the flush).
   * `alsoWrite` runs inside the same lmdb write (a coordinator's staged commit record).
   */
  prepareUnflushed(info?: PreparedInfo, alsoWrite?: () => void): Promise<void> {
    this.checkActive();
    assert(!this.inStatement, 'prepare inside a statement');
    if (this.log === null) throw ingresError(6000, 'a transaction without undo records cannot be prepared');
    const log = this.log;
    this.db.store.write(() => {
      log.setState('prepared', info, this.countChanges(), this.catalogChanged, this.db.locks.heldBy(this.id));
      alsoWrite?.();
    });
    this.state = 'prepared';
    return this.db.store.durable();
  }

  /**
   * Commit; resolves once durable. `alsoWrite` runs inside the commit's own lmdb write
   * transaction (the 2PC coordinator stores its commit decision there, so the decision and
   * the local commit are one atomic, flushed write).
   */
  async commit(alsoWrite?: () => void, options?: { readonly lazy?: boolean }): Promise<void> {
    if (this.state === 'committed') return;
    if (this.state === 'aborted') throw ingresError(6007, 'it was aborted');
    assert(!this.inStatement, 'commit inside a statement');
    const store = this.db.store;
    if (this.log?.written === true || this.droppedIds.size > 0 || this.deferredCounts.size > 0 || alsoWrite !== undefined) {
      try {
        store.write(() => {
          alsoWrite?.();
          writeTupleCounts(this.db, this.countChanges());
          for (const id of this.droppedIds) store.purge(id);
          if (this.log !== null) forgetLogged(store, this.txnNo);
        });
      } catch (error) {
        // the counts it put in the catalog cache went with the write (a prepared
        // transaction's commit is tried again: it must not find them there)
        if (this.deferredCounts.size > 0) this.db.rebuildCache();
        // the commit record could not be written (a full disk): nothing was committed, and
        // a transaction its caller has given up on must not keep its locks — roll it back
        if (!(error instanceof IngresError) || error.code !== 8026 || this.state !== 'active') throw error;
        this.abort();
        throw ingresError(6005, `${error.code}: ${error.message}`);
      }
    }
    // early lock release is safe: a later transaction's commit waits for a sync that
    // covers this one too (one environment, one order of commits)
    this.end('committed');
    // alone: a one-host transaction with no other open, whose commit nothing could join
    // (a 2PC decision, measured, is better with its write on the pool: bench:2pc)
    const alone = alsoWrite === undefined && this.options.globalId === undefined && this.db.openTransactions === 0;
    await store.durable({ ...options, alone });
  }

  abort(): void {
    if (this.state !== 'active' && this.state !== 'prepared') return;
    assert(!this.inStatement, 'abort inside a statement');
    const store = this.db.store;
    // a single-statement transaction has nothing to undo: its statement either rolled back
    // by itself or is final (purging what it created would orphan its catalog entries)
    const needsUndo = this.log !== null && (this.log.written || this.createdIds.size > 0);
    if (needsUndo && !this.rollBack()) {
      // the rollback could not be written (a full disk): the transaction is over all the
      // same — it can never commit — but its changes are still stored, so it keeps its locks
      // (nobody sees them) until a retry writes the rollback; its undo records stay for
      // recovery if the database closes first
      this.state = 'aborted';
      this.db.rollbackPending(this);
      return;
    }
    this.end('aborted');
  }

  /** the I/O error (8026) that keeps this aborted transaction's rollback pending, if any */
  rollbackFailure: IngresError | null = null;

  /** write the rollback; false (and rollbackFailure set) when it failed for want of room */
  private rollBack(): boolean {
    const store = this.db.store;
    try {
      store.write(() => {
        if (this.log !== null) rollBackLogged(store, this.txnNo);
        for (const id of this.createdIds) store.purge(id);
      });
    } catch (error) {
      if (!(error instanceof IngresError) || error.code !== 8026) throw error;
      this.rollbackFailure = error;
      return false;
    }
    this.rollbackFailure = null;
    this.db.rebuildCache();
    return true;
  }

  /** A pending rollback tried again (DatabaseImpl's retry timer): true once it is written. */
  retryRollback(): boolean {
    if (this.rollbackFailure === null) return true;
    if (!this.rollBack()) return false;
    this.end('aborted');
    return true;
  }

  private end(state: TxnState): void {
    this.state = state;
    this.deferredCounts.clear();
    this.db.locks.releaseAll(this.id);
    this.db.transactionEnded(this);
  }

  private checkActive(): void {
    if (this.state !== 'active') throw ingresError(6007, this.state);
  }

  // ---------------------------------------------------------------- helpers

  private entryOf(relation: RelationDesc): CacheEntry {
    const entry = this.db.cache.get(relation.name);
    if (entry === undefined) throw ingresError(5600, relation.name);
    return entry;
  }

  private writableEntry(relation: RelationDesc): CacheEntry {
    const entry = this.entryOf(relation);
    if (entry.desc.kind === 'view') throw ingresError(5601, relation.name);
    if (entry.desc.kind === 'index') throw ingresError(5602, relation.name);
    if (entry.desc.kind === 'catalog') throw ingresError(5603, relation.name);
    return entry;
  }

  private indexPlan(index: RelationDesc): { base: RelationDesc; plan: IndexPlan } | undefined {
    if (index.indexOf === null) return undefined;
    const base = this.db.cache.get(index.indexOf);
    if (base === undefined) return undefined;
    const plan = base.indexPlans.find((p) => p.index.name === index.name);
    return plan === undefined ? undefined : { base: base.desc, plan };
  }

  private *patchedRelationCatalog(desc: RelationDesc): Generator<StoredTuple> {
    for (const tuple of this.db.store.scan(desc)) {
      const name = tuple.values[REL.relid] as string;
      const own = this.deferredCounts.get(name);
      if (CATALOG_NAMES.has(name) || own !== undefined) {
        const values = tuple.values.slice();
        values[REL.reltups] = this.relation(name)?.tupleCount ?? 0;
        yield { ref: tuple.ref, values };
      } else {
        yield tuple;
      }
    }
  }

  private newId(): number {
    const id = this.db.allocateRelId();
    this.createdIds.add(id);
    this.statementCreated.push(id);
    return id;
  }

  private dropId(id: number): void {
    if (this.createdIds.has(id) || this.log === null) {
      this.db.store.purge(id);
      return;
    }
    this.droppedIds.add(id);
    this.statementDropped.push(id);
  }

  private noteCatalogChange(): void {
    if (this.catalogChanged) return;
    this.catalogChanged = true;
    this.catalogChangedInStatement = true;
  }

  private insertCatalogTuple(catalog: number, values: Value[]): Buffer {
    this.noteCatalogChange();
    const desc = this.db.cache.get(catalogName(catalog))?.desc ?? this.db.cache.bootDesc(catalog);
    const key = this.db.store.insert(desc, values, [], this.undo);
    assert(key !== null, 'duplicate catalog tuple');
    this.count(desc.name, 1);
    return key;
  }

  private deleteCatalogTuple(catalog: number, key: Buffer): void {
    this.noteCatalogChange();
    const desc = this.db.cache.get(catalogName(catalog))?.desc ?? this.db.cache.bootDesc(catalog);
    if (this.db.store.delete(desc, key, [], this.undo)) this.count(desc.name, -1);
  }

  /** relation + attribute tuples of a new relation, and its cache entry */
  private insertCatalogEntry(desc: RelationDesc): void {
    const ref = this.insertCatalogTuple(RELATION_ID, relationTuple(desc));
    for (const tuple of attributeTuples(desc)) this.insertCatalogTuple(ATTRIBUTE_ID, tuple);
    this.db.cache.set({ desc, ref, indexPlans: [] });
  }

  private removeCatalogEntry(desc: RelationDesc): void {
    this.deltas.delete(desc.name);
    const entry = this.db.cache.get(desc.name);
    if (entry !== undefined) this.deleteCatalogTuple(RELATION_ID, entry.ref);
    this.deleteAttributeTuples(desc.name);
    this.db.cache.remove(desc.name);
  }

  private deleteAttributeTuples(name: string): void {
    const attribute = this.db.cache.bootDesc(ATTRIBUTE_ID);
    for (const tuple of [...this.db.store.seekEqual(attribute, [name])]) {
      if (tuple.values[ATT.attrelid] === name) this.deleteCatalogTuple(ATTRIBUTE_ID, tuple.ref as Buffer);
    }
  }

  /** new desc for an existing relation (same name): relation tuple in place, attributes anew */
  private rewriteCatalogEntry(old: RelationDesc, next: RelationDesc): void {
    this.deleteAttributeTuples(old.name);
    for (const tuple of attributeTuples(next)) this.insertCatalogTuple(ATTRIBUTE_ID, tuple);
    this.writeRelationTuple(next);
    this.db.cache.refreshIndexPlans(next.name);
  }

  /** rewrite a relation's relation-catalog tuple from `desc` and update the cache */
  /** `countOnly`: only its tuple count changed (finishStatement, under X on it) */
  private writeRelationTuple(desc: RelationDesc, countOnly = false): void {
    if (!countOnly) this.noteCatalogChange();
    const entry = this.db.cache.get(desc.name);
    assert(entry !== undefined, `no cache entry for ${desc.name}`);
    const relation = this.db.cache.get('relation')?.desc ?? this.db.cache.bootDesc(RELATION_ID);
    const key = this.db.store.update(relation, entry.ref, relationTuple(desc), [], this.undo);
    assert(key !== null && key !== undefined, `relation tuple of ${desc.name} vanished`);
    entry.ref = key;
    this.db.cache.replaceDesc(desc);
  }

  private dropIndex(index: RelationDesc): void {
    const primaryName = index.indexOf;
    const indexes = this.db.cache.bootDesc(INDEXES_ID);
    if (primaryName !== null) {
      for (const tuple of [...this.db.store.seekEqual(indexes, [primaryName])]) {
        if (tuple.values[IDX.irelidi] === index.name) this.deleteCatalogTuple(INDEXES_ID, tuple.ref as Buffer);
      }
      const primary = this.db.cache.get(primaryName)?.desc;
      if (primary !== undefined) {
        this.writeRelationTuple({ ...primary, indexes: primary.indexes.filter((n) => n !== index.name) });
      }
    }
    this.removeCatalogEntry(index);
    if (primaryName !== null) this.db.cache.refreshIndexPlans(primaryName);
    this.dropId(index.id);
  }
}

/**
 * Apply a committing transaction's deferred tuple count changes (inside its commit's
 * write, with no undo: the write is the commit). A change whose relation has another
 * storage id by now (modified or destroyed since, by the same transaction: the new count
 * is exact) is void.
 */
export function writeTupleCounts(db: DatabaseImpl, changes: readonly CountChange[]): void {
  const cache = db.cache;
  for (const [name, id, delta] of changes) {
    const entry = cache.get(name);
    if (entry === undefined || entry.desc.id !== id || delta === 0) continue;
    const desc = { ...entry.desc, tupleCount: Math.max(0, entry.desc.tupleCount + delta) };
    const relation = cache.get('relation')?.desc ?? cache.bootDesc(RELATION_ID);
    const key = db.store.update(relation, entry.ref, relationTuple(desc), [], null);
    assert(key !== null && key !== undefined, `relation tuple of ${name} vanished`);
    entry.ref = key;
    cache.replaceDesc(desc);
  }
}

/** relsave holds seconds (INGRES time_t), so expiry dates are whole seconds */
function wholeSeconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

function catalogName(id: number): string {
  switch (id) {
    case RELATION_ID: return 'relation';
    case ATTRIBUTE_ID: return 'attribute';
    case INDEXES_ID: return 'indexes';
    default: return 'tree';
  }
}

function sameKeyValue(a: Value, b: Value): boolean {
  return keyForm(a) === keyForm(b);
}

function* filterTuples(source: Iterable<StoredTuple>, keep: (values: readonly Value[]) => boolean): Generator<StoredTuple> {
  for (const tuple of source) if (keep(tuple.values)) yield tuple;
}
