/*
 * helpers.ts — shared test helpers for the types/ and copy/ unit tests: run a function
 * and return the numbered IngresError it throws (or fail the test), so every test can
 * assert the exact INGRES error number and its message parameters.
 */
import { expect } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';

/** The IngresError `action` throws; fails the test when it does not throw one. */
export function caught(action: () => unknown): IngresError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(IngresError);
    return error as IngresError;
  }
  expect.fail('expected an IngresError');
}

/** The number of the IngresError `action` throws. */
export function errorCode(action: () => unknown): number {
  return caught(action).code;
}
