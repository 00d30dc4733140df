/*
 * distinct-rows.ts — rows without duplicates under compareValues (blank-insensitive chars),
 * the first of equal rows kept, in first-seen order: a 32-bit hash per row in a RecordTable,
 * exact comparison only when hashes are equal. For `retrieve unique` (dml.ts) and the runs
 * of an external sort (external-sort.ts).
 */
import { compareValues } from '../types/index.js';
import type { Value } from '../types/value.js';
import { RecordTable } from './record-table.js';

/**
 * Rows without duplicates (equal under compareValues), in first-seen order: a numeric hash
 * per row in a RecordTable, exact comparison when hashes are equal.
 */
export class DistinctRows {
  readonly rows: Value[][] = [];
  private readonly table = new RecordTable();
  /** the row being added, for `sameAsCandidate` (one bound function, no closure per row) */
  private candidate: readonly Value[] = [];
  private readonly sameAsCandidate = (number: number): boolean => sameRow(this.rows[number]!, this.candidate);

  /** keeps a copy of `values` unless an equal row is kept already (true: kept) */
  add(values: readonly Value[]): boolean {
    this.candidate = values;
    if (!this.table.add(rowHash(values), this.sameAsCandidate)) return false;
    this.rows.push(values.slice());
    return true;
  }
}

/** A 32-bit hash equal for rows that compareValues finds equal (blanks in chars skipped). */
export function rowHash(values: readonly Value[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    if (typeof v === 'number') {
      const whole = v | 0;
      h = Math.imul(h ^ whole, 16777619);
      if (whole !== v) h = Math.imul(h ^ ((v * 4294967296) | 0), 16777619);
    } else {
      h = Math.imul(h ^ 0x5f, 16777619);
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c === 32 || c === 0) continue;
        h = Math.imul(h ^ c, 16777619);
      }
    }
  }
  return h;
}

export function sameRow(a: readonly Value[], b: readonly Value[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x !== 'string' || typeof y !== 'string' || compareValues(x, y) !== 0) return false;
  }
  return true;
}
