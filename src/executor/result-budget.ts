/*
 * result-budget.ts — the memory one statement's result may take while it is built in the
 * daemon (every retrieve's rows, `print`). Past the budget the statement ends with 4130
 * instead of growing until V8's heap limit ends the daemon — and every session on it — or
 * the monitor that would receive the rows.
 */
import { ingresError } from '../common/errors.js';
import type { Value } from '../types/value.js';

/** what one statement's result may hold in the daemon's memory (estimated JS bytes) */
export const RESULT_BYTES_MAX = 512 * 1024 * 1024;

/**
 * Counts what a result being built holds (an estimate of V8's bytes: the row array, a slot
 * per value, string contents) and ends the statement with 4130 past RESULT_BYTES_MAX —
 * before a cross product of large relations takes the daemon's whole heap (and every
 * session with it) or the monitor's that receives it.
 */
export class ResultBudget {
  private bytes = 0;
  private readonly perRow: number;

  constructor(width: number) {
    this.perRow = 32 + 8 * width;
  }

  add(values: readonly Value[]): void {
    let bytes = this.perRow;
    for (const value of values) if (typeof value === 'string') bytes += 16 + value.length;
    this.bytes += bytes;
    if (this.bytes > RESULT_BYTES_MAX) throw ingresError(4130, Math.round(RESULT_BYTES_MAX / (1024 * 1024)));
  }
}
