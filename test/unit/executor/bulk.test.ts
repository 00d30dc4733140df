/*
 * bulk.test.ts — statements over many tuples: `retrieve into` and appends from other
 * relations go straight to storage (not bounded by the result budget, which a test lowers
 * to 1 MiB here), and so do `retrieve unique into` and `sort by` into structures that order
 * their tuples themselves; a retrieve, those into a heap, and an append that reads its own
 * target (or its index) still hold their rows first: 4130 past the budget, each tuple once
 * below it. A statement that fails half way stores nothing. Replace and delete of every
 * tuple keep their deferred-update semantics through the packed target list.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuelSession } from '../../../src/dbsys/index.js';
import { setResultBytesMax } from '../../../src/executor/result-budget.js';
import { errors, ok, openTestDb, rows } from './helpers.js';
import type { TestDb } from './helpers.js';

const N = 20_000;
let t: TestDb;
let s: QuelSession;
let budgetBefore: number;

/** the count of a relation through a fresh range variable */
async function count(relation: string): Promise<number> {
  const [[n]] = (await rows(s, `range of cnt is ${relation} retrieve (n = count(cnt.a))`)) as [[number]];
  return n;
}

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  const file = join(t.dir, 'r.txt');
  const lines: string[] = [];
  for (let k = 0; k < N; k++) lines.push(`${k}\t${k % 100}\tname-${k % 1000}\n`);
  writeFileSync(file, lines.join(''));
  await ok(s, 'create r (a = i4, b = i4, s = c40)');
  await ok(s, `copy r (a = c0tab, b = c0tab, s = c0nl) from "${file}"`);
  await ok(s, 'range of r is r');
  budgetBefore = setResultBytesMax(1024 * 1024);
});
afterAll(async () => {
  setResultBytesMax(budgetBefore);
  await t.close();
});

describe('rows that go straight to storage', () => {
  it('a retrieve past the budget ends with 4130', async () => {
    expect(await errors(s, 'retrieve (r.all)')).toEqual([4130]);
  });

  it('retrieve into another relation is not bounded by the budget', async () => {
    const results = await ok(s, 'retrieve into c (r.all)');
    expect(results[0]).toEqual({ kind: 'done', statement: 'Retrieve', tuples: N });
    expect(await rows(s, 'range of c is c retrieve (n = count(c.a), t = sum(c.a), m = max(c.s))')).toEqual([
      [N, (N * (N - 1)) / 2, 'name-999'],
    ]);
  });

  it('an append from another relation is not bounded by it, and a keyed target drops duplicates as it goes', async () => {
    await ok(s, 'create t (a = i4, b = i4, s = c40)');
    expect((await ok(s, 'append to t (r.all)'))[0]).toEqual({ kind: 'done', statement: 'Append', tuples: N });
    expect((await ok(s, 'append to t (a = r.a + 1, b = r.b * 2, s = r.s) where r.b = 7'))[0]).toMatchObject({ tuples: N / 100 });
    expect(await count('t')).toBe(N + N / 100);
    await ok(s, 'create k (a = i4) modify k to hash on a');
    expect((await ok(s, 'append to k (a = r.b)'))[0]).toMatchObject({ tuples: 100 });
    expect(await count('k')).toBe(100);
  });

  it('retrieve unique into and sort by into a structure that orders its tuples stream too; into a heap they hold their rows', async () => {
    // (b, s) takes 1,000 distinct values; the rows to keep are those retrieve unique returns
    expect((await ok(s, 'retrieve unique into u (r.b, r.s)'))[0]).toEqual({ kind: 'done', statement: 'Retrieve', tuples: 1000 });
    expect((await ok(s, 'retrieve into us (r.a, r.s) sort by s:descending'))[0]).toMatchObject({ tuples: N });
    expect(await rows(s, 'range of us is us retrieve (n = count(us.a), m = min(us.s))')).toEqual([[N, 'name-0']]);
    const heap = t.session({ retrieveIntoStructure: 'heap' });
    await ok(heap, 'range of r is r');
    expect(await errors(heap, 'retrieve unique into uh (r.all)')).toEqual([4130]);
    expect(await errors(heap, 'retrieve into sh (r.all) sort by a:descending')).toEqual([4130]);
    // hash keys on the first column only: unique still holds its rows, sort by streams
    const hash = t.session({ retrieveIntoStructure: 'hash' });
    await ok(hash, 'range of r is r');
    expect(await errors(hash, 'retrieve unique into uk (r.all)')).toEqual([4130]);
    expect((await ok(hash, 'retrieve into sk (r.all) sort by a:descending'))[0]).toMatchObject({ tuples: N });
    expect(await rows(s, 'range of rr is relation retrieve (rr.relid) where rr.relid = "uh" or rr.relid = "sh" or rr.relid = "uk"')).toEqual([]);
  });

  it('retrieve unique into keeps the first of rows equal under blank-insensitive comparison, as retrieve unique does', async () => {
    await ok(s, 'create blanks (k = i4, v = c10, f = f8)');
    const values = ['ab', 'a b', 'ab', ' ab', 'abc', 'a bc', 'x', 'x ', 'y'];
    for (const [k, v] of values.entries()) {
      await ok(s, `append to blanks (k = ${k % 2}, v = "${v}", f = ${k % 3 === 0 ? '-0.0' : '0.0'})`);
    }
    await ok(s, 'range of bl is blanks');
    const expected = await rows(s, 'retrieve unique (bl.v, bl.f)');
    expect(expected.length).toBe(4);
    for (const structure of ['cheapsort', 'heapsort', 'heap']) {
      const session = t.session({ retrieveIntoStructure: structure });
      await ok(session, 'range of bl is blanks');
      expect((await ok(session, `retrieve unique into ub${structure} (bl.v, bl.f)`))[0]).toMatchObject({ tuples: expected.length });
      const stored = await rows(session, `range of ub is ub${structure} retrieve (ub.v, ub.f)`);
      // heap keeps the sorted order retrieve unique gives; the others store their own (the same here)
      expect(stored).toEqual(expected);
    }
  });

  it('an append that reads its own target holds its rows: 4130 past the budget, each tuple once below it', async () => {
    await ok(s, 'range of x is r');
    expect(await errors(s, 'append to r (x.all)')).toEqual([4130]);
    expect(await count('r')).toBe(N);
    await ok(s, 'create small (a = i4) range of y is small');
    for (let k = 0; k < 50; k++) await ok(s, `append to small (a = ${k})`);
    expect((await ok(s, 'append to small (a = y.a + 100)'))[0]).toMatchObject({ tuples: 50 });
    // through a secondary index of the target: its new entries are not read again either
    await ok(s, 'index on small is smallx (a) range of ix is smallx');
    expect((await ok(s, 'append to small (a = ix.a + 1000)'))[0]).toMatchObject({ tuples: 100 });
    expect(await count('small')).toBe(200);
    // and through an aggregate over the target
    expect((await ok(s, 'append to small (a = count(y.a)) where y.a < 3'))[0]).toMatchObject({ tuples: 3 });
    expect(await rows(s, 'retrieve (y.a) where y.a = 200')).toEqual([[200], [200], [200]]);
  });

  it('a statement that fails half way stores nothing', async () => {
    expect(await errors(s, 'retrieve into bad (q = 100 / (r.a - 15000))')).toEqual([4101]);
    expect(await rows(s, 'range of rr is relation retrieve (rr.relid) where rr.relid = "bad"')).toEqual([]);
    const before = await count('t');
    expect(await errors(s, 'append to t (a = 100 / (r.a - 15000))')).toEqual([4101]);
    expect(await count('t')).toBe(before);
  });
});

