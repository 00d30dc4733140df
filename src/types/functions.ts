/*
 * functions.ts — QUEL's scalar functions: result types (QUEL.md §3–4: abs keeps its type;
 * atan cos exp gamma log sin sqrt → f8; ascii → char of the monitor print width;
 * int1..float8 convert, also from char text; mod on ints; concat on chars) and evaluation
 * with the same error policy as arithmetic (4100 4101 4110 4111 4112).
 */
import { ingresError } from '../common/errors.js';
import {
  checkFloat, checkIntOverflow, convertNumber, fitChar, trimTrailingBlanks,
} from './arith.js';
import { DEFAULT_FORMAT_OPTIONS, columnWidth, valueText } from './format.js';
import { CHAR_LENGTH_MAX, F4, F8, I1, I2, I4, charType, numericResultType } from './qtype.js';
import type { FormatOptions, QType, Value } from './value.js';

/** Functions of one argument returning f8, not applicable to chars. */
const MATH_FUNCTIONS = new Set(['atan', 'cos', 'exp', 'gamma', 'log', 'sin', 'sqrt']);
const CONVERSIONS: ReadonlyMap<string, QType> = new Map([
  ['int1', I1],
  ['int2', I2],
  ['int4', I4],
  ['float4', F4],
  ['float8', F8],
]);
const ARITY: ReadonlyMap<string, number> = new Map([
  ['abs', 1],
  ['ascii', 1],
  ...[...MATH_FUNCTIONS].map((name): [string, number] => [name, 1]),
  ...[...CONVERSIONS.keys()].map((name): [string, number] => [name, 1]),
  ['mod', 2],
  ['concat', 2],
]);

/** Names of every scalar function. */
export const SCALAR_FUNCTIONS: readonly string[] = [...ARITY.keys()];

export function isScalarFunction(name: string): boolean {
  return ARITY.has(name);
}

/** Result type of scalar function `name` for argument types (2119, 2121, 2127 errors). */
export function functionResultType(
  name: string,
  args: readonly QType[],
  line: number,
  options: FormatOptions = DEFAULT_FORMAT_OPTIONS,
): QType {
  const arity = ARITY.get(name);
  if (arity === undefined) throw ingresError(2121, line, name);
  if (args.length !== arity) throw ingresError(4114, line, name, arity);
  const first = args[0] as QType;
  if (name === 'mod') {
    const second = args[1] as QType;
    if (first.kind !== 'i' || second.kind !== 'i') throw ingresError(2119, line);
    return numericResultType(first, second);
  }
  if (name === 'concat') {
    const second = args[1] as QType;
    if (first.kind !== 'c' || second.kind !== 'c') throw ingresError(4113, line, name);
    return charType(Math.min(CHAR_LENGTH_MAX, first.length + second.length));
  }
  const conversion = CONVERSIONS.get(name);
  if (conversion !== undefined) return conversion;
  if (name === 'ascii') {
    return first.kind === 'c' ? first : charType(columnWidth(first, options));
  }
  if (first.kind === 'c') throw ingresError(2127, line, name);
  if (name === 'abs') return first;
  return F8;
}

const NUMBER_TEXT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Number in a char value (blanks around it allowed); bad syntax → 4111. */
export function parseNumberText(text: string): number {
  const trimmed = text.replace(/^[ \t\0]+|[ \t\0]+$/g, '');
  if (!NUMBER_TEXT_RE.test(trimmed)) throw ingresError(4111, text);
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw ingresError(4111, text);
  return value;
}

/** ln|Γ(x)| (Unix gamma(3), which INGRES's gamma() called), Lanczos approximation. */
export function logGamma(x: number): number {
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  if (Number.isInteger(x) && x <= 171) {
    // Exact for small integers: ln((x-1)!), so gamma(1) = gamma(2) = 0 exactly.
    let factorial = 1;
    for (let factor = 2; factor < x; factor++) factorial *= factor;
    return Math.log(factorial);
  }
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx)
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  const z = x - 1;
  let sum = c[0] as number;
  for (let index = 1; index < g + 2; index++) sum += (c[index] as number) / (z + index);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

function numeric(value: Value): number {
  return typeof value === 'number' ? value : parseNumberText(value);
}

function mathFunction(name: string, x: number): number {
  switch (name) {
    case 'atan':
      return Math.atan(x);
    case 'cos':
      return Math.cos(x);
    case 'exp':
      return Math.exp(x);
    case 'gamma':
      return logGamma(x);
    case 'log':
      return x <= 0 ? NaN : Math.log(x);
    case 'sin':
      return Math.sin(x);
    case 'sqrt':
      return x < 0 ? NaN : Math.sqrt(x);
    default:
      throw ingresError(2121, 0, name);
  }
}

/** concat: trailing blanks of a trimmed (never to zero length), b appended, ≤255 chars. */
export function concatChars(a: string, aLength: number, b: string): string {
  let left = trimTrailingBlanks(a);
  if (left === '' && aLength > 0) left = ' ';
  return fitChar(left + b, CHAR_LENGTH_MAX);
}

/** Evaluate scalar function `name`; `result` is what functionResultType returned. */
export function callFunction(
  name: string,
  args: readonly Value[],
  argTypes: readonly QType[],
  result: QType,
  options: FormatOptions = DEFAULT_FORMAT_OPTIONS,
): Value {
  const first = args[0] as Value;
  const firstType = argTypes[0] ?? result;
  switch (name) {
    case 'abs': {
      const x = numeric(first);
      return result.kind === 'i' ? checkIntOverflow(Math.abs(x), result.length) : Math.abs(x);
    }
    case 'ascii': {
      if (typeof first === 'string') return first;
      return fitChar(valueText(first, firstType, options), result.length);
    }
    case 'mod': {
      const x = numeric(first);
      const y = numeric(args[1] as Value);
      if (y === 0) throw ingresError(4101);
      return checkIntOverflow(x % y, result.length);
    }
    case 'concat': {
      const a = typeof first === 'string' ? first : String(first);
      const second = args[1] as Value;
      const b = typeof second === 'string' ? second : String(second);
      return concatChars(a, firstType.length, b);
    }
    default:
      break;
  }
  const conversion = CONVERSIONS.get(name);
  if (conversion !== undefined) return convertNumber(numeric(first), conversion);
  return checkFloat(mathFunction(name, numeric(first)), 8);
}
