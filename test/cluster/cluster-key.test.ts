/*
 * cluster-key.test.ts — hosts prove to each other that they hold the cluster's key
 * (etc/cluster.key; src/net/peer-auth.ts), so nobody else can run a peer's calls on a
 * daemon. Real ingresd processes: a slave call without the key, or with another one, is
 * 7005 and changes nothing; a host with another key is kept out of the group (status says
 * why, statements needing it fail with 7004) and rejoins with the right one; a key open to
 * other users keeps a daemon from starting (8034).
 */
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { unary } from '../../src/dbsys/distributed/peers.js';
import { newClusterKey } from '../../src/install/cluster-key.js';
import { clearPeerIdentity, setPeerIdentity } from '../../src/net/peer-auth.js';
import { SlaveService } from '../../src/net/slave-service.js';
import { parse } from '../../src/parser/index.js';
import { BankCluster, dbStateOn, rowsOf as rows, waitFor } from './support/bank-cluster.js';

const DB = 'keyed';
let cluster: BankCluster;

const keyFile = (host: string): string => join(cluster.iiSystem(host), 'etc', 'cluster.key');

async function runOn(host: string, text: string) {
  return await cluster.runOn(host, DB, text, 20_000);
}

async function valuesOfR2(): Promise<unknown[][]> {
  return rows(await runOn('h3', 'range of b is r2\nretrieve (b.id, b.v) sort by id'));
}

/** h2's Slave.Execute of an append to r2, as a master would send it (the test process's
 *  identity: none, or `key` as host h9). */
async function appendAsPeer(key: Buffer | null): Promise<{ code?: number; message?: string } | null> {
  if (key === null) clearPeerIdentity();
  else setPeerIdentity('h9', key);
  const statement = parse('append to r2 (id = 2, v = 666)')[0];
  return await unary(cluster.address('h2'), 'h2', 'r2', SlaveService.Execute, {
    database: DB, globalId: 'h9.1.1', user: 'ingres', userHost: 'h9', statementJson: JSON.stringify(statement),
  }, 10_000).then(() => null, (error: unknown) => error as { code?: number; message?: string });
}

beforeAll(async () => {
  cluster = await BankCluster.serving(3, 'ingres-key-', DB, 'h3');
  rows(await runOn('h3', 'create r2 (id = i4, v = i4) at h2\nappend to r2 (id = 1, v = 7)'));
}, 120_000);

afterEach(() => {
  clearPeerIdentity();
});

afterAll(async () => {
  await cluster?.destroy();
}, 60_000);

describe('the cluster key', () => {
  test('ingres-cluster init gives every host the same key, readable by the owner alone', () => {
    const key = readFileSync(keyFile('h1'), 'utf8');
    expect(key).toMatch(/^[0-9a-f]{64}\n$/);
    for (const host of cluster.hosts) {
      expect(readFileSync(keyFile(host), 'utf8')).toBe(key);
      expect(statSync(keyFile(host)).mode & 0o777).toBe(0o600);
    }
  });

  test('a peer call without the key, or with another, is refused with 7005 and changes nothing; the refusal is logged', async () => {
    const none = await appendAsPeer(null);
    expect(`${none?.code}: ${none?.message}`).toBe('7005: host h2 refused the call: the call carries no proof of the cluster key');
    const other = await appendAsPeer(Buffer.from(newClusterKey(), 'hex'));
    expect(`${other?.code}: ${other?.message}`).toBe("7005: host h2 refused the call: the etc/cluster.key of host h9 differs from host h2's");
    expect(await valuesOfR2()).toEqual([[1, 7]]);
    const log = readFileSync(join(cluster.iiSystem('h2'), 'log', 'ingresd.log'), 'utf8');
    expect(log).toContain('refused a peer call: the call carries no proof of the cluster key');
    expect(log).toContain("refused a peer call: the etc/cluster.key of host h9 differs from host h2's");
  }, 60_000);

  test('a host with another key is kept out of the group, says why in status, and rejoins with the right key', async () => {
    const right = readFileSync(keyFile('h2'), 'utf8');
    await cluster.stop(['h2']);
    writeFileSync(keyFile('h2'), `${newClusterKey()}\n`, { mode: 0o600 });
    await cluster.start(['h2']);
    try {
      const state = await waitFor('h3 to be refused by h2', async () => {
        const s = await dbStateOn(cluster, 'h3', DB);
        return (s.note ?? '').includes("host h2 refused the call: the etc/cluster.key of host h3 differs from host h2's") ? s : null;
      }, 30_000, 100);
      // (h1 tries h2 on its own schedule: its note may come a little after h3's)
      await waitFor('h1 to be refused by h2', async () => {
        const s = await dbStateOn(cluster, 'h1', DB);
        return (s.note ?? '').includes("host h2 refused the call: the etc/cluster.key of host h1 differs from host h2's") ? s : null;
      }, 30_000, 100);
      expect(state.rows?.find((r) => r.host === 'h2')?.up).toBe(false);
      // what lives on h2 is not reachable from h3: at once, naming h2
      const blocked = (await runOn('h3', 'range of b is r2\nretrieve (b.v)')).find((r) => r.kind === 'error');
      expect(blocked?.kind === 'error' ? `${blocked.error.code}: ${blocked.error.message}` : 'no error').toBe('7004: host h2 is down; relation r2 is not available');
      // relations elsewhere go on
      rows(await runOn('h3', 'create r1 (id = i4) at h1\nappend to r1 (id = 1)'));
      const status = await cluster.status();
      expect(status.stdout).toContain("note: host h2 refused the call: the etc/cluster.key of host h1 differs from host h2's");
    } finally {
      await cluster.stop(['h2']);
      writeFileSync(keyFile('h2'), right, { mode: 0o600 });
      await cluster.start(['h2']);
    }
    await waitFor('h2 to rejoin', async () => {
      const s = await dbStateOn(cluster, 'h3', DB);
      return s.rows?.find((r) => r.host === 'h2')?.up === true && !(s.note ?? '').includes('refused') ? s : null;
    }, 30_000, 100);
    expect(await waitFor('r2 served again', async () => valuesOfR2().catch(() => null), 30_000, 200)).toEqual([[1, 7]]);
  }, 120_000);

  test('a key other users may read keeps the daemon from starting: 8034, and it starts once the mode is 0600', async () => {
    await cluster.stop(['h2']);
    chmodSync(keyFile('h2'), 0o644);
    const failed = await cluster.start(['h2']).then(() => null, (error: unknown) => String(error));
    expect(failed).toContain(`8034: the cluster key ${keyFile('h2')} may be read by other users (mode 644)`);
    expect(cluster.isUp('h2')).toBe(false);
    chmodSync(keyFile('h2'), 0o600);
    await cluster.start(['h2']);
    expect(await waitFor('r2 served again', async () => valuesOfR2().catch(() => null), 30_000, 200)).toEqual([[1, 7]]);
  }, 120_000);
});
