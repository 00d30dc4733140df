/*
 * dbst.ts — the `<db>_dbst` file of seed 004 §3 in $II_SYSTEM/data/<db>/: userhost,
 * membership, cons, one "key value" line each, rewritten by the TM for the transactions this
 * host takes part in (atomically and fsynced around a catalog change: cons=no at its start,
 * cons=yes at its end; in place and unsynced when only the role changed), and by serverdb
 * after creatdb and after a catalog copy (fsynced). `canVouch` is DISTRIBUTED.md decision 7.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFileDurably } from '../common/files.js';
import type { DbstRecord } from '../cluster/api.js';

/** $II_SYSTEM/data/<db>/<db>_dbst, given the database's data directory. */
export function dbstPath(directory: string, database: string): string {
  return join(directory, `${database}_dbst`);
}

/**
 * The file's text. Every record has the same length (`no` is padded to `no `), so an
 * unsynced record can overwrite the file in place.
 */
function dbstText(record: DbstRecord): string {
  const yesNo = (b: boolean): string => (b ? 'yes' : 'no ');
  return `userhost ${yesNo(record.userhost)}\nmembership ${record.membership}\ncons ${yesNo(record.cons)}\n`;
}

/**
 * Write the record. `sync` (catalog-changing transactions, creatdb, a catalog copy: the
 * vouch rule is about the catalog, so only these must survive a machine crash): a temp file,
 * fsync, rename over the old one, directory fsync — atomic and durable. Without `sync`:
 * the same bytes written over the old file in place, one small write at offset 0 (atomic for a killed process: the
 * page cache holds it whole; after a machine crash a torn file reads as "cannot vouch"). Why
 * not rename every time: ext4 flushes a file renamed over another at once (auto_da_alloc),
 * ~1.5 ms on the transaction path of every host.
 */
export function writeDbst(directory: string, database: string, record: DbstRecord, sync = true): void {
  const path = dbstPath(directory, database);
  const text = dbstText(record);
  written.delete(path);
  if (!sync) {
    let fd: number | null = null;
    try {
      fd = openSync(path, 'r+');
    } catch {
      // no file yet: create it the durable way
    }
    if (fd !== null) {
      try {
        writeSync(fd, text, 0);
      } finally {
        closeSync(fd);
      }
      written.set(path, record);
      return;
    }
  }
  replaceFileDurably(path, text, { sync });
  written.set(path, record);
}

/** The record this process last wrote to each dbst file (every writer goes through writeDbst). */
const written = new Map<string, DbstRecord>();

/** The record on disk: what this process wrote last, else read from the file. */
export function currentDbst(directory: string, database: string): DbstRecord | null {
  return written.get(dbstPath(directory, database)) ?? readDbst(directory, database);
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
