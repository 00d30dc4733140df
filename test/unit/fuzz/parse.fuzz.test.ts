/*
 * parse.fuzz.test.ts — the lexer and parser on random bytes, grammar-shaped garbage and
 * mutated valid statements: parse() returns statements or throws an IngresError with an
 * INGRES number (never 9000, which means a JavaScript exception was caught and wrapped,
 * and never any other kind of exception). Bounded runs; fast-check prints the seed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { parse } from '../../../src/parser/index.js';
import { binaryText, grammarGarbage, mutatedStatement } from './quel-arbitraries.js';

/** parse() must either succeed or fail with a numbered, non-internal IngresError. */
function parsesOrNumberedError(text: string): void {
  let thrown: unknown = null;
  try {
    const statements = parse(text);
    expect(Array.isArray(statements)).toBe(true);
  } catch (error) {
    thrown = error;
  }
  if (thrown === null) return;
  if (!(thrown instanceof IngresError)) {
    throw new Error(`parse threw a ${Object.prototype.toString.call(thrown)}: ${String(thrown)}\ninput: ${JSON.stringify(text)}`);
  }
  expect(Number.isInteger(thrown.code)).toBe(true);
  expect(thrown.code, `internal error for ${JSON.stringify(text)}: ${thrown.message}`).not.toBe(9000);
  expect(thrown.code >= 2000 && thrown.code < 3000, `code ${thrown.code} for ${JSON.stringify(text)}`).toBe(true);
}

describe('parse never crashes', () => {
  test('random bytes', () => {
    fc.assert(fc.property(binaryText, (text) => parsesOrNumberedError(text)), { numRuns: 400 });
  });

  test('grammar-shaped garbage', () => {
    fc.assert(fc.property(grammarGarbage, (text) => parsesOrNumberedError(text)), { numRuns: 600 });
  });

  test('mutated valid statements', () => {
    fc.assert(fc.property(mutatedStatement, (text) => parsesOrNumberedError(text)), { numRuns: 400 });
  });

  test('deep nesting and long input', () => {
    for (const text of [
      `retrieve (x = ${'('.repeat(5000)}1${')'.repeat(5000)})`,
      `retrieve (x = ${'-'.repeat(20000)}1)`,
      `retrieve (x = 1${' + 1'.repeat(20000)})`,
      `range of e is employee retrieve (e.name) where ${'not '.repeat(5000)}e.salary > 1`,
      '('.repeat(100000),
      '"'.repeat(10001),
      '/*'.repeat(10000),
      'retrieve'.repeat(10000),
    ]) {
      parsesOrNumberedError(text);
    }
  });

  test('the fixed cases of each lexical error carry their INGRES numbers', () => {
    const cases: [string, number][] = [
      ['retrieve (x = "abc)', 2700],
      ['retrieve (x = 1) /* open', 2705],
      ['range of abcdefghijklm is parts', 2703],
      ['retrieve (e.name', 2500],
    ];
    for (const [text, code] of cases) {
      let caught: unknown = null;
      try {
        parse(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(IngresError);
      expect((caught as IngresError).code, text).toBe(code);
    }
  });
});
