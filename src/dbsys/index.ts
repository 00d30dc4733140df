/*
 * dbsys/ — the master database system of a monitor session. createSession binds one
 * session to one Database; the monitor and the daemon only ever call run()/close().
 */
import type { Database } from '../storage/api.js';
import type { QuelSession, SessionOptions } from './session-api.js';
import { Session } from './session.js';

export type { QuelSession, SessionOptions, StatementResult, ResultColumn } from './session-api.js';
export { DEFAULT_SESSION_OPTIONS } from './session-api.js';
export { Session } from './session.js';
export { RangeTable, RANGE_VARIABLES_MAX } from './range-table.js';

/** A new session (range table empty, no transaction open) on `db`. */
export function createSession(db: Database, options: SessionOptions): QuelSession {
  return new Session(db, options);
}
