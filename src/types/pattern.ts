/*
 * pattern.ts — QUEL comparisons with INGRES pattern matching (ovqp/string.c lexcomp):
 * `*` any string, `?` one non-blank char, `[..]` a class with ranges `[A-J]`, `\` makes
 * the next pattern character literal. Blanks and NULs are ignored on both sides, as in
 * plain char comparison ("Ross,Stanley" = "R o s s, Stanley"). Compiled patterns are cached.
 */
import type { CompareOp } from '../parser/ast.js';
import { compareChars, compareValues } from './collation.js';
import type { Value } from './value.js';

/** Characters a backslash can protect in a string constant. */
const PATTERN_CHARS = new Set(['*', '?', '[', ']']);

type Token =
  | { readonly kind: 'any' }
  | { readonly kind: 'one' }
  | { readonly kind: 'char'; readonly code: number }
  | { readonly kind: 'class'; readonly ranges: readonly (readonly [number, number])[] };

interface CompiledPattern {
  readonly tokens: readonly Token[];
  /** The literal text before the first pattern character (for ordering comparisons). */
  readonly prefix: string;
}

const PATTERN_CACHE_MAX = 512;
const patternCache = new Map<string, CompiledPattern>();

function isIgnored(code: number): boolean {
  return code === 0x20 || code === 0x00;
}

/** Does this string constant contain unescaped pattern characters? */
export function hasPattern(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '*' || char === '?' || char === '[') return true;
  }
  return false;
}

/** Remove the escaping backslashes (before * ? [ ]) of a string constant used as a plain
 *  value; other backslashes are literal characters. */
export function unescapeString(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    const next = text[index + 1];
    if (char === '\\' && next !== undefined && PATTERN_CHARS.has(next)) {
      out += next;
      index++;
    } else {
      out += char;
    }
  }
  return out;
}

/** Parse a `[...]` class starting after the `[` at code-point index `start`; null when there
 *  is no closing `]` (the `[` is then literal). Returns the class and the index after `]`. */
function parseClass(
  points: readonly number[],
  start: number,
): { token: Token; next: number } | null {
  const ranges: [number, number][] = [];
  let index = start;
  while (index < points.length) {
    let code = points[index] as number;
    if (code === 0x5d /* ] */) return { token: { kind: 'class', ranges }, next: index + 1 };
    if (code === 0x5c /* \ */ && index + 1 < points.length) {
      index++;
      code = points[index] as number;
    } else if (isIgnored(code)) {
      index++;
      continue;
    }
    const dash = points[index + 1];
    const high = points[index + 2];
    if (dash === 0x2d && high !== undefined && high !== 0x5d) {
      let last = high;
      let skip = 3;
      if (high === 0x5c && points[index + 3] !== undefined) {
        last = points[index + 3] as number;
        skip = 4;
      }
      ranges.push([code, last]);
      index += skip;
    } else {
      ranges.push([code, code]);
      index++;
    }
  }
  return null;
}

function toCodePoints(text: string): number[] {
  const points: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index) as number;
    if (code > 0xffff) index++;
    points.push(code);
  }
  return points;
}

function compilePattern(pattern: string): CompiledPattern {
  const cached = patternCache.get(pattern);
  if (cached !== undefined) return cached;
  const points = toCodePoints(pattern);
  const tokens: Token[] = [];
  let prefix = '';
  let literal = true;
  for (let index = 0; index < points.length; ) {
    const code = points[index] as number;
    if (isIgnored(code)) {
      index++;
      continue;
    }
    let token: Token;
    if (code === 0x5c /* \ */ && index + 1 < points.length) {
      token = { kind: 'char', code: points[index + 1] as number };
      index += 2;
    } else if (code === 0x2a /* * */) {
      token = { kind: 'any' };
      index++;
    } else if (code === 0x3f /* ? */) {
      token = { kind: 'one' };
      index++;
    } else if (code === 0x5b /* [ */) {
      const parsed = parseClass(points, index + 1);
      if (parsed === null) {
        token = { kind: 'char', code };
        index++;
      } else {
        token = parsed.token;
        index = parsed.next;
      }
    } else {
      token = { kind: 'char', code };
      index++;
    }
    if (token.kind !== 'char') literal = false;
    else if (literal) prefix += String.fromCodePoint(token.code);
    // Consecutive stars are one star.
    const previous = tokens[tokens.length - 1];
    if (!(token.kind === 'any' && previous?.kind === 'any')) tokens.push(token);
  }
  const compiled: CompiledPattern = { tokens, prefix };
  if (patternCache.size >= PATTERN_CACHE_MAX) patternCache.clear();
  patternCache.set(pattern, compiled);
  return compiled;
}

function tokenMatches(token: Token, code: number): boolean {
  switch (token.kind) {
    case 'one':
      return true;
    case 'char':
      return token.code === code;
    case 'class':
      for (const [low, high] of token.ranges) if (code >= low && code <= high) return true;
      return false;
    case 'any':
      return false;
  }
}

/**
 * Glob matching over the subject string itself (no copy): blanks and NULs are skipped,
 * code points are read across surrogate pairs; single-star backtracking keeps it
 * O(n·m) in the worst case, without recursion.
 */
function matchTokens(subject: string, tokens: readonly Token[]): boolean {
  const length = subject.length;
  let p = 0;
  let t = 0;
  let starToken = -1;
  let starPoint = 0;
  for (;;) {
    while (p < length && isIgnored(subject.charCodeAt(p))) p++;
    if (p >= length) break;
    const token = tokens[t];
    if (token !== undefined && token.kind === 'any') {
      starToken = t++;
      starPoint = p;
      continue;
    }
    const code = subject.codePointAt(p) as number;
    if (token !== undefined && tokenMatches(token, code)) {
      t++;
      p += code > 0xffff ? 2 : 1;
    } else if (starToken >= 0) {
      // Let the last star swallow one more character (starPoint is never a blank).
      t = starToken + 1;
      const swallowed = subject.codePointAt(starPoint) as number;
      starPoint += swallowed > 0xffff ? 2 : 1;
      p = starPoint;
    } else {
      return false;
    }
  }
  while (t < tokens.length && tokens[t]?.kind === 'any') t++;
  return t === tokens.length;
}

/** INGRES pattern match: * any string, ? one non-blank char, [a-z] class, \ escapes;
 *  blanks in the subject are ignored like in comparison. */
export function matchPattern(subject: string, pattern: string): boolean {
  return matchTokens(subject, compilePattern(pattern).tokens);
}

function applyOrder(op: CompareOp, order: number): boolean {
  switch (op) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

/** Order of a subject against a pattern: 0 when it matches; otherwise the order of the
 *  subject against the pattern's literal prefix (a subject equal to it sorts first). */
function orderAgainstPattern(subject: string, pattern: string): number {
  const compiled = compilePattern(pattern);
  if (matchTokens(subject, compiled.tokens)) return 0;
  const order = compareChars(subject, compiled.prefix);
  return order === 0 ? -1 : order;
}

/** Evaluate a comparison; string sides may carry pattern characters (* ? [..]) when
 *  `patternSide` says which side was a string constant with unescaped pattern characters. */
export function compare(
  op: CompareOp,
  a: Value,
  b: Value,
  patternSide: 'left' | 'right' | null,
): boolean {
  if (patternSide === null || typeof a !== 'string' || typeof b !== 'string') {
    return applyOrder(op, compareValues(a, b));
  }
  if (patternSide === 'right') return applyOrder(op, orderAgainstPattern(a, b));
  return applyOrder(op, -orderAgainstPattern(b, a));
}
