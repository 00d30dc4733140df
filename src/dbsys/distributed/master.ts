/*
 * master.ts — the master database system of a session on a database spread over several
 * hosts (DISTRIBUTED.md decisions 4–6). Each statement runs under a global transaction
 * id: one-variable subqueries of remote relations are detached and run at their owners
 * (Slave.Fetch; a relation that would come whole may be semi-joined to a smaller partner's
 * values), the rest runs here over the reduced tuples; an update whose target lives
 * elsewhere is shipped there (Slave.Execute); commit goes through the TM (2PC).
 */
import { assert, IngresError, ingresError, toIngresError } from '../../common/errors.js';
import type { DatabaseContext, LocalPart } from '../../cluster/api.js';
import { aggregateFromRows, lookupRelation, prepareStatement } from '../../executor/index.js';
import type { GivenAggregates, PlanTrace, PreparedStatement, Scope, StatementEnv } from '../../executor/index.js';
import { pb, type pbt } from '../../net/gen/index.js';
import { SlaveService } from '../../net/slave-service.js';
import type * as ast from '../../parser/ast.js';
import type { LockMode, LockRequest, RelationDesc, StoredTuple, Transaction } from '../../storage/api.js';
import { isKeyLock, lockCovers, mergeLockRequests } from '../../txn/lock-manager.js';
import { CATALOG_LOCK } from '../../storage/api.js';
import type { Value } from '../../types/value.js';
import type { CopyLocal, SessionOptions, StatementResult } from '../session-api.js';
import { catalogText, isCatalogStatement, withUser } from './ddl-text.js';
import { detach, pushableAggregates, type EquiJoin, type FetchSpec } from './detach.js';
import { hashKey } from '../../types/collation.js';
import { fetchedDesc, FetchedTuples, FetchedTxn, type FetchedRelation } from './fetched-txn.js';
import { encodeRows } from '../../net/row-codec.js';
import { peerJson } from '../../net/wire.js';
import { END_TXN_DEADLINE_MS, fetchInto, fetchRows, liveAddress, MESSAGE_ROW_BYTES, packedBytes, shipCounters, slaveCallDeadlineMs, unary } from './peers.js';
import { runDistributedBlock, type BlockRun } from './dist-block.js';

/**
 * Errors that end the open global transaction: the storage layer rolled it back (deadlock
 * victim, lock timeout, aborted), the global transaction was aborted on a host (6011: a
 * host lost its part, or a copy failed part way there), or a host it needs is down (7004:
 * its work there may be lost, and the rest of a buffer must not commit without it).
 */
const TRANSACTION_FATAL = new Set([6001, 6002, 6005, 6011, 6015, 7004]);

/** A new global transaction id: "<userhost>.<start ms>.<counter>" (decision 4). */
export { newGlobalId } from '../../common/global-id.js';
import { endGlobalId, newGlobalId } from '../../common/global-id.js';
import { statementGate } from '../../common/statement-gate.js';
import { settledAnalysis } from '../settled-analysis.js';

/** True when a relation's tuples live on another host than `localHost`. */
export function isRemote(relation: RelationDesc | undefined, localHost: string): relation is RelationDesc {
  return relation !== undefined && relation.host !== null && relation.host !== '' && relation.host !== localHost;
}

/** The database has more than one host: the session needs the distributed machinery. */
export function isDistributed(ctx: DatabaseContext | undefined): ctx is DatabaseContext {
  return ctx !== undefined && ctx.membership.hosts().length > 1;
}

/** Variable bindings a statement carries to another host (only the statement's variables). */
export type Ranges = ReadonlyMap<string, string>;

/** Scope over fixed variable bindings (a slave, or a shipped statement). */
export function fixedScope(txn: Transaction, ranges: Ranges): Scope {
  return {
    id: '$session',
    resolve: (variable: string, line: number) => {
      const relation = ranges.get(variable);
      if (relation === undefined) throw ingresError(2109, line, variable);
      const entry = lookupRelation(txn, relation);
      if (entry === undefined) throw ingresError(2106, line, relation);
      return entry;
    },
  };
}

export interface StatementContext {
  readonly ctx: DatabaseContext;
  readonly options: SessionOptions;
  readonly scope: (txn: Transaction) => Scope;
  readonly ranges: Ranges;
  readonly relationDestroyed: (name: string) => void;
  readonly trace?: PlanTrace | undefined;
  /** the run may spool a large retrieve run here (RunOptions.spool / output) */
  readonly spool?: boolean;
  /** the local stand-ins of the client's files for the copy running now (StatementEnv.copyFiles) */
  readonly copyFiles?: ReadonlyMap<string, CopyLocal>;
}

/** What running one statement in a global transaction did. */
export interface GlobalOutcome {
  readonly results: StatementResult[];
  /** the host whose relation the statement updated (the 2PC coordinator candidate) */
  readonly target: string | null;
  readonly wrote: boolean;
  /** the statement read one other host alone, which ended its part after the read (release) */
  readonly released?: boolean;
}

function envOf(sc: StatementContext, txn: Transaction): StatementEnv {
  return {
    txn,
    user: sc.options.user,
    dba: sc.options.dba ?? 'ingres',
    scope: sc.scope(txn),
    options: sc.options,
    relationDestroyed: sc.relationDestroyed,
    ...(sc.trace !== undefined ? { trace: sc.trace } : {}),
    ...(sc.spool === true ? { spool: true } : {}),
    ...(sc.copyFiles !== undefined && sc.copyFiles.size > 0 ? { copyFiles: sc.copyFiles } : {}),
  };
}

