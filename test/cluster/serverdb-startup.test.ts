/*
 * serverdb-startup.test.ts — seed 004 §3's start-up cases 1–6 with real ingresd processes
 * booted through ingres-cluster: hosts with no database, creatdb live on every ON host, a
 * host without the database learning it and copying the catalog, a host that cannot vouch
 * copying from one that can (and everyone waiting while none can), and a host coming ON
 * while transactions change the catalog (the copy waits for them).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HostClient } from '../../src/net/client.js';
import { runBin, TestCluster, waitFor } from './support/cluster.js';

let cluster: TestCluster | null = null;
afterEach(async () => {
  await cluster?.cleanup();
  cluster = null;
});

const NOT_VOUCHING = { userhost: false, membership: 'parti', cons: false } as const;

/** A catalog change on `host` (the 2PC carries it to every other live host as UP_SYS). */
async function ddl(c: TestCluster, host: string, db: string, quel: string): Promise<void> {
  const result = await c.quel(host, db, `${quel}\n\\g\n`);
  expect(result.stdout + result.stderr).not.toMatch(/^\d{4}:/m);
}

describe('start-up cases of seed 004 §3', () => {
  it('case 1: only h1 is ON and no database exists', async () => {
    cluster = await TestCluster.init(3);
    await cluster.start('h1');
    const status = await cluster.status();
    expect(status.status).toBe(1); // some hosts are down
    expect(status.stdout).toMatch(/^h1\t127\.0\.0\.1:\d+\tup pid \d+\tsessions 0\t$/m);
    expect(status.stdout).toMatch(/^h2\t127\.0\.0\.1:\d+\tdown$/m);
    expect(status.stdout).not.toContain('database ');
    expect(cluster.dblist('h1')).toEqual([]);
  });

  it('case 2: h2 comes ON while only h1 is ON, still no database', async () => {
    cluster = await TestCluster.init(2);
    await cluster.start('h1');
    await cluster.start('h2');
    const status = await cluster.status();
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/^h1\t.*\tup pid/m);
    expect(status.stdout).toMatch(/^h2\t.*\tup pid/m);
    expect(cluster.dblist('h1')).toEqual([]);
    expect(cluster.dblist('h2')).toEqual([]);
  });

  it('case 3: creatdb A on h1 while h1 and h2 are ON creates it on both, live', async () => {
    cluster = await TestCluster.init(3);
    await cluster.start('h1', 'h2');
    const pids = [cluster.pid('h1'), cluster.pid('h2')];
    const made = await cluster.creatdb('h1', 'a');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    for (const host of ['h1', 'h2']) {
      expect(cluster.dblist(host)).toEqual(['a']);
      expect(readFileSync(join(cluster.root(host), 'etc', 'a_host'), 'utf8')).toBe('h1\nh2\nh3\n');
      expect(cluster.readDbst(host, 'a')).toEqual({ userhost: true, membership: 'coord', cons: true });
    }
    expect(existsSync(join(cluster.root('h3'), 'data', 'a'))).toBe(false); // h3 is down
    const d1 = await cluster.waitReady('h1', 'a');
    const d2 = await cluster.waitReady('h2', 'a');
    expect(d2).toBe(d1);
    expect([cluster.pid('h1'), cluster.pid('h2')]).toEqual(pids); // no reboot
    await cluster.waitUp('h2', 'a', 'h1', true);
    // usable at once on h2
    const r = await cluster.quel('h2', 'a', 'create t (x = i4)\nappend to t (x = 7)\nrange of t is t\nretrieve (t.x)\n\\g\n');
    expect(r.stdout).toMatch(/^\| *7\|$/m);
    // a second creatdb of the same name fails everywhere it exists
    const again = await cluster.creatdb('h2', 'a');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^8002: database 'a' already exists/m);
  });

  it('case 4: h3 without the database comes ON while h1 and h2 hold it: it learns it and copies the catalog', async () => {
    cluster = await TestCluster.init(3);
    await cluster.start('h1', 'h2');
    expect((await cluster.creatdb('h1', 'a')).status).toBe(0);
    await cluster.waitReady('h2', 'a');
    await ddl(cluster, 'h1', 'a',
      'create parts (pno = i4, pname = c20)\nmodify parts to isam on pno\nrange of p is parts\ndefine permit retrieve on p to all');
    const d1 = await cluster.waitReady('h1', 'a');
    expect(await cluster.waitReady('h2', 'a')).toBe(d1);
    expect(cluster.dblist('h3')).toEqual([]);
    await cluster.start('h3');
    const d3 = await cluster.waitReady('h3', 'a');
    expect(d3).toBe(d1);
    expect(cluster.dblist('h3')).toEqual(['a']);
    expect(cluster.readDbst('h3', 'a')).toEqual({ userhost: true, membership: 'coord', cons: true });
    const help = await cluster.quel('h3', 'a', 'help parts\n\\g\n');
    expect(help.stdout).toMatch(/pno/);
    expect(help.stdout).toMatch(/isam/i);
  });

  it('case 5: a host that cannot vouch copies the catalog; while none can vouch, every host waits', async () => {
    cluster = await TestCluster.init(3);
    await cluster.start();
    expect((await cluster.creatdb('h1', 'a')).status).toBe(0);
    for (const host of cluster.hosts) await cluster.waitReady(host, 'a');
    await cluster.stop('h3');
    await cluster.waitUp('h1', 'a', 'h3', false);
    await ddl(cluster, 'h1', 'a', 'create emp (name = c10, sal = i4)\nindex on emp is empx (sal)');
    expect(await cluster.waitReady('h2', 'a')).toBe(await cluster.waitReady('h1', 'a'));
    const d1 = await cluster.waitReady('h1', 'a');
    // h3 went OFF as a participant in the middle of a transaction: Parti/Incons
    cluster.writeDbst('h3', 'a', NOT_VOUCHING);
    await cluster.start('h3');
    expect(await cluster.waitReady('h3', 'a')).toBe(d1);
    expect(cluster.readDbst('h3', 'a')).toEqual({ userhost: true, membership: 'coord', cons: true });

    // everyone OFF; only h1 can vouch when they come back; h2 and h3 come first and wait
    await cluster.stop();
    cluster.writeDbst('h1', 'a', { userhost: true, membership: 'coord', cons: true });
    cluster.writeDbst('h2', 'a', { userhost: false, membership: 'parti', cons: true });
    cluster.writeDbst('h3', 'a', { userhost: true, membership: 'parti', cons: false });
    await cluster.start('h2', 'h3');
    await cluster.waitUp('h2', 'a', 'h3', true);
    for (const host of ['h2', 'h3']) {
      const state = await cluster.dbState(host, 'a');
      expect(state?.ready).toBe(false);
      expect(state?.rows?.find((r) => r.host === host)?.waitsys).toBe(true);
    }
    // a session on a waiting host waits for the catalog
    const waiting = runBin('ingres', ['-s', 'a'], cluster.env('h2'), 'range of e is emp\nretrieve (e.all)\n\\g\n');
    let finished = false;
    void waiting.then(() => { finished = true; });
    const status = await cluster.status();
    expect(status.stdout).toMatch(/database a: waiting \(waitsys\)/);
    expect(finished).toBe(false);
    await cluster.start('h1');
    expect(await cluster.waitReady('h2', 'a')).toBe(d1);
    expect(await cluster.waitReady('h3', 'a')).toBe(d1);
    const result = await waiting;
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/\|name +\|sal +\|/);
  });

  it('case 6: h3 comes ON while h1 and h2 run database systems: it copies a catalog that no transaction is changing', async () => {
    cluster = await TestCluster.init(3);
    await cluster.start();
    expect((await cluster.creatdb('h1', 'a')).status).toBe(0);
    for (const host of cluster.hosts) await cluster.waitReady(host, 'a');
    await cluster.kill('h3');
    cluster.writeDbst('h3', 'a', NOT_VOUCHING);
    const clients = ['h1', 'h2'].map((host) => new HostClient(cluster!.address(host), host));
    try {
      const [writer, reader] = await Promise.all(clients.map((client) => client.openSession('a', { user: 'ingres' })));
      // h1: a transaction changing the catalog; h2: a reader session
      expect((await writer!.run('begin transaction\ncreate late (x = i4)\nappend to late (x = 1)\n')).every((r) => r.kind !== 'error')).toBe(true);
      expect((await reader!.run('help\n')).every((r) => r.kind !== 'error')).toBe(true);
      await cluster.start('h3');
      await cluster.waitUp('h1', 'a', 'h3', true);
      expect((await writer!.run('end transaction\n')).every((r) => r.kind !== 'error')).toBe(true);
      const d1 = await cluster.waitReady('h1', 'a');
      expect(await cluster.waitReady('h2', 'a')).toBe(d1);
      expect(await cluster.waitReady('h3', 'a')).toBe(d1);
      const help = await cluster.quel('h3', 'a', 'help late\n\\g\n');
      expect(help.stderr).toBe('');
      expect(help.stdout).toContain('late');
      await writer!.close();
      await reader!.close();
    } finally {
      for (const client of clients) client.close();
    }
  });

  it('the catalog copy waits while the only vouching host has a transaction changing its catalog', async () => {
    cluster = await TestCluster.init(2);
    await cluster.start();
    expect((await cluster.creatdb('h1', 'a')).status).toBe(0);
    await cluster.waitReady('h2', 'a');
    await cluster.kill('h2');
    cluster.writeDbst('h2', 'a', NOT_VOUCHING);
    const client = new HostClient(cluster.address('h1'), 'h1');
    try {
      const logOf = (host: string): string => readFileSync(join(cluster!.root(host), 'log', 'ingresd.log'), 'utf8');
      const sent = (): number => logOf('h1').split('catalog sent').length - 1;
      const session = await client.openSession('a', { user: 'ingres' });
      expect((await session.run('begin transaction\ncreate late (x = i4)\n')).every((r) => r.kind !== 'error')).toBe(true);
      const sentBefore = sent();
      await cluster.start('h2');
      await cluster.waitUp('h1', 'a', 'h2', true);
      await cluster.waitUp('h2', 'a', 'h1', true);
      // h2 asked for the catalog (sys_cat) and is held behind the transaction's X lock
      expect((await cluster.dbState('h2', 'a'))?.ready).toBe(false);
      expect(sent()).toBe(sentBefore);
      expect((await session.run('end transaction\n')).every((r) => r.kind !== 'error')).toBe(true);
      const d1 = await cluster.waitReady('h1', 'a');
      expect(await cluster.waitReady('h2', 'a')).toBe(d1);
      await waitFor('the copy in h2\'s log', () => logOf('h2').includes('catalog copied'));
      expect(sent()).toBeGreaterThan(sentBefore);
      await session.close();
    } finally {
      client.close();
    }
  });
});
