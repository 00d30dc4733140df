/*
 * settled-analysis.ts — an analysis that does not call a relation missing while a catalog
 * change that may still be rolled back is running. Statements read the catalog without a
 * lock (they lock what they name: src/txn/README.md, "Model"), so a relation another
 * transaction destroyed, and has not ended, looks gone already.
 */
import { IngresError } from '../common/errors.js';
import { CATALOG_LOCK, type Transaction } from '../storage/api.js';

/** a relation or attribute not found: the analysis may have seen a catalog change in progress */
const MISSING_CODES: ReadonlySet<number> = new Set([
  2100, // attribute not in relation (destroyed and created again with others)
  2106, // relation does not exist
  2108, // relation for append does not exist
  2117, // range of a relation that does not exist
]);

/**
 * `analyze()`; when it finds a relation or attribute missing, wait for any catalog change
 * in progress to end — S on the catalog, held to the end of the transaction as any read of
 * the catalog holds it — and analyze again. So a statement naming a relation that a running
 * transaction destroyed waits for it as it would for that relation's lock: after an abort
 * it runs, after a commit it is missing. Only the error path pays for the lock.
 */
export async function settledAnalysis<T>(txn: Transaction, analyze: () => T | Promise<T>): Promise<T> {
  try {
    return await analyze();
  } catch (error) {
    if (!(error instanceof IngresError) || !MISSING_CODES.has(error.code)) throw error;
  }
  await txn.lock([{ name: CATALOG_LOCK, mode: 'S' }]);
  return analyze();
}
