/*
 * random-differential.ts — random QUEL (random-quel.ts) on a one-host reference session and
 * on sessions of a distributed database, compared statement by statement: the same bag of
 * rows (in the same order of the sort keys) or the same error code, and after each update
 * the same relations. Used by test/cluster/dist-random*.test.ts (in-process and real hosts).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { QuelSession, StatementResult } from '../../src/dbsys/session-api.js';
import type { Value } from '../../src/types/index.js';
import {
  RANDOM_RANGES, RANDOM_READABLE, RANDOM_RELATIONS, RANDOM_STRUCTURES, RANDOM_VIEW, combinations, randomQuelCreates, randomQuelData,
  randomRetrieve, randomStorageChange, randomUpdate, withoutBlanks,
} from './random-quel.js';

/** INGRES_RANDOM_RUNS=N multiplies the runs (a longer hunt than npm test's) */
export const RANDOM_RUNS = Number(process.env['INGRES_RANDOM_RUNS'] ?? '1');

/** numbers to 12 significant digits (a sum of inexact values may be added in another
 *  order); chars without trailing blanks (the wire drops them) */
function norm(value: Value): Value {
  if (typeof value === 'string') return value.trimEnd();
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value;
}

/** what a sort orders by: chars compare without their blanks, so those are ties */
function sortKey(value: Value): Value {
  return typeof value === 'string' ? withoutBlanks(value) : value;
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
        columns: result.columns.map((c) => ({ name: c.name, type: c.type })),
        bag: rows.map((row) => JSON.stringify(unique ? row.map(sortKey) : row)).sort(),
        order: sortedBy.length === 0 ? null : rows.map((row) => JSON.stringify(sortedBy.map((n) => sortKey(row[n] as Value)))),
      };
    }
    case 'done':
      // (a modify or index of another host's relation reports no count: it is done there, at commit)
      return result.statement === 'Modify' || result.statement === 'Index' ? { statement: result.statement } : { statement: result.statement, tuples: result.tuples };
    case 'text':
      return result.text;
  }
}

async function setup(session: QuelSession, statements: readonly string[]): Promise<void> {
  for (const text of statements) expect({ text, errors: (await session.run(text)).filter((r) => r.kind === 'error') }).toEqual({ text, errors: [] });
}

export class RandomDifferential {
  /**
   * `one`: the reference on one host; `sessions`: by user host, on the distributed database
   * whose relations `create` placed with `at(relation)` (the first session creates).
   */
  constructor(
    private readonly one: QuelSession,
    private readonly sessions: ReadonlyMap<string, QuelSession>,
    private readonly maxCombinations: number,
  ) {}

  private get first(): QuelSession {
    return this.sessions.values().next().value as QuelSession;
  }

  /** the relations (keyed structures, indexes), their data, the ranges and the view on both sides */
  async create(at: (relation: string) => string): Promise<void> {
    await setup(this.one, [...randomQuelCreates(), ...randomQuelData(), ...RANDOM_STRUCTURES, RANDOM_RANGES, RANDOM_VIEW.quel, RANDOM_VIEW.range]);
    await setup(this.first, [...randomQuelCreates(at), ...randomQuelData(), ...RANDOM_STRUCTURES]);
    for (const session of this.sessions.values()) await setup(session, [RANDOM_RANGES]);
    await setup(this.first, [RANDOM_VIEW.quel]);
    for (const session of this.sessions.values()) await setup(session, [RANDOM_VIEW.range]);
    expect(await this.contents(this.first)).toEqual(await this.contents(this.one));
  }

  private async contents(session: QuelSession): Promise<unknown> {
    const text = RANDOM_RELATIONS.map((rel) => `retrieve (${rel.variables[0]}.all)`).join('\n');
    return (await session.run(text)).map((r) => shape(r, []));
  }

  private async sizes(): Promise<Map<string, number>> {
    const results = await this.one.run(RANDOM_READABLE.map((rel) => `retrieve (n = count(${rel.variables[0]}.k))`).join('\n'));
    return new Map(RANDOM_READABLE.map((rel, n) => {
      const r = results[n];
      return [rel.name, r?.kind === 'rows' ? Number(r.rows[0]?.[0]) : rel.tuples] as const;
    }));
  }

  /** the random data again, on both sides (an update run starts from it) */
  private async reload(): Promise<void> {
    // (a run that failed inside a transaction left it open: end it, so the next starts clean)
    for (const session of [this.one, ...this.sessions.values()]) await session.run('abort');
    const again = [RANDOM_RELATIONS.map((rel) => `delete ${rel.variables[0]}`).join('\n'), ...randomQuelData()];
    await setup(this.one, again);
    await setup(this.first, again);
  }

  /** retrieves give the same rows or the same error from every user host */
  async retrieves(numRuns: number): Promise<void> {
    const bound = await this.sizes();
    await fc.assert(fc.asyncProperty(
      randomRetrieve.filter((r) => combinations(r.text, bound) <= this.maxCombinations), fc.constantFrom(...this.sessions.keys()),
      async ({ text, sortedBy, unique }, host) => {
        const expected = shape((await this.one.run(text))[0], sortedBy, unique);
        const actual = shape((await (this.sessions.get(host) as QuelSession).run(text))[0], sortedBy, unique);
        expect({ text, host, result: actual }).toEqual({ text, host, result: expected });
      }), { numRuns });
  }

  /** updates and storage changes (alone, or in a transaction that commits or aborts)
   *  leave the same relations */
  async updates(numRuns: number): Promise<void> {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(
        { weight: 4, arbitrary: randomUpdate.map((text) => ({ text, sortedBy: [] as number[], unique: false })) },
        { weight: 4, arbitrary: randomRetrieve },
        { weight: 1, arbitrary: randomStorageChange.map((text) => ({ text, sortedBy: [] as number[], unique: false })) },
      ), { minLength: 1, maxLength: 5 }),
      fc.constantFrom(...this.sessions.keys()),
      fc.constantFrom(null, 'end transaction', 'abort'),
      async (statements, host, end) => {
        await this.reload();
        let bound = await this.sizes();
        const session = this.sessions.get(host) as QuelSession;
        const both = async (text: string): Promise<void> => {
          expect({ text, result: shape((await session.run(text))[0], []) }).toEqual({ text, result: shape((await this.one.run(text))[0], []) });
        };
        if (end !== null) await both('begin transaction');
        for (const { text, sortedBy, unique } of statements) {
          if (combinations(text, bound) > this.maxCombinations) continue;
          // (a modify of another host's relation is applied there at commit: inside a
          // transaction its exact duplicates are still seen until then, and a later use of an
          // index made there is refused, 7103 — storage changes are compared outside them)
          if (end !== null && /^(modify|index) /.test(text)) continue;
          const expected = shape((await this.one.run(text))[0], sortedBy, unique);
          const actual = shape((await session.run(text))[0], sortedBy, unique);
          expect({ text, host, result: actual }).toEqual({ text, host, result: expected });
          if (!text.startsWith('retrieve')) {
            expect({ after: text, contents: await this.contents(session) }).toEqual({ after: text, contents: await this.contents(this.one) });
            bound = await this.sizes();
          }
        }
        if (end !== null) {
          await both(end);
          expect({ after: end, contents: await this.contents(session) }).toEqual({ after: end, contents: await this.contents(this.one) });
        }
      }), { numRuns });
  }
}
