/*
 * dist-query.test.ts — the master and slave database systems over three hosts (in-process
 * cluster, real gRPC on loopback): placement and help, joins, aggregates and updates over
 * relations on three hosts give exactly the one-host results, only reduced tuples cross
 * the network, DDL reaches every catalog, and a dead host's relation fails fast with 7004.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { createSession, registerSlave, shipCounters } from '../../src/dbsys/index.js';
import { fetchInto } from '../../src/dbsys/distributed/peers.js';
import { encodeRows } from '../../src/net/row-codec.js';
import type { QuelSession, StatementResult } from '../../src/dbsys/session-api.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src/dbsys/session-api.js';
import type { Database } from '../../src/storage/api.js';
import { createDatabase, type DatabaseImpl } from '../../src/storage/index.js';
import { loadDemo } from '../support/golden-runner.js';
import { InProcessCluster } from './support/dist-cluster.js';
import { setSpoolMemory } from '../../src/executor/row-spool.js';
import { setCountFreshMs } from '../../src/dbsys/distributed/master.js';

const PLACEMENT: Record<string, string> = {
  employee: 'h2', dept: 'h3', item: 'h3', store: 'h1', sale: 'h2', supplier: 'h1', parts: 'h3', supply: 'h2',
};

let cluster: InProcessCluster;
let oneDir: string;
let oneDb: Database;
let one: QuelSession;
let dist: QuelSession;

function rowsOf(results: readonly StatementResult[]): unknown {
  return results.map((r) => (r.kind === 'error' ? `error ${r.error.code}: ${r.error.message}` : r));
}

async function same(text: string, errors = false): Promise<StatementResult[]> {
  const expected = await one.run(text);
  const actual = await dist.run(text);
  expect(rowsOf(actual)).toEqual(rowsOf(expected));
  if (!errors) expect(actual.filter((r) => r.kind === 'error')).toEqual([]);
  return actual;
}

beforeAll(async () => {
  // the tests below count fetch calls: every candidate's owner is asked its count (the
  // count known from an earlier statement is tested on its own, in "semi-joins")
  setCountFreshMs(0);
  cluster = await InProcessCluster.start(['h1', 'h2', 'h3']);
  await cluster.loadDemoSpread((name) => PLACEMENT[name] ?? 'h1');
  oneDir = mkdtempSync(join(tmpdir(), 'dist-one-'));
  oneDb = await createDatabase(oneDir, 'demo');
  await loadDemo(oneDb);
  one = createSession(oneDb, DEFAULT_SESSION_OPTIONS);
  dist = cluster.session('h1');
  const ranges = 'range of e is employee range of d is dept range of s is sale range of i is item range of m is employee';
  await one.run(ranges);
  await dist.run(ranges);
});

afterAll(async () => {
  await dist?.close();
  await one?.close();
  await cluster?.close();
  await oneDb?.close();
  rmSync(oneDir, { recursive: true, force: true });
});

describe('queries over relations on three hosts', () => {
  test('a one-variable retrieve of a remote relation', async () => {
    const r = await same('retrieve (e.name, e.salary) where e.salary > 10000 sort by name');
    expect(r[0]?.kind).toBe('rows');
  });

  test('a join of relations on three different hosts (employee h2, dept h3, store h1)', async () => {
    await same('range of t is store retrieve (e.name, dname = d.name, t.city) where e.number = d.manager and d.store = t.number sort by name');
  });

  test('a self join and bag semantics', async () => {
    await same('retrieve (e.name, boss = m.name) where e.manager = m.number sort by name');
    await same('retrieve (d.floor) where d.store = 5');
  });

  test('aggregates: simple, by-lists, in qualifications, over remote relations', async () => {
    await same('retrieve (n = count(e.name), s = sum(e.salary), a = avg(e.salary))');
    await same('retrieve unique (e.manager, total = sum(e.salary by e.manager)) sort by manager');
    await same('retrieve (e.name) where e.salary > avg(e.salary) sort by name');
    await same('retrieve (d.name, n = count(i.name by i.dept where i.price > 10)) where d.number = i.dept sort by name');
  });

  test('an aggregate whose relations live on one other host is computed there: one call, only its result crosses', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    await dist.run('range of t is store');
    await one.run('range of t is store');
    // store lives on h1 (the user host), employee on h2: each aggregate is one call to h2
    const before = counters.fetchCalls;
    await same('retrieve (t.city, n = count(e.name), a = avg(e.salary), top = max(e.name)) sort by city');
    expect(counters.fetchCalls - before).toBe(3);
    const pushed = counters.lastStatementBytes;
    // the attributes it aggregates, fetched for a join, are far more
    await same('retrieve (t.city, e.name, e.salary) where t.number < 0');
    expect(pushed).toBeLessThan(counters.lastStatementBytes / 4);
    // nested aggregates, a qualification over two relations of h2, in a qualification
    await same('retrieve (t.city) where t.number < count(s.quantity where s.quantity > avg(s.quantity)) sort by city');
    await same('retrieve (t.city, n = count(s.quantity where s.employee = e.number and e.salary > 10000)) sort by city');
    await same('retrieve (t.city, n = countu(s.item), q = sumu(s.quantity)) where t.number = any(s.store where s.quantity > 2) sort by city');
  });

  test('an aggregate function pushed to its host keeps its partitions: by-lists, only where, the outer variable fetched apart', async () => {
    // sale lives on h2, dept on h3: sale's partitions by dept come from h2, and the outer
    // query fetches only sale.dept (quantity is read inside the aggregate alone)
    await same('retrieve (d.name, n = count(s.quantity by s.dept), q = avg(s.quantity by s.dept where s.quantity > 1)) where d.number = s.dept sort by name');
    await same('retrieve (d.name, n = count(s.quantity by s.dept only where s.quantity > 2)) where d.number = s.dept sort by name');
    await same('retrieve unique (d.name, s.dept, top = max(s.employee by s.dept, s.store)) where d.number = s.dept sort by name, dept, top');
    // over relations of two hosts (sale h2, dept h3) an aggregate is not pushed: still exact
    await same('range of t is store retrieve (t.city, n = count(s.quantity where s.dept = d.number and d.floor = 2)) sort by city');
    // an update shipped to its target's host (employee, h2) pushes dept's aggregate to h3 from there
    await same('replace e (salary = e.salary + 1) where e.number < count(d.number) * 10');
    await same('retrieve (e.name, e.salary) sort by name');
  });

  test('a replace whose target lives on h2 with information on h3, from h1', async () => {
    await same('replace e (salary = e.salary + 1) where e.number = d.manager and d.floor = 2');
    await same('retrieve (e.name, e.salary) sort by name');
  });

  test('append and delete of remote targets, with multi-variable qualifications', async () => {
    await same('append to dept (number = 99, name = "dist", store = 5, floor = 9, manager = 10)');
    await same('delete s where s.dept = d.number and d.floor = 2');
    await same('retrieve (s.all) sort by number');
    await same('retrieve (d.all) sort by number');
  });

  test('a join over two hosts past the memory bound spools on the user host: same rows, sorted and unique too', async () => {
    const before = setSpoolMemory(4 * 1024);
    try {
      for (const text of [
        'retrieve (ename = e.name, dname = d.name)',
        'retrieve (ename = e.name, dname = d.name) sort by dname:descending, ename',
        'retrieve unique (e.salary, d.floor)',
      ]) {
        const [expected] = await one.run(text);
        if (expected?.kind !== 'rows') throw new Error(`${text}: ${JSON.stringify(expected)}`);
        const got: unknown[][] = [];
        const results = await dist.run(text, { output: { result: () => undefined, rows: (chunk) => got.push(...chunk.map((row) => [...row])) } });
        expect(results.filter((r) => r.kind === 'error'), text).toEqual([]);
        expect(got, text).toEqual(expected.rows);
      }
      const [spooled] = await dist.run('retrieve (ename = e.name, dname = d.name)', { spool: true });
      if (spooled?.kind !== 'rows') throw new Error(JSON.stringify(spooled));
      expect(spooled.spooled?.count ?? 0).toBeGreaterThan(0);
      spooled.spooled?.close();
    } finally {
      setSpoolMemory(before);
    }
  });

  test('retrieve into a new relation on the user host from remote relations', async () => {
    await same('retrieve into rich (e.name, dname = d.name) where e.number = d.manager and e.salary > 12000');
    await same('range of r is rich retrieve (r.all)');
    const help = await dist.run('help rich');
    expect(help[0]?.kind === 'text' && help[0].text).toMatch(/Host:\s+h1/);
  });
});

describe('placement, help and catalog changes', () => {
  test('create at a host, help shows it, every catalog has it', async () => {
    const r = await dist.run('create loc (a = i4, b = c10) at h3');
    expect(r[0]?.kind).toBe('done');
    const help = await dist.run('help loc');
    expect(help[0]?.kind === 'text' && help[0].text).toMatch(/Host:\s+h3/);
    for (const h of cluster.hosts) {
      const tx = h.db.begin('ingres');
      expect(tx.relation('loc')?.host).toBe('h3');
      tx.abort();
    }
  });

  test('help inside a transaction shows the owner host and its tuple count', async () => {
    const r = await dist.run('begin transaction help employee end transaction');
    const help = r.find((x) => x.kind === 'text');
    expect(help?.kind === 'text' && help.text).toMatch(/Host:\s+h2/);
    expect(help?.kind === 'text' && help.text).toMatch(/Number of tuples:\s+[1-9]/);
  });

  test("help of a secondary index on another host shows its owner's count (it showed the local 0)", async () => {
    const made = await dist.run('create idxrel (a = i4) at h3 append to idxrel (a = 1) append to idxrel (a = 2) index on idxrel is idxa (a)');
    expect(made.filter((x) => x.kind === 'error')).toEqual([]);
    const help = await dist.run('help idxa');
    expect(help[0]?.kind === 'text' && help[0].text).toMatch(/Host:\s+h3\n/);
    expect(help[0]?.kind === 'text' && help[0].text).toMatch(/Number of tuples:\t2\n/);
  });

  test('create without placement lives on the user host', async () => {
    await dist.run('create here (a = i4)');
    const tx = cluster.host('h2').db.begin('ingres');
    expect(tx.relation('here')?.host).toBe('h1');
    tx.abort();
  });

  test('an unknown host is a numbered error', async () => {
    const r = await dist.run('create nowhere (a = i4) at h9');
    expect(r[0]?.kind === 'error' && r[0].error.code).toBe(7100);
  });

  test('tuples appended to a relation on h3 are stored only on h3', async () => {
    await dist.run('append to loc (a = 1, b = "x") append to loc (a = 2, b = "y")');
    const r = await dist.run('range of l is loc retrieve (l.a) sort by a');
    expect(r[1]).toMatchObject({ kind: 'rows', rows: [[1], [2]] });
    for (const h of cluster.hosts) {
      const tx = h.db.begin('ingres');
      const desc = tx.relation('loc');
      expect(desc).toBeDefined();
      if (desc !== undefined) expect([...tx.scan(desc)].length).toBe(h.name === 'h3' ? 2 : 0);
      tx.abort();
    }
  });

  test('modify and destroy reach every host', async () => {
    // loc lives on h3, which reorganizes it when the statement commits: its count is not
    // known on h1 (its own catalog would say 0), so the result carries none
    expect(await dist.run('append to loc (a = 1, b = "x")\nappend to loc (a = 2, b = "y")\nmodify loc to hash on a\nindex on loc is loca (a)'))
      .toEqual([
        { kind: 'done', statement: 'Append', tuples: 1 }, { kind: 'done', statement: 'Append', tuples: 1 },
        { kind: 'done', statement: 'Modify', tuples: null }, { kind: 'done', statement: 'Index', tuples: null },
      ]);
    expect(await one.run('create loc1 (a = i4, b = c10)\nappend to loc1 (a = 1, b = "x")\nmodify loc1 to hash on a\ndestroy loc1'))
      .toContainEqual({ kind: 'done', statement: 'Modify', tuples: 1 });
    for (const h of cluster.hosts) {
      const tx = h.db.begin('ingres');
      expect(tx.relation('loc')?.structure).toBe('hash');
      tx.abort();
    }
    await dist.run('destroy loc');
    for (const h of cluster.hosts) {
      const tx = h.db.begin('ingres');
      expect(tx.relation('loc')).toBeUndefined();
      tx.abort();
    }
  });

  test('after emptying, destroying or creating another host\'s relation (or constraining it: writes), the transaction may not use it (7103): its owner applies the change at commit', async () => {
    const codes = (results: readonly StatementResult[]): unknown[] => results.map((r) => (r.kind === 'error' ? r.error.code : r.kind));
    await dist.run('create tr (a = i4) at h3\nrange of q is tr\nappend to tr (a = 1)\nappend to tr (a = 2)');
    // a modify to truncated, then an append: the append would run on h3 before the truncation
    expect(codes(await dist.run('begin transaction\nmodify tr to truncated\nappend to tr (a = 3)\nretrieve (q.all)\nend transaction')))
      .toEqual(['done', 'done', 7103, 7103, 'done']);
    expect(await dist.run('retrieve (q.all)')).toMatchObject([{ kind: 'rows', rows: [] }]);
    // work before the change is fine (it runs first there as well), and so is work after a
    // modify that keeps the tuples
    expect(codes(await dist.run('begin transaction\nappend to tr (a = 4)\nmodify tr to hash on a\nappend to tr (a = 7)\nend transaction'))).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(await dist.run('retrieve (q.all) sort by a')).toMatchObject([{ kind: 'rows', rows: [[4], [7]] }]);
    // destroy and create again under the same name, or create and fill, in one transaction
    const again = await dist.run('begin transaction\ndestroy tr\ncreate tr (a = i4) at h3\nend transaction');
    expect(codes(again)).toEqual(['done', 'done', 7103, 'done']);
    expect(again[2]).toMatchObject({ kind: 'error', error: { message: expect.stringContaining('host h3') } });
    expect(codes(await dist.run('begin transaction\ncreate tr (a = i4) at h3\nrange of q is tr\nappend to tr (a = 5)\nend transaction\nappend to tr (a = 6)\nretrieve (q.all)')))
      .toEqual(['done', 'done', 'done', 7103, 'done', 'done', 'rows']);
    // a constraint defined on another host's relation holds there from the commit: writes
    // to it are refused until then (reads are not), and after it a breaking tuple is skipped
    expect(codes(await dist.run('begin transaction\ndefine integrity on q is q.a < 10\nretrieve (q.all)\nappend to tr (a = 20)\nend transaction\nappend to tr (a = 30)\nappend to tr (a = 8)')))
      .toEqual(['done', 'done', 'rows', 7103, 'done', 'done', 'done']);
    expect(await dist.run('retrieve (q.all) sort by a')).toMatchObject([{ kind: 'rows', rows: [[6], [8]] }]);
    expect(await dist.run('delete q where q.a = 8')).toMatchObject([{ kind: 'done', tuples: 1 }]);
    // an index of another host's relation is made there at commit: not usable before
    expect(codes(await dist.run('begin transaction\nindex on tr is tra (a)\nrange of ix is tra\nretrieve (ix.all)\nretrieve (q.all)\nend transaction')))
      .toEqual(['done', 'done', 'done', 7103, 'rows', 'done']);
    expect(await dist.run('retrieve (ix.all)\ndestroy tr')).toMatchObject([{ kind: 'rows', rows: [[6, expect.any(Number)]] }, { kind: 'done' }]);
  });

  test('a multi-statement transaction over three hosts commits all or nothing', async () => {
    await dist.run('create acct (id = i4, bal = i4) at h2 create acct2 (id = i4, bal = i4) at h3');
    await dist.run('append to acct (id = 1, bal = 100) append to acct2 (id = 1, bal = 0)');
    await dist.run('range of a is acct range of b is acct2');
    await dist.run('begin transaction replace a (bal = a.bal - 30) replace b (bal = b.bal + 30) abort');
    let r = await dist.run('retrieve (a.bal, b.bal)');
    expect(r[0]).toMatchObject({ kind: 'rows', rows: [[100, 0]] });
    await dist.run('begin transaction replace a (bal = a.bal - 30) replace b (bal = b.bal + 30) end transaction');
    r = await dist.run('retrieve (a.bal, b.bal)');
    expect(r[0]).toMatchObject({ kind: 'rows', rows: [[70, 30]] });
  });
});

describe("one-request blocks (each host's statements in one call)", () => {
  test('a block over three hosts gives the one-host results, in statement order', async () => {
    // employee h2, dept h3, store h1 (the user host, which writes: it coordinates)
    await same([
      'begin transaction',
      'replace e (salary = e.salary + 1) where e.number = 157',
      'retrieve (d.name) where d.number = 35',
      'append to store (number = 90, city = "Block City", state = "Calif")',
      'retrieve (e.salary) where e.number = 157',
      'end transaction',
    ].join('\n'));
    await same('range of st is store retrieve (st.city) where st.number = 90');
    await same('begin transaction replace e (salary = e.salary - 1) where e.number = 157 delete st where st.number = 90 end transaction');
  });

  test('a statement failing on a remote host rolls back alone; the block commits the rest', async () => {
    const results = await same('begin transaction replace e (salary = e.salary * 1000) where e.number = 157 replace d (floor = d.floor + 1) where d.number = 35 end transaction', true);
    expect(results.map((r) => (r.kind === 'error' ? r.error.code : r.kind))).toEqual(['done', 4100, 'done', 'done']);
    await same('retrieve (e.salary) where e.number = 157 retrieve (d.floor) where d.number = 35');
    await same('replace d (floor = d.floor - 1) where d.number = 35');
  });

  test('a lone retrieve of one other host runs there whole: one Execute, no fetch, the one-host result', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    const before = { execute: counters.executeCalls, fetch: counters.fetchCalls };
    // employee and sale both live on h2: the join, the aggregate and the sort run there
    await same('retrieve (e.name, n = count(s.quantity by e.name where s.employee = e.number)) where e.salary > 100 sort by n:descending, name');
    expect(counters.executeCalls - before.execute).toBe(1);
    expect(counters.fetchCalls - before.fetch).toBe(0);
    // over two other hosts (employee h2, dept h3) it fetches from both; neither is
    // restricted, so their owners are first asked their counts (a semi-join might pay)
    await same('retrieve (e.name, d.floor) where e.number = d.manager sort by name');
    expect(counters.fetchCalls - before.fetch).toBe(4);
    // both restricted: no counts asked
    await same('retrieve (e.name, d.floor) where e.number = d.manager and e.salary > 10000 and d.floor > 0 sort by name');
    expect(counters.fetchCalls - before.fetch).toBe(6);
  });

  test('one call per host: a block on one other host is one Execute that also commits', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    const before = counters.executeCalls;
    const fetches = counters.fetchCalls;
    // employee and sale both live on h2
    await same('begin transaction replace e (salary = e.salary + 2) where e.number = 1110 retrieve (s.quantity) where s.employee = 1110 end transaction');
    expect(counters.executeCalls - before).toBe(1);
    expect(counters.fetchCalls - fetches).toBe(0);
    // two other hosts (employee h2, dept h3): two calls
    await same('begin transaction replace e (salary = e.salary - 2) where e.number = 1110 replace d (floor = d.floor) where d.number = 35 end transaction');
    expect(counters.executeCalls - before).toBe(3);
    // a lone update of one other host's relation: one call
    await same('replace e (salary = e.salary) where e.number = 1110');
    expect(counters.executeCalls - before).toBe(4);
  });

  test('a statement over relations of two hosts: the block runs statement by statement, same results', async () => {
    await same('begin transaction replace e (salary = e.salary + 3) where e.number = d.manager and d.number = 35 retrieve (e.salary) where e.number = 55 end transaction');
    await same('replace e (salary = e.salary - 3) where e.number = 55');
  });
});

describe('locks across hosts', () => {
  test('a deadlock across two hosts ends with 6002 (distributed lock timeout), never a hang', async () => {
    process.env['INGRES_DIST_LOCK_TIMEOUT_MS'] = '1500';
    const other = cluster.session('h1');
    try {
      await other.run('range of e is employee range of d is dept');
      const a = await dist.run('begin transaction replace e (salary = e.salary) where e.number = 10');
      const b = await other.run('begin transaction replace d (floor = d.floor) where d.number = 1');
      expect(a.concat(b).filter((r) => r.kind === 'error')).toEqual([]);
      const started = Date.now();
      const [ra, rb] = await Promise.all([dist.run('retrieve (d.name)'), other.run('retrieve (e.name)')]);
      const codes = [ra[0], rb[0]].map((r) => (r?.kind === 'error' ? r.error.code : 0));
      expect(codes).toContain(6002);
      expect(Date.now() - started).toBeLessThan(10_000);
      await dist.run('abort');
      await other.run('abort');
      // every lock is gone: both relations can be written again
      const after = await dist.run('replace e (salary = e.salary) where e.number = 10 replace d (floor = d.floor) where d.number = 1');
      expect(after.filter((r) => r.kind === 'error')).toEqual([]);
    } finally {
      delete process.env['INGRES_DIST_LOCK_TIMEOUT_MS'];
      await other.close();
    }
  });
});

describe('a relation a running transaction destroyed', () => {
  test('a statement on the user host naming it waits for that transaction, and runs after its abort', async () => {
    const [a, b] = [cluster.session('h1'), cluster.session('h1')];
    try {
      const expected = await one.run('range of u is supply\nretrieve (n = count(u.snum))');
      await b.run('range of u is supply');
      expect((await a.run('begin transaction\ndestroy supply')).filter((r) => r.kind === 'error')).toEqual([]);
      // h1's catalog has no supply while the destroy runs; the analysis waits for it to end
      const read = b.run('retrieve (n = count(u.snum))');
      const locks = (cluster.host('h1').db as DatabaseImpl).locks;
      let settled = false;
      void read.finally(() => { settled = true; });
      while (!settled && locks.waits().length === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(false);
      await a.run('abort');
      expect(rowsOf(await read)).toEqual(rowsOf(expected.slice(1)));
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('blocks that lock across hosts in opposite orders', () => {
  test('never deadlock: wait-die rolls the younger back and the master runs it again', async () => {
    process.env['INGRES_DIST_LOCK_TIMEOUT_MS'] = '20000';
    const other = cluster.session('h1');
    try {
      await other.run('range of e is employee range of d is dept');
      const before = await dist.run('retrieve (e.salary) where e.number = 10 retrieve (d.floor) where d.number = 10');
      const first = (r: StatementResult | undefined): number => Number(r?.kind === 'rows' ? r.rows[0]?.[0] : Number.NaN);
      const salary = first(before[0]);
      const floor = first(before[1]);
      const started = Date.now();
      // employee on h2, dept on h3; the two blocks lock them in opposite orders, 20 times
      const runs = await Promise.all([dist, other].map(async (session, k) => {
        const out: StatementResult[][] = [];
        for (let i = 0; i < 20; i++) {
          const order = k === 0
            ? 'replace e (salary = e.salary + 1) where e.number = 10 replace d (floor = d.floor + 1) where d.number = 10'
            : 'replace d (floor = d.floor + 1) where d.number = 10 replace e (salary = e.salary + 1) where e.number = 10';
          out.push(await session.run(`begin transaction ${order} end transaction`));
        }
        return out;
      }));
      for (const results of runs.flat()) expect(results.filter((r) => r.kind === 'error')).toEqual([]);
      expect(Date.now() - started).toBeLessThan(15_000); // never a lock timeout
      const after = await dist.run('retrieve (e.salary) where e.number = 10 retrieve (d.floor) where d.number = 10');
      expect(first(after[0])).toBe(salary + 40);
      expect(first(after[1])).toBe(floor + 40);
      await dist.run('replace e (salary = e.salary - 40) where e.number = 10 replace d (floor = d.floor - 40) where d.number = 10');
    } finally {
      delete process.env['INGRES_DIST_LOCK_TIMEOUT_MS'];
      await other.close();
    }
  });
});

describe('shipping', () => {
  test('a restriction implied through an equi-join is applied at the owner too', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    // store lives on h1 (the user host): only employee's tuples cross the network
    await same('range of t is store retrieve (e.name, e.salary) where e.number = t.number sort by name');
    const whole = counters.lastStatementBytes;
    await same('retrieve (e.name, e.salary) where e.number = t.number and t.number < 3 sort by name');
    const implied = counters.lastStatementBytes;
    expect(implied).toBeLessThan(whole);
  });

  test('a relation read only inside an aggregate over two hosts is restricted by that aggregate\'s own conjuncts', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    // sale (h2) and dept (h3) inside one aggregate: not pushed, both fetched; each only
    // there, so each is fetched restricted by the aggregate's conjuncts on it
    // (s.dept + 0: no semi-join either, both come whole)
    await same('range of t is store retrieve (t.city, n = count(s.quantity where s.dept + 0 = d.number)) sort by city');
    const whole = counters.lastStatementBytes;
    await same('retrieve (t.city, n = count(s.quantity where s.dept = d.number and d.floor = 2 and s.quantity > 3)) sort by city');
    const restricted = counters.lastStatementBytes;
    expect(restricted).toBeLessThan(whole / 2);
    // a simple aggregate's equi-join semi-joins sale to dept's numbers when sale is the
    // larger by four times or more; exact either way
    await same('retrieve (t.city, n = count(s.quantity where s.dept = d.number)) sort by city');
    // an aggregate function's is not used
    await same('retrieve (t.city, n = count(s.quantity by s.dept where s.dept = d.number and d.floor = 2)) sort by city, n');
    // used by the outer query too (s.store), sale is fetched whole again: still exact
    await same('retrieve (s.store, n = count(s.quantity where s.dept = d.number and s.quantity > 3)) sort by store');
    // in two aggregates: each reads all of it
    await same('retrieve (a = count(s.quantity where s.quantity > 3 and s.dept = d.number), b = sum(s.quantity where s.quantity < 3 and s.dept = d.number))');
  });

  test('a restricted one-variable subquery ships far fewer bytes than the relation', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    expect((await dist.run('retrieve (e.name, dname = d.name) where e.number = d.manager'))[0]?.kind).toBe('rows');
    const whole = counters.lastStatementBytes;
    expect((await dist.run('retrieve (e.name, dname = d.name) where e.number = d.manager and e.salary > 20000'))[0]?.kind).toBe('rows');
    const reduced = counters.lastStatementBytes;
    expect(whole).toBeGreaterThan(0);
    expect(reduced).toBeLessThan(whole);
  });
});

describe('semi-joins', () => {
  // big (2,000 tuples) on h2 and small (a few) on h3, both read from h1: neither has a
  // one-variable restriction, so without a semi-join big would cross the network whole
  beforeAll(async () => {
    const appends = (rel: string, rows: string[]): string => ['begin transaction', ...rows.map((r) => `append to ${rel} (${r})`), 'end transaction'].join('\n');
    const big = Array.from({ length: 2000 }, (_, k) => `k = ${k}, name = "n ${k % 500}", pad = "${'p'.repeat(30)}${k}"`);
    // duplicates, a value big does not hold, an f8 equal to an i4, a name with other blanks
    const small = ['k = 7, f = 7.0, name = "n7", tag = "a"', 'k = 7, f = 7.0, name = "n 7", tag = "b"', 'k = 1999, f = 1999.0, name = "n  499", tag = "c"',
      'k = 4000, f = 4000.5, name = "none", tag = "d"', 'k = 250, f = 250.0, name = "n2 50", tag = "e"'];
    const tiny = ['k = 3, tag = "x"', 'k = 1500, tag = "y"', 'k = 3, tag = "z"', 'k = -1, tag = "w"'];
    for (const [session, at2, at3, at1] of [[dist, ' at h2', ' at h3', ' at h1'], [one, '', '', '']] as const) {
      for (const text of [`create big (k = i4, name = c12, pad = c40)${at2}`, `create small (k = i4, f = f8, name = c12, tag = c2)${at3}`,
        `create tiny (k = i4, tag = c2)${at1}`, appends('big', big), appends('small', small), appends('tiny', tiny),
        'range of bg is big range of sm is small range of ty is tiny']) {
        expect((await session.run(text)).filter((r) => r.kind === 'error')).toEqual([]);
      }
    }
  });

  test('a relation joined to a much smaller one on another host ships only its matching tuples', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    // bg.k + 0 is not an attribute: no semi-join, big comes whole
    await same('retrieve (bg.k, bg.pad, sm.tag) where bg.k + 0 = sm.k sort by k, tag');
    const whole = counters.lastStatementBytes;
    const rows = await same('retrieve (bg.k, bg.pad, sm.tag) where bg.k = sm.k sort by k, tag');
    const reduced = counters.lastStatementBytes;
    expect(rows[0]?.kind === 'rows' ? rows[0].rows.length : -1).toBe(4);
    expect(whole).toBeGreaterThan(2000 * 40);
    expect(reduced).toBeLessThan(whole / 20);
    // small restricted: fetched at once (its fetched count decides), only big's count asked
    const calls = counters.fetchCalls;
    await same('retrieve (bg.k, bg.pad, sm.tag) where bg.k = sm.k and sm.tag != "a" sort by k, tag');
    expect(counters.fetchCalls - calls).toBe(3);
    expect(counters.lastStatementBytes).toBeLessThan(whole / 20);
  });

  test('a count known from a recent statement plans the next without asking the owner again', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    setCountFreshMs(60_000);
    try {
      // big's owner is asked its count (small's fetch, at once, sizes small)
      let calls = counters.fetchCalls;
      await same('retrieve (bg.k, bg.pad, sm.tag) where bg.k = sm.k and sm.tag != "a" sort by k, tag');
      expect(counters.fetchCalls - calls).toBe(3);
      calls = counters.fetchCalls;
      await same('retrieve (bg.k, bg.pad, sm.tag) where bg.k = sm.k and sm.tag != "b" sort by k, tag');
      // now known: small and the restricted big, no count asked, the same few bytes
      expect(counters.fetchCalls - calls).toBe(2);
      expect(counters.lastStatementBytes).toBeLessThan(2000 * 40 / 20);
      // a count learnt from an unrestricted fetch serves as well (bg.k + 0: no semi-join,
      // big comes whole); then tiny, of this host, partners big by its known count
      setCountFreshMs(60_000);
      await same('retrieve (bg.k, sm.tag) where bg.k + 0 = sm.k sort by k, tag');
      calls = counters.fetchCalls;
      await same('retrieve (bg.k, ty.tag) where bg.k = ty.k sort by k, tag');
      expect(counters.fetchCalls - calls).toBe(1);
      expect(counters.lastStatementBytes).toBeLessThan(2000 * 40 / 20);
    } finally {
      setCountFreshMs(0);
    }
  });

  test('the executor\'s equality: i4 against f8, chars blank-insensitive, bag semantics kept', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    await same('retrieve (bg.k, sm.tag) where bg.k + 0 = sm.f sort by k, tag');
    const wholeK = counters.lastStatementBytes;
    await same('retrieve (bg.k, sm.tag) where bg.k = sm.f sort by k, tag');
    expect(counters.lastStatementBytes).toBeLessThan(wholeK / 4);
    // "n7" = "n 7" and "n2 50" = "n 250": every big tuple whose name matches, each as often as small has it
    await same('retrieve (bg.k, sm.tag) where concat(bg.name, "") = sm.name sort by k, tag');
    const wholeName = counters.lastStatementBytes;
    const rows = await same('retrieve (bg.k, sm.tag) where bg.name = sm.name sort by k, tag');
    expect(rows[0]?.kind === 'rows' ? rows[0].rows.length : -1).toBe(4 * 2 + 4 + 4);
    expect(counters.lastStatementBytes).toBeLessThan(wholeName / 4);
    await same('retrieve unique (bg.name) where bg.name = sm.name and sm.tag != "a" sort by name');
  });

  test('the partner restricted to nothing leaves nothing to ship; a restricted relation is fetched as before', async () => {
    await same('retrieve (bg.k) where bg.k = sm.k and sm.k > 10000');
    await same('retrieve (bg.k, sm.tag) where bg.k = sm.k and bg.k < 300 sort by k');
    await same('replace sm (tag = "z") where sm.k = bg.k and bg.pad = "nothing"');
    await same('retrieve (n = count(bg.k where bg.k = sm.k))');
  });

  test('a relation of the user host as the partner: read under the statement\'s own lock, its values restrict the fetch', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    await same('retrieve (bg.k, bg.name, ty.tag) where bg.k + 0 = ty.k sort by k, tag');
    const whole = counters.lastStatementBytes;
    const rows = await same('retrieve (bg.k, bg.name, ty.tag) where bg.k = ty.k sort by k, tag');
    expect(rows[0]?.kind === 'rows' ? rows[0].rows.length : -1).toBe(3);
    expect(counters.lastStatementBytes).toBeLessThan(whole / 20);
    // the local relation the target (X); then in a transaction that reads what it wrote
    await same('replace ty (tag = bg.name) where ty.k = bg.k');
    expect(counters.lastStatementBytes).toBeLessThan(whole / 20);
    await same('retrieve (ty.all) sort by k, tag');
    await same('begin transaction\nreplace ty (tag = "q") where ty.k = bg.k\nretrieve (ty.all) sort by k, tag\nend transaction');
    await same('retrieve (ty.all) sort by k, tag');
  });

  test('inside a simple aggregate too; an aggregate function with a by-list is fetched whole', async () => {
    const counters = shipCounters(cluster.host('h1').ctx);
    await same('retrieve (n = count(bg.pad where bg.k + 0 = sm.k))');
    const whole = counters.lastStatementBytes;
    await same('retrieve (n = count(bg.pad where bg.k = sm.k))');
    expect(counters.lastStatementBytes).toBeLessThan(whole / 20);
    await same('retrieve (n = countu(bg.name where bg.name = sm.name and sm.tag != "c"))');
    expect(counters.lastStatementBytes).toBeLessThan(whole / 20);
    // aggregate functions: big fetched whole, the same rows as one host
    await same('retrieve (sm.tag, n = count(bg.k by sm.tag where bg.k = sm.k)) sort by tag');
    await same('retrieve (x = bg.name, n = count(bg.k by bg.name where bg.k = sm.k)) where bg.k < 20 sort by x');
  });

  test('a malformed semi-join filter is 7003 and changes nothing; the slave goes on serving', async () => {
    const h2 = cluster.host('h2');
    const request = { database: 'demo', globalId: 'h1.1.semi1', user: DEFAULT_SESSION_OPTIONS.user, relation: 'big', variable: 'bg', attributes: ['k'], release: true };
    await expect(fetchInto(h2.address, 'h2', 'big', { ...request, semiAttribute: 'pad' }, undefined, () => undefined)).rejects.toMatchObject({ code: 7003 });
    await expect(fetchInto(h2.address, 'h2', 'big', { ...request, globalId: 'h1.1.semi2', semiAttribute: 'k', semiValues: Buffer.from([1, 2, 3]) }, undefined, () => undefined)).rejects.toMatchObject({ code: 7003 });
    const kept: unknown[] = [];
    const { count } = await fetchInto(h2.address, 'h2', 'big', { ...request, globalId: 'h1.1.semi3', semiAttribute: 'k', semiValues: encodeRows([[5], [6.0], [99999]]) }, undefined, (row) => kept.push(row));
    expect(count).toBe(2);
    expect(kept).toEqual([[5], [6]]);
  });
});

describe('a slave reached without the peer link', () => {
  test('the streaming Fetch gives the same tuples as FetchAll on the link, in packed chunks', async () => {
    // a second server for h2 with the Slave service only: calls to it fall back to Fetch
    const server = new Server();
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
    const h2 = cluster.host('h2');
    registerSlave(server, (db) => (db === 'demo' ? h2.ctx : undefined), 'h2');
    try {
      const request = (n: number) => ({ database: 'demo', globalId: `h1.1.stream${n}`, user: DEFAULT_SESSION_OPTIONS.user, relation: 'employee', variable: 'e', attributes: ['name', 'salary'], release: true });
      const viaLink: unknown[] = [];
      const linked = await fetchInto(h2.address, 'h2', 'employee', request(1), undefined, (row) => viaLink.push(row));
      const viaStream: unknown[] = [];
      const streamed = await fetchInto(`127.0.0.1:${port}`, 'h2', 'employee', request(2), undefined, (row) => viaStream.push(row));
      expect(linked.count).toBeGreaterThan(10);
      expect(streamed.count).toBe(linked.count);
      expect(viaStream).toEqual(viaLink);
      expect(viaStream.every((row) => Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'number')).toBe(true);
    } finally {
      server.forceShutdown();
    }
  });
});

describe('a dead host', () => {
  test('a call in flight to a host that hangs ends with 7004 when it leaves the group', async () => {
    await cluster.hang('h3');
    const started = Date.now();
    const pending = dist.run('retrieve (d.name)');
    // serverdb's timeout fires: the host leaves the group while the Fetch waits
    setTimeout(() => cluster.setUp('h3', false), 300);
    const r = await pending;
    expect(r[0]?.kind === 'error' && r[0].error.code).toBe(7004);
    expect(r[0]?.kind === 'error' && r[0].error.message).toMatch(/h3/);
    expect(Date.now() - started).toBeLessThan(5000);
    const live = await dist.run('retrieve (e.name) where e.number = 10');
    expect(live[0]?.kind).toBe('rows');
  });


  test('a statement needing its relation fails at once with 7004 naming it; others go on', async () => {
    cluster.kill('h2', false); // the server is gone but membership has not noticed yet
    let started = Date.now();
    let r = await dist.run('retrieve (e.name)');
    expect(r[0]?.kind === 'error' && r[0].error.code).toBe(7004);
    expect(r[0]?.kind === 'error' && r[0].error.message).toMatch(/host h2 is down/);
    expect(Date.now() - started).toBeLessThan(5000);
    cluster.setUp('h2', false); // it leaves the group
    started = Date.now();
    r = await dist.run('retrieve (e.name, t.city) where e.number = t.number');
    expect(r[0]?.kind === 'error' && r[0].error.code).toBe(7004);
    expect(Date.now() - started).toBeLessThan(1000);
    r = await dist.run('range of t is store retrieve (t.all)');
    expect(r[1]?.kind).toBe('rows');
    r = await dist.run('replace t (state = "CA") where t.number = 5 retrieve (t.state) where t.number = 5');
    expect(r[0]).toMatchObject({ kind: 'done', tuples: 1 });
    expect(r[1]).toMatchObject({ kind: 'rows', rows: [['CA']] });
    // help of a relation on the host that is down: its count is unknown, not the local 0
    const help = await dist.run('help employee');
    expect(help[0]?.kind === 'text' && help[0].text).toMatch(/Number of tuples:\tunknown \(host h2 is down\)\n/);
  });
});
