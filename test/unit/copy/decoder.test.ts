/*
 * decoder.test.ts — copy ... from: the University INGRES demo files (binary i2 plus fixed
 * cN, made here), tab-separated text, bare c0, escapes, dummies, conversions into the
 * domain types, control characters and truncation warnings, streaming in chunks, and the
 * errors 5805 5806 5807 with record numbers.
 */
import { describe, expect, test } from 'vitest';
import { CopyDecoder, advanceCharacters, decodeCopyFile, parseCopyFormat, relationCopyFormat } from '../../../src/copy/index.js';
import type { CopyField, CopyRecord } from '../../../src/copy/index.js';
import { F4, F8, I1, I2, I4, charType } from '../../../src/types/index.js';
import type { QType, Value } from '../../../src/types/index.js';
import { caught } from '../types/helpers.js';

const PARTS: readonly { name: string; type: QType }[] = [
  { name: 'pnum', type: I2 },
  { name: 'pname', type: charType(20) },
  { name: 'color', type: charType(8) },
  { name: 'weight', type: I2 },
  { name: 'qoh', type: I2 },
];
const PARTS_ROWS: readonly Value[][] = [
  [1, 'central processor', 'pink', 10, 1],
  [2, 'memory', 'gray', 20, 32],
  [3, 'disk drive', 'black', 685, 2],
  [4, 'tape drive', 'black', 450, 4],
  [-5, 'tapes', 'gray', 1, 250],
];

/** A demo-style data file: i2 little-endian, chars blank padded to their length. */
function demoFile(columns: readonly { type: QType }[], rows: readonly Value[][]): Buffer {
  const parts: Buffer[] = [];
  for (const row of rows) {
    columns.forEach((column, index) => {
      const value = row[index] as Value;
      if (column.type.kind === 'c') {
        parts.push(Buffer.from(String(value).padEnd(column.type.length, ' '), 'latin1'));
      } else {
        const field = Buffer.alloc(2);
        field.writeInt16LE(value as number);
        parts.push(field);
      }
    });
  }
  return Buffer.concat(parts);
}

function fields(spec: string, types: Record<string, QType> = {}): CopyField[] {
  return spec.split(',').map((entry) => {
    const [domain, format] = entry.split('=') as [string, string];
    return { domain, format: parseCopyFormat(format, domain), type: types[domain] };
  });
}

function rowsOf(records: readonly CopyRecord[], names: readonly string[]): Value[][] {
  return records.map((record) => names.map((name) => record.values.get(name) as Value));
}

