/*
 * block-exec.ts — the planner and executor of one query block. Aggregates are computed
 * first (inner blocks, recursively). Then: one-variable clauses are pushed to each
 * slot's access path (primary-key seek, range seek, secondary index, or scan); the
 * cheapest slot starts; the others join one at a time by hash join on equi-join
 * clauses, or index nested loop when an index matches and the left side is small;
 * remaining clauses filter as soon as their slots are bound. Plans adapt to the actual
 * intermediate sizes, since every step but the last is materialized.
 */
import type { RelationDesc, StoredTuple, Transaction, KeyBound } from '../storage/api.js';
import type { Value } from '../types/value.js';
import { Accumulator } from './aggregate.js';
import { slotsOf } from './bound.js';
import type { AggSpec, BExpr, Block } from './bound.js';
import { compilePred, compileValue, flipped, groupKey, groupKeyFn } from './compile.js';
import type { AggResult, AggResults, GroupKey, PredFn, Row, ValueFn } from './compile.js';
import { UNCONTROLLED, type RunControl } from './run-control.js';
import type { GivenAggregates } from './env.js';

export type Sink = (row: Row) => void;

interface Clause {
  readonly expr: BExpr;
  readonly slots: readonly number[];
  readonly pred: PredFn;
}

/** How one slot's tuples are fetched. */
export interface AccessPath {
  readonly kind: 'scan' | 'scanRange' | 'seekEqual' | 'seekRange' | 'seekIndex' | 'empty';
  /** estimated tuples read */
  readonly cost: number;
  readonly describe: string;
  readonly fetch: () => Iterable<StoredTuple>;
  /** the relation read (for the per-statement scan cache) */
  readonly relation?: RelationDesc;
}

/** A record of the plan actually run (for tests and `explain`-style debugging). */
export interface PlanTrace {
  readonly steps: string[];
}

export interface ExecContext {
  readonly txn: Transaction;
  readonly results: AggResults;
  readonly trace?: PlanTrace;
  /** full scans already read in this statement (set when aggregates scan a relation again) */
  scans?: Map<number, StoredTuple[]>;
  /** the run's cancellation: every loop over tuples or rows ticks it (run-control.ts) */
  readonly control?: RunControl;
  /** aggregates computed elsewhere (StatementEnv.aggregates) */
  readonly aggregates?: GivenAggregates;
}

// ---------------------------------------------------------------- aggregates

/** Compute every aggregate of the block that is not computed yet. */
export function prepareBlock(block: Block, ctx: ExecContext): void {
  for (const spec of block.aggs) {
    if (!ctx.results.has(spec)) computeAggregate(spec, ctx);
  }
}

/**
 * min of the first key attribute of an ordered structure (isam, btree, or a secondary
 * index) over a whole relation: the first entry in key order, no scan.
 */
function minByKey(spec: AggSpec, ctx: ExecContext): boolean {
  const block = spec.block;
  const arg = spec.arg;
  if (spec.fn !== 'min' || spec.by.length > 0 || block.slots.length !== 1 || block.clauses.length > 0)
    return false;
  if (arg.k !== 'attr' || block.aggs.length > 0) return false;
  const relation = block.slots[0]!.relation;
  let source: Iterable<StoredTuple> | null = null;
  const first = relation.keys[0];
  if (
    (relation.structure === 'isam' || relation.structure === 'btree') &&
    first?.attribute === arg.index &&
    first.order === 'ascending'
  ) {
    source = ctx.txn.seekRange(relation, null, null);
  } else {
    const name = relation.attributes[arg.index]!.name;
    for (const indexName of relation.indexes) {
      const index = ctx.txn.relation(indexName);
      if (
        index?.attributes[0]?.name === name &&
        (index.structure === 'isam' || index.structure === 'btree')
      ) {
        source = ctx.txn.seekIndex(index, null, null);
        break;
      }
    }
  }
  if (source === null) return false;
  ctx.trace?.steps.push(`min by key ${relation.name}`);
  let value: Value = spec.type.kind === 'c' ? '' : 0;
  for (const tuple of source) {
    value = tuple.values[arg.index]!;
    break;
  }
  ctx.results.set(spec, { kind: 'scalar', value });
  return true;
}

