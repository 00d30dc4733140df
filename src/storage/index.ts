/*
 * storage/ — the public surface of storage, catalogs and transactions: create, open and
 * destroy a database (one lmdb environment), and the contract types of api.ts. Everything
 * else in storage/, catalog/ and txn/ is internal; see src/storage/README.md.
 */
export * from './api.js';
export { createDatabase, openDatabase, destroyDatabase, DatabaseImpl } from './database.js';
export type { RecoveryReport } from '../txn/recovery.js';
export type { StorageOptions, SyncMode } from './store.js';
export { onFlushFailure } from './store.js';
export { ioFailureReason } from './io-errors.js';
