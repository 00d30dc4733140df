/*
 * format.test.ts — the monitor's output layout: golden INGRES blocks (the tutorial's parts
 * listing), column widths, overflow stars, the float styles e E f F g G n N with correct
 * rounding (100058/9 → 11117.556), and the -c -i -f -v flags.
 */
import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_FORMAT_OPTIONS, F4, F8, I1, I2, I4, applyFormatFlag, charType, columnWidth, formatFloat,
  formatTable, formatValue, printTitle, rowFormatter,
} from '../../../src/types/index.js';
import type { FloatFormat, FormatOptions, Value } from '../../../src/types/index.js';

const options = DEFAULT_FORMAT_OPTIONS;
const parts = [
  { name: 'pnum', type: I2 },
  { name: 'pname', type: charType(20) },
  { name: 'color', type: charType(8) },
  { name: 'weight', type: I2 },
  { name: 'qoh', type: I2 },
];

function flagged(...flags: string[]): FormatOptions {
  let current: FormatOptions = options;
  for (const flag of flags) {
    const next = applyFormatFlag(flag, current);
    expect(next, flag).not.toBeNull();
    if (next !== null) current = next;
  }
  return current;
}

describe('formatTable', () => {
  test('the tutorial parts listing (QUEL.md §8 example)', () => {
    const rows = [
      [1, 'central processor', 'pink', 10, 1],
      [2, 'memory', 'gray', 20, 32],
    ];
    const text = formatTable(null, parts, rows, options);
    expect(text).toBe(
      '\n' +
        '|pnum  |pname               |color   |weight|qoh   |\n' +
        '|--------------------------------------------------|\n' +
        '|     1|central processor   |pink    |    10|     1|\n' +
        '|     2|memory              |gray    |    20|    32|\n' +
        '|--------------------------------------------------|\n',
    );
  });
  test('print R puts "R relation" first (dbu/print.c)', () => {
    const text = formatTable(printTitle('parts'), parts, [], options);
    expect(text.startsWith('\nparts relation\n\n|pnum  |pname')).toBe(true);
    expect(text.split('\n')).toHaveLength(7);
  });
  test('rule = | + dashes × (Σ(width+1) − 1) + |; headers truncated to the width', () => {
    const columns = [
      { name: 'quantity', type: I1 },
      { name: 'avg', type: F8 },
      { name: 'number', type: I4 },
    ];
    const lines = formatTable(null, columns, [[5, 2.5, -7]], options).split('\n');
    expect(lines[1]).toBe('|quanti|avg       |number       |');
    expect(lines[2]).toBe(`|${'-'.repeat(6 + 10 + 13 + 3 - 1)}|`);
    expect(lines[3]).toBe('|     5|     2.500|           -7|');
  });
  test('the -v separator replaces every bar', () => {
    const text = formatTable(null, [{ name: 'a', type: I2 }], [[1]], flagged('-v!'));
    expect(text).toBe('\n!a     !\n!------!\n!     1!\n!------!\n');
  });
  test('no rows still prints header and both rules', () => {
    expect(formatTable(null, [{ name: 'x', type: charType(1) }], [], options)).toBe(
      '\n|x     |\n|------|\n|------|\n',
    );
  });
});

describe('rowFormatter', () => {
  const columns = [
    { name: 'a', type: I1 },
    { name: 'b', type: I4 },
    { name: 'c', type: F4 },
    { name: 'd', type: F8 },
    { name: 'e', type: charType(3) },
    { name: 'f', type: charType(9) },
  ];
  const row = fc.tuple(
    fc.integer({ min: -128, max: 127 }),
    fc.integer({ min: -2147483648, max: 2147483647 }),
    fc.float({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 3 }),
    fc.string({ maxLength: 9 }),
  );
  const settings = fc.constantFrom(options, flagged('-i13', '-f4e12.2', '-f8G9.1', '-c1', '-v:'));
  propertyTest.prop([row, settings])('equals the fields formatted one by one', (values, format) => {
    const expected = columns.map((column, index) =>
      formatValue(values[index] as Value, column.type, format),
    );
    const line = `${format.separator}${expected.join(format.separator)}${format.separator}\n`;
    expect(rowFormatter(columns, format)(values)).toBe(line);
  });
});

