/*
 * golden-runner.ts — runs golden QUEL blocks against a fresh temporary database holding
 * the University INGRES demo relations (loaded from the demo TSVs through the storage
 * contract, not through QUEL, so a parser bug cannot hide in the fixture). One
 * GoldenContext per golden file; sessions are created lazily by name. `{tmp}` in QUEL
 * text becomes the context's temp directory, `{data}` test/golden/data (copy files).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/storage/api.js';
import { CATALOG_LOCK } from '../../src/storage/api.js';
import type { QuelSession, StatementResult } from '../../src/dbsys/session-api.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src/dbsys/session-api.js';
import type { QType, Value } from '../../src/types/value.js';
import type { GoldenBlock, QueryBlock, StatementBlock } from './golden-format.js';
import { containsInOrder, normalizeLines, renderResults } from './golden-output.js';

/** Where the demo TSVs live: the copy the project carries, else the shared one. */
export function demoDataDirectory(): string {
  const candidates = [
    join(import.meta.dirname, '..', '..', 'data', 'demo'),
    '/work/shared/ingres-demo',
  ];
  for (const dir of candidates) {
    try {
      if (readdirSync(dir).includes('employee.tsv')) return dir;
    } catch {
      // not there; try the next one
    }
  }
  throw new Error(`demo TSVs not found in ${candidates.join(', ')}`);
}

/** test/golden/data: input files for `copy from` blocks. */
export function goldenDataDirectory(): string {
  return join(import.meta.dirname, '..', 'golden', 'data');
}

export interface DemoRelation {
  readonly name: string;
  readonly attributes: readonly { readonly name: string; readonly type: QType }[];
  readonly tuples: readonly (readonly Value[])[];
}

function parseType(format: string): QType {
  const m = /^([icf])(\d+)$/.exec(format);
  if (!m) throw new Error(`bad format in TSV header: ${format}`);
  return { kind: m[1] as QType['kind'], length: Number(m[2]) };
}

/** The eight demo relations, tuples in file order. */
export function readDemoRelations(dir = demoDataDirectory()): DemoRelation[] {
  const names = ['item', 'sale', 'employee', 'dept', 'supplier', 'store', 'parts', 'supply'];
  return names.map((name) => {
    const lines = readFileSync(join(dir, `${name}.tsv`), 'utf8').split('\n').filter((l) => l !== '');
    const header = (lines[0] ?? '').split('\t').map((h) => {
      const [attr, format] = h.split(':');
      return { name: attr ?? '', type: parseType(format ?? '') };
    });
    const tuples = lines.slice(1).map((line) =>
      line.split('\t').map((field, i): Value => (header[i]?.type.kind === 'c' ? field : Number(field))),
    );
    return { name, attributes: header, tuples };
  });
}

/** Create and fill the demo relations in `db` in one transaction, through storage. */
export async function loadDemo(db: Database): Promise<void> {
  const relations = readDemoRelations();
  const tx = db.begin(DEFAULT_SESSION_OPTIONS.user);
  await tx.lock([
    { name: CATALOG_LOCK, mode: 'X' },
    ...relations.map((r) => ({ name: r.name, mode: 'X' as const })),
  ]);
  tx.statement(() => {
    for (const relation of relations) {
      const desc = tx.createRelation({
        name: relation.name, owner: DEFAULT_SESSION_OPTIONS.user,
        attributes: relation.attributes, saveDays: 0,
      });
      for (const tuple of relation.tuples) tx.insert(desc, tuple);
    }
  });
  await tx.commit();
}

export interface BlockOutcome {
  readonly ok: boolean;
  readonly message: string;
}

interface Pending {
  readonly block: StatementBlock | QueryBlock;
  readonly promise: Promise<StatementResult[]>;
}

