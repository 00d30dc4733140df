/*
 * helpers.ts — test support for the executor: a real lmdb database in a temp directory,
 * a session on it, the University INGRES demo data loaded with create + append, and
 * small accessors that fail loudly when a statement returns an error.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../../../src/storage/index.js';
import type { Database } from '../../../src/storage/index.js';
import { createSession, DEFAULT_SESSION_OPTIONS } from '../../../src/dbsys/index.js';
import type { QuelSession, SessionOptions, StatementResult } from '../../../src/dbsys/index.js';
import type { Value } from '../../../src/types/value.js';

export const DEMO_DIR = '/work/shared/ingres-demo';

export interface TestDb {
  readonly db: Database;
  readonly dir: string;
  session(options?: Partial<SessionOptions>): QuelSession;
  close(): Promise<void>;
}

export async function openTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'ingres-exec-'));
  const db = await createDatabase(join(dir, 'db'), 'test');
  const sessions: QuelSession[] = [];
  return {
    db,
    dir,
    session(options = {}) {
      const s = createSession(db, { ...DEFAULT_SESSION_OPTIONS, ...options });
      sessions.push(s);
      return s;
    },
    async close() {
      for (const s of sessions) await s.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Run and fail on any error result. */
export async function ok(session: QuelSession, text: string): Promise<StatementResult[]> {
  const results = await session.run(text);
  for (const r of results) {
    if (r.kind === 'error')
      throw new Error(`unexpected error for ${JSON.stringify(text)}: ${r.error.format()}`);
  }
  return results;
}

/** The rows of the (single) rows result of `text`. */
export async function rows(session: QuelSession, text: string): Promise<Value[][]> {
  const results = await ok(session, text);
  const found = results.filter((r) => r.kind === 'rows');
  if (found.length !== 1) throw new Error(`expected one rows result, got ${JSON.stringify(results)}`);
  const r = found[0]!;
  if (r.kind !== 'rows') throw new Error('unreachable');
  return r.rows.map((row) => [...row]);
}

/** The error codes of the error results of `text`. */
export async function errors(session: QuelSession, text: string): Promise<number[]> {
  const results = await session.run(text);
  return results.flatMap((r) => (r.kind === 'error' ? [r.error.code] : []));
}

/** Rows sorted (for order-insensitive comparison). */
export function sorted(values: Value[][]): Value[][] {
  return [...values].sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}

function quelValue(text: string, format: string): string {
  if (format.startsWith('c')) return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return text;
}

/** Create and fill the eight demo relations (heap, tuples in file order). */
export async function loadDemo(session: QuelSession): Promise<void> {
  for (const file of readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const name = file.replace(/\.tsv$/, '');
    const lines = readFileSync(join(DEMO_DIR, file), 'utf8')
      .split('\n')
      .filter((l) => l.length > 0);
    const header = lines[0]!.split('\t').map((h) => h.split(':') as [string, string]);
    let script = `create ${name} (${header.map(([n, f]) => `${n} = ${f}`).join(', ')})\n`;
    for (const line of lines.slice(1)) {
      const fields = line.split('\t');
      script += `append to ${name} (${header.map(([n, f], i) => `${n} = ${quelValue(fields[i] ?? '', f)}`).join(', ')})\n`;
    }
    await ok(session, script);
  }
}

/** The demo rows of one relation as parsed values (for oracle computations in tests). */
export function demoTable(name: string): Record<string, Value>[] {
  const lines = readFileSync(join(DEMO_DIR, `${name}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);
  const header = lines[0]!.split('\t').map((h) => h.split(':') as [string, string]);
  return lines.slice(1).map((line) => {
    const fields = line.split('\t');
    const row: Record<string, Value> = {};
    header.forEach(([n, f], i) => {
      row[n] = f.startsWith('c') ? (fields[i] ?? '') : Number(fields[i]);
    });
    return row;
  });
}
