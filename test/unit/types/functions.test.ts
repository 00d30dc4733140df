/*
 * functions.test.ts — scalar functions: result types and errors (2119 2121 2127 4113
 * 4114), conversions int1..float8 from numbers and char text (4111 4112), ascii widths,
 * concat semantics, math functions and their float exceptions (4110).
 */
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_FORMAT_OPTIONS, F4, F8, I1, I2, I4, callFunction, charType, functionResultType,
  logGamma, SCALAR_FUNCTIONS,
} from '../../../src/types/index.js';
import type { QType, Value } from '../../../src/types/index.js';
import { errorCode } from './helpers.js';

function call(name: string, args: Value[], types: QType[]): Value {
  return callFunction(name, args, types, functionResultType(name, types, 1));
}

describe('result types', () => {
  test('every function has a type rule', () => {
    expect([...SCALAR_FUNCTIONS].sort()).toEqual(
      ['abs', 'ascii', 'atan', 'concat', 'cos', 'exp', 'float4', 'float8', 'gamma', 'int1', 'int2',
        'int4', 'log', 'mod', 'sin', 'sqrt'],
    );
    expect(functionResultType('abs', [I1], 1)).toBe(I1);
    expect(functionResultType('abs', [F4], 1)).toBe(F4);
    for (const name of ['atan', 'cos', 'exp', 'gamma', 'log', 'sin', 'sqrt']) {
      expect(functionResultType(name, [I2], 1)).toBe(F8);
      expect(functionResultType(name, [F4], 1)).toBe(F8);
    }
    expect(functionResultType('int1', [F8], 1)).toBe(I1);
    expect(functionResultType('int2', [charType(5)], 1)).toBe(I2);
    expect(functionResultType('int4', [I1], 1)).toBe(I4);
    expect(functionResultType('float4', [I4], 1)).toBe(F4);
    expect(functionResultType('float8', [charType(3)], 1)).toBe(F8);
    expect(functionResultType('mod', [I1, I4], 1)).toBe(I4);
    expect(functionResultType('concat', [charType(20), charType(8)], 1)).toEqual(charType(28));
    expect(functionResultType('concat', [charType(200), charType(200)], 1)).toEqual(charType(255));
  });
  test('ascii: print widths i1/i2 6, i4 13, f 10; chars unchanged', () => {
    expect(functionResultType('ascii', [I1], 1)).toEqual(charType(6));
    expect(functionResultType('ascii', [I2], 1)).toEqual(charType(6));
    expect(functionResultType('ascii', [I4], 1)).toEqual(charType(13));
    expect(functionResultType('ascii', [F4], 1)).toEqual(charType(10));
    expect(functionResultType('ascii', [charType(7)], 1)).toEqual(charType(7));
    const wide = { ...DEFAULT_FORMAT_OPTIONS, intWidth: { 1: 6, 2: 8, 4: 13 } };
    expect(functionResultType('ascii', [I2], 1, wide)).toEqual(charType(8));
  });
  test('errors', () => {
    expect(errorCode(() => functionResultType('mod', [I2, F8], 1))).toBe(2119);
    expect(errorCode(() => functionResultType('foo', [I2], 1))).toBe(2121);
    expect(errorCode(() => functionResultType('sqrt', [charType(2)], 1))).toBe(2127);
    expect(errorCode(() => functionResultType('abs', [charType(2)], 1))).toBe(2127);
    expect(errorCode(() => functionResultType('concat', [I2, charType(2)], 1))).toBe(4113);
    expect(errorCode(() => functionResultType('mod', [I2], 1))).toBe(4114);
  });
});

describe('evaluation', () => {
  test('abs', () => {
    expect(call('abs', [-5], [I2])).toBe(5);
    expect(call('abs', [-2.5], [F8])).toBe(2.5);
    expect(errorCode(() => call('abs', [-128], [I1]))).toBe(4100);
  });
  test('mod: sign of the dividend, 0 → 4101', () => {
    expect(call('mod', [7, 3], [I2, I2])).toBe(1);
    expect(call('mod', [-7, 3], [I2, I2])).toBe(-1);
    expect(errorCode(() => call('mod', [7, 0], [I2, I2]))).toBe(4101);
  });
  test('conversions from numbers truncate and range-check', () => {
    expect(call('int2', [3.9], [F8])).toBe(3);
    expect(call('int1', [-3.9], [F8])).toBe(-3);
    expect(errorCode(() => call('int1', [200], [I2]))).toBe(4112);
    expect(errorCode(() => call('int2', [1e10], [F8]))).toBe(4112);
    expect(call('float4', [0.1], [F8])).toBe(Math.fround(0.1));
    expect(call('float8', [7], [I2])).toBe(7);
  });
  test('conversions from char text; bad syntax is 4111', () => {
    expect(call('int4', ['  123 '], [charType(6)])).toBe(123);
    expect(call('int2', ['-12.7'], [charType(5)])).toBe(-12);
    expect(call('float8', ['1.5e3'], [charType(5)])).toBe(1500);
    expect(errorCode(() => call('int2', ['12x'], [charType(3)]))).toBe(4111);
    expect(errorCode(() => call('float8', [''], [charType(3)]))).toBe(4111);
    expect(errorCode(() => call('int2', ['40000'], [charType(5)]))).toBe(4112);
  });
  test('ascii is left-justified text of the print form', () => {
    expect(call('ascii', [5], [I2])).toBe('5');
    expect(call('ascii', [-32768], [I2])).toBe('-32768');
    expect(call('ascii', [100058 / 9], [F8])).toBe('11117.556');
    expect(call('ascii', [1234567890.5], [F8])).toBe('1.235e+09');
    expect(call('ascii', ['abc'], [charType(3)])).toBe('abc');
  });
  test('concat: trailing blanks of the first trimmed, never to zero length', () => {
    expect(call('concat', ['ab', 'cd'], [charType(5), charType(2)])).toBe('abcd');
    expect(call('concat', ['', 'x'], [charType(3), charType(1)])).toBe(' x');
    expect(call('concat', ['a b', ' c'], [charType(3), charType(2)])).toBe('a b c');
    const long = call('concat', ['x'.repeat(200), 'y'.repeat(100)], [charType(200), charType(100)]);
    expect(String(long)).toBe('x'.repeat(200) + 'y'.repeat(55));
  });
  test('math functions and float exceptions', () => {
    expect(call('sqrt', [16], [I2])).toBe(4);
    expect(call('exp', [0], [I2])).toBe(1);
    expect(call('log', [Math.E], [F8])).toBeCloseTo(1, 15);
    expect(call('sin', [0], [I2])).toBe(0);
    expect(call('cos', [0], [I2])).toBe(1);
    expect(call('atan', [1], [I2])).toBeCloseTo(Math.PI / 4, 15);
    expect(errorCode(() => call('sqrt', [-1], [I2]))).toBe(4110);
    expect(errorCode(() => call('log', [0], [I2]))).toBe(4110);
    expect(errorCode(() => call('exp', [1000], [I2]))).toBe(4110);
    expect(errorCode(() => call('gamma', [0], [I2]))).toBe(4110);
  });
  test('gamma is ln|Γ(x)| like Unix gamma(3)', () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 12);
    expect(call('gamma', [11], [I2])).toBeCloseTo(Math.log(3628800), 10);
  });
});