function computeAggregate(spec: AggSpec, ctx: ExecContext): void {
  const given = ctx.aggregates?.(spec);
  if (given !== undefined) {
    ctx.results.set(spec, given);
    return;
  }
  if (minByKey(spec, ctx)) return;
  prepareBlock(spec.block, ctx);
  const arg = compileValue(spec.arg, ctx.results);
  if (spec.by.length === 0) {
    const acc = new Accumulator(spec.fn);
    executeBlock(spec.block, ctx, (row) => acc.add(arg(row)));
    ctx.results.set(spec, { kind: 'scalar', value: acc.result(spec.type) });
    return;
  }
  const byFns = spec.by.map((b) => compileValue(b, ctx.results));
  const key = groupKeyFn(byFns);
  const groups = new Map<GroupKey, Accumulator>();
  const byValues = new Map<GroupKey, Value[]>();
  executeBlock(spec.block, ctx, (row) => {
    const k = key(row);
    let acc = groups.get(k);
    if (acc === undefined) {
      acc = new Accumulator(spec.fn);
      groups.set(k, acc);
      byValues.set(
        k,
        byFns.map((f) => f(row)),
      );
    }
    acc.add(arg(row));
  });
  const table = new Map<GroupKey, Value>();
  for (const [k, acc] of groups) table.set(k, acc.result(spec.type));
  ctx.results.set(spec, {
    kind: 'table',
    table,
    missing: new Accumulator(spec.fn).result(spec.type),
    byValues,
  });
}

/**
 * An aggregate's result from the rows another host computed it as (aggregateRows): its
 * value for a simple aggregate; by-values then value for each partition of a function.
 */
export function aggregateFromRows(spec: AggSpec, rows: Iterable<readonly Value[]>): AggResult {
  if (spec.by.length === 0) {
    let value: Value | undefined;
    for (const row of rows) value = row[0];
    return { kind: 'scalar', value: value ?? new Accumulator(spec.fn).result(spec.type) };
  }
  const width = spec.by.length;
  const table = new Map<GroupKey, Value>();
  const byValues = new Map<GroupKey, Value[]>();
  for (const row of rows) {
    const by = row.slice(0, width);
    const k = groupKey(by);
    table.set(k, row[width]!);
    byValues.set(k, by);
  }
  return { kind: 'table', table, missing: new Accumulator(spec.fn).result(spec.type), byValues };
}

/**
 * What `aggregateFromRows` reads back: a computed aggregate as rows (one row, the value,
 * for a simple aggregate; by-values then value per partition).
 */
export function aggregateRows(result: AggResult): Value[][] {
  if (result.kind === 'scalar') return [[result.value]];
  const rows: Value[][] = [];
  for (const [k, by] of result.byValues) rows.push([...by, result.table.get(k) ?? result.missing]);
  return rows;
}

/** prepare + execute. */
export function runBlock(block: Block, ctx: ExecContext, sink: Sink): void {
  prepareBlock(block, ctx);
  executeBlock(block, ctx, sink);
}

// ---------------------------------------------------------------- access paths

interface Sarg {
  eq?: Value;
  low?: KeyBound;
  high?: KeyBound;
  impossible?: boolean;
}

const constantValue = (expr: BExpr, results: AggResults): Value => compileValue(expr, results)([]);

