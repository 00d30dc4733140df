/*
 * dml.ts — retrieve, append, replace and delete. Each statement is analyzed into a block,
 * its locks computed, then run: retrieve streams rows through the target list (bag
 * semantics), `unique` hashes then sorts, `sort by` sorts; `retrieve into` and appends from
 * other relations store rows as they come; updates are DEFERRED — every qualifying tuple
 * is collected once (by its key) with its new values, then applied.
 */
import type * as ast from '../parser/ast.js';
import type { SpooledRows, StatementResult } from '../dbsys/session-api.js';
import type { LockRequest, RelationDesc } from '../storage/api.js';
import { CATALOG_LOCK } from '../storage/api.js';
import { assert, ingresError } from '../common/errors.js';
import { coerce, collationKey, compareValues } from '../types/index.js';
import type { QType, Value } from '../types/value.js';
import { bindQual, bindTargetList, bindValue, bindVariable, lookupRelation, newContext, readViews } from './analyzer.js';
import type { AnalyzeContext } from './analyzer.js';
import { conjuncts, slotsOf } from './bound.js';
import type { BExpr, Block, TargetColumn } from './bound.js';
import { compileValue } from './compile.js';
import type { GroupKey, Row } from './compile.js';
import { aggregateRows, prepareBlock, executeBlock } from './block-exec.js';
import type { ExecContext } from './block-exec.js';
import { lockSet } from './env.js';
import { appendLocks, keyedLocks } from './key-locks.js';
import type { PreparedStatement, StatementEnv } from './env.js';
import { applyPermits, checkAppendPermit, integrityCheck } from './qrymod.js';
import { validateStructure } from './ddl.js';
import { ResultBudget } from './result-budget.js';
import { TargetList } from './targets.js';
import { DistinctRows, rowHash, sameRow } from './distinct-rows.js';
import { HashSet32 } from '../common/hash-set32.js';
import { spoolRows } from './row-spool.js';
import { ExternalSort, rowComparator, type SortKey } from './external-sort.js';

/** Relations read by a block and all its aggregates' blocks. */
export function relationsOf(block: Block, into: Set<RelationDesc> = new Set()): Set<RelationDesc> {
  for (const slot of block.slots) into.add(slot.relation);
  for (const agg of block.aggs) relationsOf(agg.block, into);
  return into;
}

function readNames(block: Block): string[] {
  return [...relationsOf(block)].map((r) => r.name);
}

/**
 * S on the whole catalog (CATALOG_LOCK) for a statement that reads the catalog as data: a
 * catalog relation, or a view's stored definition (a view's change locks no relation a
 * statement through it names). Any other statement locks only the relations it uses:
 * every catalog change also takes X on each relation it changes (modify, destroy, index,
 * create, define permit/integrity), so a relation's descriptor, structure, indexes and
 * rules stay as analyzed while the statement's own lock on it is held. Until 12-07 every
 * statement took S on the catalog: a catalog change then waited for every open transaction
 * on every host, and was refused while a part in doubt for a dead coordinator held it.
 */
function catalogReads(ctx: AnalyzeContext): string[] {
  return readViews(ctx.env) || [...relationsOf(ctx.block)].some((r) => r.kind === 'catalog') ? [CATALOG_LOCK] : [];
}

/** `locks` (key or append locks), with S on the catalog when the statement reads it (catalogReads). */
function withCatalogReads(ctx: AnalyzeContext, locks: LockRequest[] | null): LockRequest[] | null {
  return locks === null || catalogReads(ctx).length === 0 ? locks : [{ name: CATALOG_LOCK, mode: 'S' }, ...locks];
}

function analyzeEnv(env: StatementEnv): { txn: StatementEnv['txn']; user: string; dba: string } {
  return { txn: env.txn, user: env.user, dba: env.dba };
}

function addWhere(ctx: AnalyzeContext, where: ast.Expr | null): void {
  if (where === null) return;
  for (const clause of conjuncts(bindQual(ctx, where))) ctx.block.clauses.push(clause);
}


