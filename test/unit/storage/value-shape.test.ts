/*
 * value-shape.test.ts — msgpackFits (src/storage/value-shape.ts), the walk a stored value
 * passes before msgpackr decodes it: every value msgpackr writes fits (records included),
 * no truncation of one does, and a garbled count or length — which had msgpackr decode the
 * memory past the value for seconds — is caught (through the store it is 8008:
 * test/process/damaged-data.test.ts).
 */
import fc from 'fast-check';
import { Packr } from 'msgpackr';
import { describe, expect, test } from 'vitest';
import { msgpackFits } from '../../../src/storage/value-shape.js';

const plain = new Packr({ useRecords: false });
const records = new Packr({ useRecords: true, structures: [] });

const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.double(), fc.maxSafeInteger(), fc.string(), fc.string({ unit: 'binary', maxLength: 300 }),
    fc.boolean(), fc.constant(null), fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  ),
  tree: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('tree'), { maxLength: 20 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('tree'), { maxKeys: 8 })),
})).tree;

/** 13 integers and 3 strings of 52 characters: a Wisconsin tuple */
const tuple = [...Array.from({ length: 13 }, (_, i) => i * 7919), 'AAAAAAA' + 'x'.repeat(45), 'BBBBBBB' + 'x'.repeat(45), 'AAAA' + 'x'.repeat(48)];

describe('msgpackFits', () => {
  test('every value msgpackr writes fits, with or without records, inside a longer buffer too', () => {
    fc.assert(fc.property(value, fc.uint8Array({ maxLength: 16 }), (v, tail) => {
      for (const packr of [plain, records]) {
        const bytes = packr.pack(v);
        expect(msgpackFits(bytes, bytes.length)).toBe(true);
        // lmdb-js hands over a shared buffer longer than the value, with its size
        const longer = Buffer.concat([bytes, Buffer.from(tail)]);
        expect(msgpackFits(longer, bytes.length)).toBe(true);
      }
    }), { numRuns: 400 });
  });

  test('no truncation of a value fits', () => {
    fc.assert(fc.property(value, fc.nat(), (v, cut) => {
      const bytes = plain.pack(v);
      const size = cut % bytes.length;
      // (the bytes after `size` are still there, as on lmdb-js's buffer: they must not count)
      expect(msgpackFits(bytes, size)).toBe(false);
    }), { numRuns: 400 });
  });

  test('a garbled count or length is caught: arrays, maps, strings, binaries, the unused byte', () => {
    const bytes = Buffer.from(plain.pack(tuple));
    expect(msgpackFits(bytes, bytes.length)).toBe(true);
    const garbled = (at: number, ...replacement: number[]): boolean => {
      const copy = Buffer.from(bytes);
      Buffer.from(replacement).copy(copy, at);
      return msgpackFits(copy, copy.length);
    };
    expect(garbled(0, 0xdd, 0xff, 0xff, 0xff, 0xff)).toBe(false); // 2^32 - 1 items
    expect(garbled(0, 0xdf, 0x00, 0x01, 0x00, 0x00)).toBe(false); // 65,536 pairs
    expect(garbled(0, 0xdc, 0x01, 0x00)).toBe(false); // 256 items in 176 bytes
    // the first string's header (after 13 integers) claims more than is there
    const firstString = bytes.indexOf(0xd9);
    expect(firstString).toBeGreaterThan(0);
    expect(garbled(firstString, 0xdb, 0x7f, 0xff, 0xff, 0xff)).toBe(false);
    expect(garbled(firstString, 0xc6, 0x00, 0x10, 0x00, 0x00)).toBe(false);
    expect(garbled(firstString, 0xc1)).toBe(false);
  });
});
