/*
 * slave.ts — the slave database system (service ingres.Slave) a remote master calls:
 * Fetch runs a detached one-variable subquery in the host's part of the global
 * transaction (S lock held to its end) and sends back the reduced tuples (spooled here,
 * in replies of bounded size, the rest parked under a cursor); Execute runs a
 * shipped update here; EndTxn commits (this TM coordinates) or aborts; applyCatalogStatements
 * is what the TM calls on a participant to apply UP_SYS.
 */
import { mark } from '../../common/timeline.js';
import type { Server, ServerUnaryCall, ServerWritableStream, sendUnaryData } from '@grpc/grpc-js';
import { ingresError, toIngresError } from '../../common/errors.js';
import { failpoints } from '../../common/failpoints.js';
import type { CatalogApplier, DatabaseContext, LocalPart } from '../../cluster/api.js';
import { lookupRelation, prepareAggregate, prepareStatement } from '../../executor/index.js';
import type { StatementEnv } from '../../executor/index.js';
import { pb, type pbt } from '../../net/gen/index.js';
import type { Decoded } from '../../net/services.js';
import { SlaveService } from '../../net/slave-service.js';
import { badMessage, drained, errorToStatus, peerJson, resultsToJson, ROWS_PER_CHUNK } from '../../net/wire.js';
import type { Value } from '../../types/value.js';
import type * as ast from '../../parser/ast.js';
import { parse } from '../../parser/index.js';
import { rowChunks, type SessionOptions, type StatementResult } from '../session-api.js';
import { runBatch, type BatchHost } from '../batch-run.js';
import { RangeTable } from '../range-table.js';
import { userOf } from './ddl-text.js';
import { fixedScope, lockAndRun, runInGlobal, runUnderLocks } from './master.js';
import { MESSAGE_ROW_BYTES, packedBytes, shipCounters } from './peers.js';
import { decodeRows, encodeRows } from '../../net/row-codec.js';
import { statementGate } from '../../common/statement-gate.js';
import { hashKey } from '../../types/collation.js';

/** Errors after which the storage layer has rolled the whole part back. */
const ROLLED_BACK = new Set([6001, 6002, 6005, 6015]);

/** Work of one global transaction on this host runs one call at a time. */
const queuesOf = new WeakMap<DatabaseContext, Map<string, Promise<unknown>>>();

function serial<T>(ctx: DatabaseContext, globalId: string, body: () => Promise<T>): Promise<T> {
  let queues = queuesOf.get(ctx);
  if (queues === undefined) {
    queues = new Map();
    queuesOf.set(ctx, queues);
  }
  const before = queues.get(globalId) ?? Promise.resolve();
  const next = before.then(body, body);
  const tail = next.catch(() => undefined);
  queues.set(globalId, tail);
  void tail.then(() => {
    if (queues?.get(globalId) === tail) queues.delete(globalId);
  });
  return next;
}

function optionsOf(user: string, dba: string, into = '', index = ''): SessionOptions {
  return {
    user,
    dba: dba === '' ? 'ingres' : dba,
    retrieveIntoStructure: into === '' ? 'cheapsort' : into,
    indexStructure: index === '' ? 'isam' : index,
  };
}

const POS = { line: 1, column: 1 };

/**
 * The reduced tuples of a fetch, one at a time: those the retrieve kept in memory, then
 * those it spooled to a file past the result memory (executor/row-spool.ts). `close()`
 * frees the file, whether every row was read or not.
 */
export interface FetchedRows {
  readonly rows: Iterator<readonly Value[]>;
  close(): void;
}

const NO_ROWS: FetchedRows = { rows: [][Symbol.iterator](), close: () => undefined };

function fetchedRows(result: StatementResult | undefined): FetchedRows {
  if (result === undefined || result.kind !== 'rows') return NO_ROWS;
  function* rows(chunks: Iterable<readonly (readonly Value[])[]>): Generator<readonly Value[]> {
    for (const chunk of chunks) yield* chunk;
  }
  return { rows: rows(rowChunks(result)), close: () => result.spooled?.close() };
}