describe('demo data files', () => {
  test('copy parts (pnum is i2, pname is c20, ...) from a binary file', () => {
    const decoded = decodeCopyFile(
      PARTS.map((column) => ({ domain: column.name, format: parseCopyFormat(`${column.type.kind}${column.type.length}`), type: column.type })),
      demoFile(PARTS, PARTS_ROWS),
    );
    expect(decoded.map((record) => record.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rowsOf(decoded, PARTS.map((column) => column.name))).toEqual(PARTS_ROWS);
  });
  test('copy parts () from: relation formats', () => {
    const decoded = decodeCopyFile(
      PARTS.map((column) => ({ domain: column.name, format: relationCopyFormat(column.type), type: column.type })),
      demoFile(PARTS, PARTS_ROWS),
    );
    expect(rowsOf(decoded, PARTS.map((column) => column.name))).toEqual(PARTS_ROWS);
  });
  test('tab-separated text like ingres-demo/*.tsv', () => {
    const text = '1\tcentral processor\tpink\t10\t1\n2\tmemory\tgray\t20\t32\n';
    const types = Object.fromEntries(PARTS.map((column) => [column.name, column.type]));
    const decoded = decodeCopyFile(fields('pnum=c0tab,pname=c0tab,color=c0tab,weight=c0tab,qoh=c0nl', types), Buffer.from(text));
    expect(rowsOf(decoded, PARTS.map((column) => column.name))).toEqual(PARTS_ROWS.slice(0, 2));
  });
});

describe('text fields', () => {
  test('bare c0 ends at the first comma, tab or newline', () => {
    const decoded = decodeCopyFile(fields('a=c0,b=c0,c=c0'), Buffer.from('x,y\tz\nu,v,w\n'));
    expect(rowsOf(decoded, ['a', 'b', 'c'])).toEqual([['x', 'y', 'z'], ['u', 'v', 'w']]);
  });
  test('backslash escapes a delimiter (and itself)', () => {
    const decoded = decodeCopyFile(fields('a=c0comma,b=c0nl'), Buffer.from('a\\,b,c\\\\d\nx,multi\\\nline\n'));
    expect(rowsOf(decoded, ['a', 'b'])).toEqual([['a,b', 'c\\d'], ['x', 'multi\nline']]);
  });
  test('fixed cN reads exactly N bytes; trailing blanks are stripped', () => {
    const decoded = decodeCopyFile(fields('a=c3,b=c2'), Buffer.from('ab xyabcde'));
    expect(rowsOf(decoded, ['a', 'b'])).toEqual([['ab', 'xy'], ['abc', 'de']]);
  });
  test('dummies: dN skips N bytes, d0DELIM skips to the delimiter', () => {
    const decoded = decodeCopyFile(fields('a=c0colon,skip=d0colon,b=c2,x=d1'), Buffer.from('one:junk:AB\ntwo::CD\n'));
    expect(rowsOf(decoded, ['a', 'b'])).toEqual([['one', 'AB'], ['two', 'CD']]);
    expect(decoded[0]?.values.has('skip')).toBe(false);
  });
  test('cN counts characters of UTF-8 text; stray bytes count as one character', () => {
    const decoded = decodeCopyFile(fields('a=c4,b=c2'), Buffer.from('Müller'));
    expect(rowsOf(decoded, ['a', 'b'])).toEqual([['Müll', 'er']]);
    expect(advanceCharacters(Buffer.from([0x61, 0xe9, 0x62, 0x63]), 0, 3)).toBe(3);
    expect(advanceCharacters(Buffer.from('日本'), 0, 2)).toBe(6);
    expect(advanceCharacters(Buffer.from('日本').subarray(0, 4), 0, 2)).toBe(-1);
  });
  test('UTF-8 text', () => {
    const decoded = decodeCopyFile(fields('a=c0nl'), Buffer.from('Müller\n日本\n'));
    expect(rowsOf(decoded, ['a'])).toEqual([['Müller'], ['日本']]);
  });
  test('a missing final newline ends the last field', () => {
    const decoded = decodeCopyFile(fields('a=c0tab,b=c0nl'), Buffer.from('1\t2\n3\t4'));
    expect(rowsOf(decoded, ['a', 'b'])).toEqual([['1', '2'], ['3', '4']]);
  });
});

describe('conversion into domain types', () => {
  test('text into numbers, blanks around allowed, empty → 0', () => {
    const types = { a: I1, b: I4, c: F8, d: F4 };
    const decoded = decodeCopyFile(fields('a=c0,b=c0,c=c0,d=c0nl', types), Buffer.from(' -12 ,2147483647,1.5e3,0.1\n,,,\n'));
    expect(rowsOf(decoded, ['a', 'b', 'c', 'd'])).toEqual([
      [-12, 2147483647, 1500, Math.fround(0.1)],
      [0, 0, 0, 0],
    ]);
  });
  test('binary numbers into other numeric and char domains', () => {
    const buffer = Buffer.alloc(8 + 4);
    buffer.writeDoubleLE(-7.9, 0);
    buffer.writeInt32LE(42, 8);
    const decoded = decodeCopyFile(
      [
        { domain: 'a', format: parseCopyFormat('f8'), type: I2 },
        { domain: 'b', format: parseCopyFormat('i4'), type: charType(5) },
      ],
      buffer,
    );
    expect(rowsOf(decoded, ['a', 'b'])).toEqual([[-7, '   42']]);
  });
  test('char domains: truncation to the domain length, control characters → blanks', () => {
    const decoder = new CopyDecoder(fields('a=c0nl', { a: charType(4) }));
    const records = [...decoder.decode(Buffer.from('abcdefg\nx\x01y\r\nok\n'))];
    expect(rowsOf(records, ['a'])).toEqual([['abcd'], ['x y'], ['ok']]);
    expect(decoder.warnings).toEqual({ controlCharacters: 1, truncated: 1 });
  });
});

describe('errors carry the record number', () => {
  test('5805: not a number', () => {
    const error = caught(() => decodeCopyFile(fields('a=c0nl', { a: I2 }), Buffer.from('1\n2\nx3\n')));
    expect(error.code).toBe(5805);
    expect(error.message).toContain('line 3');
    expect(error.message).toContain('x3');
    expect(caught(() => decodeCopyFile(fields('a=c0nl', { a: I2 }), Buffer.from('1.5\n'))).code).toBe(5805);
  });
  test('5805: a binary float that is not a number', () => {
    const buffer = Buffer.alloc(8);
    buffer.writeDoubleLE(Number.NaN);
    expect(caught(() => decodeCopyFile(fields('a=f8', { a: F8 }), buffer)).code).toBe(5805);
  });
  test('5806: end of file inside a record', () => {
    const binary = caught(() => decodeCopyFile(fields('a=i2,b=i2'), Buffer.from([1, 0, 2, 0, 3, 0])));
    expect(binary.code).toBe(5806);
    expect(binary.message).toContain('line 2');
    expect(caught(() => decodeCopyFile(fields('a=i4'), Buffer.from([1, 0]))).code).toBe(5806);
    expect(caught(() => decodeCopyFile(fields('a=c0tab,b=c0nl'), Buffer.from('1\t2\n3'))).code).toBe(5806);
  });
  test('5807: out of range for the domain', () => {
    const error = caught(() => decodeCopyFile(fields('a=c0nl', { a: I1 }), Buffer.from('127\n128\n')));
    expect(error.code).toBe(5807);
    expect(error.message).toContain('line 2');
    expect(error.message).toContain('a');
    expect(caught(() => decodeCopyFile(fields('a=i4', { a: I2 }), Buffer.from([0, 0, 1, 0]))).code).toBe(5807);
    expect(caught(() => decodeCopyFile(fields('a=c0nl', { a: F4 }), Buffer.from('1e39\n'))).code).toBe(5807);
    expect(caught(() => decodeCopyFile(fields('a=i4', { a: charType(2) }), Buffer.from([0x10, 0x27, 0, 0]))).code).toBe(5807);
  });
});

describe('streaming', () => {
  const text = 'alpha\t1\nbe\\\tta\t22\ngamma\t333\n';
  const spec = fields('name=c0tab,n=c0nl', { name: charType(10), n: I2 });
  const whole = rowsOf(decodeCopyFile(spec, Buffer.from(text)), ['name', 'n']);

  test('any split into two chunks gives the same records', () => {
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new CopyDecoder(spec);
      const records = [...decoder.push(bytes.subarray(0, cut)), ...decoder.push(bytes.subarray(cut)), ...decoder.end()];
      expect(rowsOf(records, ['name', 'n']), `cut at ${cut}`).toEqual(whole);
      expect(records.map((record) => record.line)).toEqual([1, 2, 3]);
    }
  });
  test('byte-at-a-time binary input', () => {
    const bytes = demoFile(PARTS, PARTS_ROWS);
    const decoder = new CopyDecoder(PARTS.map((column) => ({ domain: column.name, format: relationCopyFormat(column.type), type: column.type })));
    const records: CopyRecord[] = [];
    for (let index = 0; index < bytes.length; index++) records.push(...decoder.push(bytes.subarray(index, index + 1)));
    records.push(...decoder.end());
    expect(rowsOf(records, PARTS.map((column) => column.name))).toEqual(PARTS_ROWS);
    expect(decoder.records).toBe(PARTS_ROWS.length);
  });
  test('100,000 text rows in 64 KiB chunks', () => {
    const lines: string[] = [];
    for (let index = 0; index < 100_000; index++) lines.push(`${index}\tname ${index}\t${index * 0.5}\n`);
    const bytes = Buffer.from(lines.join(''));
    const decoder = new CopyDecoder(fields('n=c0tab,s=c0tab,f=c0nl', { n: I4, s: charType(16), f: F8 }));
    let count = 0;
    let sum = 0;
    for (let offset = 0; offset < bytes.length; offset += 65536) {
      for (const record of decoder.push(bytes.subarray(offset, offset + 65536))) {
        count++;
        sum += record.values.get('n') as number;
      }
    }
    count += decoder.end().length;
    expect(count).toBe(100_000);
    expect(sum).toBe((99_999 * 100_000) / 2);
  });
});
