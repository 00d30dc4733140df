/*
 * spool.test.ts — a retrieve larger than what the daemon holds in memory: with
 * `RunOptions.spool` its rows past the bound go to an unlinked temporary file and come back
 * exact and in order (so are `print`'s); with `RunOptions.output` they are handed over
 * chunk by chunk, past the result budget; `sort by` and `unique` sort in runs on disk and
 * give exactly what the in-memory sort gives; without either the budget still ends it with 4130. A statement that
 * fails half way leaves no file open. Rows kept for several scans (a master's fetched
 * tuples) read back whole every time. A spool file dropped without close() is closed once
 * its reader is garbage-collected. (The monitor and daemon path: process/big-result.)
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuelSession } from '../../../src/dbsys/index.js';
import type { StatementResult } from '../../../src/dbsys/session-api.js';
import { setResultBytesMax } from '../../../src/executor/result-budget.js';
import { RowSpool, setSpoolMemory, spoolRows } from '../../../src/executor/row-spool.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FetchedTuples } from '../../../src/dbsys/distributed/fetched-txn.js';
import type { Value } from '../../../src/types/value.js';
import { errors, ok, openTestDb } from './helpers.js';
import type { TestDb } from './helpers.js';

const N = 20_000;
let t: TestDb;
let s: QuelSession;
let budgetBefore: number;
let spoolBefore: number;

const openFiles = (): number => readdirSync('/proc/self/fd').length;

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  await ok(s, 'create r (a = i4, s = c30, f = f8)');
  const appends = ['begin transaction'];
  for (let k = 0; k < N; k++) appends.push(`append to r (a = ${k}, s = "row-${k}-${'x'.repeat(k % 7)}", f = ${k / 4})`);
  appends.push('end transaction');
  await ok(s, appends.join('\n'));
  await ok(s, 'range of r is r');
  budgetBefore = setResultBytesMax(1024 * 1024);
  spoolBefore = setSpoolMemory(64 * 1024);
});
afterAll(async () => {
  setResultBytesMax(budgetBefore);
  setSpoolMemory(spoolBefore);
  await t.close();
});

function expectedRow(k: number): Value[] {
  return [k, `row-${k}-${'x'.repeat(k % 7)}`, k / 4];
}

describe('a retrieve past the memory bound', () => {
  it('without spool or output it still ends with 4130', async () => {
    expect(await errors(s, 'retrieve (r.all)')).toEqual([4130]);
  });

  it('with spool, the rows past the bound come back from the file, exact and in order', async () => {
    const files = openFiles();
    const [result] = await s.run('retrieve (r.all) where r.a >= 5', { spool: true });
    if (result?.kind !== 'rows') throw new Error(`rows expected, got ${JSON.stringify(result)}`);
    expect(result.spooled).toBeDefined();
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.length + (result.spooled?.count ?? 0)).toBe(N - 5);
    const all = [...result.rows];
    for (let chunk = result.spooled?.next() ?? null; chunk !== null; chunk = result.spooled?.next() ?? null) all.push(...chunk);
    result.spooled?.close();
    result.spooled?.close();
    expect(all).toEqual(Array.from({ length: N - 5 }, (_, i) => expectedRow(i + 5)));
    expect(openFiles()).toBe(files);
  });

  it('with an output, every row is handed over in chunks and the results carry the count', async () => {
    const seen: StatementResult[] = [];
    const rows: Value[][] = [];
    let chunks = 0;
    const results = await s.run('retrieve (r.a, r.s) retrieve (n = count(r.a)) retrieve (r.s) where r.a = 7', {
      output: {
        result: (result) => seen.push(result),
        rows: (chunk) => {
          chunks++;
          rows.push(...chunk.map((row) => [...row]));
        },
      },
    });
    expect(seen.map((r) => r.kind)).toEqual(['rows', 'rows', 'rows']);
    expect(results).toEqual([
      { kind: 'rows', title: null, columns: expect.any(Array), rows: [], count: N },
      { kind: 'rows', title: null, columns: expect.any(Array), rows: [], count: 1 },
      { kind: 'rows', title: null, columns: expect.any(Array), rows: [], count: 1 },
    ]);
    expect(chunks).toBeGreaterThan(2);
    expect(rows).toEqual([...Array.from({ length: N }, (_, k) => expectedRow(k).slice(0, 2)), [N], ['row-7-']]);
  });

  it('print spools as a retrieve does: every tuple, in order, with its title', async () => {
    expect(await errors(s, 'print r')).toEqual([4130]);
    const files = openFiles();
    const printed: Value[][] = [];
    const titles: (string | null)[] = [];
    const results = await s.run('print r', {
      output: { result: (result) => titles.push(result.kind === 'rows' ? result.title : null), rows: (chunk) => printed.push(...chunk.map((row) => [...row])) },
    });
    expect(results).toMatchObject([{ kind: 'rows', title: 'r relation', rows: [], count: N }]);
    expect(titles).toEqual(['r relation']);
    expect(printed).toEqual(Array.from({ length: N }, (_, k) => expectedRow(k)));
    expect(openFiles()).toBe(files);
  });

  it('a retrieve that fails half way leaves no spool file open', async () => {
    const files = openFiles();
    expect((await s.run('retrieve (q = 100 / (r.a - 15000))', { spool: true })).map((r) => r.kind === 'error' && r.error.code)).toEqual([4101]);
    expect(openFiles()).toBe(files);
  });
});

describe('sort by and unique past the memory bound: an external sort', () => {
  /** all rows of a run with an output (the monitor's way) */
  async function streamed(text: string): Promise<Value[][]> {
    const out: Value[][] = [];
    const results = await s.run(text, { output: { result: () => undefined, rows: (chunk) => out.push(...chunk.map((row) => [...row])) } });
    const failed = results.find((r) => r.kind === 'error');
    if (failed?.kind === 'error') throw failed.error;
    return out;
  }

  /** the same rows held and sorted in memory (the budget raised for the comparison) */
  async function inMemory(text: string): Promise<Value[][]> {
    const before = setResultBytesMax(1024 * 1024 * 1024);
    try {
      const [result] = await s.run(text);
      if (result?.kind !== 'rows') throw new Error(JSON.stringify(result));
      return result.rows.map((row) => [...row]);
    } finally {
      setResultBytesMax(before);
    }
  }

  it('gives what the in-memory sort gives: ties in arrival order, descending keys, unique across runs', async () => {
    await ok(s, 'create blanks (k = i4, v = c10)');
    const variants = ['a b', 'ab', ' ab', 'x', 'x y', 'xy', 'zz'];
    const appends = ['begin transaction'];
    for (let k = 0; k < 6000; k++) appends.push(`append to blanks (k = ${k}, v = "${variants[(k * 3) % variants.length]}")`);
    appends.push('end transaction');
    await ok(s, appends.join('\n'));
    await ok(s, 'range of b is blanks');
    const queries = [
      'retrieve (r.a, r.s) sort by a:descending',
      'retrieve (m = mod(r.a, 7), r.a) sort by m',
      'retrieve (m = mod(r.a, 7), r.s, r.f) sort by m:descending, f',
      'retrieve unique (m = mod(r.a, 3000))',
      'retrieve unique (m = mod(r.a, 3000), n = mod(r.a, 2)) sort by n:descending',
      'retrieve unique (b.v)',
      'retrieve unique (b.v, m = mod(b.k, 3)) sort by v:descending',
      'retrieve (b.v, b.k) sort by v',
      // k and k + 1500 fall in different runs; some of their variants are equal
      'retrieve unique (m = mod(b.k, 1500), b.v)',
      'retrieve unique (m = mod(b.k, 1500), b.v) sort by v:descending',
    ];
    for (const query of queries) {
      const expected = await inMemory(query);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(await streamed(query), query).toEqual(expected);
    }
    expect(await streamed('retrieve unique (m = mod(r.a, 3000))')).toEqual(Array.from({ length: 3000 }, (_, m) => [m]));
    // equal under blank-insensitive comparison: the first of each kind is kept
    expect(await streamed('retrieve unique (b.v)')).toEqual([['a b'], ['x'], ['xy'], ['zz']]);
  });

  it('without spool or output a large sort still ends with 4130; a failing sort leaves no file open', async () => {
    expect(await errors(s, 'retrieve (r.a, r.s) sort by a:descending')).toEqual([4130]);
    const files = openFiles();
    const results = await s.run('retrieve (q = 100 / (r.a - 15000), r.s) sort by q', { spool: true });
    expect(results.map((r) => r.kind === 'error' && r.error.code)).toEqual([4101]);
    expect(openFiles()).toBe(files);
  });
});

