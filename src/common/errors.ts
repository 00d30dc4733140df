/*
 * errors.ts — the one error class users ever see, and how it prints.
 * Every user-visible failure is an IngresError carrying a number from error-codes.ts;
 * it prints as "NNNN: message" (INGRES style). Programmer errors use assert() instead
 * and are never turned into an IngresError.
 */
import { ERROR_CODES, type ErrorCode } from './error-codes.js';

export class IngresError extends Error {
  override readonly name = 'IngresError';
  readonly code: number;
  readonly detail: string | undefined;
  readonly hint: string | undefined;
  readonly host: string | undefined;
  readonly retryable: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    options: { detail?: string; hint?: string; host?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.detail = options.detail;
    this.hint = options.hint;
    this.host = options.host;
    this.retryable = ERROR_CODES[code]?.retryable ?? false;
  }

  /** The INGRES rendering: `NNNN: message`, then detail/hint lines when present. */
  format(): string {
    let text = `${this.code}: ${this.message}`;
    if (this.detail !== undefined) text += `\nDETAIL: ${this.detail}`;
    if (this.hint !== undefined) text += `\nHINT: ${this.hint}`;
    return text;
  }
}

/** Build an IngresError from the code table's message template (`%0`, `%1` … substituted). */
export function ingresError(code: ErrorCode, ...args: (string | number)[]): IngresError {
  const entry = ERROR_CODES[code];
  const template = entry?.message ?? 'error';
  const message = template.replace(/%(\d)/g, (_m, index: string) => String(args[Number(index)] ?? ''));
  return new IngresError(code, message);
}

/** Turn anything thrown into an IngresError; unknown failures become 9000 (internal). */
export function toIngresError(error: unknown): IngresError {
  if (error instanceof IngresError) return error;
  const text = error instanceof Error ? error.message : String(error);
  return new IngresError(9000, `internal error: ${text}`, { cause: error });
}

export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

/** Programmer-error check: a failure here is a bug, never a user mistake. */
export function assert(condition: unknown, message = 'assertion failed'): asserts condition {
  if (!condition) throw new AssertionError(message);
}