/** Slave.Fetch: the reduced tuples of a one-variable subquery. */
export async function fetchLocal(ctx: DatabaseContext, request: pbt.IFetchRequest): Promise<FetchedRows> {
  const globalId = request.globalId ?? '';
  const user = request.user ?? '';
  const relationName = request.relation ?? '';
  const variable = request.variable || 'r';
  if (globalId === '' || relationName === '') throw badMessage('Fetch without transaction or relation');
  if (request.countOnly) {
    const txn = ctx.database.begin(user, { singleStatement: true });
    try {
      const relation = txn.relation(relationName);
      if (relation === undefined) throw ingresError(2106, 1, relationName);
      return { rows: [[relation.tupleCount]][Symbol.iterator](), close: () => undefined };
    } finally {
      txn.abort();
    }
  }
  return serial(ctx, globalId, async () => {
    const part = partFor(ctx, globalId, user, request.resumed === true);
    try {
      return await fetchInPart(part, request, relationName, variable, user);
    } finally {
      // the statement's only work anywhere: nobody will end this part, so end it now
      if (request.release === true) await ctx.tm.endReadOnly?.(globalId);
    }
  });
}

async function fetchInPart(part: LocalPart, request: pbt.IFetchRequest, relationName: string, variable: string, user: string): Promise<FetchedRows> {
  if (request.aggregateJson) return aggregateInPart(part, request, user);
  {
    const txn = part.txn;
    // the relation's own lock is the subquery's (below): S on it, or IS and S on one key
    // when the restriction names one key (executor/key-locks.ts); IS first, so that its
    // entry read here is not one a catalog change is making (that holds X on it)
    await txn.lock([{ name: relationName, mode: 'IS' }]);
    const relation = txn.relation(relationName);
    if (relation === undefined) throw ingresError(2106, 1, relationName);
    const names = (request.attributes ?? []).length > 0 ? (request.attributes ?? []) : relation.attributes.map((a) => a.name);
    const where = request.whereJson ? peerJson<ast.Expr>(request.whereJson, 'where_json') : null;
    const stmt: ast.RetrieveStmt = {
      kind: 'Retrieve',
      into: null,
      unique: false,
      targets: names.map((attribute) => ({
        kind: 'TargetExpr',
        name: null,
        expr: { kind: 'AttrRef', variable, attribute, pos: POS },
        pos: POS,
      })),
      where,
      sortBy: [],
      pos: POS,
    };
    // the master checked the user's permits on the whole statement (and ANDed their
    // qualifications into it): the subquery runs with the owner's rights
    const options = optionsOf(user, user);
    const env: StatementEnv = {
      txn,
      user,
      dba: user,
      scope: fixedScope(txn, new Map([[variable, relationName]])),
      options,
      relationDestroyed: () => undefined,
      // rows past the result memory go to a file here, and are sent from there
      spool: true,
    };
    const semi = semiFilter(request, names);
    const { results } = await lockAndRun(txn, env, stmt, prepareStatement(env, stmt));
    const rows = fetchedRows(results[0]);
    return semi === null ? rows : { rows: semiJoined(rows.rows, semi.at, semi.keys), close: rows.close };
  }
}

/** A fetch's semi-join (FetchRequest.semi_attribute): the column it filters and the values' keys; 7003 when malformed. */
function semiFilter(request: pbt.IFetchRequest, names: readonly string[]): { at: number; keys: Set<string> } | null {
  const attribute = request.semiAttribute ?? '';
  if (attribute === '') return null;
  const at = names.indexOf(attribute);
  if (at < 0) throw badMessage(`semi_attribute ${attribute} is not one of the fetched attributes`);
  const keys = new Set<string>();
  for (const row of decodeRows(request.semiValues ?? new Uint8Array(0), 'semi_values')) {
    if (row.length !== 1) throw badMessage('semi_values holds a row that is not one value');
    keys.add(hashKey(row[0] as Value));
  }
  return { at, keys };
}

