/*
 * decoder.test.ts — copy ... from: the University INGRES demo files (binary i2 plus fixed
 * cN, made here), tab-separated text, bare c0, escapes, dummies, conversions into the
 * domain types, control characters and truncation warnings, streaming in chunks, and the
 * errors 5805 5806 5807 with record numbers.
 */
import { describe, expect, test } from 'vitest';
import {
  CopyDecoder, advanceCharacters, decodeCopyFile, parseIntegerBytes,
} from '../../../src/copy/index.js';
import type { CopyField, CopyRecord } from '../../../src/copy/index.js';
import { F4, F8, I1, I2, I4, charType } from '../../../src/types/index.js';
import type { QType, Value } from '../../../src/types/index.js';
import { caught } from '../types/helpers.js';
import {
  PARTS, PARTS_NAMES, PARTS_ROWS, demoFile, fields, namedFormats, relationFormats, rowsOf,
} from './helpers.js';

/** Decode text (or bytes) with a compact field spec; rows in spec order. */
function decode(spec: string, input: string | Buffer, types: Record<string, QType> = {}) {
  const list = fields(spec, types);
  const names = list.filter((field) => field.format.kind !== 'dummy').map((field) => field.domain);
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  return rowsOf(decodeCopyFile(list, bytes), names);
}

/** The error number decoding raises. */
function failure(spec: string, input: string | Buffer, types: Record<string, QType> = {}) {
  return caught(() => decode(spec, input, types));
}