/** Analyze, lock what the analysis names (again under the locks if it needs more), run. */
export function lockAndRun(
  txn: Transaction,
  env: StatementEnv,
  stmt: ast.Statement,
  first?: PreparedStatement,
): Promise<{ results: StatementResult[]; writes: boolean }> {
  return runUnderLocks(txn, () => prepareStatement(env, stmt), first);
}

/** lockAndRun of whatever `prepare` analyzes (a statement, or an aggregate alone). */
export async function runUnderLocks(
  txn: Transaction,
  prepare: () => PreparedStatement,
  first?: PreparedStatement,
): Promise<{ results: StatementResult[]; writes: boolean }> {
  let prepared = first ?? await settledAnalysis(txn, prepare);
  const held = new Map<string, LockMode>();
  for (let round = 0; ; round++) {
    const missing = prepared.locks.filter((l) => !lockCovers(held.get(l.name), l.mode));
    if (missing.length === 0) break;
    await txn.lock(missing);
    mergeLockRequests(missing, held);
    prepared = prepare();
    if (round > 5) break;
  }
  // locks granted together with others': their statements take turns (statement-gate.ts)
  const turn = statementGate.resume();
  if (turn !== undefined) await turn;
  const ready = prepared;
  const results = ready.writes ? txn.statement(() => ready.run()) : ready.run();
  return { results, writes: ready.writes };
}


/**
 * `help` of relations (and secondary indexes) on other hosts: their tuple counts as their
 * owners know them (a non-owner's catalog holds 0). On a host that is down (or gone
 * meanwhile) the count is unknown: help says so (it showed the local entry's 0).
 */
async function helpCounts(ctx: DatabaseContext, txn: Transaction, stmt: ast.HelpStmt, user: string): Promise<Map<string, FetchedRelation>> {
  const local = ctx.hostDirectory.localHost;
  const names = stmt.mode === 'all'
    ? txn.relations().map((r) => r.name)
    : stmt.mode === 'relations' ? stmt.names.filter((n) => !n.section).map((n) => n.name) : [];
  const counted = new Map<string, FetchedRelation>();
  for (const name of names) {
    const rel = txn.relation(name);
    if (!isRemote(rel, local) || (rel.kind !== 'user' && rel.kind !== 'index')) continue;
    // (unknown, -1: the owner is down, or went away meanwhile)
    const count = (await ownerCount(ctx, rel.host as string, name, user, false))?.count ?? -1;
    counted.set(name, { desc: { ...rel, tupleCount: count }, tuples: [] });
  }
  return counted;
}

/**
 * A relation's tuple count as its owner `host` knows it (`Fetch{count_only}`: no part, no
 * lock) and the reply's bytes; null when it cannot be had (the owner down or gone, a bad
 * reply). `shipped`: the call counts among the database's fetch calls (shipCounters).
 */
async function ownerCount(ctx: DatabaseContext, host: string, relation: string, user: string, shipped: boolean): Promise<{ count: number; bytes: number } | null> {
  try {
    const request = { database: ctx.name, user, relation, countOnly: true, globalId: '-' };
    const { rows, bytes } = await fetchRows(liveAddress(ctx, host, relation), host, relation, request, shipped ? ctx : undefined);
    const count = Number(rows[0]?.[0]);
    return Number.isFinite(count) && count >= 0 ? { count, bytes } : null;
  } catch {
    return null;
  }
}

/**
 * How long a remote relation's tuple count, once known here (its owner's answer to a count
 * probe, or the tuples an unrestricted fetch brought), plans semi-joins without asking the
 * owner again. Only a plan rests on it: a stale count can choose a slower plan, never a
 * wrong result (the master evaluates the whole qualification either way).
 */
let countFreshMs = 5_000;
/** counts known before the last setCountFreshMs are forgotten */
let countGeneration = 0;
const knownCounts = new WeakMap<DatabaseContext, Map<string, { readonly count: number; readonly at: number; readonly generation: number }>>();

/** Tests: how long a known count stays fresh (0: every candidate's owner is asked); the
 *  counts known so far are forgotten. */
export function setCountFreshMs(ms: number): void {
  countFreshMs = ms;
  countGeneration++;
}

const countKey = (rel: RelationDesc): string => `${rel.host ?? ''}/${rel.id}`;

function rememberCount(ctx: DatabaseContext, rel: RelationDesc, count: number): void {
  let counts = knownCounts.get(ctx);
  if (counts === undefined) knownCounts.set(ctx, counts = new Map());
  counts.set(countKey(rel), { count, at: Date.now(), generation: countGeneration });
}

function freshCount(ctx: DatabaseContext, rel: RelationDesc): number | undefined {
  const known = knownCounts.get(ctx)?.get(countKey(rel));
  return known !== undefined && known.generation === countGeneration && Date.now() - known.at < countFreshMs ? known.count : undefined;
}

/** a semi-join sends at most this many distinct values (past them the relation comes unrestricted) */
const SEMI_JOIN_MAX_VALUES = 16_384;
/** a semi-join is planned when the relation holds at least this many times its partner's tuples */
const SEMI_JOIN_RATIO = 4;

/**
 * Where a semi-join's values come from: another fetched relation (its spec, fetched
 * first), or a relation of this host, read whole under the lock the statement takes on it.
 */
type SemiPartner =
  | { readonly kind: 'fetched'; readonly spec: number }
  | { readonly kind: 'local'; readonly relation: RelationDesc; readonly mode: LockMode };

/** A fetch restricted to the values its partner holds at one attribute. */
interface SemiPlan {
  readonly partner: SemiPartner;
  readonly attribute: string;
  readonly partnerAttribute: string;
}

