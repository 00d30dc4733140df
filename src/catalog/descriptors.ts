/*
 * descriptors.ts — conversion between RelationDesc and catalog tuples: the relation tuple
 * of a relation, its attribute tuples, its indexes tuple, definition (tree) tuples, and
 * the reverse direction that rebuilds every RelationDesc from the scanned catalogs.
 * Pure functions: no lmdb here.
 */
import type { Value } from '../types/value.js';
import type { AttributeDesc, DefinitionDesc, RelationDesc, RelationKind } from '../storage/api.js';
import {
  ATT, ATTFRMT, CATALOGS, IDX, REL, RELSPEC, RELSTAT, TREE, TREE_CHUNK, TREE_TYPE,
  structureOfSpec, typeOfFormat,
} from './schema.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function relspecOf(desc: Pick<RelationDesc, 'structure' | 'compressed'>): number {
  const code = RELSPEC[desc.structure];
  return desc.compressed ? -code : code;
}

export function relstatOf(kind: RelationKind, host: string | null): number {
  let stat = 0;
  if (kind === 'catalog') stat |= RELSTAT.catalog | RELSTAT.noUpdate;
  if (kind === 'view') stat |= RELSTAT.view;
  if (kind === 'index') stat |= RELSTAT.index;
  if (host !== null) stat |= RELSTAT.distributed;
  return stat;
}

export function kindOfRelstat(stat: number): RelationKind {
  if (stat & RELSTAT.catalog) return 'catalog';
  if (stat & RELSTAT.view) return 'view';
  if (stat & RELSTAT.index) return 'index';
  return 'user';
}

export function tupleWidth(attributes: readonly { readonly type: { readonly length: number } }[]): number {
  let width = 0;
  for (const attribute of attributes) width += attribute.type.length;
  return width;
}

/** primary pages a relation of this size would take (INGRES 2 KB pages); shown as relprim */
export function primaryPages(desc: Pick<RelationDesc, 'tupleCount' | 'width' | 'fillfactor' | 'minpages'>): number {
  const perPage = Math.max(1, Math.floor((2008 * Math.max(desc.fillfactor, 1)) / 100 / Math.max(desc.width, 1)));
  return Math.max(desc.minpages, 1, Math.ceil(desc.tupleCount / perPage));
}

export function relationTuple(desc: RelationDesc): Value[] {
  const tuple: Value[] = new Array<Value>(15);
  tuple[REL.relid] = desc.name;
  tuple[REL.relowner] = desc.owner;
  tuple[REL.relspec] = relspecOf(desc);
  tuple[REL.relindxd] = desc.kind === 'index' ? -1 : desc.indexes.length > 0 ? 1 : 0;
  tuple[REL.relstat] = relstatOf(desc.kind, desc.host);
  tuple[REL.relsave] = Math.floor(desc.saveUntil / 1000);
  tuple[REL.reltups] = desc.tupleCount;
  tuple[REL.relatts] = desc.attributes.length;
  tuple[REL.relwid] = desc.width;
  tuple[REL.relprim] = primaryPages(desc);
  tuple[REL.relstorid] = desc.id;
  tuple[REL.relfill] = desc.fillfactor;
  tuple[REL.relminp] = desc.minpages;
  tuple[REL.relmaxp] = desc.maxpages;
  tuple[REL.relhost] = desc.host ?? '';
  return tuple;
}

export function attributeTuples(desc: RelationDesc): Value[][] {
  const out: Value[][] = [];
  let offset = 0;
  desc.attributes.forEach((attribute, index) => {
    const key = desc.keys.findIndex((k) => k.attribute === index);
    const tuple: Value[] = new Array<Value>(9);
    tuple[ATT.attrelid] = desc.name;
    tuple[ATT.attowner] = desc.owner;
    tuple[ATT.attname] = attribute.name;
    tuple[ATT.attid] = index + 1;
    tuple[ATT.attoff] = offset;
    tuple[ATT.attfrmt] = ATTFRMT[attribute.type.kind];
    tuple[ATT.attfrml] = attribute.type.length;
    tuple[ATT.attxtra] = key < 0 ? 0 : key + 1;
    tuple[ATT.attorder] = key >= 0 && desc.keys[key]?.order === 'descending' ? 1 : 0;
    offset += attribute.type.length;
    out.push(tuple);
  });
  return out;
}

/** the indexes-catalog tuple of an index: idomN = 1-based attribute numbers in the primary */
export function indexesTuple(primary: RelationDesc, index: RelationDesc, domains: readonly number[]): Value[] {
  const tuple: Value[] = [primary.name, primary.owner, index.name, relspecOf(index)];
  for (let n = 0; n < 6; n++) tuple.push(domains[n] ?? 0);
  return tuple;
}

/** Split a definition's text into tree tuples (treelen keeps trailing blanks exact). */
export function definitionTuples(owner: string, definition: DefinitionDesc): Value[][] {
  const out: Value[][] = [];
  const text = definition.text;
  let seq = 0;
  for (let start = 0; start < text.length || seq === 0; start += TREE_CHUNK) {
    const chunk = text.slice(start, start + TREE_CHUNK);
    out.push([definition.relation, owner, definition.id, seq, TREE_TYPE[definition.kind], chunk.length, chunk]);
    seq++;
  }
  return out;
}

