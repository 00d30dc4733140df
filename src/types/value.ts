/*
 * value.ts — CONTRACT STUB written by the lead: the signatures the executor codes
 * against. The types/ owner replaces every body (and may split this into several
 * files re-exported from index.ts) but keeps these names and signatures.
 */
import type { ArithOp, CompareOp } from '../parser/ast.js';

/** i → JS integer number; f → JS number (f4 values are Math.fround-ed); c → JS string with
 *  trailing blanks stripped (the canonical form; output pads to the column width). */
export type Value = number | string;
export type TypeKind = 'i' | 'f' | 'c';
/** i1 i2 i4 (length 1/2/4), f4 f8, c1..c255 */
export interface QType { readonly kind: TypeKind; readonly length: number }

export interface FormatOptions {
  /** -cN: minimum char column width (default 6) */
  readonly charWidthMin: number;
  /** -i1N/-i2N/-i4N (defaults 6, 6, 13) */
  readonly intWidth: { readonly 1: number; readonly 2: number; readonly 4: number };
  /** -f4xM.N / -f8xM.N (defaults n10.3) */
  readonly floatFormat: { readonly 4: FloatFormat; readonly 8: FloatFormat };
  /** -vX column separator (default '|') */
  readonly separator: string;
}
export interface FloatFormat { readonly style: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | 'N'; readonly width: number; readonly precision: number }

export declare const I1: QType, I2: QType, I4: QType, F4: QType, F8: QType;
export declare const DEFAULT_FORMAT_OPTIONS: FormatOptions;
export declare function charType(length: number): QType;
/** 'i2' → I2, 'c20' → c20; null when not a storage format */
export declare function parseFormat(text: string): QType | null;
/** I2 → 'i2' */
export declare function formatName(type: QType): string;
/** Type of an integer constant per the INGRES scanner: ≤32767 i2, ≤2^31-1 i4, else f8. */
export declare function intConstType(value: number): QType;
/** Result type of `left op right`; throws IngresError 2129 for chars (line in the message). */
export declare function arithResultType(op: ArithOp, left: QType, right: QType, line: number): QType;
/** Compute `a op b` already converted to `result`; integer overflow → 4100, /0 → 4101. */
export declare function arith(op: ArithOp, a: Value, b: Value, result: QType): Value;
export declare function negate(a: Value, type: QType): Value;
/** Convert for assignment into a domain: numeric↔numeric (float→int truncates, range-checked
 *  → 4112), char→char (truncate to length, strip trailing blanks); char↔numeric → 2103. */
export declare function coerce(value: Value, from: QType, to: QType, line: number): Value;
/** Total order used by sort/unique/joins AND storage keys. Chars ignore all blanks/NULs and
 *  compare by code point; numbers numerically; -0 = 0. Never mixes char and number. */
export declare function compareValues(a: Value, b: Value): number;
/** The storage-key form of a value (chars: blanks removed; -0 → 0), so that lmdb key order
 *  equals compareValues order. */
export declare function collationKey(value: Value): Value;
/** Evaluate a comparison; string sides may carry pattern characters (* ? [..]) when
 *  `patterns` says which sides were string constants with unescaped pattern characters. */
export declare function compare(op: CompareOp, a: Value, b: Value, patternSide: 'left' | 'right' | null): boolean;
/** Does this string constant contain unescaped pattern characters? */
export declare function hasPattern(text: string): boolean;
/** Remove the escaping backslashes of a string constant used as a plain value. */
export declare function unescapeString(text: string): string;
/** INGRES pattern match: * any string, ? one non-blank char, [a-z] class, \ escapes;
 *  blanks in the subject are ignored like in comparison. */
export declare function matchPattern(subject: string, pattern: string): boolean;
/** Result type of scalar function `name` for argument types (2119, 2121, 2127 errors). */
export declare function functionResultType(name: string, args: readonly QType[], line: number): QType;
export declare function callFunction(name: string, args: readonly Value[], argTypes: readonly QType[], result: QType): Value;
/** Column width for a type under the options (i1/i2 6, i4 13, f 10, c max(len, 6)). */
export declare function columnWidth(type: QType, options: FormatOptions): number;
/** One field's text, exactly `columnWidth` characters: numbers right-justified, overflow
 *  → '*' × width, floats n10.3 style; chars left-justified and blank padded. */
export declare function formatValue(value: Value, type: QType, options: FormatOptions): string;
