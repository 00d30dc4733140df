/*
 * update.test.ts — append, replace and delete: defaults for unnamed domains, coercion,
 * type errors, deferred update (each qualifying tuple changed exactly once even when
 * several combinations qualify), keyed structures dropping duplicates, integrity
 * constraints, updates through single-relation views.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuelSession } from '../../../src/dbsys/index.js';
import { demoTable, errors, loadDemo, ok, openTestDb, rows, sorted } from './helpers.js';
import type { TestDb } from './helpers.js';

let t: TestDb;
let s: QuelSession;

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  await loadDemo(s);
  await ok(s, 'range of e is employee range of d is dept');
});
afterAll(async () => {
  await t.close();
});

describe('append', () => {
  it('fills unnamed domains with 0 and blanks and converts numbers', async () => {
    await ok(s, 'create r1 (a = i2, b = c10, c = f4) range of r is r1');
    await ok(s, 'append to r1 (a = 3.9)');
    await ok(s, 'append to r1 (b = "x", c = 2)');
    expect(sorted(await rows(s, 'retrieve (r.all)'))).toEqual([
      [0, 'x', 2],
      [3, '', 0],
    ]);
  });

  it('rejects char to numeric and unknown domains', async () => {
    expect(await errors(s, 'append to r1 (a = "x")')).toEqual([2103]);
    expect(await errors(s, 'append to r1 (zz = 1)')).toEqual([2130]);
    expect(await errors(s, 'append to nosuch (a = 1)')).toEqual([2108]);
    expect(await errors(s, 'append to r1 (a = 100000)')).toEqual([4112]);
  });

  it('appends from a query', async () => {
    await ok(s, 'create rich (name = c20, salary = i4)');
    const results = await ok(s, 'append to rich (e.name, e.salary) where e.salary > 10000');
    const expected = demoTable('employee').filter((x) => (x.salary as number) > 10000).length;
    expect(results[0]).toEqual({ kind: 'done', statement: 'Append', tuples: expected });
  });

  it('keyed structures drop duplicate tuples, heaps keep them', async () => {
    await ok(s, 'create dup (a = i2, b = i2)');
    await ok(s, 'append to dup (a = 1, b = 1) append to dup (a = 1, b = 1)');
    await ok(s, 'range of u is dup');
    expect(await rows(s, 'retrieve (u.a)')).toHaveLength(2);
    await ok(s, 'modify dup to hash on a');
    expect(await rows(s, 'retrieve (u.a)')).toHaveLength(1);
    const results = await ok(s, 'append to dup (a = 1, b = 1)');
    expect(results[0]).toEqual({ kind: 'done', statement: 'Append', tuples: 0 });
    expect(await rows(s, 'retrieve (u.a)')).toHaveLength(1);
  });
});

describe('replace and delete', () => {
  it('replace changes each qualifying tuple exactly once (deferred update)', async () => {
    await ok(s, 'create acc (k = i2, v = i4) create pay (k = i2) range of a is acc range of p is pay');
    await ok(s, 'append to acc (k = 1, v = 10) append to acc (k = 2, v = 20)');
    // three payments for key 1: the join qualifies acc tuple 1 three times
    await ok(s, 'append to pay (k = 1) append to pay (k = 1) append to pay (k = 1)');
    const results = await ok(s, 'replace a (v = a.v + 1) where a.k = p.k');
    expect(results[0]).toEqual({ kind: 'done', statement: 'Replace', tuples: 1 });
    expect(sorted(await rows(s, 'retrieve (a.k, a.v)'))).toEqual([
      [1, 11],
      [2, 20],
    ]);
  });

  it('replace reads old values only (no halloween problem)', async () => {
    await ok(s, 'create h (v = i4) append to h (v = 1) append to h (v = 2) range of hv is h');
    await ok(s, 'modify h to isam on v');
    await ok(s, 'replace hv (v = hv.v + 10) where hv.v > 0');
    expect(sorted(await rows(s, 'retrieve (hv.v)'))).toEqual([[11], [12]]);
  });

  it('replace with a tutorial raise', async () => {
    await ok(s, 'retrieve into o (e.all) where e.salary > 8000 range of o is o');
    const before = await rows(s, 'retrieve (o.number, o.salary)');
    await ok(s, 'replace o (salary = o.salary * 1.1)');
    const after = new Map((await rows(s, 'retrieve (o.number, o.salary)')).map((r) => [r[0], r[1]]));
    for (const [n, sal] of before) expect(after.get(n)).toBe(Math.trunc((sal as number) * 1.1));
  });

  it('replace .all is an error', async () => {
    expect(await errors(s, 'replace o (o.all)')).toEqual([2123]);
  });

  it('delete with a multi-variable qualification deletes each tuple once', async () => {
    const results = await ok(s, 'delete a where a.k = p.k');
    expect(results[0]).toEqual({ kind: 'done', statement: 'Delete', tuples: 1 });
    expect(await rows(s, 'retrieve (a.k)')).toEqual([[2]]);
    await ok(s, 'delete a');
    expect(await rows(s, 'retrieve (a.k)')).toEqual([]);
  });

  it('cannot update catalogs', async () => {
    await ok(s, 'range of rr is relation');
    expect(await errors(s, 'delete rr')).toEqual([2107]);
    expect(await rows(s, 'retrieve (rr.relid) where rr.relid = "employee"')).toEqual([['employee']]);
  });
});

describe('integrity constraints', () => {
  it('updates that violate are not done', async () => {
    await ok(s, 'create sal (n = i2, amount = i4) range of sv is sal append to sal (n = 1, amount = 100)');
    await ok(s, 'define integrity on sv is sv.amount > 0');
    const r = await ok(s, 'append to sal (n = 2, amount = -5)');
    expect(r[0]).toEqual({ kind: 'done', statement: 'Append', tuples: 0 });
    await ok(s, 'replace sv (amount = -1)');
    expect(await rows(s, 'retrieve (sv.amount)')).toEqual([[100]]);
    expect(await errors(s, 'define integrity on sv is sv.amount > 1000')).toEqual([3492]);
    const help = await ok(s, 'help integrity sal');
    expect(help[0]!.kind === 'text' && help[0]!.text.includes('sv.amount > 0')).toBe(true);
    await ok(s, 'destroy integrity sal (1)');
    await ok(s, 'append to sal (n = 2, amount = -5)');
    expect(await rows(s, 'retrieve (sv.amount)')).toHaveLength(2);
    expect(await errors(s, 'destroy integrity sal (7)')).toEqual([3502]);
  });

  it('rejects aggregates and several variables', async () => {
    expect(await errors(s, 'define integrity on sv is sv.amount > avg(sv.amount)')).toEqual([3490]);
    expect(await errors(s, 'define integrity on sv is sv.amount > e.salary')).toEqual([3491]);
  });
});

describe('views', () => {
  it('retrieves through a view and updates a single-relation view', async () => {
    await ok(s, 'define view cheap (e.name, pay = e.salary, e.manager) where e.salary < 7000');
    await ok(s, 'range of c is cheap');
    const expected = demoTable('employee').filter((x) => (x.salary as number) < 7000);
    expect(sorted(await rows(s, 'retrieve (c.name, c.pay)'))).toEqual(
      sorted(expected.map((x) => [x.name!, x.salary!])),
    );
    // a view joined with a relation, and an aggregate over a view
    expect(await rows(s, 'retrieve (n = count(c.name))')).toEqual([[expected.length]]);
    await ok(s, 'replace c (manager = 1) where c.name = "Smith, Paul"');
    expect(await rows(s, 'retrieve (e.manager) where e.name = "Smith, Paul"')).toEqual([[1]]);
    await ok(s, 'define view dbl (e.name, twice = e.salary * 2) range of w is dbl');
    expect(await errors(s, 'replace w (twice = 1)')).toEqual([3300]);
    expect(await rows(s, 'retrieve (w.twice) where w.name = "Smith, Paul"')).toEqual([[12000]]);
    const help = await ok(s, 'help view cheap');
    expect(help[0]!.kind === 'text' && help[0]!.text.includes('define view cheap')).toBe(true);
    await ok(s, 'destroy cheap');
    expect(await errors(s, 'retrieve (c.name)')).toEqual([2109]);
  });
});
