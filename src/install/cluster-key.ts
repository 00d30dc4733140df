/*
 * cluster-key.ts — etc/cluster.key, the secret every host of a cluster shares: 32 random
 * bytes as 64 hex digits, mode 0600, owned by the installation's owner. Host-to-host
 * calls prove they hold it (src/net/peer-auth.ts); a daemon without it does not start.
 * `ingres-cluster init` writes one key to every host it makes; a one-host installation's
 * daemon makes its own at its first start (loadClusterKey).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngresError } from '../common/errors.js';
import { errnoReason, replaceFileDurably } from '../common/files.js';

export const CLUSTER_KEY_FILE = 'cluster.key';
const KEY_BYTES = 32;

/** etc/cluster.key of the installation at `root` */
export function clusterKeyPath(root: string): string {
  return join(root, 'etc', CLUSTER_KEY_FILE);
}

/** A new random key, as the file holds it (64 hex digits). */
export function newClusterKey(): string {
  return randomBytes(KEY_BYTES).toString('hex');
}

/** Write `key` (hex) as `root`'s etc/cluster.key, 0600, durably. */
export function writeClusterKey(root: string, key: string): void {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('a cluster key is 64 hex digits');
  replaceFileDurably(clusterKeyPath(root), `${key}\n`, { mode: 0o600 });
}

function keyError(path: string, why: string, hint: string): IngresError {
  return new IngresError(8034, `the cluster key ${path} ${why}`, { hint });
}

/**
 * The key of the installation at `root` (32 bytes). A missing file is made when this is
 * a one-host installation (`hostCount` 1: nobody else needs the same one); otherwise
 * 8034 says to copy it from another host. A key readable by other users, not a plain
 * file, or not 64 hex digits is 8034 as well: a daemon does not start on it.
 */
export function loadClusterKey(root: string, hostCount: number): Buffer {
  const path = clusterKeyPath(root);
  if (!existsSync(path)) {
    if (hostCount <= 1) {
      writeClusterKey(root, newClusterKey());
    } else {
      throw keyError(path, 'is missing', `Every host of a cluster needs the same key: copy etc/${CLUSTER_KEY_FILE} from another host (mode 0600); for hosts made by ingres-cluster init, 'ingres-cluster key DIR' gives every host of DIR the same one.`);
    }
  }
  let text: string;
  try {
    const stat = lstatSync(path);
    if (!stat.isFile()) throw keyError(path, 'is not a plain file', `Make it a regular file of 64 hex digits, mode 0600.`);
    if ((stat.mode & 0o077) !== 0) {
      throw keyError(path, `may be read by other users (mode ${(stat.mode & 0o777).toString(8)})`, `chmod 600 ${path}: whoever reads it can act as a host of the cluster.`);
    }
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    if (error instanceof IngresError) throw error;
    throw keyError(path, `cannot be read: ${errnoReason(error)}`, 'The daemon runs as the installation owner, who owns the key.');
  }
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw keyError(path, 'is damaged (not 64 hex digits)', `Copy etc/${CLUSTER_KEY_FILE} from another host of the cluster.`);
  }
  return Buffer.from(text, 'hex');
}
