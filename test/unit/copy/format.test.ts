/*
 * format.test.ts — copy format specs: every kind (binary iN fN, fixed cN, c0 with and
 * without delimiter, dN, d0DELIM), the named delimiters, the relation formats of
 * `copy R ()`, and error 5802 for bad ones.
 */
import { describe, expect, test } from 'vitest';
import {
  DELIMITER_NAMES, delimiterValue, parseCopyFormat, relationCopyFormat,
} from '../../../src/copy/index.js';
import { F4, F8, I1, I2, I4, charType } from '../../../src/types/index.js';
import { caught } from '../types/helpers.js';

describe('parseCopyFormat', () => {
  test('binary numbers', () => {
    expect(parseCopyFormat('i1')).toEqual({ kind: 'binary', text: 'i1', type: I1 });
    expect(parseCopyFormat('i2')).toMatchObject({ kind: 'binary', type: I2 });
    expect(parseCopyFormat('I4')).toMatchObject({ kind: 'binary', type: I4 });
    expect(parseCopyFormat('f4')).toMatchObject({ kind: 'binary', type: F4 });
    expect(parseCopyFormat('f8')).toMatchObject({ kind: 'binary', type: F8 });
  });
  test('fixed and variable text', () => {
    const c20 = { kind: 'text', text: 'c20', length: 20, delimiter: null };
    expect(parseCopyFormat('c20')).toEqual(c20);
    expect(parseCopyFormat('c0')).toEqual({ kind: 'text', text: 'c0', length: 0, delimiter: null });
    expect(parseCopyFormat('c0nl')).toMatchObject({ length: 0, delimiter: '\n' });
    expect(parseCopyFormat('c0tab')).toMatchObject({ delimiter: '\t' });
    expect(parseCopyFormat('c00comma')).toMatchObject({ delimiter: ',' });
    expect(parseCopyFormat('c0&')).toMatchObject({ delimiter: '&' });
    expect(parseCopyFormat('c0Z')).toMatchObject({ delimiter: 'Z' });
    expect(parseCopyFormat('c0"%"')).toMatchObject({ delimiter: '%' });
    expect(parseCopyFormat('d0"nl"')).toMatchObject({ kind: 'dummy', delimiter: '\n' });
    expect(parseCopyFormat('c05')).toMatchObject({ length: 5, delimiter: null });
  });
  test('dummies', () => {
    const d1 = { kind: 'dummy', text: 'd1', length: 1, delimiter: null };
    expect(parseCopyFormat('d1')).toEqual(d1);
    expect(parseCopyFormat('d0')).toMatchObject({ kind: 'dummy', length: 0, delimiter: null });
    expect(parseCopyFormat('d0colon')).toMatchObject({ kind: 'dummy', length: 0, delimiter: ':' });
  });
  test('every delimiter name', () => {
    const expected: Record<string, string> = {
      nl: '\n', tab: '\t', sp: ' ', nul: '\0', null: '\0', comma: ',', colon: ':', dash: '-',
      lparen: '(', rparen: ')',
    };
    expect(Object.fromEntries(DELIMITER_NAMES)).toEqual(expected);
    for (const [name, character] of Object.entries(expected)) {
      expect(parseCopyFormat(`c0${name}`)).toMatchObject({ delimiter: character });
      expect(delimiterValue(name.toUpperCase())).toBe(character);
    }
    expect(delimiterValue('x')).toBe('x');
    expect(delimiterValue('7')).toBeNull();
    expect(delimiterValue('newline')).toBeNull();
  });
  test('bad formats are 5802 naming domain and format', () => {
    const bad = [
      '', 'c', 'i3', 'i8', 'f2', 'x2', 'c256', 'd300', 'c5nl', 'c0newline', 'c0é', 'cx', 'i2x',
      'c-1',
    ];
    for (const text of bad) {
      const error = caught(() => parseCopyFormat(text, 'pname'));
      expect(error.code, text).toBe(5802);
      expect(error.message).toContain("'pname'");
    }
  });
  test('relation formats for copy R ()', () => {
    expect(relationCopyFormat(I2)).toMatchObject({ kind: 'binary', type: I2 });
    const c20 = { kind: 'text', text: 'c20', length: 20, delimiter: null };
    expect(relationCopyFormat(charType(20))).toEqual(c20);
  });
});
