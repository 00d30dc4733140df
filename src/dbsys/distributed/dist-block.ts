/*
 * dist-block.ts — a `begin … end` block (or a lone statement) on a database spread over
 * hosts, each statement on ONE host's relations: one Slave.Execute per host, all at once
 * (parts that never wait for a lock; one that would makes the block run again host after
 * host). Others prepare on that call; the coordinator (the last writer) commits on its own.
 * src/dbsys/distributed/README.md has the message trace.
 */
import { mark } from '../../common/timeline.js';
import { IngresError, ingresError, toIngresError } from '../../common/errors.js';
import type { ErrorCode } from '../../common/error-codes.js';
import type { DatabaseContext } from '../../cluster/api.js';
import { prepareStatement } from '../../executor/index.js';
import { pb, type pbt } from '../../net/gen/index.js';
import { SlaveService } from '../../net/slave-service.js';
import { resultsFromJson } from '../../net/wire.js';
import type * as ast from '../../parser/ast.js';
import { CATALOG_LOCK, type Transaction } from '../../storage/api.js';
import { isKeyLock } from '../../txn/lock-manager.js';
import type { StatementResult } from '../session-api.js';
import { runBatch, type BatchHost } from '../batch-run.js';
import { fixedScope, newGlobalId, type StatementContext } from './master.js';
import { endGlobalId } from '../../common/global-id.js';
import { END_TXN_DEADLINE_MS, fetchInto, liveAddress, shipCounters, slaveCallDeadlineMs, unary } from './peers.js';
import { RowSpool, spoolMemoryNow } from '../../executor/row-spool.js';
import { ResultBudget } from '../../executor/result-budget.js';
import type { Value } from '../../types/value.js';

/** What running a block gave: each statement's results and the end's (null: committed). */
export interface BlockRun {
  readonly results: StatementResult[][];
  readonly end: IngresError | null;
}

/** One host's share of the block: its statements' indexes (range statements go to every host). */
interface Share {
  readonly host: string;
  readonly indexes: number[];
  writes: boolean;
  /** the relations its statements use (errors name the first) */
  readonly relations: Set<string>;
}

/** Errors after which a host's part was rolled back by its lock manager. */
export const ROLLED_BACK = new Set([6001, 6002, 6005, 6015, 6017]);

const done = (statement: ast.StatementKind): StatementResult => ({ kind: 'done', statement, tuples: null });

/**
 * Plan the block: which host each statement runs on. Undefined when it cannot run this way
 * (a statement over relations of several hosts, one whose analysis fails): the caller runs
 * it statement by statement. Range statements are declared through `declare` in order.
 */
function plan(
  sc: StatementContext,
  body: readonly ast.Statement[],
  declare: (txn: Transaction, stmt: ast.RangeStmt) => void,
): { shares: Map<string, Share>; hostOf: (string | null)[] } | undefined {
  const { ctx } = sc;
  const local = ctx.hostDirectory.localHost;
  const txn = ctx.database.begin(sc.options.user, { singleStatement: true });
  try {
    const shares = new Map<string, Share>();
    const hostOf: (string | null)[] = [];
    for (const stmt of body) {
      if (stmt.kind === 'Range') {
        declare(txn, stmt);
        hostOf.push(null);
        continue;
      }
      const prepared = prepareStatement({
        txn, user: sc.options.user, dba: sc.options.dba ?? 'ingres', scope: sc.scope(txn), options: sc.options,
        relationDestroyed: () => undefined,
      }, stmt);
      const hosts = new Set<string>();
      const names: string[] = [];
      for (const l of prepared.locks) {
        if (l.name === CATALOG_LOCK || isKeyLock(l.name)) continue;
        const rel = txn.relation(l.name);
        if (rel === undefined) return undefined;
        if (rel.kind === 'view') continue;
        hosts.add(rel.host === null || rel.host === '' ? local : rel.host);
        names.push(rel.name);
      }
      if (hosts.size > 1) return undefined;
      const host = hosts.values().next().value ?? local;
      let share = shares.get(host);
      if (share === undefined) {
        share = { host, indexes: [], writes: false, relations: new Set() };
        shares.set(host, share);
      }
      for (const name of names) share.relations.add(name);
      share.indexes.push(hostOf.length);
      share.writes ||= prepared.writes;
      hostOf.push(host);
    }
    return { shares, hostOf };
  } catch {
    return undefined;
  } finally {
    txn.abort();
  }
}