/** Collect `attr op constant` facts of one slot, per attribute index. */
function sargsOf(
  slot: number,
  clauses: readonly Clause[],
  results: AggResults,
  relation: RelationDesc,
): Map<number, Sarg> {
  const sargs = new Map<number, Sarg>();
  for (const clause of clauses) {
    const e = clause.expr;
    if (e.k !== 'cmp' || e.patternSide !== null || e.op === '!=') continue;
    let attr: BExpr;
    let other: BExpr;
    let op: string = e.op;
    if (e.left.k === 'attr' && e.left.slot === slot && slotsOf(e.right).size === 0) {
      attr = e.left;
      other = e.right;
    } else if (e.right.k === 'attr' && e.right.slot === slot && slotsOf(e.left).size === 0) {
      attr = e.right;
      other = e.left;
      op = flipped(op);
    } else {
      continue;
    }
    if (attr.k !== 'attr') continue;
    const type = relation.attributes[attr.index]!.type;
    let value = constantValue(other, results);
    const sarg = sargs.get(attr.index) ?? {};
    sargs.set(attr.index, sarg);
    if (type.kind === 'c' ? typeof value !== 'string' : typeof value !== 'number') continue;
    if (type.kind === 'i' && typeof value === 'number' && !Number.isInteger(value)) {
      if (op === '=') {
        sarg.impossible = true;
        continue;
      }
      value = op === '>' || op === '>=' ? Math.ceil(value) : Math.floor(value);
      op = op === '>' ? '>=' : op === '<' ? '<=' : op;
    }
    if (type.kind === 'i') {
      const limit = type.length === 1 ? 128 : type.length === 2 ? 32768 : 2147483648;
      if ((value as number) >= limit || (value as number) < -limit) {
        if (op === '=') sarg.impossible = true;
        continue;
      }
    }
    if (op === '=') sarg.eq = value;
    else if (op === '>' || op === '>=') sarg.low = { values: [value], inclusive: op === '>=' };
    else sarg.high = { values: [value], inclusive: op === '<=' };
  }
  return sargs;
}

/**
 * Relative cost of one tuple read through a key range / a secondary index, a scanned
 * tuple costing 1 (measured on the lmdb storage: a scan reads pages in key order, a
 * range seek positions a cursor, an index fetches each base tuple separately). Without
 * value statistics a one-sided range is guessed at 30% of the relation, a two-sided one
 * at 10-12%: so a two-sided range seeks, a one-sided range scans, and so does a secondary-index range.
 */
const RANGE_TUPLE_COST = 4;
const INDEX_TUPLE_COST = 10;

