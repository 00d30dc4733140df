/*
 * dbstate-relation.ts — the system relation `dbstate` (DISTRIBUTED.md decision 7): serverdb
 * materializes its dbstate table into a real relation of the local database whenever it
 * changes, so QUEL reads it (`range of d is dbstate retrieve (d.all)`). Owned by the dba
 * 'ingres', readable by everyone (a permit), local to each host and left out of the
 * catalog digest. Columns: the seed's nine, then host, up, rtt_ms (-1 = not measured).
 */
import type { HostState } from '../cluster/api.js';
import { CATALOG_LOCK, type Database, type Transaction } from '../storage/api.js';
import type { QType, Value } from '../types/value.js';

export const DBSTATE_RELATION = 'dbstate';

const c = (length: number): QType => ({ kind: 'c', length });
const yesNo = (flag: boolean): string => (flag ? 'yes' : 'no');

export const DBSTATE_ATTRIBUTES: readonly { readonly name: string; readonly type: QType }[] = [
  { name: 'dbname', type: c(24) },
  { name: 'ldb', type: c(3) },
  { name: 'dbupdate', type: c(3) },
  { name: 'ldbs', type: c(3) },
  { name: 'cuh', type: c(3) },
  { name: 'luh', type: c(3) },
  { name: 'lmsh', type: c(5) },
  { name: 'cons', type: c(3) },
  { name: 'waitsys', type: c(3) },
  { name: 'host', type: c(32) },
  { name: 'up', type: c(3) },
  { name: 'rtt_ms', type: { kind: 'f', length: 8 } },
];

export function dbstateTuple(row: HostState): Value[] {
  return [row.dbname, yesNo(row.ldb), yesNo(row.dbupdate), yesNo(row.ldbs), yesNo(row.cuh), yesNo(row.luh),
    row.lmsh, yesNo(row.cons), yesNo(row.waitsys), row.host, yesNo(row.up), row.rttMs ?? -1];
}

function shapeMatches(txn: Transaction): boolean {
  const desc = txn.relation(DBSTATE_RELATION);
  if (desc === undefined) return false;
  return desc.attributes.length === DBSTATE_ATTRIBUTES.length && desc.attributes.every((a, i) =>
    a.name === DBSTATE_ATTRIBUTES[i]?.name && a.type.kind === DBSTATE_ATTRIBUTES[i]?.type.kind &&
    a.type.length === DBSTATE_ATTRIBUTES[i]?.type.length);
}

/** The permit letting every user read dbstate (stored as qrymod stores it: ranges first). */
export const DBSTATE_PERMIT = `range of d is ${DBSTATE_RELATION}\ndefine permit retrieve on d to all`;

function permitMatches(txn: Transaction): boolean {
  const permits = txn.definitions(DBSTATE_RELATION, 'permit');
  return permits.length === 1 && permits[0]?.text === DBSTATE_PERMIT;
}

/** Replace the tuples of `dbstate` by `rows` (creating the relation on first use). */
export async function writeDbstateRelation(db: Database, rows: readonly HostState[]): Promise<void> {
  const txn = db.begin('ingres');
  try {
    const exists = shapeMatches(txn) && permitMatches(txn);
    await txn.lock(exists
      ? [{ name: CATALOG_LOCK, mode: 'S' }, { name: DBSTATE_RELATION, mode: 'X' }]
      : [{ name: CATALOG_LOCK, mode: 'X' }, { name: DBSTATE_RELATION, mode: 'X' }]);
    txn.statement(() => {
      if (!shapeMatches(txn)) {
        if (txn.relation(DBSTATE_RELATION) !== undefined) txn.destroyRelation(DBSTATE_RELATION);
        txn.createRelation({ name: DBSTATE_RELATION, owner: 'ingres', attributes: DBSTATE_ATTRIBUTES, saveDays: 0 });
      }
      if (!permitMatches(txn)) {
        txn.destroyObjects(DBSTATE_RELATION, 'permit', 'all');
        txn.defineObject({ relation: DBSTATE_RELATION, kind: 'permit', text: DBSTATE_PERMIT });
      }
      const desc = txn.relation(DBSTATE_RELATION);
      if (desc === undefined) return;
      for (const tuple of [...txn.scan(desc)]) txn.delete(desc, tuple.ref);
      for (const row of rows) txn.insert(desc, dbstateTuple(row));
    });
    await txn.commit();
  } catch (error) {
    try { txn.abort(); } catch { /* ended */ }
    throw error;
  }
}
