/*
 * destroydb.ts — `destroydb [-s] [-m] dbname` (QUEL.md §9): asks this host's daemon to
 * destroy the database: its data directory, its line in etc/dblist and etc/<db>_host.
 * Refused (8010) while sessions are open on it. -s and -m are accepted for INGRES's sake.
 */
import { checkDatabaseName } from '../install/installation.js';
import { checkInstallationOwner } from '../cluster/owner.js';
import { connectDaemon, currentUser, hostInstallation, runMain, unknownFlag, usageError } from './common.js';

const USAGE = 'destroydb [-s] [-m] dbname';

async function main(): Promise<number> {
  const positionals: string[] = [];
  for (const arg of process.argv.slice(2)) {
    if (arg === '-s' || arg === '-m') continue;
    if ((arg.startsWith('-') || arg.startsWith('+')) && arg.length > 1) throw unknownFlag(arg);
    positionals.push(arg);
  }
  const name = positionals[0];
  if (name === undefined || positionals.length > 1) throw usageError(USAGE);
  const database = checkDatabaseName(name);
  const installation = await hostInstallation(false, database);
  checkInstallationOwner(installation.root, 'destroydb');
  const client = await connectDaemon(installation);
  try {
    await client.destroyDatabase(database, currentUser());
  } finally {
    client.close();
  }
  return 0;
}

runMain('destroydb', main);