/** Check one finished block's results against its expectation. */
export function checkBlock(block: StatementBlock | QueryBlock, results: readonly StatementResult[]): BlockOutcome {
  const rendered = renderResults(results);
  const errors = results.flatMap((r) => (r.kind === 'error' ? [r.error] : []));
  if (block.kind === 'statement') {
    if (block.error === null) {
      return errors.length === 0
        ? { ok: true, message: '' }
        : { ok: false, message: `expected success, got:\n${errors.map((e) => `${e.code}: ${e.message}`).join('\n')}` };
    }
    if (block.error === 'maybe') {
      const internal = errors.filter((e) => e.code === 9000);
      return internal.length === 0
        ? { ok: true, message: '' }
        : { ok: false, message: `internal error: ${internal.map((e) => e.message).join('\n')}` };
    }
    const wanted = block.error;
    const hit = errors.some((e) => wanted === 'any' || wanted.includes(e.code));
    return hit
      ? { ok: true, message: '' }
      : {
          ok: false,
          message: `expected error ${wanted === 'any' ? 'any' : wanted.join('|')}, got ${errors.length === 0 ? 'success' : errors.map((e) => `${e.code}: ${e.message}`).join('\n')}\noutput:\n${rendered.join('\n')}`,
        };
  }
  const actual = normalizeLines(rendered, block.mode === 'rowsort');
  const expected = normalizeLines(block.expected, block.mode === 'rowsort');
  const ok = block.mode === 'contains'
    ? containsInOrder(actual, expected)
    : actual.length === expected.length && actual.every((l, i) => l === expected[i]);
  return ok
    ? { ok: true, message: '' }
    : { ok: false, message: `output differs (${block.mode})\n--- expected\n${expected.join('\n')}\n--- actual\n${actual.join('\n')}` };
}

/** Makes a session on `db` running as `user` (null = DEFAULT_SESSION_OPTIONS.user). */
export type SessionFactory = (db: Database, user: string | null) => Promise<QuelSession> | QuelSession;

/** A temp database with the demo loaded, plus named sessions on it. */
export class GoldenContext {
  private readonly sessions = new Map<string, QuelSession>();
  private readonly pending = new Map<string, Pending>();

  private constructor(
    readonly directory: string,
    readonly db: Database,
    private readonly makeSession: SessionFactory,
  ) {}

  static async open(
    createDatabase: (dir: string, name: string) => Promise<Database> | Database,
    makeSession: SessionFactory,
  ): Promise<GoldenContext> {
    const directory = mkdtempSync(join(tmpdir(), 'golden-'));
    const db = await createDatabase(directory, 'demo');
    await loadDemo(db);
    return new GoldenContext(directory, db, makeSession);
  }

  private async session(name: string, user: string | null): Promise<QuelSession> {
    let s = this.sessions.get(name);
    if (s === undefined) {
      s = await this.makeSession(this.db, user);
      this.sessions.set(name, s);
    }
    return s;
  }

  /** Settle a pending block of `session`, if any. */
  private async settle(session: string): Promise<BlockOutcome> {
    const p = this.pending.get(session);
    if (p === undefined) return { ok: true, message: '' };
    this.pending.delete(session);
    const outcome = checkBlock(p.block, await p.promise);
    return outcome.ok ? outcome : { ok: false, message: `pending block at line ${p.block.line}: ${outcome.message}` };
  }

  async run(block: GoldenBlock): Promise<BlockOutcome> {
    if (block.kind === 'wait') {
      if (!this.pending.has(block.session)) return { ok: false, message: `nothing pending on ${block.session}` };
      return this.settle(block.session);
    }
    const earlier = await this.settle(block.session);
    if (!earlier.ok) return earlier;
    const session = await this.session(block.session, block.user);
    const text = block.text.replaceAll('{tmp}', this.directory).replaceAll('{data}', goldenDataDirectory());
    const promise = session.run(text);
    if (block.pending) {
      // keep a rejection from being reported as unhandled before `wait` looks at it
      promise.catch(() => undefined);
      this.pending.set(block.session, { block, promise });
      return { ok: true, message: '' };
    }
    return checkBlock(block, await promise);
  }

  async close(): Promise<void> {
    for (const name of [...this.pending.keys()]) await this.settle(name).catch(() => undefined);
    for (const s of this.sessions.values()) await s.close().catch(() => undefined);
    await this.db.close().catch(() => undefined);
    rmSync(this.directory, { recursive: true, force: true });
  }
}
