/*
 * flags.test.ts — the monitor's INGRES flags: -s, ±a, formatting flags, -r/-n
 * structures, -u, and the numbered errors for unknown flags, bad values, no database.
 */
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { parseMonitorArgs } from '../../../src/monitor/flags.js';

function codeOf(argv: string[]): number {
  try {
    parseMonitorArgs(argv);
  } catch (error) {
    if (error instanceof IngresError) return error.code;
    throw error;
  }
  return 0;
}

describe('parseMonitorArgs', () => {
  test('defaults', () => {
    const options = parseMonitorArgs(['demo']);
    expect(options).toMatchObject({
      database: 'demo', silent: false, autoclear: true,
      retrieveIntoStructure: 'cheapsort', indexStructure: 'isam', user: null,
    });
    expect(options.format.separator).toBe('|');
    expect(options.format.charWidthMin).toBe(6);
  });

  test('INGRES example: -f4g12.2 -i13 (i1 width 3) +b -rhash', () => {
    expect(parseMonitorArgs(['-i13', 'demo']).format.intWidth[1]).toBe(3);
    expect(codeOf(['-i35', 'demo'])).toBe(8018);
    const options = parseMonitorArgs(['-f4g12.2', '-i413', '+b', '-rhash', 'demo']);
    expect(options.format.floatFormat[4]).toEqual({ style: 'g', width: 12, precision: 2 });
    expect(options.format.intWidth[4]).toBe(13);
    expect(options.retrieveIntoStructure).toBe('hash');
  });

  test('-s, -a/+a, -c, -v, -n, -u', () => {
    const options = parseMonitorArgs(['-s', '-a', '-c10', '-v!', '-nbtree', '-ufred', 'demo']);
    expect(options).toMatchObject({ silent: true, autoclear: false, indexStructure: 'btree', user: 'fred' });
    expect(options.format.charWidthMin).toBe(10);
    expect(options.format.separator).toBe('!');
    expect(parseMonitorArgs(['+s', '+a', 'demo'])).toMatchObject({ silent: false, autoclear: true });
  });

  test('process table argument is accepted, a third positional is not', () => {
    expect(parseMonitorArgs(['demo', 'proctab']).database).toBe('demo');
    expect(codeOf(['demo', 'a', 'b'])).toBe(8006);
  });

  test('errors: unknown flag 8005, bad value 8018, no database 8006', () => {
    expect(codeOf(['-x', 'demo'])).toBe(8005);
    expect(codeOf(['-sx', 'demo'])).toBe(8005);
    expect(codeOf(['-rfoo', 'demo'])).toBe(8018);
    expect(codeOf(['-f4q10.2', 'demo'])).toBe(8018);
    expect(codeOf(['-s'])).toBe(8006);
    expect(codeOf([])).toBe(8006);
  });
});