/** The rows whose value at `at` equals one of `keys` (hashKey: the executor's equality). */
function* semiJoined(rows: Iterator<readonly Value[]>, at: number, keys: ReadonlySet<string>): Generator<readonly Value[]> {
  for (let next = rows.next(); next.done !== true; next = rows.next()) {
    if (keys.has(hashKey(next.value[at] as Value))) yield next.value;
  }
}

/** FetchAll of an aggregate (FetchRequest.aggregate_json): its result rows, computed here. */
async function aggregateInPart(part: LocalPart, request: pbt.IFetchRequest, user: string): Promise<FetchedRows> {
  const txn = part.txn;
  let aggregate: ast.Aggregate | null = null;
  try {
    aggregate = JSON.parse(request.aggregateJson ?? '') as ast.Aggregate;
  } catch {
    // (checked below)
  }
  if (aggregate === null || typeof aggregate !== 'object' || aggregate.kind !== 'Aggregate') throw badMessage('aggregate_json is not an aggregate');
  const ranges = new Map((request.ranges ?? []).map((r) => [r.variable ?? '', r.relation ?? ''] as const));
  const env: StatementEnv = {
    txn,
    user,
    dba: user,
    scope: fixedScope(txn, ranges),
    options: optionsOf(user, user),
    relationDestroyed: () => undefined,
  };
  const { results } = await runUnderLocks(txn, () => prepareAggregate(env, aggregate));
  return fetchedRows(results[0]);
}

/** the rest of a fetch nobody asks for within this is dropped (its spool file freed) */
const PARKED_IDLE_MS = 30_000;

/**
 * fetches that may wait at once: parking one more drops the one that has waited longest
 * (its master gets 7102). Each holds up to the result memory (64 MiB by default) besides
 * its file, so a burst of masters that stop asking cannot take the daemon's heap.
 */
const PARKED_MAX = 64;

/** fetches with rows still to send, by cursor, the one parked longest ago first */
const parked = new Map<number, { readonly database: string; readonly globalId: string; readonly rows: FetchedRows; readonly timer: NodeJS.Timeout }>();
let lastCursor = 0;

/**
 * Rows of `rows` while `used.bytes` (what the message holds so far, counted on) stays under
 * MESSAGE_ROW_BYTES; `done` when none are left, its file then closed.
 */
function takeRows(rows: FetchedRows, used: { bytes: number }): { taken: Value[][]; done: boolean } {
  const taken: Value[][] = [];
  try {
    while (used.bytes < MESSAGE_ROW_BYTES) {
      const next = rows.rows.next();
      if (next.done === true) {
        rows.close();
        return { taken, done: true };
      }
      taken.push(next.value as Value[]);
      used.bytes += packedBytes(next.value);
    }
  } catch (error) {
    rows.close();
    throw error;
  }
  return { taken, done: false };
}

/** The next reply of a fetch; what does not fit waits under cursor `more` (the same cursor again). */
function replyOf(rows: FetchedRows, database: string, globalId: string, cursor: number): pbt.IFetchChunk {
  const { taken, done } = takeRows(rows, { bytes: 0 });
  return done ? { packed: encodeRows(taken) } : { packed: encodeRows(taken), more: park(rows, database, globalId, cursor) };
}

/** Keeps `rows` until asked for with the cursor returned (`cursor`, or a new one when 0). */
function park(rows: FetchedRows, database: string, globalId: string, cursor = 0): number {
  const more = cursor !== 0 ? cursor : ++lastCursor;
  for (const [oldest, entry] of parked) {
    if (parked.size < PARKED_MAX) break;
    parked.delete(oldest);
    clearTimeout(entry.timer);
    entry.rows.close();
  }
  const timer = setTimeout(() => {
    parked.delete(more);
    rows.close();
  }, PARKED_IDLE_MS);
  timer.unref();
  parked.set(more, { database, globalId, rows, timer });
  return more;
}

/**
 * A block's results for its reply: a retrieve's rows go in the reply up to
 * MESSAGE_ROW_BYTES in all; the rest of a result (spooled here past the result memory)
 * is parked, and the result says under which cursor (`more`): its master asks for them
 * as for a fetch's. So a block's retrieve of any size fits in one message.
 */
