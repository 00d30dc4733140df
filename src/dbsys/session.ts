/*
 * session.ts — the master database system of one monitor session (the "traffic cop"):
 * parses a query buffer, keeps range variables and the open multi-statement
 * transaction, and runs each statement as: analyze → lock once → run synchronously
 * (writes inside txn.statement, so each statement is atomic) → commit when alone.
 */
import { IngresError, toIngresError } from '../common/errors.js';
import { ingresError } from '../common/errors.js';
import type * as ast from '../parser/ast.js';
import { parse } from '../parser/index.js';
import { type Database, type LockMode, type LockRequest, type Transaction } from '../storage/api.js';
import { lockCovers, mergeLockRequests } from '../txn/lock-manager.js';
import { ioFailureReason } from '../storage/index.js';
import { endCancelled, lookupRelation, prepareStatement, RunControl } from '../executor/index.js';
import type { PlanTrace, PreparedStatement, StatementEnv } from '../executor/index.js';
import {
  closeSpools, rowChunks, rowCount, type CopyFiles, type CopyLocal, type QuelSession, type RunOptions, type RunOutput,
  type SessionOptions, type StatementResult,
} from './session-api.js';
import { RangeTable } from './range-table.js';
import type { DatabaseContext } from '../cluster/api.js';
import { DistributedMaster, isDistributed } from './distributed/master.js';
import { statementGate } from '../common/statement-gate.js';
import { blockEnd, runBlock, type BlockHost } from './block.js';
import { settledAnalysis } from './settled-analysis.js';

/** Errors after which the storage layer has already rolled the whole transaction back. */
const TRANSACTION_FATAL = new Set([6001, 6002, 6005, 6015]);

/** Statement kinds whose execution is one txn.statement() (retrieve into and index are two). */
const ONE_STORAGE_STATEMENT = new Set<ast.StatementKind>(['Append', 'Replace', 'Delete', 'Retrieve']);

export class Session implements QuelSession {
  private readonly ranges = new RangeTable();
  private txn: Transaction | null = null;
  /** set by tests to see the plans chosen */
  trace: PlanTrace | undefined = undefined;

  /** the distributed master when the database has more than one host; null on one host */
  private readonly dist: DistributedMaster | null;

  /**
   * The error that rolled back the open `begin transaction` block (a deadlock victim, a
   * lock timeout, a global transaction aborted): until `end transaction` or `abort` closes
   * the block, every statement is refused (6008), so the rest of the block can never run
   * as lone, self-committing statements. `end transaction` then reports 6009.
   */
  private aborted: IngresError | null = null;