describe('demo data files', () => {
  test('copy parts (pnum is i2, pname is c20, ...) from a binary file', () => {
    const decoded = decodeCopyFile(namedFormats(PARTS), demoFile(PARTS, PARTS_ROWS));
    expect(decoded.map((record) => record.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rowsOf(decoded, PARTS_NAMES)).toEqual(PARTS_ROWS);
  });
  test('copy parts () from: relation formats', () => {
    const decoded = decodeCopyFile(relationFormats(PARTS), demoFile(PARTS, PARTS_ROWS));
    expect(rowsOf(decoded, PARTS_NAMES)).toEqual(PARTS_ROWS);
  });
  test('tab-separated text like ingres-demo/*.tsv', () => {
    const text = '1\tcentral processor\tpink\t10\t1\n2\tmemory\tgray\t20\t32\n';
    const types = Object.fromEntries(PARTS.map((column) => [column.name, column.type]));
    const spec = 'pnum=c0tab,pname=c0tab,color=c0tab,weight=c0tab,qoh=c0nl';
    expect(decode(spec, text, types)).toEqual(PARTS_ROWS.slice(0, 2));
  });
  test('numbers as c6 text (the 8.x demodb)', () => {
    const text = ['     1', 'pink ', '    42', 'gray '].join('');
    expect(decode('n=c6,name=c5', text, { n: I2 })).toEqual([
      [1, 'pink'],
      [42, 'gray'],
    ]);
  });
});

describe('text fields', () => {
  test('bare c0 ends at the first comma, tab or newline', () => {
    expect(decode('a=c0,b=c0,c=c0', 'x,y\tz\nu,v,w\n')).toEqual([['x', 'y', 'z'], ['u', 'v', 'w']]);
  });
  test('backslash escapes a delimiter (and itself)', () => {
    expect(decode('a=c0comma,b=c0nl', 'a\\,b,c\\\\d\nx,multi\\\nline\n')).toEqual([
      ['a,b', 'c\\d'],
      ['x', 'multi\nline'],
    ]);
  });
  test('fixed cN reads exactly N characters; trailing blanks are stripped', () => {
    expect(decode('a=c3,b=c2', 'ab xyabcde')).toEqual([['ab', 'xy'], ['abc', 'de']]);
  });
  test('dummies: dN skips N characters, d0DELIM skips to the delimiter', () => {
    expect(decode('x=d2,a=c0nl', 'é,Müller\n')).toEqual([['Müller']]);
    const rows = decode('a=c0colon,skip=d0colon,b=c2,x=d1', 'one:junk:AB\ntwo::CD\n');
    expect(rows).toEqual([['one', 'AB'], ['two', 'CD']]);
    const records = decodeCopyFile(fields('a=c0colon,skip=d0colon'), Buffer.from('one:junk:'));
    expect(records[0]?.values.has('skip')).toBe(false);
  });
  test('cN counts characters of UTF-8 text; stray bytes count as one character', () => {
    expect(decode('a=c4,b=c2', 'Müller')).toEqual([['Müll', 'er']]);
    expect(advanceCharacters(Buffer.from([0x61, 0xe9, 0x62, 0x63]), 0, 3)).toBe(3);
    expect(advanceCharacters(Buffer.from('日本'), 0, 2)).toBe(6);
    expect(advanceCharacters(Buffer.from('日本').subarray(0, 4), 0, 2)).toBe(-1);
  });
  test('UTF-8 text', () => {
    expect(decode('a=c0nl', 'Müller\n日本\n')).toEqual([['Müller'], ['日本']]);
  });
  test('a missing final newline ends the last field', () => {
    expect(decode('a=c0tab,b=c0nl', '1\t2\n3\t4')).toEqual([['1', '2'], ['3', '4']]);
  });
  test('an empty file has no records', () => {
    expect(decode('a=c0nl', '')).toEqual([]);
    expect(decode('a=i2', Buffer.alloc(0))).toEqual([]);
  });
});

describe('conversion into domain types', () => {
  test('text into numbers, blanks around allowed, empty → 0', () => {
    const types = { a: I1, b: I4, c: F8, d: F4 };
    expect(decode('a=c0,b=c0,c=c0,d=c0nl', ' -12 ,2147483647,1.5e3,0.1\n,,,\n', types)).toEqual([
      [-12, 2147483647, 1500, Math.fround(0.1)],
      [0, 0, 0, 0],
    ]);
  });
  test('binary numbers into other numeric and char domains', () => {
    const buffer = Buffer.alloc(8 + 4);
    buffer.writeDoubleLE(-7.9, 0);
    buffer.writeInt32LE(42, 8);
    expect(decode('a=f8,b=i4', buffer, { a: I2, b: charType(5) })).toEqual([[-7, '   42']]);
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
    const error = failure('a=c0nl', '1\n2\nx3\n', { a: I2 });
    expect(error.code).toBe(5805);
    expect(error.message).toContain('line 3');
    expect(error.message).toContain('x3');
    expect(failure('a=c0nl', '1.5\n', { a: I2 }).code).toBe(5805);
  });
  test('5805: a binary float that is not a number', () => {
    const buffer = Buffer.alloc(8);
    buffer.writeDoubleLE(Number.NaN);
    expect(failure('a=f8', buffer, { a: F8 }).code).toBe(5805);
  });
  test('5806: end of file inside a record', () => {
    const binary = failure('a=i2,b=i2', Buffer.from([1, 0, 2, 0, 3, 0]));
    expect(binary.code).toBe(5806);
    expect(binary.message).toContain('line 2');
    expect(failure('a=i4', Buffer.from([1, 0])).code).toBe(5806);
    expect(failure('a=c0tab,b=c0nl', '1\t2\n3').code).toBe(5806);
  });
  test('5807: out of range for the domain', () => {
    const error = failure('a=c0nl', '127\n128\n', { a: I1 });
    expect(error.code).toBe(5807);
    expect(error.message).toContain('line 2');
    expect(error.message).toContain('a');
    expect(failure('a=i4', Buffer.from([0, 0, 1, 0]), { a: I2 }).code).toBe(5807);
    expect(failure('a=c0nl', '1e39\n', { a: F4 }).code).toBe(5807);
    expect(failure('a=i4', Buffer.from([0x10, 0x27, 0, 0]), { a: charType(2) }).code).toBe(5807);
  });
});

describe('streaming', () => {
  const text = 'alpha\t1\nbe\\\tta\t22\ngamma\t333\n';
  const spec: CopyField[] = fields('name=c0tab,n=c0nl', { name: charType(10), n: I2 });
  const whole = rowsOf(decodeCopyFile(spec, Buffer.from(text)), ['name', 'n']);

  test('any split into two chunks gives the same records', () => {
    const bytes = Buffer.from(text);
    // The escaped tab is data; as a control character in a char domain it becomes a blank.
    expect(whole).toEqual([['alpha', 1], ['be ta', 22], ['gamma', 333]]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new CopyDecoder(spec);
      const records = [
        ...decoder.push(bytes.subarray(0, cut)),
        ...decoder.push(bytes.subarray(cut)),
        ...decoder.end(),
      ];
      expect(rowsOf(records, ['name', 'n']), `cut at ${cut}`).toEqual(whole);
      expect(records.map((record) => record.line)).toEqual([1, 2, 3]);
    }
  });
  test('a Buffer object refilled between pushes', () => {
    const decoder = new CopyDecoder(fields('a=c0,b=c0nl'));
    const chunk = Buffer.alloc(4);
    const records: CopyRecord[] = [];
    for (const piece of ['ab,c', 'd\ne', ',f\n', 'g,h\n']) {
      const size = chunk.write(piece);
      records.push(...decoder.push(chunk.subarray(0, size)));
    }
    records.push(...decoder.end());
    expect(rowsOf(records, ['a', 'b'])).toEqual([['ab', 'cd'], ['e', 'f'], ['g', 'h']]);
  });
  test('plain integers are parsed from the bytes', () => {
    const bytes = (text: string) => Buffer.from(text);
    expect(parseIntegerBytes(bytes(' -42 '), 0, 5)).toBe(-42);
    expect(parseIntegerBytes(bytes('+7'), 0, 2)).toBe(7);
    expect(parseIntegerBytes(bytes(' \t'), 0, 2)).toBe(0);
    expect(parseIntegerBytes(bytes('1.5'), 0, 3)).toBeNaN();
    expect(parseIntegerBytes(bytes('-'), 0, 1)).toBeNaN();
    expect(parseIntegerBytes(bytes('1234567890123456'), 0, 16)).toBeNaN();
  });
  test('byte-at-a-time binary input', () => {
    const bytes = demoFile(PARTS, PARTS_ROWS);
    const decoder = new CopyDecoder(relationFormats(PARTS));
    const records: CopyRecord[] = [];
    for (let index = 0; index < bytes.length; index++) {
      records.push(...decoder.push(bytes.subarray(index, index + 1)));
    }
    records.push(...decoder.end());
    expect(rowsOf(records, PARTS_NAMES)).toEqual(PARTS_ROWS);
    expect(decoder.records).toBe(PARTS_ROWS.length);
  });
  test('100,000 text rows in 64 KiB chunks', () => {
    const lines: string[] = [];
    for (let index = 0; index < 100_000; index++) {
      lines.push(`${index}\tname ${index}\t${index * 0.5}\n`);
    }
    const bytes = Buffer.from(lines.join(''));
    const types = { n: I4, s: charType(16), f: F8 };
    const decoder = new CopyDecoder(fields('n=c0tab,s=c0tab,f=c0nl', types));
    let count = 0;
    let sum = 0;
    let last: Value[] = [];
    const take = (records: readonly CopyRecord[]) => {
      for (const record of records) {
        count++;
        sum += record.values.get('n') as number;
        last = [...record.values.values()];
      }
    };
    for (let offset = 0; offset < bytes.length; offset += 65536) {
      take(decoder.push(bytes.subarray(offset, offset + 65536)));
    }
    take(decoder.end());
    expect(count).toBe(100_000);
    expect(sum).toBe((99_999 * 100_000) / 2);
    expect(last).toEqual([99_999, 'name 99999', 49_999.5]);
  });
});
