/*
 * helpers.ts — shared fixtures of the storage/txn unit tests: a fresh database in a temp
 * directory, a lone-statement helper, and short type constructors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { QType, Value } from '../../../src/types/value.js';
import type { RelationDesc, Transaction } from '../../../src/storage/api.js';
import { createDatabase, destroyDatabase, openDatabase, type DatabaseImpl, type StorageOptions } from '../../../src/storage/index.js';

export const i2: QType = { kind: 'i', length: 2 };
export const i4: QType = { kind: 'i', length: 4 };
export const f8: QType = { kind: 'f', length: 8 };
export const c = (length: number): QType => ({ kind: 'c', length });

/** temp directories made by tempDirectory() in this test file: removed after its tests */
const made: string[] = [];
afterAll(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
}, 300_000); // (a long randomized search makes thousands: npm run test:tm-search)

export function tempDirectory(): string {
  const parent = mkdtempSync(join(tmpdir(), 'ingres-storage-'));
  made.push(parent);
  return join(parent, 'db');
}

/** no checkpoint but the ones a test asks for (redo.test.ts), or that a big transaction
 *  starts: tests that count group-commit writes, or take a checkpoint's pages as a base */
export const NO_TIMED_CHECKPOINTS = { checkpointMs: 600_000, checkpointWrites: 1_000_000 } as const;

export async function freshDatabase(options?: StorageOptions): Promise<DatabaseImpl> {
  return createDatabase(tempDirectory(), 'test', 'ingres', options);
}

export async function reopen(db: DatabaseImpl): Promise<DatabaseImpl> {
  await db.close();
  return openDatabase(db.directory, db.name);
}

/**
 * kill -9 of the process holding `db`: nothing more is written, nothing is rolled back.
 * Closes the store's own descriptors (redo logs, steady file, data.mdb's sync fd) with
 * the lmdb environment: a test crashing thousands of databases ran out of descriptors.
 */
export async function crash(db: DatabaseImpl): Promise<void> {
  db.store.closeSyncs();
  await db.env.close();
}

export async function dispose(db: DatabaseImpl): Promise<void> {
  await db.close();
  await destroyDatabase(db.directory);
}

/** Run fn as one statement of its own transaction and commit. */
export async function lone<T>(db: DatabaseImpl, fn: (txn: Transaction) => T): Promise<T> {
  const txn = db.begin('tester');
  const result = txn.statement(() => fn(txn));
  await txn.commit();
  return result;
}

export function rows(txn: Transaction, relation: RelationDesc | string): Value[][] {
  const desc = typeof relation === 'string' ? txn.relation(relation) : relation;
  if (desc === undefined) throw new Error(`no relation ${String(relation)}`);
  return [...txn.scan(desc)].map((t) => [...t.values]);
}

export function rel(txn: Transaction, name: string): RelationDesc {
  const desc = txn.relation(name);
  if (desc === undefined) throw new Error(`no relation ${name}`);
  return desc;
}
