/*
 * demodb.ts — `demodb dbname` (QUEL.md §9): creatdb, then the University INGRES demo
 * relations (item sale employee dept supplier store parts supply) created and loaded from
 * the project's data/demo/*.tsv through an ordinary QUEL session. If loading fails the
 * half-made database is destroyed again.
 */
import { checkDatabaseName } from '../install/installation.js';
import { loadDemo } from '../install/demo.js';
import { checkInstallationOwner } from '../cluster/owner.js';
import { connectDaemon, currentUser, hostInstallation, runMain, unknownFlag, usageError } from './common.js';

const USAGE = 'demodb dbname';

async function main(): Promise<number> {
  const positionals: string[] = [];
  for (const arg of process.argv.slice(2)) {
    if ((arg.startsWith('-') || arg.startsWith('+')) && arg.length > 1) throw unknownFlag(arg);
    positionals.push(arg);
  }
  const name = positionals[0];
  if (name === undefined || positionals.length > 1) throw usageError(USAGE);
  const database = checkDatabaseName(name);
  const installation = await hostInstallation(true);
  checkInstallationOwner(installation.root, 'demodb');
  const client = await connectDaemon(installation);
  const user = currentUser();
  try {
    await client.createDatabase(database, user);
    const session = await client.openSession(database, { user, client: `demodb[${process.pid}]` });
    try {
      await loadDemo(session);
    } catch (error) {
      await session.close().catch(() => undefined);
      await client.destroyDatabase(database, user).catch(() => undefined);
      throw error;
    }
    await session.close();
  } finally {
    client.close();
  }
  return 0;
}

runMain('demodb', main);
