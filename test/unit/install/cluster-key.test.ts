/*
 * cluster-key.test.ts — etc/cluster.key (src/install/cluster-key.ts): made 0600 for a
 * one-host installation, one key for every host `writeInstallation` is given, and a
 * daemon's refusal (8034) of a key that is missing on a host of several, open to other
 * users, not a plain file, or damaged.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { clusterKeyPath, loadClusterKey, newClusterKey, writeClusterKey } from '../../../src/install/cluster-key.js';
import { writeInstallation } from '../../../src/install/installation.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function root(): string {
  const made = mkdtempSync(join(tmpdir(), 'ingres-key-'));
  roots.push(made);
  mkdirSync(join(made, 'etc'));
  return made;
}

function refusal(at: string, hosts: number): IngresError {
  try {
    loadClusterKey(at, hosts);
  } catch (error) {
    if (error instanceof IngresError) return error;
    throw error;
  }
  throw new Error('the key was accepted');
}

describe('etc/cluster.key', () => {
  test('a one-host installation makes its own: 64 hex digits, mode 0600, the same key on each load', () => {
    const at = root();
    const key = loadClusterKey(at, 1);
    expect(key.length).toBe(32);
    expect(readFileSync(clusterKeyPath(at), 'utf8')).toBe(`${key.toString('hex')}\n`);
    expect(statSync(clusterKeyPath(at)).mode & 0o777).toBe(0o600);
    expect(loadClusterKey(at, 1).equals(key)).toBe(true);
  });

  test('writeInstallation writes the key it is given, and keeps one already there', () => {
    const parent = mkdtempSync(join(tmpdir(), 'ingres-key-'));
    roots.push(parent);
    const key = newClusterKey();
    const hosts = [{ name: 'h1', address: '127.0.0.1:1' }, { name: 'h2', address: '127.0.0.1:2' }];
    for (const host of hosts) writeInstallation(join(parent, host.name), { hostname: host.name, hosts, clusterKey: key });
    for (const host of hosts) {
      expect(loadClusterKey(join(parent, host.name), 2).toString('hex')).toBe(key);
      expect(statSync(clusterKeyPath(join(parent, host.name))).mode & 0o777).toBe(0o600);
    }
    writeInstallation(join(parent, 'h1'), { hostname: 'h1', hosts });
    expect(readFileSync(clusterKeyPath(join(parent, 'h1')), 'utf8').trim()).toBe(key);
  });

  test('missing on a host of several: 8034, nothing made (a key of its own would keep it out of the group)', () => {
    const at = root();
    const error = refusal(at, 3);
    expect(error.code).toBe(8034);
    expect(error.message).toBe(`the cluster key ${clusterKeyPath(at)} is missing`);
    expect(error.hint).toContain('copy etc/cluster.key from another host');
    expect(existsSync(clusterKeyPath(at))).toBe(false);
  });

  test('readable by others, a symbolic link, a directory or damaged: 8034 saying which', () => {
    const at = root();
    writeClusterKey(at, newClusterKey());
    chmodSync(clusterKeyPath(at), 0o640);
    expect(refusal(at, 1).format()).toBe(`8034: the cluster key ${clusterKeyPath(at)} may be read by other users (mode 640)\n` +
      `HINT: chmod 600 ${clusterKeyPath(at)}: whoever reads it can act as a host of the cluster.`);
    chmodSync(clusterKeyPath(at), 0o600);

    const elsewhere = join(at, 'elsewhere.key');
    writeFileSync(elsewhere, `${newClusterKey()}\n`, { mode: 0o600 });
    const linked = root();
    symlinkSync(elsewhere, clusterKeyPath(linked));
    expect(refusal(linked, 1).message).toBe(`the cluster key ${clusterKeyPath(linked)} is not a plain file`);

    const directory = root();
    mkdirSync(clusterKeyPath(directory));
    expect(refusal(directory, 1).message).toBe(`the cluster key ${clusterKeyPath(directory)} is not a plain file`);

    for (const text of ['', 'abc\n', `${'g'.repeat(64)}\n`, `${newClusterKey()}${newClusterKey()}\n`]) {
      writeFileSync(clusterKeyPath(at), text, { mode: 0o600 });
      expect(refusal(at, 1).message).toBe(`the cluster key ${clusterKeyPath(at)} is damaged (not 64 hex digits)`);
    }
  });
});
