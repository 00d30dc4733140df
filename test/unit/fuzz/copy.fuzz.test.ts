/*
 * copy.fuzz.test.ts — bad copy files: random bytes and mangled valid files read with
 * `copy ... from` in every format family. Each copy either loads or fails with a numbered
 * error (never 9000, never a rejection); a failed copy leaves the relation exactly as it
 * was (statements are atomic: no half-loaded files), and the session goes on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSession } from '../../../src/dbsys/index.js';
import { DEFAULT_SESSION_OPTIONS, type QuelSession, type StatementResult } from '../../../src/dbsys/session-api.js';
import { createDatabase } from '../../../src/storage/index.js';
import { GoldenContext } from '../../support/golden-runner.js';

const FORMATS = [
  '(a = c0comma, b = c0tab, c = c0nl)',
  '(a = c0, b = c0, c = c0, d = c0nl)',
  '(a = i2, b = c10, c = f8, d = i4)',
  '(a = i1, c = f4, d = i2)',
  '(a = c3, b = c5, skip = d2, c = c0nl)',
  '(a = "c0|", b = "c0|", d = c0nl)',
  '(junk = d0comma, a = c0nl)',
  '(b = c0sp, a = c0colon, d = c0nl)',
  '()',
] as const;

/** Text that looks like a delimited file, with damage. */
const textFile = fc
  .array(
    fc.tuple(
      fc.constantFrom('1', '-7', '32767', '32768', '99999999999', 'x', '', '1.5', '1e400', ' 12 ', 'abc\\,def', '\\'),
      fc.constantFrom(',', '\t', '\n', '|', ' ', ':', ''),
    ),
    { maxLength: 30 },
  )
  .map((parts) => Buffer.from(parts.map(([v, d]) => v + d).join(''), 'latin1'));

const anyFile = fc.oneof(fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b)), textFile);

function tupleCount(results: readonly StatementResult[]): number {
  const last = results[results.length - 1];
  if (last?.kind !== 'rows') throw new Error(`count query failed: ${JSON.stringify(last)}`);
  return Number(last.rows[0]?.[0]);
}

describe('copy from bad files', () => {
  let context: GoldenContext;
  let session: QuelSession;
  let fileNo = 0;

  beforeAll(async () => {
    context = await GoldenContext.open(
      (dir, name) => createDatabase(dir, name),
      (db) => createSession(db, DEFAULT_SESSION_OPTIONS),
    );
    session = createSession(context.db, DEFAULT_SESSION_OPTIONS);
    const made = await session.run('create target (a is i2, b is c10, c is f8, d is i4)\nappend to target (a = 1, b = "seed", c = 0.5, d = 7)');
    expect(made.every((r) => r.kind === 'done')).toBe(true);
  });
  afterAll(async () => {
    await session.close();
    await context.close();
  });

  const snapshot = async (): Promise<string> => {
    const results = await session.run('range of t is target retrieve (t.all)');
    const rows = results[results.length - 1];
    if (rows?.kind !== 'rows') throw new Error('snapshot failed');
    return JSON.stringify([...rows.rows].map((r) => JSON.stringify(r)).sort());
  };

  async function copyOnce(bytes: Buffer, format: string): Promise<void> {
    const path = join(context.directory, `bad${fileNo++}.dat`);
    writeFileSync(path, bytes);
    const before = await snapshot();
    let results: StatementResult[];
    try {
      results = await session.run(`copy target ${format} from "${path}"`);
    } catch (error) {
      throw new Error(`copy rejected for ${format} on ${JSON.stringify(bytes.toString('latin1'))}: ${String(error)}`);
    }
    const errors = results.flatMap((r) => (r.kind === 'error' ? [r.error] : []));
    for (const e of errors) {
      expect(e.code, `internal error for ${format} on ${JSON.stringify(bytes.toString('latin1'))}: ${e.message}`).not.toBe(9000);
    }
    if (errors.length > 0) {
      expect(await snapshot(), `a failed copy changed the relation (${format}, ${JSON.stringify(bytes.toString('latin1'))})`).toBe(before);
    } else {
      // loaded: go back to the one seed tuple for the next case
      await session.run('range of t is target delete t where t.b != "seed" or t.a != 1');
    }
    const count = tupleCount(await session.run('range of t is target retrieve (n = count(t.a))'));
    expect(count).toBeGreaterThanOrEqual(1);
  }

  test('random and damaged files in every format family', async () => {
    await fc.assert(fc.asyncProperty(anyFile, fc.constantFrom(...FORMATS), copyOnce), { numRuns: 250 });
  });

  test('fixed damaged files', async () => {
    const cases: [string, string][] = [
      ['1,ok,2.5\n2,cut', FORMATS[0]],
      ['1,ok,2.5\nbad,x,1\n', FORMATS[0]],
      ['\u0001\u0000', FORMATS[2]],
      ['1,2,3,99999999999\n', FORMATS[1]],
      ['1|a|', FORMATS[5]],
      ['', FORMATS[8]],
      ['abc', FORMATS[8]],
    ];
    for (const [text, format] of cases) await copyOnce(Buffer.from(text, 'latin1'), format);
  });
});
