/*
 * env.ts — what every statement executor gets from the session (StatementEnv), and what
 * it hands back before running: a PreparedStatement naming the locks it needs, so the
 * session can lock once, then run the statement synchronously.
 */
import type { CopyLocal, SessionOptions, StatementResult } from '../dbsys/session-api.js';
import type { LockRequest, Transaction } from '../storage/api.js';
import type { Scope } from './analyzer.js';
import type { AggSpec } from './bound.js';
import type { AggResult } from './compile.js';
import type { PlanTrace } from './block-exec.js';
import type { RunControl } from './run-control.js';

export interface StatementEnv {
  readonly txn: Transaction;
  readonly user: string;
  readonly dba: string;
  /** the session's range table as a scope */
  readonly scope: Scope;
  readonly options: SessionOptions;
  /** the session drops range variables of destroyed relations through this */
  readonly relationDestroyed: (name: string) => void;
  readonly trace?: PlanTrace;
  /** the run's cancellation (polled in the executor's loops) and progress reports */
  readonly control?: RunControl;
  /** a plain retrieve may keep its rows past SPOOL_MEMORY in a temporary file (RunOptions.spool) */
  readonly spool?: boolean;
  /**
   * aggregates computed before the statement runs (a distributed master's, by the host of
   * their relations): an aggregate this gives is not computed here
   */
  readonly aggregates?: GivenAggregates;
  /**
   * the local stand-ins of the client's files for this statement's `copy` (by the name the
   * statement gives; the session fills it through RunOptions.files): `copy` opens the
   * stand-in, or fails with the client's reason. No entry: the file itself (a session in
   * the client's own process)
   */
  readonly copyFiles?: ReadonlyMap<string, CopyLocal>;
}

/** An aggregate's result given from outside, or undefined to compute it. */
export type GivenAggregates = (spec: AggSpec) => AggResult | undefined;

export interface PreparedStatement {
  readonly locks: readonly LockRequest[];
  /** true when run() writes (the session wraps it in txn.statement) */
  readonly writes: boolean;
  run(): StatementResult[];
}

/** Lock requests: X wins over S for the same name; sorted by name for a stable order. */
export function lockSet(reads: Iterable<string>, writes: Iterable<string>): LockRequest[] {
  const modes = new Map<string, 'S' | 'X'>();
  for (const name of reads) if (!modes.has(name)) modes.set(name, 'S');
  for (const name of writes) modes.set(name, 'X');
  return [...modes.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, mode]) => ({ name, mode }));
}