/** Slots of all blocks (the statement's and its aggregates'), counted per relation id. */
function scanUses(block: Block, into: Map<number, number> = new Map()): Map<number, number> {
  for (const slot of block.slots) into.set(slot.relation.id, (into.get(slot.relation.id) ?? 0) + 1);
  for (const agg of block.aggs) scanUses(agg.block, into);
  return into;
}

/** Execution state of one statement; scans are shared when several blocks read one relation. */
function execContext(env: StatementEnv, block: Block): ExecContext {
  const ctx: ExecContext = {
    txn: env.txn,
    results: new Map(),
    ...(env.trace ? { trace: env.trace } : {}),
    ...(env.control ? { control: env.control } : {}),
    ...(env.aggregates ? { aggregates: env.aggregates } : {}),
  };
  if (block.aggs.length > 0 && [...scanUses(block).values()].some((n) => n > 1)) ctx.scans = new Map();
  return ctx;
}

/**
 * Whether a block's rows may go straight into `target` (null: a relation the statement
 * creates) while it still runs, instead of being held first: it reads only user relations,
 * none of them the target or one of its indexes. Its reads then never meet the statement's
 * own writes (no tuple appended is read again, and no catalog tuple it changes), so the
 * result is the same as evaluating the whole block first, and its size is bounded by the
 * disk, not by the daemon's memory (RESULT_BYTES_MAX).
 */
function streamable(block: Block, target: RelationDesc | null): boolean {
  for (const relation of relationsOf(block)) {
    if (relation.kind === 'catalog' || relation.kind === 'view') return false;
    if (target === null) continue;
    if (relation.id === target.id || relation.name === target.name || relation.indexOf === target.name) return false;
  }
  return true;
}

/** Run a block and hand each row's target columns to `sink` (a fresh array per row). */
function streamRows(env: StatementEnv, block: Block, columns: readonly TargetColumn[], sink: (values: Value[]) => void): void {
  const ctx = execContext(env, block);
  // the block reads nothing the sink writes (streamable): its scans need not be held whole
  env.txn.streamingReads(() => {
    prepareBlock(block, ctx);
    projectRows(block, ctx, columns, sink);
  });
}

/** Execute a prepared block; `sink` gets each row's target columns (a fresh array per row). */
function projectRows(block: Block, ctx: ExecContext, columns: readonly TargetColumn[], sink: (values: Value[]) => void): void {
  const fns = columns.map((c) => compileValue(c.expr, ctx.results));
  const width = fns.length;
  executeBlock(block, ctx, (row) => {
    const out = new Array<Value>(width);
    for (let i = 0; i < width; i++) out[i] = fns[i]!(row);
    sink(out);
  });
}

/** Run a block and evaluate target columns per row; `unique` keeps the first of equal rows. */
function evaluate(
  env: StatementEnv,
  block: Block,
  columns: readonly TargetColumn[],
  unique = false,
): Value[][] {
  const ctx = execContext(env, block);
  prepareBlock(block, ctx);
  if (unique) {
    const grouped = groupedShortcut(block, columns, ctx);
    if (grouped !== null) return grouped;
  }
  const budget = new ResultBudget(columns.length);
  if (!unique) {
    const rows: Value[][] = [];
    projectRows(block, ctx, columns, (values) => {
      budget.add(values);
      rows.push(values);
    });
    return rows;
  }
  const fns = columns.map((c) => compileValue(c.expr, ctx.results));
  const width = fns.length;
  const distinct = new DistinctRows();
  const scratch = new Array<Value>(width);
  executeBlock(block, ctx, (row) => {
    for (let i = 0; i < width; i++) scratch[i] = fns[i]!(row);
    if (distinct.add(scratch)) budget.add(scratch);
  });
  return distinct.rows;
}


function sameExpr(a: BExpr, b: BExpr): boolean {
  return a.k === 'attr' && b.k === 'attr' && a.slot === b.slot && a.index === b.index;
}

/**
 * `retrieve unique (t.g, x = agg(… by t.g))` over one relation without a qualification:
 * the distinct outer rows are exactly the aggregate's partitions, so the rows come from
 * its table without a second pass over the relation. null when the shape does not fit —
 * also when a by-value is not among the columns: two partitions may then give equal rows.
 */