describe('RowSpool', () => {
  it('keeps numbers and chars exactly: -0, fractions, lone surrogates, empty strings', () => {
    const previous = setSpoolMemory(0);
    try {
      const spool = new RowSpool(3);
      const rows: Value[][] = [];
      for (let k = 0; k < 1300; k++) {
        const row: Value[] = [k % 3 === 0 ? -0 : k * 1.5 - 7, k % 5 === 0 ? '' : `\ud800${k}\udfff€`, Number.MAX_SAFE_INTEGER - k];
        rows.push(row);
        spool.add(row.slice());
      }
      expect(spool.head).toEqual([]);
      const tail = spool.tail();
      expect(tail?.count).toBe(1300);
      const back: Value[][] = [];
      for (let chunk = tail?.next() ?? null; chunk !== null; chunk = tail?.next() ?? null) back.push(...chunk);
      tail?.close();
      expect(back).toEqual(rows);
      expect(Object.is(back[0]![0], -0)).toBe(true);
    } finally {
      setSpoolMemory(previous);
    }
  });
});

describe('rows kept for more than one scan (RowSpool.keep, FetchedTuples)', () => {
  it('every scan reads every tuple again, in order, with its ref; close frees the file', () => {
    const before = openFiles();
    const tuples = new FetchedTuples(3, 16 * 1024);
    const expected: Value[][] = [];
    for (let k = 0; k < 5_000; k++) {
      const values: Value[] = [k, `t${k}`, k === 7 ? -0 : k / 8];
      expected.push(values.slice());
      tuples.add(values);
    }
    tuples.finish();
    expect(openFiles()).toBe(before + 1);
    for (let scan = 0; scan < 3; scan++) {
      const seen = [...tuples];
      expect(seen.map((t) => t.ref)).toEqual(expected.map((_, k) => k));
      expect(seen.map((t) => t.values)).toEqual(expected);
    }
    expect(Object.is([...tuples][7]?.values[2], -0)).toBe(true);
    tuples.close();
    expect(openFiles()).toBe(before);
    expect(() => tuples.add([1, 'late', 0])).toThrow(/after their statement ended/);
  });

  it('tuples that fit in memory make no file', () => {
    const before = openFiles();
    const tuples = new FetchedTuples(1, 1024 * 1024);
    for (let k = 0; k < 100; k++) tuples.add([k]);
    tuples.finish();
    expect(openFiles()).toBe(before);
    expect([...tuples].map((t) => t.values[0])).toEqual(Array.from({ length: 100 }, (_, k) => k));
    tuples.close();
  });
});

describe('spool files nobody closes', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  /** collects garbage and lets finalizers run until the open files are back to `count` */
  const collectUntil = async (count: number): Promise<number> => {
    for (let round = 0; round < 50 && openFiles() > count; round++) {
      gc();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return openFiles();
  };

  it('a spooled result dropped unread gives its descriptor back once it is garbage-collected', async () => {
    const before = openFiles();
    ((): void => {
      const { spooled } = spoolRows(1, (add) => {
        for (let k = 0; k < 5_000; k++) add([k]);
      }, 0);
      if (spooled === undefined) throw new Error('nothing spooled');
    })();
    expect(openFiles()).toBe(before + 1);
    expect(await collectUntil(before)).toBe(before);
  });

  it('so do rows kept for several scans (RowSpool.keep)', async () => {
    const before = openFiles();
    ((): void => {
      const spool = new RowSpool(1, 0);
      for (let k = 0; k < 5_000; k++) spool.add([k]);
      if (spool.keep() === null) throw new Error('nothing kept');
    })();
    expect(openFiles()).toBe(before + 1);
    expect(await collectUntil(before)).toBe(before);
  });
});
