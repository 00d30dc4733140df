/*
 * errors.test.ts — INGRES-style syntax errors: number 2500, `syntax error on line N`,
 * `last symbol read was: X`, a short expected list; the whole buffer fails (no partial
 * result), and the shared parser instance is unharmed for the next call.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/parser/index.js';
import { fail } from './helpers.js';

describe('syntax errors', () => {
  it('name the line and the symbol', () => {
    const e = fail('range of e is employee\nretrieve (e.name) wher e.salary > 1');
    expect(e.code).toBe(2500);
    expect(e.message).toBe('syntax error on line 2\nlast symbol read was: wher\nexpected: a statement');
    expect(e.format()).toMatch(/^2500: syntax error on line 2\nlast symbol read was: wher\n/);
  });
  it('at the end of the query', () => {
    const e = fail('retrieve (e.name) where\n');
    expect(e.message).toMatch(/^syntax error on line 1\nlast symbol read was: end of query\nexpected: /);
    expect(fail('range of e').message).toBe(
      "syntax error on line 1\nlast symbol read was: end of query\nexpected: '=' or 'is'");
  });
  it('say what was expected, briefly', () => {
    expect(fail('create r (a i2)').message).toBe(
      "syntax error on line 1\nlast symbol read was: i2\nexpected: '=' or 'is'");
    expect(fail('copy r (a = c0) onto "/x"').message).toBe(
      'syntax error on line 1\nlast symbol read was: onto\nexpected: into or from');
    expect(fail('retrieve (e.salary * 2)').message).toBe(
      "syntax error on line 1\nlast symbol read was: *\nexpected: ',' or ')'");
    expect(fail('retrieve (x = )').message.split('\n')[2]).toBe('expected: an expression');
    expect(fail('retrieve (x = 1) where\n').message.split('\n')[2]).toBe('expected: a qualification');
  });
  it('report the token where LL(k) lookahead left the grammar', () => {
    const e = fail('destroy permit r 1,\n x');
    expect(e.message).toBe('syntax error on line 2\nlast symbol read was: x\nexpected: an integer');
  });
  it('bad sort orders and months are syntax errors on their word', () => {
    expect(fail('retrieve (e.a) sort by a:up').message).toBe(
      'syntax error on line 1\nlast symbol read was: up\nexpected: ascending, descending, asc, desc, a or d');
    expect(fail('modify r to heapsort on a:sideways').code).toBe(2500);
    expect(fail('save r until\nfoo 1 1990').message).toBe(
      'syntax error on line 2\nlast symbol read was: foo\nexpected: a month');
  });
  it('fail the whole buffer: no statement is returned', () => {
    expect(() => parse('print a\nprint b\nprint')).toThrow(/line 3/);
  });
  it('reserved words are not names', () => {
    expect(fail('create where (a = i2)').code).toBe(2500);
    expect(fail('range of from is r').code).toBe(2500);
    expect(fail('destroy integrity employee').code).toBe(2500);
  });
  it('the parser works again after an error', () => {
    fail('retrieve (');
    expect(parse('print r')).toHaveLength(1);
    fail('retrieve (x = "unterminated');
    expect(parse('range of e is r retrieve (e.a)')).toHaveLength(2);
  });
});
