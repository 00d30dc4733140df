/*
 * pattern.test.ts — INGRES pattern matching (* ? [..] with ranges, \ escapes, blanks
 * ignored like in comparison) and compare() with pattern sides, using the tutorial's
 * examples against demo-style names.
 */
import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  compare, compareValues, hasPattern, matchPattern, unescapeString,
} from '../../../src/types/index.js';

const employees = [
  'Ross, Stanley', 'Ross, Stuart', 'Smith, Paul', 'Jones, Tim', 'Brunet, Paul', 'Clark, Dave',
  'Evans, Michael', 'Feldman, Paul', 'Gimble, Roy', 'Edwards, Peter', 'Thompson, Bob',
];

describe('matchPattern', () => {
  test('tutorial patterns', () => {
    const ross = employees.filter((name) => matchPattern(name, 'Ross, S*'));
    expect(ross).toEqual(['Ross, Stanley', 'Ross, Stuart']);
    expect(employees.filter((name) => matchPattern(name, '*,Paul*'))).toEqual([
      'Smith, Paul', 'Brunet, Paul', 'Feldman, Paul',
    ]);
    const bToF = employees.filter((name) => matchPattern(name, '[B-F]*'));
    expect(bToF).toEqual([
      'Brunet, Paul', 'Clark, Dave', 'Evans, Michael', 'Feldman, Paul', 'Edwards, Peter',
    ]);
    // The tutorial's equivalent range query.
    const between = (name: string) => compareValues(name, 'B') > 0 && compareValues(name, 'G') < 0;
    const range = employees.filter(between);
    expect(range).toEqual(bToF);
  });
  test('blanks are ignored in subject and pattern', () => {
    expect(matchPattern('R o s s, Stanley', 'Ross,Stanley')).toBe(true);
    expect(matchPattern('Ross,Stanley', 'R o s s, S*')).toBe(true);
    expect(matchPattern('ab', 'a b')).toBe(true);
  });
  test('? is one non-blank character', () => {
    expect(matchPattern('abc', 'a?c')).toBe(true);
    expect(matchPattern('a c', 'a?c')).toBe(false);
    expect(matchPattern('a c', 'a?')).toBe(true);
    expect(matchPattern('ac', 'a?c')).toBe(false);
    expect(matchPattern('a\u{1F600}c', 'a?c')).toBe(true);
  });
  test('* matches any string including the empty one', () => {
    expect(matchPattern('', '*')).toBe(true);
    expect(matchPattern('abc', 'abc*')).toBe(true);
    expect(matchPattern('abc', '*abc')).toBe(true);
    expect(matchPattern('abc', 'a**c')).toBe(true);
    expect(matchPattern('abcabd', '*ab?')).toBe(true);
    expect(matchPattern('abcabd', '*abc')).toBe(false);
    expect(matchPattern('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*c')).toBe(false);
  });
  test('character classes with ranges and single characters', () => {
    expect(matchPattern('b7', '[abc][0-9]')).toBe(true);
    expect(matchPattern('d7', '[abc][0-9]')).toBe(false);
    expect(matchPattern('x', '[a-cx-z]')).toBe(true);
    expect(matchPattern('-', '[-a]')).toBe(true);
    expect(matchPattern(']', '[\\]]')).toBe(true);
    expect(matchPattern('[a', '[a')).toBe(true); // an unterminated [ is literal
  });
  test('backslash makes pattern characters literal', () => {
    expect(matchPattern('a*b', 'a\\*b')).toBe(true);
    expect(matchPattern('axb', 'a\\*b')).toBe(false);
    expect(matchPattern('what?', 'what\\?')).toBe(true);
    expect(matchPattern('whats', 'what\\?')).toBe(false);
    expect(matchPattern('[x]', '\\[x]')).toBe(true);
  });
  // Reference: the same pattern as a regular expression over the blank-free subject.
  const patternPiece = fc.constantFrom(
    'a', 'b', ' ', '*', '?', '[a-b]', '[b😀]', '\\*', '\\?', '😀', '*a', '?b',
  );
  const subjectPiece = fc.constantFrom('a', 'b', ' ', '\0', '*', '?', '😀', 'ab', 'ba');
  const toRegExp = (pieces: readonly string[]): RegExp => {
    const body = pieces
      .map((piece) => {
        const tokens: string[] = [];
        for (let index = 0; index < piece.length; index++) {
          const char = piece[index] as string;
          if (char === ' ') continue;
          if (char === '\\') tokens.push(`\\${piece[++index] as string}`);
          else if (char === '*') tokens.push('.*');
          else if (char === '?') tokens.push('.');
          else if (char === '[') {
            const close = piece.indexOf(']', index);
            tokens.push(piece.slice(index, close + 1));
            index = close;
          } else tokens.push(char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        }
        return tokens.join('');
      })
      .join('');
    return new RegExp(`^${body}$`, 'su');
  };
  const subjects = fc.array(subjectPiece, { maxLength: 8 });
  const patterns = fc.array(patternPiece, { maxLength: 6 });
  propertyTest.prop([subjects, patterns], { numRuns: 3000 })(
    'agrees with a regular-expression reference',
    (subjectPieces, patternPieces) => {
      const subject = subjectPieces.join('');
      const stripped = subject.replace(/[ \0]/g, '');
      const expected = toRegExp(patternPieces).test(stripped);
      expect(matchPattern(subject, patternPieces.join(''))).toBe(expected);
    },
  );
  propertyTest.prop([fc.string({ maxLength: 12 })])('a plain string matches itself', (text) => {
    const plain = text.replace(/[*?[\]\\]/g, '');
    expect(matchPattern(plain, plain)).toBe(true);
    expect(matchPattern(plain, '*')).toBe(true);
  });
});

describe('hasPattern and unescapeString', () => {
  test('unescaped * ? [ make a pattern', () => {
    expect(hasPattern('Ross*')).toBe(true);
    expect(hasPattern('a?')).toBe(true);
    expect(hasPattern('[A-F]x')).toBe(true);
    expect(hasPattern('plain')).toBe(false);
    expect(hasPattern('a\\*b\\?')).toBe(false);
    expect(hasPattern('a]')).toBe(false);
  });
  test('escaping backslashes before pattern characters are removed', () => {
    expect(unescapeString('a\\*b')).toBe('a*b');
    expect(unescapeString('\\[x\\]\\?')).toBe('[x]?');
    expect(unescapeString('c:\\dir')).toBe('c:\\dir');
    expect(unescapeString('end\\')).toBe('end\\');
  });
});

describe('compare', () => {
  test('without patterns: all six operators on chars and numbers', () => {
    expect(compare('=', 'a b', 'ab', null)).toBe(true);
    expect(compare('!=', 'a', 'b', null)).toBe(true);
    expect(compare('<', 'abc', 'abd', null)).toBe(true);
    expect(compare('<=', 2, 2, null)).toBe(true);
    expect(compare('>', 10, 9.5, null)).toBe(true);
    expect(compare('>=', 'a', 'b', null)).toBe(false);
    expect(compare('=', 'a*', 'abc', null)).toBe(false);
  });
  test('a pattern on either side', () => {
    expect(compare('=', 'Ross, Stanley', 'Ross*', 'right')).toBe(true);
    expect(compare('=', 'Ross*', 'Ross, Stanley', 'left')).toBe(true);
    expect(compare('!=', 'Smith', 'Ross*', 'right')).toBe(true);
    expect(compare('!=', 'Rossi', 'Ross*', 'right')).toBe(false);
  });
  test('ordering against a pattern uses its literal prefix', () => {
    expect(compare('<', 'Adams', 'B*', 'right')).toBe(true);
    expect(compare('<', 'Brown', 'B*', 'right')).toBe(false);
    expect(compare('<=', 'Brown', 'B*', 'right')).toBe(true);
    expect(compare('>', 'Clark', 'B*', 'right')).toBe(true);
    expect(compare('>', 'B*', 'Clark', 'left')).toBe(false);
    expect(compare('<', 'B*', 'Clark', 'left')).toBe(true);
  });
});
