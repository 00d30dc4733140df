/*
 * dbst.ts — the <db>_dbst file of seed 004 §3 (userhost, membership, cons), written by the
 * TM at the start (cons=no) and the end (cons=yes) of every transaction this host takes
 * part in, atomically (temp + rename). Same format as src/serverdb/dbst.ts ("key value"
 * lines); the TM's default writer until the daemon passes serverdb's. fsync only when asked
 * (a transaction that changes the catalog): the vouch rule is about the catalog only.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DbstRecord } from '../cluster/api.js';

export function dbstPath(directory: string, database: string): string {
  return join(directory, `${database}_dbst`);
}

export function formatDbst(record: DbstRecord): string {
  return `userhost ${record.userhost ? 'yes' : 'no'}\nmembership ${record.membership}\ncons ${record.cons ? 'yes' : 'no'}\n`;
}

/** Rewrite the dbst file atomically; `sync` also fsyncs it (catalog-changing transactions). */
export function writeDbst(directory: string, database: string, record: DbstRecord, sync = false): void {
  const path = dbstPath(directory, database);
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, formatDbst(record));
    if (sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** The dbst record, or null when the file is missing or unreadable (no transaction yet). */
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
  const membership = fields.get('membership');
  if (membership !== 'coord' && membership !== 'parti') return null;
  return { userhost: fields.get('userhost') === 'yes', membership, cons: fields.get('cons') === 'yes' };
}