interface SemiValues {
  readonly attribute: string;
  /** packed rows of one value each (FetchRequest.semi_values) */
  readonly values: Buffer;
}

/** This host's side of a statement, for semi-joins with its relations. */
interface LocalSide {
  readonly host: string;
  readonly txn: Transaction;
  /** the statement's locks (a local partner is read under its whole-relation S or X) */
  readonly locks: readonly LockRequest[];
}

/** A relation's possible semi-join partners: the equi-joins it is in, each with the other side. */
type SemiPartners = readonly { readonly partner: SemiPartner; readonly join: EquiJoin }[];

/**
 * Per spec, its possible semi-join partners (empty: not a candidate). A candidate is a
 * relation the statement would fetch whole (no one-variable restriction) that is
 * equi-joined, in the one query reading it, to another fetched relation or to one of this
 * host's that the statement locks whole (S or X).
 */
function semiPartners(sc: StatementContext, specs: readonly FetchSpec[], local: LocalSide): SemiPartners[] {
  const indexOf = new Map(specs.map((spec, i) => [spec.relation.name, i] as const));
  return specs.map((spec, i) => {
    if (spec.where !== null) return [];
    return spec.joins.flatMap((join): { partner: SemiPartner; join: EquiJoin }[] => {
      const name = sc.ranges.get(join.other) ?? '';
      const at = indexOf.get(name);
      if (at !== undefined) return at === i ? [] : [{ partner: { kind: 'fetched', spec: at }, join }];
      const relation = local.txn.relation(name);
      const mode = local.locks.find((l) => l.name === name)?.mode;
      if (relation === undefined || relation.kind !== 'user' || isRemote(relation, local.host) || (mode !== 'S' && mode !== 'X')) return [];
      return [{ partner: { kind: 'local', relation, mode }, join }];
    });
  });
}

/**
 * The tuple counts of the candidates' relations: known here and fresh (countFreshMs), or
 * asked of their owners (`Fetch{count_only}`, one call each, in parallel; counted as
 * shipped). A count that cannot be had is left out.
 */
async function candidateCounts(ctx: DatabaseContext, sc: StatementContext, specs: readonly FetchSpec[], candidates: readonly number[], counters: ReturnType<typeof shipCounters>): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  await Promise.all(candidates.map(async (i) => {
    const rel = (specs[i] as FetchSpec).relation;
    const known = freshCount(ctx, rel);
    if (known !== undefined) {
      counts.set(i, known);
      return;
    }
    // (no count: not restricted; its own fetch reports a failure)
    const owned = await ownerCount(ctx, rel.host as string, rel.name, sc.options.user, true);
    if (owned === null) return;
    counters.bytesTotal += owned.bytes;
    counters.lastStatementBytes += owned.bytes;
    counts.set(i, owned.count);
    rememberCount(ctx, rel, owned.count);
  }));
  return counts;
}

/**
 * For each spec, the semi-join that restricts it, or null: the largest candidates first,
 * each by its smallest partner holding at most a SEMI_JOIN_RATIO-th of its tuples and at
 * most SEMI_JOIN_MAX_VALUES — a fetched partner by the tuples it brought (`fetched`), a
 * candidate one by its count, a local one by its catalog's count (this host owns it). A
 * candidate chosen as a partner is not itself restricted.
 */
function chooseSemiJoins(partners: readonly SemiPartners[], counts: ReadonlyMap<number, number>, fetched: (spec: number) => number | undefined): (SemiPlan | null)[] {
  const plans: (SemiPlan | null)[] = partners.map(() => null);
  const first = new Set<number>();
  const count = (i: number): number => counts.get(i) ?? Number.NaN;
  const partnerCount = (p: SemiPartner): number =>
    p.kind === 'local' ? p.relation.tupleCount : fetched(p.spec) ?? count(p.spec);
  const candidates = partners.map((_, i) => i).filter((i) => (partners[i]?.length ?? 0) > 0);
  for (const i of candidates.sort((a, b) => count(b) - count(a))) {
    if (first.has(i) || !(count(i) > 0)) continue;
    let best: SemiPlan | null = null;
    for (const { partner, join } of partners[i] ?? []) {
      const n = partnerCount(partner);
      if (partner.kind === 'fetched' && plans[partner.spec] !== null) continue;
      if (!(n <= SEMI_JOIN_MAX_VALUES && n * SEMI_JOIN_RATIO <= count(i))) continue;
      if (best === null || n < partnerCount(best.partner)) best = { partner, attribute: join.attribute, partnerAttribute: join.otherAttribute };
    }
    if (best === null) continue;
    plans[i] = best;
    if (best.partner.kind === 'fetched') first.add(best.partner.spec);
  }
  return plans;
}

/**
 * The distinct values the partner holds at the joined attribute (one per executor
 * equality class, hashKey), packed; null (fetch unrestricted) past the limit. A local
 * partner is read whole under the lock the statement takes on it anyway (taken here,
 * earlier than it would be), so the values are those the executor will join with.
 */
