/*
 * catalog-copy.ts — makes this host's logical catalog equal to a vouching host's (seed 004
 * §3, sys_cat/sc_resp): a diff applied with the transaction's own DDL operations inside one
 * statement, so the copy is atomic (all or nothing) and durable at commit. Relations held
 * here keep their tuples whenever the source describes them with the same attributes;
 * relations held elsewhere have no tuples here and are simply recreated.
 */
import type { Transaction } from '../storage/api.js';
import type { StructureName } from '../parser/ast.js';
import {
  definitionKey, digestOf, logicalCatalog, relationKey,
  type LogicalCatalog, type LogicalDefinition, type LogicalRelation,
} from './catalog-digest.js';

export interface CopyResult {
  readonly created: number;
  readonly destroyed: number;
  readonly modified: number;
  readonly definitions: number;
  /** the local digest after the copy (equals the source's) */
  readonly digest: string;
}

function sameAttributes(a: LogicalRelation, b: LogicalRelation): boolean {
  return JSON.stringify(a.attributes.map((x) => [x.name, x.type, x.length])) ===
    JSON.stringify(b.attributes.map((x) => [x.name, x.type, x.length]));
}

function structureName(r: LogicalRelation): StructureName {
  return `${r.compressed ? 'c' : ''}${r.structure}` as StructureName;
}

/** Give an existing relation the source's structure, keys, options and save date. */
function shape(txn: Transaction, target: LogicalRelation, localHost: string): boolean {
  const desc = txn.relation(target.name);
  if (desc === undefined) return false;
  const now = logicalCatalog(txn, localHost).relations.find((r) => r.name === target.name);
  if (now === undefined) return false;
  let changed = false;
  const layout = (r: LogicalRelation): string =>
    JSON.stringify([r.structure, r.compressed, r.keys, r.fillfactor, r.minpages, r.maxpages, r.attributes.map((a) => a.keyNo)]);
  if (target.kind !== 'view' && layout(now) !== layout(target)) {
    const spec = {
      structure: structureName(target),
      keys: target.keys.map((k) => ({
        attribute: target.attributes[k.attribute]?.name ?? '',
        order: k.descending ? 'descending' as const : 'ascending' as const,
      })),
    };
    // first with the structure's defaults; then only the options that differ from them
    // (a structure refuses options it has no use for, as the user's modify did)
    const made = txn.modifyRelation(target.name, spec);
    if (made.fillfactor !== target.fillfactor || made.minpages !== target.minpages || made.maxpages !== target.maxpages) {
      txn.modifyRelation(target.name, {
        ...spec,
        ...(made.fillfactor === target.fillfactor ? {} : { fillfactor: target.fillfactor }),
        ...(made.minpages === target.minpages ? {} : { minpages: target.minpages }),
        ...(made.maxpages === target.maxpages ? {} : { maxpages: target.maxpages }),
      });
    }
    changed = true;
  }
  if (now.saveUntil !== target.saveUntil) {
    txn.saveRelation(target.name, target.saveUntil);
    changed = true;
  }
  return changed;
}

/** The definitions of one relation and kind, recreated with the source's ids. */
function redefine(txn: Transaction, relation: string, kind: LogicalDefinition['kind'], wanted: readonly LogicalDefinition[]): void {
  txn.destroyObjects(relation, kind, 'all');
  const byId = new Map(wanted.map((d) => [d.id, d]));
  const maxId = wanted.reduce((max, d) => Math.max(max, d.id), 0);
  const fillers: number[] = [];
  // ids are max+1 at each define: define 1..maxId in order (fillers in the gaps), then
  // destroy the fillers, so every definition keeps the id it has on the source
  for (let id = 1; id <= maxId; id++) {
    const def = byId.get(id);
    const made = txn.defineObject({ relation, kind, text: def?.text ?? '$filler' });
    if (def === undefined) fillers.push(made.id);
  }
  if (fillers.length > 0) txn.destroyObjects(relation, kind, fillers);
}

