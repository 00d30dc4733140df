/*
 * arith.ts — arithmetic on QUEL values with INGRES's result types and this project's
 * safety decisions (DESIGN.md): integer overflow is error 4100 (never a wrap), division
 * by zero 4101, a non-finite float result 4110, and assignment into a domain is
 * range-checked (4112). Integer division truncates toward zero; -0 never escapes.
 */
import type { ArithOp } from '../parser/ast.js';
import { ingresError } from '../common/errors.js';
import { INT_RANGE, formatName } from './qtype.js';
import type { QType, Value } from './value.js';

/** A numeric operand; a char here is a programmer error upstream (types were checked). */
function numberOf(value: Value): number {
  if (typeof value === 'number') return value;
  throw ingresError(9000, `numeric operation on a character value '${value}'`);
}

/** Throws 4100 when `result` (an integer) does not fit an integer of `length` bytes. */
export function checkIntOverflow(result: number, length: number): number {
  const range = INT_RANGE[length] ?? INT_RANGE[4];
  if (range === undefined || result < range[0] || result > range[1] || Number.isNaN(result)) {
    throw ingresError(4100);
  }
  return result === 0 ? 0 : result;
}

/** Throws 4110 for an infinite or NaN float result; rounds to f4 when asked. */
export function checkFloat(result: number, length: number): number {
  const rounded = length === 4 ? Math.fround(result) : result;
  if (!Number.isFinite(rounded)) throw ingresError(4110);
  return rounded;
}

/** Compute `a op b` already converted to `result`; integer overflow → 4100, /0 → 4101. */
export function arith(op: ArithOp, a: Value, b: Value, result: QType): Value {
  let x = numberOf(a);
  let y = numberOf(b);
  if (result.kind === 'i') {
    switch (op) {
      case '+':
        return checkIntOverflow(x + y, result.length);
      case '-':
        return checkIntOverflow(x - y, result.length);
      case '*':
        return checkIntOverflow(x * y, result.length);
      case '/':
        if (y === 0) throw ingresError(4101);
        return checkIntOverflow(Math.trunc(x / y), result.length);
      case '**': {
        const power = Math.pow(x, y);
        if (!Number.isFinite(power)) throw ingresError(4110);
        return checkIntOverflow(Math.trunc(power), result.length);
      }
    }
  }
  if (result.length === 4) {
    x = Math.fround(x);
    y = Math.fround(y);
  }
  switch (op) {
    case '+':
      return checkFloat(x + y, result.length);
    case '-':
      return checkFloat(x - y, result.length);
    case '*':
      return checkFloat(x * y, result.length);
    case '/':
      if (y === 0) throw ingresError(4101);
      return checkFloat(x / y, result.length);
    case '**':
      return checkFloat(Math.pow(x, y), result.length);
  }
}

/** Unary minus in `type` (-(-128) as i1 is an overflow). */
export function negate(a: Value, type: QType): Value {
  const x = numberOf(a);
  if (type.kind === 'i') return checkIntOverflow(-x, type.length);
  return checkFloat(-x, type.length);
}

/** Strip trailing blanks: the canonical form of a char value. */
export function trimTrailingBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A char value cut to `length` characters (code points are not split), canonical. */
export function fitChar(text: string, length: number): string {
  if (text.length <= length) return trimTrailingBlanks(text);
  let cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return trimTrailingBlanks(cut);
}

/** Numeric value converted to a numeric type; out of range → 4112 (float→int truncates). */
export function convertNumber(value: number, to: QType): number {
  if (to.kind === 'i') {
    const truncated = Math.trunc(value);
    const range = INT_RANGE[to.length];
    if (range === undefined || !(truncated >= range[0] && truncated <= range[1])) {
      throw ingresError(4112, formatName(to));
    }
    return truncated === 0 ? 0 : truncated;
  }
  if (to.length === 4) {
    const rounded = Math.fround(value);
    if (!Number.isFinite(rounded)) throw ingresError(4112, formatName(to));
    return rounded;
  }
  if (!Number.isFinite(value)) throw ingresError(4112, formatName(to));
  return value;
}

/** Convert for assignment into a domain: numeric↔numeric (float→int truncates, range-checked
 *  → 4112), char→char (truncate to length, strip trailing blanks); char↔numeric → 2103. */
export function coerce(value: Value, from: QType, to: QType, line: number): Value {
  if (to.kind === 'c') {
    if (from.kind !== 'c' || typeof value !== 'string') {
      throw ingresError(2103, line, formatName(to));
    }
    return fitChar(value, to.length);
  }
  if (from.kind === 'c' || typeof value !== 'number') throw ingresError(2103, line, formatName(to));
  return convertNumber(value, to);
}
