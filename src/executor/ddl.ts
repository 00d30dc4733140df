/*
 * ddl.ts — the data base utilities: create, destroy, print, index, modify, save and copy.
 * Each validates against INGRES's limits and error numbers (5xxx) before touching the
 * catalog, then runs through the storage Transaction (one atomic statement).
 */
import { closeSync, constants as fsConstants, fchmodSync, fstatSync, openSync, readSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { realPathOrNull } from '../common/files.js';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type * as ast from '../parser/ast.js';
import { closeSpools, type StatementResult } from '../dbsys/session-api.js';
import type { ModifySpec, RelationDesc } from '../storage/api.js';
import { CATALOG_LOCK } from '../storage/api.js';
import { IngresError, ingresError } from '../common/errors.js';
import { parseFormat } from '../types/index.js';
import type { Value } from '../types/value.js';
import { CopyDecoder, CopyEncoder, parseCopyFormat, relationCopyFormat } from '../copy/index.js';
import type { CopyField, CopyRecord } from '../copy/index.js';
import { lookupRelation } from './analyzer.js';
import { lockSet } from './env.js';
import type { PreparedStatement, StatementEnv } from './env.js';
import { checkAccess } from './qrymod.js';
import { UNCONTROLLED } from './run-control.js';
import { ResultBudget } from './result-budget.js';
import { spoolRows } from './row-spool.js';
import { writeFully } from '../common/files.js';

export const DOMAINS_MAX = 49;
export const TUPLE_WIDTH_MAX = 498;
export const INDEX_KEYS_MAX = 6;

const STRUCTURES: readonly ast.StructureName[] = [
  'heap',
  'cheap',
  'hash',
  'chash',
  'isam',
  'cisam',
  'btree',
  'cbtree',
  'heapsort',
  'cheapsort',
  'truncated',
];

/** A structure name as written (modify, -r, -n) → StructureName, else 5502. */
export function validateStructure(text: string): ast.StructureName {
  const found = STRUCTURES.find((s) => s === text.toLowerCase());
  if (found === undefined) throw ingresError(5502, text);
  return found;
}

function done(statement: ast.StatementKind, tuples: number | null = null): StatementResult {
  return { kind: 'done', statement, tuples };
}

// ---------------------------------------------------------------- create

export function prepareCreate(env: StatementEnv, stmt: ast.CreateStmt): PreparedStatement {
  const existing = lookupRelation(env.txn, stmt.relation);
  if (existing !== undefined) {
    if (existing.kind === 'relation' && existing.relation.kind === 'catalog')
      throw ingresError(5103, stmt.relation);
    throw ingresError(5102, stmt.relation);
  }
  if (stmt.attributes.length > DOMAINS_MAX) throw ingresError(5104, DOMAINS_MAX);
  const names = new Set<string>();
  let width = 0;
  const attributes = stmt.attributes.map((a) => {
    if (names.has(a.name)) throw ingresError(5105, a.name);
    names.add(a.name);
    const type = parseFormat(a.format);
    if (type === null) throw ingresError(5106, a.name, a.format);
    width += type.length;
    return { name: a.name, type };
  });
  if (width > TUPLE_WIDTH_MAX) throw ingresError(5107, width, TUPLE_WIDTH_MAX);
  return {
    locks: lockSet([], [stmt.relation, CATALOG_LOCK]),
    writes: true,
    run() {
      env.txn.createRelation({
        name: stmt.relation,
        owner: env.user,
        attributes,
        host: stmt.placement,
        saveDays: 7,
      });
      return [done('Create')];
    },
  };
}

// ---------------------------------------------------------------- destroy

export function prepareDestroy(env: StatementEnv, stmt: ast.DestroyStmt): PreparedStatement {
  const targets: { name: string; relation: RelationDesc | undefined }[] = [];
  for (const name of stmt.relations) {
    const entry = lookupRelation(env.txn, name);
    if (entry === undefined) throw ingresError(5201, name);
    const relation = entry.kind === 'relation' ? entry.relation : env.txn.relation(name);
    if (relation?.kind === 'catalog') throw ingresError(5202, name);
    if (relation !== undefined && relation.owner !== env.user && env.user !== env.dba)
      throw ingresError(5203, name);
    targets.push({ name, relation });
  }
  const names = targets.flatMap((t) => [t.name, ...(t.relation?.indexes ?? [])]);
  return {
    locks: lockSet([], [...names, CATALOG_LOCK]),
    writes: true,
    run() {
      for (const t of targets) {
        if (t.relation !== undefined) {
          env.txn.destroyRelation(t.name);
        } else {
          env.txn.destroyObjects(t.name, 'view', 'all');
        }
        for (const kind of ['permit', 'integrity'] as const) {
          if (env.txn.definitions(t.name, kind).length > 0) env.txn.destroyObjects(t.name, kind, 'all');
        }
        env.relationDestroyed(t.name);
        for (const index of t.relation?.indexes ?? []) env.relationDestroyed(index);
      }
      return [done('Destroy')];
    },
  };
}

// ---------------------------------------------------------------- print

export function preparePrint(env: StatementEnv, stmt: ast.PrintStmt): PreparedStatement {
  const relations: RelationDesc[] = [];
  for (const name of stmt.relations) {
    const relation = env.txn.relation(name);
    if (relation === undefined || relation.kind === 'view') throw ingresError(5001, name);
    checkAccess(env, relation, 'retrieve');
    relations.push(relation);
  }
  return {
    locks: lockSet([...relations.map((r) => r.name), CATALOG_LOCK], []),
    writes: false,
    run() {
      const results: StatementResult[] = [];
      try {
        for (const relation of relations) {
          const columns = relation.attributes.map((a) => ({ name: a.name, type: a.type }));
          const title = `${relation.name} relation`;
          if (env.spool === true) {
            // as a retrieve's: past what the daemon holds in memory, into a temporary file
            results.push({ kind: 'rows', title, columns, ...spoolRows(relation.attributes.length, (add) => {
              for (const tuple of env.txn.scan(relation)) add(tuple.values.slice());
            }) });
            continue;
          }
          const rows: Value[][] = [];
          const budget = new ResultBudget(relation.attributes.length);
          for (const tuple of env.txn.scan(relation)) {
            const values = tuple.values.slice();
            budget.add(values);
            rows.push(values);
          }
          results.push({ kind: 'rows', title, columns, rows });
        }
      } catch (error) {
        closeSpools(results);
        throw error;
      }
      return results;
    },
  };
}

// ---------------------------------------------------------------- index

export function prepareIndex(env: StatementEnv, stmt: ast.IndexStmt): PreparedStatement {
  const relation = env.txn.relation(stmt.relation);
  if (relation === undefined || relation.kind === 'view') throw ingresError(5300, stmt.relation);
  if (relation.kind === 'index') throw ingresError(5301, stmt.relation);
  if (relation.kind === 'catalog' || (relation.owner !== env.user && env.user !== env.dba)) {
    throw ingresError(3500, stmt.relation);
  }
  if (lookupRelation(env.txn, stmt.name) !== undefined) throw ingresError(5302, stmt.name);
  if (stmt.attributes.length > INDEX_KEYS_MAX) throw ingresError(5303);
  for (const a of stmt.attributes) {
    if (!relation.attributes.some((d) => d.name === a)) throw ingresError(5304, a, stmt.relation);
  }
  validateStructure(env.options.indexStructure);
  return {
    locks: lockSet([], [stmt.relation, stmt.name, CATALOG_LOCK]),
    writes: false,
    run() {
      // secondary indexes live in the storage's ordered index space (isam-like, the INGRES
      // default); -nSTRUCT is validated but does not change it (see README)
      const index = env.txn.statement(() => env.txn.createIndex(stmt.relation, stmt.name, stmt.attributes));
      return [done('Index', index.tupleCount)];
    },
  };
}

// ---------------------------------------------------------------- modify

const FILL_STRUCTURES = new Set(['hash', 'chash', 'isam', 'cisam', 'btree', 'cbtree']);
const PAGE_STRUCTURES = new Set(['hash', 'chash']);
const KEYLESS = new Set(['heap', 'cheap', 'truncated']);

export function prepareModify(env: StatementEnv, stmt: ast.ModifyStmt): PreparedStatement {
  const relation = env.txn.relation(stmt.relation);
  if (relation === undefined || relation.kind === 'view') throw ingresError(5500, stmt.relation);
  if (relation.kind === 'catalog') throw ingresError(5501, stmt.relation);
  if (relation.owner !== env.user && env.user !== env.dba) throw ingresError(3500, stmt.relation);
  const structure = validateStructure(stmt.structure);
  if (KEYLESS.has(structure) && stmt.keys.length > 0) throw ingresError(5504, structure);
  const sorted = structure === 'heapsort' || structure === 'cheapsort';
  const keys = stmt.keys.map((k) => {
    if (!relation.attributes.some((a) => a.name === k.name)) throw ingresError(5503, k.name, stmt.relation);
    if (k.order !== null && !sorted) throw ingresError(5520);
    return { attribute: k.name, order: k.order ?? ('ascending' as const) };
  });
  if (keys.length === 0 && !KEYLESS.has(structure) && !sorted) {
    keys.push({ attribute: relation.attributes[0]!.name, order: 'ascending' });
  }
  const spec: { -readonly [K in keyof ModifySpec]: ModifySpec[K] } = { structure, keys };
  for (const option of stmt.options) {
    const { name, value } = option;
    if (name !== 'fillfactor' && name !== 'minpages' && name !== 'maxpages') throw ingresError(5505, name);
    const allowed = name === 'fillfactor' ? FILL_STRUCTURES.has(structure) : PAGE_STRUCTURES.has(structure);
    if (!allowed) throw ingresError(5507, name, structure);
    if (name === 'fillfactor' ? value < 1 || value > 100 : value < 1) throw ingresError(5506, name, value);
    spec[name] = value;
  }
  if (spec.minpages !== undefined && spec.maxpages !== undefined && spec.maxpages < spec.minpages) {
    throw ingresError(5506, 'maxpages', spec.maxpages);
  }
  return {
    locks: lockSet([], [stmt.relation, ...relation.indexes, CATALOG_LOCK]),
    writes: true,
    run() {
      const after = env.txn.modifyRelation(stmt.relation, spec);
      for (const index of relation.indexes) env.relationDestroyed(index);
      return [done('Modify', after.tupleCount)];
    },
  };
}

// ---------------------------------------------------------------- save

const DAY_MS = 86_400_000;

export function prepareSave(env: StatementEnv, stmt: ast.SaveStmt): PreparedStatement {
  const relation = env.txn.relation(stmt.relation);
  if (relation === undefined) throw ingresError(5900, stmt.relation);
  // (INGRES's save.c: "cannot save sys rel"; a catalog never expires)
  if (relation.kind === 'catalog') throw ingresError(5902, stmt.relation);
  if (relation.owner !== env.user && env.user !== env.dba) throw ingresError(3500, stmt.relation);
  let until = 0;
  if (stmt.until !== null) {
    const { month, day } = stmt.until;
    const year = stmt.until.year < 100 ? 1900 + stmt.until.year : stmt.until.year;
    const date = new Date(Date.UTC(year, month - 1, day));
    const bad = month < 1 || month > 12 || day < 1 || day > 31 || date.getUTCDate() !== day || year > 2100;
    if (bad) throw ingresError(5901, `${month} ${day} ${stmt.until.year}`);
    until = date.getTime() + DAY_MS - 1;
  }
  return {
    locks: lockSet([], [stmt.relation, CATALOG_LOCK]),
    writes: true,
    run() {
      env.txn.saveRelation(stmt.relation, until);
      return [done('Save')];
    },
  };
}

// ---------------------------------------------------------------- copy

function copyFields(relation: RelationDesc, stmt: ast.CopyStmt): CopyField[] {
  if (stmt.domains.length === 0) {
    return relation.attributes.map((a) => ({
      domain: a.name,
      format: relationCopyFormat(a.type),
      type: a.type,
    }));
  }
  return stmt.domains.map((d) => {
    const format = parseCopyFormat(d.format, d.name);
    if (format.kind === 'dummy') return { domain: d.name, format };
    const attribute = relation.attributes.find((a) => a.name === d.name);
    if (attribute === undefined) throw ingresError(5801, d.name, relation.name);
    return { domain: d.name, format, type: attribute.type };
  });
}

function fileError(file: string, error: unknown): IngresError {
  const text =
    error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
  return ingresError(5804, file, text);
}

/**
 * The files `copy` may not touch: those of the installation the daemon serves (`II_SYSTEM`:
 * its databases, etc/, run/, log/) — a `copy … into` its data.mdb destroyed a database, and a
 * `copy … from` one read another database's pages. Symbolic links are followed first.
 */
function checkCopyPath(file: string): void {
  const root = process.env['II_SYSTEM'];
  if (root === undefined || root === '') return;
  const installation = realPathOrNull(root);
  if (installation === null) return;
  // a file that does not exist yet (copy into) is where its directory is
  const target = realPathOrNull(file) ?? join(realPathOrNull(dirname(file)) ?? dirname(file), basename(file));
  if (target === installation || target.startsWith(`${installation}/`)) {
    throw ingresError(5804, file, `it is a file of the INGRES installation (${root}); copy reads and writes only files outside it`);
  }
}

export function prepareCopy(env: StatementEnv, stmt: ast.CopyStmt): PreparedStatement {
  const relation = env.txn.relation(stmt.relation);
  if (relation === undefined || relation.kind === 'view') throw ingresError(5800, stmt.relation);
  if (!isAbsolute(stmt.file)) throw ingresError(5816, stmt.file);
  checkCopyPath(stmt.file);
  const from = stmt.direction === 'from';
  if (from && (relation.kind === 'catalog' || relation.kind === 'index')) throw ingresError(5803);
  if (from && relation.indexes.length > 0) throw ingresError(5812, relation.name);
  checkAccess(env, relation, from ? 'append' : 'retrieve');
  const fields = copyFields(relation, stmt);
  return {
    locks: from ? lockSet([CATALOG_LOCK], [relation.name]) : lockSet([relation.name, CATALOG_LOCK], []),
    writes: from,
    run() {
      // the client's file stands here as a local copy (its daemon session), else it is opened
      const stand = env.copyFiles?.get(stmt.file);
      if (stand !== undefined && 'error' in stand) throw ingresError(5804, stmt.file, stand.error);
      const local = stand?.local ?? stmt.file;
      return from ? copyFrom(env, relation, fields, stmt.file, local) : copyInto(env, relation, fields, stmt.file, local);
    },
  };
}

/** `copy … from` reads its file in pieces of this size (memory stays bounded). */
export const COPY_CHUNK_BYTES = 1 << 20;

/** `copy … into` reports progress every this many records. */
const COPY_PROGRESS_RECORDS = 4096;

/**
 * Store a file's records. Each record ticks the run's cancellation (a cancelled copy
 * throws 8022 inside its statement, so nothing of the file stays); each piece read
 * reports progress (bytes of the file's size, records so far).
 */
function copyFrom(
  env: StatementEnv,
  relation: RelationDesc,
  fields: CopyField[],
  file: string,
  local: string,
): StatementResult[] {
  const control = env.control ?? UNCONTROLLED;
  let fd: number;
  try {
    // (non-blocking: opening a FIFO must not wait for a writer on the daemon's only thread)
    fd = openSync(local, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    throw fileError(file, error);
  }
  // only a regular file: a FIFO, a device (/dev/zero) or a socket would block the daemon's
  // thread on a read, or never end
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw ingresError(5804, file, 'not a regular file');
  }
  const decoder = new CopyDecoder(fields);
  const index = new Map(relation.attributes.map((a, i) => [a.name, i]));
  let stored = 0;
  let duplicates = 0;
  const store = (records: readonly CopyRecord[]): void => {
    for (const record of records) {
      control.tick();
      const tuple: Value[] = relation.attributes.map((a) => (a.type.kind === 'c' ? '' : 0));
      for (const [domain, value] of record.values) {
        const at = index.get(domain);
        if (at !== undefined) tuple[at] = value;
      }
      if (env.txn.insert(relation, tuple)) stored++;
      else duplicates++;
    }
  };
  try {
    const bytesTotal = fstatSync(fd).size;
    const chunk = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
    const what = `copy ${relation.name} from ${file}`;
    let bytes = 0;
    for (;;) {
      let length: number;
      try {
        length = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw fileError(file, error);
      }
      if (length === 0) break;
      bytes += length;
      store(decoder.push(chunk.subarray(0, length)));
      control.progress({ what, records: stored + duplicates, recordsTotal: 0, bytes, bytesTotal });
    }
    store(decoder.end());
  } finally {
    closeSync(fd);
  }
  // a copy that (at least) doubled the relation leaves it in the tuple cache, as modify does
  if (stored > 0 && stored >= relation.tupleCount) env.txn.warmAfterStatement(relation.name);
  const results: StatementResult[] = [done('Copy', stored)];
  if (duplicates > 0) results.push({ kind: 'text', text: `${ingresError(5819, duplicates).format()}\n` });
  return results;
}

function copyInto(
  env: StatementEnv,
  relation: RelationDesc,
  fields: CopyField[],
  file: string,
  local: string,
): StatementResult[] {
  const control = env.control ?? UNCONTROLLED;
  const encoder = new CopyEncoder(fields);
  const what = `copy ${relation.name} into ${file}`;
  let count = 0;
  let bytes = 0;
  const out = new CopyOutput(local, file);
  // one map, its values replaced per tuple (the encoder reads fields by domain name)
  const values = new Map<string, Value>();
  const names = relation.attributes.map((a) => a.name);
  try {
    for (const tuple of env.txn.scan(relation)) {
      control.tick();
      for (let i = 0; i < names.length; i++) values.set(names[i]!, tuple.values[i]!);
      const before = encoder.pending;
      encoder.add(values);
      bytes += encoder.pending - before;
      // the encoder gathers the tuples; a megabyte of them is one write
      if (encoder.pending >= COPY_WRITE_BYTES) out.write(encoder.take());
      if (++count % COPY_PROGRESS_RECORDS === 0) {
        control.progress({ what, records: count, recordsTotal: relation.tupleCount, bytes, bytesTotal: 0 });
      }
    }
    out.write(encoder.take());
    out.finish();
  } catch (error) {
    out.abandon();
    throw error;
  }
  return [done('Copy', count)];
}

/** bytes `copy into` gathers before one write */
const COPY_WRITE_BYTES = 1024 * 1024;

let copyOutputs = 0;

/**
 * The file `copy into` writes as the relation is read (it used to hold the whole file in
 * memory). A regular or new file is written under a temporary name
 * beside it and renamed over it at the end, with the old file's mode, so a copy that fails
 * or is cancelled leaves the file as it was; a character device (/dev/null), or a file
 * in a directory we may not add to, is written directly.
 */
class CopyOutput {
  private readonly fd: number;
  private readonly temp: string | null;

  /** `path`: where to write (the file itself, or a daemon session's local stand-in for the
   *  client's); `file`: the statement's name for it, in errors */
  constructor(private readonly path: string, private readonly file: string) {
    let mode: number | null = null;
    let regular = true;
    let device = false;
    try {
      const stat = statSync(path);
      regular = stat.isFile();
      device = stat.isCharacterDevice();
      mode = stat.mode & 0o7777;
    } catch {
      // a new file
    }
    // a FIFO or a socket would block the daemon's thread until a reader comes; a character
    // device (/dev/null) never does
    if (!regular && !device) throw ingresError(5804, file, 'not a regular file');
    let temp: string | null = null;
    let fd: number | null = null;
    if (regular) {
      temp = join(dirname(path), `.${basename(path)}.copy-${process.pid}-${++copyOutputs}`);
      try {
        fd = openSync(temp, 'wx', 0o666);
        if (mode !== null) fchmodSync(fd, mode);
      } catch {
        if (fd !== null) closeQuietly(fd, temp);
        temp = null;
        fd = null;
      }
    }
    if (fd === null) {
      try {
        fd = openSync(path, 'w', 0o666);
      } catch (error) {
        throw fileError(file, error);
      }
    }
    this.fd = fd;
    this.temp = temp;
  }

  write(bytes: Buffer): void {
    try {
      writeFully(this.fd, bytes);
    } catch (error) {
      throw fileError(this.file, error);
    }
  }

  finish(): void {
    try {
      closeSync(this.fd);
      if (this.temp !== null) renameSync(this.temp, this.path);
    } catch (error) {
      if (this.temp !== null) unlinkQuietly(this.temp);
      throw fileError(this.file, error);
    }
  }

  /** a failed or cancelled copy: the temporary file goes, the target stays as it was */
  abandon(): void {
    closeQuietly(this.fd, this.temp);
  }

}

function closeQuietly(fd: number, temp: string | null): void {
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
  if (temp !== null) unlinkQuietly(temp);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}
