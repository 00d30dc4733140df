/*
 * catalog-digest.ts — the logical catalog of one database (DISTRIBUTED.md decision 2):
 * relation names, owners, kinds, attributes, structures, keys, options, placement, saves,
 * indexes and the view/permit/integrity texts — never internal ids or reltups. The
 * catalogs themselves and the host-local system relations (dbstate, indoubt) are left out.
 * `catalogDigest` hashes it; tests and the catalog copy compare digests across hosts.
 */
import { createHash } from 'node:crypto';
import type { DefinitionDesc, RelationDesc, Transaction } from '../storage/api.js';

/** Relations each host keeps for itself (not part of the logical catalog). */
export const LOCAL_SYSTEM_RELATIONS: ReadonlySet<string> = new Set(['dbstate', 'indoubt']);

export interface LogicalAttribute {
  readonly name: string;
  readonly type: 'i' | 'f' | 'c';
  readonly length: number;
  readonly keyNo: number;
}

export interface LogicalRelation {
  readonly name: string;
  readonly owner: string;
  readonly kind: 'user' | 'view' | 'index';
  readonly structure: RelationDesc['structure'];
  readonly compressed: boolean;
  readonly attributes: readonly LogicalAttribute[];
  readonly keys: readonly { readonly attribute: number; readonly descending: boolean }[];
  readonly fillfactor: number;
  readonly minpages: number;
  readonly maxpages: number;
  /** '' = not an index */
  readonly indexOf: string;
  /** ms since the epoch (whole seconds), 0 = never expires */
  readonly saveUntil: number;
  /** the owner host's name, explicit on every host */
  readonly host: string;
}

export interface LogicalDefinition {
  readonly relation: string;
  readonly kind: DefinitionDesc['kind'];
  readonly id: number;
  readonly text: string;
}

export interface LogicalCatalog {
  readonly relations: readonly LogicalRelation[];
  readonly definitions: readonly LogicalDefinition[];
}

const KINDS: readonly DefinitionDesc['kind'][] = ['view', 'permit', 'integrity'];

/** Is this relation part of the logical catalog? */
export function isLogical(desc: Pick<RelationDesc, 'kind' | 'name'>): boolean {
  return desc.kind !== 'catalog' && !LOCAL_SYSTEM_RELATIONS.has(desc.name);
}

/** One relation as the logical catalog sees it; `localHost` names a relation held here. A
 *  view lives on no host (every host expands it): its host is '' whatever relhost holds
 *  (a view was hashed with each host's own name until 12-06, so catalogs holding one never
 *  had equal digests, and a copied catalog wrote the source's name into the view's relhost). */
export function logicalRelation(desc: RelationDesc, localHost: string): LogicalRelation {
  return {
    name: desc.name,
    owner: desc.owner,
    kind: desc.kind === 'catalog' ? 'user' : desc.kind,
    structure: desc.structure,
    compressed: desc.compressed,
    attributes: desc.attributes.map((a) => ({ name: a.name, type: a.type.kind, length: a.type.length, keyNo: a.keyNo })),
    keys: desc.keys.map((k) => ({ attribute: k.attribute, descending: k.order === 'descending' })),
    fillfactor: desc.fillfactor,
    minpages: desc.minpages,
    maxpages: desc.maxpages,
    indexOf: desc.indexOf ?? '',
    saveUntil: desc.saveUntil,
    host: desc.kind === 'view' ? '' : desc.host === null || desc.host === '' ? localHost : desc.host,
  };
}

/** The logical catalog as `txn` sees it (take S on CATALOG_LOCK first for a stable view). */
export function logicalCatalog(txn: Transaction, localHost: string): LogicalCatalog {
  const relations = txn.relations().filter(isLogical).map((d) => logicalRelation(d, localHost))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const definitions: LogicalDefinition[] = [];
  for (const relation of relations) {
    for (const kind of KINDS) {
      const defs = [...txn.definitions(relation.name, kind)].sort((a, b) => a.id - b.id);
      for (const d of defs) definitions.push({ relation: relation.name, kind, id: d.id, text: d.text });
    }
  }
  return { relations, definitions };
}

/**
 * The canonical text of a relation for hashing. `saveUntil` is rounded to the hour: a
 * create shipped as QUEL runs a few ms apart on each host, and its default expiry (now +
 * 7 days) must not make the catalogs differ.
 */
export function relationKey(r: LogicalRelation): string {
  return JSON.stringify([r.name, r.owner, r.kind, r.structure, r.compressed,
    r.attributes.map((a) => [a.name, a.type, a.length, a.keyNo]), r.keys.map((k) => [k.attribute, k.descending]),
    r.fillfactor, r.minpages, r.maxpages, r.indexOf, r.saveUntil === 0 ? 0 : Math.round(r.saveUntil / 3_600_000), r.host]);
}

export function definitionKey(d: LogicalDefinition): string {
  return JSON.stringify([d.relation, d.kind, d.id, d.text]);
}

/** sha256 of a logical catalog (hex). */
export function digestOf(catalog: LogicalCatalog): string {
  const hash = createHash('sha256');
  for (const r of catalog.relations) hash.update(`R${relationKey(r)}\n`);
  for (const d of catalog.definitions) hash.update(`D${definitionKey(d)}\n`);
  return hash.digest('hex');
}

/**
 * The digest of the logical catalog seen by `txn`. `localHost` is this host's name: a
 * relation held here has no host in the local catalog, and is named by it on the others.
 */
export function catalogDigest(txn: Transaction, localHost = ''): string {
  return digestOf(logicalCatalog(txn, localHost));
}
