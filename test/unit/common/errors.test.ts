/*
 * errors.test.ts — the error table and its rendering: numbered INGRES-style text, the
 * generated docs/ERRORS.md kept current, parameters substituted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { IngresError, ingresError, toIngresError } from '../../../src/common/errors.js';
import { ERROR_CODES } from '../../../src/common/error-codes.js';
import { renderErrorsMarkdown } from '../../../scripts/gen-errors.js';

describe('errors', () => {
  test('format is NNNN: message with parameters substituted', () => {
    expect(ingresError(2109, 3, 'x').format()).toBe("2109: line 3, Variable 'x' not declared in RANGE statement");
  });
  test('unknown throwables become numbered internal errors', () => {
    const error = toIngresError(new TypeError('boom'));
    expect(error).toBeInstanceOf(IngresError);
    expect(error.format()).toMatch(/^9000: internal error: boom$/);
  });
  test('deadlock is retryable, syntax errors are not', () => {
    expect(ingresError(6001).retryable).toBe(true);
    expect(ingresError(2500, 1, 'x', '').retryable).toBe(false);
  });
  test('every code is a four digit number with a message', () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[1-9]\d{3}$/);
      expect(entry.message.length).toBeGreaterThan(0);
    }
  });
  test('docs/ERRORS.md is generated from the table and current', () => {
    const committed = readFileSync(new URL('../../../docs/ERRORS.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderErrorsMarkdown());
  });
});
