/*
 * serverdb-membership.test.ts — membership and the dbstate table with real ingresd
 * processes: a SIGKILLed host leaves the group within the host timeout and rejoins when
 * restarted; a host busy with a long statement stays in it (its control thread answers
 * Alive), and so does one running other hosts' long statements back to back (taking new
 * clients between them); a stopped one leaves; `ingres-cluster status` shows every host's dbstate; `dbstate` is readable with
 * QUEL (`ingres -s`) on each host; destroydb removes a database on every live host.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, TestCluster, waitFor } from './support/cluster.js';
import { daemonLog } from '../process/helpers.js';
import { HostClient } from '../../src/net/client.js';

let cluster: TestCluster | null = null;
afterEach(async () => {
  await cluster?.cleanup();
  cluster = null;
});

const HOST_TIMEOUT_MS = 1500;

/** Hosts h1 and h2 (heartbeats every 100 ms) serving database `db`, each seeing the other up. */
async function twoHostGroup(db: string): Promise<TestCluster> {
  const c = await TestCluster.init(2, { env: { INGRES_HOST_TIMEOUT_MS: String(HOST_TIMEOUT_MS), INGRES_HEARTBEAT_MS: '100' } });
  cluster = c;
  await c.start();
  expect((await c.creatdb('h1', db)).status).toBe(0);
  for (const host of c.hosts) await c.waitReady(host, db);
  for (const host of c.hosts) await c.waitUp(host, db, host === 'h1' ? 'h2' : 'h1', true);
  return c;
}

