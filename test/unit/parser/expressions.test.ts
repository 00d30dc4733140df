/*
 * expressions.test.ts — precedence and associativity of QUEL.md §4 (and = or, left to right;
 * not; one comparison; + -; * /; ** left; unary + - tightest), functions, aggregates with
 * by-lists and (only) where, special constants, and parenthesised values/qualifications.
 */
import { describe, expect, it } from 'vitest';
import { fail, one, qual, show, strip, value } from './helpers.js';

describe('arithmetic precedence', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['1 - 2 - 3', '((1 - 2) - 3)'],
    ['8 / 4 / 2', '((8 / 4) / 2)'],
    ['2 ** 3 ** 2', '((2 ** 3) ** 2)'],
    ['2 * 3 ** 2', '(2 * (3 ** 2))'],
    ['-2 ** 2', '((-2) ** 2)'],
    ['2 ** -2', '(2 ** (-2))'],
    ['-a.b * c.d', '((-a.b) * c.d)'],
    ['- - 1', '(-(-1))'],
    ['+1', '(+1)'],
    ['(1 + 2) * 3', '((1 + 2) * 3)'],
    ['1 - -2', '(1 - (-2))'],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});

describe('qualification precedence', () => {
  it.each([
    ['a.x = 1 or a.y = 2 and a.z = 3', '(((a.x = 1) or (a.y = 2)) and (a.z = 3))'],
    ['a.x = 1 and a.y = 2 or a.z = 3', '(((a.x = 1) and (a.y = 2)) or (a.z = 3))'],
    ['not a.x = 1 and a.y = 2', '((not (a.x = 1)) and (a.y = 2))'],
    ['not not a.x = 1', '(not (not (a.x = 1)))'],
    ['a.x = 1 or (a.y = 2 and a.z = 3)', '((a.x = 1) or ((a.y = 2) and (a.z = 3)))'],
    ['not (a.x = 1 or a.y = 2)', '(not ((a.x = 1) or (a.y = 2)))'],
    ['a.x + 1 > a.y * 2', '((a.x + 1) > (a.y * 2))'],
    ['a.x is 1', '(a.x = 1)'],
    ['a.x != 1 and a.x < 2 and a.x <= 3 and a.x > 4 and a.x >= 5',
      '(((((a.x != 1) and (a.x < 2)) and (a.x <= 3)) and (a.x > 4)) and (a.x >= 5))'],
    ['a.name = "Ross*"', '(a.name = "Ross*")'],
  ])('%s', (text, expected) => {
    expect(qual(text)).toBe(expected);
  });

  it('comparisons are non-associative', () => {
    // the retrieve is complete after `< 2`: the second operator is a word after it (2502)
    expect(fail('retrieve (x = 1) where a.x < 2 < 3').code).toBe(2502);
    expect(fail('retrieve (x = 1) where a.x = 1 = 2').code).toBe(2502);
    expect(fail('retrieve (x = 1) where (a.x = 1 = 2)').code).toBe(2500);
  });
  it('a parenthesised comparison is accepted by the parser (the analyzer checks types)', () => {
    expect(qual('(a.x < 2) = 1')).toBe('((a.x < 2) = 1)');
    expect(value('(a.x = 1)')).toBe('(a.x = 1)');
  });
  it('a bare value is accepted as a qualification (the analyzer rejects it)', () => {
    expect(qual('a.x')).toBe('a.x');
  });
});