function groupedShortcut(block: Block, columns: readonly TargetColumn[], ctx: ExecContext): Value[][] | null {
  if (block.slots.length !== 1 || block.clauses.length > 0 || block.aggs.length === 0) return null;
  const relation = block.slots[0]!.relation;
  const first = block.aggs[0]!;
  for (const agg of block.aggs) {
    const inner = agg.block;
    if (agg.by.length === 0 || agg.onlyWhere || inner.slots.length !== 1 || inner.clauses.length > 0)
      return null;
    if (inner.slots[0]!.relation.id !== relation.id) return null;
    if (agg.by.length !== first.by.length) return null;
    for (let i = 0; i < agg.by.length; i++) {
      if (!sameExpr(agg.by[i]!, first.by[i]!) || !sameExpr(agg.outerBy[i]!, first.outerBy[i]!)) return null;
    }
  }
  const pick: ((k: GroupKey, by: readonly Value[]) => Value)[] = [];
  const shown = new Set<number>();
  for (const column of columns) {
    const e = column.expr;
    if (e.k === 'agg' && block.aggs.includes(e.agg)) {
      const result = ctx.results.get(e.agg);
      if (result?.kind !== 'table') return null;
      pick.push((k) => result.table.get(k) ?? result.missing);
      continue;
    }
    if (e.k === 'const') {
      pick.push(() => e.value);
      continue;
    }
    const index = first.outerBy.findIndex((b) => sameExpr(b, e));
    if (index < 0) return null;
    shown.add(index);
    pick.push((_k, by) => by[index]!);
  }
  if (shown.size < first.outerBy.length) return null;
  const result = ctx.results.get(first);
  if (result?.kind !== 'table') return null;
  ctx.trace?.steps.push(`grouped ${relation.name}`);
  const rows: Value[][] = [];
  for (const [k, by] of result.byValues) rows.push(pick.map((p) => p(k, by)));
  return rows;
}

// ---------------------------------------------------------------- aggregates for another host

/**
 * One aggregate on its own (`count(e.id by e.dept where …)`), as the host of its relations
 * computes it for a distributed master: the rows of its result (aggregateRows: the value of
 * a simple aggregate; by-values then value for each partition with qualifying tuples),
 * which the master takes in place of computing it (aggregateFromRows). Runs with the
 * owner's rights, as a fetch's subquery: the master checked the statement's permits.
 */
export function prepareAggregate(env: StatementEnv, aggregate: ast.Aggregate): PreparedStatement {
  const ctx = newContext(analyzeEnv(env), env.scope);
  const bound = bindValue(ctx, aggregate);
  assert(bound.k === 'agg', 'an aggregate binds to an aggregate');
  const spec = bound.agg;
  return {
    locks: lockSet([...readNames(ctx.block), ...catalogReads(ctx)], []),
    writes: false,
    run(): StatementResult[] {
      const ectx = execContext(env, ctx.block);
      prepareBlock(ctx.block, ectx);
      const result = ectx.results.get(spec);
      assert(result !== undefined, 'the aggregate was computed');
      const columns = [...spec.by.map((b, i) => ({ name: `by${i}`, type: resultType(b.type) })), { name: 'value', type: resultType(spec.type) }];
      return [{ kind: 'rows', title: null, columns, rows: aggregateRows(result) }];
    },
  };
}

// ---------------------------------------------------------------- retrieve

/** Sort rows on the given column order (each ascending unless flagged), stable. */
export function sortRows(rows: Value[][], order: readonly SortKey[]): void {
  rows.sort(rowComparator(order));
}

function resultType(type: QType): QType {
  return type.kind === 'c' && type.length === 0 ? { kind: 'c', length: 1 } : type;
}

