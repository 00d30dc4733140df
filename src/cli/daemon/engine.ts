/*
 * engine.ts — the real Engine of the daemon: lmdb storage (src/storage) and the master
 * database system's sessions (src/dbsys). Kept apart from host-daemon.ts so that the
 * protocol tests can run the daemon over a fake engine.
 */
import { createSession } from '../../dbsys/index.js';
import { createDatabase, destroyDatabase, openDatabase } from '../../storage/index.js';
import type { Engine } from './host-daemon.js';

export function loadEngine(): Promise<Engine> {
  return Promise.resolve({
    createDatabase: (directory, name) => createDatabase(directory, name),
    openDatabase: (directory, name) => openDatabase(directory, name),
    destroyDatabase: (directory) => destroyDatabase(directory),
    createSession: (database, options, cluster) => createSession(database, options, cluster),
  });
}
