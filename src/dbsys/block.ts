/*
 * block.ts — a whole `begin transaction … end transaction` that arrives in one query
 * buffer (what the monitor sends on `\g`) runs as one batch: every statement is analyzed
 * first, every lock the block needs is taken at once, then all statements run inside one
 * lmdb write transaction (Transaction.batch, each statement a child transaction) and the
 * commit costs one write-out and one fsync instead of one per statement. Same results as
 * running the statements one by one; see README.md "One-request blocks".
 */
import { IngresError, ingresError, toIngresError } from '../common/errors.js';
import type * as ast from '../parser/ast.js';
import type { Database, Transaction } from '../storage/api.js';
import type { StatementEnv } from '../executor/index.js';
import type { StatementResult } from './session-api.js';
import { runBatch } from './batch-run.js';

/** What a block may hold: statements that change no catalog, so their locks are known up front. */
function batchable(stmt: ast.Statement): boolean {
  switch (stmt.kind) {
    case 'Range':
    case 'Append':
    case 'Replace':
    case 'Delete':
      return true;
    case 'Retrieve':
      return stmt.into === null;
    default:
      return false;
  }
}

/**
 * The index of the `end transaction` closing the block opened by `statements[begin]`, when
 * everything in between may run as a batch and at least one statement is not a `range`;
 * -1 otherwise (the statements then run one by one).
 */
export function blockEnd(statements: readonly ast.Statement[], begin: number): number {
  let work = false;
  for (let i = begin + 1; i < statements.length; i++) {
    const stmt = statements[i] as ast.Statement;
    if (stmt.kind === 'EndTransaction') return work ? i : -1;
    if (!batchable(stmt)) return -1;
    if (stmt.kind !== 'Range') work = true;
  }
  return -1;
}

/** What the session lends a block: its database, its statement environment and `range`. */
export interface BlockHost {
  readonly db: Database;
  readonly user: string;
  env(txn: Transaction): StatementEnv;
  range(txn: Transaction, stmt: ast.RangeStmt): Promise<StatementResult[]>;
  /** the block's transaction is the session's open one while it runs (close() aborts it) */
  adopt(txn: Transaction | null): void;
}

const done = (statement: ast.StatementKind): StatementResult => ({ kind: 'done', statement, tuples: null });
const failed = (error: unknown): StatementResult => ({ kind: 'error', error: toIngresError(error) });

/**
 * Run `body` (the statements between begin and end) as one batched transaction. Returns
 * the results of `begin transaction`, each statement and `end transaction`, or undefined
 * when the block must run statement by statement after all (a statement's analysis under
 * the locks asked for a lock the block had not taken: nothing was written then).
 */
export async function runBlock(host: BlockHost, body: readonly ast.Statement[]): Promise<StatementResult[] | undefined> {
  const txn = host.db.begin(host.user, { batchOnly: true });
  host.adopt(txn);
  try {
    return await runAdopted(host, txn, body);
  } finally {
    host.adopt(null);
  }
}

async function runAdopted(host: BlockHost, txn: Transaction, body: readonly ast.Statement[]): Promise<StatementResult[] | undefined> {
  // a cancelled run (Ctrl-C) aborts the whole block, before a statement or after the last
  const control = host.env(txn).control;
  const outcome = await runBatch(host, txn, body, () => control?.check());
  if (outcome.kind === 'failed') {
    abortQuietly(txn);
    // the batch's own lmdb transaction failed (or was cancelled): nothing of it was written
    return [done('BeginTransaction'), ...outcome.results.flatMap((r) => r ?? []), failed(aborted(outcome.error))];
  }
  if (outcome.kind === 'fallback') {
    abortQuietly(txn);
    return undefined;
  }
  if (outcome.kind === 'no-locks') {
    abortQuietly(txn);
    return rolledBack(outcome.error, outcome.results, outcome.first);
  }
  let end: StatementResult;
  try {
    await txn.commit();
    end = done('EndTransaction');
  } catch (error) {
    end = failed(error);
  }
  return [done('BeginTransaction'), ...outcome.results.flat(), end];
}

/**
 * The block could not get its locks (deadlock victim, lock timeout): as if its first
 * locking statement had waited — that statement gets the error, the rest are refused
 * (6008) and `end transaction` says nothing was committed (6009), as Session does.
 */
function rolledBack(cause: IngresError, results: readonly (StatementResult[] | null)[], first: number): StatementResult[] {
  const why = `${cause.code}: ${cause.message}`;
  const out: StatementResult[] = [done('BeginTransaction')];
  results.forEach((result, at) => {
    if (first >= 0 && at > first) out.push(failed(ingresError(6008, why)));
    else if (at === first) out.push(failed(cause));
    else out.push(...(result ?? []));
  });
  out.push(failed(ingresError(6009, why)));
  return out;
}

function aborted(error: unknown): IngresError {
  const failure = toIngresError(error);
  return ingresError(6005, `${failure.code}: ${failure.message}`);
}

function abortQuietly(txn: Transaction): void {
  try {
    txn.abort();
  } catch {
    // already rolled back by the storage layer
  }
}