  /** set by close(): buffers that were still queued then run nothing */
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly options: SessionOptions,
    cluster?: DatabaseContext,
  ) {
    const self = this;
    // the session this one replaces was lost with a transaction open: start inside it,
    // rolled back (6008 for every statement until end transaction or abort)
    if (options.lostTransaction !== undefined && options.lostTransaction !== '') {
      this.aborted = new IngresError(7001, options.lostTransaction);
    }
    this.dist = isDistributed(cluster)
      ? new DistributedMaster({
          ctx: cluster,
          options,
          ranges: this.ranges.variables(),
          scope: (txn) => this.ranges.scope(txn),
          relationDestroyed: (name) => this.ranges.dropRelation(name),
          get trace() {
            return self.trace;
          },
          get spool() {
            return self.spool;
          },
          get copyFiles() {
            return self.copyStandIns;
          },
        })
      : null;
  }

  get inTransaction(): boolean {
    return this.txn !== null || this.aborted !== null || (this.dist?.inTransaction ?? false);
  }

  /** run() calls of one session are serialized: a buffer runs after the previous one */
  private queue: Promise<unknown> = Promise.resolve();

  /** the cancellation and progress of the buffer running now (runs are serialized) */
  private control: RunControl | undefined = undefined;
  /** the buffer running now may spool large retrieves (RunOptions.spool / output) */
  private spool = false;
  /** the client's side of `copy` for the buffer running now (RunOptions.files) */
  private files: CopyFiles | undefined = undefined;
  /** the local stand-ins of the client's files for the `copy` statement running now */
  private readonly copyStandIns = new Map<string, CopyLocal>();

  run(text: string, options?: RunOptions): Promise<StatementResult[]> {
    const next = this.queue.then(async () => {
      this.control = options === undefined ? undefined : RunControl.of(options);
      this.spool = options?.spool === true || options?.output !== undefined;
      this.files = options?.files;
      try {
        const results = await this.runBuffer(text);
        return options?.output === undefined ? results : deliver(results, options.output);
      } finally {
        this.control = undefined;
        this.spool = false;
        this.files = undefined;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runBuffer(text: string): Promise<StatementResult[]> {
    // a buffer queued behind close() (its client went away) runs nothing
    if (this.closed) return [{ kind: 'error', error: ingresError(8030) }];
    let statements: ast.Statement[];
    try {
      statements = parse(text);
    } catch (error) {
      return [{ kind: 'error', error: toIngresError(error) }];
    }
    const results: StatementResult[] = [];
    for (let i = 0; i < statements.length; i++) {
      const stmt = statements[i] as ast.Statement;
      // a cancelled run (Ctrl-C) stops before its next statement
      if (this.control?.cancelled === true) {
        endCancelled(results);
        break;
      }
      if (stmt.kind === 'BeginTransaction' && this.dist !== null && !this.dist.inTransaction && this.aborted === null) {
        // the same on several hosts: each host's statements in one call (dist-block.ts)
        const end = this.blockWithoutCopy(statements, i);
        const block = end < 0 ? undefined : await this.dist.runBlock(statements.slice(i + 1, end), (txn, range) => this.declare(txn, range));
        if (block !== undefined) {
          const ended: StatementResult = block.end === null ? { kind: 'done', statement: 'EndTransaction', tuples: null } : { kind: 'error', error: block.end };
          results.push({ kind: 'done', statement: 'BeginTransaction', tuples: null }, ...block.results.flat(), ended);
          i = end;
          continue;
        }
      }
      if (stmt.kind === 'BeginTransaction' && this.dist === null && this.txn === null && this.aborted === null) {
        // a whole begin … end block in this buffer: one batch, one commit (block.ts)
        const end = this.blockWithoutCopy(statements, i);
        const block = end < 0 ? undefined : await runBlock(this.blockHost, statements.slice(i + 1, end));
        if (block !== undefined) {
          results.push(...block);
          i = end;
          continue;
        }
      }
      const mark = this.ranges.mark();
      try {
        results.push(...(stmt.kind === 'Copy' && this.files !== undefined
          ? await this.runCopy(stmt, this.files)
          : await this.runStatement(stmt)));
        // range variables dropped by a destroy go for good once it commits, and come back
        // when it is rolled back
        if (stmt.kind === 'Abort') this.ranges.rollBack();
        else if (!this.inTransaction) this.ranges.settle();
      } catch (error) {
        results.push({ kind: 'error', error: toIngresError(error) });
        // the statement rolled back, or its whole transaction (a lone statement, a failed
        // commit, a block ended by a deadlock)
        this.ranges.rollBack(this.inTransaction && this.aborted === null ? mark : 0);
      }
    }
    return results;
  }

  /** blockEnd, or -1 when the block has a `copy` whose file is the client's: the block
   *  then runs statement by statement, each copy's file brought over first (runCopy) */
  private blockWithoutCopy(statements: readonly ast.Statement[], begin: number): number {
    const end = blockEnd(statements, begin);
    if (end < 0 || this.files === undefined) return end;
    return statements.slice(begin + 1, end).some((s) => s.kind === 'Copy') ? -1 : end;
  }

  /**
   * A `copy` whose file is the client's: `from` — the file is brought into a local
   * stand-in before the statement runs; `into` — the client makes its target ready, the
   * statement writes a local stand-in, and the client gets it once the statement has run
   * (the file then in place, or the statement's error if it could not be).
   */
  private async runCopy(stmt: ast.CopyStmt, files: CopyFiles): Promise<StatementResult[]> {
    if (this.aborted !== null) return this.runStatement(stmt);
    const into = stmt.direction === 'into';
    const stand = into ? await files.prepare(stmt.file) : await files.receive(stmt.file);
    this.copyStandIns.set(stmt.file, stand);
    let written = false;
    try {
      const results = await this.runStatement(stmt);
      written = true;
      return results;
    } finally {
      this.copyStandIns.delete(stmt.file);
      if ('local' in stand) {
        if (!into) files.release(stand.local);
        else {
          const failure = await files.deliver(stand.local, written);
          // the tuples were read, nothing changed: the statement fails with the file's reason
          if (written && failure !== undefined) throw ingresError(5804, stmt.file, failure);
        }
      }
    }
  }

  /** what block.ts borrows from the session */
  private get blockHost(): BlockHost {
    return {
      db: this.db,
      user: this.options.user,
      env: (txn) => this.env(txn),
      range: (txn, stmt) => this.range(txn, stmt),
      adopt: (txn) => {
        this.txn = txn;
      },
    };
  }

  /** Aborts an open transaction at once (a statement still waiting for a lock then fails). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.dist !== null) await this.dist.close();
    const txn = this.txn;
    this.txn = null;
    this.aborted = null;
    if (txn !== null) abortQuietly(txn);
  }

  private async runStatement(stmt: ast.Statement): Promise<StatementResult[]> {
    if (this.aborted !== null) return this.inAbortedBlock(this.aborted, stmt);
    if (this.dist !== null && stmt.kind !== 'Range') {
      const inBlock = this.dist.inTransaction;
      try {
        return await this.runDistributed(this.dist, stmt);
      } catch (error) {
        const failure = toIngresError(error);
        // the master dropped the open global transaction: the block is rolled back
        if (inBlock && !this.dist.inTransaction && stmt.kind !== 'EndTransaction' && stmt.kind !== 'Abort') {
          this.aborted = failure;
        }
        throw failure;
      }
    }
    switch (stmt.kind) {
      case 'BeginTransaction':
        if (this.txn !== null) throw ingresError(6004);
        this.txn = this.db.begin(this.options.user);
        return [{ kind: 'done', statement: stmt.kind, tuples: null }];
      case 'EndTransaction': {
        const txn = this.txn;
        if (txn === null) throw ingresError(6003);
        this.txn = null;
        await txn.commit();
        return [{ kind: 'done', statement: stmt.kind, tuples: null }];
      }
      case 'Abort': {
        const txn = this.txn;
        if (txn === null) throw ingresError(6003);
        this.txn = null;
        txn.abort();
        if (txn.rollbackFailure !== null) throw ingresError(8028, ioFailureReason(txn.rollbackFailure));
        return [{ kind: 'done', statement: stmt.kind, tuples: null }];
      }
      case 'Range':
        return this.withTransaction(stmt, (txn) => this.range(txn, stmt));
      default:
        return this.withTransaction(stmt, (txn) => this.execute(txn, stmt));
    }
  }

  /** A statement on a database spread over several hosts (src/dbsys/distributed). */
  private async runDistributed(dist: DistributedMaster, stmt: ast.Statement): Promise<StatementResult[]> {
    switch (stmt.kind) {
      case 'BeginTransaction':
        dist.begin();
        break;
      case 'EndTransaction':
        await dist.end();
        break;
      case 'Abort':
        await dist.abort();
        break;
      default:
        return dist.run(stmt);
    }
    return [{ kind: 'done', statement: stmt.kind, tuples: null }];
  }

  private async range(txn: Transaction, stmt: ast.RangeStmt): Promise<StatementResult[]> {
    await settledAnalysis(txn, () => this.declare(txn, stmt));
    return [{ kind: 'done', statement: 'Range', tuples: null }];
  }

  /** `range of v is r`: every relation must exist (2117), then the variables bind. */
  private declare(txn: Transaction, stmt: ast.RangeStmt): void {
    for (const b of stmt.bindings) {
      if (lookupRelation(txn, b.relation) === undefined) throw ingresError(2117, b.pos.line, b.relation);
    }
    for (const b of stmt.bindings) this.ranges.declare(b.variable, b.relation);
  }

  /** Run `body` in the open transaction, or in a transaction of its own (committed). */
  private async withTransaction(
    stmt: ast.Statement,
    body: (txn: Transaction) => Promise<StatementResult[]>,
  ): Promise<StatementResult[]> {
    const own = this.txn === null;
    // a lone statement that makes exactly one storage statement needs no undo log
    const single = own && ONE_STORAGE_STATEMENT.has(stmt.kind) && !(stmt.kind === 'Retrieve' && stmt.into !== null);
    const txn = this.txn ?? this.db.begin(this.options.user, { singleStatement: single });
    try {
      const results = await body(txn);
      if (own) await txn.commit();
      return results;
    } catch (error) {
      const failure: IngresError = toIngresError(error);
      if (own) abortQuietly(txn);
      else if (TRANSACTION_FATAL.has(failure.code)) {
        abortQuietly(txn);
        if (this.txn === txn) {
          this.txn = null;
          this.aborted = failure;
        }
      }
      throw failure;
    }
  }

  /** A statement while the open block was rolled back: only end transaction/abort close it. */
  private inAbortedBlock(cause: IngresError, stmt: ast.Statement): StatementResult[] {
    const why = `${cause.code}: ${cause.message}`;
    if (stmt.kind === 'Abort') {
      this.aborted = null;
      return [{ kind: 'done', statement: stmt.kind, tuples: null }];
    }
    if (stmt.kind === 'EndTransaction') {
      this.aborted = null;
      throw ingresError(6009, why);
    }
    throw ingresError(6008, why);
  }

  private env(txn: Transaction): StatementEnv {
    return {
      txn,
      user: this.options.user,
      dba: this.options.dba ?? 'ingres',
      scope: this.ranges.scope(txn),
      options: this.options,
      relationDestroyed: (name) => this.ranges.dropRelation(name),
      ...(this.trace !== undefined ? { trace: this.trace } : {}),
      ...(this.control !== undefined ? { control: this.control } : {}),
      ...(this.spool ? { spool: true } : {}),
      ...(this.copyStandIns.size > 0 ? { copyFiles: this.copyStandIns } : {}),
    };
  }

  private async execute(txn: Transaction, stmt: ast.Statement): Promise<StatementResult[]> {
    const env = this.env(txn);
    // the catalog the analysis reads changes only under an X lock on CATALOG_LOCK, and a
    // relation's entry only under X on the relation too; if no X on CATALOG_LOCK was granted
    // or released from before the analysis until our locks were granted, no catalog change
    // ended meanwhile, and one still running (X held throughout) changed no relation we
    // lock (we would have waited for it): the analysis saw what it would see under the locks
    let epoch = this.db.catalogEpoch?.();
    let prepared: PreparedStatement = await settledAnalysis(txn, () => prepareStatement(env, stmt));
    const held = new Map<string, LockMode>();
    // lock what the analysis names; analyze again under the locks until nothing new is needed
    for (let round = 0; ; round++) {
      const missing = prepared.locks.filter((l) => !lockCovers(held.get(l.name), l.mode));
      if (missing.length === 0) break;
      await txn.lock(missing);
      mergeLockRequests(missing, held);
      const now = this.db.catalogEpoch?.();
      if (now !== undefined && now === epoch) break;
      epoch = now;
      prepared = prepareStatement(env, stmt);
      if (round > 5) break;
    }
    // locks granted together with others': their statements take turns (statement-gate.ts)
    const turn = statementGate.resume();
    if (turn !== undefined) await turn;
    // cancelled while it waited for its locks
    this.control?.check();
    const ready = prepared;
    return ready.writes ? txn.statement(() => ready.run()) : ready.run();
  }
}


/**
 * Hands a run's results to its RunOutput in order (a rows result, then its rows in chunks,
 * the spooled ones read back one chunk at a time) and returns them without their rows.
 */
function deliver(results: readonly StatementResult[], output: RunOutput): StatementResult[] {
  const out: StatementResult[] = [];
  try {
    for (const result of results) {
      if (result.kind !== 'rows') {
        output.result(result);
        out.push(result);
        continue;
      }
      const bare: StatementResult = { kind: 'rows', title: result.title, columns: result.columns, rows: [], count: rowCount(result) };
      output.result(bare);
      for (const chunk of rowChunks(result)) output.rows(chunk);
      out.push(bare);
    }
  } finally {
    closeSpools(results);
  }
  return out;
}

function abortQuietly(txn: Transaction): void {
  try {
    txn.abort();
  } catch {
    // already rolled back by the storage layer
  }
}