async function semiValues(plan: SemiPlan, specs: readonly FetchSpec[], kept: readonly FetchedTuples[], local: LocalSide): Promise<SemiValues | null> {
  let tuples: Iterable<StoredTuple>;
  let at: number;
  const partner = plan.partner;
  if (partner.kind === 'fetched') {
    const spec = specs[partner.spec] as FetchSpec;
    at = spec.relation.attributes.findIndex((a) => a.name === plan.partnerAttribute);
    // (an attribute not shipped would read as blank or zero: never a filter of those)
    if (at < 0 || !spec.attributes.includes(plan.partnerAttribute)) return null;
    tuples = kept[partner.spec] as FetchedTuples;
  } else {
    at = partner.relation.attributes.findIndex((a) => a.name === plan.partnerAttribute);
    if (at < 0) return null;
    await local.txn.lock([{ name: partner.relation.name, mode: partner.mode }]);
    const relation = local.txn.relation(partner.relation.name);
    if (relation === undefined || relation.id !== partner.relation.id) return null;
    tuples = local.txn.scan(relation);
  }
  const seen = new Map<string, Value>();
  for (const tuple of tuples) {
    const value = tuple.values[at] as Value;
    const key = hashKey(value);
    if (seen.has(key)) continue;
    if (seen.size === SEMI_JOIN_MAX_VALUES) return null;
    seen.set(key, value);
  }
  return { attribute: plan.attribute, values: encodeRows([...seen.values()].map((v) => [v])) };
}

/** Created relations get the master's host as placement (views have none). */
class PlacingTxn extends FetchedTxn {
  constructor(inner: Transaction, fetched: ReadonlyMap<string, FetchedRelation>, private readonly host: string) {
    super(inner, fetched);
  }

  override createRelation(spec: Parameters<Transaction['createRelation']>[0]): RelationDesc {
    if (spec.kind === 'view' || (spec.host !== undefined && spec.host !== null)) return super.createRelation(spec);
    return super.createRelation({ ...spec, host: this.host });
  }
}

/**
 * Tuples of a copy into a remote relation, captured to be shipped to its owner: in memory
 * up to the result memory, the rest in a temporary file (FetchedTuples), so a copy of any
 * size goes through; whoever made it closes `tuples`.
 */
class CapturingTxn extends PlacingTxn {
  readonly tuples: FetchedTuples;
  constructor(inner: Transaction, host: string, private readonly target: RelationDesc) {
    super(inner, new Map(), host);
    this.tuples = new FetchedTuples(target.attributes.length);
  }

  override insert(relation: RelationDesc, values: readonly Value[]): boolean {
    if (relation.name !== this.target.name) return super.insert(relation, values);
    this.tuples.add(values.slice());
    return true;
  }
}

const DML = new Set<ast.StatementKind>(['Append', 'Replace', 'Delete']);

/**
 * Per global transaction (its part here): relations stored on other hosts that a catalog
 * statement of it emptied, destroyed or created — name → owner and statement — or gave an
 * integrity constraint (then only writes count: `writes`). Their
 * owners apply those statements (UP_SYS) when the transaction commits, so a later
 * statement of the same transaction that used them would run there against the relation
 * as it was, and the commit would then apply the change after it (`modify r to truncated`
 * then `append to r` lost the append; so did `destroy r`, `create r at h3`, `append to r`):
 * such a statement is refused with 7103 instead (an append that broke a constraint defined
 * earlier in the transaction was stored there, and the commit then failed: the whole
 * transaction rolled back, where one host skips the tuple). Other modifies of another
 * host's relation leave it usable: its tuples stay the same until the commit reorganizes
 * them, except that duplicates a keyed or sorted structure drops are still seen.
 */
const changedElsewhere = new WeakMap<LocalPart, Map<string, { readonly host: string; readonly statement: string; readonly writes: boolean }>>();

/** The relations stored on another host that a catalog statement empties, destroys, creates
 *  or constrains. */
function remoteRelationsChanged(stmt: ast.Statement, txn: Transaction, local: string, ranges: ReadonlyMap<string, string>): [string, string][] {
  const owned = (name: string): [string, string][] => {
    const rel = txn.relation(name);
    return isRemote(rel, local) ? [[name, rel.host as string]] : [];
  };
  switch (stmt.kind) {
    case 'Modify':
      return stmt.structure === 'truncated' ? owned(stmt.relation) : [];
    case 'Index':
      // (the index itself: created there at commit)
      return owned(stmt.relation).map(([, host]) => [stmt.name, host]);
    case 'Destroy':
      return stmt.relations.flatMap(owned);
    case 'Create':
      return stmt.placement !== null && stmt.placement !== local ? [[stmt.relation, stmt.placement]] : [];
    case 'DefineIntegrity':
      return owned(ranges.get(stmt.variable) ?? '');
    default:
      return [];
  }
}

const STATEMENT_NAMES: Partial<Record<ast.StatementKind, string>> = {
  Modify: 'modify to truncated', Index: 'index', Destroy: 'destroy', Create: 'create', DefineIntegrity: 'define integrity',
};

/**
 * Run one statement inside global transaction `globalId` on this host, as its master:
 * fetch the reduced tuples of remote relations, ship updates of remote relations to their
 * owner (unless `mayShip` is false: a shipped statement must update here).
 */