function parkLargeResults(results: readonly StatementResult[][], database: string, globalId: string): StatementResult[][] {
  const used = { bytes: 0 };
  return results.map((list) => list.map((result) => {
    if (result.kind !== 'rows') return result;
    const rows = fetchedRows(result);
    const { taken, done } = takeRows(rows, used);
    const head = { kind: 'rows', title: result.title, columns: result.columns, rows: taken } as const;
    return done ? head : { ...head, more: park(rows, database, globalId) } as StatementResult;
  }));
}

/** FetchAll with a cursor: the next reply of a parked fetch of the same transaction. */
function fetchMore(request: pbt.IFetchRequest, cursor: number, localHost: string): pbt.IFetchChunk {
  const entry = parked.get(cursor);
  if (entry === undefined || entry.database !== (request.database ?? '') || entry.globalId !== (request.globalId ?? '')) {
    throw ingresError(7102, localHost, `fetch ${cursor} of transaction ${request.globalId ?? ''} was not asked to go on within ${PARKED_IDLE_MS / 1000} s, ${PARKED_MAX} later ones were waiting, or the host restarted`);
  }
  parked.delete(cursor);
  clearTimeout(entry.timer);
  return replyOf(entry.rows, entry.database, entry.globalId, cursor);
}

/**
 * This host's part of `globalId`. When the master says it sent work here before
 * (`resumed`) and no part exists, this host restarted since and lost that work: starting a
 * fresh part would let the transaction commit without it, so the call fails (6011) and
 * the master's transaction aborts.
 */
function partFor(ctx: DatabaseContext, globalId: string, user: string, resumed: boolean, waitDie = false, noWait = false): LocalPart {
  if (resumed && ctx.tm.existingPart?.(globalId) === undefined) {
    throw ingresError(6011, globalId, `host ${ctx.hostDirectory.localHost} restarted and lost its part`);
  }
  return ctx.tm.part(globalId, user, { waitDie, noWait });
}

/** Slave.Execute: a shipped statement (its target lives here) or tuples to insert here. */
export async function executeLocal(ctx: DatabaseContext, request: pbt.IExecuteRequest): Promise<pbt.IExecuteReply> {
  const globalId = request.globalId ?? '';
  const user = request.user ?? '';
  if (globalId === '') throw badMessage('Execute without transaction');
  const options = optionsOf(user, request.dba ?? '', request.retrieveIntoStructure ?? '', request.indexStructure ?? '');
  if (!request.statementJson && (request.statementsJson ?? []).length > 0) {
    mark('slave.in', globalId);
    return serial(ctx, globalId, async () => {
      try {
        const reply = await executeBlock(ctx, request, options);
        // (tests: the work ran and voted, and its reply to the user host is lost)
        if ((request.prepareCoordinator ?? '') !== '') await failpoints.hit('slave.block.before-reply');
        return reply;
      } finally {
        // a coordinator's TR_START may be waiting for this work to end (await_work_ms)
        if ((request.prepareCoordinator ?? '') !== '') ctx.tm.workDone?.(globalId);
      }
    });
  }
  if (!request.statementJson) {
    const name = request.insertRelation ?? '';
    return serial(ctx, globalId, async () => {
      const part = partFor(ctx, globalId, user, request.resumed === true);
      const txn = part.txn;
      await txn.lock([{ name, mode: 'X' }]);
      const relation = txn.relation(name);
      if (relation === undefined) throw ingresError(2106, 1, name);
      let stored = 0;
      const packed = request.insertPacked !== undefined && request.insertPacked !== null && request.insertPacked.length > 0
        ? decodeRows(request.insertPacked, `host ${request.userHost ?? ''}`) : [];
      txn.statement(() => {
        for (const values of packed) if (txn.insert(relation, values)) stored += 1;
      });
      part.wrote = true;
      return { resultsJson: JSON.stringify([{ kind: 'done', statement: 'Copy', tuples: stored }]), bytesFetched: 0 };
    });
  }
  const stmt = peerJson<ast.Statement>(request.statementJson, 'statement_json');
  const ranges = new Map<string, string>();
  for (const r of request.ranges ?? []) ranges.set(r.variable ?? '', r.relation ?? '');
  return serial(ctx, globalId, async () => {
    partFor(ctx, globalId, user, request.resumed === true);
    const counters = shipCounters(ctx);
    const outcome = await runInGlobal(
      {
        ctx,
        options,
        ranges,
        scope: (txn) => fixedScope(txn, ranges),
        relationDestroyed: () => undefined,
      },
      globalId,
      stmt,
      false,
    );
    return { resultsJson: JSON.stringify(outcome.results), bytesFetched: counters.lastStatementBytes };
  });
}

