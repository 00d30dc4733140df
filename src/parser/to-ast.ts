/*
 * to-ast.ts — small builders the grammar's embedded actions call to make AST nodes
 * (src/parser/ast.ts): positions, constants, sort orders, months, copy formats, times.
 * The grammar (grammar/quel-parser.ts) builds the tree directly while parsing; there is no
 * separate CST pass (faster, and the benchmarks parse many small statements).
 */
import type { IToken } from 'chevrotain';
import type { Expr, Pos, SortOrder } from './ast.js';

/** Position of a token (1-based line and column). */
export function posOf(token: IToken): Pos {
  return { line: token.startLine ?? 1, column: token.startColumn ?? 1 };
}

/** The token's payload: folded name, resolved string, or number (see grammar/lexer.ts). */
export function nameOf(token: IToken): string {
  return token.payload as string;
}

export function numberOf(token: IToken): number {
  return token.payload as number;
}

const SORT_ORDERS: ReadonlyMap<string, SortOrder> = new Map<string, SortOrder>([
  ['ascending', 'ascending'], ['asc', 'ascending'], ['a', 'ascending'],
  ['descending', 'descending'], ['desc', 'descending'], ['d', 'descending'],
]);

/** `:ascending` `:asc` `:a` / `:descending` `:desc` `:d`; null when the word is none of them. */
export function sortOrderOf(word: string): SortOrder | null {
  return SORT_ORDERS.get(word) ?? null;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month name (full, or any prefix of at least 3 letters) → 1..12; null if not a month. */
export function monthOf(word: string): number | null {
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(word));
  return index < 0 ? null : index + 1;
}

/**
 * A format as written (create and copy): names are already lower case; a quoted format
 * like "C0&" has only its leading letter folded so the delimiter keeps its case.
 */
export function formatOf(text: string, quoted: boolean): string {
  if (!quoted || typeof text !== 'string') return text; // (placeholder while recording)
  return text.replace(/^[A-Za-z]/, (c) => c.toLowerCase());
}

/** `HH:MM` as written in define permit (`8:00`, `17:30`). */
export function timeOf(hours: IToken, minutes: IToken): string {
  return `${hours.image}:${minutes.image}`;
}

/** The start position of any expression node. */
export function exprPos(e: Expr): Pos {
  return e.pos;
}
