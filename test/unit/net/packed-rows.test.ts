/*
 * packed-rows.test.ts — the rows of a result to the monitor in PackedRows' byte forms
 * (RunRequest.packed_bytes: numbers as little-endian doubles, chars as one UTF-8 text cut
 * by UTF-16 lengths) give back exactly the rows of the value-by-value forms, through
 * protobufjs on both sides; a damaged message is 7003.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { pb, type pbt } from '../../../src/net/gen/index.js';
import { packRows, unpackRows } from '../../../src/net/wire.js';
import type { Value } from '../../../src/types/value.js';

/** the rows after a trip on the wire in the byte forms (`bytes`) or the value-by-value ones */
function trip(rows: readonly (readonly Value[])[], chars: readonly boolean[], bytes: boolean): Value[][] {
  const packed = packRows(rows, chars, bytes);
  if (packed === null) throw new Error('not packable');
  const decoded = pb.PackedRows.decode(pb.PackedRows.encode(packed).finish());
  const out: Value[][] = [];
  unpackRows(decoded, chars, out);
  return out;
}

const number = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.double(), fc.constantFrom(-0, 0, 5e-324, 1e300));
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
/** columns (true = chars) and rows of those kinds */
const shaped = fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }).chain((chars) =>
  fc.tuple(fc.constant(chars), fc.array(fc.tuple(...chars.map((c) => (c ? text : number)) as [fc.Arbitrary<Value>]), { maxLength: 40 })));

const wellFormed = (rows: readonly (readonly Value[])[]): boolean =>
  rows.every((row) => row.every((v) => typeof v !== 'string' || (v as string & { isWellFormed(): boolean }).isWellFormed()));

describe('PackedRows in byte forms', () => {
  test('the same rows as value by value; exactly the rows sent when every string is well formed (-0 and NaN kept)', () => {
    fc.assert(fc.property(shaped, ([chars, rows]) => {
      const bytes = trip(rows, chars, true);
      expect(bytes).toEqual(trip(rows, chars, false));
      if (wellFormed(rows)) {
        expect(bytes.length).toBe(rows.length);
        rows.forEach((row, r) => row.forEach((v, c) => expect(Object.is(bytes[r]?.[c], v)).toBe(true)));
      }
    }), { numRuns: 300 });
  });

  test('a string with a lone surrogate sends its chars value by value', () => {
    const packed = packRows([['a\uD800b', 1]], [true, false], true);
    expect(packed?.chars).toEqual(['a\uD800b']);
    expect(packed?.charsUtf8 ?? null).toBeNull();
    expect(packed?.numbersLe?.length).toBe(8);
  });

  test('damaged byte forms are 7003', () => {
    const good = packRows([['héllo', 1.5], ['x', -0]], [true, false], true) as pbt.IPackedRows;
    const damaged: pbt.IPackedRows[] = [
      { ...good, numbersLe: (good.numbersLe as Uint8Array).subarray(0, 12) },
      { ...good, charLengths: [5, 2] },
      { ...good, charLengths: [5] },
      { ...good, count: 3 },
    ];
    for (const packed of damaged) {
      let failure: unknown = null;
      try {
        unpackRows(pb.PackedRows.decode(pb.PackedRows.encode(packed).finish()), [true, false], []);
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(IngresError);
      expect((failure as IngresError).code).toBe(7003);
    }
  });
});
