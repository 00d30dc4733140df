/*
 * fetched-txn.ts — a storage Transaction that serves the tuples fetched from other hosts
 * as the scans of their relations (which look like heaps here: no keys, no indexes, the
 * fetched count as tuple count), and passes everything else to the local transaction.
 * So the executor runs a statement over remote relations unchanged. The fetched tuples are
 * held in memory up to the spool memory, the rest in a temporary file (FetchedTuples).
 */
import { ingresError, type IngresError } from '../../common/errors.js';
import type {
  CatalogHistory,
  CreateRelationSpec,
  DefinitionDesc,
  KeyBound,
  LockRequest,
  ModifySpec,
  RelationDesc,
  StoredTuple,
  Transaction,
  TupleRef,
} from '../../storage/api.js';
import type { Value } from '../../types/value.js';
import { inBounds } from '../../storage/store.js';
import { RowSpool, type KeptRows } from '../../executor/row-spool.js';

export interface FetchedRelation {
  readonly desc: RelationDesc;
  /** scanned any number of times, in the order they came */
  readonly tuples: Iterable<StoredTuple>;
}

/**
 * The tuples fetched for one relation, in arrival order: the first ones in memory (what a
 * result may hold, RowSpool), the rest in an unlinked temporary file read again by every
 * scan. So a remote relation of any size can take part in a join; `close()` frees the file.
 */
export class FetchedTuples implements Iterable<StoredTuple> {
  private readonly spool: RowSpool;
  private head: StoredTuple[] = [];
  private kept: KeptRows | null = null;
  private finished = false;
  private closed = false;

  constructor(width: number, memory?: number) {
    this.spool = new RowSpool(width, memory);
  }

  add(values: Value[]): void {
    // a fetch still arriving after its statement ended (another fetch failed): dropped
    if (this.closed) throw ingresError(9000, 'fetched tuples arrived after their statement ended');
    this.spool.add(values);
  }

  /** every tuple is in: from now on they can be scanned */
  finish(): void {
    this.kept = this.spool.keep();
    this.head = this.spool.head.map((values, ref) => ({ ref, values }));
    this.finished = true;
  }

  *[Symbol.iterator](): Iterator<StoredTuple> {
    if (!this.finished) throw ingresError(9000, 'fetched tuples scanned before they were all in');
    yield* this.head;
    if (this.kept === null) return;
    let ref = this.head.length;
    for (const chunk of this.kept.chunks()) for (const values of chunk) yield { ref: ref++, values };
  }

  close(): void {
    this.closed = true;
    this.spool.discard();
    this.kept?.close();
    this.kept = null;
  }
}

/** The relation as the master sees it once fetched: a heap of the fetched tuples. */
export function fetchedDesc(desc: RelationDesc, count: number): RelationDesc {
  return { ...desc, structure: 'heap', keys: [], indexes: [], tupleCount: count };
}

export class FetchedTxn implements Transaction {
  constructor(
    private readonly inner: Transaction,
    private readonly fetched: ReadonlyMap<string, FetchedRelation>,
  ) {}

  get id(): string {
    return this.inner.id;
  }

  lock(requests: readonly LockRequest[]): Promise<void> {
    const local = requests.filter((r) => !this.fetched.has(r.name));
    return local.length === 0 ? Promise.resolve() : this.inner.lock(local);
  }

  relation(name: string): RelationDesc | undefined {
    return this.fetched.get(name)?.desc ?? this.inner.relation(name);
  }

  relations(): readonly RelationDesc[] {
    return this.inner.relations().map((r) => this.fetched.get(r.name)?.desc ?? r);
  }

  definitions(relation: string, kind: DefinitionDesc['kind']): readonly DefinitionDesc[] {
    return this.inner.definitions(relation, kind);
  }

  scan(relation: RelationDesc): Iterable<StoredTuple> {
    return this.fetched.get(relation.name)?.tuples ?? this.inner.scan(relation);
  }

