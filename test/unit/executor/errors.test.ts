/*
 * errors.test.ts — semantic errors of the analyzer, each a numbered IngresError with the
 * statement's line, and the session's rule that one failing statement does not stop the
 * next ones of the buffer; special constants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuelSession } from '../../../src/dbsys/index.js';
import { errors, loadDemo, ok, openTestDb, rows } from './helpers.js';
import type { TestDb } from './helpers.js';

let t: TestDb;
let s: QuelSession;

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  await loadDemo(s);
  await ok(s, 'range of e is employee range of p is parts');
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('semantic errors', () => {
  it.each([
    ['retrieve (x = e.name + 1)', 2129],
    ['retrieve (e.name) where e.name = 3', 2133],
    ['retrieve (x = "a*b")', 2120],
    ['retrieve (x = mod(e.salary, 2.5))', 2119],
    ['retrieve (x = sin(e.name))', 2127],
    // function names are keywords: an unknown one is a syntax error
    ['retrieve (x = nosuchfn(e.salary))', 2500],
    ['retrieve (e.name) where e.salary', 2138],
    ['retrieve (e.name) sort by nosuch', 2140],
    ['retrieve (x = whoever)', 2134],
    ['retrieve (e.nosuch)', 2100],
    ['retrieve (q.name)', 2109],
    ['replace e (name = 5)', 2103],
    ['replace e (nosuch = 5)', 2130],
    ['retrieve into newrel (e.name, p.pname, name = e.name)', 2118],
  ])('%s → %i', async (text, code) => {
    expect(await errors(s, text)).toEqual([code]);
  });

  it('messages carry the line of the statement', async () => {
    const results = await s.run('retrieve (e.name)\n\nretrieve (zz.name)');
    const error = results[1];
    expect(error?.kind).toBe('error');
    if (error?.kind !== 'error') return;
    expect(error.error.format()).toBe("2109: line 3, Variable 'zz' not declared in RANGE statement");
  });

  it('a syntax error runs nothing', async () => {
    const results = await s.run('create zz1 (a = i2) retrieve (');
    expect(results).toHaveLength(1);
    expect(results[0]?.kind === 'error' && results[0].error.code).toBe(2500);
    expect(await errors(s, 'help zz1')).toEqual([5401]);
  });

  it('usercode and dba are constants', async () => {
    const other = t.session({ user: 'alice' });
    expect(await rows(other, 'retrieve (me = usercode, boss = dba)')).toEqual([['alice', 'ingres']]);
  });

  it('a block without variables yields one row', async () => {
    expect(await rows(s, 'retrieve (x = 1 + 2, y = 2 ** 3, z = concat("ab", "cd"))')).toEqual([
      [3, 8, 'abcd'],
    ]);
    expect(await rows(s, 'retrieve (x = 1) where 1 = 2')).toEqual([]);
  });
});
