/*
 * keys.test.ts — the key encoding: memcmp order of encoded keys equals compareValues order
 * (numbers incl. -0, chars incl. blanks, NULs, astral and lone-surrogate characters), in
 * both directions; prefix ends; hash keys equal for blank-different equal values.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compareValues } from '../../../src/types/collation.js';
import { KeyWriter, prefixEnd } from '../../../src/storage/keys.js';

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
const encode = (values: (number | string)[], descending: boolean[]): Buffer => {
  const w = new KeyWriter().u32(7);
  values.forEach((v, i) => w.value(v, descending[i] === true));
  return w.take();
};

const number = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, -0, 1, -1));
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\u0000', '\ud800', '\udc00', '\u{1f600}', '\uffff', 'é') }));

describe('key encoding', () => {
  test('number keys sort like compareValues, ascending and descending', () => {
    fc.assert(fc.property(number, number, (a, b) => {
      expect(sign(Buffer.compare(encode([a], [false]), encode([b], [false])))).toBe(sign(compareValues(a, b)));
      expect(sign(Buffer.compare(encode([a], [true]), encode([b], [true])))).toBe(-sign(compareValues(a, b)) || 0);
    }), { numRuns: 2000 });
  });

  test('char keys sort like compareValues, ascending and descending', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      expect(sign(Buffer.compare(encode([a], [false]), encode([b], [false])))).toBe(sign(compareValues(a, b)));
      expect(sign(Buffer.compare(encode([a], [true]), encode([b], [true])))).toBe(-sign(compareValues(a, b)) || 0);
    }), { numRuns: 3000 });
  });

  test('composite keys sort lexicographically by component', () => {
    const row = fc.tuple(text, number, text);
    fc.assert(fc.property(row, row, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (a, b, descending) => {
      let expected = 0;
      for (let i = 0; i < 3 && expected === 0; i++) {
        const order = sign(compareValues(a[i] as number | string, b[i] as number | string));
        expected = descending[i] === true ? -order || 0 : order;
      }
      expect(sign(Buffer.compare(encode([...a], descending), encode([...b], descending)))).toBe(expected);
    }), { numRuns: 2000 });
  });

  test('prefix end bounds exactly the keys with that prefix', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      const prefix = encode([a], [false]);
      const key = encode([b, 1], [false, false]);
      const inside = Buffer.compare(key, prefix) >= 0 && Buffer.compare(key, prefixEnd(prefix)) < 0;
      expect(inside).toBe(compareValues(a, b) === 0);
    }), { numRuns: 2000 });
  });
});
