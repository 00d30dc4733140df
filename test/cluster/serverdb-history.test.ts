/*
 * serverdb-history.test.ts — hosts that return in another order than they left, with real
 * ingresd processes: the catalog history decides whose catalog is newer. A host that
 * missed catalog changes and boots first no longer makes the host holding them destroy
 * them (it copies theirs instead, live); two vouching hosts booting together take the
 * newer catalog, the older one waiting for the other before it serves anything; hosts that
 * changed the catalog while apart both keep their relations and their tuples, and the one
 * coming back waits and says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alive as isAlive } from '../process/helpers.js';
import { TestCluster, waitFor } from './support/cluster.js';

let cluster: TestCluster | null = null;
afterEach(async () => {
  await cluster?.cleanup();
  cluster = null;
});

async function quelOk(c: TestCluster, host: string, script: string): Promise<string> {
  const result = await c.quel(host, 'a', `${script}\n\\g\n`);
  expect(result.stdout + result.stderr).not.toMatch(/^\d{4}:/m);
  return result.stdout;
}

/** h1 and h2 hold database a; h2 leaves; h1 creates `keep` (on h1) with a tuple; h1 leaves. */
async function missedChange(env: Record<string, string> = {}): Promise<TestCluster> {
  const c = await TestCluster.init(2, { env });
  await c.start();
  expect((await c.creatdb('h1', 'a')).status).toBe(0);
  for (const host of c.hosts) await c.waitReady(host, 'a');
  await c.stop('h2');
  await c.waitUp('h1', 'a', 'h2', false);
  await quelOk(c, 'h1', 'create keep (x = i4)\nappend to keep (x = 7)');
  await c.stop('h1');
  return c;
}

