/*
 * dist-block.ts — a whole `begin transaction … end transaction` (or a lone statement) on a
 * database spread over hosts, when every statement reads and writes the relations of ONE
 * host: each host gets its statements in one Slave.Execute (one batch there), in statement
 * order; the hosts that do not coordinate prepare on that same call (TR_START piggybacked;
 * one whose share only read keeps its locks until phase one), and the coordinator — the
 * last host that writes — commits on its own call (TR_REQ piggybacked).
 * src/dbsys/distributed/README.md has the message trace.
 */
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
import { END_TXN_DEADLINE_MS, liveAddress, shipCounters, slaveCallDeadlineMs, unary } from './peers.js';

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
const ROLLED_BACK = new Set([6001, 6002, 6005, 6015]);

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
  for (let attempt = 0; ; attempt++) {
    const run = await runOnce(sc, body, declare, startMs);
    if (run === undefined || run.lost === null || Date.now() - startMs > RETRY_WINDOW_MS) return run;
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
  // parts of a block over several hosts follow wait-die, so no cycle of waits can span
  // hosts; a block of one host holds locks nowhere else and waits as any transaction does
  // (a wait-die loser would be run again and again until its window ends)
  const waitDie = shares.size > 1;
  try {
    const results: (StatementResult[] | null)[] = body.map((stmt) => (stmt.kind === 'Range' ? [done('Range')] : null));
    // shares run one after the other in the order of their first statement, so a block
    // takes its locks host by host in statement order, as the same statements one by one
    // would (a block never deadlocks with them where they would not deadlock each other)
    const order = [...shares.values()];
    const writers = order.filter((s) => s.writes);
    // the coordinator: the last host that writes (its commit rides on its own work, which
    // runs last); a block of one host: that host (its "commit" just ends it); reads on
    // several hosts: nobody decides
    const only = shares.size === 1 ? (order[0] as Share).host : null;
    const coordinator = writers.length === 0 ? only : (writers.at(-1) as Share).host;
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
    let failure: { host: string; error: IngresError } | null = null;
    const fail = (host: string, error: unknown): void => {
      failure ??= { host, error: toIngresError(error) };
    };
    // … or its work ran but it voted no
    let refused: IngresError | null = null;
    const place = (share: Share, blockResults: readonly StatementResult[][]): void => {
      let k = 0;
      statementsOf(share).forEach((stmt, j) => {
        if (stmt.kind === 'Range') return;
        results[share.indexes[k] as number] = blockResults[j] ?? [];
        k++;
      });
    };

    // ---- phase A: every share but the coordinator's, in turn; each votes on its last work
    const phaseA = order.filter((s) => s.host !== coordinator);
    const readOnlyBlock = coordinator === null;
    for (const share of phaseA) {
      if (failure !== null || refused !== null) break;
      try {
        if (share.host === local) {
          const outcome = await runLocal(sc, globalId, statementsOf(share), bindings, waitDie);
          place(share, outcome);
          if (readOnlyBlock) continue;
          const vote = await ctx.tm.prepareLast?.(globalId, coordinator as string, local);
          noteVote(share.host, vote?.vote ?? pb.Vote.VOTE_NO, vote?.errorMessage ?? '');
          continue;
        }
        sent.push(share.host);
        const reply = await execute(sc, globalId, share, statementsOf(share), bindings, readOnlyBlock ? {} : { prepareCoordinator: coordinator as string, voteOnRequest: true });
        place(share, resultsFromJson(reply.blockResultsJson));
        if (!readOnlyBlock) noteVote(share.host, reply.vote ?? pb.Vote.VOTE_NO, reply.voteErrorMessage ?? '');
      } catch (error) {
        fail(share.host, error);
      }
    }
    function noteVote(host: string, vote: number, why: string): void {
      if (vote === pb.Vote.VOTE_YES) prepared.push(host);
      else if (vote === pb.Vote.VOTE_PREPARING) preparing.push(host);
      else if (vote === pb.Vote.VOTE_HOLDING) holding.push(host);
      else if (vote === pb.Vote.VOTE_READ_ONLY) readOnly.push(host);
      else refused ??= ingresError(6011, globalId, why === '' ? `host ${host} voted no` : why);
    }

    if (readOnlyBlock) {
      // nothing was written: release the parts (strict 2PL only needs every read done first)
      if (shares.get(local) !== undefined) await ctx.tm.endReadOnly?.(globalId);
      for (const host of sent) releaseRemote(sc, globalId, host);
      return { ...finish(body, results, hostOf, failure, null), lost: lostConflict(failure) };
    }

    // ---- phase B: the coordinator's share and the commit
    let end: IngresError | null = refused;
    const share = shares.get(coordinator as string) as Share;
    if (failure === null && refused === null) {
      try {
        if (coordinator === local) {
          await ctx.tm.askEarly?.(globalId, preparing, local);
          place(share, await runLocal(sc, globalId, statementsOf(share), bindings, waitDie));
          await ctx.tm.commitAsCoordinator(globalId, { userHost: local, prepared, readOnly, preparing, holding, participantsKnown: true });
        } else {
          sent.push(share.host);
          const reply = await execute(sc, globalId, share, statementsOf(share), bindings, { commit: { prepared, readOnly, preparing, holding }, plainWait: !waitDie });
          place(share, resultsFromJson(reply.blockResultsJson));
          const code = reply.commitErrorCode ?? 0;
          if (code !== 0) end = new IngresError(code as ErrorCode, reply.commitErrorMessage ?? '');
        }
      } catch (error) {
        const thrown = toIngresError(error);
        if (coordinator === local || ROLLED_BACK.has(thrown.code) || thrown.code === 7004 && !sent.includes(share.host)) fail(share.host, thrown);
        // the coordinator's call failed in flight: it may have decided either way
        else end = ingresError(6014, globalId, share.host);
      }
    }
    if (failure !== null || refused !== null) {
      await abortBlock(sc, globalId, coordinator as string, sent);
      return { ...finish(body, results, hostOf, failure, end), lost: lostConflict(failure) };
    }
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
    return { ...finish(body, results, hostOf, null, end), lost: null };
  } finally {
    endGlobalId(globalId); // its master is done with it (Tm.Active)
  }
}