  streamingReads<T>(fn: () => T): T {
    return this.inner.streamingReads(fn);
  }

  seekEqual(relation: RelationDesc, keyValues: readonly Value[]): Iterable<StoredTuple> {
    if (this.fetched.has(relation.name)) throw notKeyed(relation);
    return this.inner.seekEqual(relation, keyValues);
  }

  seekRange(relation: RelationDesc, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    if (this.fetched.has(relation.name)) throw notKeyed(relation);
    return this.inner.seekRange(relation, low, high);
  }

  scanRange(relation: RelationDesc, attribute: number, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    const fetched = this.fetched.get(relation.name);
    if (fetched === undefined) return this.inner.scanRange(relation, attribute, low, high);
    return inRange(fetched.tuples, attribute, low, high);
  }

  seekIndex(index: RelationDesc, low: KeyBound | null, high: KeyBound | null): Iterable<StoredTuple> {
    return this.inner.seekIndex(index, low, high);
  }

  batch<T>(fn: () => T): T {
    return this.inner.batch(fn);
  }

  statement<T>(fn: () => T): T {
    return this.inner.statement(fn);
  }

  insert(relation: RelationDesc, values: readonly Value[]): boolean {
    if (this.fetched.has(relation.name)) throw readOnly(relation);
    return this.inner.insert(relation, values);
  }

  load(relation: RelationDesc, fill: (add: (values: readonly Value[]) => void) => void): number {
    if (this.fetched.has(relation.name)) throw readOnly(relation);
    return this.inner.load(relation, fill);
  }

  delete(relation: RelationDesc, ref: TupleRef): void {
    if (this.fetched.has(relation.name)) throw readOnly(relation);
    this.inner.delete(relation, ref);
  }

  update(relation: RelationDesc, ref: TupleRef, values: readonly Value[]): boolean {
    if (this.fetched.has(relation.name)) throw readOnly(relation);
    return this.inner.update(relation, ref, values);
  }

  createRelation(spec: CreateRelationSpec): RelationDesc {
    return this.inner.createRelation(spec);
  }

  destroyRelation(name: string): void {
    this.inner.destroyRelation(name);
  }

  warmAfterStatement(name: string): void {
    if (!this.fetched.has(name)) this.inner.warmAfterStatement(name);
  }

  modifyRelation(name: string, spec: ModifySpec): RelationDesc {
    return this.inner.modifyRelation(name, spec);
  }

  createIndex(relation: string, indexName: string, attributes: readonly string[]): RelationDesc {
    return this.inner.createIndex(relation, indexName, attributes);
  }

  saveRelation(name: string, untilMs: number): void {
    this.inner.saveRelation(name, untilMs);
  }

  defineObject(definition: Omit<DefinitionDesc, 'id'>): DefinitionDesc {
    return this.inner.defineObject(definition);
  }

  catalogHistory(max: number): CatalogHistory {
    return this.inner.catalogHistory(max);
  }

  replaceCatalogHistory(history: CatalogHistory): void {
    this.inner.replaceCatalogHistory(history);
  }

  destroyObjects(relation: string, kind: DefinitionDesc['kind'], ids: readonly number[] | 'all'): number {
    return this.inner.destroyObjects(relation, kind, ids);
  }

  commit(): Promise<void> {
    return this.inner.commit();
  }

  abort(): void {
    this.inner.abort();
  }

  get rollbackFailure(): IngresError | null {
    return this.inner.rollbackFailure;
  }
}

function* inRange(tuples: Iterable<StoredTuple>, attribute: number, low: KeyBound | null, high: KeyBound | null): Generator<StoredTuple> {
  for (const t of tuples) if (inBounds(t.values[attribute] as Value, low, high)) yield t;
}

function notKeyed(relation: RelationDesc): Error {
  return ingresError(9000, `keyed access to fetched relation ${relation.name}`);
}

function readOnly(relation: RelationDesc): Error {
  return ingresError(9000, `write to fetched relation ${relation.name} on the master`);
}
