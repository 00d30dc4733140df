/*
 * encoder.test.ts — copy ... into: binary numbers, cN truncation/padding, c0 written at a
 * fixed width (chars the domain length, numbers the monitor widths) plus its delimiter, dN
 * writing the character named by the domain name, d0DELIM, errors 5808 5809, and
 * round trips encode → decode with fast-check.
 */
import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  CopyEncoder, decodeCopyFile, encodeCopyRow, parseCopyFormat, relationCopyFormat,
} from '../../../src/copy/index.js';
import type { CopyField } from '../../../src/copy/index.js';
import { DEFAULT_FORMAT_OPTIONS, F4, F8, I1, I2, I4, charType } from '../../../src/types/index.js';
import type { QType, Value } from '../../../src/types/index.js';
import { caught } from '../types/helpers.js';

function fields(spec: string, types: Record<string, QType> = {}): CopyField[] {
  return spec.split(',').map((entry) => {
    const [domain, format] = entry.split('=') as [string, string];
    return { domain, format: parseCopyFormat(format, domain), type: types[domain] };
  });
}

const row = (entries: Record<string, Value>): Map<string, Value> => new Map(Object.entries(entries));

describe('copy into', () => {
  test('binary numbers are little-endian', () => {
    const bytes = encodeCopyRow(fields('a=i1,b=i2,c=i4,d=f4,e=f8'), row({ a: -1, b: 258, c: -2, d: 1.5, e: 0.25 }));
    const expected = Buffer.alloc(1 + 2 + 4 + 4 + 8);
    expected.writeInt8(-1, 0);
    expected.writeInt16LE(258, 1);
    expected.writeInt32LE(-2, 3);
    expected.writeFloatLE(1.5, 7);
    expected.writeDoubleLE(0.25, 11);
    expect(bytes).toEqual(expected);
  });
  test('cN: chars truncated or blank padded, numbers right-justified', () => {
    const spec = fields('a=c3,b=c6,c=c8', { a: charType(10), b: I2, c: F8 });
    expect(encodeCopyRow(spec, row({ a: 'abcdef', b: -12, c: 2.5 })).toString()).toBe('abc   -12   2.500');
    expect(encodeCopyRow(spec, row({ a: 'x', b: 0, c: 0 })).toString()).toBe('x       0   0.000');
  });
  test('c0 is fixed width: chars the domain length, numbers the print widths; then the delimiter', () => {
    const spec = fields('name=c0tab,n=c0tab,big=c0comma,f=c0nl', { name: charType(8), n: I2, big: I4, f: F8 });
    expect(encodeCopyRow(spec, row({ name: 'pink', n: 10, big: 7, f: 100058 / 9 })).toString()).toBe(
      'pink    \t    10\t            7, 11117.556\n',
    );
  });
  test('bare c0 writes no delimiter', () => {
    const spec = fields('a=c0,b=c0', { a: charType(2), b: I1 });
    expect(encodeCopyRow(spec, row({ a: 'x', b: 5 })).toString()).toBe('x      5');
  });
  test('c0 escapes backslashes and its delimiters so the file reads back', () => {
    const spec = fields('a=c0comma,b=c0nl', { a: charType(6), b: charType(6) });
    const bytes = encodeCopyRow(spec, row({ a: 'a,b\\c', b: 'x\ny' }));
    expect(bytes.toString()).toBe('a\\,b\\\\c ,x\\\ny   \n');
    const decoded = decodeCopyFile(spec, bytes);
    // The newline survives the delimiter scan; as a control character it becomes a blank.
    expect(decoded[0]?.values).toEqual(row({ a: 'a,b\\c', b: 'x y' }));
  });
  test('dN writes the character named by the domain name N times; d0DELIM writes DELIM', () => {
    const spec = fields('a=c0,comma=d1,b=c0,sp=d3,x=d2,c=c0,z=d0colon,nl=d1', { a: charType(1), b: charType(1), c: charType(1) });
    expect(encodeCopyRow(spec, row({ a: 'A', b: 'B', c: 'C' })).toString()).toBe('A,B   xxC:\n');
  });
  test('missing domains are 0 or blank', () => {
    const spec = fields('a=c0tab,b=c0nl', { a: I2, b: charType(2) });
    expect(encodeCopyRow(spec, new Map()).toString()).toBe('     0\t  \n');
  });
  test('5808: a number that does not fit its field', () => {
    const error = caught(() => new CopyEncoder(fields('n=c3', { n: I4 })).encodeRows([row({ n: 1 }), row({ n: 12345 })]));
    expect(error.code).toBe(5808);
    expect(error.message).toContain("'n'");
    expect(error.message).toContain('line 2');
    expect(caught(() => encodeCopyRow(fields('n=i1', { n: I4 }), row({ n: 300 }))).code).toBe(5808);
    expect(caught(() => encodeCopyRow(fields('n=f4', { n: F8 }), row({ n: 1e300 }))).code).toBe(5808);
    expect(caught(() => encodeCopyRow(fields('f=c0nl', { f: F8 }), row({ f: -1e100 }))).code).toBe(5808);
  });
  test('5809: a dN domain name that names no character', () => {
    expect(caught(() => new CopyEncoder(fields('junk=d1'))).code).toBe(5809);
  });
  test('char values with numeric binary formats are converted', () => {
    const bytes = encodeCopyRow(fields('a=i2', { a: charType(4) }), row({ a: '  42' }));
    expect(bytes.readInt16LE(0)).toBe(42);
    expect(caught(() => encodeCopyRow(fields('a=i2', { a: charType(4) }), row({ a: 'x' }))).code).toBe(5808);
  });
  test('the monitor float format applies to text output', () => {
    const options = { ...DEFAULT_FORMAT_OPTIONS, floatFormat: { 4: DEFAULT_FORMAT_OPTIONS.floatFormat[4], 8: { style: 'e', width: 12, precision: 2 } as const } };
    const bytes = new CopyEncoder(fields('f=c0nl', { f: F8 }), { formatOptions: options }).encode(row({ f: 1234.5 }));
    expect(bytes.toString()).toBe('    1.23e+03\n');
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
  const charValue = fc
    .string({ maxLength: 12, unit: fc.constantFrom('a', 'Z', ' ', ',', '\\', '\t', '\n', 'é', '日', '9', ':') })
    .map((text) => text.replace(/\s+$/, ''));
  const tuple = fc.tuple(
    fc.integer({ min: -128, max: 127 }),
    fc.integer({ min: -32768, max: 32767 }),
    fc.integer({ min: -2147483648, max: 2147483647 }),
    fc.float({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
    charValue,
  );
  const toMap = (values: readonly Value[]) => new Map(schema.map((column, index) => [column.name, values[index] as Value]));

  propertyTest.prop([fc.array(tuple, { maxLength: 20 })])('copy R () into, then from: identical tuples', (tuples) => {
    const spec = schema.map((column) => ({ domain: column.name, format: relationCopyFormat(column.type), type: column.type }));
    const bytes = new CopyEncoder(spec).encodeRows(tuples.map(toMap));
    const decoded = decodeCopyFile(spec, bytes);
    // Fixed cN fields cannot hold the control characters a tuple may contain: they read back as blanks.
    const expected = tuples.map((values) => toMap(values.map((value, index) => (index === 5 ? String(value).replace(/[\t\n]/g, ' ').replace(/\s+$/, '') : value))));
    expect(decoded.map((record) => record.values)).toEqual(expected);
  });

  propertyTest.prop([fc.array(tuple, { maxLength: 20 })])('text c0 into, then from: identical ints and chars', (tuples) => {
    const types: Record<string, QType> = Object.fromEntries(schema.map((column) => [column.name, column.type]));
    const spec = fields('a=c0tab,b=c0comma,c=c0colon,f=c0nl', types);
    const bytes = new CopyEncoder(spec).encodeRows(tuples.map(toMap));
    const decoded = decodeCopyFile(spec, bytes);
    const expected = tuples.map((values) => {
      const text = String(values[5]).replace(/[\t\n]/g, ' ').replace(/\s+$/, '');
      return new Map<string, Value>([['a', values[0] as Value], ['b', values[1] as Value], ['c', values[2] as Value], ['f', text]]);
    });
    expect(decoded.map((record) => record.values)).toEqual(expected);
  });
});