/** Choose how to read a slot given its one-variable clauses. */
export function chooseAccess(
  txn: Transaction,
  relation: RelationDesc,
  sargs: ReadonlyMap<number, Sarg>,
): AccessPath {
  const total = Math.max(relation.tupleCount, 1);
  let best: AccessPath = {
    kind: 'scan',
    cost: total,
    describe: `scan ${relation.name}`,
    fetch: () => txn.scan(relation),
    relation,
  };
  for (const sarg of sargs.values()) {
    if (sarg.impossible === true) return { kind: 'empty', cost: 0, describe: 'empty', fetch: () => [] };
  }
  const consider = (path: AccessPath): void => {
    if (path.cost < best.cost) best = path;
  };
  const keys = relation.keys;
  if (keys.length > 0 && relation.structure !== 'heap') {
    // equality on a key prefix (hash: the whole key)
    const prefix: Value[] = [];
    for (const key of keys) {
      const eq = sargs.get(key.attribute)?.eq;
      if (eq === undefined) break;
      prefix.push(eq);
    }
    const whole = prefix.length === keys.length;
    if (prefix.length > 0 && (whole || relation.structure !== 'hash')) {
      const cost = whole ? 1 + total * 0.001 : 1 + total * 0.01;
      consider({
        kind: 'seekEqual',
        cost,
        describe: `seek ${relation.name} key = ${prefix.join(',')}`,
        fetch: () => txn.seekEqual(relation, prefix),
      });
    }
    const first = keys[0]!;
    const range = sargs.get(first.attribute);
    if (
      relation.structure !== 'hash' &&
      first.order === 'ascending' &&
      range !== undefined &&
      (range.low !== undefined || range.high !== undefined)
    ) {
      const low = range.low ?? null;
      const high = range.high ?? null;
      const cost = 2 + total * (low !== null && high !== null ? 0.1 : 0.3) * RANGE_TUPLE_COST;
      consider({
        kind: 'seekRange',
        cost,
        describe: `range ${relation.name}`,
        fetch: () => txn.seekRange(relation, low, high),
      });
    }
  }
  // a scan that keeps only a range of one number attribute: off a cached relation it reads
  // that attribute's column and decodes only the tuples in range (Store.scanRange); it
  // costs a little less than a scan and more than any key or index path
  let ranged: { attribute: number; low: KeyBound | null; high: KeyBound | null; rank: number } | null = null;
  for (const [attribute, sarg] of sargs) {
    if (relation.attributes[attribute]?.type.kind === 'c') continue;
    const eq: KeyBound | null = sarg.eq === undefined ? null : { values: [sarg.eq], inclusive: true };
    const low = eq ?? sarg.low ?? null;
    const high = eq ?? sarg.high ?? null;
    const rank = eq !== null ? 3 : low !== null && high !== null ? 2 : low !== null || high !== null ? 1 : 0;
    if (rank > (ranged?.rank ?? 0)) ranged = { attribute, low, high, rank };
  }
  if (ranged !== null) {
    const { attribute, low, high } = ranged;
    consider({
      kind: 'scanRange',
      cost: 2 + total * 0.95,
      describe: `scan ${relation.name} where ${relation.attributes[attribute]?.name ?? attribute} in range`,
      fetch: () => txn.scanRange(relation, attribute, low, high),
    });
  }
  for (const indexName of relation.indexes) {
    const index = txn.relation(indexName);
    const firstName = index?.attributes[0]?.name;
    if (index === undefined || firstName === undefined) continue;
    const attribute = relation.attributes.findIndex((a) => a.name === firstName);
    const sarg = sargs.get(attribute);
    if (sarg === undefined) continue;
    if (sarg.eq !== undefined) {
      const bound: KeyBound = { values: [sarg.eq], inclusive: true };
      consider({
        kind: 'seekIndex',
        cost: 2 + total * 0.012,
        describe: `index ${indexName} = ${String(sarg.eq)}`,
        fetch: () => txn.seekIndex(index, bound, bound),
      });
    } else if (sarg.low !== undefined || sarg.high !== undefined) {
      const low = sarg.low ?? null;
      const high = sarg.high ?? null;
      const cost = 3 + total * (low !== null && high !== null ? 0.12 : 0.35) * INDEX_TUPLE_COST;
      consider({
        kind: 'seekIndex',
        cost,
        describe: `index range ${indexName}`,
        fetch: () => txn.seekIndex(index, low, high),
      });
      if (low !== null && high !== null) {
        // no statistics say how many tuples a two-sided range holds: read it through the
        // index while that stays cheaper than a scan (at most `cap` tuples), else scan
        const cap = Math.floor(total / INDEX_TUPLE_COST);
        consider({
          kind: 'seekIndex',
          cost: 3 + total * ADAPTIVE_RANGE_SHARE,
          describe: `index range ${indexName} up to ${cap}, else scan`,
          fetch: () => indexOrScan(() => txn.seekIndex(index, low, high), cap, () => txn.scan(relation)),
        });
      }
    }
  }
  return best;
}

/** the expected share of a scan an index-or-scan range costs: below a scan, above a key range */
const ADAPTIVE_RANGE_SHARE = 0.9;

/** The tuples of an index range when there are at most `cap` of them, else a scan (whose
 *  tuples the slot's filters restrict the same way). */
function indexOrScan(
  index: () => Iterable<StoredTuple>,
  cap: number,
  scan: () => Iterable<StoredTuple>,
): Iterable<StoredTuple> {
  const tuples: StoredTuple[] = [];
  for (const tuple of index()) {
    if (tuples.length >= cap) return scan();
    tuples.push(tuple);
  }
  return tuples;
}

/** Index-nested-loop probe for `slot.attr = value`, when the slot's relation has a matching key or index. */
function probeFor(
  txn: Transaction,
  relation: RelationDesc,
  attribute: number,
): ((value: Value) => Iterable<StoredTuple>) | null {
  const type = relation.attributes[attribute]!.type;
  const usable = (value: Value): boolean =>
    type.kind === 'c'
      ? typeof value === 'string'
      : typeof value === 'number' && (type.kind === 'f' || Number.isInteger(value));
  const keys = relation.keys;
  if (
    relation.structure !== 'heap' &&
    keys.length > 0 &&
    keys[0]!.attribute === attribute &&
    (relation.structure !== 'hash' || keys.length === 1)
  ) {
    return (value) => (usable(value) ? txn.seekEqual(relation, [value]) : []);
  }
  const name = relation.attributes[attribute]!.name;
  for (const indexName of relation.indexes) {
    const index = txn.relation(indexName);
    if (index?.attributes[0]?.name !== name) continue;
    return (value) => {
      if (!usable(value)) return [];
      const bound: KeyBound = { values: [value], inclusive: true };
      return txn.seekIndex(index, bound, bound);
    };
  }
  return null;
}

