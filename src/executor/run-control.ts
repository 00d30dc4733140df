/*
 * run-control.ts — cancelling a running query buffer and hearing how far it got. The
 * executor's loops call `tick()` once per tuple: a decrement, and every CHECK_EVERY
 * tuples one call of the caller's `cancelled()` (an AbortSignal, or a flag in shared
 * memory set by the daemon's control thread); a cancelled run throws 8022 from inside the
 * statement, so the statement's lmdb transaction rolls back like any failing statement.
 * The same poll stops a statement that has held the daemon's thread past its limit (8032).
 */
import { ingresError } from '../common/errors.js';
import { statementGate } from '../common/statement-gate.js';
import type { RunOptions, RunProgress, StatementResult } from '../dbsys/session-api.js';

/** Tuples between two polls of `cancelled()`: cheap enough to be invisible, and a poll
 *  every few milliseconds even in the fastest loops. */
export const CHECK_EVERY = 4096;

export class RunControl {
  private countdown = CHECK_EVERY;

  constructor(
    private readonly isCancelled: () => boolean,
    private readonly report: (progress: RunProgress) => void = () => undefined,
  ) {}

  /** The control for a run with these options (no options: never cancelled, no progress). */
  static of(options: RunOptions | undefined): RunControl {
    if (options === undefined) return UNCONTROLLED;
    const { signal, cancelled, onProgress } = options;
    const isCancelled = (): boolean => signal?.aborted === true || cancelled?.() === true;
    return new RunControl(isCancelled, onProgress);
  }

  get cancelled(): boolean {
    return this.isCancelled();
  }

  /** Once per tuple of a loop: every CHECK_EVERY calls, throw 8022 if the run was cancelled. */
  tick(): void {
    if (--this.countdown > 0) return;
    this.countdown = CHECK_EVERY;
    this.check();
  }

  /** Throw 8022 if the run was cancelled, 8032 if its statement has held the daemon's
   *  thread past INGRES_HOLD_LIMIT_MS (every run, controlled or not: a slave's too). */
  check(): void {
    if (this.isCancelled()) throw ingresError(8022);
    statementGate.checkHold();
  }

  /** How far a long statement got (callers report every few thousand records). */
  progress(progress: RunProgress): void {
    this.report(progress);
  }
}

/** A cancelled buffer ends its results with one 8022 (the statement in flight may already
 *  have reported it). */
export function endCancelled(results: StatementResult[]): void {
  const last = results[results.length - 1];
  if (last?.kind !== 'error' || last.error.code !== 8022) results.push({ kind: 'error', error: ingresError(8022) });
}

/** A run nobody can cancel or watch. */
export const UNCONTROLLED = new RunControl(() => false);