/**
 * Apply `source` to the local catalog. Call inside `txn.statement()` with X locks on
 * CATALOG_LOCK and on every relation named in either catalog.
 */
export function applyCatalog(txn: Transaction, source: LogicalCatalog, localHost: string): CopyResult {
  const local = logicalCatalog(txn, localHost);
  const localByName = new Map(local.relations.map((r) => [r.name, r]));
  const sourceByName = new Map(source.relations.map((r) => [r.name, r]));
  let created = 0;
  let destroyed = 0;
  let modified = 0;
  let definitions = 0;

  const destroy = (name: string): void => {
    if (txn.relation(name) === undefined) return; // gone with its primary
    txn.destroyRelation(name);
    destroyed++;
  };
  // 1. relations the source does not have, or has so differently that they must be remade
  const remake = new Set<string>();
  for (const mine of local.relations) {
    const theirs = sourceByName.get(mine.name);
    if (theirs === undefined) { destroy(mine.name); continue; }
    if (relationKey(mine) === relationKey(theirs)) continue;
    const keepTuples = mine.host === localHost && theirs.host === localHost && mine.kind === theirs.kind &&
      mine.indexOf === theirs.indexOf && sameAttributes(mine, theirs) && mine.owner === theirs.owner;
    if (!keepTuples) {
      destroy(mine.name);
      remake.add(mine.name);
    }
  }
  // 2. create what is missing: base relations and views first, then indexes
  const missing = source.relations.filter((r) => txn.relation(r.name) === undefined);
  for (const r of missing.filter((x) => x.kind !== 'index')) {
    txn.createRelation({
      name: r.name,
      owner: r.owner,
      attributes: r.attributes.map((a) => ({ name: a.name, type: { kind: a.type, length: a.length } })),
      host: r.kind === 'view' || r.host === localHost ? null : r.host,
      saveDays: 0,
      kind: r.kind === 'view' ? 'view' : 'user',
    });
    created++;
  }
  // 3. structure, keys, options and save dates of base relations (modify drops a
  // relation's secondary indexes, as in INGRES: indexes are made after)
  for (const r of source.relations.filter((x) => x.kind !== 'index')) {
    if (shape(txn, r, localHost) && !remake.has(r.name) && localByName.has(r.name)) modified++;
  }
  for (const r of source.relations.filter((x) => x.kind === 'index' && txn.relation(x.name) === undefined)) {
    txn.createIndex(r.indexOf, r.name, r.attributes.filter((a) => a.name !== 'tidp').map((a) => a.name));
    if (!missing.includes(r)) modified++;
    else created++;
  }
  for (const r of source.relations.filter((x) => x.kind === 'index')) shape(txn, r, localHost);
  // 4. view, permit and integrity texts
  const groups = (defs: readonly LogicalDefinition[]): Map<string, LogicalDefinition[]> => {
    const map = new Map<string, LogicalDefinition[]>();
    for (const d of defs) {
      const key = `${d.relation}\u0000${d.kind}`;
      const list = map.get(key) ?? [];
      list.push(d);
      map.set(key, list);
    }
    return map;
  };
  const now = logicalCatalog(txn, localHost);
  const localDefs = groups(now.definitions);
  const sourceDefs = groups(source.definitions);
  for (const key of new Set([...localDefs.keys(), ...sourceDefs.keys()])) {
    const mine = (localDefs.get(key) ?? []).map(definitionKey).join('\n');
    const wanted = sourceDefs.get(key) ?? [];
    if (mine === wanted.map(definitionKey).join('\n')) continue;
    const [relation, kind] = key.split('\u0000') as [string, LogicalDefinition['kind']];
    if (txn.relation(relation) === undefined) continue;
    redefine(txn, relation, kind, wanted);
    definitions++;
  }
  return { created, destroyed, modified, definitions, digest: digestOf(logicalCatalog(txn, localHost)) };
}
