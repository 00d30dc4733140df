/*
 * lexer.test.ts — the lexical rules of QUEL.md §2: case folding, name length, strings and
 * their escapes, comments, number typing, and every lexical error with its number and line.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/parser/index.js';
import { fail, one } from './helpers.js';

function stringValue(literal: string): string {
  const s = one(`retrieve (x = ${literal})`);
  if (s.kind !== 'Retrieve') throw new Error('not a retrieve');
  const t = s.targets[0];
  if (t?.kind !== 'TargetExpr' || t.expr.kind !== 'StringConst') throw new Error('not a string');
  return t.expr.value;
}

describe('names and keywords', () => {
  it('keywords are case-insensitive and names fold to lower case', () => {
    expect(one('ReTrIeVe (E.Name) WHERE E.SALARY > 1')).toMatchObject({
      targets: [{ expr: { variable: 'e', attribute: 'name' } }],
      where: { left: { attribute: 'salary' } },
    });
  });
  it('names may hold digits and underscores and be 12 characters long', () => {
    expect(one('print _abc_123_xyz')).toMatchObject({ relations: ['_abc_123_xyz'] });
  });
  it('a 13-character name is error 2703 with its line', () => {
    const e = fail('print ok,\n abcdefghijklm');
    expect(e.code).toBe(2703);
    expect(e.message).toBe("line 2, name 'abcdefghijklm' is too long (limit 12 characters)");
  });
  it('a name of thousands of characters is shown by its first 40', () => {
    const e = fail(`print ${'n'.repeat(5000)}`);
    expect(e.code).toBe(2703);
    expect(e.message).toBe(`line 1, name '${'n'.repeat(40)}…' is too long (limit 12 characters)`);
  });
  it('tokens carry payloads: folded names and numbers', () => {
    const tokens = tokenize('Abc 12 "Q"');
    expect(tokens.map((t) => t.payload)).toEqual(['abc', 12, 'Q']);
    expect(tokens.map((t) => [t.startLine, t.startColumn])).toEqual([[1, 1], [1, 5], [1, 8]]);
  });
});

describe('strings', () => {
  it('keep their case and content', () => {
    expect(stringValue('"Ross, Stanley"')).toBe('Ross, Stanley');
  });
  it('\\" embeds a quote', () => {
    expect(stringValue('"say \\"hi\\""')).toBe('say "hi"');
  });
  it('a backslash before any other character is kept', () => {
    expect(stringValue('"a\\*b\\?c\\[d\\\\"')).toBe('a\\*b\\?c\\[d\\\\');
  });
  it('a raw newline is dropped; an escaped one is kept', () => {
    expect(stringValue('"ab\ncd"')).toBe('abcd');
    expect(stringValue('"ab\r\ncd"')).toBe('abcd');
    expect(stringValue('"ab\\\ncd"')).toBe('ab\ncd');
  });
  it('newlines inside strings still count for line numbers', () => {
    const e = fail('retrieve (x = "a\nb")\n\n retrieve (');
    expect(e.code).toBe(2500);
    expect(e.message).toMatch(/^syntax error on line 4\n/);
  });
  it('may be 255 characters but not 256 (2701)', () => {
    expect(stringValue(`"${'x'.repeat(255)}"`)).toHaveLength(255);
    const e = fail(`retrieve (x = "${'x'.repeat(256)}")`);
    expect(e.code).toBe(2701);
    expect(e.message).toBe('line 1, string too long (limit 255 characters)');
  });
  it('tabs are allowed; other control characters are 2708', () => {
    expect(stringValue('"a\tb"')).toBe('a\tb');
    const e = fail('\nretrieve (x = "a\u0001b")');
    expect(e.code).toBe(2708);
    expect(e.message).toBe('line 2, control character in a string');
    expect(fail('retrieve (x = "a\\\u0007")').code).toBe(2708);
  });
  it('an unterminated string is 2700 on the line where it starts', () => {
    const e = fail('retrieve\n(x = "abc\n\n');
    expect(e.code).toBe(2700);
    expect(e.message).toBe('line 2, unterminated string');
    expect(fail('retrieve (x = "abc\\"').code).toBe(2700);
    expect(fail('retrieve (x = "abc\\').code).toBe(2700);
  });
  it('non-ASCII characters are kept', () => {
    expect(stringValue('"Zoë 🙂"')).toBe('Zoë 🙂');
  });
});

describe('comments', () => {
  it('are skipped, also across lines, and count lines', () => {
    expect(one('/* a\n comment */ print /* x */ r')).toMatchObject({ kind: 'Print', pos: { line: 2 } });
  });
  it('an unterminated comment is 2705 on the line where it starts', () => {
    const e = fail('print r\n/* open\n');
    expect(e.code).toBe(2705);
    expect(e.message).toBe('line 2, unterminated comment');
  });
});

