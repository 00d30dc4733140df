/*
 * aggregate.test.ts — QUEL aggregates on the demo data: simple aggregates independent of
 * the outer where, aggregate functions with by-lists linked to the outer query (bag
 * semantics: one row per outer tuple), zeros for excluded partitions, only where, u
 * variants, result types, multi-variable and nested aggregates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuelSession } from '../../../src/dbsys/index.js';
import { demoTable, errors, loadDemo, ok, openTestDb, rows, sorted } from './helpers.js';
import type { TestDb } from './helpers.js';

let t: TestDb;
let s: QuelSession;
const employees = demoTable('employee');

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  await loadDemo(s);
  await ok(s, 'range of e is employee range of p is parts range of y is supply range of x is supply');
});
afterAll(async () => {
  await t.close();
});

describe('simple aggregates', () => {
  it('count, countu, avg, min, max, sum, any', async () => {
    const r = await rows(
      s,
      'retrieve (c = count(e.manager), cu = countu(e.manager), mx = max(e.salary), mn = min(e.salary), sm = sum(e.salary), a = any(e.salary where e.salary > 1000000))',
    );
    const salaries = employees.map((e) => e.salary as number);
    expect(r).toEqual([
      [
        25,
        new Set(employees.map((e) => e.manager)).size,
        Math.max(...salaries),
        Math.min(...salaries),
        salaries.reduce((a, b) => a + b, 0),
        0,
      ],
    ]);
    const [[avg]] = (await rows(s, 'retrieve (a = avg(e.salary))')) as [[number]];
    expect(avg).toBeCloseTo(salaries.reduce((a, b) => a + b, 0) / 25, 6);
  });

  it('is independent of the outer where', async () => {
    const r = await rows(s, 'retrieve (e.name, m = max(e.salary)) where e.salary < 7000');
    const top = Math.max(...employees.map((e) => e.salary as number));
    expect(r.length).toBe(employees.filter((e) => (e.salary as number) < 7000).length);
    for (const row of r) expect(row[1]).toBe(top);
  });

  it('empty aggregate is 0', async () => {
    expect(
      await rows(s, 'retrieve (c = count(e.name where e.salary < 0), a = avg(e.salary where e.salary < 0))'),
    ).toEqual([[0, 0]]);
  });

  it('is usable in a qualification (delete the minimum)', async () => {
    const r = await rows(s, 'retrieve (e.name) where e.salary = min(e.salary)');
    const min = Math.min(...employees.map((e) => e.salary as number));
    expect(r).toEqual(employees.filter((e) => e.salary === min).map((e) => [e.name]));
  });

  it('multi-variable simple aggregate', async () => {
    const supply = demoTable('supply');
    const expected = supply.filter((y) => y.pnum === 1).length;
    expect(
      await rows(s, 'retrieve (n = count(y.snum where y.pnum = p.pnum and p.pname = "central processor"))'),
    ).toEqual([[expected]]);
  });

  it('rejects sum/avg on characters', async () => {
    expect(await errors(s, 'retrieve (x = sum(e.name))')).toEqual([2126]);
    expect(await errors(s, 'retrieve (x = avg(e.name))')).toEqual([2125]);
  });
});

describe('aggregate functions (by)', () => {
  it('gives one row per outer tuple, linked on the by-list', async () => {
    const r = await rows(s, 'retrieve (e.name, manageravg = avg(e.salary by e.manager))');
    expect(r).toHaveLength(25);
    for (const [name, avg] of r) {
      const me = employees.find((e) => e.name === name)!;
      const peers = employees.filter((e) => e.manager === me.manager).map((e) => e.salary as number);
      expect(avg as number).toBeCloseTo(peers.reduce((a, b) => a + b, 0) / peers.length, 6);
    }
  });

  it('gives 0 to partitions the inner where excludes', async () => {
    const r = await rows(
      s,
      'retrieve unique (e.manager, people = count(e.name by e.manager where e.startdate < 1970))',
    );
    const managers = [...new Set(employees.map((e) => e.manager as number))].sort((a, b) => a - b);
    expect(r.map((row) => row[0])).toEqual(managers);
    for (const [manager, people] of r) {
      expect(people).toBe(
        employees.filter((e) => e.manager === manager && (e.startdate as number) < 1970).length,
      );
    }
    expect(r.some((row) => row[1] === 0)).toBe(true);
  });

  it('only where drops excluded partitions', async () => {
    const r = await rows(
      s,
      'retrieve unique (e.manager, people = count(e.name by e.manager only where e.startdate < 1970))',
    );
    expect(r.every((row) => (row[1] as number) > 0)).toBe(true);
    const expected = new Set(employees.filter((e) => (e.startdate as number) < 1970).map((e) => e.manager));
    expect(r).toHaveLength(expected.size);
  });

  it('filters on an aggregate function in the qualification', async () => {
    const r = await rows(s, 'retrieve unique (e.manager) where count(e.name by e.manager) > 2');
    const counts = new Map<unknown, number>();
    for (const e of employees) counts.set(e.manager, (counts.get(e.manager) ?? 0) + 1);
    expect(r.map((row) => row[0])).toEqual(
      [...counts]
        .filter(([, c]) => c > 2)
        .map(([m]) => m)
        .sort((a, b) => (a as number) - (b as number)),
    );
  });

  it('countu removes duplicate values', async () => {
    const r = await rows(s, 'retrieve unique (y.snum, n = countu(y.pnum by y.snum))');
    const supply = demoTable('supply');
    for (const [snum, n] of r)
      expect(n).toBe(new Set(supply.filter((x) => x.snum === snum).map((x) => x.pnum)).size);
  });

  it('unique over aggregate values alone: two partitions with the same count are one row', async () => {
    // (the partitions' own rows are distinct only while the by-value is shown; found by
    // test/process/differential-pg.test.ts)
    const r = await rows(s, 'retrieve unique (n = count(e.name by e.manager))');
    const perManager = new Map<unknown, number>();
    for (const e of employees) perManager.set(e.manager, (perManager.get(e.manager) ?? 0) + 1);
    const distinct = [...new Set(perManager.values())].sort((a, b) => a - b);
    expect(distinct.length).toBeLessThan(perManager.size);
    expect(r).toEqual(distinct.map((n) => [n]));
  });

  it('multi-variable aggregate function from the 6.2 notes', async () => {
    // suppliers supplying all the parts supplied by some other supplier
    const r = await rows(
      s,
      'retrieve unique (x.snum) where count(y.pnum by y.snum, x.snum where y.pnum = x.pnum and y.snum != x.snum) = count(y.pnum by y.snum)',
    );
    const supply = demoTable('supply');
    const parts = (snum: unknown): Set<unknown> =>
      new Set(supply.filter((z) => z.snum === snum).map((z) => z.pnum));
    const suppliers = [...new Set(supply.map((z) => z.snum))];
    // oracle: pairs (x, y) with y != x where every row of y has a pnum supplied by x, counted as rows
    const expected = new Set<unknown>();
    for (const xs of suppliers) {
      for (const ys of suppliers) {
        const yRows = supply.filter((z) => z.snum === ys);
        let linked = 0;
        for (const yr of yRows)
          for (const xr of supply.filter((z) => z.snum === xs))
            if (yr.pnum === xr.pnum && ys !== xs) linked++;
        if (linked === yRows.length) expected.add(xs);
      }
    }
    expect(r.map((row) => row[0])).toEqual([...expected].sort((a, b) => (a as number) - (b as number)));
    expect(parts(suppliers[0]).size).toBeGreaterThan(0);
  });

  it('nested aggregate in an aggregate qualification', async () => {
    const avg = employees.reduce((a, e) => a + (e.salary as number), 0) / 25;
    expect(await rows(s, 'retrieve (n = count(e.name where e.salary > avg(e.salary)))')).toEqual([
      [employees.filter((e) => (e.salary as number) > avg).length],
    ]);
  });

  it('result types: count i4, avg f8, any i2', async () => {
    const results = await ok(
      s,
      'retrieve (c = count(e.name), a = avg(e.salary), y = any(e.name), m = max(e.name))',
    );
    const r = results[0]!;
    expect(r.kind).toBe('rows');
    if (r.kind !== 'rows') return;
    expect(r.columns.map((c) => `${c.type.kind}${c.type.length}`)).toEqual(['i4', 'f8', 'i2', 'c20']);
  });

  it('keeps sum of i2 in i4', async () => {
    await ok(s, 'create big (v = i2) append to big (v = 30000) append to big (v = 30000) range of b is big');
    expect(await rows(s, 'retrieve (t = sum(b.v))')).toEqual([[60000]]);
    // i2 + i2 is i2: overflow is an error, not a wrap (DESIGN.md)
    expect(await errors(s, 'retrieve (t = b.v + b.v) where b.v > 0')).toEqual([4100]);
    expect(sorted(await rows(s, 'retrieve (t = int4(b.v) + b.v)'))).toEqual([[60000], [60000]]);
  });
});
