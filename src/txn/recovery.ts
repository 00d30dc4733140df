/*
 * recovery.ts — what openDatabase runs before any session: roll back every transaction
 * that left undo records and no commit (presumed abort), keep 'prepared' ones in doubt
 * (hook for two-phase commit, issue 3), purge data of storage ids no catalog names any
 * more (a modify/destroy whose commit-time purge was cut short), then load the catalog cache.
 */
import type { DatabaseImpl } from '../storage/database.js';
import { loggedTransactions, rollBackLogged } from './undo-log.js';

export interface RecoveryReport {
  /** transactions rolled back (txnNo) */
  readonly rolledBack: readonly number[];
  /** prepared transactions kept for their coordinator's decision (txnNo) */
  readonly inDoubt: readonly number[];
  /** storage ids whose orphaned data was purged */
  readonly purgedIds: readonly number[];
}

export function recover(db: DatabaseImpl): RecoveryReport {
  const store = db.store;
  const rolledBack: number[] = [];
  const inDoubt: number[] = [];
  const purgedIds: number[] = [];
  store.write(() => {
    for (const [txnNo, header] of loggedTransactions(store)) {
      if (header.state === 'prepared') {
        inDoubt.push(txnNo);
        continue;
      }
      rollBackLogged(store, txnNo);
      rolledBack.push(txnNo);
    }
  });
  db.rebuildCache();
  const live = db.cache.liveIds();
  const stored = store.storedIds();
  const orphans = [...stored].filter((id) => !live.has(id));
  if (orphans.length > 0) {
    store.write(() => {
      for (const id of orphans) {
        store.purge(id);
        purgedIds.push(id);
      }
    });
  }
  return { rolledBack, inDoubt, purgedIds };
}
