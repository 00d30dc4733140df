/*
 * owner.ts — one process owns an open database directory (`data.owner`: its pid, the
 * process's start time and the boot id). The steady point and the redo log assume one
 * writer: a second process opening the directory would write slots and records of its
 * own. A lock left by a process that is gone (dead, a zombie, its pid reused, an earlier
 * boot) is taken over; the owner removes it when it closes the database.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { IngresError } from '../common/errors.js';
import { isProcessAlive, processStat } from '../common/processes.js';
import { currentBootId } from './steady.js';

export const OWNER_FILE = 'data.owner';

interface Owner {
  readonly pid: number;
  readonly start: string;
  readonly boot: string;
}

/** a process's start time since boot ('' where unknown), or null when it is gone or a
 *  zombie */
function startOf(pid: number): string | null {
  const stat = processStat(pid);
  if (stat === null) return isProcessAlive(pid) ? '' : null; // no /proc here
  return stat.state === 'Z' || stat.state === 'X' ? null : stat.start;
}

function readOwner(path: string): Owner | null {
  try {
    const [pid, start, boot] = readFileSync(path, 'utf8').trim().split(/\s+/);
    return { pid: Number(pid), start: start ?? '', boot: boot ?? '' };
  } catch {
    return null;
  }
}

/** the owner recorded is a live process other than this one */
function liveOther(owner: Owner): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0 || owner.pid === process.pid) return false;
  if (owner.boot !== currentBootId()) return false;
  const start = startOf(owner.pid);
  return start !== null && (start === '' || owner.start === '' || start === owner.start);
}

/**
 * Take `directory` for this process, or throw 8029 naming the process that has it open.
 * Returns the release (remove the file if it is still ours).
 */
export function takeOwnership(directory: string, name: string): () => void {
  const path = join(directory, OWNER_FILE);
  const me = `${process.pid} ${startOf(process.pid) ?? ''} ${currentBootId()}\n`;
  let holder = '?';
  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner !== null && liveOther(owner)) throw inUse(name, String(owner.pid));
      holder = owner === null ? '?' : String(owner.pid);
      rmSync(path, { force: true }); // gone: take it over (a racing taker meets EEXIST above)
      continue;
    }
    try {
      writeSync(fd, me);
    } finally {
      closeSync(fd);
    }
    return () => {
      if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
    };
  }
  throw inUse(name, holder);
}

function inUse(name: string, pid: string): IngresError {
  return new IngresError(8029, `database '${name}' is open in another process (pid ${pid})`, {
    hint: 'One process, the host daemon, opens a database: stop the other one, or reach the database through the monitor.',
  });
}
