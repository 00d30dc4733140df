/*
 * serverdb-destroy.test.ts — destroydb while a host is down, with real ingresd processes:
 * the returning host learns from its peers' tombstones that its copy is gone and destroys
 * it (no database comes back to life on the others); after destroydb and creatdb of the
 * same name, it destroys the old copy and learns the new one with its catalog. And
 * destroydb while a session is open on another host: refused, nothing destroyed anywhere.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startProgram } from '../process/helpers.js';
import { runBin, TestCluster, waitFor } from './support/cluster.js';

let cluster: TestCluster | null = null;
afterEach(async () => {
  await cluster?.cleanup();
  cluster = null;
});

/** h1..h3 hold database a with relation `old` (on h3); h3 stops. */
async function withDatabase(): Promise<TestCluster> {
  const c = await TestCluster.init(3);
  await c.start();
  expect((await c.creatdb('h1', 'a')).status).toBe(0);
  for (const host of c.hosts) await c.waitReady(host, 'a');
  const made = await c.quel('h3', 'a', 'create old (x = i4)\nappend to old (x = 1)\n\\g\n');
  expect(made.stdout + made.stderr).not.toMatch(/^\d{4}:/m);
  await c.stop('h3');
  await c.waitUp('h1', 'a', 'h3', false);
  return c;
}

describe('destroydb while a host is down', () => {
  it('the returning host destroys its copy, and nobody learns the database back from it', async () => {
    cluster = await withDatabase();
    const destroyed = await runBin('destroydb', ['a'], cluster.env('h1'));
    expect(destroyed.stderr).toBe('');
    expect(destroyed.status).toBe(0);
    expect(cluster.dblist('h1')).toEqual([]);
    expect(cluster.dblist('h2')).toEqual([]);
    expect(cluster.dblist('h3')).toEqual(['a']);
    await cluster.start('h3');
    await waitFor('h3 to destroy its copy', () => cluster!.dblist('h3').length === 0);
    await waitFor('h3 to remove the data', () => !existsSync(join(cluster!.root('h3'), 'data', 'a')));
    // h3's heartbeats named the database for a while: h1 and h2 did not create it again
    const status = await cluster.status();
    expect(status.stdout).not.toContain('database a:');
    expect(cluster.dblist('h1')).toEqual([]);
    expect(cluster.dblist('h2')).toEqual([]);
    const opened = await cluster.quel('h3', 'a', 'help\n\\g\n');
    expect(opened.stdout + opened.stderr).toMatch(/^8001: .*'a'/m);
  });

  it('after destroydb and creatdb of the same name, the returning host takes the new database', async () => {
    cluster = await withDatabase();
    expect((await runBin('destroydb', ['a'], cluster.env('h1'))).status).toBe(0);
    expect((await cluster.creatdb('h2', 'a')).status).toBe(0);
    for (const host of ['h1', 'h2']) await cluster.waitReady(host, 'a');
    const made = await cluster.quel('h1', 'a', 'create fresh (y = i4)\nappend to fresh (y = 2)\n\\g\n');
    expect(made.stdout + made.stderr).not.toMatch(/^\d{4}:/m);
    const d1 = await cluster.waitReady('h1', 'a');
    await cluster.start('h3');
    await waitFor('h3 to take the new database', async () => (await cluster!.dbState('h3', 'a').catch(() => null))?.catalogDigest === d1);
    const help = await cluster.quel('h3', 'a', 'help\n\\g\n');
    expect(help.stdout).toContain('fresh');
    expect(help.stdout).not.toMatch(/\bold\b/);
    const rows = await cluster.quel('h3', 'a', 'range of f is fresh\nretrieve (f.y)\n\\g\n');
    expect(rows.stdout).toMatch(/\|\s*2\|/);
  });
});

describe('destroydb while a session is open on another host', () => {
  it('is refused with 8010 naming that host, and the database stays whole on every host', async () => {
    const c = await TestCluster.init(3);
    cluster = c;
    await c.start();
    expect((await c.creatdb('h1', 'a')).status).toBe(0);
    for (const host of c.hosts) await c.waitReady(host, 'a');
    const made = await c.quel('h1', 'a', 'create k (x = i4) at h2\nappend to k (x = 1)\n\\g\n');
    expect(made.stdout + made.stderr).not.toMatch(/^\d{4}:/m);
    const monitor = startProgram('ingres', ['-s', 'a'], c.env('h3'));
    try {
      monitor.stdin?.write('retrieve (marker = 1)\n\\g\n');
      await waitFor('the session on h3', () => monitor.output().includes('|marker'));
      const refused = await runBin('destroydb', ['a'], c.env('h1'));
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/^8010: database 'a' is in use on host h3: /);
      for (const host of c.hosts) expect(c.dblist(host)).toEqual(['a']);
      // nothing was taken away, and h1 and h2 take sessions again at once
      const rows = await c.quel('h1', 'a', 'range of k is k\nretrieve (k.x)\n\\g\n');
      expect(rows.stdout).toMatch(/\|\s*1\|/);
      expect(rows.stderr).toBe('');
    } finally {
      monitor.stdin?.end('\\q\n');
      await waitFor('the monitor to exit', () => monitor.exitCode !== null);
    }
    // with the session gone, destroydb goes through everywhere
    await waitFor('destroydb', async () => (await runBin('destroydb', ['a'], c.env('h1'))).status === 0);
    for (const host of c.hosts) expect(c.dblist(host)).toEqual([]);
  });
});
