/*
 * helpers.ts — small helpers shared by the parser tests: parse one statement, catch the
 * IngresError of a bad query, and strip positions so trees compare by shape.
 */
import { expect } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { parse, type Expr, type Statement } from '../../../src/parser/index.js';

/** Parse text that must hold exactly one statement. */
export function one(text: string): Statement {
  const statements = parse(text);
  expect(statements).toHaveLength(1);
  return statements[0] as Statement;
}

/** Parse text that must fail; returns the IngresError. */
export function fail(text: string): IngresError {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(IngresError);
    return error as IngresError;
  }
  throw new Error(`expected an error for: ${text}`);
}

/** A deep copy without `pos` fields (and without `text`), for shape comparisons. */
export function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'pos' ? undefined : v))) as T;
}

/** Render an expression as a fully parenthesised string: shows grouping at a glance. */
export function show(e: Expr): string {
  switch (e.kind) {
    case 'IntConst':
    case 'FloatConst':
      return String(e.value);
    case 'StringConst':
      return JSON.stringify(e.value);
    case 'SpecialConst':
      return e.name;
    case 'AttrRef':
      return `${e.variable}.${e.attribute}`;
    case 'Unary':
      return `(${e.op}${show(e.operand)})`;
    case 'Binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'Call':
      return `${e.fn}(${e.args.map(show).join(', ')})`;
    case 'Aggregate': {
      const by = e.by.length > 0 ? ` by ${e.by.map(show).join(', ')}` : '';
      const where = e.where === null ? '' : ` ${e.onlyWhere ? 'only ' : ''}where ${show(e.where)}`;
      return `${e.fn}(${show(e.arg)}${by}${where})`;
    }
    case 'Compare':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'Not':
      return `(not ${show(e.operand)})`;
    case 'Logical':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
  }
}

/** The where-clause of `retrieve (x = 1) where QUAL`, shown. */
export function qual(text: string): string {
  const s = one(`retrieve (x = 1) where ${text}`);
  if (s.kind !== 'Retrieve' || s.where === null) throw new Error('no where clause');
  return show(s.where);
}

/** The value of `retrieve (x = EXPR)`, shown. */
export function value(text: string): string {
  const s = one(`retrieve (x = ${text})`);
  if (s.kind !== 'Retrieve') throw new Error('not a retrieve');
  const t = s.targets[0];
  if (t === undefined || t.kind !== 'TargetExpr') throw new Error('no target');
  return show(t.expr);
}
