/*
 * dbsys/ — the master database system of a monitor session. createSession binds one
 * session to one Database; the monitor and the daemon only ever call run()/close().
 */
import type { DatabaseContext } from '../cluster/api.js';
import type { Database } from '../storage/api.js';
import type { QuelSession, SessionOptions } from './session-api.js';
import { Session } from './session.js';
import { installApplier } from './distributed/slave.js';

export type { QuelSession, SessionOptions, StatementResult, ResultColumn } from './session-api.js';
export { DEFAULT_SESSION_OPTIONS } from './session-api.js';
export { Session } from './session.js';
export { RangeTable, RANGE_VARIABLES_MAX } from './range-table.js';

/**
 * A new session (range table empty, no transaction open) on `db`. With `cluster` (the
 * database's distributed context, more than one host) it is the distributed master.
 */
export function createSession(db: Database, options: SessionOptions, cluster?: DatabaseContext): QuelSession {
  if (cluster !== undefined) installApplier(cluster);
  return new Session(db, options, cluster);
}
export { applyCatalogStatements, catalogApplier, installApplier, registerSlave, slaveHandlers } from './distributed/slave.js';
export { shipCounters } from './distributed/peers.js';
