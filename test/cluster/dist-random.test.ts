/*
 * dist-random.test.ts — random QUEL (test/support/random-quel.ts) on one host and on three
 * (in-process cluster, real gRPC on loopback; big on h2, mid on h3, tiny on h1; keyed
 * structures and secondary indexes on both, a view over a join): every retrieve gives the same bag of rows (in
 * the same order of its sort keys) or the same error, and every update leaves the same
 * relations, whichever host the user is on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSession } from '../../src/dbsys/index.js';
import { DEFAULT_SESSION_OPTIONS, type QuelSession, type StatementResult } from '../../src/dbsys/session-api.js';
import type { Database } from '../../src/storage/api.js';
import { createDatabase } from '../../src/storage/index.js';
import type { Value } from '../../src/types/index.js';
import {
  RANDOM_RANGES, RANDOM_READABLE, RANDOM_RELATIONS, RANDOM_STRUCTURES, RANDOM_VIEW, combinations, randomQuelCreates, randomQuelData, randomRetrieve, randomUpdate,
} from '../support/random-quel.js';
import { InProcessCluster } from './support/dist-cluster.js';

const PLACEMENT: Record<string, string> = { big: 'h2', mid: 'h3', tiny: 'h1' };
/** statements whose variables could combine more tuples than this are not generated */
const MAX_COMBINATIONS = 20_000;
/** INGRES_RANDOM_RUNS=N multiplies the runs (a longer hunt than npm test's) */
const RUNS = Number(process.env['INGRES_RANDOM_RUNS'] ?? '1');

let cluster: InProcessCluster;
let oneDir: string;
let oneDb: Database;
let one: QuelSession;
const dist = new Map<string, QuelSession>();

/** numbers to 12 significant digits: a sum of inexact values may be added in another order */
function norm(value: Value): Value {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value;
}

/** what a sort orders by: chars compare without their blanks, so those are ties */
function sortKey(value: Value): Value {
  return typeof value === 'string' ? value.replace(/[ \0]/g, '') : value;
}

/** what must agree: columns, the bag of rows, the sort keys' sequence; an error's code */
function shape(result: StatementResult | undefined, sortedBy: readonly number[], unique = false): unknown {
  if (result === undefined) return 'no result';
  switch (result.kind) {
    case 'error':
      return `error ${result.error.code}`;
    case 'rows': {
      const rows = result.rows.map((row) => row.map(norm));
      return {
        columns: result.columns,
        bag: rows.map((row) => JSON.stringify(unique ? row.map(sortKey) : row)).sort(),
        order: sortedBy.length === 0 ? null : rows.map((row) => JSON.stringify(sortedBy.map((n) => sortKey(row[n] as Value)))),
      };
    }
    case 'done':
      return { statement: result.statement, tuples: result.tuples };
    case 'text':
      return result.text;
  }
}

async function contents(session: QuelSession): Promise<unknown> {
  const text = RANDOM_RELATIONS.map((rel) => `retrieve (${rel.variables[0]}.all)`).join('\n');
  return (await session.run(text)).map((r) => shape(r, []));
}

async function sizes(): Promise<Map<string, number>> {
  const results = await one.run(RANDOM_READABLE.map((rel) => `retrieve (n = count(${rel.variables[0]}.k))`).join('\n'));
  return new Map(RANDOM_READABLE.map((rel, n) => {
    const r = results[n];
    return [rel.name, r?.kind === 'rows' ? Number(r.rows[0]?.[0]) : rel.tuples] as const;
  }));
}

beforeAll(async () => {
  cluster = await InProcessCluster.start(['h1', 'h2', 'h3']);
  oneDir = mkdtempSync(join(tmpdir(), 'dist-random-'));
  oneDb = await createDatabase(oneDir, 'demo');
  one = createSession(oneDb, DEFAULT_SESSION_OPTIONS);
  for (const host of ['h1', 'h3']) dist.set(host, cluster.session(host));
  await setup(one, [...randomQuelCreates(), ...randomQuelData(), ...RANDOM_STRUCTURES, RANDOM_RANGES, RANDOM_VIEW.quel, RANDOM_VIEW.range]);
  const h1 = dist.get('h1') as QuelSession;
  await setup(h1, [...randomQuelCreates((rel) => ` at ${PLACEMENT[rel] ?? 'h1'}`), ...randomQuelData(), ...RANDOM_STRUCTURES]);
  for (const session of dist.values()) await setup(session, [RANDOM_RANGES]);
  await setup(h1, [RANDOM_VIEW.quel]);
  for (const session of dist.values()) await setup(session, [RANDOM_VIEW.range]);
  expect(await contents(h1)).toEqual(await contents(one));
});

async function setup(session: QuelSession, statements: readonly string[]): Promise<void> {
  for (const text of statements) expect((await session.run(text)).filter((r) => r.kind === 'error')).toEqual([]);
}

/** the random data again, on both sides (an update run starts from it) */
async function reload(): Promise<void> {
  const again = [RANDOM_RELATIONS.map((rel) => `delete ${rel.variables[0]}`).join('\n'), ...randomQuelData()];
  await setup(one, again);
  await setup(dist.get('h1') as QuelSession, again);
}

afterAll(async () => {
  for (const session of dist.values()) await session.close();
  await one?.close();
  await cluster?.close();
  await oneDb?.close();
  rmSync(oneDir, { recursive: true, force: true });
});

describe('random QUEL on one host and on three', () => {
  test('retrieves give the same rows or the same error, from h1 and from h3', async () => {
    const bound = await sizes();
    await fc.assert(fc.asyncProperty(randomRetrieve.filter((r) => combinations(r.text, bound) <= MAX_COMBINATIONS), fc.constantFrom('h1', 'h3'),
      async ({ text, sortedBy, unique }, host) => {
        const expected = shape((await one.run(text))[0], sortedBy, unique);
        const actual = shape((await (dist.get(host) as QuelSession).run(text))[0], sortedBy, unique);
        expect({ text, host, result: actual }).toEqual({ text, host, result: expected });
      }), { numRuns: 250 * RUNS });
  }, 120_000 * RUNS);

  test('updates leave the same relations, alone or in a transaction over the hosts that commits or aborts; retrieves after them still agree', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(randomUpdate.map((text) => ({ text, sortedBy: [] as number[], descending: [] as boolean[], unique: false })), randomRetrieve), { minLength: 1, maxLength: 5 }),
      fc.constantFrom('h1', 'h3'),
      fc.constantFrom(null, 'end transaction', 'abort'),
      async (statements, host, end) => {
        await reload();
        let bound = await sizes();
        const session = dist.get(host) as QuelSession;
        const both = async (text: string): Promise<void> => {
          expect({ text, result: shape((await session.run(text))[0], []) }).toEqual({ text, result: shape((await one.run(text))[0], []) });
        };
        if (end !== null) await both('begin transaction');
        for (const { text, sortedBy, unique } of statements) {
          if (combinations(text, bound) > MAX_COMBINATIONS) continue;
          const expected = shape((await one.run(text))[0], sortedBy, unique);
          const actual = shape((await session.run(text))[0], sortedBy, unique);
          expect({ text, host, result: actual }).toEqual({ text, host, result: expected });
          if (!text.startsWith('retrieve')) {
            expect({ after: text, contents: await contents(session) }).toEqual({ after: text, contents: await contents(one) });
            bound = await sizes();
          }
        }
        if (end !== null) {
          await both(end);
          expect({ after: end, contents: await contents(session) }).toEqual({ after: end, contents: await contents(one) });
        }
      }), { numRuns: 60 * RUNS });
  }, 120_000 * RUNS);
});
