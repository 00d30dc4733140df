/*
 * differential-pg.test.ts — random retrieves (test/support/random-quel.ts) on our engine and,
 * translated with INGRES's meaning (test/support/quel-to-sql.ts), on PostgreSQL 15 over the
 * same tuples: the same bag of rows (floats to 1e-6), and our rows in their sort order, with
 * the relations as heaps, in keyed structures with secondary indexes, and compressed; and a view.
 * PostgreSQL is Debian's package (.ci/run installs it), started in a temp directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PG_DB, PG_USER, startPostgres, type PgServer } from '../../bench/pg.js';
import { createSession } from '../../src/dbsys/index.js';
import { DEFAULT_SESSION_OPTIONS, type QuelSession } from '../../src/dbsys/session-api.js';
import { parse } from '../../src/parser/index.js';
import type { AppendStmt, DeleteStmt, ReplaceStmt, RetrieveStmt } from '../../src/parser/ast.js';
import type { Database } from '../../src/storage/api.js';
import { createDatabase } from '../../src/storage/index.js';
import type { Value } from '../../src/types/index.js';
import { QuelToSql, sqlCreate } from '../support/quel-to-sql.js';
import {
  RANDOM_RANGES, RANDOM_READABLE, RANDOM_RELATIONS, RANDOM_STRUCTURES, RANDOM_COMPRESSED, RANDOM_VIEW, combinations, randomQuelCreates, randomQuelData, randomRetrieve, randomUpdate, withoutBlanks, type RandomRetrieve,
} from '../support/random-quel.js';

/** PostgreSQL runs each aggregate as a subquery per outer row: fewer combinations than the
 *  distributed test's, to keep the run short */
const MAX_COMBINATIONS = 6_000;
const RUNS = Number(process.env['INGRES_RANDOM_RUNS'] ?? '1');
const PG_TIMEOUT_MS = 5_000;
/** retrieves PostgreSQL did not finish within PG_TIMEOUT_MS, and all of them compared */
const tally = { timedOut: 0, compared: 0 };
/** PostgreSQL type ids whose values the pg client returns as strings: int8, numeric */
const NUMERIC_AS_TEXT = new Set([20, 1700]);

let server: PgServer;
let client: pg.Client;
let dir: string;
/** the same tuples as heaps, in keyed structures with secondary indexes, and compressed */
const engines: { readonly name: string; readonly db: Database; readonly session: QuelSession }[] = [];
let session: QuelSession;
let translator: QuelToSql;
let sizes: Map<string, number>;

beforeAll(async () => {
  server = await startPostgres({ cleanupHandlers: false });
  client = new pg.Client({ host: '127.0.0.1', port: server.port, user: PG_USER, database: PG_DB });
  await client.connect();
  // PostgreSQL runs an aggregate function nested in another's qualification as a subquery
  // per row of a subquery per row: a query it cannot finish quickly is left uncompared
  await client.query(`set statement_timeout = '${PG_TIMEOUT_MS}ms'`);
  dir = mkdtempSync(join(tmpdir(), 'differential-pg-'));
  const structures: Record<string, readonly string[]> = { heap: [], structured: RANDOM_STRUCTURES, compressed: RANDOM_COMPRESSED };
  for (const name of Object.keys(structures)) {
    const db = await createDatabase(join(dir, name), 'demo');
    engines.push({ name, db, session: createSession(db, DEFAULT_SESSION_OPTIONS) });
  }
  for (const { name, session: engine } of engines) {
    for (const text of [...randomQuelCreates(), ...randomQuelData(), ...structures[name] ?? [], RANDOM_RANGES, RANDOM_VIEW.quel, RANDOM_VIEW.range]) {
      expect((await engine.run(text)).filter((r) => r.kind === 'error')).toEqual([]);
    }
  }
  session = (engines[0] as (typeof engines)[number]).session;
  for (const rel of RANDOM_RELATIONS) await client.query(sqlCreate(rel));
  await client.query(RANDOM_VIEW.sql);
  sizes = await copyToPostgres();
  translator = new QuelToSql(RANDOM_READABLE, new Map(RANDOM_READABLE.flatMap((rel) => rel.variables.map((v) => [v, rel.name] as const))));
}, 120_000);