describe('numbers', () => {
  it('integers up to 2^31-1 are IntConst, larger ones FloatConst', () => {
    expect(tokenize('2147483647 2147483648').map((t) => t.tokenType.name)).toEqual(['IntLit', 'FloatLit']);
  });
  it('floats: digits.digits, .digits, digits., exponents', () => {
    expect(tokenize('1.5 .25 3. 1e2 1E+2 1.5e-1').map((t) => t.payload)).toEqual([1.5, 0.25, 3, 100, 100, 0.15]);
    expect(tokenize('3.').map((t) => t.tokenType.name)).toEqual(['FloatLit']);
  });
  it('an exponent without digits is 2707, a bad floating constant', () => {
    expect(fail('retrieve (x = 1e)').format()).toBe('2707: line 1, bad floating constant: 1e');
    expect(fail('retrieve (x = 2.5E+ 3)').message).toBe('line 1, bad floating constant: 2.5E+');
    expect(fail('retrieve (x = 1)\nwhere x.a = .5e-x').message).toBe(
      'line 2, bad floating constant: .5e-');
    // the e belongs to the number, as in INGRES's scanner: 1ex is not 1 followed by ex
    expect(fail('retrieve (x = 1ex)').code).toBe(2707);
  });
  it('a number too large for f8 is 2710', () => {
    expect(fail(`retrieve (x = 1e999)`).code).toBe(2710);
    expect(fail(`retrieve (x = ${'9'.repeat(400)})`).code).toBe(2710);
  });
});

describe('operators and illegal characters', () => {
  it('scans every operator', () => {
    expect(tokenize(', ( ) . : ; + - * / ** < <= > >= = != is').map((t) => t.tokenType.name)).toEqual([
      'Comma', 'LParen', 'RParen', 'Dot', 'Colon', 'Semicolon', 'Plus', 'Minus', 'Star', 'Slash',
      'Power', 'Lt', 'Le', 'Gt', 'Ge', 'Eq', 'Ne', 'Eq',
    ]);
  });
  it('punctuation that is no operator is 2702 (INGRES BADOP) with its line', () => {
    const e = fail('print r\nprint #');
    expect(e.code).toBe(2702);
    expect(e.format()).toBe("2702: line 2, invalid operator '#'");
    expect(fail('print r !').message).toBe("line 1, invalid operator '!'");
    expect(fail('retrieve (x = 1 ! = 2)').code).toBe(2702);
    for (const ch of '#$%&\'?@[\\]^`{|}~') expect(fail(`print r ${ch}`).code).toBe(2702);
    expect(one('retrieve (x = 1) where x.a != 2').kind).toBe('Retrieve');
  });
  it('any other character outside a string is 2709 with its line', () => {
    expect(fail('print \u0000').message).toBe("line 1, illegal character '\\000'");
    expect(fail('print \u0007').code).toBe(2709);
    expect(fail('print r\n\nprint é').format()).toBe("2709: line 3, illegal character 'é'");
  });
  it('nesting deeper than 100 is 2712, not a crash', () => {
    expect(fail(`retrieve (x = ${'('.repeat(120)}1${')'.repeat(120)})`).code).toBe(2712);
    expect(fail(`retrieve (x = ${'-'.repeat(150)}1)`).code).toBe(2712);
    expect(fail(`retrieve (x = 1) where ${'not '.repeat(150)} a.b = 1`).code).toBe(2712);
    expect(one(`retrieve (x = ${'('.repeat(60)}1${')'.repeat(60)})`).kind).toBe('Retrieve');
  });
});
