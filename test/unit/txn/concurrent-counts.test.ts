/*
 * concurrent-counts.test.ts — a fast-check model test of sessions that append, delete and
 * read at once in transactions that commit or abort (appends of constants and deletes of
 * one key, or of an `or` of two, lock only those keys; a heap append takes IX alone; deadlock victims are rolled
 * back): afterwards, and after a reopen, every relation's tuple count is its number of
 * tuples, no aborted transaction's tuple is left, and no committed one's is missing unless
 * a committed delete of its key took it.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { createSession, DEFAULT_SESSION_OPTIONS, type QuelSession } from '../../../src/dbsys/index.js';
import { openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { crash, dispose, freshDatabase } from '../storage/helpers.js';

type Rel = 'kh' | 'hp';
type Op =
  | { readonly kind: 'append'; readonly rel: Rel; readonly id: number }
  /** `also`: a second key, or-ed (`where k.id = 1 or k.id = 3`: two key locks) */
  | { readonly kind: 'delete'; readonly rel: Rel; readonly id: number; readonly also: number | null }
  | { readonly kind: 'read'; readonly rel: Rel };
interface Txn { readonly ops: readonly Op[]; readonly commit: boolean }

const RELS: readonly Rel[] = ['kh', 'hp'];
const INITIAL_IDS = [1, 2, 3];

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('append' as const), rel: fc.constantFrom(...RELS), id: fc.integer({ min: 1, max: 4 }) }), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant('delete' as const), rel: fc.constantFrom(...RELS), id: fc.integer({ min: 1, max: 4 }),
      also: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('read' as const), rel: fc.constantFrom(...RELS) }), weight: 1 },
);
const txn: fc.Arbitrary<Txn> = fc.record({ ops: fc.array(op, { minLength: 1, maxLength: 4 }), commit: fc.boolean() });
const scripts = fc.array(fc.array(txn, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 3 });

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

/** a tuple (id, v) of a relation: v is unique to the append that stored it */
interface Appended { readonly rel: Rel; readonly id: number; readonly v: number }

async function run(s: QuelSession, text: string): Promise<{ rows: unknown[][]; error: number | null }> {
  const rows: unknown[][] = [];
  for (const r of await s.run(text)) {
    if (r.kind === 'error') return { rows, error: r.error.code };
    if (r.kind === 'rows') rows.push(...r.rows.map((row) => [...row]));
  }
  return { rows, error: null };
}

/** errors after which the transaction was rolled back and may be run again */
const ROLLED_BACK = new Set([6001, 6002]);

describe('sessions appending and deleting at once', () => {
  test('counts equal tuples; committed tuples stay, aborted ones go (and after a reopen)', async () => {
    await fc.assert(fc.asyncProperty(scripts, async (perSession) => {
      const d = await freshDatabase();
      db = d;
      const setup = createSession(d, { ...DEFAULT_SESSION_OPTIONS });
      const stored: Appended[] = [];
      let nextV = 1;
      await run(setup, 'create kh (id = i4, v = i4)\ncreate hp (id = i4, v = i4)');
      for (const id of INITIAL_IDS) {
        for (const rel of RELS) {
          const v = nextV++;
          expect((await run(setup, `append to ${rel} (id = ${id}, v = ${v})`)).error).toBeNull();
          stored.push({ rel, id, v });
        }
      }
      await run(setup, 'modify kh to hash on id');
      await setup.close();

      const committedAppends: Appended[] = [];
      const abortedAppends: Appended[] = [];
      const committedDeletes = new Set<string>();
      const work = perSession.map(async (txns) => {
        const s = createSession(d, { ...DEFAULT_SESSION_OPTIONS });
        await run(s, 'range of k is kh\nrange of h is hp');
        for (const t of txns) {
          expect((await run(s, 'begin transaction')).error).toBeNull();
          const appends: Appended[] = [];
          const deletes: string[] = [];
          let rolledBack = false;
          for (const o of t.ops) {
            const variable = o.rel === 'kh' ? 'k' : 'h';
            let text: string;
            let appended: Appended | null = null;
            if (o.kind === 'append') {
              appended = { rel: o.rel, id: o.id, v: nextV++ };
              text = `append to ${o.rel} (id = ${o.id}, v = ${appended.v})`;
            } else if (o.kind === 'delete') {
              text = `delete ${variable} where ${variable}.id = ${o.id}`;
              if (o.also !== null) text += ` or ${variable}.id = ${o.also}`;
            } else {
              text = `retrieve (${variable}.id, ${variable}.v)`;
            }
            const { error } = await run(s, text);
            if (error !== null) {
              expect(ROLLED_BACK.has(error), `${text}: ${error}`).toBe(true);
              rolledBack = true;
              break;
            }
            if (appended !== null) appends.push(appended);
            if (o.kind === 'delete') {
              deletes.push(`${o.rel}:${o.id}`);
              if (o.also !== null) deletes.push(`${o.rel}:${o.also}`);
            }
          }
          if (rolledBack) {
            await run(s, 'abort');
            abortedAppends.push(...appends);
            continue;
          }
          if (!t.commit) {
            expect((await run(s, 'abort')).error).toBeNull();
            abortedAppends.push(...appends);
            continue;
          }
          expect((await run(s, 'end transaction')).error).toBeNull();
          committedAppends.push(...appends);
          for (const key of deletes) committedDeletes.add(key);
        }
        await s.close();
      });
      await Promise.all(work);

      const check = async (at: DatabaseImpl, when: string): Promise<void> => {
        const s = createSession(at, { ...DEFAULT_SESSION_OPTIONS });
        for (const rel of RELS) {
          const { rows } = await run(s, `range of x is ${rel}\nretrieve (x.id, x.v)`);
          expect(at.cache.get(rel)?.desc.tupleCount, `${when}: count of ${rel}`).toBe(rows.length);
          const present = new Set(rows.map((r) => r[1] as number));
          for (const a of abortedAppends) if (a.rel === rel) expect(present.has(a.v), `${when}: aborted ${JSON.stringify(a)}`).toBe(false);
          for (const a of [...stored, ...committedAppends]) {
            if (a.rel !== rel) continue;
            const mayBeGone = committedDeletes.has(`${rel}:${a.id}`);
            if (!mayBeGone) expect(present.has(a.v), `${when}: committed ${JSON.stringify(a)}`).toBe(true);
          }
          for (const v of present) {
            expect([...stored, ...committedAppends].some((a) => a.rel === rel && a.v === v), `${when}: ${rel} holds v ${v} nobody committed`).toBe(true);
          }
        }
        await s.close();
      };
      await check(d, 'after the sessions');
      await crash(d); // nothing is open any more
      db = await openDatabase(d.directory, d.name);
      await check(db, 'after a reopen');
      await dispose(db);
      db = null;
    }), { numRuns: 30 });
  });
});
