/*
 * external-sort.ts — `sort by` and `unique` of a retrieve to the monitor whatever its size:
 * rows are sorted in memory-sized runs, each run past the first written to a spool file,
 * and the runs merged (a binary heap over their next rows) into the result's own RowSpool.
 * Stable: equal rows keep their arrival order, so `unique` keeps the first of equal rows.
 */
import { compareValues } from '../types/index.js';
import type { SpooledRows } from '../dbsys/session-api.js';
import type { Value } from '../types/value.js';
import { DistinctRows } from './distinct-rows.js';
import { rowBytes, rowOverhead } from './result-budget.js';
import { spoolMemoryNow, spoolRows } from './row-spool.js';

/** one sort key: a column and its direction */
export interface SortKey {
  readonly index: number;
  readonly descending: boolean;
}

/** compareValues on the keys in order (numbers compared directly) */
export function rowComparator(order: readonly SortKey[]): (a: readonly Value[], b: readonly Value[]) => number {
  const keys = order.map((o) => o.index);
  const signs = order.map((o) => (o.descending ? -1 : 1));
  const count = keys.length;
  return (a, b) => {
    for (let k = 0; k < count; k++) {
      const index = keys[k]!;
      const x = a[index]!;
      const y = b[index]!;
      if (x === y) continue;
      const c = typeof x === 'number' && typeof y === 'number' ? (x < y ? -1 : x > y ? 1 : 0) : compareValues(x, y);
      if (c !== 0) return c * signs[k]!;
    }
    return 0;
  };
}

/** A run being merged: its current chunk of rows and where the next chunk comes from. */
interface Run {
  rows: Value[][];
  at: number;
  readonly next: () => Value[][] | null;
  /** arrival order of the run: ties go to the earlier one (stability) */
  readonly number: number;
}

/**
 * Rows added in any order come out sorted on `order` (stable); with `unique` (the keys then
 * cover every column) rows equal under compareValues are dropped but the first: within a
 * run as they arrive, across runs as they merge (ties go to the earlier run).
 * Memory: one run (the spool memory bound) while adding; one chunk per run and the
 * result's head while merging.
 */
export class ExternalSort {
  /** the run being filled: plain rows, or (unique) its distinct rows, the first of equal
   *  rows kept — so a unique result that fits in memory sorts only its distinct rows */
  private buffer: Value[][] = [];
  private distinct: DistinctRows | null;
  private bytes = 0;
  private readonly perRow: number;
  private readonly memory = spoolMemoryNow();
  private readonly runs: SpooledRows[] = [];
  private readonly compare: (a: readonly Value[], b: readonly Value[]) => number;

  constructor(private readonly width: number, order: readonly SortKey[], private readonly unique: boolean) {
    this.perRow = rowOverhead(width);
    this.compare = rowComparator(order);
    this.distinct = unique ? new DistinctRows() : null;
  }

  add(values: Value[]): void {
    if (this.distinct === null) this.buffer.push(values);
    else if (!this.distinct.add(values)) return;
    this.bytes += rowBytes(values, this.perRow);
    if (this.bytes > this.memory) this.spill();
  }

  /** The sorted rows: in memory when they fit, else a head and a spooled rest. */
  finish(): { rows: Value[][]; spooled?: SpooledRows } {
    const last = this.sortedBuffer();
    if (this.runs.length === 0) return { rows: last };
    try {
      const sources: Run[] = this.runs.map((run, number) => ({ rows: run.next() ?? [], at: 0, next: () => run.next(), number }));
      sources.push({ rows: last, at: 0, next: () => null, number: this.runs.length });
      return spoolRows(this.width, (add) => this.merge(sources, add));
    } finally {
      this.discard();
    }
  }

  /** frees the runs' files (a failed statement) */
  discard(): void {
    for (const run of this.runs.splice(0)) run.close();
    this.buffer = [];
    if (this.distinct !== null) this.distinct = new DistinctRows();
  }

  /** the run sorted (stable: Array.prototype.sort is); unique: its rows are distinct */
  private sortedBuffer(): Value[][] {
    let rows = this.buffer;
    this.buffer = [];
    if (this.distinct !== null) {
      rows = this.distinct.rows;
      this.distinct = new DistinctRows();
    }
    this.bytes = 0;
    return rows.sort(this.compare);
  }

  private spill(): void {
    const rows = this.sortedBuffer();
    const { spooled } = spoolRows(this.width, (add) => {
      for (const row of rows) add(row);
    }, 0);
    if (spooled !== undefined) this.runs.push(spooled);
  }

  /** k-way merge of sorted runs through a binary heap on (row, run number) */
  private merge(sources: Run[], emit: (row: Value[]) => void): void {
    const compare = this.compare;
    const less = (a: Run, b: Run): boolean => {
      const c = compare(a.rows[a.at]!, b.rows[b.at]!);
      return c < 0 || (c === 0 && a.number < b.number);
    };
    const heap = sources.filter((run) => run.rows.length > 0);
    const down = (start: number): void => {
      let i = start;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < heap.length && less(heap[l]!, heap[best]!)) best = l;
        if (r < heap.length && less(heap[r]!, heap[best]!)) best = r;
        if (best === i) return;
        [heap[i], heap[best]] = [heap[best]!, heap[i]!];
        i = best;
      }
    };
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
    let previous: Value[] | null = null;
    while (heap.length > 0) {
      const top = heap[0]!;
      const row = top.rows[top.at]!;
      if (!this.unique || previous === null || compare(row, previous) !== 0) {
        emit(row);
        previous = row;
      }
      top.at++;
      if (top.at >= top.rows.length) {
        const more = top.next();
        if (more === null || more.length === 0) {
          const end = heap.pop()!;
          if (heap.length === 0) break;
          if (end !== top) heap[0] = end;
        } else {
          top.rows = more;
          top.at = 0;
        }
      }
      down(0);
    }
  }
}
