/*
 * qtype.test.ts — storage formats, their names, the type of integer constants and the
 * arithmetic result-type rules of QUEL.md §3 (int op int → larger int, float op float →
 * smaller float, int op float → that float, ** always float, chars → 2129).
 */
import { describe, expect, test } from 'vitest';
import {
  F4, F8, I1, I2, I4, arithResultType, charType, formatName, intConstType, parseFormat,
} from '../../../src/types/index.js';
import { errorCode } from './helpers.js';

describe('formats', () => {
  test('parseFormat accepts the storage formats and nothing else', () => {
    expect(parseFormat('i1')).toBe(I1);
    expect(parseFormat('I2')).toBe(I2);
    expect(parseFormat('i4')).toBe(I4);
    expect(parseFormat('f4')).toBe(F4);
    expect(parseFormat('f8')).toBe(F8);
    expect(parseFormat('c1')).toEqual({ kind: 'c', length: 1 });
    expect(parseFormat('c255')).toEqual({ kind: 'c', length: 255 });
    for (const bad of ['i3', 'i8', 'f2', 'c0', 'c256', 'x4', '', 'c', 'i', 'c-1', 'c1.5']) {
      expect(parseFormat(bad), bad).toBeNull();
    }
  });

  test('formatName inverts parseFormat', () => {
    for (const name of ['i1', 'i2', 'i4', 'f4', 'f8', 'c1', 'c20', 'c255']) {
      const type = parseFormat(name);
      expect(type).not.toBeNull();
      if (type !== null) expect(formatName(type)).toBe(name);
    }
  });

  test('charType is shared and clamped', () => {
    expect(charType(20)).toBe(charType(20));
    expect(charType(300).length).toBe(255);
  });

  test('integer constants: ≤32767 i2, ≤2^31-1 i4, else f8 (scanner/number.c)', () => {
    expect(intConstType(0)).toBe(I2);
    expect(intConstType(32767)).toBe(I2);
    expect(intConstType(32768)).toBe(I4);
    expect(intConstType(2147483647)).toBe(I4);
    expect(intConstType(2147483648)).toBe(F8);
  });
});

describe('arithmetic result types', () => {
  test('int op int → the larger int', () => {
    expect(arithResultType('+', I1, I2, 1)).toBe(I2);
    expect(arithResultType('*', I4, I2, 1)).toBe(I4);
    expect(arithResultType('/', I1, I1, 1)).toBe(I1);
  });
  test('float op float → the smaller float (f4 wins)', () => {
    expect(arithResultType('+', F4, F8, 1)).toBe(F4);
    expect(arithResultType('-', F8, F8, 1)).toBe(F8);
  });
  test('int op float → that float', () => {
    expect(arithResultType('+', I4, F4, 1)).toBe(F4);
    expect(arithResultType('*', F8, I1, 1)).toBe(F8);
  });
  test('** is always float: f4 if either side is f4, else f8', () => {
    expect(arithResultType('**', I2, I2, 1)).toBe(F8);
    expect(arithResultType('**', I2, F4, 1)).toBe(F4);
    expect(arithResultType('**', F8, F8, 1)).toBe(F8);
  });
  test('arithmetic on chars is 2129 with the line', () => {
    expect(errorCode(() => arithResultType('+', charType(3), I2, 7))).toBe(2129);
    try {
      arithResultType('+', I2, charType(3), 7);
    } catch (error) {
      expect(String((error as Error).message)).toContain('line 7');
    }
  });
});