/**
 * A block that lost a lock conflict (deadlock victim, wait-die) runs again, keeping its
 * age (so it becomes the oldest in time and cannot lose forever), for this long at most …
 */
const RETRY_WINDOW_MS = 5000;
/** … after a pause of up to attempt+1 ms (at most this many): the older one ends meanwhile */
const RETRY_PAUSE_MS_MAX = 8;

/**
 * Run `body` (range/append/replace/delete/retrieve) as one global transaction. Undefined:
 * it cannot run as a block (see plan); nothing was sent anywhere then. A block that lost a
 * lock conflict before anything was decided (6001 deadlock victim, 6015 wait-die) was rolled
 * back everywhere: it runs again, as the same-aged transaction, for up to RETRY_WINDOW_MS —
 * the user sees its results, or the last conflict's error.
 */
export async function runDistributedBlock(
  sc: StatementContext,
  body: readonly ast.Statement[],
  declare: (txn: Transaction, stmt: ast.RangeStmt) => void,
): Promise<BlockRun | undefined> {
  const startMs = Date.now();
  // first every host at once; a block that would wait for a lock there runs again with its
  // hosts in turn, as the statements one by one would take their locks
  let atOnce = true;
  for (let attempt = 0; ; attempt++) {
    const run = await runOnce(sc, body, declare, startMs, atOnce);
    if (run === undefined || run.lost === null) return run;
    // (whatever the window: 6017 only says how to send the block, never what a user sees)
    if (run.lost.code === 6017 && atOnce) {
      atOnce = false;
      continue;
    }
    if (Date.now() - startMs > RETRY_WINDOW_MS) return run;
    const pauseMs = Math.random() * Math.min(attempt + 1, RETRY_PAUSE_MS_MAX);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/** One attempt; `lost`: the lock conflict that rolled it back (it may run again). */
async function runOnce(
  sc: StatementContext,
  body: readonly ast.Statement[],
  declare: (txn: Transaction, stmt: ast.RangeStmt) => void,
  startMs: number,
  atOnce: boolean,
): Promise<(BlockRun & { readonly lost: IngresError | null }) | undefined> {
  const { ctx } = sc;
  const local = ctx.hostDirectory.localHost;
  // a TM that cannot vote on a host's last work or end a read-only part: one by one
  if (ctx.tm.prepareLast === undefined || ctx.tm.endReadOnly === undefined) return undefined;
  const bindings = [...sc.ranges].map(([variable, relation]) => ({ variable, relation }));
  const planned = plan(sc, body, declare);
  if (planned === undefined) return undefined;
  const { shares, hostOf } = planned;
  const globalId = newGlobalId(local, startMs);
  mark('block.planned', globalId);
  // parts of a block over several hosts follow wait-die, so no cycle of waits can span
  // hosts; a block of one host holds locks nowhere else and waits as any transaction does
  // (a wait-die loser would be run again and again until its window ends)
  const waitDie = shares.size > 1;
  // every host at once (its parts never wait for a lock: 6017), or host after host
  // (a TM that cannot hold a participant's vote until its work has ended: host after host)
  const parallel = atOnce && shares.size > 1 && ctx.tm.workDone !== undefined;
  try {
    const results: (StatementResult[] | null)[] = body.map((stmt) => (stmt.kind === 'Range' ? [done('Range')] : null));
    // `parallel`: every host gets its share at once (a share reads and writes only its
    // host's relations, so none waits for another's results). Its parts never wait for a
    // lock: one that would wait rolls the block back (6017) and the block runs again with its
    // hosts in turn, in the order of their first statement, so it takes its locks host by
    // host in statement order as the statements one by one would. (12-04: hosts at once,
    // waiting, turned 0 deadlocks of the fault tests' bank workload into 23: a block locked
    // acct2 and waited for acct1, held by a transfer sent one by one that then asked for acct2.)
    const order = [...shares.values()];
    const writers = order.filter((s) => s.writes);
    // the coordinator: the last host that writes; a block that only reads (a lone retrieve
    // of another host's relations among them): nobody decides, its parts are released once
    // every read is done (without a TM commit there: no phase one, no commit failpoints)
    const coordinator = writers.length === 0 ? null : (writers.at(-1) as Share).host;
    const statementsOf = (share: Share): ast.Statement[] =>
      body.filter((stmt, at) => stmt.kind === 'Range' || share.indexes.includes(at));

    // a host needed is down: one by one reports it at the statement that needs it
    for (const share of shares.values()) {
      if (share.host !== local && !ctx.membership.isUp(share.host)) return undefined;
    }

    const prepared: string[] = [];
    const readOnly: string[] = [];
    // prepared on request: the coordinator asks them for the vote while it runs its share
    const preparing: string[] = [];
    // only read, locks kept: the coordinator asks them at phase one, after its own share
    const holding: string[] = [];
    const sent: string[] = [];
    // a host's work failed (its part is gone: the transaction cannot commit) …
    // (every one, in the order they came: the first is the block's failure)
    const failed: { host: string; error: IngresError }[] = [];
    const fail = (host: string, error: unknown): void => {
      failed.push({ host, error: toIngresError(error) });
    };
    // … or its work ran but it voted no (set inside the calls below: declared wide, so
    // control flow does not narrow it to null)
    let refused = null as IngresError | null;
    const allWell = (): boolean => failed.length === 0 && refused === null;
    const place = (share: Share, blockResults: readonly StatementResult[][]): void => {
      let k = 0;
      statementsOf(share).forEach((stmt, j) => {
        if (stmt.kind === 'Range') return;
        results[share.indexes[k] as number] = blockResults[j] ?? [];
        k++;
      });
    };
    function noteVote(host: string, vote: number, why: string): void {
      if (vote === pb.Vote.VOTE_YES) prepared.push(host);
      else if (vote === pb.Vote.VOTE_PREPARING) preparing.push(host);
      else if (vote === pb.Vote.VOTE_HOLDING) holding.push(host);
      else if (vote === pb.Vote.VOTE_READ_ONLY) readOnly.push(host);
      else refused ??= ingresError(6011, globalId, why === '' ? `host ${host} voted no` : why);
    }

    const readOnlyBlock = coordinator === null;
    const remoteCoordinator = coordinator !== null && coordinator !== local;
    // at once, with a remote coordinator the others vote to it: it asks them as soon as its
    // call arrives (their TR_START waits there for their work: await_work_ms); with this host
    // deciding they vote in their replies, yes once their prepare is durable. Host after host,
    // they vote on request (their flush overlaps the next host's work) and the coordinator
    // asks them before its own share runs.
    const participants = order.filter((s) => s.host !== coordinator);
    const awaitWorkMs = slaveCallDeadlineMs();
    // the local share runs synchronously once its locks are granted: let the calls to the
    // other hosts leave first (one turn of the event loop writes them), so they overlap it
    const othersFirst = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

    // ---- every share but the coordinator's; each votes on its last work
    const runShare = async (share: Share): Promise<void> => {
      try {
        if (share.host === local) {
          try {
            if (parallel) await othersFirst();
            place(share, await runLocal(sc, globalId, statementsOf(share), bindings, waitDie, parallel));
            if (readOnlyBlock) return;
            const vote = await ctx.tm.prepareLast?.(globalId, coordinator as string, local, { onRequest: parallel && remoteCoordinator });
            noteVote(share.host, vote?.vote ?? pb.Vote.VOTE_NO, vote?.errorMessage ?? '');
          } finally {
            if (parallel && remoteCoordinator) ctx.tm.workDone?.(globalId);
          }
          return;
        }
        const reply = await execute(sc, globalId, share, statementsOf(share), bindings, {
          ...readOnlyBlock ? {} : { prepareCoordinator: coordinator as string, voteOnRequest: !parallel || remoteCoordinator },
          plainWait: !waitDie,
          noWait: parallel,
        }, sent);
        place(share, await withParkedRows(sc, globalId, share, resultsFromJson(reply.blockResultsJson)));
        if (!readOnlyBlock) noteVote(share.host, reply.vote ?? pb.Vote.VOTE_NO, reply.voteErrorMessage ?? '');
      } catch (error) {
        fail(share.host, error);
      }
    };

    // ---- the coordinator's share and the commit
    // (set inside the calls below: declared wide, as `refused`)
    let end = null as IngresError | null;
    /** the coordinator's answer: committed, aborted (its commit error), or unknown (6014) */
    let decided = null as 'commit' | 'abort' | 'unknown' | null;
    const runCoordinator = async (): Promise<void> => {
      if (coordinator === null) return;
      const share = shares.get(coordinator) as Share;
      if (coordinator === local) {
        try {
          if (parallel) await othersFirst();
          else await ctx.tm.askEarly?.(globalId, preparing, local);
          place(share, await runLocal(sc, globalId, statementsOf(share), bindings, waitDie, parallel));
          // the others still flush their prepares: stage our commit meanwhile (then either
          // commitAsCoordinator or abortBlock below ends it)
          if (parallel && allWell()) ctx.tm.stageEarly?.(globalId, participants.map((s) => s.host), local);
        } catch (error) {
          fail(share.host, error);
        }
        return;
      }
      try {
        const others = participants.map((s) => s.host);
        const reply = await execute(sc, globalId, share, statementsOf(share), bindings, {
          commit: parallel
            ? { prepared: [], readOnly: [], preparing: others, holding: [], awaitWorkMs: others.length > 0 ? awaitWorkMs : 0 }
            : { prepared, readOnly, preparing, holding },
          plainWait: !waitDie,
          noWait: parallel,
        }, sent);
        place(share, await withParkedRows(sc, globalId, share, resultsFromJson(reply.blockResultsJson)));
        const code = reply.commitErrorCode ?? 0;
        // (6014: the coordinator could not settle a staged commit; its retry loop will)
        decided = code === 0 ? 'commit' : code === 6014 ? 'unknown' : 'abort';
        if (code !== 0) end = new IngresError(code as ErrorCode, reply.commitErrorMessage ?? '');
      } catch (error) {
        const thrown = toIngresError(error);
        if (ROLLED_BACK.has(thrown.code) || thrown.code === 7004 && !sent.includes(share.host)) {
          // its part was rolled back before it could decide (or the call never left here)
          decided = 'abort';
          fail(share.host, thrown);
        } else {
          // the coordinator's call failed in flight: it may have decided either way
          decided = 'unknown';
          end = ingresError(6014, globalId, share.host);
        }
      }
    };
    if (parallel) {
      await Promise.all([...participants.map(runShare), runCoordinator()]);
    } else {
      for (const share of participants) {
        if (!allWell()) break;
        await runShare(share);
      }
      if (allWell()) await runCoordinator();
    }

    if (readOnlyBlock) {
      // nothing was written: release the parts (strict 2PL only needs every read done first)
      if (shares.get(local) !== undefined) await ctx.tm.endReadOnly?.(globalId);
      for (const host of sent) releaseRemote(sc, globalId, host);
      const failure = failed[0] ?? null;
      return { ...finish(body, results, hostOf, failure, null), lost: lostConflict(failure) };
    }

    if (coordinator === local && allWell()) {
      try {
        await ctx.tm.commitAsCoordinator(globalId, { userHost: local, prepared, readOnly, preparing, holding, participantsKnown: true });
        decided = 'commit';
      } catch (error) {
        const why = toIngresError(error);
        if (why.code === 6014) {
          // (its staged record would not go: the retry loop decides, the user hears 6014)
          decided = 'unknown';
          end = why;
        } else fail(local, why);
      }
    }
    if (decided !== 'commit' && decided !== 'unknown' && !allWell()) {
      const unsure = await abortBlock(sc, globalId, coordinator as string, sent);
      if (unsure === null) {
        mark('block.done', globalId);
        const failure = failed[0] ?? null;
        // (a no vote that kept the coordinator from deciding is the end's error)
        return { ...finish(body, results, hostOf, failure, end ?? refused), lost: lostConflict(failure) };
      }
      // the abort could not be made sure of (a staged record that would not go, a commit
      // already under way here): the outcome is not known (6014), never "rolled back"
      decided = 'unknown';
      end = unsure;
    }
    if (decided === 'commit' || decided === 'unknown') {
      // decided (or maybe decided) by the coordinator: a part whose reply was lost may have
      // voted yes to it (one that failed votes no) — its statements carry their error, and
      // nobody may abort in the coordinator's name
      for (const { host, error } of failed) {
        const share = shares.get(host);
        if (share === undefined) continue;
        const why = decided === 'commit' ? 'its results were lost; the transaction committed' : 'its results were lost';
        for (const at of share.indexes) results[at] = [{ kind: 'error', error: new IngresError(error.code as ErrorCode, `${error.message} (${why})`) }];
      }
    }
    mark('block.done', globalId);
    if (decided === 'commit') return { ...finish(body, results, hostOf, null, null), lost: null };
    if (end?.code === 6014) {
      // the coordinator's answer was lost: a holding host it never asked would keep its read
      // locks (nobody else ends an unprepared part whose user host lives) — release them. If
      // the coordinator is still at work, their vote becomes no and it aborts; if it asked
      // them already, they are gone and this is a no-op. The outcome stays unknown (6014).
      for (const host of holding) {
        if (host === local) await ctx.tm.endReadOnly?.(globalId).catch(() => undefined);
        else releaseRemote(sc, globalId, host);
      }
    }
    if (end?.code === 6014) {
      // a share whose reply was lost with the outcome (the coordinator's, its call failed in
      // flight) has no results: each of its statements answers the 6014, so the user sees
      // one result per statement, as one by one (until 12-07 they were missing)
      for (const [at, got] of results.entries()) {
        if (got === null) results[at] = [{ kind: 'error', error: new IngresError(6014, `${end.message} (this statement's result was lost with it)`) }];
      }
    }
    return { ...finish(body, results, hostOf, null, end), lost: null };
  } finally {
    endGlobalId(globalId); // its master is done with it (Tm.Active)
  }
}

/** The failure, when it is a lock conflict lost before any decision (worth another try). */
function lostConflict(failure: { host: string; error: IngresError } | null): IngresError | null {
  return failure !== null && (failure.error.code === 6001 || failure.error.code === 6015 || failure.error.code === 6017) ? failure.error : null;
}

/** The local share, in this host's part of the global transaction (wait-die: see runOnce). */
async function runLocal(
  sc: StatementContext, globalId: string, statements: readonly ast.Statement[], bindings: readonly { variable: string; relation: string }[],
  waitDie: boolean, noWait: boolean,
): Promise<StatementResult[][]> {
  const part = sc.ctx.tm.part(globalId, sc.options.user, { waitDie, noWait });
  const ranges = new Map(bindings.map((b) => [b.variable, b.relation]));
  const host: BatchHost = {
    db: sc.ctx.database,
    env: (txn) => ({
      txn, user: sc.options.user, dba: sc.options.dba ?? 'ingres', scope: fixedScope(txn, ranges), options: sc.options, relationDestroyed: () => undefined,
      ...(sc.spool === true ? { spool: true } : {}),
    }),
    range: (_txn, stmt) => {
      for (const b of stmt.bindings) ranges.set(b.variable, b.relation);
      return Promise.resolve([done('Range')]);
    },
  };
  const outcome = await runBatch(host, part.txn, statements);
  if (outcome.kind === 'no-locks' || outcome.kind === 'failed') throw outcome.error;
  // the master saw the same catalog a moment ago; a change since is as a lock failure
  if (outcome.kind === 'fallback') throw ingresError(6005, 'the catalog changed while the block waited for its locks');
  return outcome.results as StatementResult[][];
}

/**
 * A block reply's results whose rows did not all fit in it (`more`: the rest is parked on
 * the share's host, slave.ts parkLargeResults): the rest, asked for as a fetch's is, kept
 * as this run keeps a retrieve's rows — past the result memory in a spool file when the
 * run may spool, else whole within the result budget (4130). If that host fails meanwhile,
 * the statement's result is the error; what the block did is decided apart from it.
 */
async function withParkedRows(sc: StatementContext, globalId: string, share: Share, list: StatementResult[][]): Promise<StatementResult[][]> {
  const out: StatementResult[][] = [];
  for (const results of list) {
    const kept: StatementResult[] = [];
    for (const result of results) {
      const more = result.kind === 'rows' ? Number((result as { more?: number }).more ?? 0) : 0;
      if (result.kind !== 'rows' || more === 0) {
        kept.push(result);
        continue;
      }
      try {
        kept.push(await pullRows(sc, globalId, share, result, more));
      } catch (error) {
        kept.push({ kind: 'error', error: toIngresError(error) });
      }
    }
    out.push(kept);
  }
  return out;
}

async function pullRows(sc: StatementContext, globalId: string, share: Share, result: StatementResult & { kind: 'rows' }, more: number): Promise<StatementResult> {
  const { ctx } = sc;
  const width = result.columns.length;
  const spool = new RowSpool(width, sc.spool === true ? spoolMemoryNow() : Number.POSITIVE_INFINITY);
  const budget = sc.spool === true ? null : new ResultBudget(width);
  const add = (row: Value[]): void => {
    budget?.add(row);
    spool.add(row);
  };
  const relation = share.relations.values().next().value ?? '(none)';
  try {
    for (const row of result.rows) add(row as Value[]);
    const { bytes } = await fetchInto(liveAddress(ctx, share.host, relation), share.host, relation, { database: ctx.name, globalId, cursor: more }, ctx, add);
    const counters = shipCounters(ctx);
    counters.bytesTotal += bytes;
    counters.lastStatementBytes += bytes;
  } catch (error) {
    spool.discard();
    throw error;
  }
  const spooled = spool.tail();
  return { kind: 'rows', title: result.title, columns: result.columns, rows: spool.head, ...(spooled === null ? {} : { spooled }) };
}

/** Slave.Execute of one host's share. */
async function execute(
  sc: StatementContext,
  globalId: string,
  share: Share,
  statements: readonly ast.Statement[],
  bindings: readonly { variable: string; relation: string }[],
  extra: { prepareCoordinator?: string; voteOnRequest?: boolean; commit?: pbt.ICommitRequest; plainWait?: boolean; noWait?: boolean },
  /** the host is added once the call leaves (a host found down before is not) */
  sent: string[],
): Promise<pbt.IExecuteReply> {
  const { ctx } = sc;
  const request: pbt.IExecuteRequest = {
    database: ctx.name,
    globalId,
    user: sc.options.user,
    dba: sc.options.dba ?? 'ingres',
    userHost: ctx.hostDirectory.localHost,
    ranges: [...bindings],
    statementsJson: statements.map((stmt) => JSON.stringify(stmt)),
    retrieveIntoStructure: sc.options.retrieveIntoStructure,
    indexStructure: sc.options.indexStructure,
    ...extra,
  };
  const counters = shipCounters(ctx);
  counters.executeCalls += 1;
  const { host } = share;
  const relation = share.relations.values().next().value ?? '(none)';
  const address = liveAddress(ctx, host, relation);
  sent.push(host);
  mark('block.send', globalId, host);
  const reply = await unary(address, host, relation, SlaveService.Execute, request, slaveCallDeadlineMs(), ctx);
  mark('block.reply', globalId, host);
  counters.bytesTotal += pb.ExecuteRequest.encode(request).finish().length + (reply.blockResultsJson?.length ?? 0);
  return reply;
}

/** End a remote read-only part (no reply awaited: the block's reads are all done). */
function releaseRemote(sc: StatementContext, globalId: string, host: string): void {
  const address = sc.ctx.hostDirectory.address(host);
  if (address === undefined) return;
  unary(address, host, '(release)', SlaveService.EndTxn, {
    database: sc.ctx.name, globalId, userHost: sc.ctx.hostDirectory.localHost, action: pb.EndAction.END_ACTION_ABORT,
  }, END_TXN_DEADLINE_MS).catch(() => undefined);
}

/**
 * Abort: the coordinator first (it remembers the abort, so its commit can never follow, and
 * tells every host in its own name: parts prepared for it obey only it), then our part.
 * Null when aborted; else the 6014 to answer: this host coordinates and could not abort
 * (its staged record would not go, or a commit of it is already under way here).
 */
async function abortBlock(sc: StatementContext, globalId: string, coordinator: string, sent: readonly string[]): Promise<IngresError | null> {
  const { ctx } = sc;
  const local = ctx.hostDirectory.localHost;
  if (coordinator === local) {
    try {
      await ctx.tm.abort(globalId);
      return null;
    } catch (error) {
      const why = toIngresError(error);
      return why.code === 6014 ? why : new IngresError(6014, `the outcome of global transaction ${globalId} is not known yet: ${why.message}`, { cause: why });
    }
  }
  const address = ctx.hostDirectory.address(coordinator);
  // (cancelled at once when the coordinator leaves the group: a dead one must not hold us
  // for END_TXN_DEADLINE_MS)
  const told = address !== undefined && ctx.membership.isUp(coordinator) && await unary(address, coordinator, '(abort)', SlaveService.EndTxn, {
    database: ctx.name, globalId, userHost: local, action: pb.EndAction.END_ACTION_ABORT,
  }, END_TXN_DEADLINE_MS, ctx).then(() => true, () => false);
  // the coordinator unreachable: parts prepared for it learn "abort" when they ask it
  if (!told) for (const host of sent) releaseRemote(sc, globalId, host);
  // (our part prepared for the coordinator refuses: it asks the coordinator, which never
  // committed — it was not asked to, or it refused)
  await ctx.tm.abort(globalId, { onlyContacted: true }).catch(() => undefined);
  return null;
}

/**
 * The block's results in statement order. A host whose part failed (a lock it could not
 * have, a host gone, a no vote before anything committed) rolled the transaction back: its
 * first statement carries the error, the statements after it are refused (6008) and the end
 * says nothing was committed (6009) — as one by one would have.
 */
function finish(
  body: readonly ast.Statement[],
  results: readonly (StatementResult[] | null)[],
  hostOf: readonly (string | null)[],
  failure: { host: string; error: IngresError } | null,
  end: IngresError | null,
): BlockRun {
  if (failure === null) return { results: results.map((r) => r ?? []), end };
  const cause = failure.error;
  const why = `${cause.code}: ${cause.message}`;
  let at = hostOf.findIndex((h) => h === failure.host);
  if (at < 0) at = body.length;
  // one result per statement: what ran before the failing one keeps its result; one that
  // never got one (its share did not run: a host before it in the block failed first) is
  // refused as those after it are (until 12-07 it had no result at all)
  const out = results.map((r, i): StatementResult[] => {
    if (i < at && r !== null) return r;
    if (i === at) return [{ kind: 'error', error: cause }];
    return [{ kind: 'error', error: ingresError(6008, why) }];
  });
  return { results: out, end: ingresError(6009, why) };
}
