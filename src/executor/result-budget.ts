/*
 * result-budget.ts — the memory one statement's result may take while it is built (a
 * retrieve's rows, `unique`/`sort by` and `print` in a run that may not spool — the
 * daemon's spool instead: row-spool.ts, external-sort.ts — and in any run an append or
 * `retrieve into` that holds its rows). Past the budget the statement ends with 4130
 * instead of growing until V8's heap limit ends the daemon — and every session on it — or
 * the monitor that would receive the rows. `retrieve into` and appends from other
 * relations go straight to storage and are not bounded by it (dml.ts, `streamable`).
 */
import { ingresError } from '../common/errors.js';
import type { Value } from '../types/value.js';

/** what one statement's result may hold in the daemon's memory (estimated JS bytes) */
export const RESULT_BYTES_MAX = 512 * 1024 * 1024;

let resultBytesMax = RESULT_BYTES_MAX;

/** Sets the budget of the results built from now on (tests); returns the one before. */
export function setResultBytesMax(bytes: number): number {
  const before = resultBytesMax;
  resultBytesMax = bytes;
  return before;
}

/**
 * Counts what a result being built holds (an estimate of V8's bytes: the row array, a slot
 * per value, string contents) and ends the statement with 4130 past the budget —
 * before a cross product of large relations takes the daemon's whole heap (and every
 * session with it) or the monitor's that receives it.
 */
export class ResultBudget {
  private bytes = 0;
  private readonly perRow: number;
  private readonly max = resultBytesMax;

  constructor(width: number) {
    this.perRow = rowOverhead(width);
  }

  add(values: readonly Value[]): void {
    this.bytes += rowBytes(values, this.perRow);
    if (this.bytes > this.max) throw ingresError(4130, Math.round(this.max / (1024 * 1024)));
  }
}

/** V8's bytes for a row of `width` values before string contents: the array, a slot each */
export function rowOverhead(width: number): number {
  return 32 + 8 * width;
}

/** The estimated bytes of one row held in memory (`overhead`: rowOverhead of its width);
 *  the one estimate behind the result budget, the spool's memory and the sort's runs. */
export function rowBytes(values: readonly Value[], overhead: number): number {
  let bytes = overhead;
  for (const value of values) if (typeof value === 'string') bytes += 16 + value.length;
  return bytes;
}
