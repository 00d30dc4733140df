/*
 * encoder.test.ts — copy ... into: binary numbers, cN truncation/padding, c0 written at a
 * fixed width (chars the domain length, numbers the monitor widths) plus its delimiter, dN
 * writing the character named by the domain name, d0DELIM, errors 5808 5809, and
 * round trips encode → decode with fast-check.
 */
import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { CopyEncoder, decodeCopyFile, encodeCopyRow } from '../../../src/copy/index.js';
import { DEFAULT_FORMAT_OPTIONS, F4, F8, I1, I2, I4, charType } from '../../../src/types/index.js';
import type { FormatOptions, QType, Value } from '../../../src/types/index.js';
import { caught } from '../types/helpers.js';
import { fields, relationFormats, valuesOf } from './helpers.js';

/** Encode one row with a compact field spec, as text. */
function encode(spec: string, values: Record<string, Value>, types: Record<string, QType> = {}) {
  return encodeCopyRow(fields(spec, types), valuesOf(values)).toString();
}

function failure(spec: string, values: Record<string, Value>, types: Record<string, QType> = {}) {
  return caught(() => encode(spec, values, types));
}

describe('copy into', () => {
  test('binary numbers are little-endian', () => {
    const values = { a: -1, b: 258, c: -2, d: 1.5, e: 0.25 };
    const bytes = encodeCopyRow(fields('a=i1,b=i2,c=i4,d=f4,e=f8'), valuesOf(values));
    const expected = Buffer.alloc(1 + 2 + 4 + 4 + 8);
    expected.writeInt8(-1, 0);
    expected.writeInt16LE(258, 1);
    expected.writeInt32LE(-2, 3);
    expected.writeFloatLE(1.5, 7);
    expected.writeDoubleLE(0.25, 11);
    expect(bytes).toEqual(expected);
  });
  test('cN: chars truncated or blank padded, numbers right-justified', () => {
    const types = { a: charType(10), b: I2, c: F8 };
    const values = { a: 'abcdef', b: -12, c: 2.5 };
    expect(encode('a=c3,b=c6,c=c8', values, types)).toBe('abc   -12   2.500');
    expect(encode('a=c3,b=c6,c=c8', { a: 'x', b: 0, c: 0 }, types)).toBe('x       0   0.000');
    expect(encode('a=c4', { a: 'Müller' }, types)).toBe('Müll');
  });
  test('c0 is fixed width: chars the domain length, numbers the print widths; then DELIM', () => {
    const types = { name: charType(8), n: I2, big: I4, f: F8 };
    const values = { name: 'pink', n: 10, big: 7, f: 100058 / 9 };
    expect(encode('name=c0tab,n=c0tab,big=c0comma,f=c0nl', values, types)).toBe(
      'pink    \t    10\t            7, 11117.556\n',
    );
  });
  test('bare c0 writes no delimiter', () => {
    expect(encode('a=c0,b=c0', { a: 'x', b: 5 }, { a: charType(2), b: I1 })).toBe('x      5');
  });
  test('c0 escapes backslashes and its delimiters so the file reads back', () => {
    const spec = fields('a=c0comma,b=c0nl', { a: charType(6), b: charType(6) });
    const bytes = encodeCopyRow(spec, valuesOf({ a: 'a,b\\c', b: 'x\ny' }));
    expect(bytes.toString()).toBe('a\\,b\\\\c ,x\\\ny   \n');
    // The newline survives the delimiter scan; as a control character it becomes a blank.
    expect(decodeCopyFile(spec, bytes)[0]?.values).toEqual(valuesOf({ a: 'a,b\\c', b: 'x y' }));
  });
  propertyTest.prop([fc.array(fc.constantFrom('a', ' ', ',', '\\', '\n', '\t', 'é', '😀', '\ud800', 'z'), { maxLength: 12 })])(
    'c0 writes any string as its UTF-8 bytes with a backslash before each backslash and delimiter, blank-padded',
    (parts) => {
      const text = parts.join('');
      const width = 20;
      const spec = fields('a=c0comma', { a: charType(width) });
      const many = new CopyEncoder(spec);
      many.add(valuesOf({ a: 'first' }));
      many.add(valuesOf({ a: text }));
      // the reference: byte by byte, as the encoder did before its whole-string fast path
      const bytes: number[] = [];
      for (const byte of Buffer.from(text, 'utf8')) {
        if (byte === 0x5c || byte === 0x2c) bytes.push(0x5c);
        bytes.push(byte);
      }
      const characters = [...text].length;
      const expected = Buffer.concat([
        Buffer.from(`first${' '.repeat(width - 5)},`),
        Buffer.from(bytes), Buffer.from(' '.repeat(Math.max(0, width - characters))), Buffer.from(','),
      ]);
      expect(many.take().equals(expected)).toBe(true);
      expect(many.pending).toBe(0);
    },
  );
  test('dN writes the character named by the domain name N times; d0DELIM writes DELIM', () => {
    const types = { a: charType(1), b: charType(1), c: charType(1) };
    const spec = 'a=c0,comma=d1,b=c0,sp=d3,x=d2,c=c0,z=d0colon,nl=d1';
    expect(encode(spec, { a: 'A', b: 'B', c: 'C' }, types)).toBe('A,B   xxC:\n');
  });
  test('missing domains are 0 or blank', () => {
    expect(encode('a=c0tab,b=c0nl', {}, { a: I2, b: charType(2) })).toBe('     0\t  \n');
  });
  test('5808: a number that does not fit its field', () => {
    const encoder = new CopyEncoder(fields('n=c3', { n: I4 }));
    const error = caught(() => encoder.encodeRows([valuesOf({ n: 1 }), valuesOf({ n: 12345 })]));
    expect(error.code).toBe(5808);
    expect(error.message).toContain("'n'");
    expect(error.message).toContain('line 2');
    expect(failure('n=i1', { n: 300 }, { n: I4 }).code).toBe(5808);
    expect(failure('n=f4', { n: 1e300 }, { n: F8 }).code).toBe(5808);
    expect(failure('f=c0nl', { f: -1e100 }, { f: F8 }).code).toBe(5808);
  });
  test('5809: a dN domain name that names no character', () => {
    expect(caught(() => new CopyEncoder(fields('junk=d1'))).code).toBe(5809);
  });
  test('char values with numeric binary formats are converted', () => {
    const bytes = encodeCopyRow(fields('a=i2', { a: charType(4) }), valuesOf({ a: '  42' }));
    expect(bytes.readInt16LE(0)).toBe(42);
    expect(failure('a=i2', { a: 'x' }, { a: charType(4) }).code).toBe(5808);
  });
  test('the monitor float format applies to text output', () => {
    const options: FormatOptions = {
      ...DEFAULT_FORMAT_OPTIONS,
      floatFormat: {
        4: DEFAULT_FORMAT_OPTIONS.floatFormat[4],
        8: { style: 'e', width: 12, precision: 2 },
      },
    };
    const encoder = new CopyEncoder(fields('f=c0nl', { f: F8 }), { formatOptions: options });
    expect(encoder.encode(valuesOf({ f: 1234.5 })).toString()).toBe('    1.23e+03\n');
  });
});