export function prepareRetrieve(env: StatementEnv, stmt: ast.RetrieveStmt): PreparedStatement {
  const ctx = newContext(analyzeEnv(env), env.scope);
  const columns = bindTargetList(ctx, stmt.targets);
  addWhere(ctx, stmt.where);
  const line = stmt.pos.line;
  const order: { index: number; descending: boolean }[] = [];
  for (const key of stmt.sortBy) {
    const index = columns.findIndex((c) => c.name === key.name);
    if (index < 0) throw ingresError(2140, key.pos.line, key.name);
    order.push({ index, descending: key.order === 'descending' });
  }
  const into = stmt.into;
  if (into !== null) {
    if (lookupRelation(env.txn, into) !== undefined) throw ingresError(2135, into);
    const names = new Set<string>();
    for (const c of columns) {
      if (names.has(c.name)) throw ingresError(2118, line, c.name);
      names.add(c.name);
    }
    validateStructure(env.options.retrieveIntoStructure);
  }
  applyPermits(env, ctx.block, columns.map((c) => c.expr));
  const writes = into === null ? [] : [into, CATALOG_LOCK];
  return {
    locks: withCatalogReads(ctx, into === null ? keyedLocks(ctx.block, null) : null) ?? lockSet([...readNames(ctx.block), ...catalogReads(ctx)], writes),
    // retrieve into runs its own storage statement (retrieveInto)
    writes: false,
    run(): StatementResult[] {
      const resultColumns = columns.map((c) => ({ name: c.name, type: resultType(c.expr.type) }));
      if (into !== null && intoStreams(env, stmt.unique, order.length > 0) && streamable(ctx.block, null)) {
        // the rows go to the new relation as the block yields them: no result held in memory
        const tuples = retrieveInto(env, into, resultColumns, (add, relation) =>
          streamRows(env, ctx.block, columns, stmt.unique ? uniqueRows(env, relation, add) : add));
        return [{ kind: 'done', statement: 'Retrieve', tuples }];
      }
      if (into === null && env.spool === true) {
        // past what the daemon holds in memory the rows go to a temporary file; sorted in
        // memory-sized runs first when they must be
        const rows = stmt.unique || order.length > 0
          ? sortedRows(env, ctx.block, columns, stmt.unique, uniqueOrder(order, columns.length, stmt.unique))
          : spoolRows(columns.length, (add) => streamRows(env, ctx.block, columns, add));
        return [{ kind: 'rows', title: null, columns: resultColumns, ...rows }];
      }
      const rows = evaluate(env, ctx.block, columns, stmt.unique);
      if (stmt.unique || order.length > 0) sortRows(rows, uniqueOrder(order, columns.length, stmt.unique));
      if (into === null) return [{ kind: 'rows', title: null, columns: resultColumns, rows }];
      const tuples = retrieveInto(env, into, resultColumns, (add) => {
        for (const row of rows) add(row);
      });
      return [{ kind: 'done', statement: 'Retrieve', tuples }];
    },
  };
}

/** The sort order of a retrieve: `sort by`'s keys, then (`unique`) every other column
 *  ascending, so that equal rows are adjacent. */
function uniqueOrder(order: readonly SortKey[], width: number, unique: boolean): SortKey[] {
  if (!unique) return [...order];
  const seen = new Set(order.map((o) => o.index));
  return [...order, ...Array.from({ length: width }, (_c, index) => ({ index, descending: false })).filter((o) => !seen.has(o.index))];
}

/**
 * A retrieve's rows sorted on `order` (and made unique), whatever their number: the
 * grouped shortcut of `unique` when it applies (its rows are the aggregate's groups),
 * else an ExternalSort whose runs past the spool memory go to temporary files.
 */
function sortedRows(
  env: StatementEnv, block: Block, columns: readonly TargetColumn[], unique: boolean, order: readonly SortKey[],
): { rows: Value[][]; spooled?: SpooledRows } {
  const ctx = execContext(env, block);
  const sorter = new ExternalSort(columns.length, order, unique);
  try {
    return env.txn.streamingReads(() => {
      prepareBlock(block, ctx);
      const grouped = unique ? groupedShortcut(block, columns, ctx) : null;
      if (grouped !== null) {
        sortRows(grouped, order);
        return { rows: grouped };
      }
      projectRows(block, ctx, columns, (values) => sorter.add(values));
      return sorter.finish();
    });
  } catch (error) {
    sorter.discard();
    throw error;
  }
}