// ---------------------------------------------------------------- execution

interface SlotPlan {
  readonly slot: number;
  readonly access: AccessPath;
  readonly filters: readonly PredFn[];
  /** estimated output tuples */
  readonly estimate: number;
  /** only whether a tuple qualifies matters: the first one found stands for all */
  existsOnly?: boolean;
}

/**
 * Run the block (aggregates must be prepared) and hand every qualifying row to `sink`.
 * `needed`: the slots whose tuples the caller reads, when it takes each combination of them
 * once however often it qualifies (a replace's or delete's targets): a slot outside it that
 * no multi-variable clause links to the others then only has to hold one qualifying tuple
 * (`delete c where b.g != abs(b.f)` reads b until its first match, not |c| times).
 */
export function executeBlock(block: Block, ctx: ExecContext, sink: Sink, needed?: ReadonlySet<number>): void {
  const n = block.slots.length;
  const clauses: Clause[] = block.clauses.map((expr) => ({
    expr,
    slots: [...slotsOf(expr)],
    pred: compilePred(expr, ctx.results),
  }));
  for (const c of clauses) if (c.slots.length === 0 && !c.pred([])) return;
  if (n === 0) {
    sink([]);
    return;
  }
  const implied = impliedClauses(clauses, ctx.results);
  const plans: SlotPlan[] = [];
  for (let slot = 0; slot < n; slot++) {
    const relation = block.slots[slot]!.relation;
    const single = clauses.filter((c) => c.slots.length === 1 && c.slots[0] === slot);
    const derived = implied.filter((c) => c.slots[0] === slot);
    const access = chooseAccess(
      ctx.txn,
      relation,
      sargsOf(slot, [...single, ...derived], ctx.results, relation),
    );
    const filters = [...single, ...derived].map((c) => c.pred);
    plans.push({
      slot,
      access,
      filters,
      estimate: access.cost * Math.pow(0.5, single.length + derived.length),
    });
  }
  const multi = clauses.filter((c) => c.slots.length > 1);
  if (needed !== undefined) {
    for (const plan of plans) {
      if (needed.has(plan.slot) || multi.some((c) => c.slots.includes(plan.slot))) continue;
      plan.existsOnly = true;
      ctx.trace?.steps.push(`exists ${block.slots[plan.slot]!.relation.name}`);
    }
  }
  if (n === 1) {
    const plan = plans[0]!;
    ctx.trace?.steps.push(plan.access.describe);
    forEachTuple(ctx, plan, n, (tuple) => {
      const row: (StoredTuple | undefined)[] = [tuple];
      sink(row);
    });
    return;
  }
  joinAll(block, ctx, plans, multi, sink);
}

/**
 * Restrictions implied through equi-joins: `a.x = b.y and b.y < 10` gives `a.x < 10`, so
 * both sides can use a key or index range (transitivity; every implied clause is also
 * applied as a filter, which is harmless since it is implied).
 */
function impliedClauses(clauses: readonly Clause[], results: AggResults): Clause[] {
  const out: Clause[] = [];
  for (const join of clauses) {
    const e = join.expr;
    if (
      e.k !== 'cmp' ||
      e.op !== '=' ||
      e.left.k !== 'attr' ||
      e.right.k !== 'attr' ||
      e.left.slot === e.right.slot
    )
      continue;
    if ((e.left.type.kind === 'c') !== (e.right.type.kind === 'c')) continue;
    const pairs: [BExpr, BExpr][] = [
      [e.left, e.right],
      [e.right, e.left],
    ];
    for (const [from, to] of pairs) {
      if (from.k !== 'attr' || to.k !== 'attr') continue;
      for (const c of clauses) {
        const r = c.expr;
        if (r.k !== 'cmp' || r.patternSide !== null || r.op === '!=' || c.slots.length !== 1) continue;
        const same = (x: BExpr): boolean => x.k === 'attr' && x.slot === from.slot && x.index === from.index;
        let expr: BExpr | null = null;
        if (same(r.left) && slotsOf(r.right).size === 0) expr = { ...r, left: to };
        else if (same(r.right) && slotsOf(r.left).size === 0) expr = { ...r, right: to };
        if (expr !== null) out.push({ expr, slots: [to.slot], pred: compilePred(expr, results) });
      }
    }
  }
  return out;
}

