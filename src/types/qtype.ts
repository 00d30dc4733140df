/*
 * qtype.ts — the QUEL storage formats (i1 i2 i4 f4 f8 c1..c255) as values, their names,
 * the integer ranges, the type of numeric constants and the arithmetic result-type rules
 * of QUEL.md §3 (int op int → larger int, float op float → smaller float, int op float →
 * that float, ** always float).
 */
import type { ArithOp } from '../parser/ast.js';
import { ingresError } from '../common/errors.js';
import type { QType } from './value.js';

export const I1: QType = Object.freeze({ kind: 'i', length: 1 });
export const I2: QType = Object.freeze({ kind: 'i', length: 2 });
export const I4: QType = Object.freeze({ kind: 'i', length: 4 });
export const F4: QType = Object.freeze({ kind: 'f', length: 4 });
export const F8: QType = Object.freeze({ kind: 'f', length: 8 });

/** Longest char format (c255) and the widest legal constant string. */
export const CHAR_LENGTH_MAX = 255;

const CHAR_TYPES: QType[] = [];
for (let length = 0; length <= CHAR_LENGTH_MAX; length++) {
  CHAR_TYPES.push(Object.freeze({ kind: 'c', length }));
}

/** c<length>; lengths are clamped to 0..255 (c0 only appears as an intermediate). */
export function charType(length: number): QType {
  const clamped = Math.max(0, Math.min(CHAR_LENGTH_MAX, Math.trunc(length)));
  return CHAR_TYPES[clamped] ?? Object.freeze({ kind: 'c', length: clamped });
}

/** Inclusive value range of each integer length. */
export const INT_RANGE: { readonly [length: number]: readonly [number, number] } = {
  1: [-128, 127],
  2: [-32768, 32767],
  4: [-2147483648, 2147483647],
};

/** Largest finite f4 (FLT_MAX). */
export const F4_MAX = 3.4028234663852886e38;

const FORMAT_RE = /^([icf])(\d{1,3})$/;

/** 'i2' → I2, 'c20' → c20 (case-insensitive); null when not a storage format. */
export function parseFormat(text: string): QType | null {
  const match = FORMAT_RE.exec(text.trim().toLowerCase());
  if (match === null) return null;
  const letter = match[1];
  const length = Number(match[2]);
  switch (letter) {
    case 'i':
      return length === 1 ? I1 : length === 2 ? I2 : length === 4 ? I4 : null;
    case 'f':
      return length === 4 ? F4 : length === 8 ? F8 : null;
    case 'c':
      return length >= 1 && length <= CHAR_LENGTH_MAX ? charType(length) : null;
    default:
      return null;
  }
}

/** I2 → 'i2' */
export function formatName(type: QType): string {
  return `${type.kind}${type.length}`;
}

export function isNumeric(type: QType): boolean {
  return type.kind !== 'c';
}

export function sameType(a: QType, b: QType): boolean {
  return a.kind === b.kind && a.length === b.length;
}

/** Type of an integer constant per the INGRES scanner: ≤32767 i2, ≤2^31-1 i4, else f8. */
export function intConstType(value: number): QType {
  const magnitude = Math.abs(value);
  if (magnitude <= 32767) return I2;
  if (magnitude <= 2147483647) return I4;
  return F8;
}

/** Result type of `left op right`; throws IngresError 2129 for chars (line in the message). */
export function arithResultType(op: ArithOp, left: QType, right: QType, line: number): QType {
  if (left.kind === 'c' || right.kind === 'c') throw ingresError(2129, line);
  if (op === '**') {
    return (left.kind === 'f' && left.length === 4) || (right.kind === 'f' && right.length === 4)
      ? F4
      : F8;
  }
  return numericResultType(left, right);
}

/** The shared numeric rule (also used by mod and by comparisons of mixed numbers). */
export function numericResultType(left: QType, right: QType): QType {
  if (left.kind === 'i' && right.kind === 'i') return left.length >= right.length ? left : right;
  if (left.kind === 'f' && right.kind === 'f') return left.length <= right.length ? left : right;
  return left.kind === 'f' ? left : right;
}