/** The failure, when it is a lock conflict lost before any decision (worth another try). */
function lostConflict(failure: { host: string; error: IngresError } | null): IngresError | null {
  return failure !== null && (failure.error.code === 6001 || failure.error.code === 6015) ? failure.error : null;
}

/** The local share, in this host's part of the global transaction (wait-die: see runOnce). */
async function runLocal(sc: StatementContext, globalId: string, statements: readonly ast.Statement[], bindings: readonly { variable: string; relation: string }[], waitDie: boolean): Promise<StatementResult[][]> {
  const part = sc.ctx.tm.part(globalId, sc.options.user, { waitDie });
  const ranges = new Map(bindings.map((b) => [b.variable, b.relation]));
  const host: BatchHost = {
    db: sc.ctx.database,
    env: (txn) => ({ txn, user: sc.options.user, dba: sc.options.dba ?? 'ingres', scope: fixedScope(txn, ranges), options: sc.options, relationDestroyed: () => undefined }),
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

/** Slave.Execute of one host's share. */
async function execute(
  sc: StatementContext,
  globalId: string,
  share: Share,
  statements: readonly ast.Statement[],
  bindings: readonly { variable: string; relation: string }[],
  extra: { prepareCoordinator?: string; voteOnRequest?: boolean; commit?: pbt.ICommitRequest; plainWait?: boolean },
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
  const reply = await unary(liveAddress(ctx, host, relation), host, relation, SlaveService.Execute, request, slaveCallDeadlineMs(), ctx);
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
 */
async function abortBlock(sc: StatementContext, globalId: string, coordinator: string, sent: readonly string[]): Promise<void> {
  const { ctx } = sc;
  const local = ctx.hostDirectory.localHost;
  if (coordinator === local) {
    await ctx.tm.abort(globalId).catch(() => undefined);
    return;
  }
  const address = ctx.hostDirectory.address(coordinator);
  // (cancelled at once when the coordinator leaves the group: a dead one must not hold us
  // for END_TXN_DEADLINE_MS)
  const told = address !== undefined && ctx.membership.isUp(coordinator) && await unary(address, coordinator, '(abort)', SlaveService.EndTxn, {
    database: ctx.name, globalId, userHost: local, action: pb.EndAction.END_ACTION_ABORT,
  }, END_TXN_DEADLINE_MS, ctx).then(() => true, () => false);
  // the coordinator unreachable: parts prepared for it learn "abort" when they ask it
  if (!told) for (const host of sent) releaseRemote(sc, globalId, host);
  await ctx.tm.abort(globalId, { onlyContacted: true }).catch(() => undefined);
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
  const out = results.map((r, i): StatementResult[] => {
    if (i < at) return r ?? [];
    if (i === at) return [{ kind: 'error', error: cause }];
    return [{ kind: 'error', error: ingresError(6008, why) }];
  });
  return { results: out, end: ingresError(6009, why) };
}
