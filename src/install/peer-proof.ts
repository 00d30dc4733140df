/*
 * peer-proof.ts — who is on the other end of a local connection. gRPC on loopback says
 * nothing about the client's uid, and a user name sent by the client ($USER) is only a
 * claim. INGRES took the user from the real uid; so does this, by a file only that uid can
 * have made: the daemon hands out a random nonce, the client creates run/auth/<nonce>
 * (a directory anyone may add to but nobody but the owner may list), and the file's
 * owner is the client's uid. Each proof serves once, within PROOF_TTL_MS.
 */
import { chmodSync, lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { IngresError } from '../common/errors.js';
import { errnoReason } from '../common/files.js';
import { paths } from './installation.js';

/** a nonce not used within this long is forgotten (and its file removed) */
export const PROOF_TTL_MS = 30_000;
const NONCE = /^[0-9a-f]{32}$/;

export interface Proven {
  readonly uid: number;
  /** the login name of uid (/etc/passwd), or "uid N" */
  readonly login: string;
}

function unproven(why: string): IngresError {
  return new IngresError(8033, `cannot tell who you are: ${why}`, {
    hint: 'Run the program on the daemon\'s host, as a user who may enter its installation directory.',
  });
}

/** The daemon's side: nonces handed out, and the files that prove them. */
export class ProofDesk {
  readonly directory: string;
  private readonly issued = new Map<string, number>();

  constructor(root: string, private readonly loginOf: (uid: number) => string, private readonly ttlMs = PROOF_TTL_MS) {
    this.directory = join(paths.run(root), 'auth');
  }

  /** Make the directory: anyone may create files in it (and remove only their own:
   *  sticky), nobody but the daemon's user may list it. */
  prepare(): void {
    mkdirSync(this.directory, { recursive: true });
    chmodSync(this.directory, 0o1733);
  }

  challenge(): { directory: string; nonce: string } {
    const now = Date.now();
    for (const [nonce, expires] of this.issued) {
      if (expires > now) continue;
      this.issued.delete(nonce);
      rmSync(join(this.directory, nonce), { force: true });
    }
    const nonce = randomBytes(16).toString('hex');
    this.issued.set(nonce, now + this.ttlMs);
    return { directory: this.directory, nonce };
  }

  /** The uid whose file proves `nonce`; the nonce and its file are used up. 8033 otherwise. */
  verify(nonce: string): Proven {
    if (nonce === '') throw unproven('the client sent no proof of its user');
    if (!NONCE.test(nonce)) throw unproven('a malformed proof');
    const expires = this.issued.get(nonce);
    this.issued.delete(nonce);
    if (expires === undefined || expires < Date.now()) throw unproven('the proof was not asked for, was used already, or is too old');
    const file = join(this.directory, nonce);
    try {
      const stat = lstatSync(file);
      // a link to someone else's file would carry their uid
      if (!stat.isFile() || stat.nlink !== 1) throw unproven('the proof is not a plain file');
      return { uid: stat.uid, login: this.loginOf(stat.uid) };
    } catch (error) {
      if (error instanceof IngresError) throw error;
      throw unproven(`no proof file (${errnoReason(error)})`);
    } finally {
      rmSync(file, { force: true });
    }
  }
}

/** The client's side: create the file that proves `nonce`; false when it cannot (another
 *  host's client, or a directory it may not enter): the daemon then refuses with 8033. */
export function makeProof(directory: string, nonce: string): boolean {
  if (!NONCE.test(nonce)) return false;
  try {
    writeFileSync(join(directory, nonce), '', { flag: 'wx', mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}

/** Remove a proof the daemon did not use (a call that failed before it looked). */
export function dropProof(directory: string, nonce: string): void {
  if (NONCE.test(nonce)) rmSync(join(directory, nonce), { force: true });
}
