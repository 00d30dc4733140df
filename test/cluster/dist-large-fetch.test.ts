/*
 * dist-large-fetch.test.ts — a remote relation far larger than what a host holds in memory
 * takes part in joins and aggregates: its owner spools the subquery's rows and sends them
 * in several replies (INGRES_FETCH_REPLY_BYTES small here), the master keeps them past its
 * result memory in a temporary file that every scan reads again; a retrieve of it in a
 * one-request transaction block comes back in several replies too, and a large copy into
 * it from the user host goes in several messages. Real ingresd processes.
 */
import { readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shipStats, unary } from '../../src/dbsys/distributed/peers.js';
import { SlaveService } from '../../src/net/slave-service.js';
import { TestCluster, waitFor } from './support/cluster.js';
import { alive } from '../process/helpers.js';

const N = 60_000;
let cluster: TestCluster;

/** temporary spool files a daemon holds open (unlinked: their links end in "(deleted)") */
function spoolFiles(host: string): string[] {
  const pid = cluster.pid(host);
  if (pid === null) throw new Error(`${host} has no daemon`);
  const dir = `/proc/${pid}/fd`;
  return readdirSync(dir).map((fd) => {
    try {
      return readlinkSync(join(dir, fd));
    } catch {
      return '';
    }
  }).filter((target) => target.includes('ingres-spool-'));
}

beforeAll(async () => {
  // 1 MiB of rows in memory, 64 KiB per fetch reply: 60,000 tuples spool on both hosts
  cluster = await TestCluster.init(2, { env: { INGRES_RESULT_MEMORY_MB: '1', INGRES_FETCH_REPLY_BYTES: '65536' } });
  await cluster.start();
  cluster.actAsPeer(); // (the slave calls below are a peer's)
  const made = await cluster.creatdb('h1', 'large');
  expect(made.status, made.stderr).toBe(0);
  for (const h of cluster.hosts) await cluster.waitReady(h, 'large');
  const file = join(cluster.dir, 'big.txt');
  writeFileSync(file, Array.from({ length: N }, (_, i) => `${i}\tvalue-${String(i).padStart(6, '0')}-${'x'.repeat(30)}`).join('\n') + '\n');
  const load = await cluster.quel('h2', 'large', `create big (a = i4, b = c50) at h2\n\\g\ncopy big (a = c0tab, b = c0nl) from "${file}"\n\\g\n`
    + 'create small (a = i4) at h1\n\\g\nappend to small (a = 5)\nappend to small (a = 777)\nappend to small (a = 59999)\nappend to small (a = 123456)\n\\g\n');
  expect(load.stdout + load.stderr).not.toMatch(/\d{4}:/);
}, 120_000);

afterAll(async () => {
  await cluster?.cleanup();
});