/**
 * A distributed block's statements for this host (they read and write only its relations):
 * one batch in the host's part, then, as asked, this host's vote (prepared for the
 * coordinator: TR_START piggybacked; with vote_on_request the reply comes before the
 * prepare is durable, VOTE_PREPARING, and the coordinator's TR_START fetches the vote) or
 * the commit with this host as coordinator (TR_REQ piggybacked). A statement failing alone
 * is its result; the block's locks failing fails the call (the part is rolled back: the
 * master aborts the global transaction).
 */
async function executeBlock(ctx: DatabaseContext, request: pbt.IExecuteRequest, options: SessionOptions): Promise<pbt.IExecuteReply> {
  const globalId = request.globalId ?? '';
  // (tests: a slow host — its share's answer comes after the others')
  await failpoints.hit('slave.execute');
  const statements = (request.statementsJson ?? []).map((text) => peerJson<ast.Statement>(text, 'statements_json'));
  const ranges = new Map<string, string>();
  for (const r of request.ranges ?? []) ranges.set(r.variable ?? '', r.relation ?? '');
  // a block's parts follow wait-die (the master runs a block that lost a conflict again),
  // but for a block of this host only
  const part = partFor(ctx, globalId, options.user, request.resumed === true, request.plainWait !== true, request.noWait === true);
  // the coordinator-to-be asks the hosts that prepared on request for their votes now, so
  // their flushes overlap its own share
  const preparing = request.commit?.preparing ?? [];
  const awaitWorkMs = request.commit?.awaitWorkMs ?? 0;
  if (preparing.length > 0) await ctx.tm.askEarly?.(globalId, preparing, request.userHost ?? '', { awaitWorkMs });
  const host: BatchHost = {
    db: ctx.database,
    // a retrieve's rows past the result memory go to a file here (parkLargeResults sends them)
    env: (txn) => ({ txn, user: options.user, dba: options.dba ?? 'ingres', scope: fixedScope(txn, ranges), options, relationDestroyed: () => undefined, spool: true }),
    range: (txn, stmt) => {
      for (const b of stmt.bindings) {
        if (lookupRelation(txn, b.relation) === undefined) throw ingresError(2117, b.pos.line, b.relation);
      }
      for (const b of stmt.bindings) ranges.set(b.variable, b.relation);
      return Promise.resolve([{ kind: 'done', statement: 'Range', tuples: null }]);
    },
  };
  mark('slave.batch', globalId);
  const outcome = await runBatch(host, part.txn, statements);
  mark('slave.batched', globalId);
  if (outcome.kind === 'no-locks' || outcome.kind === 'failed') throw outcome.error;
  let results: readonly StatementResult[][];
  if (outcome.kind === 'ran') {
    results = outcome.results;
  } else {
    // analyzed again under the locks, a statement needs more: one by one after all
    const oneByOne: StatementResult[][] = [];
    for (const stmt of statements) {
      try {
        oneByOne.push(stmt.kind === 'Range' ? await host.range(part.txn, stmt) : (await lockAndRun(part.txn, host.env(part.txn), stmt)).results);
      } catch (error) {
        const failure = toIngresError(error);
        if (ROLLED_BACK.has(failure.code)) throw failure; // a deadlock rolled the part back
        oneByOne.push([{ kind: 'error', error: failure }]);
      }
    }
    results = oneByOne;
  }
  // (the TM tells a read-only part from its undo records: no need to mark part.wrote)
  const reply: pbt.IExecuteReply = { blockResultsJson: resultsToJson(parkLargeResults(results, request.database ?? '', globalId)) };
  const coordinator = request.prepareCoordinator ?? '';
  if (coordinator !== '') {
    const vote = await prepareLast(ctx, globalId, coordinator, request.userHost ?? '', request.voteOnRequest === true);
    mark('slave.voted', globalId);
    reply.vote = vote.vote ?? pb.Vote.VOTE_NO;
    reply.voteErrorCode = vote.errorCode ?? 0;
    reply.voteErrorMessage = vote.errorMessage ?? '';
  }
  if (request.commit !== null && request.commit !== undefined) {
    try {
      await ctx.tm.commitAsCoordinator(globalId, {
        userHost: request.userHost ?? '',
        prepared: request.commit.prepared ?? [],
        readOnly: request.commit.readOnly ?? [],
        preparing,
        holding: request.commit.holding ?? [],
        participantsKnown: true,
      });
      mark('slave.decided', globalId);
      reply.commitErrorCode = 0;
    } catch (error) {
      const failure = toIngresError(error);
      reply.commitErrorCode = failure.code;
      reply.commitErrorMessage = failure.message;
    }
  }
  return reply;
}

