/*
 * key-locks.ts — the locks of a statement that reads or changes the tuples of a few keys of
 * a keyed relation (hash, isam, btree): its only variable, no aggregates, every key
 * attribute bound to a constant by a top-level `=` conjunct or to a few constants by an
 * `or` of them. It locks the relation IS (read) or IX (replace, delete) and each key S or
 * X (keyLockName), so transactions on other keys run at once. An append of constants
 * locks the relation IX and its tuple's key X (a heap: IX alone). Anything else locks
 * whole relations (src/txn/README.md, "Isolation").
 */
import type { LockRequest, RelationDesc } from '../storage/api.js';
import { keyForm } from '../storage/keys.js';
import { keyLockName } from '../txn/lock-manager.js';
import type { Value } from '../types/value.js';
import { slotsOf, type BExpr, type Block } from './bound.js';
import { compileValue } from './compile.js';

/** the most keys a statement locks one by one; one that names more locks the relation */
export const MAX_LOCKED_KEYS = 16;

/** The relation of the block's one variable and the keys (each its values in keyForm) that
 *  every tuple it reads has one of, or null when the block does not read a few keys. */
export function boundKeys(block: Block): { relation: RelationDesc; keys: Value[][] } | null {
  if (block.slots.length !== 1 || block.aggs.length > 0) return null;
  const relation = (block.slots[0] as { relation: RelationDesc }).relation;
  if (relation.kind !== 'user' || relation.keys.length === 0) return null;
  if (relation.structure === 'heap' || relation.structure === 'heapsort') return null;
  let keys: Value[][] = [[]];
  for (const key of relation.keys) {
    let found: Value[] | undefined;
    for (const clause of block.clauses) {
      found = constantEqualities(clause, key.attribute, relation);
      if (found !== undefined) break;
    }
    if (found === undefined || keys.length * found.length > MAX_LOCKED_KEYS) return null;
    const values = found.map(keyForm);
    keys = keys.flatMap((prefix) => values.map((value) => [...prefix, value]));
  }
  return { relation, keys };
}

/** `v.attribute = constant`, or an `or` of such (either side, any nesting): the constants. */
function constantEqualities(clause: BExpr, attribute: number, relation: RelationDesc): Value[] | undefined {
  if (clause.k === 'logic' && clause.op === 'or') {
    const left = constantEqualities(clause.left, attribute, relation);
    const right = left === undefined ? undefined : constantEqualities(clause.right, attribute, relation);
    return left === undefined || right === undefined ? undefined : [...left, ...right];
  }
  const value = constantEquality(clause, attribute, relation);
  return value === undefined ? undefined : [value];
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
 * block reads a few keys (boundKeys): the relation's intention lock and each key's lock;
 * null otherwise (the caller locks relations). `changesKey`: a replace assigns a key attribute (the tuple
 * would move to another key: null).
 */
export function keyedLocks(block: Block, write: RelationDesc | null, changesKey = false): LockRequest[] | null {
  if (changesKey) return null;
  const bound = boundKeys(block);
  if (bound === null) return null;
  const { relation, keys } = bound;
  if (write !== null && write.name !== relation.name) return null;
  const exclusive = write !== null;
  return [
    { name: relation.name, mode: exclusive ? 'IX' : 'IS' },
    ...keys.map((values) => ({ name: keyLockName(relation.name, values), mode: exclusive ? 'X' as const : 'S' as const })),
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
  const intention = [{ name: relation.name, mode: 'IX' as const }];
  if (relation.structure === 'heap') return intention;
  if (relation.structure === 'heapsort' || relation.keys.length === 0) return null;
  const key = relation.keys.map((k) => keyForm(tuple[k.attribute] as Value));
  return [...intention, { name: keyLockName(relation.name, key), mode: 'X' }];
}
