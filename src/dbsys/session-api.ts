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

/**
 * One session on one database. `run` parses the whole buffer (a syntax error runs nothing
 * and returns one error result), then runs the statements in order; a statement that fails
 * yields an error result and the next statement still runs. Outside `begin transaction`,
 * each statement is its own transaction.
 */
export interface QuelSession {
  run(text: string): Promise<StatementResult[]>;
  /** aborts an open multi-statement transaction */
  close(): Promise<void>;
}
