/*
 * lexer.ts — the hand-written QUEL scanner (QUEL.md §2). One pass over the text, emitting
 * chevrotain ITokens; every lexical error is an IngresError with its number (INGRES 6.3:
 * 2700 unterminated string, 2701 string too long, 2702 invalid operator, 2703 name too long,
 * 2705 unterminated comment, 2707 bad floating constant, 2708 control character in a string;
 * ours: 2709 illegal character, 2710 number out of range, 2712 nesting too deep).
 * Token payloads: Name → folded name, StringLit → resolved text, Int/FloatLit → number.
 */
import type { IToken, TokenType } from 'chevrotain';
import { ingresError } from '../src/common/errors.js';
import * as T from './tokens.js';

export const NAME_LENGTH_MAX = 12;
export const STRING_LENGTH_MAX = 255;
/** deepest nesting of parentheses, and longest run of prefix operators (+ - not) */
export const NESTING_MAX = 100;
const I4_MAX = 2147483647;

/** A scanned token; `payload` holds the folded name, the string value, or the number. */
export interface QuelToken extends IToken {
  payload: string | number;
}

// character classes, indexed by char code (< 128); a table beats a chain of comparisons
const C_OTHER = 0;
const C_SPACE = 1;
const C_LETTER = 2;
const C_DIGIT = 3;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) CLASS[c] = C_SPACE;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) CLASS[c] = C_LETTER;
  else if (c >= 48 && c <= 57) CLASS[c] = C_DIGIT;
}

function charClass(code: number): number {
  return code < 128 ? (CLASS[code] ?? C_OTHER) : C_OTHER;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Printable rendering of a character for error messages. */
function showChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `\\${code.toString(8).padStart(3, '0')}`;
  return ch;
}

/**
 * Scan `text` into tokens. Throws IngresError on the first lexical error.
 * Lines and columns are 1-based; columns count UTF-16 units.
 */
