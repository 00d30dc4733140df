/*
 * types/ — QUEL's value types and everything that computes with them: formats, the
 * result-type rules, conversions, arithmetic with overflow checks, the one collation
 * (blank-insensitive chars) shared by executor and storage, pattern matching, scalar
 * functions and the monitor's column formatting. Pure functions, no I/O.
 */
export type { Value, QType, TypeKind, FormatOptions, FloatFormat } from './value.js';
export * from './value.js';