export async function runInGlobal(
  sc: StatementContext,
  globalId: string,
  stmt: ast.Statement,
  mayShip: boolean,
  loneRead = false,
): Promise<GlobalOutcome> {
  const { ctx } = sc;
  const local = ctx.hostDirectory.localHost;
  const part = ctx.tm.part(globalId, sc.options.user);
  const counters = shipCounters(ctx);
  counters.lastStatementBytes = 0;

  if (stmt.kind === 'Create') {
    if (stmt.placement !== null && !ctx.hostDirectory.hosts().includes(stmt.placement)) {
      throw ingresError(7100, stmt.placement, stmt.relation);
    }
    stmt = { ...stmt, placement: stmt.placement ?? local };
  }
  const base = new PlacingTxn(part.txn, new Map(), local);
  const first = await settledAnalysis(part.txn, () => prepareStatement(envOf(sc, base), stmt));
  const catalog = isCatalogStatement(stmt);
  const pending = changedElsewhere.get(part);
  for (const l of pending === undefined ? [] : first.locks) {
    const changed = pending?.get(l.name);
    if (changed === undefined || (changed.writes && l.mode !== 'X' && l.mode !== 'IX')) continue;
    throw ingresError(7103, l.name, changed.host, changed.statement);
  }
  // (taken before it runs: a destroyed relation is gone from the catalog after)
  const changing = catalog ? remoteRelationsChanged(stmt, base, local, sc.ranges) : [];

  // define integrity on a relation of another host: its owner checks that it holds now
  if (stmt.kind === 'DefineIntegrity') {
    const name = sc.ranges.get(stmt.variable);
    const rel = name === undefined ? undefined : base.relation(name);
    if (isRemote(rel, local)) {
      const host = rel.host as string;
      const { rows } = await fetchRows(liveAddress(ctx, host, rel.name), host, rel.name, {
        ...requestFields(sc, globalId, local),
        relation: rel.name,
        variable: stmt.variable,
        attributes: [rel.attributes[0]?.name ?? ''],
        whereJson: JSON.stringify({ kind: 'Not', operand: stmt.where, pos: stmt.pos } satisfies ast.Expr),
        resumed: contact(part, host),
      }, ctx);
      if (rows.length > 0) throw ingresError(3492, rel.name);
    }
  }

  // relations named by the analysis that live elsewhere
  const remote: RelationDesc[] = [];
  let target: RelationDesc | null = null;
  for (const l of first.locks) {
    if (l.name === CATALOG_LOCK || isKeyLock(l.name)) continue;
    const rel = base.relation(l.name);
    if (!isRemote(rel, local)) continue;
    if ((l.mode === 'X' || l.mode === 'IX') && !catalog) target = rel;
    else if (!catalog || stmt.kind === 'Retrieve') remote.push(rel);
  }
  if (stmt.kind === 'Help') {
    const counted = new FetchedTxn(part.txn, await helpCounts(ctx, base, stmt, sc.options.user));
    const { results } = await lockAndRun(counted, envOf(sc, counted), stmt);
    return { results, target: null, wrote: false };
  }

  // an update whose target lives elsewhere runs there (copy from: tuples shipped there)
  if (target !== null && DML.has(stmt.kind)) {
    if (!mayShip) throw ingresError(9000, `shipped statement's target ${target.name} is not on ${local}`);
    const host = target.host as string;
    const address = liveAddress(ctx, host, target.name);
    const request: pbt.IExecuteRequest = {
      ...requestFields(sc, globalId, local),
      ranges: [...sc.ranges].map(([variable, relation]) => ({ variable, relation })),
      statementJson: JSON.stringify(stmt),
      retrieveIntoStructure: sc.options.retrieveIntoStructure,
      indexStructure: sc.options.indexStructure,
      resumed: contact(part, host),
    };
    const bytes = pb.ExecuteRequest.encode(request).finish().length;
    const reply = await unary(address, host, target.name, SlaveService.Execute, request, slaveCallDeadlineMs(), ctx);
    counters.executeCalls += 1;
    counters.bytesTotal += bytes;
    counters.lastStatementBytes += bytes + Number(reply.bytesFetched ?? 0);
    return { results: peerJson<StatementResult[]>(reply.resultsJson ?? '[]', 'results_json', `host ${host}`), target: host, wrote: true };
  }

  // every host needed must be up before anything is sent (7004 at once, never a hang)
  for (const rel of remote) liveAddress(ctx, rel.host as string, rel.name);
  if (target !== null) liveAddress(ctx, target.host as string, target.name);

  const fetched = new Map<string, FetchedRelation>();
  // aggregates whose relations all live on one other host are computed there
  const pushed = remote.length === 0 ? [] : pushableAggregates(stmt, sc.ranges, base, local, sc.options.user, sc.options.dba ?? 'ingres');
  const specs = detach(stmt, sc.ranges, remote, base, sc.options.user, sc.options.dba ?? 'ingres', pushed);
  // a lone read of ONE other host's relation, nothing of this host's: that host may end its
  // part right after the read (strict 2PL: it is the statement's only read), no abort later
  const release = loneRead && target === null && specs.length === 1 && pushed.length === 0 && first.locks.every((l) => {
    if (l.name === CATALOG_LOCK || isKeyLock(l.name)) return true;
    const rel = base.relation(l.name);
    return rel === undefined || rel.kind === 'view' || isRemote(rel, local);
  });
  // the owners run their subqueries in parallel (one host's calls run one at a time there);
  // the tuples are kept as they come, past the result memory in a temporary file
  const kept = specs.map((spec) => new FetchedTuples(spec.relation.attributes.length));
  try {
    return await runFetched();
  } finally {
    for (const tuples of kept) tuples.close();
  }

  async function runFetched(): Promise<GlobalOutcome> {
    // whether each host had work of this transaction before this statement, asked once: its
    // calls here may arrive in any order, and none of them may require the part then
    const resumed = new Map<string, boolean>();
    for (const host of [...specs.map((s) => s.relation.host as string), ...pushed.map((p) => p.host)]) {
      if (!resumed.has(host)) resumed.set(host, contact(part, host));
    }
    const given = new Map<ast.Aggregate, Value[][]>();
    const computed = Promise.all(pushed.map(async ({ aggregate, host, ranges }) => {
      const name = ranges[0]?.[1] ?? '';
      const rows: Value[][] = [];
      const { bytes } = await fetchInto(liveAddress(ctx, host, name), host, name, {
        ...requestFields(sc, globalId, local),
        relation: name,
        aggregateJson: JSON.stringify(aggregate),
        ranges: ranges.map(([variable, relation]) => ({ variable, relation })),
        resumed: resumed.get(host) === true,
      }, ctx, (row) => rows.push(row));
      counters.bytesTotal += bytes;
      counters.lastStatementBytes += bytes;
      given.set(aggregate, rows);
    }));
    const fetchOne = async (i: number, semi: SemiValues | null): Promise<void> => {
      const spec = specs[i] as FetchSpec;
      const host = spec.relation.host as string;
      const tuples = kept[i] as FetchedTuples;
      const toValues = tupleValues(spec.relation, spec.attributes);
      const { count, bytes } = await fetchInto(liveAddress(ctx, host, spec.relation.name), host, spec.relation.name, {
        ...requestFields(sc, globalId, local),
        relation: spec.relation.name,
        variable: spec.variable,
        attributes: [...spec.attributes],
        whereJson: spec.where === null ? '' : JSON.stringify(spec.where),
        resumed: resumed.get(host) === true,
        release,
        semiAttribute: semi?.attribute ?? '',
        semiValues: semi?.values,
      }, ctx, (row) => tuples.add(toValues(row)));
      tuples.finish();
      // (unrestricted: it brought every tuple, so its count is known for the next plans)
      if (spec.where === null && semi === null) rememberCount(ctx, spec.relation, count);
      const shipped = bytes + (semi?.values.length ?? 0);
      counters.bytesTotal += shipped;
      counters.lastStatementBytes += shipped;
      fetched.set(spec.relation.name, { desc: fetchedDesc(spec.relation, count), tuples });
    };
    // semi-joins (semiPartners, chooseSemiJoins above): the relations that are no candidates are
    // fetched at once, while the candidates' owners are asked their counts; then the
    // candidates that stay unrestricted; then, with their partners in, the restricted ones
    const side: LocalSide = { host: local, txn: part.txn, locks: first.locks };
    const partners = semiPartners(sc, specs, side);
    const candidates = specs.map((_, i) => i).filter((i) => (partners[i]?.length ?? 0) > 0);
    const [, , counts] = await Promise.all([
      computed,
      Promise.all(specs.map((_, i) => (partners[i]?.length ?? 0) > 0 ? undefined : fetchOne(i, null))),
      candidates.length === 0 ? new Map<number, number>() : candidateCounts(ctx, sc, specs, candidates, counters),
    ]);
    const semis = chooseSemiJoins(partners, counts, (i) => fetched.get((specs[i] as FetchSpec).relation.name)?.desc.tupleCount);
    await Promise.all(candidates.map((i) => semis[i] === null ? fetchOne(i, null) : undefined));
    // the values first, one partner after the other (a local one's lock is taken once), then the fetches at once
    const filters: (SemiValues | null)[] = [];
    for (const plan of semis) filters.push(plan === null ? null : await semiValues(plan, specs, kept, side));
    await Promise.all(specs.map((_, i) => semis[i] === null ? undefined : fetchOne(i, filters[i] ?? null)));

    let txn: Transaction;
    let capture: CapturingTxn | null = null;
    if (target !== null && stmt.kind === 'Copy') {
      capture = new CapturingTxn(part.txn, local, target);
      kept.push(capture.tuples);
      txn = capture;
    } else {
      txn = fetched.size === 0 ? base : new PlacingTxn(part.txn, fetched, local);
    }
    // the executor takes the pushed aggregates' results instead of computing them (their
    // relations' tuples are not here); each must be asked for, or the run read no tuples
    const asked = new Set<ast.Aggregate>();
    const aggregates: GivenAggregates = (spec) => {
      const rows = spec.source === undefined ? undefined : given.get(spec.source);
      if (rows === undefined || spec.source === undefined) return undefined;
      asked.add(spec.source);
      return aggregateFromRows(spec, rows);
    };
    const env = pushed.length === 0 ? envOf(sc, txn) : { ...envOf(sc, txn), aggregates };
    const ran = await lockAndRun(txn, env, stmt);
    const writes = ran.writes;
    // a modify or index of another host's relation is done there, when the transaction
    // commits (UP_SYS): how many tuples it holds then is not known here (the local count
    // of a relation this host does not store would say 0)
    const elsewhere = (stmt.kind === 'Modify' || stmt.kind === 'Index') && isRemote(base.relation(stmt.relation), local);
    const results = elsewhere ? ran.results.map((r): StatementResult => (r.kind === 'done' ? { ...r, tuples: null } : r)) : ran.results;
    assert(pushed.every((p) => asked.has(p.aggregate)), 'every aggregate computed elsewhere was used');
    if (writes) part.wrote = true;

    if (capture !== null && target !== null) {
      const host = target.host as string;
      const address = liveAddress(ctx, host, target.name);
      // in messages of at most MESSAGE_ROW_BYTES each; one that fails after the first leaves
      // part of the copy in this transaction's part there, so the transaction ends (6011)
      let rows: (readonly Value[])[] = [];
      let size = 0;
      let sent = 0;
      const send = async (): Promise<void> => {
        const request: pbt.IExecuteRequest = {
          ...requestFields(sc, globalId, local),
          insertRelation: target.name,
          resumed: contact(part, host),
          insertPacked: encodeRows(rows),
        };
        rows = [];
        size = 0;
        const bytes = pb.ExecuteRequest.encode(request).finish().length;
        try {
          await unary(address, host, target.name, SlaveService.Execute, request, slaveCallDeadlineMs(), ctx);
        } catch (error) {
          if (sent === 0) throw error;
          const failure = toIngresError(error);
          throw ingresError(6011, globalId, `copy into ${target.name} failed part way on host ${host} (${failure.code}: ${failure.message})`);
        }
        sent += 1;
        counters.executeCalls += 1;
        counters.bytesTotal += bytes;
        counters.lastStatementBytes += bytes;
      };
      capture.tuples.finish();
      for (const { values } of capture.tuples) {
        rows.push(values);
        size += packedBytes(values);
        if (size >= MESSAGE_ROW_BYTES) await send();
      }
      if (rows.length > 0 || sent === 0) await send();
    }

    if (catalog) {
      part.wrote = true;
      let created: RelationDesc | undefined;
      if (stmt.kind === 'Retrieve' && stmt.into !== null) created = part.txn.relation(stmt.into);
      part.catalogStatements.push(withUser(sc.options.user, catalogText(stmt, sc.ranges, created)));
      if (changing.length > 0) {
        let changed = changedElsewhere.get(part);
        if (changed === undefined) changedElsewhere.set(part, changed = new Map());
        for (const [name, host] of changing) {
          // (one emptied, destroyed or created earlier stays refused to reads as well)
          if (changed.get(name)?.writes === false) continue;
          changed.set(name, { host, statement: STATEMENT_NAMES[stmt.kind] ?? stmt.kind, writes: stmt.kind === 'DefineIntegrity' });
        }
      }
    }
    return { results, target: capture !== null && target !== null ? (target.host as string) : null, wrote: writes || capture !== null, released: release };
  }
}

