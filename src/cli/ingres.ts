/*
 * ingres.ts — the INGRES terminal monitor program: `ingres [flags] dbname`.
 * Parses the INGRES flags, finds (and if needed starts) this host's daemon, opens a
 * session on the database over gRPC and runs the monitor on stdin: interactively on a
 * terminal, as a script otherwise (`ingres -s demo < script`).
 */
import type { QuelSession } from '../dbsys/session-api.js';
import { parseMonitorArgs } from '../monitor/flags.js';
import { Monitor } from '../monitor/monitor.js';
import { ReconnectingSession } from '../monitor/reconnect.js';
import { createTerminalIO, runTerminal, type TerminalInput } from '../monitor/terminal.js';
import { checkDatabaseName } from '../install/installation.js';
import { checkActAs } from '../cluster/owner.js';
import { connectDaemon, currentUser, hostInstallation, runMain } from './common.js';
import { VERSION } from './version.js';

async function main(): Promise<number> {
  const options = parseMonitorArgs(process.argv.slice(2));
  const database = checkDatabaseName(options.database);
  const installation = await hostInstallation(false, database);
  if (options.user !== null) checkActAs(installation.root, currentUser(), options.user);
  const client = await connectDaemon(installation);
  const user = options.user ?? currentUser();
  // line editing and prompts need a terminal on both sides (`ingres demo > out` gets neither)
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const open = (lostTransaction?: string): Promise<QuelSession> => client.openSession(database, {
    user,
    ...lostTransaction === undefined ? {} : { lostTransaction },
    retrieveIntoStructure: options.retrieveIntoStructure,
    indexStructure: options.indexStructure,
    client: `ingres[${process.pid}]`,
    onNotice: (text) => process.stdout.write(`\n${text}\n`),
  });
  const session = new ReconnectingSession(await open(), async (lostTransaction) => {
    await connectDaemon(installation);
    return open(lostTransaction);
  }, (text) => { if (!options.silent) process.stdout.write(`${text}\n`); });
  let input: TerminalInput | null = null;
  let monitor: Monitor | null = null;
  // a long copy's progress bar goes to stderr, only when that is a terminal (and not -s)
  const io = createTerminalIO(() => monitor, () => input, { progressBar: process.stderr.isTTY === true && !options.silent });
  monitor = new Monitor({
    database,
    user,
    version: VERSION,
    silent: options.silent,
    autoclear: options.autoclear,
    format: options.format,
    pathname: installation.root,
  }, session, io);
  try {
    monitor.start();
    await runTerminal(monitor, {
      interactive,
      prompt: interactive && !options.silent,
      setInput: (created) => { input = created; },
    });
  } finally {
    await session.close().catch(() => undefined);
    client.close();
  }
  return 0;
}

runMain('ingres', main);
