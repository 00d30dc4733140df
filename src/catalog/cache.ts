/*
 * cache.ts — the in-memory RelationDesc cache of one database: a projection of the
 * relation/attribute/indexes catalog tuples, rebuilt from them at open, after an abort and
 * after a failed statement. Also remembers where each relation's catalog tuple is stored
 * (its lmdb key) and the index plans used to maintain secondary indexes.
 */
import { assert } from '../common/errors.js';
import type { Value } from '../types/value.js';
import type { RelationDesc } from '../storage/api.js';
import type { IndexPlan, Store } from '../storage/store.js';
import { buildDescs, catalogDescs } from './descriptors.js';
import { ATTRIBUTE_ID, IDX, INDEXES_ID, REL, RELATION_ID } from './schema.js';

export interface CacheEntry {
  desc: RelationDesc;
  /** key of this relation's tuple in the relation catalog */
  ref: Buffer;
  /** secondary indexes to maintain on writes (base relations only) */
  indexPlans: IndexPlan[];
}

export class CatalogCache {
  private readonly byName = new Map<string, CacheEntry>();
  private sorted: RelationDesc[] | null = null;
  /** bootstrap descriptors of the catalogs, used to read the catalogs themselves */
  readonly boot: ReadonlyMap<number, RelationDesc>;

  constructor(dba: string) {
    this.boot = new Map(catalogDescs(dba).map((desc) => [desc.id, desc]));
  }

  bootDesc(id: number): RelationDesc {
    const desc = this.boot.get(id);
    assert(desc !== undefined, `no catalog ${id}`);
    return desc;
  }

  get(name: string): CacheEntry | undefined {
    return this.byName.get(name);
  }

  all(): readonly RelationDesc[] {
    if (this.sorted === null) {
      this.sorted = [...this.byName.values()].map((e) => e.desc).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    return this.sorted;
  }

  set(entry: CacheEntry): void {
    this.byName.set(entry.desc.name, entry);
    this.sorted = null;
  }

  remove(name: string): void {
    this.byName.delete(name);
    this.sorted = null;
  }

  /** Replace a relation's descriptor, keeping its ref; index plans follow the new desc. */
  replaceDesc(desc: RelationDesc): void {
    const entry = this.byName.get(desc.name);
    assert(entry !== undefined, `no cache entry for ${desc.name}`);
    entry.desc = desc;
    this.sorted = null;
  }

  /** Recompute the index plans of a base relation from its current indexes. */
  refreshIndexPlans(name: string): void {
    const entry = this.byName.get(name);
    if (entry === undefined) return;
    entry.indexPlans = entry.desc.indexes.flatMap((indexName) => {
      const index = this.byName.get(indexName)?.desc;
      if (index === undefined) return [];
      const columns = index.attributes
        .filter((a) => a.name !== 'tidp')
        .map((a) => entry.desc.attributes.findIndex((b) => b.name === a.name));
      return [{ index, columns }];
    });
  }

  /** Rebuild everything from the catalog tuples (reads inside or outside a statement). */
  rebuild(store: Store): void {
    const refs = new Map<string, Buffer>();
    const relations: Value[][] = [];
    for (const t of store.scan(this.bootDesc(RELATION_ID))) {
      relations.push(t.values as Value[]);
      refs.set(t.values[REL.relid] as string, t.ref as Buffer);
    }
    const attributes = [...store.scan(this.bootDesc(ATTRIBUTE_ID))].map((t) => t.values);
    const indexes = [...store.scan(this.bootDesc(INDEXES_ID))].map((t) => t.values);
    const descs = buildDescs({ relations, attributes, indexes });
    this.byName.clear();
    this.sorted = null;
    for (const [name, desc] of descs) {
      let fixed = desc;
      if (desc.kind === 'catalog') {
        // catalog tuple counts are not kept in their relation tuples: count them
        let count = 0;
        for (const _t of store.scan(desc)) count++;
        fixed = { ...desc, tupleCount: count };
      }
      this.byName.set(name, { desc: fixed, ref: refs.get(name) as Buffer, indexPlans: [] });
    }
    for (const tuple of indexes) this.refreshIndexPlans(tuple[IDX.irelidp] as string);
  }

  /** storage ids of every relation and index in the catalogs */
  liveIds(): Set<number> {
    const ids = new Set<number>();
    for (const entry of this.byName.values()) ids.add(entry.desc.id);
    return ids;
  }
}
