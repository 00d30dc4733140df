/*
 * compile.ts — turns bound expressions into JavaScript closures over a row (one stored
 * tuple per slot), once per statement, so no AST is interpreted per tuple. Aggregate
 * nodes read the values computed before the block runs (AggResults).
 */
import type { StoredTuple } from '../storage/api.js';
import { arith, callFunction, collationKey, compare, negate } from '../types/index.js';
import type { Value } from '../types/value.js';
import type { AggSpec, BExpr } from './bound.js';

export type Row = readonly (StoredTuple | undefined)[];
export type ValueFn = (row: Row) => Value;
export type PredFn = (row: Row) => boolean;

/** A computed aggregate: one scalar, or a table from by-values to the aggregate value. */
export type AggResult =
  | { readonly kind: 'scalar'; readonly value: Value }
  | {
      readonly kind: 'table';
      readonly table: ReadonlyMap<GroupKey, Value>;
      readonly missing: Value;
      /** the by-values of each partition (those of its first tuple) */
      readonly byValues: ReadonlyMap<GroupKey, readonly Value[]>;
    };
export type AggResults = Map<AggSpec, AggResult>;

export type GroupKey = string | number;

/** Hash key of a list of values, equal exactly when compareValues says all are equal. */
export function groupKey(values: readonly Value[]): GroupKey {
  if (values.length === 1) return collationKey(values[0]!) as GroupKey;
  let key = '';
  for (const v of values) key += keyPart(v);
  return key;
}

/** One value's part of a composite key: numbers and chars never collide. */
function keyPart(v: Value): string {
  if (typeof v === 'number') return v === 0 ? '0\u0001' : `${v}\u0001`;
  const plain = v.indexOf(' ') < 0 && v.indexOf('\0') < 0;
  return `\u0002${plain ? v : String(collationKey(v))}\u0001`;
}

export function groupKeyFn(fns: readonly ValueFn[]): (row: Row) => GroupKey {
  if (fns.length === 1) {
    const f = fns[0]!;
    return (row) => collationKey(f(row)) as GroupKey;
  }
  if (fns.length === 2) {
    const [f0, f1] = fns as [ValueFn, ValueFn];
    return (row) => keyPart(f0(row)) + keyPart(f1(row));
  }
  return (row) => {
    let key = '';
    for (const f of fns) key += keyPart(f(row));
    return key;
  };
}

export function compileValue(expr: BExpr, aggs: AggResults): ValueFn {
  switch (expr.k) {
    case 'const': {
      const value = expr.value;
      return () => value;
    }
    case 'attr': {
      const { slot, index } = expr;
      return (row) => row[slot]!.values[index]!;
    }
    case 'neg': {
      const operand = compileValue(expr.operand, aggs);
      const type = expr.type;
      return (row) => negate(operand(row), type);
    }
    case 'arith': {
      const type = expr.type;
      const op = expr.op;
      const narrow = (e: BExpr): ValueFn => {
        const f = compileValue(e, aggs);
        if (type.kind === 'f' && type.length === 4 && !(e.type.kind === 'f' && e.type.length === 4)) {
          return (row) => Math.fround(f(row) as number);
        }
        return f;
      };
      const left = narrow(expr.left);
      const right = narrow(expr.right);
      return (row) => arith(op, left(row), right(row), type);
    }
    case 'call': {
      const args = expr.args.map((a) => compileValue(a, aggs));
      const argTypes = expr.args.map((a) => a.type);
      const { fn, type } = expr;
      if (args.length === 1) {
        const a0 = args[0]!;
        return (row) => callFunction(fn, [a0(row)], argTypes, type);
      }
      return (row) =>
        callFunction(
          fn,
          args.map((a) => a(row)),
          argTypes,
          type,
        );
    }
    case 'agg': {
      const result = aggs.get(expr.agg);
      if (result === undefined) throw new Error('aggregate used before it was computed');
      if (result.kind === 'scalar') {
        const value = result.value;
        return () => value;
      }
      const key = groupKeyFn(expr.agg.outerBy.map((b) => compileValue(b, aggs)));
      const { table, missing } = result;
      return (row) => table.get(key(row)) ?? missing;
    }
    case 'cmp':
    case 'not':
    case 'logic':
    case 'aggPresent': {
      const pred = compilePred(expr, aggs);
      return (row) => (pred(row) ? 1 : 0);
    }
  }
}

/** the comparison with its operands swapped (a < b ⇔ b > a) */
export function flipped(op: string): string {
  return op === '<' ? '>' : op === '<=' ? '>=' : op === '>' ? '<' : op === '>=' ? '<=' : op;
}

/**
 * `attribute op number` as one closure (the commonest restriction: it runs once per tuple
 * read, and two nested closure calls cost more than the comparison); null for other shapes.
 */
function attributeAgainstConstant(attribute: BExpr, constant: BExpr, op: string): PredFn | null {
  if (attribute.k !== 'attr' || constant.k !== 'const' || typeof constant.value !== 'number') return null;
  const { slot, index } = attribute;
  const c = constant.value;
  switch (op) {
    case '=':
      return (row) => row[slot]!.values[index] === c;
    case '!=':
      return (row) => row[slot]!.values[index] !== c;
    case '<':
      return (row) => (row[slot]!.values[index] as number) < c;
    case '<=':
      return (row) => (row[slot]!.values[index] as number) <= c;
    case '>':
      return (row) => (row[slot]!.values[index] as number) > c;
    case '>=':
      return (row) => (row[slot]!.values[index] as number) >= c;
    default:
      return null;
  }
}

export function compilePred(expr: BExpr, aggs: AggResults): PredFn {
  switch (expr.k) {
    case 'cmp': {
      const left = compileValue(expr.left, aggs);
      const right = compileValue(expr.right, aggs);
      const { op, patternSide } = expr;
      if (expr.left.type.kind !== 'c' && expr.right.type.kind !== 'c') {
        const direct = attributeAgainstConstant(expr.left, expr.right, op) ?? attributeAgainstConstant(expr.right, expr.left, flipped(op));
        if (direct !== null) return direct;
        switch (op) {
          case '=':
            return (row) => left(row) === right(row);
          case '!=':
            return (row) => left(row) !== right(row);
          case '<':
            return (row) => left(row) < right(row);
          case '<=':
            return (row) => left(row) <= right(row);
          case '>':
            return (row) => left(row) > right(row);
          case '>=':
            return (row) => left(row) >= right(row);
        }
      }
      return (row) => compare(op, left(row), right(row), patternSide);
    }
    case 'not': {
      const operand = compilePred(expr.operand, aggs);
      return (row) => !operand(row);
    }
    case 'logic': {
      const left = compilePred(expr.left, aggs);
      const right = compilePred(expr.right, aggs);
      return expr.op === 'and' ? (row) => left(row) && right(row) : (row) => left(row) || right(row);
    }
    case 'aggPresent': {
      const result = aggs.get(expr.agg);
      if (result === undefined || result.kind !== 'table') return () => true;
      const key = groupKeyFn(expr.agg.outerBy.map((b) => compileValue(b, aggs)));
      const table = result.table;
      return (row) => table.has(key(row));
    }
    default: {
      const value = compileValue(expr, aggs);
      return (row) => value(row) !== 0;
    }
  }
}