/** What every Slave.Execute and Fetch of a statement says about it: database, transaction, user, user host. */
function requestFields(sc: StatementContext, globalId: string, userHost: string): pbt.IExecuteRequest & pbt.IFetchRequest {
  return { database: sc.ctx.name, globalId, user: sc.options.user, dba: sc.options.dba ?? 'ingres', userHost };
}

/**
 * Record that this transaction sends `host` work (the TM then requires that host to still
 * hold its part at commit: TR_START `worked`), and say whether it had work before (the
 * slave refuses a resumed call for a part it no longer has: it restarted meanwhile).
 */
function contact(part: LocalPart, host: string): boolean {
  const contacted = part.contacted;
  if (contacted === undefined) return false;
  const before = contacted.has(host);
  contacted.add(host);
  return before;
}

/** A fetched row of a projection → a full-width tuple's values (unshipped attributes blank/zero). */
function tupleValues(relation: RelationDesc, attributes: readonly string[]): (row: Value[]) => Value[] {
  const positions = attributes.map((a) => relation.attributes.findIndex((d) => d.name === a));
  // every attribute, in the relation's order: the row is the tuple
  if (positions.length === relation.attributes.length && positions.every((at, i) => at === i)) return (row) => row;
  const blank: Value[] = relation.attributes.map((a) => (a.type.kind === 'c' ? '' : 0));
  return (row) => {
    const values = blank.slice();
    for (let i = 0; i < positions.length; i++) {
      const at = positions[i] as number;
      const v = row[i];
      if (at >= 0 && v !== undefined) values[at] = v;
    }
    return values;
  };
}