describe('constants', () => {
  it('integers, floats, strings, special constants', () => {
    expect(strip(one('retrieve (a = 32767, b = 32768, c = 2147483647, d = 2147483648, e = 1.5, ' +
      'f = 1e3, g = .5, h = 2.5E-2, i = "x", j = usercode, k = dba)'))).toMatchObject({
      targets: [
        { expr: { kind: 'IntConst', value: 32767 } },
        { expr: { kind: 'IntConst', value: 32768 } },
        { expr: { kind: 'IntConst', value: 2147483647 } },
        { expr: { kind: 'FloatConst', value: 2147483648 } },
        { expr: { kind: 'FloatConst', value: 1.5 } },
        { expr: { kind: 'FloatConst', value: 1000 } },
        { expr: { kind: 'FloatConst', value: 0.5 } },
        { expr: { kind: 'FloatConst', value: 0.025 } },
        { expr: { kind: 'StringConst', value: 'x' } },
        { expr: { kind: 'SpecialConst', name: 'usercode' } },
        { expr: { kind: 'SpecialConst', name: 'dba' } },
      ],
    });
  });
  it('a leading minus is a unary operator, not part of the constant', () => {
    expect(strip(one('retrieve (a = -5)'))).toMatchObject({
      targets: [{ expr: { kind: 'Unary', op: '-', operand: { kind: 'IntConst', value: 5 } } }],
    });
  });
});

describe('functions', () => {
  it.each(['abs', 'ascii', 'atan', 'cos', 'exp', 'gamma', 'log', 'sin', 'sqrt',
    'int1', 'int2', 'int4', 'float4', 'float8'])('%s(x)', (fn) => {
    expect(value(`${fn.toUpperCase()}(a.x + 1)`)).toBe(`${fn}((a.x + 1))`);
  });
  it('mod and concat take two arguments', () => {
    expect(value('mod(a.x, 3)')).toBe('mod(a.x, 3)');
    expect(value('concat(a.n, concat(" ", a.m))')).toBe('concat(a.n, concat(" ", a.m))');
    expect(fail('retrieve (x = mod(a.x))').code).toBe(2500);
    expect(fail('retrieve (x = abs(a.x, 1))').code).toBe(2500);
  });
  it('an unknown function is a syntax error', () => {
    expect(fail('retrieve (x = foo(1))').code).toBe(2500);
  });
});

describe('aggregates', () => {
  it.each(['count', 'countu', 'sum', 'sumu', 'avg', 'avgu', 'max', 'min', 'any'])('%s', (fn) => {
    expect(value(`${fn}(e.salary)`)).toBe(`${fn}(e.salary)`);
  });
  it('by-list and where', () => {
    expect(value('count(e.name by e.manager, e.dept where e.startdate < 1970)')).toBe(
      'count(e.name by e.manager, e.dept where (e.startdate < 1970))');
  });
  it('only where', () => {
    const s = one('retrieve (x = avg(e.salary by e.manager only where e.salary > 1))');
    expect(s).toMatchObject({ targets: [{ expr: { kind: 'Aggregate', onlyWhere: true, fn: 'avg' } }] });
  });
  it('aggregates in a qualification, nested, with their own qualification', () => {
    expect(qual('count(s.pnum by s.snum, x.snum where s.pnum = x.pnum and s.snum != x.snum) = ' +
      'count(s.pnum by s.snum)')).toBe(
      '(count(s.pnum by s.snum, x.snum where ((s.pnum = x.pnum) and (s.snum != x.snum))) = ' +
      'count(s.pnum by s.snum))');
    expect(value('max(e.salary where e.salary < avg(e.salary))')).toBe(
      'max(e.salary where (e.salary < avg(e.salary)))');
  });
  it('positions point at the aggregate name', () => {
    const s = one('retrieve (x =\n   sum(e.a))');
    expect(s.kind === 'Retrieve' && s.targets[0]?.kind === 'TargetExpr' && s.targets[0].expr.pos).toEqual({
      line: 2, column: 4,
    });
  });
});

describe('target list rules', () => {
  it('an expression without a result name is a syntax error', () => {
    expect(fail('retrieve (e.salary * 2)').code).toBe(2500);
    expect(fail('retrieve (1)').code).toBe(2500);
  });
  it('an empty target list is a syntax error', () => {
    expect(fail('retrieve ()').code).toBe(2500);
  });
  it('show() renders what the parser built', () => {
    const s = one('retrieve (x = a.b + 1)');
    expect(s.kind === 'Retrieve' && s.targets[0]?.kind === 'TargetExpr' && show(s.targets[0].expr)).toBe(
      '(a.b + 1)');
  });
});