describe('columns and fields', () => {
  test('default widths: i1/i2 6, i4 13, f4/f8 10, c max(len, 6)', () => {
    expect(columnWidth(I1, options)).toBe(6);
    expect(columnWidth(I2, options)).toBe(6);
    expect(columnWidth(I4, options)).toBe(13);
    expect(columnWidth(F4, options)).toBe(10);
    expect(columnWidth(F8, options)).toBe(10);
    expect(columnWidth(charType(2), options)).toBe(6);
    expect(columnWidth(charType(20), options)).toBe(20);
  });
  test('numbers right-justified, stars when too wide', () => {
    expect(formatValue(-32768, I2, options)).toBe('-32768');
    expect(formatValue(2147483647, I4, options)).toBe('   2147483647');
    expect(formatValue(12345, I2, flagged('-i24'))).toBe('****');
    expect(formatValue(-0, I2, options)).toBe('     0');
  });
  test('chars left-justified and padded', () => {
    expect(formatValue('pink', charType(8), options)).toBe('pink    ');
    expect(formatValue('ab', charType(2), options)).toBe('ab    ');
    expect(formatValue('ab', charType(2), flagged('-c2'))).toBe('ab');
    expect(formatValue('', charType(3), options)).toBe('      ');
  });
  test('floats n10.3 by default, correctly rounded (6.2+)', () => {
    expect(formatValue(100058 / 9, F8, options)).toBe(' 11117.556');
    expect(formatValue(0, F8, options)).toBe('     0.000');
    expect(formatValue(0.0005, F8, options)).toBe('     0.001');
    expect(formatValue(1.0005, F8, options)).toBe('     1.000');
    expect(formatValue(Math.fround(0.1), F4, options)).toBe('     0.100');
    expect(formatValue(123456789.5, F8, options)).toBe(' 1.235e+08');
    expect(formatValue(-123456789.5, F8, options)).toBe('-1.235e+08');
    expect(formatValue(1e100, F8, options)).toBe('1.000e+100');
    expect(formatValue(-1e100, F8, options)).toBe('**********');
    expect(formatValue(1e-10, F8, options)).toBe('     0.000');
  });
});

describe('formatFloat styles', () => {
  const style = (letter: FloatFormat['style'], width: number, precision: number): FloatFormat => ({
    style: letter,
    width,
    precision,
  });
  test('e/E: always E form', () => {
    expect(formatFloat(12345.678, style('e', 10, 3))).toBe('1.235e+04');
    expect(formatFloat(12345.678, style('E', 10, 3))).toBe('1.235E+04');
    expect(formatFloat(0.00012345, style('e', 12, 2))).toBe('1.23e-04');
    expect(formatFloat(0, style('e', 10, 3))).toBe('0.000e+00');
    expect(formatFloat(5, style('e', 10, 0))).toBe('5.e+00');
    expect(formatFloat(12345.678, style('e', 7, 3))).toBe('*******');
  });
  test('f/F: F form or stars', () => {
    expect(formatFloat(12345.678, style('f', 10, 3))).toBe('12345.678');
    expect(formatFloat(1234567.5, style('f', 10, 3))).toBe('**********');
    expect(formatFloat(2.6, style('F', 10, 0))).toBe('3.');
    expect(formatFloat(-0.05, style('f', 10, 3))).toBe('-0.050');
    expect(formatFloat(-0.0004, style('f', 10, 3))).toBe('0.000');
    expect(formatFloat(-4e-16, style('n', 10, 3))).toBe('0.000');
    expect(formatFloat(-0.0004, style('f', 10, 4))).toBe('-0.0004');
    expect(formatFloat(1e25, style('f', 40, 2))).toBe('10000000000000000905969664.00');
  });
  test('g/G: F form with 4 trailing blanks if it fits, else E form', () => {
    expect(formatFloat(1.5, style('g', 12, 2))).toBe('1.50    ');
    expect(formatFloat(12345.678, style('g', 10, 3))).toBe('1.235e+04');
    expect(formatFloat(12345.678, style('G', 10, 3))).toBe('1.235E+04');
    expect(formatValue(1.5, F8, flagged('-f8g12.2'))).toBe('    1.50    ');
  });
  test('n/N: F form if it fits, else E form', () => {
    expect(formatFloat(123456.5, style('n', 10, 3))).toBe('123456.500');
    expect(formatFloat(1234567.5, style('n', 10, 3))).toBe('1.235e+06');
    expect(formatFloat(1234567.5, style('N', 10, 3))).toBe('1.235E+06');
  });
});

describe('applyFormatFlag', () => {
  test('each monitor flag', () => {
    expect(flagged('-c10').charWidthMin).toBe(10);
    expect(flagged('-i18').intWidth).toEqual({ 1: 8, 2: 6, 4: 13 });
    expect(flagged('-i413').intWidth[4]).toBe(13);
    expect(flagged('-f4e12.4').floatFormat[4]).toEqual({ style: 'e', width: 12, precision: 4 });
    expect(flagged('-f8G15.1').floatFormat[8]).toEqual({ style: 'G', width: 15, precision: 1 });
    expect(flagged('f8n10').floatFormat[8]).toEqual({ style: 'n', width: 10, precision: 0 });
    expect(flagged('-v:').separator).toBe(':');
  });
  test('malformed flags are null', () => {
    const flags = [
      '-i3', '-i26x', '-f4x10.2', '-f9e10.2', '-f4e', '-v', '-vab', '-q', '-c1000', '-i20',
    ];
    for (const flag of flags) {
      expect(applyFormatFlag(flag, options), flag).toBeNull();
    }
  });
});
