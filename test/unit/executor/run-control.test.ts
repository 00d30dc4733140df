/*
 * run-control.test.ts — cancelling a run and its progress, in one process over real
 * storage: the poll cadence of RunControl, a cancelled cross product and copy (8022,
 * nothing stored; a cancelled copy into leaves its file as it was), the rest of the buffer not run, a cancelled begin…end block rolled
 * back whole, and the progress reports of copy from (bytes of the file) and into (records).
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import type { QuelSession, StatementResult } from '../../../src/dbsys/index.js';
import type { RunProgress } from '../../../src/dbsys/session-api.js';
import { CHECK_EVERY, RunControl } from '../../../src/executor/run-control.js';
import { COPY_CHUNK_BYTES } from '../../../src/executor/ddl.js';
import { ok, openTestDb, rows, type TestDb } from './helpers.js';

let t: TestDb;
let s: QuelSession;
let bigFile: string;
const BIG_ROWS = 120_000;

/** A `cancelled()` that says yes from its `after`-th poll on, and counts the polls. The
 *  session polls once before each statement and once after its locks; a long statement
 *  polls every CHECK_EVERY tuples, so a count past the first few lands inside it. */
function cancelAfter(after: number): { cancelled: () => boolean; polls: () => number } {
  let polls = 0;
  return { cancelled: () => ++polls >= after, polls: () => polls };
}

function codes(results: readonly StatementResult[]): (string | number)[] {
  return results.map((r) => (r.kind === 'error' ? r.error.code : r.kind === 'done' ? r.statement : r.kind));
}

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  bigFile = join(t.dir, 'big.txt');
  const lines: string[] = [];
  for (let i = 0; i < BIG_ROWS; i++) lines.push(`${i},name${i},${i * 3}`);
  writeFileSync(bigFile, `${lines.join('\n')}\n`);
  await ok(s, 'create t (a = i4, b = c20, c = i4)');
  await ok(s, 'create u (a = i4, b = c20, c = i4)');
  await ok(s, `copy t (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"`);
  await ok(s, 'range of x is t range of y is t');
});

afterAll(async () => {
  await t.close();
});

describe('RunControl', () => {
  test('polls cancelled() once every CHECK_EVERY ticks and throws 8022 once it says yes', () => {
    const probe = cancelAfter(2);
    const control = new RunControl(probe.cancelled);
    for (let i = 0; i < CHECK_EVERY - 1; i++) control.tick();
    expect(probe.polls()).toBe(0);
    control.tick();
    expect(probe.polls()).toBe(1);
    for (let i = 0; i < CHECK_EVERY - 1; i++) control.tick();
    let thrown: unknown;
    try {
      control.tick();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IngresError);
    expect((thrown as IngresError).code).toBe(8022);
  });

  test('a run without options is never cancelled; an aborted signal is', () => {
    expect(RunControl.of(undefined).cancelled).toBe(false);
    const controller = new AbortController();
    const control = RunControl.of({ signal: controller.signal });
    expect(control.cancelled).toBe(false);
    controller.abort();
    expect(() => control.check()).toThrow(/query interrupted/);
  });
});

