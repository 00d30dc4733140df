/*
 * schema.ts — the system catalogs as ordinary relations: their fixed ids, their domains,
 * and the codes stored in them (relspec structure codes, relstat flags, attfrmt type
 * codes). Catalog tuples are stored and scanned exactly like user tuples, so QUEL can
 * `retrieve (r.relid, r.reltups)` from them; the in-memory RelationDesc cache is a
 * projection of these tuples (see cache.ts).
 */
import type { QType } from '../types/value.js';
import type { RelationDesc } from '../storage/api.js';

export const RELATION_ID = 1;
export const ATTRIBUTE_ID = 2;
export const INDEXES_ID = 3;
export const TREE_ID = 4;
/** ids below this are system catalogs (stored in the `catalog` DBI) */
export const FIRST_USER_ID = 16;

const i = (length: number): QType => ({ kind: 'i', length });
const c = (length: number): QType => ({ kind: 'c', length });

/** INGRES relspec codes (negative = compressed); btree and heapsort are our additions. */
export const RELSPEC = { heap: 5, heapsort: 6, isam: 11, hash: 21, btree: 31 } as const;
export type StoredStructure = RelationDesc['structure'];

export function structureOfSpec(spec: number): StoredStructure {
  switch (Math.abs(spec)) {
    case RELSPEC.heapsort: return 'heapsort';
    case RELSPEC.isam: return 'isam';
    case RELSPEC.hash: return 'hash';
    case RELSPEC.btree: return 'btree';
    default: return 'heap';
  }
}

/** INGRES relstat bits (6.3 ingres.h), plus S_DISTRIBUTED from the DISTRIB build. */
export const RELSTAT = {
  catalog: 0o1,
  noUpdate: 0o2,
  protups: 0o4,
  integ: 0o10,
  view: 0o40,
  vbase: 0o100,
  index: 0o200,
  distributed: 0o1000,
} as const;

/** INGRES attfrmt codes */
export const ATTFRMT = { i: 30, f: 31, c: 32 } as const;

export function typeOfFormat(format: number, length: number): QType {
  if (format === ATTFRMT.f) return { kind: 'f', length };
  if (format === ATTFRMT.c) return { kind: 'c', length };
  return { kind: 'i', length };
}

export interface CatalogDef {
  readonly id: number;
  readonly name: string;
  readonly attributes: readonly { readonly name: string; readonly type: QType }[];
  /** key attribute positions (isam, ascending) */
  readonly keys: readonly number[];
}

/** Column positions of the relation catalog (keep in step with CATALOGS[0]). */
export const REL = {
  relid: 0, relowner: 1, relspec: 2, relindxd: 3, relstat: 4, relsave: 5, reltups: 6,
  relatts: 7, relwid: 8, relprim: 9, relstorid: 10, relfill: 11, relminp: 12, relmaxp: 13,
  relhost: 14,
} as const;
export const ATT = {
  attrelid: 0, attowner: 1, attname: 2, attid: 3, attoff: 4, attfrmt: 5, attfrml: 6,
  attxtra: 7, attorder: 8,
} as const;
export const IDX = { irelidp: 0, iownerp: 1, irelidi: 2, irelspeci: 3, idom1: 4 } as const;
export const TREE = {
  treerelid: 0, treeowner: 1, treeid: 2, treeseq: 3, treetype: 4, treelen: 5, treetree: 6,
} as const;
/** characters of definition text per tree tuple */
export const TREE_CHUNK = 250;

export const CATALOGS: readonly CatalogDef[] = [
  {
    id: RELATION_ID,
    name: 'relation',
    attributes: [
      { name: 'relid', type: c(12) }, { name: 'relowner', type: c(12) },
      { name: 'relspec', type: i(1) }, { name: 'relindxd', type: i(1) },
      { name: 'relstat', type: i(2) }, { name: 'relsave', type: i(4) },
      { name: 'reltups', type: i(4) }, { name: 'relatts', type: i(2) },
      { name: 'relwid', type: i(2) }, { name: 'relprim', type: i(4) },
      { name: 'relstorid', type: i(4) }, { name: 'relfill', type: i(1) },
      { name: 'relminp', type: i(4) }, { name: 'relmaxp', type: i(4) },
      { name: 'relhost', type: c(32) },
    ],
    keys: [REL.relid],
  },
  {
    id: ATTRIBUTE_ID,
    name: 'attribute',
    attributes: [
      { name: 'attrelid', type: c(12) }, { name: 'attowner', type: c(12) },
      { name: 'attname', type: c(12) }, { name: 'attid', type: i(2) },
      { name: 'attoff', type: i(2) }, { name: 'attfrmt', type: i(1) },
      { name: 'attfrml', type: i(2) }, { name: 'attxtra', type: i(1) },
      { name: 'attorder', type: i(1) },
    ],
    keys: [ATT.attrelid, ATT.attid],
  },
  {
    id: INDEXES_ID,
    name: 'indexes',
    attributes: [
      { name: 'irelidp', type: c(12) }, { name: 'iownerp', type: c(12) },
      { name: 'irelidi', type: c(12) }, { name: 'irelspeci', type: i(1) },
      { name: 'idom1', type: i(1) }, { name: 'idom2', type: i(1) }, { name: 'idom3', type: i(1) },
      { name: 'idom4', type: i(1) }, { name: 'idom5', type: i(1) }, { name: 'idom6', type: i(1) },
    ],
    keys: [IDX.irelidp, IDX.irelidi],
  },
  {
    id: TREE_ID,
    name: 'tree',
    attributes: [
      { name: 'treerelid', type: c(12) }, { name: 'treeowner', type: c(12) },
      { name: 'treeid', type: i(2) }, { name: 'treeseq', type: i(2) },
      { name: 'treetype', type: c(1) }, { name: 'treelen', type: i(2) },
      { name: 'treetree', type: c(TREE_CHUNK) },
    ],
    keys: [TREE.treerelid, TREE.treeid, TREE.treeseq],
  },
];

export const CATALOG_NAMES: ReadonlySet<string> = new Set(CATALOGS.map((def) => def.name));

/** treetype letters of the definition kinds */
export const TREE_TYPE = { view: 'v', permit: 'p', integrity: 'i' } as const;
