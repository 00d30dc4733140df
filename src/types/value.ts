/*
 * value.ts — the contract of types/: the value and type shapes the executor, storage and
 * monitor code against, plus (re-exported from the implementation files) every function
 * the lead's stub declared. qtype.ts formats and result types, arith.ts arithmetic and
 * assignment, collation.ts the one order, pattern.ts comparisons, functions.ts scalar
 * functions, format.ts the monitor's layout.
 */

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
export interface FloatFormat {
  readonly style: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | 'N';
  readonly width: number;
  readonly precision: number;
}

export {
  I1, I2, I4, F4, F8, CHAR_LENGTH_MAX, INT_RANGE, charType, parseFormat, formatName, isNumeric,
  sameType, intConstType, arithResultType, numericResultType,
} from './qtype.js';
export {
  arith, negate, coerce, convertNumber, checkIntOverflow, checkFloat, trimTrailingBlanks, fitChar,
} from './arith.js';
export {
  compareValues, compareRows, compareChars, compareCodePoints, collationKey, hashKey, stripBlanks,
} from './collation.js';
export { compare, hasPattern, unescapeString, matchPattern } from './pattern.js';
export {
  functionResultType, callFunction, parseNumberText, logGamma, concatChars, isScalarFunction,
  SCALAR_FUNCTIONS,
} from './functions.js';
export {
  DEFAULT_FORMAT_OPTIONS, HEADER_NAME_MAX, columnWidth, formatValue, formatFloat, valueText,
  formatHeader, formatRule, formatRow, rowFormatter, formatTable, formatTableHead, printTitle, applyFormatFlag,
} from './format.js';
export type { TableColumn } from './format.js';
