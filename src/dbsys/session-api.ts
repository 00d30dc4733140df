/*
 * session-api.ts — CONTRACT written by the lead: what a session (the master database
 * system of one monitor) returns for each statement of a query buffer. The monitor and
 * the gRPC layer only ever see these shapes; they format them, never compute them.
 */
import type { IngresError } from '../common/errors.js';
import type { StatementKind } from '../parser/ast.js';
import type { QType, Value } from '../types/value.js';

export interface ResultColumn {
  readonly name: string;
  readonly type: QType;
}

export type StatementResult =
  /**
   * a retrieve to the terminal, or `print R` (title = "R relation"). `spooled`: the rows
   * after `rows`, kept on disk (only for a run with `RunOptions.spool`). `count`: how many
   * rows went to `RunOptions.output` instead of `rows` (only for a run with it).
   */
  | {
      readonly kind: 'rows';
      readonly title: string | null;
      readonly columns: readonly ResultColumn[];
      readonly rows: readonly (readonly Value[])[];
      readonly spooled?: SpooledRows;
      readonly count?: number;
    }
  /** help output and other preformatted text, printed as is */
  | { readonly kind: 'text'; readonly text: string }
  /** a statement that printed nothing; tuples = tuples touched (for {tuplecount}) or null */
  | { readonly kind: 'done'; readonly statement: StatementKind; readonly tuples: number | null }
  | { readonly kind: 'error'; readonly error: IngresError };

/**
 * Rows of a result kept in a temporary file by the daemon (a retrieve larger than what it
 * holds in memory). Read once, in order: `next()` gives the next chunk, null at the end.
 * Whoever receives it must `close()` it (idempotent), read to the end or not.
 */
export interface SpooledRows {
  readonly count: number;
  next(): Value[][] | null;
  close(): void;
}

/**
 * Where a run's output goes as it arrives, in statement order (`RunOptions.output`): every
 * result through `result`, and a rows result's rows after it through `rows`, in chunks.
 * The results `run` returns then carry no rows (`count` tells how many went by).
 */
export interface RunOutput {
  result(result: StatementResult): void;
  rows(rows: readonly (readonly Value[])[]): void;
}

/** How many rows a rows result has, wherever they are. */
export function rowCount(result: StatementResult & { kind: 'rows' }): number {
  return result.count ?? result.rows.length + (result.spooled?.count ?? 0);
}

/** Rows per chunk wherever a result's rows travel in pieces: a spool file's chunk, a
 *  RunOutput call, a message on the wire (with ≤498-byte tuples well under 1 MB). */
export const RESULT_CHUNK_ROWS = 512;

/**
 * A rows result's rows in chunks of RESULT_CHUNK_ROWS: those held in memory, then the
 * spooled ones read back one chunk at a time as the caller pulls; the spool is closed once
 * read (one not read to the end: closeSpools).
 */
export function* rowChunks(result: StatementResult & { kind: 'rows' }): Generator<readonly (readonly Value[])[]> {
  for (let start = 0; start < result.rows.length; start += RESULT_CHUNK_ROWS) {
    yield result.rows.slice(start, start + RESULT_CHUNK_ROWS);
  }
  const spooled = result.spooled;
  if (spooled === undefined) return;
  for (let rows = spooled.next(); rows !== null; rows = spooled.next()) yield rows;
  spooled.close();
}

/** Closes the spooled rows of results (those nobody read to the end: a cancelled or
 *  failed send, results dropped). */
export function closeSpools(results: Iterable<StatementResult>): void {
  for (const result of results) if (result.kind === 'rows') result.spooled?.close();
}

export interface SessionOptions {
  /** the user name: owner of created relations, `usercode` */
  readonly user: string;
  /** -rSTRUCT: structure of `retrieve into` results (default cheapsort) */
  readonly retrieveIntoStructure: string;
  /** -nSTRUCT: structure of secondary indexes (default isam) */
  readonly indexStructure: string;
  /** the database administrator (`dba`); owns everything; default 'ingres' */
  readonly dba?: string;
  /** set: the session replaces one lost with a transaction open (SessionOptions.lost_transaction
   *  in session.proto): it starts inside that transaction, rolled back for this reason */
  readonly lostTransaction?: string;
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = {
  user: 'ingres',
  retrieveIntoStructure: 'cheapsort',
  indexStructure: 'isam',
};

/** How far a long statement got (today: `copy`), for a progress bar. */
export interface RunProgress {
  /** what runs, e.g. `copy parts from /tmp/parts.txt` */
  readonly what: string;
  /** records stored (from) or written (into) so far */
  readonly records: number;
  /** records expected in all (copy into: the relation's tuples); 0 = unknown */
  readonly recordsTotal: number;
  /** bytes of the file read (from) or written (into) so far */
  readonly bytes: number;
  /** the file's size (copy from); 0 = unknown */
  readonly bytesTotal: number;
}

/** What a caller of `run` may add: a way to cancel it and to hear how far it got. */
export interface RunOptions {
  /** aborting it cancels the run: the statement in flight stops with 8022 and is rolled
   *  back (statements are atomic), the later statements of the buffer do not run */
  readonly signal?: AbortSignal;
  /** polled by the executor every few thousand tuples: true cancels like `signal` (for a
   *  canceller that cannot reach this thread's event loop, e.g. the daemon's control thread) */
  readonly cancelled?: () => boolean;
  /** how far a long statement got; called often (every few thousand records), so cheap */
  readonly onProgress?: (progress: RunProgress) => void;
  /** a plain retrieve's rows past what the daemon holds in memory may go to a temporary
   *  file (`spooled` of its result), which the caller must read or close; without it such
   *  a result is held whole, up to the result budget (4130) */
  readonly spool?: boolean;
  /** the output as it arrives (RunOutput); the returned results then carry no rows, and
   *  results of any size pass (spooled by the daemon, never held whole by the caller) */
  readonly output?: RunOutput;
  /** the files `copy` names are the client's (a daemon's session): read and written on its
   *  side, with its rights, through this; without it (a session in the client's own
   *  process) `copy` opens them itself */
  readonly files?: CopyFiles;
}

/** Where a `copy` statement's file is on this side: a local file standing for the
 *  client's, or why the client could not read or write it (the statement's 5804). */
export type CopyLocal = { readonly local: string } | { readonly error: string };

/**
 * The client's side of `copy` (the daemon's Exchange stream, src/net/server.ts). For
 * `copy … from`, `receive` brings the client's file into a local temporary file; for
 * `copy … into`, `prepare` has the client make its target ready and names the local file
 * the statement writes, and `deliver` sends that file once the statement has run (or,
 * `written` false, tells the client to drop its target). Local files are removed by the
 * provider once delivered or dropped; `receive`'s when `release` is called.
 */
export interface CopyFiles {
  receive(path: string): Promise<CopyLocal>;
  prepare(path: string): Promise<CopyLocal>;
  /** undefined once the client has the file in place; else why not */
  deliver(local: string, written: boolean): Promise<string | undefined>;
  release(local: string): void;
}

/**
 * One session on one database. `run` parses the whole buffer (a syntax error runs nothing
 * and returns one error result), then runs the statements in order; a statement that fails
 * yields an error result and the next statement still runs. Outside `begin transaction`,
 * each statement is its own transaction.
 */
export interface QuelSession {
  run(text: string, options?: RunOptions): Promise<StatementResult[]>;
  /** aborts an open multi-statement transaction */
  close(): Promise<void>;
  /** a transaction is open after the last run (undefined: not known, e.g. an older daemon) */
  readonly inTransaction?: boolean;
}
