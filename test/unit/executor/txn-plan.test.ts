/*
 * txn-plan.test.ts — transactions through the session (begin/end/abort, misuse errors,
 * atomic statements, errors not stopping the buffer) and the plans the planner picks
 * (key seeks, index seeks, hash joins, index joins) on a relation large enough to matter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuelSession } from '../../../src/dbsys/index.js';
import { Session } from '../../../src/dbsys/index.js';
import { errors, ok, openTestDb, rows } from './helpers.js';
import type { TestDb } from './helpers.js';

let t: TestDb;
let s: QuelSession;

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  await ok(s, 'create big (k = i4, g = i2, name = c10) create small (k = i4, label = c10)');
  let script = 'begin transaction\n';
  for (let i = 0; i < 2000; i++) script += `append to big (k = ${i}, g = ${i % 10}, name = "n${i}")\n`;
  for (let i = 0; i < 20; i++) script += `append to small (k = ${i * 7}, label = "s${i}")\n`;
  script += 'end transaction\n';
  await ok(s, script);
  await ok(s, 'range of b is big range of m is small');
});
afterAll(async () => {
  await t.close();
});

function traced(session: QuelSession): string[] {
  const steps: string[] = [];
  (session as Session).trace = { steps };
  return steps;
}

describe('transactions', () => {
  it('abort undoes, end commits', async () => {
    await ok(s, 'create tt (a = i2) range of x is tt');
    await ok(s, 'begin transaction append to tt (a = 1) abort');
    expect(await rows(s, 'retrieve (x.a)')).toEqual([]);
    await ok(s, 'begin transaction append to tt (a = 2) end transaction');
    expect(await rows(s, 'retrieve (x.a)')).toEqual([[2]]);
  });

  it('misuse errors', async () => {
    expect(await errors(s, 'end transaction')).toEqual([6003]);
    expect(await errors(s, 'abort')).toEqual([6003]);
    expect(await errors(s, 'begin transaction begin transaction abort')).toEqual([6004]);
  });

  it('a failing statement is atomic and does not stop the buffer', async () => {
    const results = await s.run(
      'append to tt (a = 3) append to tt (a = 100000) append to tt (a = 4) retrieve (x.a)',
    );
    expect(results.map((r) => r.kind)).toEqual(['done', 'error', 'done', 'rows']);
    const last = results[3]!;
    expect(last.kind === 'rows' && last.rows.map((r) => r[0]).sort()).toEqual([2, 3, 4]);
  });

  it('a statement error inside a transaction keeps the transaction', async () => {
    const results = await s.run(
      'begin transaction append to tt (a = 5) retrieve (x.nosuch) append to tt (a = 6) abort',
    );
    expect(results.map((r) => r.kind)).toEqual(['done', 'done', 'error', 'done', 'done']);
    expect(await rows(s, 'retrieve (x.a) where x.a >= 5')).toEqual([]);
  });

  it("a second session waits for the first one's lock and then sees its commit", async () => {
    const other = t.session();
    await ok(other, 'range of x is tt');
    await ok(s, 'begin transaction append to tt (a = 7)');
    const pending = other.run('retrieve (x.a) where x.a = 7');
    await ok(s, 'end transaction');
    const [r] = await pending;
    expect(r?.kind === 'rows' && r.rows).toEqual([[7]]);
  });

  it('a deadlock rolls one transaction back with a retryable error', async () => {
    const one = t.session();
    const two = t.session();
    // an append of constants to a hashed relation locks its tuple's key (X): each session
    // holds one key and asks for the one the other holds
    await ok(one, 'create da (a = i2) create db2 (a = i2) modify da to hash on a modify db2 to hash on a');
    await ok(one, 'begin transaction append to da (a = 1)');
    await ok(two, 'begin transaction append to db2 (a = 1)');
    const first = one.run('append to db2 (a = 1)');
    const second = two.run('append to da (a = 1)');
    const victim = await Promise.race([first, second]);
    expect(victim[0]?.kind === 'error' && victim[0].error.code).toBe(6001);
    expect(victim[0]?.kind === 'error' && victim[0].error.retryable).toBe(true);
    const loser = victim === (await second) ? two : one;
    const winner = loser === one ? two : one;
    // the victim's block stays open but rolled back: statements are refused until it is
    // closed, and end transaction says nothing was committed
    expect(await errors(loser, 'append to da (a = 3)')).toEqual([6008]);
    expect(await errors(loser, 'end transaction')).toEqual([6009]);
    expect(await errors(loser, 'end transaction')).toEqual([6003]);
    const winnerPending = loser === one ? second : first;
    expect((await winnerPending)[0]?.kind).toBe('done');
    await ok(winner, 'end transaction');
  });

  it('after a deadlock the rest of its buffer never runs as lone statements', async () => {
    const one = t.session();
    const two = t.session();
    await ok(one, 'create ea (a = i2) create eb (a = i2) create ec (a = i2) range of c is ec');
    await ok(one, 'modify ea to hash on a modify eb to hash on a');
    await ok(two, 'range of c is ec');
    await ok(one, 'begin transaction append to ea (a = 1)');
    await ok(two, 'begin transaction append to eb (a = 1)');
    // each buffer: the statement that deadlocks (the key the other holds), then an append
    // to ec (a heap: appends to it do not conflict), then end transaction
    const first = one.run('append to eb (a = 1) append to ec (a = 1) end transaction');
    const second = two.run('append to ea (a = 1) append to ec (a = 2) end transaction');
    const [a, b] = await Promise.all([first, second]);
    const loser = a[0]?.kind === 'error' ? a : b;
    const winner = loser === a ? b : a;
    expect(loser.map((r) => (r.kind === 'error' ? r.error.code : r.kind))).toEqual([6001, 6008, 6009]);
    expect(winner.map((r) => r.kind)).toEqual(['done', 'done', 'done']);
    // only the winner's append to ec committed
    expect(await rows(one, 'retrieve (c.a)')).toEqual([[winner === a ? 1 : 2]]);
    // an abort also closes a rolled-back block, quietly
    await ok(one, 'begin transaction append to ea (a = 9)');
    await ok(two, 'begin transaction append to eb (a = 9)');
    const [c, d] = await Promise.all([one.run('append to eb (a = 9)'), two.run('append to ea (a = 9)')]);
    const victim = c[0]?.kind === 'error' ? one : two;
    await ok(victim, 'abort');
    expect(await errors(victim, 'abort')).toEqual([6003]);
    await ok(victim === one ? two : one, 'end transaction');
    expect([c, d].filter((r) => r[0]?.kind === 'error')).toHaveLength(1);
  });

  it('concurrent read-modify-write transactions are serializable (no lost update)', async () => {
    await ok(s, 'create counter (n = i4) append to counter (n = 0)');
    const workers = [t.session(), t.session(), t.session()];
    for (const w of workers) await ok(w, 'range of c is counter');
    const work = async (w: QuelSession): Promise<number> => {
      let retries = 0;
      for (let i = 0; i < 15; i++) {
        for (;;) {
          const results = await w.run('begin transaction replace c (n = c.n + 1) end transaction');
          const failed = results.find((r) => r.kind === 'error');
          if (failed === undefined) break;
          expect(failed.kind === 'error' && failed.error.retryable).toBe(true);
          retries++;
        }
      }
      return retries;
    };
    await Promise.all(workers.map(work));
    await ok(s, 'range of cn is counter');
    expect(await rows(s, 'retrieve (cn.n)')).toEqual([[45]]);
  });

  it('close aborts an open transaction', async () => {
    const other = t.session();
    await ok(other, 'range of x is tt begin transaction append to tt (a = 8)');
    await other.close();
    expect(await rows(s, 'retrieve (x.a) where x.a = 8')).toEqual([]);
  });
});

describe('plans', () => {
  it('scans a heap, seeks a hash key and an isam range', async () => {
    const steps = traced(s);
    expect(await rows(s, 'retrieve (b.name) where b.k = 1234')).toEqual([['n1234']]);
    expect(steps.at(-1)).toBe('scan big where k in range');
    // a range on a heap's number attribute: a scan that keeps the range (Store.scanRange)
    expect(await rows(s, 'retrieve (b.k) where b.k >= 10 and b.k < 13 and b.name != "n11"')).toEqual([[10], [12]]);
    expect(steps.at(-1)).toBe('scan big where k in range');
    expect(await rows(s, 'retrieve (b.k) where b.name = "n5"')).toEqual([[5]]);
    expect(steps.at(-1)).toBe('scan big');
    await ok(s, 'modify big to hash on k');
    expect(await rows(s, 'retrieve (b.name) where b.k = 1234')).toEqual([['n1234']]);
    expect(steps.at(-1)).toMatch(/^seek/);
    await ok(s, 'modify big to isam on k');
    expect(await rows(s, 'retrieve (b.k) where b.k > 1990 and b.k <= 1995')).toHaveLength(5);
    expect(steps.at(-1)).toMatch(/^range/);
    expect(await rows(s, 'retrieve (b.k) where b.k > 1990.5 and b.k < 1992.5')).toEqual([[1991], [1992]]);
  });

  it('answers unique grouped aggregates from the aggregate table', async () => {
    const steps = traced(s);
    const r = await rows(s, 'retrieve unique (b.g, n = count(b.k by b.g), top = max(b.k by b.g))');
    expect(steps).toContain('grouped big');
    expect(r).toHaveLength(10);
    expect(r[3]).toEqual([3, 200, 1993]);
    // the same query with a qualification takes the general path and agrees
    const general = await rows(
      s,
      'retrieve unique (b.g, n = count(b.k by b.g), top = max(b.k by b.g)) where b.k >= 0',
    );
    expect(general).toEqual(r);
  });

  it('uses a secondary index for equality', async () => {
    await ok(s, 'index on big is bigname (name)');
    const steps = traced(s);
    expect(await rows(s, 'retrieve (b.k) where b.name = "n77"')).toEqual([[77]]);
    expect(steps.at(-1)).toMatch(/^index bigname/);
  });

  it('joins by hashing, or by index when the outer side is small', async () => {
    const steps = traced(s);
    const r = await rows(s, 'retrieve (m.label, b.name) where m.k = b.k');
    expect(r).toHaveLength(20);
    expect(steps.some((x) => /join/.test(x))).toBe(true);
    steps.length = 0;
    await ok(s, 'modify big to heap');
    const r2 = await rows(s, 'retrieve (m.label, b.g) where m.k = b.k');
    expect(r2).toHaveLength(20);
    expect(steps).toContain('hash join big');
    expect(r2.every(([label, g]) => (Number(String(label).slice(1)) * 7) % 10 === g)).toBe(true);
  });

  it('reads a two-sided range through a secondary index while it holds few tuples, else scans', async () => {
    await ok(s, 'create ranged (k = i4, v = i4, w = i4)');
    let script = 'begin transaction\n';
    for (let i = 0; i < 1000; i++) script += `append to ranged (k = ${i}, v = ${(i * 37) % 1000}, w = ${i % 3})\n`;
    await ok(s, `${script}end transaction\nindex on ranged is rangedv (v)\nindex on ranged is rangedw (w)\nrange of r is ranged`);
    const steps = traced(s);
    const few = await rows(s, 'retrieve (r.k) where r.v >= 100 and r.v <= 149');
    expect(steps.at(-1)).toMatch(/^index range rangedv up to 100, else scan/);
    expect(few.map((x) => (Number(x[0]) * 37) % 1000).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, n) => 100 + n));
    // 334 tuples in the range: past the cap the index gives way to a scan, same answer
    const many = await rows(s, 'retrieve (r.k) where r.w >= 1 and r.w <= 1');
    expect(many.map((x) => Number(x[0])).sort((a, b) => a - b)).toEqual(Array.from({ length: 333 }, (_, n) => 3 * n + 1));
    // the same through a scanned (cached) relation agrees
    await rows(s, 'retrieve (n = count(r.k))');
    expect(await rows(s, 'retrieve (r.k) where r.v >= 100 and r.v <= 149')).toEqual(few);
  });
});

describe('updates with a variable linked to nothing', () => {
  it('a replace or delete reads such a variable only until its first match', async () => {
    const steps = traced(s);
    await ok(s, 'begin transaction');
    // m is linked to nothing: each tuple of big changes once, whatever m holds
    expect((await s.run('replace b (g = b.g + 1) where m.k > 100'))[0]).toMatchObject({ kind: 'done', tuples: 2000 });
    expect(steps).toContain('exists small');
    expect(await rows(s, 'retrieve (n = count(b.k where b.g = 10))')).toEqual([[200]]);
    // no tuple of m qualifies: nothing is deleted
    expect((await s.run('delete b where m.k > 1000'))[0]).toMatchObject({ kind: 'done', tuples: 0 });
    // m read by the new value: every match counts, so no shortcut (b.k < 3 and m.k = 7: one each)
    steps.length = 0;
    expect((await s.run('replace b (g = m.k) where m.k = 7 and b.k < 3'))[0]).toMatchObject({ kind: 'done', tuples: 3 });
    expect(steps).not.toContain('exists small');
    expect((await s.run('delete b where m.label = "s1" and b.k = m.k'))[0]).toMatchObject({ kind: 'done', tuples: 1 });
    expect(steps).not.toContain('exists small');
    await ok(s, 'abort');
    expect(await rows(s, 'retrieve (n = count(b.k))')).toEqual([[2000]]);
  });
});

describe('session', () => {
  it('serializes overlapping run() calls of one session', async () => {
    const one = t.session();
    await ok(one, 'create ov (a = i2) range of o is ov');
    const first = one.run('begin transaction append to ov (a = 1)');
    const second = one.run('append to ov (a = 2) end transaction');
    const [r1, r2] = await Promise.all([first, second]);
    expect([...r1, ...r2].map((r) => r.kind)).toEqual(['done', 'done', 'done', 'done']);
    expect((await rows(one, 'retrieve (o.a)')).map((r) => r[0]).sort()).toEqual([1, 2]);
  });
});