/**
 * The address of the coordinator a commit is about to be asked of. One that is out of the
 * group has not been asked, and a coordinator decides only when asked: nobody can commit
 * the transaction. It is aborted here at once (every live host's part is told, so their
 * locks go now), and the error says so (6011) instead of leaving the outcome to guess. (It
 * used to throw 7004 and leave every part: the parts waited, holding their locks, until
 * the TM's check for abandoned parts.) An abort that fails here (a part already prepared)
 * leaves the 7004.
 */
async function coordinatorAddress(ctx: DatabaseContext, globalId: string, coordinator: string): Promise<string> {
  try {
    return liveAddress(ctx, coordinator, '(commit)');
  } catch (error) {
    const down = toIngresError(error);
    const aborted = await ctx.tm.abort(globalId).then(() => true, () => false);
    if (!aborted) throw down;
    throw ingresError(6011, globalId, `its coordinator is not available: ${down.message}`);
  }
}

/** End global transaction `globalId` (commit or abort) through the TM of `coordinator`. */
export async function endGlobal(ctx: DatabaseContext, globalId: string, commit: boolean, coordinator: string | null): Promise<void> {
  const local = ctx.hostDirectory.localHost;
  if (!commit) {
    await ctx.tm.abort(globalId);
    return;
  }
  if (coordinator === null || coordinator === local) {
    await ctx.tm.commitAsCoordinator(globalId, { userHost: local });
    return;
  }
  const address = await coordinatorAddress(ctx, globalId, coordinator);
  if (ctx.tm.requestCommit !== undefined) {
    // TR_REQ: the target host's TM coordinates (Tm.Coordinate); this host participates
    await ctx.tm.requestCommit(globalId, { userHost: local, coordinator });
    return;
  }
  await unary(address, coordinator, '(commit)', SlaveService.EndTxn, {
    database: ctx.name,
    globalId,
    userHost: local,
    action: pb.EndAction.END_ACTION_COMMIT,
  }, END_TXN_DEADLINE_MS);
}

/** The open multi-statement global transaction of a session. */
interface OpenGlobal {
  readonly id: string;
  coordinator: string | null;
  catalog: boolean;
}

/**
 * The distributed half of a Session: begin/end/abort of global transactions and each
 * statement's run through runInGlobal. Lone statements that read and write only this
 * host's relations (and change no catalog) skip the global machinery entirely.
 */
export class DistributedMaster {
  private open: OpenGlobal | null = null;

  constructor(private readonly sc: StatementContext) {}

  get inTransaction(): boolean {
    return this.open !== null;
  }

  begin(): void {
    if (this.open !== null) throw ingresError(6004);
    this.open = { id: newGlobalId(this.sc.ctx.hostDirectory.localHost), coordinator: null, catalog: false };
  }