/**
 * Whether `retrieve into` may store its rows as the block yields them (no result held in
 * memory). A plain one always may. `sort by` cannot change what a structure that orders
 * its tuples by their values stores (every one but heap and cheap, which keep the order
 * rows arrive in; truncated stores none). `unique` streams into heapsort and cheapsort
 * (the default): there rows equal under compareValues share every key component, so one
 * seek finds an earlier one (`uniqueRows`). Elsewhere the rows are sorted and made unique
 * first, within the result budget.
 */
function intoStreams(env: StatementEnv, unique: boolean, sorted: boolean): boolean {
  const structure = validateStructure(env.options.retrieveIntoStructure);
  if (structure === 'truncated') return true;
  if (unique) return structure === 'heapsort' || structure === 'cheapsort';
  return !sorted || (structure !== 'heap' && structure !== 'cheap');
}

/**
 * `add` for `retrieve unique into` a heapsort relation (keyed on every column): a row equal
 * under compareValues to one stored already is dropped, so the first of equal rows is
 * kept, as `unique` keeps it. A 32-bit hash of each row offered (blank-insensitive, as
 * equality is) spares the seek for a row whose hash is new.
 */
function uniqueRows(env: StatementEnv, relation: RelationDesc, add: (values: readonly Value[]) => void): (values: readonly Value[]) => void {
  const keyed = relation.keys.map((k) => k.attribute);
  const order = [...keyed, ...relation.attributes.map((_a, index) => index).filter((index) => !keyed.includes(index))];
  const seen = new HashSet32();
  return (values) => {
    if (!seen.add(rowHash(values))) {
      for (const tuple of env.txn.seekEqual(relation, order.map((index) => values[index]!))) {
        if (sameRow(tuple.values, values)) return;
      }
    }
    add(values);
  };
}

/**
 * The storage statement of `retrieve into`: the relation is created, given its structure
 * while empty (cheapsort unless the session says otherwise), and loaded with the rows as
 * `fill` hands them over — stored once, in their final place, duplicates (chars compared
 * without blanks) dropped as modify drops them. Returns the number of tuples kept.
 */
function retrieveInto(
  env: StatementEnv,
  into: string,
  resultColumns: readonly { readonly name: string; readonly type: QType }[],
  fill: (add: (values: readonly Value[]) => void, relation: RelationDesc) => void,
): number {
  const structure = validateStructure(env.options.retrieveIntoStructure);
  const keyed = structure !== 'heap' && structure !== 'cheap' && structure !== 'truncated';
  const sorted = structure === 'heapsort' || structure === 'cheapsort';
  const keys = keyed && !sorted ? [{ attribute: resultColumns[0]!.name, order: 'ascending' as const }] : [];
  return env.txn.statement(() => {
    env.txn.createRelation({ name: into, owner: env.user, attributes: resultColumns, saveDays: 7 });
    const relation = env.txn.modifyRelation(into, { structure, keys });
    // a session whose retrieve-into structure is truncated gets empty relations (the rows
    // are still evaluated: their errors are the statement's)
    const drop = (): void => undefined;
    return env.txn.load(relation, (add) => fill(structure === 'truncated' ? drop : add, relation));
  });
}

// ---------------------------------------------------------------- update targets

interface UpdateTarget {
  /** the stored relation written */
  readonly relation: RelationDesc;
  /** slot of the updated variable in the block (replace/delete) */
  readonly slot: number;
  /** view column name → attribute index of the base relation (identity for relations) */
  readonly attributeOf: (name: string, line: number) => number;
}

function checkUpdatable(relation: RelationDesc, line: number): void {
  if (relation.kind === 'catalog' || relation.kind === 'index') throw ingresError(2107, line, relation.name);
}

/** The variable of replace/delete: a relation slot, or a single-relation view. */
function updateVariable(ctx: AnalyzeContext, variable: string, line: number): UpdateTarget {
  const bound = bindVariable(ctx, variable, line);
  if (typeof bound === 'number') {
    const relation = ctx.block.slots[bound]!.relation;
    checkUpdatable(relation, line);
    return { relation, slot: bound, attributeOf: attributeIndex(relation) };
  }
  const slot = bound.slots[0];
  if (bound.slots.length !== 1 || slot === undefined) throw ingresError(3300, bound.viewName);
  const relation = ctx.block.slots[slot]!.relation;
  checkUpdatable(relation, line);
  return {
    relation,
    slot,
    attributeOf(name, at) {
      const column = bound.columns.get(name);
      if (column === undefined) throw ingresError(2130, at, name, bound.viewName);
      if (column.k !== 'attr' || column.slot !== slot) throw ingresError(3300, bound.viewName);
      return column.index;
    },
  };
}

