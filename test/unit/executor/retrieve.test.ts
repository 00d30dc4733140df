/*
 * retrieve.test.ts — retrieve on the demo database: projections, restrictions, joins,
 * patterns, unique, sort by, retrieve into, bag semantics, expressions and functions.
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
  await ok(
    s,
    'range of e is employee range of p is parts range of y is supply range of d is dept range of i is item',
  );
});
afterAll(async () => {
  await t.close();
});

describe('retrieve', () => {
  it('projects one relation with bag semantics', async () => {
    const r = await rows(s, 'retrieve (e.manager)');
    expect(r).toHaveLength(25);
  });

  it('restricts with and/or and ranges', async () => {
    const r = await rows(s, 'retrieve (p.pname) where p.color = "black" and p.weight > 400');
    expect(sorted(r)).toEqual([['disk drive'], ['tape drive']]);
  });

  it('joins two relations', async () => {
    const expected = demoTable('supply').filter((y) => y.pnum === 1).length;
    const r = await rows(s, 'retrieve (y.snum) where y.pnum = p.pnum and p.pname = "central processor"');
    expect(r).toHaveLength(expected);
  });

  it('matches patterns and ignores blanks', async () => {
    const names = demoTable('employee').map((e) => e.name as string);
    const r = await rows(s, 'retrieve (e.name) where e.name = "[B-F]*"');
    expect(sorted(r)).toEqual(sorted(names.filter((n) => /^[B-F]/.test(n)).map((n) => [n])));
    const r2 = await rows(s, 'retrieve (e.name) where e.name = "S m i t h, P a u l"');
    expect(r2).toEqual([['Smith, Paul']]);
  });

  it('unique sorts left to right and removes duplicates', async () => {
    const r = await rows(s, 'retrieve unique (e.manager)');
    const managers = [...new Set(demoTable('employee').map((e) => e.manager as number))].sort(
      (a, b) => a - b,
    );
    expect(r).toEqual(managers.map((m) => [m]));
  });

  it('unique treats blank-insensitive equal strings as duplicates', async () => {
    await ok(s, 'create blanks (v = c10, n = i2) range of bl is blanks');
    await ok(s, 'append to blanks (v = "a b", n = 1) append to blanks (v = "ab", n = 1) append to blanks (v = "ab", n = 2)');
    expect(await rows(s, 'retrieve unique (bl.v, bl.n)')).toHaveLength(2);
    expect(await rows(s, 'retrieve unique (bl.n)')).toEqual([[1], [2]]);
    expect(await rows(s, 'retrieve (bl.n) where bl.v = "a b"')).toHaveLength(3);
  });

  it('unique keeps one of each distinct row among thousands (the table grows; floats, -0 and blanks)', async () => {
    await ok(s, 'create many (a = i4, b = f8, c = c8) range of mn is many');
    let script = 'begin transaction\n';
    for (let n = 0; n < 3000; n++) {
      const c = n % 3 === 0 ? 'x y' : 'xy';
      script += `append to many (a = ${n % 700}, b = ${n % 2 === 0 ? '0.5' : '-0.0'}, c = "${c}")\n`;
    }
    await ok(s, `${script}end transaction`);
    const r = await rows(s, 'retrieve unique (mn.a, mn.b, mn.c)');
    const expected = new Set<string>();
    for (let n = 0; n < 3000; n++) expected.add(`${n % 700} ${n % 2 === 0 ? 0.5 : 0}`);
    expect(r).toHaveLength(expected.size);
    expect(new Set(r.map((x) => `${String(x[0])} ${String(x[1])}`)).size).toBe(expected.size);
    expect(r.every((x) => x[2] === 'x y' || x[2] === 'xy')).toBe(true);
  });

  it('sort by descending', async () => {
    const r = await rows(s, 'retrieve (e.name, e.salary) sort by salary:descending');
    const salaries = r.map((row) => row[1] as number);
    expect(salaries).toEqual([...salaries].sort((a, b) => b - a));
  });

  it('computes expressions with result names', async () => {
    const r = await rows(s, 'retrieve (p.pname, tot = p.qoh * p.weight) where p.pnum = 3');
    expect(r).toEqual([['disk drive', 2 * 685]]);
  });

  it('retrieve into creates a sorted relation', async () => {
    await ok(s, 'retrieve into overpaid (e.all) where e.salary > 8000');
    const expected = demoTable('employee').filter((e) => (e.salary as number) > 8000).length;
    const printed = await ok(s, 'print overpaid');
    const first = printed[0]!;
    expect(first.kind).toBe('rows');
    if (first.kind !== 'rows') return;
    expect(first.title).toBe('overpaid relation');
    expect(first.rows).toHaveLength(expected);
    const numbers = first.rows.map((row) => row[0] as number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await errors(s, 'retrieve into overpaid (e.all)')).toEqual([2135]);
  });
});
