/*
 * batch-run.ts — the core of a block of statements run as one batch in one transaction:
 * analyze every statement in order (range statements bind as they go), take the union of
 * their locks at once, then run them all inside Transaction.batch (one lmdb write
 * transaction; each statement a child, atomic on its own). Used by a one-host block
 * (block.ts) and by a slave running its part of a distributed block (distributed/slave.ts).
 */
import { IngresError, toIngresError } from '../common/errors.js';
import type * as ast from '../parser/ast.js';
import type { Database, LockRequest, Transaction } from '../storage/api.js';
import { lockCovers, mergeLockRequests } from '../txn/lock-manager.js';
import { prepareStatement } from '../executor/index.js';
import type { PreparedStatement, StatementEnv } from '../executor/index.js';
import { closeSpools, type StatementResult } from './session-api.js';
import { settledAnalysis } from './settled-analysis.js';

/** What a batch needs from its caller. */
export interface BatchHost {
  /** the statement environment (scope over the range variables bound so far) */
  env(txn: Transaction): StatementEnv;
  /** bind a range statement's variables (2117 when a relation does not exist) */
  range(txn: Transaction, stmt: ast.RangeStmt): Promise<StatementResult[]>;
  /** the database, for the catalog epoch (an analysis is reused when no DDL ran meanwhile) */
  readonly db: Pick<Database, 'catalogEpoch'>;
}

export type BatchOutcome =
  /** every statement ran (or failed alone): its results, statement by statement */
  | { readonly kind: 'ran'; readonly results: readonly StatementResult[][] }
  /**
   * the block's locks could not be had (deadlock victim, lock timeout, an aborted
   * transaction): nothing ran, the transaction was rolled back by the lock manager.
   * `results` holds what the analysis gave (range results, analysis errors; null where a
   * statement would have run), `first` the first statement that needed a lock.
   */
  | { readonly kind: 'no-locks'; readonly error: IngresError; readonly first: number; readonly results: readonly (StatementResult[] | null)[] }
  /** a statement analyzed under the locks wants one the block did not take: nothing ran */
  | { readonly kind: 'fallback' }
  /**
   * the batch itself failed (its lmdb transaction, or a `check` that threw: a cancelled
   * run): everything it wrote is rolled back; `results` holds what ran before
   */
  | { readonly kind: 'failed'; readonly error: IngresError; readonly results: readonly (StatementResult[] | null)[] };

/** Thrown inside the batch when a statement needs a lock the block did not take. */
class NeedsMoreLocks extends Error {}

const failed = (error: unknown): StatementResult => ({ kind: 'error', error: toIngresError(error) });


/** The analysis of a block: per statement its plan (null: a range, or an analysis error). */
export interface BlockAnalysis {
  readonly plans: readonly (PreparedStatement | null)[];
  readonly results: (StatementResult[] | null)[];
  /** the catalog's X-lock epoch before the analysis */
  readonly epoch: number | undefined;
}

/** Analyze `body` in order (range statements bind as they would one by one). */
export async function analyzeBlock(host: BatchHost, txn: Transaction, body: readonly ast.Statement[]): Promise<BlockAnalysis> {
  const epoch = host.db.catalogEpoch?.();
  const plans: (PreparedStatement | null)[] = [];
  const results: (StatementResult[] | null)[] = [];
  for (const stmt of body) {
    plans.push(null);
    results.push(null);
    const at = plans.length - 1;
    try {
      if (stmt.kind === 'Range') results[at] = await host.range(txn, stmt);
      else plans[at] = await settledAnalysis(txn, () => prepareStatement(host.env(txn), stmt));
    } catch (error) {
      results[at] = [failed(error)];
    }
  }
  return { plans, results, epoch };
}

/**
 * Run `body` in `txn` as one batch: analysis, every lock at once, then the statements in
 * one lmdb write transaction. `check` runs before each statement and after the last (a
 * cancelled run throws from it: the whole batch is rolled back, outcome 'failed').
 */
export async function runBatch(
  host: BatchHost,
  txn: Transaction,
  body: readonly ast.Statement[],
  check?: () => void,
): Promise<BatchOutcome> {
  const { plans, results, epoch } = await analyzeBlock(host, txn, body);
  const held = new Map<string, LockRequest['mode']>();
  for (const plan of plans) mergeLockRequests(plan?.locks ?? [], held);
  try {
    await txn.lock([...held].map(([name, mode]) => ({ name, mode })));
  } catch (error) {
    return { kind: 'no-locks', error: toIngresError(error), first: plans.findIndex((p) => p !== null), results };
  }
  // the first analysis stands if no DDL ran since it began; else analyze again under the
  // locks (a block that rebinds range variables cannot: the bindings are the last ones now)
  const reuse = epoch !== undefined && epoch === host.db.catalogEpoch?.();
  if (!reuse && body.some((s) => s.kind === 'Range')) return { kind: 'fallback' };
  try {
    txn.batch(() => {
      body.forEach((stmt, at) => {
        check?.();
        const first = plans[at];
        if (first === null || first === undefined) return;
        let prepared: PreparedStatement;
        try {
          prepared = reuse ? first : prepareStatement(host.env(txn), stmt);
        } catch (error) {
          results[at] = [failed(error)];
          return;
        }
        if (prepared.locks.some((l) => !lockCovers(held.get(l.name), l.mode))) throw new NeedsMoreLocks();
        try {
          results[at] = prepared.writes ? txn.statement(() => prepared.run()) : prepared.run();
        } catch (error) {
          results[at] = [failed(error)];
        }
      });
      check?.();
    });
  } catch (error) {
    if (error instanceof NeedsMoreLocks) {
      // the block runs again statement by statement: what ran is dropped, spooled rows too
      closeSpools(results.flatMap((result) => result ?? []));
      return { kind: 'fallback' };
    }
    return { kind: 'failed', error: toIngresError(error), results };
  }
  return { kind: 'ran', results: results.map((r) => r ?? []) };
}
