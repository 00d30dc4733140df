/*
 * branch.test.ts — the pure parts of `\b`/`\k` (monitor/branch.c, expr.c): splitting
 * `?expr label`, the integer expression language with INGRES's precedence, its errors
 * (8025), and finding a mark anywhere in the file.
 */
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { evaluateCondition, findMark, parseBranch } from '../../../src/monitor/branch.js';

describe('parseBranch', () => {
  test('a label alone, or ?expr then the label', () => {
    expect(parseBranch('  done ')).toEqual({ condition: null, label: 'done' });
    expect(parseBranch('?{tuplecount}>0 loop top')).toEqual({ condition: '{tuplecount}>0', label: 'loop top' });
    // blanks inside a macro call belong to the expression
    expect(parseBranch('?{ifgt; {tuplecount}; 5; 1; 0} big')).toEqual({ condition: '{ifgt; {tuplecount}; 5; 1; 0}', label: 'big' });
  });
});

describe('evaluateCondition', () => {
  test.each([
    ['1', 1], ['0', 0], ['-3', -3], ['!0', 1], ['!5', 0], ['!-2', 1],
    ['2+3*4', 14], ['(2+3)*4', 20], ['7/2', 3], ['-7/2', -3], ['7%3', 1], ['10-2-3', 5], ['8/2/2', 2],
    ['3>2', 1], ['3<2', 0], ['2<=2', 1], ['2>=3', 0], ['4=4', 1], ['4!=4', 0],
    ['1&0', 0], ['1&2', 1], ['0|3', 1], ['-1|0', 0],
    // precedence: | below & below = below < below + below *
    ['1|0&0', 1], ['1+1=2', 1], ['2=2<3', 0], ['1<2=1', 1],
    ['14>0 trailing words', 1],
  ])('%s = %d', (text, value) => {
    expect(evaluateCondition(text)).toBe(value);
  });

  test.each([
    ['', 'the expression is empty'],
    ['1+', 'an operand is missing at the end'],
    ['x>1', "an operand was expected, 'x' found"],
    ['(1+2', 'a closing parenthesis is missing'],
    ['1)', "unexpected ')'"],
    ['1$2', "an operator was expected, '$' found"],
    ['5/0', 'division by zero'],
  ])('%j is 8025: %s', (text, reason) => {
    let error: unknown;
    try {
      evaluateCondition(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IngresError);
    expect((error as IngresError).code).toBe(8025);
    expect((error as IngresError).message).toBe(`bad \\b condition '${text}': ${reason}`);
  });
});

describe('findMark', () => {
  const lines = ['print parts', '\\k first', 'help', 'text \\mark second', '\\k {label}', '\\k first'];
  const expand = (text: string): string => text.replace('{label}', 'third');

  test('the first line marking the label, searched from the top', async () => {
    expect(await findMark(lines, 'first', expand)).toBe(1);
    expect(await findMark(lines, 'second', expand)).toBe(3);
    expect(await findMark(lines, 'third', expand)).toBe(4);
    expect(await findMark(lines, 'fourth', expand)).toBe(-1);
  });
});