function passes(filters: readonly PredFn[], row: Row): boolean {
  for (const f of filters) if (!f(row)) return false;
  return true;
}

/** The qualifying tuples of one slot (filters applied on a scratch row). */
function forEachTuple(ctx: ExecContext, plan: SlotPlan, n: number, each: (tuple: StoredTuple) => void): void {
  const { slot, filters } = plan;
  const scratch: (StoredTuple | undefined)[] = new Array<StoredTuple | undefined>(n);
  const control = ctx.control ?? UNCONTROLLED;
  let source: Iterable<StoredTuple>;
  if (plan.access.kind === 'scan' && ctx.scans !== undefined) {
    const relation = plan.access.relation!;
    let cached = ctx.scans.get(relation.id);
    if (cached === undefined) {
      cached = [];
      for (const tuple of plan.access.fetch()) {
        control.tick();
        cached.push(tuple);
      }
      ctx.scans.set(relation.id, cached);
    }
    source = cached;
  } else {
    source = plan.access.fetch();
  }
  const once = plan.existsOnly === true;
  if (filters.length === 0) {
    for (const tuple of source) {
      control.tick();
      each(tuple);
      if (once) return;
    }
    return;
  }
  for (const tuple of source) {
    control.tick();
    scratch[slot] = tuple;
    if (!passes(filters, scratch)) continue;
    each(tuple);
    if (once) return;
  }
}

function tuplesOf(ctx: ExecContext, plan: SlotPlan, n: number): StoredTuple[] {
  const out: StoredTuple[] = [];
  forEachTuple(ctx, plan, n, (tuple) => out.push(tuple));
  return out;
}

interface JoinEdge {
  readonly outer: ValueFn;
  readonly inner: ValueFn;
  readonly innerExpr: BExpr;
}

function edgesTo(
  slot: number,
  bound: ReadonlySet<number>,
  multi: readonly Clause[],
  results: AggResults,
): JoinEdge[] {
  const edges: JoinEdge[] = [];
  for (const c of multi) {
    const e = c.expr;
    if (e.k !== 'cmp' || e.op !== '=' || !c.slots.includes(slot)) continue;
    if (!c.slots.every((s) => s === slot || bound.has(s))) continue;
    const ls = slotsOf(e.left);
    const rs = slotsOf(e.right);
    const only = (s: Set<number>): boolean => s.size === 1 && s.has(slot);
    const outside = (s: Set<number>): boolean => s.size > 0 && !s.has(slot);
    if (only(ls) && outside(rs))
      edges.push({
        inner: compileValue(e.left, results),
        outer: compileValue(e.right, results),
        innerExpr: e.left,
      });
    else if (only(rs) && outside(ls))
      edges.push({
        inner: compileValue(e.right, results),
        outer: compileValue(e.left, results),
        innerExpr: e.right,
      });
  }
  return edges;
}

