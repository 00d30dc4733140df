/*
 * format.ts — copy file formats (QUEL.md §7 copy, dbu/copy.c mapfill/zcheck/dumvalue):
 * i1 i2 i4 f4 f8 binary little-endian; cN fixed text; c0 / c0DELIM variable text; dN and
 * d0DELIM dummy fields. A delimiter is a name (nl tab sp nul null comma colon dash lparen
 * rparen) or any single non-digit character; bare c0/d0 end at a comma, tab or newline.
 */
import { ingresError } from '../common/errors.js';
import { F4, F8, I1, I2, I4 } from '../types/qtype.js';
import type { QType } from '../types/value.js';

/** Longest fixed text or dummy field, in bytes. */
export const COPY_FIELD_LENGTH_MAX = 255;

/** The delimiters of a bare `c0` / `d0`: comma, newline, tab (copy.c `Delimitor`). */
export const DEFAULT_DELIMITERS = ',\n\t';

/** Named delimiters and dummy-domain names (copy.c `Cpdomains`). */
export const DELIMITER_NAMES: ReadonlyMap<string, string> = new Map([
  ['nl', '\n'],
  ['tab', '\t'],
  ['sp', ' '],
  ['nul', '\0'],
  ['null', '\0'],
  ['comma', ','],
  ['colon', ':'],
  ['dash', '-'],
  ['lparen', '('],
  ['rparen', ')'],
]);

export type CopyFormat =
  /** i1 i2 i4 f4 f8: the value in binary, little-endian. */
  | { readonly kind: 'binary'; readonly text: string; readonly type: QType }
  /** cN (length > 0): N bytes of text. c0 (length 0): text up to a delimiter; `delimiter`
   *  null means a bare c0 (any of DEFAULT_DELIMITERS ends it). */
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly length: number;
      readonly delimiter: string | null;
    }
  /** dN: N characters skipped (from) or written (into); d0[DELIM]: skipped up to a
   *  delimiter. */
  | {
      readonly kind: 'dummy';
      readonly text: string;
      readonly length: number;
      readonly delimiter: string | null;
    };

/** The character a delimiter or dummy name stands for; null when it is not one. A single
 *  character stands for itself (digits excepted, they would read as a length). */
export function delimiterValue(name: string): string | null {
  const named = DELIMITER_NAMES.get(name.toLowerCase());
  if (named !== undefined) return named;
  if (name.length === 1 && !(name >= '0' && name <= '9') && name.charCodeAt(0) < 0x80) return name;
  return null;
}

const BINARY: ReadonlyMap<string, QType> = new Map([
  ['i1', I1],
  ['i2', I2],
  ['i4', I4],
  ['f4', F4],
  ['f8', F8],
]);

/**
 * Parse one copy format (`i2`, `c20`, `c0`, `c0nl`, `c0,`, `d1`, `d0tab`…); the first
 * letter is case-insensitive, a delimiter character is kept as typed. Bad → 5802.
 */
export function parseCopyFormat(text: string, domain = ''): CopyFormat {
  const bad = () => ingresError(5802, domain, text);
  if (text.length < 2) throw bad();
  const letter = (text[0] as string).toLowerCase();
  const rest = text.slice(1);
  if (letter === 'i' || letter === 'f') {
    const type = BINARY.get(letter + rest);
    if (type === undefined) throw bad();
    return { kind: 'binary', text, type };
  }
  if (letter !== 'c' && letter !== 'd') throw bad();
  const kind = letter === 'c' ? 'text' : 'dummy';
  const digits = /^\d+/.exec(rest)?.[0] ?? '';
  if (digits === '') throw bad();
  const tail = rest.slice(digits.length);
  const length = Number(digits);
  if (tail !== '') {
    // Only a zero-length field carries a delimiter: c0nl, c00comma, d0tab.
    if (length !== 0) throw bad();
    // The manual allows the delimiter in quotes: c0"Z", c0"%".
    const quoted = tail.length >= 3 && tail.startsWith('"') && tail.endsWith('"');
    const delimiter = delimiterValue(quoted ? tail.slice(1, -1) : tail);
    if (delimiter === null) throw bad();
    return { kind, text, length: 0, delimiter };
  }
  if (length > COPY_FIELD_LENGTH_MAX) throw bad();
  return { kind, text, length, delimiter: null };
}

/** The format name of a relation domain in `copy R () ...` (bulk copy in relation formats):
 *  numbers binary, chars fixed cN. */
export function relationCopyFormat(type: QType): CopyFormat {
  const text = `${type.kind}${type.length}`;
  if (type.kind === 'c') return { kind: 'text', text, length: type.length, delimiter: null };
  return { kind: 'binary', text, type };
}