/** This host's vote on its last work (a TM without the hook cannot: no). */
function prepareLast(ctx: DatabaseContext, globalId: string, coordinator: string, userHost: string, onRequest: boolean): Promise<{
  readonly vote?: number | null; readonly errorCode?: number | null; readonly errorMessage?: string | null;
}> {
  if (ctx.tm.prepareLast === undefined) {
    return Promise.resolve({ vote: pb.Vote.VOTE_NO, errorCode: 6011, errorMessage: `host ${ctx.hostDirectory.localHost} cannot prepare on its last work` });
  }
  return ctx.tm.prepareLast(globalId, coordinator, userHost, { onRequest });
}

/**
 * UP_SYS on a participant: run the catalog statements (QUEL text with their range
 * declarations) in the host's part of the global transaction. Throws a numbered error
 * when one cannot be applied (the participant then votes no).
 */
export async function applyCatalogStatements(
  ctx: Pick<DatabaseContext, 'name'>,
  part: LocalPart,
  statements: readonly string[],
  user = 'ingres',
): Promise<void> {
  for (const text of statements) {
    const ranges = new RangeTable();
    const runAs = userOf(text, user);
    const options = optionsOf(runAs, 'ingres');
    for (const stmt of parse(text)) {
      if (stmt.kind === 'Range') {
        for (const b of stmt.bindings) ranges.declare(b.variable, b.relation);
        continue;
      }
      const env: StatementEnv = {
        txn: part.txn,
        user: runAs,
        dba: 'ingres',
        scope: ranges.scope(part.txn),
        options,
        relationDestroyed: (name) => ranges.dropRelation(name),
      };
      await lockAndRun(part.txn, env, stmt);
    }
    part.wrote = true;
  }
  void ctx;
}

/** The TM's UP_SYS applier for a database (TransactionManager.setCatalogApplier / TmHost's `applier`). */
export function catalogApplier(ctx: Pick<DatabaseContext, 'name'>): CatalogApplier {
  return (part, statements) => applyCatalogStatements(ctx, part, statements);
}

const applierInstalled = new WeakSet<DatabaseContext>();

/** Install this DB system's UP_SYS applier in the database's TM (once per context). */
export function installApplier(ctx: DatabaseContext): void {
  if (applierInstalled.has(ctx)) return;
  applierInstalled.add(ctx);
  ctx.tm.setCatalogApplier?.(catalogApplier(ctx));
}