  async end(): Promise<void> {
    const open = this.open;
    if (open === null) throw ingresError(6003);
    this.open = null;
    try {
      await this.finish(open, true);
    } finally {
      endGlobalId(open.id);
    }
  }

  async abort(): Promise<void> {
    const open = this.open;
    if (open === null) throw ingresError(6003);
    this.open = null;
    try {
      await this.sc.ctx.tm.abort(open.id);
    } finally {
      endGlobalId(open.id);
    }
  }

  async close(): Promise<void> {
    const open = this.open;
    this.open = null;
    if (open !== null) {
      await this.sc.ctx.tm.abort(open.id).catch(() => undefined);
      endGlobalId(open.id);
    }
  }

  private async finish(open: OpenGlobal, commit: boolean): Promise<void> {
    const coordinator = open.catalog ? null : open.coordinator;
    await endGlobal(this.sc.ctx, open.id, commit, coordinator);
  }

  /** Try the one-host path for a lone statement; undefined when it needs other hosts. */
  private async tryLocal(stmt: ast.Statement): Promise<StatementResult[] | undefined> {
    if (isCatalogStatement(stmt) || stmt.kind === 'Copy') return undefined;
    const local = this.sc.ctx.hostDirectory.localHost;
    const single = stmt.kind === 'Append' || stmt.kind === 'Replace' || stmt.kind === 'Delete' || stmt.kind === 'Retrieve';
    const own = this.sc.ctx.database.begin(this.sc.options.user, { singleStatement: single });
    let txn: Transaction = own;
    try {
      if (stmt.kind === 'Help') txn = new FetchedTxn(own, await helpCounts(this.sc.ctx, own, stmt, this.sc.options.user));
      const env = envOf(this.sc, txn);
      const prepared = await settledAnalysis(own, () => prepareStatement(env, stmt));
      if (stmt.kind !== 'Help') {
        for (const l of prepared.locks) {
          if (l.name !== CATALOG_LOCK && !isKeyLock(l.name) && isRemote(txn.relation(l.name), local)) {
            own.abort();
            return undefined;
          }
        }
      }
      const { results } = await lockAndRun(txn, env, stmt, prepared);
      await txn.commit();
      return results;
    } catch (error) {
      try {
        own.abort();
      } catch {
        // already rolled back by storage
      }
      throw error;
    }
  }

  /**
   * A whole `begin transaction … end transaction` of one buffer as one distributed block
   * (dist-block.ts); undefined when it must run statement by statement (nothing was sent).
   */
  async runBlock(body: readonly ast.Statement[], declare: (txn: Transaction, stmt: ast.RangeStmt) => void): Promise<BlockRun | undefined> {
    if (this.open !== null) return undefined;
    return runDistributedBlock(this.sc, body, declare);
  }

  async run(stmt: ast.Statement): Promise<StatementResult[]> {
    const open = this.open;
    if (open === null) {
      const quick = await this.tryLocal(stmt);
      if (quick !== undefined) return quick;
      if (stmt.kind === 'Append' || stmt.kind === 'Replace' || stmt.kind === 'Delete' || (stmt.kind === 'Retrieve' && stmt.into === null)) {
        // an update of one other host's relations: one call runs and commits it there; a
        // retrieve of one other host's relations runs there whole (joins, aggregates, sort:
        // only its result crosses the network). Over several hosts: undefined, fetches below
        const block = await runDistributedBlock(this.sc, [stmt], () => undefined);
        if (block !== undefined) {
          // the statement's own error first (a lone statement: the end's 6009 only wraps it)
          const [only] = block.results;
          const failed = only?.find((r) => r.kind === 'error');
          if (failed?.kind === 'error') throw failed.error;
          if (block.end !== null) throw block.end;
          return only ?? [];
        }
      }
      const id = newGlobalId(this.sc.ctx.hostDirectory.localHost);
      const readOnly = stmt.kind === 'Retrieve' && stmt.into === null;
      try {
        const outcome = await runInGlobal(this.sc, id, stmt, true, readOnly);
        const coordinator = isCatalogStatement(stmt) ? null : outcome.target;
        if (readOnly && outcome.released === true && this.sc.ctx.tm.endReadOnly !== undefined) {
          // the one host it read ended its part itself: only ours is left
          await this.sc.ctx.tm.endReadOnly(id);
        } else if (readOnly || stmt.kind === 'Print' || stmt.kind === 'Help' || (stmt.kind === 'Copy' && stmt.direction === 'into')) {
          // read-only: release the parts of the hosts it read (presumed abort: nothing to undo)
          await this.sc.ctx.tm.abort(id, { onlyContacted: true });
        } else {
          await endGlobal(this.sc.ctx, id, true, coordinator);
        }
        return outcome.results;
      } catch (error) {
        await this.sc.ctx.tm.abort(id).catch(() => undefined);
        throw error;
      } finally {
        endGlobalId(id);
      }
    }
    try {
      const outcome = await runInGlobal(this.sc, open.id, stmt, true);
      if (isCatalogStatement(stmt)) open.catalog = true;
      if (outcome.target !== null && open.coordinator === null) open.coordinator = outcome.target;
      else if (outcome.wrote && open.coordinator === null) open.coordinator = this.sc.ctx.hostDirectory.localHost;
      return outcome.results;
    } catch (error) {
      const failure: IngresError = toIngresError(error);
      if (TRANSACTION_FATAL.has(failure.code)) {
        this.open = null;
        await this.sc.ctx.tm.abort(open.id).catch(() => undefined);
        endGlobalId(open.id);
      }
      throw failure;
    }
  }
}

export { IngresError };
