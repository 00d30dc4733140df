/*
 * dbst.ts — the `<db>_dbst` file of seed 004 §3 in $II_SYSTEM/data/<db>/: userhost,
 * membership, cons, one "key value" line each, rewritten atomically (temp + rename) by the
 * TM at the start (cons=no) and the end (cons=yes) of every transaction this host takes
 * part in (fsynced when the transaction changes the catalog), and by serverdb after creatdb
 * and after a catalog copy (always fsynced). `canVouch` is DISTRIBUTED.md decision 7.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DbstRecord } from '../cluster/api.js';

/** $II_SYSTEM/data/<db>/<db>_dbst, given the database's data directory. */
export function dbstPath(directory: string, database: string): string {
  return join(directory, `${database}_dbst`);
}

/** Write the record atomically; `sync` makes it durable first (the vouch rule is about the
 *  catalog, so only catalog-changing transactions need it to survive a machine crash). */
export function writeDbst(directory: string, database: string, record: DbstRecord, sync = true): void {
  const path = dbstPath(directory, database);
  const temp = `${path}.${process.pid}.tmp`;
  const text = `userhost ${record.userhost ? 'yes' : 'no'}\nmembership ${record.membership}\ncons ${record.cons ? 'yes' : 'no'}\n`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    if (sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** The record, or null when the file is missing or unreadable (treated as "cannot vouch"). */
export function readDbst(directory: string, database: string): DbstRecord | null {
  let text: string;
  try {
    text = readFileSync(dbstPath(directory, database), 'utf8');
  } catch {
    return null;
  }
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [key, value] = line.trim().split(/\s+/);
    if (key !== undefined && key !== '' && value !== undefined) fields.set(key, value);
  }
  const userhost = fields.get('userhost');
  const membership = fields.get('membership');
  const cons = fields.get('cons');
  if ((userhost !== 'yes' && userhost !== 'no') || (membership !== 'coord' && membership !== 'parti') ||
    (cons !== 'yes' && cons !== 'no')) return null;
  return { userhost: userhost === 'yes', membership, cons: cons === 'yes' };
}

/** Seed 004 §3.1: vouch iff userhost=yes and not (membership=parti and cons=no). */
export function canVouch(record: DbstRecord | null): boolean {
  if (record === null) return false;
  return record.userhost && !(record.membership === 'parti' && !record.cons);
}

/** The record of a host whose catalog is known consistent (after creatdb, after a copy). */
export const CONSISTENT_DBST: DbstRecord = { userhost: true, membership: 'coord', cons: true };