describe('retrieve into stores its rows once, in their final structure', () => {
  it('cheapsort (the default) sorts and drops exact duplicates; heap keeps them in order; an abort takes the relation back', async () => {
    // b has 100 values: (b) repeats 200 times each
    expect((await ok(s, 'retrieve into bs (r.b)'))[0]).toMatchObject({ tuples: 100 });
    expect(await rows(s, 'range of bs is bs retrieve (n = count(bs.b), lo = min(bs.b), hi = max(bs.b))')).toEqual([[100, 0, 99]]);
    expect(await s.run('help bs')).toMatchObject([{ kind: 'text', text: expect.stringMatching(/Number of tuples:\t100\n/) }]);
    const heap = t.session({ retrieveIntoStructure: 'heap' });
    await ok(heap, 'range of r is r');
    expect((await ok(heap, 'retrieve into bh (r.b) where r.a < 300 sort by b:descending'))[0]).toMatchObject({ tuples: 300 });
    const stored = await rows(heap, 'range of bh is bh retrieve (bh.b)');
    expect(stored.map((row) => row[0])).toEqual(Array.from({ length: 300 }, (_, i) => 99 - Math.floor(i / 3)));
    await ok(heap, 'begin transaction');
    expect((await ok(heap, 'retrieve into gone (r.all)'))[0]).toMatchObject({ tuples: N });
    await ok(heap, 'abort');
    expect(await rows(s, 'range of rr is relation retrieve (rr.relid) where rr.relid = "gone"')).toEqual([]);
  });
});

describe('replace and delete of many tuples', () => {
  it('replace every tuple, and over a join that qualifies each target many times, changes each once', async () => {
    expect((await ok(s, 'replace r (b = r.b + 1000)'))[0]).toEqual({ kind: 'done', statement: 'Replace', tuples: N });
    expect(await rows(s, 'retrieve (lo = min(r.b), hi = max(r.b), t = sum(r.b))')).toEqual([[1000, 1099, N * 1000 + 100 * 99 * (N / 100) / 2]]);
    // each r tuple joins one tuple of t with its a, some a second (a + 1 of b = 7)
    await ok(s, 'range of tt is t');
    expect((await ok(s, 'replace r (s = "joined") where r.a = tt.a'))[0]).toMatchObject({ tuples: N });
    expect(await rows(s, 'retrieve (n = count(r.a where r.s = "joined"))')).toEqual([[N]]);
  });

  it('an expression is evaluated only for the first row that qualifies a tuple', async () => {
    await ok(s, 'create z (k = i4, d = i4) range of z is z');
    // r.a = 5 joins z twice: the first row divides by 1, a second would divide by zero
    await ok(s, 'append to z (k = 5, d = 1)');
    await ok(s, 'append to z (k = 5, d = 0)');
    expect((await ok(s, 'replace r (b = 10 / z.d) where r.a = z.k'))[0]).toMatchObject({ tuples: 1 });
    expect(await rows(s, 'retrieve (r.b) where r.a = 5')).toEqual([[10]]);
  });

  it('delete over a join and of every tuple', async () => {
    expect((await ok(s, 'delete r where r.a = tt.a and tt.b = 15'))[0]).toMatchObject({ tuples: N / 100 });
    expect(await count('r')).toBe(N - N / 100);
    expect((await ok(s, 'delete r'))[0]).toMatchObject({ tuples: N - N / 100 });
    expect(await count('r')).toBe(0);
  });
});
