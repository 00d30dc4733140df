/*
 * arith.test.ts — arithmetic with INGRES result types and this project's errors:
 * overflow 4100, division by zero 4101, float exceptions 4110, range-checked assignment
 * 4112, char/number assignment 2103; integer division truncates toward zero.
 */
import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { F4, F8, I1, I2, I4, arith, charType, coerce, negate } from '../../../src/types/index.js';
import { errorCode } from './helpers.js';

describe('integer arithmetic', () => {
  test('the four operations', () => {
    expect(arith('+', 2, 3, I2)).toBe(5);
    expect(arith('-', 2, 3, I2)).toBe(-1);
    expect(arith('*', 6, 7, I4)).toBe(42);
    expect(arith('/', 7, 2, I2)).toBe(3);
  });
  test('division truncates toward zero, never -0', () => {
    expect(arith('/', -7, 2, I2)).toBe(-3);
    expect(arith('/', 7, -2, I2)).toBe(-3);
    expect(Object.is(arith('/', -1, 2, I2), 0)).toBe(true);
    expect(Object.is(arith('*', -5, 0, I4), 0)).toBe(true);
  });
  test('overflow of the result type is 4100, not a wrap', () => {
    expect(arith('+', 32767, 0, I2)).toBe(32767);
    expect(errorCode(() => arith('+', 32767, 1, I2))).toBe(4100);
    expect(errorCode(() => arith('*', 100, 2, I1))).toBe(4100);
    expect(errorCode(() => arith('-', -2147483648, 1, I4))).toBe(4100);
    expect(errorCode(() => arith('/', -128, -1, I1))).toBe(4100);
    expect(arith('*', 65536, 32767, I4)).toBe(2147418112);
    expect(errorCode(() => arith('*', 65536, 32768, I4))).toBe(4100);
  });
  test('division by zero is 4101', () => {
    expect(errorCode(() => arith('/', 1, 0, I2))).toBe(4101);
    expect(errorCode(() => arith('/', 1.5, 0, F8))).toBe(4101);
  });
  const i2 = fc.integer({ min: -32768, max: 32767 });
  propertyTest.prop([i2, i2])(
    'i4 arithmetic of i2 values is exact',
    (a, b) => {
      expect(arith('+', a, b, I4)).toBe(a + b);
      expect(arith('*', a, b, I4)).toBe(a * b || 0);
      if (b !== 0) expect(arith('/', a, b, I4)).toBe(Math.trunc(a / b) || 0);
    },
  );
});

describe('float arithmetic', () => {
  test('f8 is IEEE double', () => {
    expect(arith('/', 100058, 9, F8)).toBe(100058 / 9);
    expect(arith('**', 2, 10, F8)).toBe(1024);
    expect(arith('**', -2, 2, F8)).toBe(4);
  });
  test('f4 results are rounded to single precision', () => {
    const third = arith('/', 1, 3, F4);
    expect(third).toBe(Math.fround(1 / 3));
    expect(third).not.toBe(1 / 3);
  });
  test('non-finite results are 4110', () => {
    expect(errorCode(() => arith('*', 1e300, 1e300, F8))).toBe(4110);
    expect(errorCode(() => arith('*', 1e30, 1e30, F4))).toBe(4110);
    expect(errorCode(() => arith('**', -8, 0.5, F8))).toBe(4110);
    expect(errorCode(() => arith('**', 0, -1, F8))).toBe(4110);
  });
});

describe('negate', () => {
  test('ints and floats', () => {
    expect(negate(5, I2)).toBe(-5);
    expect(negate(-2.5, F8)).toBe(2.5);
    expect(Object.is(negate(0, I2), 0)).toBe(true);
  });
  test('-(-128) does not fit i1', () => {
    expect(errorCode(() => negate(-128, I1))).toBe(4100);
    expect(negate(-128, I2)).toBe(128);
  });
});

describe('coerce (assignment into a domain)', () => {
  test('float → int truncates toward zero', () => {
    expect(coerce(3.99, F8, I2, 1)).toBe(3);
    expect(coerce(-3.99, F8, I2, 1)).toBe(-3);
    expect(Object.is(coerce(-0.5, F8, I4, 1), 0)).toBe(true);
  });
  test('out of range is 4112 naming the type', () => {
    expect(errorCode(() => coerce(40000, I4, I2, 1))).toBe(4112);
    expect(errorCode(() => coerce(128, I2, I1, 1))).toBe(4112);
    expect(errorCode(() => coerce(3e9, F8, I4, 1))).toBe(4112);
    expect(errorCode(() => coerce(1e39, F8, F4, 1))).toBe(4112);
    expect(coerce(127, I2, I1, 1)).toBe(127);
  });
  test('int → float, f8 → f4 rounds', () => {
    expect(coerce(7, I2, F8, 1)).toBe(7);
    expect(coerce(0.1, F8, F4, 1)).toBe(Math.fround(0.1));
  });
  test('char → char truncates and strips trailing blanks', () => {
    expect(coerce('abcdef', charType(6), charType(3), 1)).toBe('abc');
    expect(coerce('ab   cd', charType(7), charType(4), 1)).toBe('ab');
    expect(coerce('x', charType(1), charType(10), 1)).toBe('x');
  });
  test('char ↔ number is 2103', () => {
    expect(errorCode(() => coerce('12', charType(2), I2, 3))).toBe(2103);
    expect(errorCode(() => coerce(12, I2, charType(2), 3))).toBe(2103);
  });
});