/** Reassemble definitions from tree tuples (any order). */
export function definitionsOf(tuples: readonly (readonly Value[])[]): DefinitionDesc[] {
  const groups = new Map<string, { relation: string; id: number; kind: DefinitionDesc['kind']; parts: [number, string][] }>();
  for (const tuple of tuples) {
    const relation = tuple[TREE.treerelid] as string;
    const id = tuple[TREE.treeid] as number;
    const letter = tuple[TREE.treetype] as string;
    const kind: DefinitionDesc['kind'] = letter === 'v' ? 'view' : letter === 'p' ? 'permit' : 'integrity';
    const key = `${relation}\u0000${kind}\u0000${id}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { relation, id, kind, parts: [] };
      groups.set(key, group);
    }
    const length = tuple[TREE.treelen] as number;
    group.parts.push([tuple[TREE.treeseq] as number, (tuple[TREE.treetree] as string).padEnd(length, ' ')]);
  }
  const out: DefinitionDesc[] = [];
  for (const group of groups.values()) {
    group.parts.sort((a, b) => a[0] - b[0]);
    out.push({ relation: group.relation, id: group.id, kind: group.kind, text: group.parts.map((p) => p[1]).join('') });
  }
  out.sort((a, b) => a.id - b.id);
  return out;
}

export interface ScannedCatalogs {
  readonly relations: readonly (readonly Value[])[];
  readonly attributes: readonly (readonly Value[])[];
  readonly indexes: readonly (readonly Value[])[];
}

/** Build every RelationDesc from catalog tuples. */
export function buildDescs(scanned: ScannedCatalogs): Map<string, RelationDesc> {
  const attributesOf = new Map<string, (readonly Value[])[]>();
  for (const tuple of scanned.attributes) {
    const name = tuple[ATT.attrelid] as string;
    let list = attributesOf.get(name);
    if (list === undefined) attributesOf.set(name, (list = []));
    list.push(tuple);
  }
  const indexOf = new Map<string, string>();
  const indexesOf = new Map<string, string[]>();
  for (const tuple of scanned.indexes) {
    const primary = tuple[IDX.irelidp] as string;
    const index = tuple[IDX.irelidi] as string;
    indexOf.set(index, primary);
    let list = indexesOf.get(primary);
    if (list === undefined) indexesOf.set(primary, (list = []));
    list.push(index);
  }
  const out = new Map<string, RelationDesc>();
  for (const tuple of scanned.relations) {
    const name = tuple[REL.relid] as string;
    const attTuples = (attributesOf.get(name) ?? []).slice().sort((a, b) => (a[ATT.attid] as number) - (b[ATT.attid] as number));
    const attributes: AttributeDesc[] = attTuples.map((t) => ({
      name: t[ATT.attname] as string,
      type: typeOfFormat(t[ATT.attfrmt] as number, t[ATT.attfrml] as number),
      keyNo: t[ATT.attxtra] as number,
    }));
    const keys = attTuples
      .map((t, index) => ({ index, keyNo: t[ATT.attxtra] as number, order: t[ATT.attorder] as number }))
      .filter((k) => k.keyNo > 0)
      .sort((a, b) => a.keyNo - b.keyNo)
      .map((k) => ({ attribute: k.index, order: k.order === 1 ? ('descending' as const) : ('ascending' as const) }));
    const spec = tuple[REL.relspec] as number;
    const host = tuple[REL.relhost] as string;
    const desc: Mutable<RelationDesc> = {
      id: tuple[REL.relstorid] as number,
      name,
      owner: tuple[REL.relowner] as string,
      kind: kindOfRelstat(tuple[REL.relstat] as number),
      attributes,
      structure: structureOfSpec(spec),
      compressed: spec < 0,
      keys,
      fillfactor: tuple[REL.relfill] as number,
      minpages: tuple[REL.relminp] as number,
      maxpages: tuple[REL.relmaxp] as number,
      indexOf: indexOf.get(name) ?? null,
      indexes: indexesOf.get(name) ?? [],
      saveUntil: (tuple[REL.relsave] as number) * 1000,
      tupleCount: tuple[REL.reltups] as number,
      width: tuple[REL.relwid] as number,
      host: host === '' ? null : host,
    };
    out.set(name, desc);
  }
  return out;
}

/** The RelationDesc of a system catalog (used to bootstrap a new database). */
export function catalogDescs(owner: string): RelationDesc[] {
  return CATALOGS.map((def) => ({
    id: def.id,
    name: def.name,
    owner,
    kind: 'catalog' as const,
    attributes: def.attributes.map((a, index) => ({ name: a.name, type: a.type, keyNo: def.keys.indexOf(index) + 1 })),
    structure: 'isam' as const,
    compressed: false,
    keys: def.keys.map((attribute) => ({ attribute, order: 'ascending' as const })),
    fillfactor: 100,
    minpages: 1,
    maxpages: 0,
    indexOf: null,
    indexes: [],
    saveUntil: 0,
    tupleCount: 0,
    width: tupleWidth(def.attributes),
    host: null,
  }));
}