describe('serverdb membership', () => {
  it('a killed host leaves the group within the timeout and rejoins when restarted', async () => {
    cluster = await TestCluster.init(3, { env: { INGRES_HOST_TIMEOUT_MS: String(HOST_TIMEOUT_MS), INGRES_HEARTBEAT_MS: '100' } });
    await cluster.start();
    expect((await cluster.creatdb('h1', 'm')).status).toBe(0);
    for (const host of cluster.hosts) await cluster.waitReady(host, 'm');
    for (const host of cluster.hosts) await cluster.waitUp(host, 'm', 'h1', true);
    await cluster.kill('h2');
    const killedAt = Date.now();
    await cluster.waitUp('h1', 'm', 'h2', false, 10_000);
    await cluster.waitUp('h3', 'm', 'h2', false, 10_000);
    // silent past the timeout, never much later (generous bound for a loaded machine)
    expect(Date.now() - killedAt).toBeLessThan(HOST_TIMEOUT_MS + 5000);
    const state = await cluster.dbState('h1', 'm');
    const h2 = state?.rows?.find((r) => r.host === 'h2');
    expect(h2?.up).toBe(false);
    expect(h2?.rttMs).toBe(-1);
    expect(state?.rows?.find((r) => r.host === 'h3')?.up).toBe(true);
    // the rest go on: a catalog change among the live hosts
    const made = await cluster.quel('h1', 'm', 'create alive (x = i4)\n\\g\n');
    expect(made.stdout + made.stderr).not.toMatch(/^\d{4}:/m);
    // h2 comes back: it rises, the others add it, and it copies the catalog of the running hosts
    await cluster.start('h2');
    await cluster.waitUp('h1', 'm', 'h2', true);
    await cluster.waitUp('h3', 'm', 'h2', true);
    const d1 = await cluster.waitReady('h1', 'm');
    await waitFor('h2 to have the catalog of h1', async () => (await cluster!.waitReady('h2', 'm')) === d1);
    expect(await cluster.waitReady('h3', 'm')).toBe(d1);
  });

  it('an idle group writes nothing to its databases, while heartbeats go on measuring round trips', async () => {
    cluster = await twoHostGroup('quiet');
    // every file of both hosts' copies: lmdb's, the redo log's, the steady point's
    const files = (): string => cluster!.hosts.map((host) => {
      const directory = join(cluster!.root(host), 'data', 'quiet');
      return ['data.mdb', 'data.redo0', 'data.redo1', 'data.steady'].map((name) => {
        const stat = statSync(join(directory, name), { throwIfNoEntry: false });
        return `${host}/${name}:${stat?.size ?? -1}:${stat?.mtimeMs ?? -1}`;
      }).join(' ');
    }).join(' ');
    // the group settles (its last dbstate rewrite and checkpoint)…
    let last = files();
    await waitFor('the files to stop changing', async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = files();
      const same = now === last;
      last = now;
      return same;
    }, 15_000);
    // …then 30 heartbeat rounds change nothing on disk (until 12-06 a changed round trip
    // rewrote dbstate every second: a commit and a checkpoint a second on an idle host)
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(files()).toBe(last);
    for (const host of cluster.hosts) {
      const other = host === 'h1' ? 'h2' : 'h1';
      const row = (await cluster.dbState(host, 'quiet'))?.rows?.find((r) => r.host === other);
      expect(row?.up).toBe(true);
      expect(row?.rttMs ?? -1).toBeGreaterThanOrEqual(0);
    }
  });

  it('a host held by a long statement stays in the group, and keeps the others; a stopped host leaves', async () => {
    cluster = await twoHostGroup('busy');
    const load = ['create r (a = i4, s = c50)', 'create t (a = i4)', 'begin transaction'];
    for (let k = 0; k < 3000; k++) load.push(`append to r (a = ${k}, s = "${'y'.repeat(50)}")`);
    for (let k = 1; k <= 8; k++) load.push(`append to t (a = ${k})`);
    load.push('end transaction', '\\g', '');
    const loaded = await cluster.quel('h1', 'busy', load.join('\n'));
    expect(loaded.stdout + loaded.stderr).not.toMatch(/^\d{4}:/m);
    // 72 million combinations on h1, synchronously: seconds with h1's main thread held
    const running = cluster.quel('h1', 'busy',
      'range of x is r\nrange of y is r\nrange of z is t\nretrieve (n = count(x.a where x.a < y.a + z.a and x.s = y.s))\n\\g\n');
    const seen: boolean[] = [];
    let done = false;
    void running.finally(() => { done = true; });
    while (!done) {
      const state = await cluster.dbState('h2', 'busy');
      const h1 = state?.rows?.find((r) => r.host === 'h1');
      if (h1 !== undefined) seen.push(h1.up === true);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await running;
    expect(result.stdout).toMatch(/\|\s+36095916\|/);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((up) => up)).toBe(true);
    // h2 did find h1 silent past the timeout, and asked instead of dropping it; h1, whose
    // own thread was held, did not drop h2 either
    const h2Log = daemonLog(cluster.root('h2'));
    expect(h2Log.some((l) => l['msg'] === 'silent host is busy, not down: a statement holds it' && l['host'] === 'h1')).toBe(true);
    expect(h2Log.some((l) => l['msg'] === 'host left the group' && l['host'] === 'h1')).toBe(false);
    expect(daemonLog(cluster.root('h1')).some((l) => l['msg'] === 'host left the group' && l['host'] === 'h2')).toBe(false);
    // a stopped daemon answers nothing, its control thread included: it leaves
    const pid = cluster.pid('h1');
    expect(pid).not.toBeNull();
    process.kill(pid as number, 'SIGSTOP');
    try {
      const stoppedAt = Date.now();
      await cluster.waitUp('h2', 'busy', 'h1', false, 10_000);
      expect(Date.now() - stoppedAt).toBeLessThan(HOST_TIMEOUT_MS + 5000);
    } finally {
      process.kill(pid as number, 'SIGCONT');
    }
    await cluster.waitUp('h2', 'busy', 'h1', true);
  });

  it('a host running other hosts\' long statements one after another stays in the group (no 7004) and takes new clients', async () => {
    const c = await twoHostGroup('remote');
    const rows = Array.from({ length: 70 }, (_, i) => `append to w (k = ${i + 1}, v = ${i + 1})`);
    const loaded = await c.quel('h1', 'remote', `create w (k = i4, v = i4) at h2\n${rows.join('\n')}\n\\g\n`);
    expect(loaded.stdout + loaded.stderr).not.toMatch(/^\d{4}:/m);
    // each count runs whole on h2 (only its result crosses): ~1.5 s of h2's thread; three
    // sessions of h1 keep it held, with moments free between statements
    const count = 'range of a is w range of b is w range of c is w range of d is w retrieve (n = count(a.k where a.v = b.v + c.v - d.v))';
    const h1 = new HostClient(c.address('h1'));
    const answers: unknown[] = [];
    try {
      const sessions = await Promise.all([1, 2, 3].map(() => h1.openSession('remote', { user: 'tester' })));
      const loops = sessions.map(async (session) => {
        for (let i = 0; i < 4; i++) {
          const results = await session.run(count);
          const last = results[results.length - 1];
          answers.push(last?.kind === 'rows' ? last.rows[0]?.[0] : last);
        }
      });
      // meanwhile a new client of h2 connects and opens a session while at most 2 of the
      // counts finish: h2 takes turns between them (without: a dozen, 30 s)
      while (answers.length < 1) await new Promise((resolve) => { setTimeout(resolve, 20); });
      const before = answers.length;
      const h2 = new HostClient(c.address('h2'));
      try {
        await h2.status(60_000);
        const fresh = await h2.openSession('remote', { user: 'tester' });
        expect(answers.length - before).toBeLessThanOrEqual(2);
        await fresh.close();
      } finally {
        h2.close();
      }
      await Promise.all(loops);
      for (const session of sessions) await session.close();
    } finally {
      h1.close();
    }
    expect(answers).toEqual(Array.from({ length: 12 }, () => 228690));
    // h1 asked h2's control thread instead of dropping it, even when it found h2 free for a
    // moment between two statements
    const h1Log = daemonLog(c.root('h1'));
    expect(h1Log.some((l) => l['msg'] === 'host left the group' && l['host'] === 'h2')).toBe(false);
  });

  it('ingres-cluster status shows every host\'s dbstate; dbstate is a relation QUEL reads on each host', async () => {
    cluster = await TestCluster.init(3);
    await cluster.start();
    expect((await cluster.creatdb('h2', 'shop')).status).toBe(0);
    for (const host of cluster.hosts) {
      await cluster.waitReady(host, 'shop');
      for (const other of cluster.hosts) await cluster.waitUp(host, 'shop', other, true);
    }
    const status = await cluster.status();
    expect(status.status).toBe(0);
    const blocks = status.stdout.split(/^(?=h\d\t)/m);
    expect(blocks).toHaveLength(3);
    for (const [index, block] of blocks.entries()) {
      expect(block).toMatch(new RegExp(`^h${index + 1}\\t127\\.0\\.0\\.1:\\d+\\tup pid \\d+\\tsessions 0\\tshop`));
      expect(block).toMatch(/ {2}database shop: ready, catalog [0-9a-f]{16}\n/);
      expect(block).toMatch(/^ {4}host +up +rtt_ms +dbname +ldb +dbupdate +ldbs +cuh +luh +lmsh +cons +waitsys$/m);
      for (const host of cluster.hosts) {
        expect(block).toMatch(new RegExp(`^ {4}${host} +yes +[\\d.]+ +shop +yes +no +yes +no +\\w+ +\\S+ +\\w+ +no$`, 'm'));
      }
      expect(block).toContain('in doubt: none');
      expect(block).toMatch(/^ {4}catalog history: 0 change\(s\)$/m);
    }
    // every host's digest is the same
    const digests = [...status.stdout.matchAll(/catalog ([0-9a-f]{16})/g)].map((m) => m[1]);
    expect(new Set(digests).size).toBe(1);

    await cluster.kill('h3');
    // (each host finds h3 gone on its own: both are asked below)
    await cluster.waitUp('h1', 'shop', 'h3', false);
    await cluster.waitUp('h2', 'shop', 'h3', false);
    for (const host of ['h1', 'h2']) {
      const result = await cluster.quel(host, 'shop',
        'range of d is dbstate\nretrieve (d.host, d.up, d.ldb, d.waitsys, d.dbname) sort by host\n\\g\n');
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^\|host +\|up +\|ldb +\|waitsy\|dbname +\|$/m);
      expect(result.stdout).toMatch(/^\|h1 +\|yes +\|yes +\|no +\|shop +\|$/m);
      expect(result.stdout).toMatch(/^\|h2 +\|yes +\|yes +\|no +\|shop +\|$/m);
      expect(result.stdout).toMatch(/^\|h3 +\|no +\|/m);
    }
    const down = await cluster.status();
    expect(down.status).toBe(1);
    expect(down.stdout).toMatch(/^h3\t127\.0\.0\.1:\d+\tdown$/m);
    expect(down.stdout).toMatch(/^ {4}h3 +no +- +shop/m);
  });

  it('destroydb removes the database on every live host', async () => {
    cluster = await TestCluster.init(2);
    await cluster.start();
    expect((await cluster.creatdb('h1', 'gone')).status).toBe(0);
    await cluster.waitReady('h2', 'gone');
    const result = await runBin('destroydb', ['gone'], cluster.env('h2'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const host of cluster.hosts) {
      expect(cluster.dblist(host)).toEqual([]);
      expect(existsSync(join(cluster.root(host), 'data', 'gone'))).toBe(false);
      expect(await cluster.dbState(host, 'gone')).toBeNull();
    }
  });

  it('only the installation owner may run creatdb and destroydb (8020)', async () => {
    cluster = await TestCluster.init(2);
    await cluster.start();
    expect((await cluster.creatdb('h1', 'kept')).status).toBe(0);
    const owner = statSync(cluster.root('h1')).uid;
    const other = owner === 65534 ? 65533 : 65534;
    chmodSync(cluster.dir, 0o755);
    const env = { ...cluster.env('h1'), HOME: '/tmp' };
    const made = await runBin('creatdb', ['other'], env, '', 60_000, other);
    expect(made.status).toBe(1);
    expect(made.stderr).toMatch(/^8020: only the installation owner \(\S+\) may run creatdb$/m);
    const destroyed = await runBin('destroydb', ['kept'], env, '', 60_000, other);
    expect(destroyed.status).toBe(1);
    expect(destroyed.stderr).toMatch(/^8020: only the installation owner \(\S+\) may run destroydb$/m);
    expect(cluster.dblist('h1')).toEqual(['kept']);
    expect(cluster.dblist('h2')).toEqual(['kept']);
  });
});
