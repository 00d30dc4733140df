/*
 * key-locks.ts — the locks of a statement that reads or changes the tuples of ONE key of a
 * keyed relation (hash, isam, btree): its only variable, no aggregates, every key attribute
 * bound to a constant by a top-level `=` conjunct. It locks the relation IS (read) or IX
 * (replace, delete) and the key S or X (keyLockName), so transactions on other keys run at
 * once. An append of constants locks the relation IX and its tuple's key X (a heap: IX
 * alone). Anything else locks whole relations (src/txn/README.md, "Isolation").
 */
import type { LockRequest, RelationDesc } from '../storage/api.js';
import { CATALOG_LOCK } from '../storage/api.js';
import { keyForm } from '../storage/keys.js';
import { keyLockName } from '../txn/lock-manager.js';
import type { Value } from '../types/value.js';
import { slotsOf, type BExpr, type Block } from './bound.js';
import { compileValue } from './compile.js';

/** The relation of the block's one variable and the key values (keyForm) every tuple it
 *  reads has, or null when the block does not read one key. */
export function boundKey(block: Block): { relation: RelationDesc; values: Value[] } | null {
  if (block.slots.length !== 1 || block.aggs.length > 0) return null;
  const relation = (block.slots[0] as { relation: RelationDesc }).relation;
  if (relation.kind !== 'user' || relation.keys.length === 0) return null;
  if (relation.structure === 'heap' || relation.structure === 'heapsort') return null;
  const values: Value[] = [];
  for (const key of relation.keys) {
    let found: Value | undefined;
    for (const clause of block.clauses) {
      found = constantEquality(clause, key.attribute, relation);
      if (found !== undefined) break;
    }
    if (found === undefined) return null;
    values.push(keyForm(found));
  }
  return { relation, values };
}

/** `v.attribute = constant` (either side): the constant, when it has the attribute's kind. */
function constantEquality(clause: BExpr, attribute: number, relation: RelationDesc): Value | undefined {
  if (clause.k !== 'cmp' || clause.op !== '=' || clause.patternSide !== null) return undefined;
  const isAttr = (e: BExpr): boolean => e.k === 'attr' && e.slot === 0 && e.index === attribute;
  const other = isAttr(clause.left) ? clause.right : isAttr(clause.right) ? clause.left : null;
  if (other === null || slotsOf(other).size > 0) return undefined;
  let value: Value;
  try {
    value = compileValue(other, new Map())([]);
  } catch {
    return undefined; // an overflow, say: the statement's own run reports it
  }
  const type = relation.attributes[attribute]?.type;
  if (type === undefined) return undefined;
  if (type.kind === 'c') return typeof value === 'string' ? value : undefined;
  if (typeof value !== 'number') return undefined;
  return type.kind === 'i' && !Number.isInteger(value) ? undefined : value;
}

/**
 * The locks of a statement over `block` that writes `write` (null: a retrieve) when its
 * block reads one key: the relation's intention lock and the key's lock; null otherwise
 * (the caller locks relations). `changesKey`: a replace assigns a key attribute (the tuple
 * would move to another key: null).
 */
export function keyedLocks(block: Block, write: RelationDesc | null, changesKey = false): LockRequest[] | null {
  if (changesKey) return null;
  const key = boundKey(block);
  if (key === null) return null;
  const { relation, values } = key;
  if (write !== null && write.name !== relation.name) return null;
  const exclusive = write !== null;
  return [
    { name: CATALOG_LOCK, mode: 'S' },
    { name: relation.name, mode: exclusive ? 'IX' : 'IS' },
    { name: keyLockName(relation.name, values), mode: exclusive ? 'X' : 'S' },
  ];
}

/**
 * The locks of an append whose one tuple is known before it runs (`tuple`: its values, as
 * stored; null when it is not: a variable, an aggregate, a value that failed to convert) to
 * `relation`: IX on the relation and X on the tuple's key for hash, isam and btree; IX
 * alone for a heap, whose appends never meet (each gets a new tid; its inserts are undone
 * one by one). Null for anything else (heapsort drops duplicates without a key to lock:
 * the caller locks the relation).
 */
export function appendLocks(relation: RelationDesc, tuple: readonly Value[] | null): LockRequest[] | null {
  if (tuple === null || relation.kind !== 'user') return null;
  const intention = [{ name: CATALOG_LOCK, mode: 'S' as const }, { name: relation.name, mode: 'IX' as const }];
  if (relation.structure === 'heap') return intention;
  if (relation.structure === 'heapsort' || relation.keys.length === 0) return null;
  const key = relation.keys.map((k) => keyForm(tuple[k.attribute] as Value));
  return [...intention, { name: keyLockName(relation.name, key), mode: 'X' }];
}