afterAll(async () => {
  await client?.end();
  server?.stop();
  for (const engine of engines) {
    await engine.session.close();
    await engine.db.close();
  }
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** PostgreSQL's relations made equal to the heap engine's (f4 rounding, chars padded as
 *  ours stored them); the sizes of every relation and the view */
async function copyToPostgres(): Promise<Map<string, number>> {
  await client.query(`truncate ${RANDOM_RELATIONS.map((rel) => rel.name).join(', ')}`);
  for (const rel of RANDOM_RELATIONS) {
    const rows = await tuplesOf(session, rel.name);
    if (rows.length === 0) continue;
    const width = rows[0]?.length ?? 0;
    const places = rows.map((_, r) => `(${Array.from({ length: width }, (_v, c) => `$${r * width + c + 1}`).join(', ')})`);
    await client.query(`insert into ${rel.name} values ${places.join(', ')}`, rows.flat());
  }
  return pgSizes();
}

async function pgSizes(): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const rel of RANDOM_READABLE) sizes.set(rel.name, Number((await client.query(`select count(*) from ${rel.name}`)).rows[0]?.count));
  return sizes;
}

async function tuplesOf(engine: QuelSession, relation: string): Promise<Value[][]> {
  const rel = RANDOM_RELATIONS.find((r) => r.name === relation);
  const [result] = await engine.run(`retrieve (${rel?.variables[0] ?? '?'}.all)`);
  if (result?.kind !== 'rows') throw new Error(`retrieve of ${relation} failed`);
  return result.rows.map((row) => [...row]);
}

async function pgTuples(relation: string): Promise<Value[][]> {
  const result = await client.query({ text: `select * from ${relation}`, rowMode: 'array' });
  return (result.rows as Value[][]).map((row) => row.map((v) => (typeof v === 'string' ? v.trimEnd() : v)));
}

/** every relation holds the same tuples in the heap engine and in PostgreSQL */
async function sameTuples(after: string, sql: string): Promise<void> {
  for (const rel of RANDOM_RELATIONS) {
    expectSameBag({ after, sql, relation: rel.name }, shownAs(await tuplesOf(session, rel.name)), await pgTuples(rel.name));
  }
}

