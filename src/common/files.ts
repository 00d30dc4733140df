/*
 * files.ts — replacing a small file so that it survives a machine crash whole: the new
 * text goes to a temp file that is fsynced before the rename, and the directory is
 * fsynced after it (otherwise the rename itself may be lost, or an ext4 without
 * auto_da_alloc may leave an empty file). Readers see the old file or the new one. And
 * `writeFully`, a write that goes on after a short one; `realPathOrNull`; `errnoReason`.
 */
import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The path with symbolic links resolved; null when it (or a directory on it) does not exist. */
export function realPathOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** What a failed file operation says: its errno code (EACCES, ENOENT), else its message. */
export function errnoReason(error: unknown): string {
  if (error instanceof Error && 'code' in error) return String((error as NodeJS.ErrnoException).code);
  return error instanceof Error ? error.message : String(error);
}

/** Write all of `bytes` (`position`: at that offset, else at the file's own position). */
export function writeFully(fd: number, bytes: Uint8Array, position: number | null = null): void {
  for (let done = 0; done < bytes.length;) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
  }
}

/** fsync a directory (its entries: a rename, a new or removed file); best effort where refused */
export function syncDirectory(directory: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // some file systems refuse fsync on a directory; the rename is then as durable as they make it
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Replace `path` with `text`: temp file (with exactly `mode` when given, whatever a temp
 *  file left by a crash had), fsync (unless `sync` is false), rename, directory fsync. */
export function replaceFileDurably(path: string, text: string, options: { readonly sync?: boolean; readonly mode?: number } = {}): void {
  const sync = options.sync ?? true;
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    if (options.mode !== undefined) fchmodSync(fd, options.mode);
    writeSync(fd, text);
    if (sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  if (sync) syncDirectory(dirname(path));
}