function attributeIndex(relation: RelationDesc): (name: string, line: number) => number {
  return (name, line) => {
    const index = relation.attributes.findIndex((a) => a.name === name);
    if (index < 0) throw ingresError(2130, line, name, relation.name);
    return index;
  };
}

interface Assignment {
  readonly index: number;
  readonly column: TargetColumn;
  readonly to: QType;
}

function assignments(target: UpdateTarget, columns: readonly TargetColumn[], line: number): Assignment[] {
  const seen = new Set<number>();
  return columns.map((column) => {
    const index = target.attributeOf(column.name, line);
    if (seen.has(index)) throw ingresError(2118, line, column.name);
    seen.add(index);
    const to = target.relation.attributes[index]!.type;
    if ((to.kind === 'c') !== (column.expr.type.kind === 'c')) throw ingresError(2103, line, column.name);
    return { index, column, to };
  });
}

function defaults(relation: RelationDesc): Value[] {
  return relation.attributes.map((a) => (a.type.kind === 'c' ? '' : 0));
}

// ---------------------------------------------------------------- append

export function prepareAppend(env: StatementEnv, stmt: ast.AppendStmt): PreparedStatement {
  const line = stmt.pos.line;
  const entry = lookupRelation(env.txn, stmt.relation);
  if (entry === undefined) throw ingresError(2108, line, stmt.relation);
  const ctx = newContext(analyzeEnv(env), env.scope);
  let target: UpdateTarget;
  if (entry.kind === 'relation') {
    checkUpdatable(entry.relation, line);
    target = { relation: entry.relation, slot: -1, attributeOf: attributeIndex(entry.relation) };
  } else {
    // a view: instantiate it in a scratch block to map its columns onto one base relation
    const scratch = newContext(analyzeEnv(env), { id: '$append', resolve: () => entry }, undefined);
    const viewTarget = updateVariable(scratch, stmt.relation, line);
    target = { ...viewTarget, slot: -1 };
  }
  const columns = bindTargetList(ctx, stmt.targets);
  addWhere(ctx, stmt.where);
  const assigned = assignments(target, columns, line);
  applyPermits(env, ctx.block, columns.map((c) => c.expr));
  checkAppendPermit(env, target.relation, assigned.map((a) => target.relation.attributes[a.index]!.name));
  const checkIntegrity = integrityCheck(env, target.relation);
  const build = (row: readonly Value[]): Value[] => {
    const tuple = defaults(target.relation);
    assigned.forEach((a, i) => {
      tuple[a.index] = coerce(row[i]!, a.column.expr.type, a.to, line);
    });
    return tuple;
  };
  const reads = readNames(ctx.block);
  return {
    locks: withCatalogReads(ctx, appendLocks(target.relation, reads.length === 0 ? constantTuple(columns, build) : null))
      ?? lockSet([...reads, ...catalogReads(ctx)], [target.relation.name]),
    writes: true,
    run(): StatementResult[] {
      let count = 0;
      const store = (tuple: Value[]): void => {
        if (checkIntegrity(tuple) && env.txn.insert(target.relation, tuple)) count++;
      };
      // rows from other relations go in as they come; a block that reads the target (or a
      // catalog) is evaluated whole first, so it never reads a tuple this append stored
      if (streamable(ctx.block, target.relation)) streamRows(env, ctx.block, columns, (row) => store(build(row)));
      else for (const row of evaluate(env, ctx.block, columns)) store(build(row));
      return [{ kind: 'done', statement: 'Append', tuples: count }];
    },
  };
}

/** The tuple an append of constants stores (its target list evaluated with no row), or
 *  null when a value does not evaluate (the append's run reports the error). */