/** chars compare without blanks, in byte order; numbers by value */
function compare(a: Value, b: Value): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = withoutBlanks(a);
    const y = withoutBlanks(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** rows as a bag: floats rounded for the order only, compared to 1e-6 below */
function bag(rows: readonly (readonly Value[])[]): Value[][] {
  const key = (row: readonly Value[]): string => JSON.stringify(row.map((v) => (typeof v === 'number' ? Number(v.toPrecision(5)) : v)));
  return rows.map((row) => [...row]).sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** inside BEGIN … (a failed statement there would end the whole transaction: savepoints) */
let pgInTransaction = false;

/** a query's rows from PostgreSQL, numbers as numbers; null if it ran past the timeout */
async function pgRows(sql: string): Promise<Value[][] | null> {
  if (pgInTransaction) await client.query('savepoint r');
  const result = await client.query({ text: sql, rowMode: 'array' }).catch(async (error: unknown) => {
    if (pgInTransaction) await client.query('rollback to savepoint r');
    if ((error as { code?: string }).code === '57014') return null; // statement_timeout
    throw error;
  });
  if (result === null) return null;
  return (result.rows as Value[][]).map((row) => row.map((v, n) => (NUMERIC_AS_TEXT.has(result.fields[n]?.dataTypeID ?? 0) ? Number(v) : v)));
}

function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** our rows as PostgreSQL's translation gives them: chars without trailing blanks, or
 *  (unique: which of the chars equal without blanks stays is the engine's) without any */
function shownAs(rows: readonly (readonly Value[])[], unique = false): Value[][] {
  return rows.map((row) => row.map((v) => (typeof v === 'string' ? (unique ? withoutBlanks(v) : v.trimEnd()) : v)));
}

/** the same bag of rows, floats to 1e-6; `context` names the case when they differ */
function expectSameBag(context: Readonly<Record<string, unknown>>, ours: readonly (readonly Value[])[], theirs: readonly (readonly Value[])[]): void {
  const actual = bag(ours);
  const expected = bag(theirs);
  const differs = actual.length !== expected.length || actual.some((row, r) => row.some((v, c) => !sameValue(v, expected[r]?.[c])));
  if (differs) expect({ ...context, rows: actual }).toEqual({ ...context, rows: expected });
}

async function check({ text, sortedBy, descending, unique }: RandomRetrieve, on: readonly QuelSession[] = engines.map((e) => e.session)): Promise<void> {
  const stmt = parse(text)[0] as RetrieveStmt;
  const sql = translator.retrieve(stmt);
  const theirs = await pgRows(sql);
  tally.compared++;
  if (theirs === null) {
    tally.timedOut++;
    return;
  }
  for (const { name, session: engine } of engines.filter((e) => on.includes(e.session))) {
    const [ours] = await engine.run(text);
    if (ours?.kind !== 'rows') throw new Error(`${name}: ${text}: ${ours?.kind === 'error' ? `${ours.error.code}: ${ours.error.message}` : 'no rows result'}`);
    expectSameBag({ name, text, sql }, shownAs(ours.rows, unique), theirs);
    // our rows come in the order of the sort keys
    for (let r = 1; r < ours.rows.length; r++) {
      const prev = ours.rows[r - 1] as readonly Value[];
      const row = ours.rows[r] as readonly Value[];
      for (const [k, column] of sortedBy.entries()) {
        const c = compare(prev[column] as Value, row[column] as Value) * (descending[k] === true ? -1 : 1);
        if (c < 0) break;
        if (c > 0) expect({ name, text, unsortedAt: r, prev, row }).toBeNull();
      }
    }
  }
}

describe('random retrieves against PostgreSQL', () => {
  test('the same bag of rows as the SQL with INGRES\'s meaning; our rows sorted', async () => {
    await fc.assert(fc.asyncProperty(randomRetrieve.filter((r) => combinations(r.text, sizes) <= MAX_COMBINATIONS), (r) => check(r)), { numRuns: 200 * RUNS });
    // (the few PostgreSQL cannot finish in time must stay few, or this compares nothing)
    expect(tally.timedOut).toBeLessThan(tally.compared / 20);
  }, 120_000 * RUNS);

  test('retrieve into stores the distinct rows (cheapsort, its default structure; chars distinct without their blanks)', async () => {
    const into = randomRetrieve.filter((r) => r.sortedBy.length === 0 && combinations(r.text, sizes) <= MAX_COMBINATIONS);
    await fc.assert(fc.asyncProperty(into, async ({ text }) => {
      const stmt = parse(text)[0] as RetrieveStmt;
      // duplicates are rows equal as QUEL compares them: which of a set of blank variants
      // is kept is not defined, so both sides are compared blank-folded (as unique is)
      const theirs = await pgRows(translator.retrieve({ ...stmt, unique: true }));
      if (theirs === null) return;
      const stored = text.replace(/^retrieve( unique)? /, (_m, u: string | undefined) => `retrieve into kept${u ?? ''} `);
      const results = await session.run(`${stored}\nrange of z is kept\nretrieve (z.all)\ndestroy kept`);
      expect({ text: stored, errors: results.filter((r) => r.kind === 'error').map((r) => (r.kind === 'error' ? r.error.message : '')) }).toEqual({ text: stored, errors: [] });
      const rows = results[2]?.kind === 'rows' ? results[2].rows : [];
      expectSameBag({ text: stored }, shownAs(rows, true), theirs);
    }), { numRuns: 60 * RUNS });
  }, 120_000 * RUNS);

  test('the translation itself: blank-insensitive equality, patterns, a linked aggregate function', async () => {
    // fixed cases whose answers are known from the data, so a translator that drifted from
    // INGRES's meaning fails here rather than agreeing with a wrong engine
    for (const text of [
      'retrieve (x0 = t.s) where t.s = "a b"',
      'retrieve (x0 = b.k) where b.s = "a*" and b.s != "ab"',
      'retrieve (x0 = m.k, x1 = count(b.k by m.k where b.g > 0))',
      'retrieve unique (x0 = b.s) sort by x0:descending',
      'retrieve (x0 = avg(b.f where b.k > 1000), x1 = any(b.k where b.k > 1000), x2 = sum(b.k))',
      // an f4 sum over thousands of tuples: accumulated in f8, rounded once (12-07: the SQL
      // summed in real, rounding at each step, and differed in the fifth digit)
      'retrieve (x0 = sum(float4(m.f / 3) where c.k > avgu(c.k)), x1 = m.k + 0)',
    ]) {
      await check({ text, sortedBy: text.includes('sort by') ? [0] : [], descending: [true], unique: text.includes('unique') });
    }
    // the data holds chars that differ only in blanks, and the engine takes them as equal
    const [spaced, joined, all] = await session.run('retrieve (x = count(b.k where b.s = "a b"))\nretrieve (x = count(b.k where b.s = "ab"))\nretrieve (b.s)');
    const first = (r: typeof spaced): number => (r?.kind === 'rows' ? Number(r.rows[0]?.[0]) : -1);
    expect(first(spaced)).toBeGreaterThan(0);
    expect(first(spaced)).toBe(first(joined));
    const raw = new Set(all?.kind === 'rows' ? all.rows.map((row) => row[0]) : []);
    expect(raw.has('ab') && raw.has('a b') && raw.has(' ab')).toBe(true);
  });

  test('replace, delete and append change the same tuples as their SQL, alone or in a transaction that commits or aborts (relations as heaps)', async () => {
    const statement = fc.oneof(randomUpdate.map((text) => ({ text, retrieve: null })), randomRetrieve.map((r) => ({ text: r.text, retrieve: r })));
    const ending = fc.constantFrom(null, 'end transaction', 'abort');
    await fc.assert(fc.asyncProperty(fc.array(statement, { minLength: 1, maxLength: 4 }), ending, async (statements, end) => {
      // (a run that failed inside a transaction left it open on both sides)
      await session.run('abort');
      await client.query('rollback');
      pgInTransaction = false;
      const reload = [RANDOM_RELATIONS.map((rel) => `delete ${rel.variables[0]}`).join('\n'), ...randomQuelData()];
      for (const text of reload) expect((await session.run(text)).filter((r) => r.kind === 'error')).toEqual([]);
      let bound = await copyToPostgres();
      if (end !== null) {
        expect((await session.run('begin transaction'))[0]?.kind).toBe('done');
        await client.query('begin');
        pgInTransaction = true;
      }
      for (const { text, retrieve } of statements) {
        if (combinations(text, bound) > MAX_COMBINATIONS) continue;
        if (retrieve !== null) {
          await check(retrieve, [session]);
          continue;
        }
        const [ours] = await session.run(text);
        const sql = translator.update(parse(text)[0] as AppendStmt | ReplaceStmt | DeleteStmt);
        // (inside a transaction a failed statement rolls back alone, as ours does)
        const theirs = await (end === null ? client.query(sql) : client.query(`savepoint s; ${sql}; release savepoint s`)).then(
          () => 'done',
          async (error: unknown) => {
            if (end !== null) await client.query('rollback to savepoint s');
            return `error ${String(error)}`;
          });
        // both refuse it (an overflow), or both change the same tuples
        expect({ text, sql, ours: ours?.kind === 'error' ? 'error' : ours?.kind, theirs: theirs === 'done' ? 'done' : 'error' })
          .toEqual({ text, sql, ours: theirs === 'done' ? 'done' : 'error', theirs });
        await sameTuples(text, sql);
        bound = await pgSizes();
      }
      if (end !== null) {
        expect((await session.run(end))[0]?.kind).toBe('done');
        await client.query(end === 'abort' ? 'rollback' : 'commit');
        pgInTransaction = false;
        await sameTuples(end, '');
      }
    }), { numRuns: 60 * RUNS });
  }, 120_000 * RUNS);
});