function joinAll(block: Block, ctx: ExecContext, plans: SlotPlan[], multi: Clause[], sink: Sink): void {
  const n = block.slots.length;
  const remaining = new Set(plans.map((p) => p.slot));
  const bound = new Set<number>();
  const applied = new Set<Clause>();
  let start = plans[0]!;
  for (const p of plans) if (p.estimate < start.estimate) start = p;
  ctx.trace?.steps.push(start.access.describe);
  let rows: Row[] = [];
  forEachTuple(ctx, start, n, (tuple) => {
    const row: (StoredTuple | undefined)[] = new Array<StoredTuple | undefined>(n);
    row[start.slot] = tuple;
    rows.push(row);
  });
  remaining.delete(start.slot);
  bound.add(start.slot);
  while (remaining.size > 0) {
    let next: SlotPlan | undefined;
    let nextEdges: JoinEdge[] = [];
    for (const slot of remaining) {
      const plan = plans[slot]!;
      const edges = edgesTo(slot, bound, multi, ctx.results);
      const better =
        next === undefined ||
        (edges.length > 0 && nextEdges.length === 0) ||
        (edges.length > 0 === nextEdges.length > 0 && plan.estimate < next.estimate);
      if (better) {
        next = plan;
        nextEdges = edges;
      }
    }
    const plan = next!;
    remaining.delete(plan.slot);
    bound.add(plan.slot);
    const post = multi.filter((c) => !applied.has(c) && c.slots.every((s) => bound.has(s)));
    for (const c of post) applied.add(c);
    const postFilters = post.map((c) => c.pred);
    const last = remaining.size === 0;
    const out: Row[] = [];
    const emit: Sink = last
      ? (row) => {
          if (passes(postFilters, row)) sink(row);
        }
      : (row) => {
          if (passes(postFilters, row)) out.push(row);
        };
    joinStep(ctx, block, rows, plan, nextEdges, emit);
    rows = out;
    if (!last && rows.length === 0) return;
  }
}

/** Outer rows this many times fewer than the inner relation's tuples → index nested loop. */
const INDEX_JOIN_FACTOR = 20;

function joinStep(
  ctx: ExecContext,
  block: Block,
  rows: Row[],
  plan: SlotPlan,
  edges: JoinEdge[],
  emit: Sink,
): void {
  const slot = plan.slot;
  const relation = block.slots[slot]!.relation;
  const n = block.slots.length;
  const control = ctx.control ?? UNCONTROLLED;
  const extend = (row: Row, tuple: StoredTuple): Row => {
    control.tick();
    const next = row.slice();
    next[slot] = tuple;
    return next;
  };
  // index nested loop: a key or index on the inner attribute, few outer rows
  for (const edge of edges) {
    if (edge.innerExpr.k !== 'attr') continue;
    const probe = probeFor(ctx.txn, relation, edge.innerExpr.index);
    if (probe === null || rows.length * INDEX_JOIN_FACTOR >= plan.access.cost) continue;
    ctx.trace?.steps.push(`index join ${relation.name}`);
    for (const row of rows) {
      const value = edge.outer(row);
      for (const tuple of probe(value)) {
        const next = extend(row, tuple);
        if (passes(plan.filters, next)) emit(next);
      }
    }
    return;
  }
  if (edges.length === 0) {
    const inner = tuplesOf(ctx, plan, n);
    ctx.trace?.steps.push(`product ${relation.name}`);
    for (const row of rows) for (const t of inner) emit(extend(row, t));
    return;
  }
  ctx.trace?.steps.push(`hash join ${relation.name}`);
  const innerKey = groupKeyFn(edges.map((e) => e.inner));
  const outerKey = groupKeyFn(edges.map((e) => e.outer));
  const scratch: (StoredTuple | undefined)[] = new Array<StoredTuple | undefined>(n);
  if (plan.estimate < rows.length) {
    // build on the slot's qualifying tuples, probe with the intermediate rows
    const table = new Map<GroupKey, StoredTuple[]>();
    forEachTuple(ctx, plan, n, (t) => {
      scratch[slot] = t;
      const k = innerKey(scratch);
      const list = table.get(k);
      if (list === undefined) table.set(k, [t]);
      else list.push(t);
    });
    for (const row of rows) {
      const matches = table.get(outerKey(row));
      if (matches !== undefined) for (const t of matches) emit(extend(row, t));
    }
  } else {
    const table = new Map<GroupKey, Row[]>();
    for (const row of rows) {
      const k = outerKey(row);
      const list = table.get(k);
      if (list === undefined) table.set(k, [row]);
      else list.push(row);
    }
    // build on the intermediate rows, stream the slot's tuples past them
    forEachTuple(ctx, plan, n, (t) => {
      scratch[slot] = t;
      const matches = table.get(innerKey(scratch));
      if (matches !== undefined) for (const row of matches) emit(extend(row, t));
    });
  }
}
