/*
 * io-errors.ts — what a failed page write or flush, or a damaged file, means to its user. lmdb
 * reports a write that did not fit (a full file system, a quota, a file size limit) as EIO
 * (a short pwrite) or as the errno itself; this turns those into numbered errors that say
 * so, with the free space of the data directory's file system, and leaves every other
 * error (a statement's own IngresError above all) exactly as it was thrown.
 */
import { statfsSync } from 'node:fs';
import { IngresError, ingresError } from '../common/errors.js';

/** errno values of a write that failed for want of room or of the device */
const IO_ERRNOS: ReadonlyMap<number | string, string> = new Map<number | string, string>([
  [5, 'EIO'], ['EIO', 'EIO'],
  [27, 'EFBIG'], ['EFBIG', 'EFBIG'],
  [28, 'ENOSPC'], ['ENOSPC', 'ENOSPC'],
  [122, 'EDQUOT'], ['EDQUOT', 'EDQUOT'],
  [-30792, 'MDB_MAP_FULL'],
]);

const FREE_SPACE_HINT = 'free space on that file system, or delete tuples (their pages are reused); reads go on meanwhile';

/** below this much free space an EIO of a page write is read as a full disk */
const LOW_SPACE_BYTES = 64 * 1024 * 1024;

/** the errno name of an I/O failure, or null when `error` is something else */
function ioErrno(error: unknown): string | null {
  if (error instanceof IngresError || !(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'number' && typeof code !== 'string') return null;
  return IO_ERRNOS.get(code) ?? null;
}

/** free bytes for an unprivileged writer on the file system of `directory` (null: unknown) */
function freeBytes(directory: string | null): number | null {
  if (directory === null) return null;
  try {
    const stats = statfsSync(directory);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

/** "no space left on device (12 KiB free in DIR)" or the error's own words */
function describeIoFailure(error: Error, errno: string, directory: string | null): string {
  const free = freeBytes(directory);
  const full = errno === 'ENOSPC' || errno === 'EDQUOT' || errno === 'MDB_MAP_FULL'
    || ((errno === 'EIO' || errno === 'EFBIG') && free !== null && free < LOW_SPACE_BYTES);
  if (!full) return `${error.message} (${errno})`;
  const where = free === null || directory === null ? '' : ` (${Math.floor(free / 1024)} KiB free in ${directory})`;
  return `no space left on device${where}`;
}

/** why an 8026 was raised ("no space left on device (…)"), for errors that quote it */
const reasons = new WeakMap<IngresError, string>();

export function ioFailureReason(error: IngresError): string {
  return reasons.get(error) ?? error.message;
}

/**
 * The error a failed lmdb write transaction should raise: 8026 for an I/O failure (the
 * transaction was rolled back by lmdb), anything else unchanged.
 */
export function storageWriteError(error: unknown, database: string, directory: string | null): unknown {
  const errno = ioErrno(error);
  if (errno === null) return error;
  const reason = describeIoFailure(error as Error, errno, directory);
  const out = new IngresError(8026, ingresError(8026, database, reason).message, { cause: error, hint: FREE_SPACE_HINT });
  reasons.set(out, reason);
  return out;
}

/**
 * The error a failed flush of committed pages should raise: 8027 (the commit is visible but
 * its durability is unknown; the session is told so rather than acknowledged).
 */
export function storageSyncError(error: Error, database: string, directory: string | null): IngresError {
  const errno = ioErrno(error) ?? 'EIO';
  const base = ingresError(8027, database, describeIoFailure(error, errno, directory));
  return new IngresError(8027, base.message, { cause: error });
}

/** 8008: the data directory of database `name` is damaged, and why */
export function damaged(name: string, reason: string, cause?: unknown): IngresError {
  return new IngresError(8008, `data directory of database '${name}' is damaged: ${reason}`, {
    ...(cause === undefined ? {} : { cause }),
    hint: 'Restore the directory from a backup, or destroy and create the database again.',
  });
}