describe('round trips', () => {
  const schema = [
    { name: 'a', type: I1 },
    { name: 'b', type: I2 },
    { name: 'c', type: I4 },
    { name: 'd', type: F4 },
    { name: 'e', type: F8 },
    { name: 'f', type: charType(12) },
  ];
  const units = fc.constantFrom('a', 'Z', ' ', ',', '\\', '\t', '\n', 'é', '日', '9', ':');
  const charValue = fc
    .string({ maxLength: 12, unit: units })
    .map((text) => text.replace(/\s+$/, ''));
  const noNegativeZero = (value: number) => (Object.is(value, -0) ? 0 : value);
  const tuple = fc.tuple(
    fc.integer({ min: -128, max: 127 }),
    fc.integer({ min: -32768, max: 32767 }),
    fc.integer({ min: -2147483648, max: 2147483647 }),
    fc.float({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero),
    charValue,
  );
  const toMap = (values: readonly Value[]) =>
    new Map(schema.map((column, index) => [column.name, values[index] as Value]));
  /** What a char value reads back as: control characters become blanks. */
  const readBack = (value: Value) => String(value).replace(/[\t\n]/g, ' ').replace(/\s+$/, '');

  propertyTest.prop([fc.array(tuple, { maxLength: 20 })])(
    'copy R () into, then from: identical tuples',
    (tuples) => {
      const spec = relationFormats(schema);
      const bytes = new CopyEncoder(spec).encodeRows(tuples.map(toMap));
      const decoded = decodeCopyFile(spec, bytes);
      const expected = tuples.map((values) =>
        toMap(values.map((value, index) => (index === 5 ? readBack(value) : value))),
      );
      expect(decoded.map((record) => record.values)).toEqual(expected);
    },
  );

  propertyTest.prop([fc.array(tuple, { maxLength: 20 })])(
    'text c0 into, then from: identical ints and chars',
    (tuples) => {
      const types = Object.fromEntries(schema.map((column) => [column.name, column.type]));
      const spec = fields('a=c0tab,b=c0comma,c=c0colon,f=c0nl', types);
      const bytes = new CopyEncoder(spec).encodeRows(tuples.map(toMap));
      const decoded = decodeCopyFile(spec, bytes);
      const expected = tuples.map(
        ([a, b, c, , , f]) =>
          new Map<string, Value>([
            ['a', a as Value],
            ['b', b as Value],
            ['c', c as Value],
            ['f', readBack(f as Value)],
          ]),
      );
      expect(decoded.map((record) => record.values)).toEqual(expected);
    },
  );
});