describe('cancelling a run', () => {
  test('a cross product stops with 8022 after a few polls; the next query runs', async () => {
    const probe = cancelAfter(3);
    const results = await s.run('retrieve (n = count(x.a where x.c + y.c > 5))', { cancelled: probe.cancelled });
    expect(codes(results)).toEqual([8022]);
    expect(probe.polls()).toBe(3);
    expect(await rows(s, 'retrieve (n = count(x.a where x.a < 10))')).toEqual([[10]]);
  });

  test('a cancelled copy from stores nothing, and the rest of the buffer does not run', async () => {
    const probe = cancelAfter(5);
    const results = await s.run(`copy u (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"\nappend to u (a = 1)`, {
      cancelled: probe.cancelled,
    });
    expect(codes(results)).toEqual([8022]);
    expect(await rows(s, 'range of v is u retrieve (n = count(v.a))')).toEqual([[0]]);
  });

  test('a cancelled copy into leaves the file as it was (mode too) and no temporary file; a finished one replaces it', async () => {
    const out = join(t.dir, 'out', 'into.txt');
    mkdirSync(join(t.dir, 'out'));
    writeFileSync(out, 'the old contents\n');
    chmodSync(out, 0o640);
    const probe = cancelAfter(5);
    expect(codes(await s.run(`copy t (a = c0comma, b = c0comma, c = c0nl) into "${out}"`, { cancelled: probe.cancelled }))).toEqual([8022]);
    expect(probe.polls()).toBeGreaterThanOrEqual(5);
    expect(readFileSync(out, 'utf8')).toBe('the old contents\n');
    expect(readdirSync(join(t.dir, 'out'))).toEqual(['into.txt']);
    expect(codes(await s.run(`copy t (a = c0comma, b = c0comma, c = c0nl) into "${out}"`))).toEqual(['Copy']);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(BIG_ROWS);
    expect(lines.every((line, i) => line.split(',').map((f) => f.trim()).join(',') === `${i},name${i},${i * 3}`)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(t.dir, 'out'))).toEqual(['into.txt']);
    // not a regular file: written directly
    expect(codes(await s.run('copy t (a = c0comma, b = c0comma, c = c0nl) into "/dev/null"'))).toEqual(['Copy']);
  });

  test('an aborted signal stops the buffer before its first statement', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(codes(await s.run('append to u (a = 1)', { signal: controller.signal }))).toEqual([8022]);
    expect(await rows(s, 'range of v is u retrieve (n = count(v.a))')).toEqual([[0]]);
  });

  test('inside begin transaction, statement by statement: the statement rolls back, the transaction stays open', async () => {
    const probe = cancelAfter(8);
    const results = await s.run(
      `begin transaction\nappend to u (a = 7)\ncopy u (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"\nend transaction`,
      { cancelled: probe.cancelled });
    expect(codes(results)).toEqual(['BeginTransaction', 'Append', 8022]);
    expect(await rows(s, 'range of v is u retrieve (n = count(v.a))')).toEqual([[1]]);
    await ok(s, 'abort');
    expect(await rows(s, 'retrieve (n = count(v.a))')).toEqual([[0]]);
  });

  test('a whole begin…end block in one buffer is rolled back whole', async () => {
    const probe = cancelAfter(8);
    const results = await s.run(
      'begin transaction\nappend to u (a = 7)\nretrieve (n = count(x.a where x.c + y.c > 5))\nappend to u (a = 8)\nend transaction',
      { cancelled: probe.cancelled });
    expect(codes(results)).toEqual(['BeginTransaction', 'Append', 8022, 6005]);
    expect(await rows(s, 'retrieve (n = count(v.a))')).toEqual([[0]]);
  });
});

describe('progress', () => {
  test('copy from reports bytes of the file size, piece by piece', async () => {
    const reports: RunProgress[] = [];
    await s.run('destroy u create u (a = i4, b = c20, c = i4)');
    const results = await s.run(`copy u (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"`, {
      onProgress: (progress) => reports.push(progress),
    });
    expect(results).toEqual([{ kind: 'done', statement: 'Copy', tuples: BIG_ROWS }]);
    const size = statSync(bigFile).size;
    expect(reports.length).toBe(Math.ceil(size / COPY_CHUNK_BYTES));
    expect(reports[0]).toMatchObject({ what: `copy u from ${bigFile}`, bytes: COPY_CHUNK_BYTES, bytesTotal: size, recordsTotal: 0 });
    for (let i = 1; i < reports.length; i++) {
      expect(reports[i]!.bytes).toBeGreaterThan(reports[i - 1]!.bytes);
      expect(reports[i]!.records).toBeGreaterThan(reports[i - 1]!.records);
    }
    expect(reports[reports.length - 1]!.bytes).toBe(size);
  });

  test('copy into reports records of the relation size', async () => {
    const reports: RunProgress[] = [];
    const out = join(t.dir, 'out.txt');
    await s.run(`copy t (a = c0comma, b = c0comma, c = c0nl) into "${out}"`, { onProgress: (p) => reports.push(p) });
    expect(reports.length).toBe(Math.floor(BIG_ROWS / 4096));
    expect(reports[0]).toMatchObject({ what: `copy t into ${out}`, records: 4096, recordsTotal: BIG_ROWS, bytesTotal: 0 });
    expect(reports[reports.length - 1]!.bytes).toBeLessThan(statSync(out).size);
  });
});
