/*
 * errors.test.ts — INGRES-style syntax errors: 2500 `syntax error on line N` /
 * `last symbol read was: X` / a short expected list, and INGRES 6.3's 2502–2515 for a word
 * right after a complete command; the whole buffer fails (no partial result), and the
 * shared parser instance is unharmed for the next call.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/parser/index.js';
import { fail } from './helpers.js';

describe('syntax errors', () => {
  it('name the line and the symbol', () => {
    const e = fail('range of e is employee\nretrieve (e.name);\n  garbage in');
    expect(e.code).toBe(2500);
    expect(e.message).toBe('syntax error on line 3\nlast symbol read was: garbage\nexpected: a statement');
    expect(e.format()).toMatch(/^2500: syntax error on line 3\nlast symbol read was: garbage\n/);
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

describe('a word after a complete command: 2502–2515 (INGRES 6.3 yyerror.y)', () => {
  it('the misspelt where: the word, its line, what could have continued', () => {
    const e = fail('range of e is employee\nretrieve (e.name) wher e.salary > 1');
    expect(e.code).toBe(2502);
    expect(e.format()).toBe("2502: line 2, The word 'wher', cannot follow a RETRIEVE command\n"
      + 'expected: where, sort, order or a statement');
  });
  it.each([
    ['retrieve (e.a) x', 2502, 'a RETRIEVE command'],
    ['append to r (a = 1) x', 2503, 'an APPEND command'],
    ['replace e (a = 1) x', 2504, 'a REPLACE command'],
    ['delete e x', 2505, 'a DELETE command'],
    ['destroy r, s x', 2506, 'a DESTROY command'],
    ['help r x', 2507, 'a HELP command'],
    ['help all x', 2507, 'a HELP command'],
    ['modify r to hash on a x', 2508, 'a MODIFY command'],
    ['print r x', 2509, 'a PRINT command'],
    ['retrieve unique (e.a) x', 2510, 'a RETRIEVE UNIQUE command'],
    ['define view v (e.a) x', 2511, 'a DEFINE VIEW command'],
    ['help view v x', 2512, 'a HELP VIEW, HELP INTEGRITY, or HELP PERMIT command'],
    ['help integrity r x', 2512, 'a HELP VIEW, HELP INTEGRITY, or HELP PERMIT command'],
    ['define permit retrieve on e to all x', 2513, 'a DEFINE PERMIT command'],
    ['define integrity on e is e.a > 1 x', 2514, 'a DEFINE INTEGRITY command'],
    ['destroy permit r 1 x', 2515, 'a DESTROY INTEGRITY or DESTROY PERMIT command'],
    ['destroy integrity r all x', 2515, 'a DESTROY INTEGRITY or DESTROY PERMIT command'],
  ])('%s → %i', (text, code, command) => {
    const e = fail(text);
    expect(e.code).toBe(code);
    expect(e.message.split('\n')[0]).toBe(`line 1, The word 'x', cannot follow ${command}`);
    expect(e.message.split('\n')[1]).toMatch(/^expected: .*a statement$/);
  });
  it('the expected list names what could have continued the statement', () => {
    const expected = (text: string): string | undefined => fail(text).message.split('\n').pop();
    expect(expected('delete e x')).toBe('expected: where or a statement');
    expect(expected('destroy r x')).toBe("expected: ',' or a statement");
    expect(expected('modify r to hash x')).toBe('expected: on, where or a statement');
    expect(expected('define permit retrieve on e to all x')).toBe(
      'expected: at, from, on, where or a statement');
    expect(expected('retrieve (e.a) where e.a x')).toBe(
      'expected: and, or, sort, order, a comparison operator, an operator or a statement');
    expect(expected('destroy permit r (1, 2) x')).toBe('expected: a statement');
  });
  it('any token counts as the word: numbers, strings, punctuation, on its own line', () => {
    expect(fail('retrieve (e.a) where e.a < 1 < 2').message.split('\n')[0]).toBe(
      "line 1, The word '<', cannot follow a RETRIEVE command");
    expect(fail('print r 12').code).toBe(2509);
    expect(fail('delete e where e.a = 1 )').code).toBe(2505);
    expect(fail('help "quel" "x"').message.split('\n')[0]).toBe(
      `line 1, The word '"x"', cannot follow a HELP command`);
    expect(fail('retrieve (e.a)\n\n  (').message.split('\n')[0]).toBe(
      "line 3, The word '(', cannot follow a RETRIEVE command");
  });
  it('commands with a fixed end keep 2500, as in INGRES (range create index copy save)', () => {
    for (const text of [
      'range of e is r x', 'create r (a = i2) x', 'index on r is i (a) x',
      'copy r () into "/x" x', 'save r until 1 1 1990 x', 'begin transaction x', 'abort x',
    ]) expect(fail(text).code, text).toBe(2500);
    expect(fail('create r (a = i2) x').message).toBe(
      'syntax error on line 1\nlast symbol read was: x\nexpected: at or a statement');
  });
  it('after a ; or before any statement the word starts a statement: 2500', () => {
    expect(fail('retrieve (e.a); wher').code).toBe(2500);
    expect(fail('wher e.a = 1').code).toBe(2500);
  });
  it('a word that starts a statement is read as one: its own errors are 2500', () => {
    expect(parse('retrieve (e.a) range of e is r')).toHaveLength(2);
    expect(fail('retrieve (e.a) range e').message).toBe(
      "syntax error on line 1\nlast symbol read was: e\nexpected: of");
  });
  it('a long statement still gets the error, with a shorter expected list', () => {
    const where = Array.from({ length: 100 }, () => 'e.a = 1').join(' and ');
    expect(fail(`retrieve (e.a) where ${where} x`).message).toBe(
      "line 1, The word 'x', cannot follow a RETRIEVE command\nexpected: a statement");
  });
});