describe('catalog history across restarts', () => {
  it('a host that missed a catalog change and boots first copies it from the host that has it, which keeps its relation', async () => {
    cluster = await missedChange();
    await cluster.start('h2');
    const before = await cluster.waitReady('h2', 'a'); // alone, it vouches with the catalog it had
    expect((await cluster.dbState('h2', 'a'))?.catalogChanges).toBe(0);
    await cluster.start('h1');
    const d1 = await cluster.waitReady('h1', 'a');
    expect(d1).not.toBe(before);
    // h2, running, learns that h1's catalog is newer and copies it live
    await waitFor('h2 to copy the newer catalog', async () => (await cluster!.waitReady('h2', 'a')) === d1);
    expect((await cluster.dbState('h2', 'a'))?.catalogChanges).toBe(1);
    for (const host of ['h1', 'h2']) {
      expect(await quelOk(cluster, host, 'range of k is keep\nretrieve (k.x)')).toMatch(/\|\s*7\|/);
    }
  });

  it('a vouching host booting while the one with the newer catalog runs takes that catalog before it is ready', async () => {
    cluster = await missedChange();
    await cluster.start('h1');
    await cluster.start('h2');
    const d1 = await cluster.waitReady('h1', 'a');
    expect(await cluster.waitReady('h2', 'a')).toBe(d1);
    expect(await quelOk(cluster, 'h2', 'range of k is keep\nretrieve (k.x)')).toMatch(/\|\s*7\|/);
  });

  it('two vouching hosts booting together end with the newer catalog on both', async () => {
    // "together" = within the boot grace (the host timeout): with the default 1.5 s, a
    // loaded machine (a full npm test run, 12-07) started h1 later than that, and h2 rightly
    // vouched alone first with the catalog it had
    cluster = await missedChange({ INGRES_HOST_TIMEOUT_MS: '5000' });
    await cluster.start('h1', 'h2');
    const d1 = await cluster.waitReady('h1', 'a');
    expect(await cluster.waitReady('h2', 'a')).toBe(d1);
    expect((await cluster.dbState('h2', 'a'))?.catalogChanges).toBe(1);
    expect(await quelOk(cluster, 'h2', 'range of k is keep\nretrieve (k.x)')).toMatch(/\|\s*7\|/);
  });

  it('a vouching host whose peer is not listening yet waits for it before it serves its older catalog', async () => {
    // h2 (older catalog) rises while h1 is down: it may not vouch alone until h1 has had the
    // boot grace (the host timeout, 5 s here) to answer; h1 boots within it
    cluster = await missedChange({ INGRES_HOST_TIMEOUT_MS: '5000' });
    const logPath = join(cluster.root('h2'), 'log', 'ingresd.log');
    const earlier = readFileSync(logPath, 'utf8').length;
    await cluster.start('h2');
    await cluster.start('h1');
    const d1 = await cluster.waitReady('h1', 'a');
    expect(await cluster.waitReady('h2', 'a')).toBe(d1);
    const log = readFileSync(logPath, 'utf8').slice(earlier); // this boot's lines
    expect(log).toMatch(/host h1 not heard from since this host started: waiting up to 5000 ms/);
    expect(log).not.toMatch(/catalog vouched for by <db>_dbst/); // it never served its own catalog
    expect(log).toMatch(/copying their catalog/);
  });

  it('hosts that changed the catalog while apart keep both changes; the one coming back waits and says why', async () => {
    cluster = await missedChange();
    await cluster.start('h2');
    await cluster.waitReady('h2', 'a');
    await quelOk(cluster, 'h2', 'create other (y = i4)\nappend to other (y = 8)');
    await cluster.start('h1');
    await waitFor('h1 to report the conflict', async () => /diverged/.test((await cluster!.dbState('h1', 'a'))?.note ?? ''));
    const state = await cluster.dbState('h1', 'a');
    expect(state?.ready).toBe(false);
    const status = await cluster.status();
    expect(status.stdout).toMatch(/note: catalog diverged from host h2's/);
    // nothing was copied over either side: h2 still serves its relation and its tuple
    expect(await quelOk(cluster, 'h2', 'range of o is other\nretrieve (o.y)')).toMatch(/\|\s*8\|/);

    // the operator resolves it: h1 gives up its change and takes h2's catalog
    const self = await cluster.cli('adopt', cluster.dir, 'h1', 'a', 'h1');
    expect(self.status).not.toBe(0);
    expect(self.stderr).toMatch(/^7012: host h1 cannot adopt its own catalog/m);
    const adopted = await cluster.cli('adopt', cluster.dir, 'h1', 'a', 'h2');
    expect(adopted.stderr).toBe('');
    expect(adopted.stdout).toBe('h1: database a now has the catalog of h2\n');
    expect(await cluster.waitReady('h1', 'a')).toBe(await cluster.waitReady('h2', 'a'));
    expect(await quelOk(cluster, 'h1', 'range of o is other\nretrieve (o.y)')).toMatch(/\|\s*8\|/);
    const gone = await cluster.quel('h1', 'a', 'range of k is keep\nretrieve (k.x)\n\\g\n');
    expect(gone.stdout + gone.stderr).toMatch(/^2117: .*'keep'/m);
    expect((await cluster.dbState('h1', 'a'))?.note).toBe('');
  });
});

/**
 * A catalog change killed at a 2PC crash point: after the restart every host holds the
 * same catalog and the same catalog history (the entry rides in the prepared part, in doubt
 * with it, and is undone with an abort), and the next catalog change goes through.
 */
describe('catalog history through crash points of a catalog change', () => {
  const POINTS: readonly { point: string; host: string }[] = [
    { point: 'tm.parti.after-prepare', host: 'h2' },
    { point: 'tm.parti.after-vote', host: 'h2' },
    { point: 'tm.coord.after-votes', host: 'h1' },
    { point: 'tm.coord.after-decision', host: 'h1' },
  ];
  for (const { point, host } of POINTS) {
    it(`${point} on ${host}`, async () => {
      cluster = await TestCluster.init(3);
      await cluster.start();
      expect((await cluster.creatdb('h1', 'a')).status).toBe(0);
      for (const h of cluster.hosts) await cluster.waitReady(h, 'a');
      await quelOk(cluster, 'h1', 'create before (x = i4)');
      await cluster.stop(host);
      await cluster.startWith({ INGRES_FAILPOINTS: `${point}=crash` }, host);
      await cluster.waitUp('h3', 'a', host, true);
      await cluster.waitReady(host, 'a');
      // h1 is the user host (and the coordinator of its catalog changes)
      const run = await cluster.quel('h1', 'a', 'create during (y = i4)\n\\g\n');
      await waitFor(`${host} to die at ${point}`, () => {
        const pid = cluster!.pid(host);
        return pid === null || !isAlive(pid);
      });
      await cluster.start(host);
      for (const h of cluster.hosts) await cluster.waitReady(h, 'a');
      await waitFor('the catalogs and histories to agree', async () => {
        const states = await Promise.all(cluster!.hosts.map((h) => cluster!.dbState(h, 'a')));
        const inDoubt = states.some((s) => (s?.inDoubt ?? []).length > 0);
        return !inDoubt && new Set(states.map((s) => `${s?.catalogDigest}/${s?.catalogChanges}`)).size === 1;
      });
      const states = await Promise.all(cluster.hosts.map((h) => cluster!.dbState(h, 'a')));
      const changes = states[0]?.catalogChanges ?? -1;
      expect([1, 2]).toContain(changes); // the create of `before` and, if it committed, `during`
      // an acknowledged create is everywhere; a failed one is nowhere
      const help = await cluster.quel('h3', 'a', 'help\n\\g\n');
      if (run.status === 0 && !/^\d{4}:/m.test(run.stdout + run.stderr)) expect(help.stdout).toContain('during');
      expect(help.stdout.includes('during')).toBe(changes === 2);
      // and the next catalog change goes through on every host
      await quelOk(cluster, 'h2', 'create after (z = i4)');
      const after = await Promise.all(cluster.hosts.map((h) => cluster!.dbState(h, 'a')));
      expect(new Set(after.map((s) => s?.catalogChanges))).toEqual(new Set([changes + 1]));
    });
  }
});
