/*
 * collation.test.ts — the one order of values: chars ignore blanks and NULs and compare by
 * code point, numbers numerically with -0 = 0; and the storage property: ordered-binary
 * (lmdb's key encoding) of collationKey() sorts exactly like compareValues().
 */
import { fc, test as propertyTest } from '@fast-check/vitest';
import { toBufferKey } from 'ordered-binary';
import { describe, expect, test } from 'vitest';
import {
  collationKey, compareCodePoints, compareRows, compareValues, hashKey, stripBlanks,
} from '../../../src/types/index.js';
import type { Value } from '../../../src/types/index.js';

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

describe('char comparison', () => {
  test('blanks and NULs are ignored (QUEL.md §4)', () => {
    expect(compareValues('Ross,Stanley', 'R o s s, Stanley')).toBe(0);
    expect(compareValues('ab\0c', 'abc')).toBe(0);
    expect(compareValues('', '   ')).toBe(0);
    expect(compareValues('abcd', 'abcdd')).toBe(-1);
    expect(compareValues('b', 'a  z')).toBe(1);
  });
  test('code point order, not UTF-16 order', () => {
    // U+FFFF is below U+10000 by code point, above it by UTF-16 unit.
    expect('\uFFFF' < '\u{10000}').toBe(false);
    expect(compareValues('\uFFFF', '\u{10000}')).toBe(-1);
    expect(compareValues('a\u{1F600}', 'a\uE000')).toBe(1);
    expect(compareCodePoints('\uD800\uE000', '\uD800\uDC00')).toBe(-1);
    expect(compareValues('\uD800 \uDC00', '\u{10000}')).toBe(0);
  });
  test('numbers: numeric, -0 = 0; numbers before chars', () => {
    expect(compareValues(-0, 0)).toBe(0);
    expect(compareValues(2, 10)).toBe(-1);
    expect(compareValues(-1.5, -2)).toBe(1);
    expect(compareValues(5, 'a')).toBe(-1);
    expect(compareValues('a', 5)).toBe(1);
  });
  test('compareRows is lexicographic', () => {
    expect(compareRows([1, 'b'], [1, 'a'])).toBeGreaterThan(0);
    expect(compareRows([1, 'a b'], [1, 'ab'])).toBe(0);
    expect(compareRows([0], [0, 1])).toBeLessThan(0);
  });
});

describe('collation keys', () => {
  test('chars lose blanks and NULs, -0 becomes 0', () => {
    expect(collationKey('R o s s\0')).toBe('Ross');
    expect(Object.is(collationKey(-0), 0)).toBe(true);
    expect(collationKey(3.5)).toBe(3.5);
    expect(stripBlanks('no-blanks')).toBe('no-blanks');
  });
  test('hashKey agrees with equality', () => {
    expect(hashKey('a b')).toBe(hashKey('ab'));
    expect(hashKey(-0)).toBe(hashKey(0));
    expect(hashKey(1)).not.toBe(hashKey('1'));
  });

  // Strings over a small alphabet with blanks, NULs, control chars, surrogates (paired and
  // lone), BMP-private and astral characters: the cases where orders tend to disagree.
  const unit = fc.constantFrom(
    ' ', '\0', '\x01', '\x04', '\x05', '\x1b', '\x1c', 'a', 'b', 'Z', '~', '\x7f', '\u00e9',
    '\u07ff', '\u0800', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFF',
    '\u{10000}', '\u{1F600}', '\u{10FFFF}',
  );
  const text = fc.array(unit, { maxLength: 8 }).map((units) => units.join(''));
  const number = fc.oneof(
    fc.integer({ min: -2147483648, max: 2147483647 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 0.1, -0.1, 1e-300, -1e-300, 5e-324),
  );
  const value: fc.Arbitrary<Value> = fc.oneof(text, number);

  propertyTest.prop([value, value], { numRuns: 3000 })(
    'ordered-binary order of collationKey = compareValues order',
    (a, b) => {
      const expected = sign(compareValues(a, b));
      const keyA = toBufferKey(collationKey(a));
      const keyB = toBufferKey(collationKey(b));
      expect(compareBytes(keyA, keyB)).toBe(expected);
      expect(sign(compareValues(b, a))).toBe(0 - expected || 0);
      if (expected === 0) expect(hashKey(a)).toBe(hashKey(b));
      else expect(hashKey(a)).not.toBe(hashKey(b));
    },
  );

  propertyTest.prop([fc.tuple(value, fc.nat()), fc.tuple(value, fc.nat())], { numRuns: 2000 })(
    'as an index key [value, tid] the order is (value, tid)',
    ([a, tidA], [b, tidB]) => {
      const expected = sign(compareValues(a, b)) || sign(tidA - tidB);
      const keyA = toBufferKey([collationKey(a), tidA]);
      const keyB = toBufferKey([collationKey(b), tidB]);
      expect(compareBytes(keyA, keyB)).toBe(expected);
    },
  );

  propertyTest.prop([fc.array(text, { maxLength: 20 })])('sorting is a total order', (values) => {
    const sorted = [...values].sort(compareValues);
    for (let index = 1; index < sorted.length; index++) {
      const order = compareValues(sorted[index - 1] as Value, sorted[index] as Value);
      expect(order).toBeLessThanOrEqual(0);
    }
  });
});
