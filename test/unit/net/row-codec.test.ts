/*
 * row-codec.test.ts — packed rows between hosts: every value comes back exactly (ints,
 * -0, fractions, huge and tiny doubles, ASCII, multi-byte and long chars, lone
 * surrogates), and a damaged buffer of any shape is a 7003, never a crash or a wrong row.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { decodeRows, encodeRows } from '../../../src/net/row-codec.js';
import type { Value } from '../../../src/types/value.js';

const same = (a: readonly (readonly Value[])[], b: readonly (readonly Value[])[]): boolean =>
  a.length === b.length && a.every((row, r) => row.length === b[r]?.length && row.every((v, c) => Object.is(v, b[r]?.[c])));

const value = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.double(),
  fc.constantFrom(-0, 0, 2 ** 31, -(2 ** 31) - 1, 1e300, 5e-324),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 255 }),
  fc.string({ maxLength: 300 }),
);

describe('packed rows', () => {
  test('every value comes back exactly, whatever the row', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(value, { minLength: width, maxLength: width }), { maxLength: 40 })), (rows) => {
      expect(same(decodeRows(encodeRows(rows), 'test'), rows)).toBe(true);
    }), { numRuns: 500 });
  });

  test('the edges of each form: int32 bounds, 85 and 86 units, a lone surrogate, empty', () => {
    const rows: Value[][] = [
      [2 ** 31 - 1, -(2 ** 31), 2 ** 31, -0, 'a'.repeat(85), 'a'.repeat(86), 'é'.repeat(85), '\uD800x', 'x\uDC00', ''],
      [0, 1.5, -1, NaN, 'ü'.repeat(200), '😀', '', 'b', '\uDBFF\uDFFF', 'z'],
    ];
    expect(same(decodeRows(encodeRows(rows), 'test'), rows)).toBe(true);
    // ASCII takes its length in bytes: a c60 value costs 62
    expect(encodeRows([['x'.repeat(60)]]).length).toBe(6 + 62);
  });

  test('a damaged buffer is 7003 naming where it came from, never anything else', () => {
    const good = encodeRows([[1, 'abc', 2.5], [2, 'd'.repeat(100), -0]]);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(good.length), fc.boolean(), (noise, cut, truncate) => {
      const damaged = truncate ? good.subarray(0, cut) : Buffer.concat([good.subarray(0, cut), Buffer.from(noise), good.subarray(cut + noise.length)]);
      try {
        const rows = decodeRows(damaged, 'host h9');
        // what decodes is the whole buffer as rows of one width (it may be the original)
        expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(IngresError);
        expect((error as IngresError).code).toBe(7003);
        expect((error as IngresError).message).toContain('host h9');
      }
    }), { numRuns: 2000 });
    // a count the buffer cannot hold is refused before anything is allocated for it
    const huge = Buffer.alloc(6);
    huge.writeUInt32LE(0xffffffff, 0);
    huge.writeUInt16LE(100, 4);
    expect(() => decodeRows(huge, 'host h9')).toThrow(/7003|bad message/);
  });
});
