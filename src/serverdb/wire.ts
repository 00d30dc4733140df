/*
 * wire.ts — the logical catalog ⇄ sc_resp messages (serverdb.proto CatRelation,
 * CatDefinition). Host names travel explicit: a relation held by the sending host carries
 * that host's name, and the receiver turns its own name back into "held here".
 */
import type { pbt } from '../net/gen/index.js';
import type { LogicalDefinition, LogicalRelation } from './catalog-digest.js';

export function relationToWire(r: LogicalRelation): pbt.ICatRelation {
  return {
    name: r.name, owner: r.owner, kind: r.kind, structure: r.structure, compressed: r.compressed,
    attributes: r.attributes.map((a) => ({ name: a.name, type: a.type, length: a.length, keyNo: a.keyNo })),
    keys: r.keys.map((k) => ({ attribute: k.attribute, descending: k.descending })),
    fillfactor: r.fillfactor, minpages: r.minpages, maxpages: r.maxpages,
    indexOf: r.indexOf, saveUntil: r.saveUntil, host: r.host,
  };
}

export function relationFromWire(m: pbt.ICatRelation): LogicalRelation {
  const kind = m.kind === 'view' || m.kind === 'index' ? m.kind : 'user';
  const structure = (['heap', 'hash', 'isam', 'btree', 'heapsort'] as const).find((s) => s === m.structure) ?? 'heap';
  return {
    name: m.name ?? '', owner: m.owner ?? '', kind, structure, compressed: m.compressed ?? false,
    attributes: (m.attributes ?? []).map((a) => ({
      name: a.name ?? '', type: a.type === 'i' || a.type === 'f' ? a.type : 'c', length: a.length ?? 0, keyNo: a.keyNo ?? 0,
    })),
    keys: (m.keys ?? []).map((k) => ({ attribute: k.attribute ?? 0, descending: k.descending ?? false })),
    fillfactor: m.fillfactor ?? 0, minpages: m.minpages ?? 0, maxpages: m.maxpages ?? 0,
    indexOf: m.indexOf ?? '', saveUntil: Number(m.saveUntil ?? 0), host: m.host ?? '',
  };
}

export function definitionToWire(d: LogicalDefinition): pbt.ICatDefinition {
  return { relation: d.relation, kind: d.kind, id: d.id, text: d.text };
}

export function definitionFromWire(m: pbt.ICatDefinition): LogicalDefinition {
  const kind = m.kind === 'view' || m.kind === 'integrity' ? m.kind : 'permit';
  return { relation: m.relation ?? '', kind, id: m.id ?? 0, text: m.text ?? '' };
}
