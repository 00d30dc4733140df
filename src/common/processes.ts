/*
 * processes.ts — is a process (named by a pid in a lock or pid file) still there? Signal 0
 * says whether the pid exists; Linux's /proc/PID/stat adds its state (a zombie is gone for
 * our purposes) and its start time, which tells a reused pid from the process recorded.
 */
import { readFileSync } from 'node:fs';

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** /proc/PID/stat's state letter and start time (clock ticks since boot), or null where
 *  it cannot be read (the process is gone, or no /proc here) */
export function processStat(pid: number): { readonly state: string; readonly start: string } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', start: fields[19] ?? '' };
}