/** The Slave service's handlers; `resolve` finds a database's context on this host. */
export function slaveHandlers(resolve: (database: string) => DatabaseContext | undefined, localHost: string) {
  const contextOf = (database: string | null | undefined): DatabaseContext => {
    const ctx = resolve(database ?? '');
    if (ctx === undefined) throw ingresError(7101, database ?? '', localHost);
    installApplier(ctx);
    return ctx;
  };
  const decoded = <T>(request: Decoded<T>): T => {
    if (!request.ok) throw badMessage(request.error, 'peer');
    return request.message;
  };
  // a peer's statement takes its turn on this thread like a session's (statement-gate.ts);
  // not known to be short, so this host's short sessions may pass it
  const inTurn = async <T>(body: () => Promise<T>): Promise<T> => {
    const turn = statementGate.enter(false);
    try {
      if (turn !== undefined) await turn;
      return await body();
    } finally {
      statementGate.leave();
    }
  };
  const unaryHandler = <Req, Res>(body: (request: Req) => Promise<Res>) =>
    (call: ServerUnaryCall<Decoded<Req>, Res>, callback: sendUnaryData<Res>): void => {
      Promise.resolve()
        .then(() => body(decoded(call.request)))
        .then((reply) => callback(null, reply))
        .catch((error: unknown) => callback(errorToStatus(toIngresError(error))));
    };
  return {
    Fetch: (call: ServerWritableStream<Decoded<pbt.IFetchRequest>, pbt.IFetchChunk>): void => {
      let rows: FetchedRows = NO_ROWS;
      inTurn(async () => {
        const request = decoded(call.request);
        rows = await fetchLocal(contextOf(request.database), request);
        // chunk by chunk at the master's pace: a refused write waits for the stream to drain
        let chunk: (readonly Value[])[] = [];
        for (let next = rows.rows.next(); next.done !== true && !call.cancelled; next = rows.rows.next()) {
          chunk.push(next.value);
          if (chunk.length < ROWS_PER_CHUNK) continue;
          const sent = call.write({ packed: encodeRows(chunk) });
          chunk = [];
          if (!sent) await drained(call);
        }
        if (chunk.length > 0) call.write({ packed: encodeRows(chunk) });
        call.end();
      })
        .catch((error: unknown) => call.emit('error', errorToStatus(toIngresError(error))))
        .finally(() => rows.close());
    },
    FetchAll: unaryHandler<pbt.IFetchRequest, pbt.IFetchChunk>(async (request) => {
      const cursor = Number(request.cursor ?? 0);
      if (cursor !== 0) {
        // (tests: this host dies between two replies of one fetch)
        await failpoints.hit('slave.fetch.more');
        return fetchMore(request, cursor, localHost);
      }
      return inTurn(async () => {
        const rows = await fetchLocal(contextOf(request.database), request);
        return replyOf(rows, request.database ?? '', request.globalId ?? '', cursor);
      });
    }),
    Execute: unaryHandler<pbt.IExecuteRequest, pbt.IExecuteReply>((request) => inTurn(() => executeLocal(contextOf(request.database), request))),
    EndTxn: unaryHandler<pbt.IEndTxnRequest, pbt.IEndTxnReply>(async (request) => {
      const ctx = contextOf(request.database);
      const globalId = request.globalId ?? '';
      if (request.action === pb.EndAction.END_ACTION_COMMIT) {
        await ctx.tm.commitAsCoordinator(globalId, { userHost: request.userHost ?? '' });
      } else {
        await ctx.tm.abort(globalId);
      }
      return { globalId };
    }),
    ShipStats: unaryHandler<pbt.IShipStatsRequest, pbt.IShipStatsReply>(async (request) => {
      const c = shipCounters(contextOf(request.database));
      return {
        bytesTotal: c.bytesTotal,
        fetchCalls: c.fetchCalls,
        executeCalls: c.executeCalls,
        lastStatementBytes: c.lastStatementBytes,
      };
    }),
  };
}

/** Register the Slave service on a host's gRPC server (startHostServer's `register`). */
export function registerSlave(
  server: Server,
  resolve: (database: string) => DatabaseContext | undefined,
  localHost: string,
): void {
  server.addService(SlaveService, slaveHandlers(resolve, localHost));
}
