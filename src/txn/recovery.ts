/*
 * recovery.ts — what openDatabase runs before any session: roll back every transaction
 * that left undo records and no commit (presumed abort), keep 'prepared' ones in doubt
 * (two-phase commit, issue 3: what they wrote is locked again until resolveInDoubt), and
 * purge data of storage ids no catalog names any more (a modify/destroy whose commit-time
 * purge was cut short).
 */
import type { DatabaseImpl } from '../storage/database.js';
import { CATALOG_LOCK, type LockMode, type LockRequest, type RelationDesc } from '../storage/api.js';
import { keyForm } from '../storage/keys.js';
import { DBI_CATALOG, DBI_TUPLES } from '../storage/store.js';
import type { Value } from '../types/value.js';
import { keyLockName, mergeLockRequests } from './lock-manager.js';
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
  /** in-doubt transactions that changed the catalog beyond their counts (or whose log,
   *  from before 12-06, does not say) */
  const changedCatalog = new Set<number>();
  /** the locks each held when it prepared (logs from before 12-07: none recorded) */
  const heldAtPrepare = new Map<number, LockRequest[] | null>();
  store.write(() => {
    for (const [txnNo, header] of loggedTransactions(store)) {
      if (header.state === 'prepared') {
        inDoubt.push(txnNo);
        if (header.catalog !== false) changedCatalog.add(txnNo);
        heldAtPrepare.set(txnNo, recordedLocks(header.locks));
        continue;
      }
      rollBackLogged(store, txnNo);
      rolledBack.push(txnNo);
    }
  });
  db.rebuildCache();
  for (const txnNo of inDoubt) {
    const recorded = heldAtPrepare.get(txnNo) ?? null;
    const catalog = changedCatalog.has(txnNo);
    // (a catalog change is made under X on the whole catalog: kept so whatever the record says)
    db.adoptInDoubt(txnNo, recorded === null ? inDoubtLocks(db, txnNo, catalog)
      : catalog ? [...mergeLockRequests([...recorded, { name: CATALOG_LOCK, mode: 'X' }])].map(([name, mode]) => ({ name, mode })) : recorded);
  }
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

const LOCK_MODES: ReadonlySet<unknown> = new Set<LockMode>(['IS', 'IX', 'S', 'SIX', 'X']);

/**
 * The locks an in-doubt transaction takes again: those it held when it prepared, as its
 * prepare recorded them (LogHeader.locks) — null when there is no such record (a log of a
 * build before 12-07) or it is not a list of [name, mode]: then inDoubtLocks rebuilds them.
 */
function recordedLocks(locks: unknown): LockRequest[] | null {
  if (!Array.isArray(locks)) return null;
  const out: LockRequest[] = [];
  for (const lock of locks as unknown[]) {
    if (!Array.isArray(lock) || typeof lock[0] !== 'string' || !LOCK_MODES.has(lock[1])) return null;
    out.push({ name: lock[0], mode: lock[1] as LockMode });
  }
  return out;
}

/**
 * The locks an in-doubt transaction whose prepare recorded none takes again, rebuilt from
 * its undo records: X on each key of a keyed relation it
 * wrote (from the tuple's values before or after; IX on the relation), IX on a heap it
 * appended to tuple by tuple (under IX: other prepared transactions may have appended to
 * it too, and whatever reads a heap takes S), X on a heap relation it wrote otherwise, X
 * on each relation whose catalog tuple it rewrote, and X on the whole catalog only when it
 * changed the catalog beyond its relations' tuple counts (`catalogChanged`: DDL; a count is
 * written under X on its relation, so two prepared writers of different relations both
 * rewrote catalog tuples, and must both be adopted). Its reads are not locked again (the
 * reason prepares now record their locks: "it is prepared, so it comes before any
 * transaction that runs now" holds on this host, but the global transaction may still be
 * reading on another — the coordinator's share of a one-request block runs after the other
 * hosts prepared — and a writer of what it read here, committing there first, would close
 * a cycle).
 */
function inDoubtLocks(db: DatabaseImpl, txnNo: number, catalogChanged: boolean): LockRequest[] {
  const byId = new Map<number, RelationDesc>();
  for (const desc of db.cache.all()) byId.set(desc.id, desc);
  const locks = new Map<string, LockMode>();
  const add = (name: string, mode: LockMode): void => void mergeLockRequests([{ name, mode }], locks);
  for (const [code, key, has, prior] of undoRecords(db.store, txnNo)) {
    const id = key.readUInt32BE(0);
    if (code === DBI_CATALOG) {
      if (catalogChanged) add(CATALOG_LOCK, 'X');
      if (id === RELATION_ID && has === 1 && Array.isArray(prior)) add(prior[REL.relid] as string, 'X');
      // (a relation tuple it wrote: the relation it created, or a count's new place)
      const now = id === RELATION_ID && has === 0 ? db.store.catalog.get(key) : undefined;
      if (Array.isArray(now)) add(now[REL.relid] as string, 'X');
    }
    const desc = byId.get(id);
    if (desc === undefined || id < FIRST_USER_ID) continue;
    if (desc.kind === 'index') {
      // the base relation's own records lock the keys
      if (desc.indexOf !== null) add(desc.indexOf, 'IX');
      continue;
    }
    const values = code === DBI_TUPLES && desc.keys.length > 0 && desc.structure !== 'heap' && desc.structure !== 'heapsort'
      ? (has === 1 ? prior : db.store.tuples.get(key))
      : undefined;
    if (Array.isArray(values)) {
      add(desc.name, 'IX');
      add(keyLockName(desc.name, desc.keys.map((k) => keyForm(values[k.attribute] as Value))), 'X');
    } else if (code === DBI_TUPLES && has === 0 && desc.structure === 'heap') {
      add(desc.name, 'IX');
    } else {
      add(desc.name, 'X');
    }
  }
  return [...locks].map(([name, mode]) => ({ name, mode }));
}
