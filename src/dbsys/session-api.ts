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
  /** a retrieve to the terminal, or `print R` (title = "R relation") */
  | { readonly kind: 'rows'; readonly title: string | null; readonly columns: readonly ResultColumn[]; readonly rows: readonly (readonly Value[])[] }
  /** help output and other preformatted text, printed as is */
  | { readonly kind: 'text'; readonly text: string }
  /** a statement that printed nothing; tuples = tuples touched (for {tuplecount}) or null */
  | { readonly kind: 'done'; readonly statement: StatementKind; readonly tuples: number | null }
  | { readonly kind: 'error'; readonly error: IngresError };

export interface SessionOptions {
  /** the user name: owner of created relations, `usercode` */
  readonly user: string;
  /** -rSTRUCT: structure of `retrieve into` results (default cheapsort) */
  readonly retrieveIntoStructure: string;
  /** -nSTRUCT: structure of secondary indexes (default isam) */
  readonly indexStructure: string;
  /** the database administrator (`dba`); owns everything; default 'ingres' */
  readonly dba?: string;
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
}