function constantTuple(columns: readonly TargetColumn[], build: (row: readonly Value[]) => Value[]): Value[] | null {
  try {
    return build(columns.map((c) => compileValue(c.expr, new Map())([])));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- replace / delete

/**
 * The tuples of `slot` that qualify, each once however often it qualifies (by its key),
 * with its new values — `next(old values, the extra columns of the first row that
 * qualified it)` — or none for a delete (`update` null). Packed outside the JS heap
 * (targets.ts) until they are applied.
 */
function collectTargets(
  env: StatementEnv,
  block: Block,
  slot: number,
  update: { readonly columns: readonly TargetColumn[]; readonly next: (old: readonly Value[], extra: readonly Value[]) => Value[] } | null,
): TargetList {
  const ctx = execContext(env, block);
  const targets = new TargetList();
  // nothing is written until every target is collected: the scans need not be held whole
  env.txn.streamingReads(() => {
    prepareBlock(block, ctx);
    const fns = update === null ? [] : update.columns.map((c) => compileValue(c.expr, ctx.results));
    const extra = new Array<Value>(fns.length);
    // each target once: only the target and what the new values read need every match
    const needed = new Set([slot]);
    for (const c of update?.columns ?? []) slotsOf(c.expr, needed);
    executeBlock(block, ctx, (row: Row) => {
      const tuple = row[slot]!;
      const ref = tuple.ref;
      assert(ref instanceof Uint8Array, 'a stored tuple without a key');
      targets.add(ref, () => {
        if (update === null) return null;
        for (let i = 0; i < fns.length; i++) extra[i] = fns[i]!(row);
        return update.next(tuple.values, extra);
      });
    }, needed);
  });
  return targets;
}

export function prepareReplace(env: StatementEnv, stmt: ast.ReplaceStmt): PreparedStatement {
  const line = stmt.pos.line;
  for (const t of stmt.targets) if (t.kind === 'TargetAll') throw ingresError(2123, t.pos.line);
  const ctx = newContext(analyzeEnv(env), env.scope);
  const target = updateVariable(ctx, stmt.variable, line);
  const columns = bindTargetList(ctx, stmt.targets);
  addWhere(ctx, stmt.where);
  const assigned = assignments(target, columns, line);
  applyPermits(env, ctx.block, columns.map((c) => c.expr), {
    slot: target.slot,
    op: 'replace',
    attributes: assigned.map((a) => a.index),
  });
  const checkIntegrity = integrityCheck(env, target.relation);
  const changesKey = assigned.some((a) => target.relation.keys.some((k) => k.attribute === a.index));
  return {
    locks: withCatalogReads(ctx, keyedLocks(ctx.block, target.relation, changesKey)) ?? lockSet([...readNames(ctx.block), ...catalogReads(ctx)], [target.relation.name]),
    writes: true,
    run(): StatementResult[] {
      const changes = collectTargets(env, ctx.block, target.slot, {
        columns,
        next(old, extra) {
          const next = old.slice();
          assigned.forEach((a, i) => {
            next[a.index] = coerce(extra[i]!, a.column.expr.type, a.to, line);
          });
          return next;
        },
      });
      let count = 0;
      for (const { ref, values: next } of changes) {
        if (!checkIntegrity(next!)) continue;
        env.txn.update(target.relation, ref, next!);
        count++;
      }
      return [{ kind: 'done', statement: 'Replace', tuples: count }];
    },
  };
}

export function prepareDelete(env: StatementEnv, stmt: ast.DeleteStmt): PreparedStatement {
  const line = stmt.pos.line;
  const ctx = newContext(analyzeEnv(env), env.scope);
  const target = updateVariable(ctx, stmt.variable, line);
  addWhere(ctx, stmt.where);
  applyPermits(env, ctx.block, [], { slot: target.slot, op: 'delete', attributes: [] });
  return {
    locks: withCatalogReads(ctx, keyedLocks(ctx.block, target.relation)) ?? lockSet([...readNames(ctx.block), ...catalogReads(ctx)], [target.relation.name]),
    writes: true,
    run(): StatementResult[] {
      const victims = collectTargets(env, ctx.block, target.slot, null);
      for (const { ref } of victims) env.txn.delete(target.relation, ref);
      return [{ kind: 'done', statement: 'Delete', tuples: victims.size }];
    },
  };
}
