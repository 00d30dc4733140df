/*
 * golden-output.ts — turns session results into the text the monitor prints in -s mode,
 * and normalises monitor text for comparison: empty lines dropped, error lines cut to
 * their number, and (rowsort) the data rows of every table block sorted. Shared by the
 * golden harness and the PostgreSQL twin checker's TypeScript users.
 */
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { DEFAULT_FORMAT_OPTIONS, formatTable } from '../../src/types/index.js';

/** The -s monitor text of one buffer's results (errors as their first line only). */
export function renderResults(results: readonly StatementResult[]): string[] {
  const out: string[] = [];
  for (const result of results) {
    switch (result.kind) {
      case 'rows': {
        const text = formatTable(result.title, result.columns, result.rows, DEFAULT_FORMAT_OPTIONS);
        out.push(...text.split('\n'));
        break;
      }
      case 'text':
        out.push(...result.text.split('\n'));
        break;
      case 'error': {
        const first = result.error.message.split('\n')[0] ?? '';
        out.push(`${result.error.code}: ${first}`);
        break;
      }
      case 'done':
        break;
    }
  }
  return out;
}

const RULE = /^\|-+\|$/;
const ERROR_LINE = /^(\d{4}):/;

/**
 * Normalise monitor lines for comparison: drop empty lines and trailing carriage returns,
 * reduce `NNNN: message` to `NNNN:` (messages are ours; numbers are INGRES's), and with
 * `rowsort` sort the data rows between each table's two closing rules.
 */
export function normalizeLines(lines: readonly string[], rowsort: boolean): string[] {
  const kept = lines
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '')
    .map((l) => {
      const m = ERROR_LINE.exec(l);
      return m ? `${m[1]}:` : l;
    });
  if (!rowsort) return kept;
  const out: string[] = [];
  let rows: string[] | null = null;
  for (const line of kept) {
    if (rows === null) {
      out.push(line);
      if (RULE.test(line)) rows = [];
    } else if (RULE.test(line)) {
      rows.sort();
      out.push(...rows, line);
      rows = null;
    } else {
      rows.push(line);
    }
  }
  if (rows !== null) out.push(...rows.sort());
  return out;
}

/** `contains` mode: every expected line occurs in `actual`, in the same order. */
export function containsInOrder(actual: readonly string[], expected: readonly string[]): boolean {
  let at = 0;
  for (const want of expected) {
    while (at < actual.length && actual[at] !== want) at++;
    if (at >= actual.length) return false;
    at++;
  }
  return true;
}