export function tokenize(text: string): QuelToken[] {
  const tokens: QuelToken[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let parenDepth = 0;
  let prefixRun = 0;

  const push = (type: TokenType, start: number, end: number, payload: string | number,
    startLine: number, startColumn: number): void => {
    if (type === T.Plus || type === T.Minus || type === T.Not) {
      prefixRun++;
      if (prefixRun > NESTING_MAX) throw ingresError(2712, line, NESTING_MAX);
    } else prefixRun = 0;
    tokens.push({
      image: text.slice(start, end),
      startOffset: start,
      endOffset: end - 1,
      startLine,
      startColumn,
      endLine: line,
      endColumn: end - lineStart,
      tokenTypeIdx: type.tokenTypeIdx ?? 0,
      tokenType: type,
      payload,
    });
  };

  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    const column = i - lineStart + 1;
    if (cls === C_SPACE) {
      if (code === 10) {
        line++;
        lineStart = i + 1;
      }
      i++;
      continue;
    }
    if (cls === C_LETTER) {
      const start = i;
      i++;
      while (i < n) {
        const c = charClass(text.charCodeAt(i));
        if (c !== C_LETTER && c !== C_DIGIT) break;
        i++;
      }
      const word = text.slice(start, i).toLowerCase();
      const keyword = T.KEYWORDS.get(word);
      if (keyword !== undefined) {
        push(keyword, start, i, word, line, column);
      } else {
        // (a name of thousands of characters is shown by its start)
        if (word.length > NAME_LENGTH_MAX) throw ingresError(2703, line, word.length > 40 ? `${word.slice(0, 40)}…` : word);
        push(T.Name, start, i, word, line, column);
      }
      continue;
    }
    if (cls === C_DIGIT || (code === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
      i = scanNumber(text, i, line, column, push);
      continue;
    }
    if (code === 34) {
      // string constant
      const start = i;
      const startLine = line;
      i++;
      let value = '';
      let closed = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 34) {
          closed = true;
          i++;
          break;
        }
        if (c === 92) {
          // backslash: \" embeds a quote, \<newline> keeps the newline, else both are kept
          if (i + 1 >= n) {
            i++;
            break;
          }
          const next = text.charCodeAt(i + 1);
          if (next === 34) value += '"';
          else if (next === 10) {
            value += '\n';
            line++;
            lineStart = i + 2;
          } else if (next < 32 && next !== 9 || next === 127) {
            throw ingresError(2708, line);
          } else value += '\\' + text.charAt(i + 1);
          i += 2;
          continue;
        }
        if (c === 13) {
          // a carriage return (CR LF line ends) is dropped like the newline it precedes
          i++;
          continue;
        }
        if (c === 10) {
          // a raw newline inside a string is dropped
          line++;
          lineStart = i + 1;
          i++;
          continue;
        }
        if ((c < 32 && c !== 9) || c === 127) throw ingresError(2708, line);
        value += text.charAt(i);
        i++;
      }
      if (!closed) throw ingresError(2700, startLine);
      if (value.length > STRING_LENGTH_MAX) throw ingresError(2701, startLine);
      prefixRun = 0;
      tokens.push({
        image: text.slice(start, i),
        startOffset: start,
        endOffset: i - 1,
        startLine,
        startColumn: column,
        endLine: line,
        endColumn: i - lineStart,
        tokenTypeIdx: T.StringLit.tokenTypeIdx ?? 0,
        tokenType: T.StringLit,
        payload: value,
      });
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    let type: TokenType | null = null;
    let width = 1;
    switch (code) {
      case 44: type = T.Comma; break;
      case 40: type = T.LParen; break;
      case 41: type = T.RParen; break;
      case 46: type = T.Dot; break;
      case 58: type = T.Colon; break;
      case 59: type = T.Semicolon; break;
      case 43: type = T.Plus; break;
      case 45: type = T.Minus; break;
      case 61: type = T.Eq; break;
      case 42:
        if (next === 42) { type = T.Power; width = 2; } else type = T.Star;
        break;
      case 47:
        if (next === 42) {
          // comment: /* ... */
          const startLine = line;
          const close = text.indexOf('*/', i + 2);
          if (close < 0) throw ingresError(2705, startLine);
          for (let k = i + 2; k < close; k++) {
            if (text.charCodeAt(k) === 10) {
              line++;
              lineStart = k + 1;
            }
          }
          i = close + 2;
          continue;
        }
        type = T.Slash;
        break;
      case 60:
        if (next === 61) { type = T.Le; width = 2; } else type = T.Lt;
        break;
      case 62:
        if (next === 61) { type = T.Ge; width = 2; } else type = T.Gt;
        break;
      case 33:
        if (next === 61) { type = T.Ne; width = 2; }
        break;
      default:
        break;
    }
    if (type === T.LParen) {
      parenDepth++;
      if (parenDepth > NESTING_MAX) throw ingresError(2712, line, NESTING_MAX);
    } else if (type === T.RParen && parenDepth > 0) parenDepth--;
    if (type === null) {
      // printable punctuation was an operator character to INGRES's scanner: 2702
      if (code > 32 && code < 127) throw ingresError(2702, line, text.charAt(i));
      const ch = String.fromCodePoint(text.codePointAt(i) ?? code);
      throw ingresError(2709, line, showChar(ch));
    }
    push(type, i, i + width, text.slice(i, i + width), line, column);
    i += width;
  }
  return tokens;
}

/**
 * Number constants: `digits`, `digits.digits`, `digits.`, `.digits`, each with an optional
 * exponent `e[+-]digits`. Integers ≤ 2^31-1 are IntLit; larger ones and all others FloatLit.
 * An `e` right after the digits belongs to the number (as in INGRES's scanner/number.c), so
 * one without exponent digits (`1e`, `2.5e+`) is 2707, a bad floating constant.
 */
function scanNumber(
  text: string,
  start: number,
  line: number,
  column: number,
  push: (type: TokenType, s: number, e: number, p: number, l: number, c: number) => void,
): number {
  const n = text.length;
  let i = start;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  let isFloat = false;
  if (i < n && text.charCodeAt(i) === 46) {
    isFloat = true;
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  if (i < n && (text.charCodeAt(i) | 32) === 101) {
    let k = i + 1;
    if (k < n && (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45)) k++;
    if (k >= n || !isDigit(text.charCodeAt(k))) {
      throw ingresError(2707, line, text.slice(start, k));
    }
    while (k < n && isDigit(text.charCodeAt(k))) k++;
    isFloat = true;
    i = k;
  }
  const image = text.slice(start, i);
  const value = Number(image);
  if (!Number.isFinite(value)) throw ingresError(2710, line);
  if (!isFloat && value <= I4_MAX) push(T.IntLit, start, i, value, line, column);
  else push(T.FloatLit, start, i, value, line, column);
  return i;
}
