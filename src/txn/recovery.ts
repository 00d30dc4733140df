/*
 * recovery.ts — what openDatabase runs before any session: roll back every transaction
 * that left undo records and no commit (presumed abort), keep 'prepared' ones in doubt
 * (two-phase commit, issue 3: their relations are locked again until resolveInDoubt), and
 * purge data of storage ids no catalog names any more (a modify/destroy whose commit-time
 * purge was cut short).
 */
import type { DatabaseImpl } from '../storage/database.js';
import { CATALOG_LOCK } from '../storage/api.js';
import { DBI_CATALOG } from '../storage/store.js';
import { FIRST_USER_ID, REL, RELATION_ID } from '../catalog/schema.js';
import { loggedTransactions, rollBackLogged, undoRecords } from './undo-log.js';

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
  for (const txnNo of inDoubt) db.adoptInDoubt(txnNo, touchedRelations(db, txnNo));
  const purgedIds = sweepOrphans(db);
  return { rolledBack, inDoubt, purgedIds };
}

/**
 * Purge the data of storage ids no catalog tuple names, except ids that an in-doubt
 * transaction's undo records would bring back (a destroy or modify it may still abort).
 */
export function sweepOrphans(db: DatabaseImpl): number[] {
  const store = db.store;
  const live = db.cache.liveIds();
  for (const txnNo of db.inDoubtTransactions()) {
    for (const record of undoRecords(store, txnNo)) {
      const [code, key, has, prior] = record;
      if (code === DBI_CATALOG && has === 1 && key.readUInt32BE(0) === RELATION_ID && Array.isArray(prior)) {
        live.add(prior[REL.relstorid] as number);
      }
    }
  }
  const orphans = [...store.storedIds()].filter((id) => !live.has(id));
  if (orphans.length > 0) store.write(() => { for (const id of orphans) store.purge(id); });
  return orphans;
}

/** names of the relations an in-doubt transaction wrote (to lock them again) */
function touchedRelations(db: DatabaseImpl, txnNo: number): string[] {
  const byId = new Map<number, string>();
  for (const desc of db.cache.all()) byId.set(desc.id, desc.kind === 'index' && desc.indexOf !== null ? desc.indexOf : desc.name);
  const names = new Set<string>();
  for (const [code, key, has, prior] of undoRecords(db.store, txnNo)) {
    const id = key.readUInt32BE(0);
    if (code === DBI_CATALOG) {
      names.add(CATALOG_LOCK);
      if (id === RELATION_ID && has === 1 && Array.isArray(prior)) names.add(prior[REL.relid] as string);
    }
    const name = byId.get(id);
    if (name !== undefined && id >= FIRST_USER_ID) names.add(name);
  }
  return [...names].sort();
}
