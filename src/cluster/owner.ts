/*
 * owner.ts — "only the super user edits dblist and <db>_host" (seed 004 §2): creatdb,
 * destroydb and demodb may be run only by the installation owner, the user owning
 * $II_SYSTEM (or root). Checked by the programs before they ask the daemon (the daemon
 * cannot see the uid of a client on another host); error 8020 otherwise. The monitor's
 * `-uNAME` is the DBA's or the super user's alone (QUEL.md §8): 8031 otherwise.
 */
import { readFileSync, statSync } from 'node:fs';
import { IngresError, ingresError } from '../common/errors.js';

/** The login name of a uid from /etc/passwd, or "uid N". */
export function userName(uid: number): string {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [name, , id] = line.split(':');
      if (name !== undefined && Number(id) === uid) return name;
    }
  } catch { /* no passwd file */ }
  return `uid ${uid}`;
}

/** Throws 8020 unless `uid` may administer an installation owned by `ownerUid`. */
export function checkOwner(ownerUid: number, uid: number, program: string, root: string): void {
  if (uid === 0 || uid === ownerUid) return;
  throw new IngresError(8020, `only the installation owner (${userName(ownerUid)}) may run ${program}`, {
    detail: `${root} belongs to ${userName(ownerUid)}; you are ${userName(uid)}`,
  });
}

/** The check for this process against the installation at `root`. */
export function checkInstallationOwner(root: string, program: string): void {
  if (typeof process.getuid !== 'function') return;
  let ownerUid: number;
  try {
    ownerUid = statSync(root).uid;
  } catch {
    return; // no installation: the program reports that itself
  }
  checkOwner(ownerUid, process.getuid(), program, root);
}

/** The database administrator: every database's DBA (the sessions' `dba`). */
export const DBA = 'ingres';

/** Whether `login` may act as user `as`: itself; anyone for root, the DBA and the
 *  installation owner `owner` (the monitor's -u, and the daemon's check of a session). */
export function mayActAs(login: string, as: string, owner: string | null): boolean {
  return as === login || login === DBA || login === 'root' || login === owner;
}

/**
 * `ingres -uNAME`: act as another user. Only the DBA or the super user may (QUEL.md §8);
 * the super user is root or the installation owner (the login name owning `root`).
 * Identities are login names, as everywhere here (the session's user is `$USER`).
 * Throws 8031 for anyone else.
 */
export function checkActAs(root: string, login: string, as: string): void {
  let owner: string | null = null;
  try {
    owner = userName(statSync(root).uid);
  } catch {
    // no installation: the monitor reports that itself
  }
  if (mayActAs(login, as, owner)) return;
  const refused = ingresError(8031, DBA, login);
  throw new IngresError(8031, refused.message, {
    hint: `${owner === null ? 'The' : `The installation owner is ${owner}; the`} DBA's own monitors and the owner's may use -u${as}.`,
  });
}
