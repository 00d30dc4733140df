/*
 * bound.ts — the analyzer's output: typed, name-resolved expressions (BExpr) grouped into
 * query blocks. A block is one conjunctive query over range-variable slots; every
 * aggregate owns an inner block of its own. Views are already substituted (query
 * modification), so every slot ranges over a stored relation.
 */
import type { Aggregate, ArithOp, CompareOp } from '../parser/ast.js';
import type { RelationDesc } from '../storage/api.js';
import type { QType, Value } from '../types/value.js';

export type AggFn = 'count' | 'countu' | 'sum' | 'sumu' | 'avg' | 'avgu' | 'max' | 'min' | 'any';

/** A boolean expression has no storage type; BOOL marks it. */
export const BOOL: QType = { kind: 'i', length: 0 };

export type BExpr =
  | { readonly k: 'const'; readonly type: QType; readonly value: Value }
  | { readonly k: 'attr'; readonly type: QType; readonly slot: number; readonly index: number }
  | { readonly k: 'neg'; readonly type: QType; readonly operand: BExpr }
  | {
      readonly k: 'arith';
      readonly type: QType;
      readonly op: ArithOp;
      readonly left: BExpr;
      readonly right: BExpr;
    }
  | { readonly k: 'call'; readonly type: QType; readonly fn: string; readonly args: readonly BExpr[] }
  | { readonly k: 'agg'; readonly type: QType; readonly agg: AggSpec }
  | {
      readonly k: 'cmp';
      readonly type: QType;
      readonly op: CompareOp;
      readonly left: BExpr;
      readonly right: BExpr;
      readonly patternSide: 'left' | 'right' | null;
    }
  | { readonly k: 'not'; readonly type: QType; readonly operand: BExpr }
  | {
      readonly k: 'logic';
      readonly type: QType;
      readonly op: 'and' | 'or';
      readonly left: BExpr;
      readonly right: BExpr;
    }
  /** a filter that keeps a row only when the `only where` aggregate has its partition */
  | { readonly k: 'aggPresent'; readonly type: QType; readonly agg: AggSpec };

/** One range-variable slot of a block. */
export interface SlotDesc {
  readonly name: string;
  readonly relation: RelationDesc;
}

/** An aggregate (simple when `by` is empty) with its own inner block. */
export interface AggSpec {
  readonly fn: AggFn;
  readonly type: QType;
  readonly argType: QType;
  readonly block: Block;
  /** evaluated in the inner block */
  readonly arg: BExpr;
  readonly by: readonly BExpr[];
  /** the same by-expressions bound in the enclosing block: the link to the outer query */
  readonly outerBy: readonly BExpr[];
  readonly onlyWhere: boolean;
  /** the parsed aggregate it was bound from (a distributed master computes some elsewhere) */
  readonly source?: Aggregate;
}

/** A conjunctive query: slots, conjuncts, and the aggregates its expressions use. */
export class Block {
  readonly slots: SlotDesc[] = [];
  readonly clauses: BExpr[] = [];
  readonly aggs: AggSpec[] = [];
  /** identity of a variable (scope id + name) → slot, or a view instance */
  readonly bindings = new Map<string, number | ViewInstance>();

  addSlot(name: string, relation: RelationDesc): number {
    this.slots.push({ name, relation });
    return this.slots.length - 1;
  }
}

/** A view variable instantiated in one block: its columns bound over fresh slots. */
export interface ViewInstance {
  readonly kind: 'view';
  readonly viewName: string;
  readonly columns: ReadonlyMap<string, BExpr>;
  readonly columnOrder: readonly string[];
  /** the slots of the view's own range variables, in this block */
  readonly slots: readonly number[];
}

export interface TargetColumn {
  readonly name: string;
  readonly expr: BExpr;
}

export function isBool(expr: BExpr): boolean {
  return expr.k === 'cmp' || expr.k === 'not' || expr.k === 'logic' || expr.k === 'aggPresent';
}

/** Slots referenced by an expression in its own block (aggregates count by their links). */
export function slotsOf(expr: BExpr, into: Set<number> = new Set()): Set<number> {
  switch (expr.k) {
    case 'const':
      break;
    case 'attr':
      into.add(expr.slot);
      break;
    case 'neg':
    case 'not':
      slotsOf(expr.operand, into);
      break;
    case 'arith':
    case 'cmp':
    case 'logic':
      slotsOf(expr.left, into);
      slotsOf(expr.right, into);
      break;
    case 'call':
      for (const a of expr.args) slotsOf(a, into);
      break;
    case 'agg':
    case 'aggPresent':
      for (const b of expr.agg.outerBy) slotsOf(b, into);
      break;
  }
  return into;
}

/** Split a qualification into its top-level conjuncts. */
export function conjuncts(expr: BExpr, into: BExpr[] = []): BExpr[] {
  if (expr.k === 'logic' && expr.op === 'and') {
    conjuncts(expr.left, into);
    conjuncts(expr.right, into);
  } else {
    into.push(expr);
  }
  return into;
}