describe('a remote relation larger than memory', () => {
  test('aggregates and joins over all of it give exact results, and every spool file is closed after', async () => {
    const r = await cluster.quel('h1', 'large', `range of b is big range of s is small
retrieve (n = count(b.a), t = sum(b.a))
\\g
retrieve (s.a, b.b) where b.a = s.a sort by a
\\g
retrieve (s.a, b.b) where b.a + 0 = s.a sort by a
\\g
retrieve (s.a, below = count(b.a by s.a where b.a < s.a)) sort by a
\\g
`);
    expect(r.stderr).toBe('');
    // whole relation fetched (inside an aggregate): every tuple, once
    expect(r.stdout).toMatch(/\|\s+60000\|\s+1799970000\|/);
    // the join finds the three that exist, in order, with their values: semi-joined to
    // small's values (b.a = s.a), and with big fetched whole (b.a + 0 is no attribute)
    const joined = [...r.stdout.matchAll(/\|\s*(\d+)\|(value-\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(joined).toEqual(['5 value-000005', '777 value-000777', '59999 value-059999', '5 value-000005', '777 value-000777', '59999 value-059999']);
    // an aggregate function by s.a scans the fetched relation for every value of s.a
    const below = [...r.stdout.matchAll(/\|\s*(\d+)\|\s*(\d+)\|\n/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(below).toEqual(expect.arrayContaining(['5:5', '777:777', '59999:59999', '123456:60000']));
    expect(spoolFiles('h1')).toEqual([]);
    expect(spoolFiles('h2')).toEqual([]);
  }, 120_000);

  test('a copy from a file on the user host into a relation of another host goes in several messages, whole', async () => {
    const calls = async (): Promise<number> => Number((await shipStats(cluster.address('h1'), 'h1', 'large')).executeCalls ?? 0);
    const file = join(cluster.dir, 'copy.txt');
    writeFileSync(file, Array.from({ length: N }, (_, i) => `${i * 2}\tcopied-${i}-${'y'.repeat(30)}`).join('\n') + '\n');
    const before = await calls();
    const r = await cluster.quel('h1', 'large', `create copied (a = i4, b = c50) at h2
\\g
copy copied (a = c0tab, b = c0nl) from "${file}"
\\g
range of c is copied
retrieve (n = count(c.a), t = max(c.a), u = count(c.a where c.a < 1000))
\\g
retrieve (c.b) where c.a = 119998
\\g
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\|\s+60000\|\s+119998\|\s+500\|/);
    expect(r.stdout).toContain(`|copied-59999-${'y'.repeat(30)}`);
    // ~3 MB of tuples in messages of 64 KiB; read from the file past 1 MiB into a spool
    // file on the user host, closed once they are sent
    expect(await calls() - before).toBeGreaterThanOrEqual(40);
    expect(spoolFiles('h1')).toEqual([]);
    // the owner holds every tuple (help asks it for its count)
    expect((await cluster.quel('h2', 'large', 'help copied\n\\g\n')).stdout).toMatch(/Number of tuples:\s+60000/);
  }, 120_000);

  test('a retrieve in a transaction block sent as one request brings back all its rows, past one message', async () => {
    const stats = async (): Promise<{ execute: number; fetch: number }> => {
      const s = await shipStats(cluster.address('h1'), 'h1', 'large');
      return { execute: Number(s.executeCalls ?? 0), fetch: Number(s.fetchCalls ?? 0) };
    };
    const before = await stats();
    const r = await cluster.quel('h1', 'large', 'begin transaction\nrange of b is big\nretrieve (b.a, b.b)\nend transaction\n\\g\n');
    expect(r.stderr).toBe('');
    const printed = [...r.stdout.matchAll(/^\|\s*(\d+)\|(value-(\d+)-x+)\s*\|$/gm)];
    expect(printed.length).toBe(N);
    expect(printed.every((m) => Number(m[1]) === Number(m[3]))).toBe(true);
    expect(new Set(printed.map((m) => Number(m[1]))).size).toBe(N);
    const after = await stats();
    // one Execute for the block; the rows past the first 64 KiB came in further replies
    expect(after.execute - before.execute).toBe(1);
    expect(after.fetch - before.fetch).toBeGreaterThanOrEqual(20);
    expect(spoolFiles('h1')).toEqual([]);
    expect(spoolFiles('h2')).toEqual([]);
  }, 120_000);

  test('the owner killed between two replies of a fetch: the statement fails at once with 7004 naming it, the user host goes on', async () => {
    await cluster.stop('h2');
    // h2 dies (SIGKILL) when it is asked for the third further reply of a fetch
    await cluster.startWith({ INGRES_FAILPOINTS: 'slave.fetch.more=crash@3' }, 'h2');
    await cluster.waitReady('h2', 'large');
    await cluster.waitUp('h1', 'large', 'h2', true);
    const pid = cluster.pid('h2');
    if (pid === null) throw new Error('h2 has no daemon');
    // a join with a relation of h1: big's tuples are fetched whole (b.a + 0: no semi-join
    // to small's values), 64 KiB a reply
    const r = await cluster.quel('h1', 'large', 'range of b is big range of s is small\nretrieve (s.a, b.b) where b.a + 0 = s.a\n\\g\n');
    expect(r.stdout + r.stderr).toMatch(/7004: host h2 is down; relation big is not available/);
    await waitFor('h2 to die at its failpoint', () => !alive(pid), 10_000);
    // h1 serves what it holds, and leaves no spool file behind
    const own = await cluster.quel('h1', 'large', 'range of s is small\nretrieve (n = count(s.a))\n\\g\n');
    expect(own.stdout).toMatch(/\|\s+4\|/);
    expect(spoolFiles('h1')).toEqual([]);
    // back without the failpoint, h2 serves the same query whole
    await cluster.start('h2');
    await cluster.waitReady('h2', 'large');
    await cluster.waitUp('h1', 'large', 'h2', true);
    // at once, though h1's channel to h2 may still be in grpc's reconnect backoff (the
    // call waits for the link to open while the group holds h2 up)
    const again = (await cluster.quel('h1', 'large', 'range of b is big range of s is small\nretrieve (s.a, b.b) where b.a + 0 = s.a sort by a\n\\g\n')).stdout;
    expect([...again.matchAll(/\|\s*(\d+)\|value-/g)].map((m) => Number(m[1]))).toEqual([5, 777, 59999]);
  }, 120_000);

  test('a cursor that names no parked fetch is refused with 7102, an aggregate that is none with 7003, and the host goes on', async () => {
    const error = await unary(cluster.address('h2'), 'h2', 'big', SlaveService.FetchAll, { database: 'large', globalId: 'h1.1.1', cursor: 424242 }, 10_000)
      .then(() => null, (e: unknown) => e);
    expect(String((error as { code?: number }).code) + ': ' + String((error as Error).message)).toMatch(/^7102: the rest of the tuples fetched from host h2 are gone: fetch 424242 of transaction h1\.1\.1/);
    // an aggregate to compute that is no aggregate: 7003, nothing done
    const user = userInfo().username;
    for (const [i, aggregateJson] of ['{not json', '{"kind":"Compare"}', 'null'].entries()) {
      const bad = await unary(cluster.address('h2'), 'h2', 'big', SlaveService.FetchAll, {
        database: 'large', globalId: `h1.98.${i}`, user, dba: user, relation: 'big', userHost: 'h1', release: true, aggregateJson, ranges: [{ variable: 'b', relation: 'big' }],
      }, 10_000).then(() => null, (e: unknown) => e as { code?: number; message?: string });
      expect(`${bad?.code}: ${bad?.message}`).toMatch(/^7003: bad message from peer: aggregate_json is not an aggregate/);
    }
    const r = await cluster.quel('h1', 'large', 'range of b is big\nretrieve (n = count(b.a))\n\\g\n');
    expect(r.stdout).toMatch(/\|\s+60000\|/);
  }, 60_000);

  test('past 64 waiting fetches the one parked longest ago is dropped with its file (7102); the others go on to their ends', async () => {
    const user = userInfo().username;
    const first = async (i: number): Promise<number> => {
      // a fetch of 60,000 ints: 64 KiB replies, the rest parked under a cursor
      const reply = await unary(cluster.address('h2'), 'h2', 'big', SlaveService.FetchAll, {
        database: 'large', globalId: `h1.99.${i}`, user, dba: user, relation: 'big', variable: 'b', attributes: ['a'], userHost: 'h1', release: true,
      }, 10_000);
      expect(Number(reply.more ?? 0)).toBeGreaterThan(0);
      return Number(reply.more);
    };
    const cursors: number[] = [];
    for (let i = 0; i < 65; i += 1) cursors.push(await first(i));
    const next = (i: number, cursor: number) => unary(cluster.address('h2'), 'h2', 'big', SlaveService.FetchAll, { database: 'large', globalId: `h1.99.${i}`, cursor }, 10_000);
    const dropped = await next(0, cursors[0] as number).then(() => null, (e: unknown) => e as { code?: number; message?: string });
    expect(`${dropped?.code}: ${dropped?.message}`).toMatch(/^7102: .*64 later ones were waiting/);
    // every other fetch reads on to its last reply, and every spool file is closed after
    let bytes = 0;
    for (let i = 1; i < 65; i += 1) {
      let cursor = cursors[i] as number;
      while (cursor !== 0) {
        const reply = await next(i, cursor);
        bytes += reply.packed?.length ?? 0;
        cursor = Number(reply.more ?? 0);
      }
    }
    expect(bytes).toBeGreaterThan(64 * 200_000); // 64 fetches' remaining ints (5 bytes each)
    expect(spoolFiles('h2')).toEqual([]);
  }, 120_000);
});
