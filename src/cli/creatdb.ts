/*
 * creatdb.ts — `creatdb [-uname] [-e] [-m] [±c] [±q] dbname` (QUEL.md §9): asks this
 * host's daemon to create the database. Makes $II_SYSTEM a one-host installation on
 * first use and starts the daemon if needed. -c/+c, -q/+q and -m are accepted and passed
 * on; -e (edit options of an existing database) succeeds when the database exists.
 */
import { IngresError } from '../common/errors.js';
import { checkDatabaseName } from '../install/installation.js';
import { checkInstallationOwner } from '../cluster/owner.js';
import { connectDaemon, currentUser, hostInstallation, runMain, unknownFlag, usageError } from './common.js';

export const CREATDB_USAGE = 'creatdb [-uname] [-e] [-m] [+c|-c] [+q|-q] dbname';

export interface CreatdbArgs {
  readonly database: string;
  readonly user: string | null;
  readonly edit: boolean;
  readonly flags: readonly string[];
}

export function parseCreatdbArgs(argv: readonly string[]): CreatdbArgs {
  let user: string | null = null;
  let edit = false;
  const flags: string[] = [];
  const positionals: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-u') && arg.length > 2) user = arg.slice(2);
    else if (arg === '-e') edit = true;
    else if (arg === '-m' || arg === '-c' || arg === '+c' || arg === '-q' || arg === '+q') flags.push(arg);
    else if ((arg.startsWith('-') || arg.startsWith('+')) && arg.length > 1) throw unknownFlag(arg);
    else positionals.push(arg);
  }
  const database = positionals[0];
  if (database === undefined || positionals.length > 1) throw usageError(CREATDB_USAGE);
  return { database: checkDatabaseName(database), user, edit, flags };
}

async function main(): Promise<number> {
  const args = parseCreatdbArgs(process.argv.slice(2));
  const installation = await hostInstallation(true);
  checkInstallationOwner(installation.root, 'creatdb');
  const client = await connectDaemon(installation);
  try {
    await client.createDatabase(args.database, args.user ?? currentUser(), args.flags);
  } catch (error) {
    if (!(args.edit && error instanceof IngresError && error.code === 8002)) throw error;
  } finally {
    client.close();
  }
  return 0;
}

runMain('creatdb', main);
