/*
 * session.fuzz.test.ts — bad input through a real session on a demo database: every
 * result is a valid result or a numbered error (never 9000 = a caught JavaScript
 * exception, never a rejected promise); a buffer whose statements all failed leaves every
 * relation (catalogs included) byte-for-byte unchanged; the session still answers a
 * normal query afterwards. Bounded run counts; fast-check prints the seed on failure.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSession } from '../../../src/dbsys/index.js';
import { DEFAULT_SESSION_OPTIONS, type QuelSession, type StatementResult } from '../../../src/dbsys/session-api.js';
import { CATALOG_LOCK, type Database } from '../../../src/storage/api.js';
import { createDatabase } from '../../../src/storage/index.js';
import { GoldenContext } from '../../support/golden-runner.js';
import { badQuel, binaryText, grammarGarbage, mutatedStatement } from './quel-arbitraries.js';

/** Every tuple of every relation, catalogs included, as one string. */
async function checksum(db: Database): Promise<string> {
  const tx = db.begin(DEFAULT_SESSION_OPTIONS.user);
  try {
    await tx.lock([{ name: CATALOG_LOCK, mode: 'S' }]);
    const relations = [...tx.relations()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    await tx.lock(relations.map((r) => ({ name: r.name, mode: 'S' as const })));
    const parts: string[] = [];
    for (const relation of relations) {
      if (relation.kind === 'view') continue;
      const tuples = [...tx.scan(relation)].map((t) => JSON.stringify(t.values)).sort();
      parts.push(`${relation.name}:${relation.structure}:${tuples.join('|')}`);
    }
    return parts.join('\n');
  } finally {
    tx.abort();
  }
}

function checkResults(text: string, results: readonly StatementResult[]): void {
  expect(Array.isArray(results)).toBe(true);
  for (const result of results) {
    switch (result.kind) {
      case 'rows':
        expect(Array.isArray(result.rows)).toBe(true);
        for (const row of result.rows) expect(row.length).toBe(result.columns.length);
        break;
      case 'text':
        expect(typeof result.text).toBe('string');
        break;
      case 'done':
        break;
      case 'error':
        expect(Number.isInteger(result.error.code)).toBe(true);
        expect(result.error.code, `internal error for ${JSON.stringify(text)}: ${result.error.message}`).not.toBe(9000);
        break;
      default:
        throw new Error(`unknown result kind for ${JSON.stringify(text)}: ${JSON.stringify(result)}`);
    }
  }
}

const READ_ONLY = new Set<string>(['Range', 'BeginTransaction', 'EndTransaction', 'Abort', 'Help', 'Print']);
const CONTROL = 'range of zzc is store retrieve (n = count(zzc.number))';

describe('a session never crashes and failed buffers change nothing', () => {
  let context: GoldenContext;
  let baseline = '';

  const open = async (): Promise<void> => {
    context = await GoldenContext.open(
      (dir, name) => createDatabase(dir, name),
      (db) => createSession(db, DEFAULT_SESSION_OPTIONS),
    );
    baseline = await checksum(context.db);
  };

  beforeAll(open);
  afterAll(async () => {
    await context.close();
  });

  /** One fuzz case on a fresh session; reopens the database if a statement changed it. */
  async function fuzzOnce(text: string, mustNotChange = false): Promise<void> {
    const session: QuelSession = createSession(context.db, DEFAULT_SESSION_OPTIONS);
    let results: StatementResult[];
    try {
      results = await session.run(text);
    } catch (error) {
      throw new Error(`run() rejected for ${JSON.stringify(text)}: ${String(error)}`);
    }
    checkResults(text, results);
    // end any transaction the garbage opened, then compare
    await session.run('abort');
    // only a statement that finished as 'done' (other than range/transaction control) may
    // have changed the database; errors, retrieves to the terminal, help and print may not
    const mayChange = mustNotChange ? false : results.some((r) => r.kind === 'done' && !READ_ONLY.has(r.statement));
    const now = await checksum(context.db);
    if (!mayChange) {
      expect(now === baseline, `database changed by input ${JSON.stringify(text)}: ${JSON.stringify(results.map((r) => r.kind === 'error' ? r.error.code : r.kind))}`).toBe(true);
    }
    const control = await session.run(CONTROL);
    await session.close();
    const last = control[control.length - 1];
    if (now === baseline) {
      expect(last?.kind, `session stopped answering after ${JSON.stringify(text)}`).toBe('rows');
      if (last?.kind === 'rows') expect(last.rows).toEqual([[3]]);
    } else {
      // a valid mutating statement slipped through the garbage: start from a clean demo
      await context.close();
      await open();
    }
  }

  test('the checksum sees a one-tuple change (so the properties below can fail)', async () => {
    const session = createSession(context.db, DEFAULT_SESSION_OPTIONS);
    const results = await session.run('append to store (number = 99, city = "Nowhere")');
    expect(results.map((r) => r.kind)).toEqual(['done']);
    expect(await checksum(context.db)).not.toBe(baseline);
    await session.close();
    await context.close();
    await open();
  });

  test('random bytes', async () => {
    await fc.assert(fc.asyncProperty(binaryText, (text) => fuzzOnce(text)), { numRuns: 100 });
  });

  test('grammar-shaped garbage', async () => {
    await fc.assert(fc.asyncProperty(grammarGarbage, (text) => fuzzOnce(text)), { numRuns: 300 });
  });

  test('mutated valid statements', async () => {
    await fc.assert(fc.asyncProperty(mutatedStatement, (text) => fuzzOnce(text)), { numRuns: 300 });
  });

  test('mixed buffers of several bad statements', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(badQuel, { minLength: 2, maxLength: 4 }), (texts) => fuzzOnce(texts.join('\n'))),
      { numRuns: 60 },
    );
  });

  test('statements that fail at run time change nothing', async () => {
    for (const text of [
      'range of e is employee replace e (salary = e.salary * 10)',
      'range of e is employee append to employee (number = e.number, salary = e.salary * 3)',
      'range of p is parts replace p (weight = p.weight / (p.qoh - p.qoh))',
      'range of s is supply delete s where s.quan / 0 = 1',
      'range of p is parts append to parts (pnum = int1(p.weight * 100))',
      'copy parts (pnum = c0nl) from "/nonexistent/file"',
      'range of e is employee retrieve into newrel (e.name, x = e.salary * 100)',
    ]) {
      await fuzzOnce(text, true);
    }
  });
});
