/*
 * collation.ts — the one total order of QUEL values, shared by the executor (sort, unique,
 * joins, comparisons) and storage keys. Chars ignore every blank and NUL and compare by
 * Unicode code point (not by UTF-16 unit, which is what JS `<` does); numbers compare
 * numerically with -0 = 0. collationKey() gives the form whose ordered-binary (lmdb) key
 * order is exactly this order; a property test in test/unit/types checks it.
 */
import type { Value } from './value.js';

const BLANK = 0x20;
const NUL = 0x00;

/** Is this UTF-16 unit ignored by char comparison? */
export function ignored(unit: number): boolean {
  return unit === BLANK || unit === NUL;
}

/** Remove all blanks and NULs (returns the same string when there are none). */
export function stripBlanks(text: string): string {
  let index = 0;
  const length = text.length;
  while (index < length && !ignored(text.charCodeAt(index))) index++;
  if (index === length) return text;
  let out = text.slice(0, index);
  for (; index < length; index++) {
    const unit = text.charCodeAt(index);
    if (!ignored(unit)) out += text[index];
  }
  return out;
}

/** Compare two strings by code point (lone surrogates count as their own code point). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let index = 0;
  while (index < length && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  if (index === length) return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  // Back up onto a high surrogate shared by both, so a pair is compared as one code point;
  // then walk code points (the prefix before `index` is identical, so both stay aligned).
  if (index > 0) {
    const previous = a.charCodeAt(index - 1);
    if (previous >= 0xd800 && previous <= 0xdbff) index--;
  }
  while (index < a.length && index < b.length) {
    const x = a.codePointAt(index) as number;
    const y = b.codePointAt(index) as number;
    if (x !== y) return x < y ? -1 : 1;
    index += x > 0xffff ? 2 : 1;
  }
  return a.length === b.length ? 0 : index >= a.length ? -1 : 1;
}

/** Blank- and NUL-insensitive code point comparison of two char values. */
export function compareChars(a: string, b: string): number {
  if (a === b) return 0;
  const lengthA = a.length;
  const lengthB = b.length;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < lengthA && ignored(a.charCodeAt(i))) i++;
    while (j < lengthB && ignored(b.charCodeAt(j))) j++;
    if (i === lengthA) return j === lengthB ? 0 : -1;
    if (j === lengthB) return 1;
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x !== y) {
      // Fast path: neither side is a surrogate, and the previous units (equal on both
      // sides) cannot have been the first half of a pair with this unit.
      if (x < 0xd800 && y < 0xd800) return x < y ? -1 : 1;
      return compareCodePoints(stripBlanks(a), stripBlanks(b));
    }
    i++;
    j++;
  }
}

/** Total order used by sort/unique/joins AND storage keys. Chars ignore all blanks/NULs and
 *  compare by code point; numbers numerically; -0 = 0. Numbers sort before chars (as in
 *  ordered-binary), though type checking never lets the two meet. */
export function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    return -1;
  }
  if (typeof b === 'number') return 1;
  return compareChars(a, b);
}

/** Compare two rows element by element with compareValues. */
export function compareRows(a: readonly Value[], b: readonly Value[]): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const order = compareValues(a[index] as Value, b[index] as Value);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** The storage-key form of a value (chars: blanks and NULs removed; -0 → 0), so that lmdb
 *  key order equals compareValues order. Equal values have identical keys. */
export function collationKey(value: Value): Value {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  return stripBlanks(value);
}

/** A string usable as a Map key for grouping/hashing: equal under compareValues ⇔ equal
 *  hash key. Numbers and chars never collide (prefix 'n' / 's'). */
export function hashKey(value: Value): string {
  if (typeof value === 'number') return value === 0 ? 'n0' : `n${value}`;
  return `s${stripBlanks(value)}`;
}
