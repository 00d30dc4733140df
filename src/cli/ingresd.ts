/*
 * ingresd.ts — the host daemon (`ingresd`, normally started by etc/rc.ingres or by the
 * auto-start of ingres/creatdb). Reads $II_SYSTEM/etc, serves the Session and Admin gRPC
 * services — and ServerDb, Tm and Slave, one serverdb + TM per database of etc/dblist — on
 * this host's address from etc/hosts, logs JSON lines to log/ingresd.log.
 * `--background` starts it detached and returns once it answers; `--stop`, `--status`.
 */
import './daemon/v8-tuning.js';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IngresError, toIngresError } from '../common/errors.js';
import {
  daemonAnswers, ensureDaemon, isDaemonAlive, readPidFile, releasePidFile, stopDaemon, takePidFile, unansweringDaemonPid,
} from '../install/daemon-control.js';
import { databaseHosts, listDatabases, paths, readInstallation, resolveIISystem } from '../install/installation.js';
import { hostDirectory } from '../cluster/host-directory.js';
import { ServerDbHost } from '../serverdb/host.js';
import { TmHost, writeDbst as writeTmDbst } from '../tm/index.js';
import { catalogApplier, registerSlave, slaveHandlers } from '../dbsys/index.js';
import { HostClient } from '../net/client.js';
import { createFileLogger } from '../net/log.js';
import { registerLink, unaryLinkHandlers, type LinkServer } from '../net/peer-link.js';
import { SlaveService } from '../net/slave-service.js';
import { startHostServer } from '../net/server.js';
import { runMain, unknownFlag, usageError } from './common.js';
import { loadEngine } from './daemon/engine.js';
import { onFlushFailure } from '../storage/index.js';
import { SessionControl } from './daemon/control.js';
import { HostDaemon } from './daemon/host-daemon.js';
import { statementGate } from '../common/statement-gate.js';
import { ProofDesk } from '../install/peer-proof.js';
import { loadClusterKey } from '../install/cluster-key.js';
import { setPeerIdentity } from '../net/peer-auth.js';
import { userName } from '../cluster/owner.js';
import { failpoint } from '../common/failpoints.js';

const USAGE = 'ingresd [--background | --stop | --status]';

/** INGRES_HOLD_LIMIT_MS: the longest one statement may hold this daemon's thread in one
 *  stretch before it is stopped and rolled back (8032); unset or 0: no limit. */
function holdLimitFromEnv(): number {
  const text = process.env['INGRES_HOLD_LIMIT_MS'];
  if (text === undefined || text.trim() === '') return 0;
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(value)) {
    throw new IngresError(8018, `bad value '${text}' for flag INGRES_HOLD_LIMIT_MS`, {
      hint: 'a whole number of milliseconds (0: no limit)',
    });
  }
  return value;
}

async function serve(): Promise<number> {
  const holdLimitMs = holdLimitFromEnv();
  const installation = readInstallation(resolveIISystem());
  const pidPath = paths.pidFile(installation.root);
  if (!takePidFile(pidPath, Infinity, isDaemonAlive)) {
    throw new IngresError(8007, `cannot start the host daemon: one is already running (pid ${readPidFile(pidPath) ?? '?'})`);
  }
  process.title = `ingresd ${installation.hostname}`;
  statementGate.limitHolds(holdLimitMs);
  // (what the executor's copy reads to keep off the installation's files: ~/.ingres when unset)
  process.env['II_SYSTEM'] = installation.root;
  const log = createFileLogger(paths.daemonLog(installation.root), { role: 'ingresd', host: installation.hostname });
  let exiting = false;
  const exit = (status: number): void => {
    if (exiting) return;
    exiting = true;
    releasePidFile(pidPath);
    log.info({ status }, 'exit');
    log.close();
    process.exit(status);
  };
  process.on('uncaughtException', (error) => {
    // a programmer error: log it and die; rc.ingres or the next client restarts us
    log.fatal({ err: error }, 'uncaught exception');
    process.stderr.write(`ingresd: internal error: ${error.message}\n`);
    exit(70);
  });
  process.on('unhandledRejection', (reason) => {
    log.fatal({ err: reason }, 'unhandled rejection');
    exit(70);
  });
  try {
    // the secret shared by the cluster's hosts: peers' calls prove they hold it (8034 when
    // it is missing on a host of several, unreadable, open to others or damaged); read
    // once the pid file is ours, so two daemons starting at once never both make one
    const clusterKey = loadClusterKey(installation.root, installation.hosts.length);
    setPeerIdentity(installation.hostname, clusterKey);
    // the control thread (Cancel, Watch) starts meanwhile, on a free port of our address
    // peers ask it whether we live while a long statement holds this thread (serverdb)
    let controlAddress = '';
    const controlStarting = SessionControl.start(addressHost(installation.address), log.child({ component: 'control' }));
    const engine = await loadEngine();
    // a commit that could not be flushed: stop, as PostgreSQL panics — the page cache can no
    // longer be trusted, and recovery at the next start (the next client restarts us) reads
    // what the disk holds; the TM then resolves what was in flight with its peers
    onFlushFailure((error) => {
      log.fatal({ code: error.code, err: error }, `${error.message}: the daemon stops; recovery runs at its next start`);
      exit(70);
    });
    let stopServer: () => Promise<void> = () => Promise.resolve();
    const daemon = new HostDaemon(installation, engine, log.child({ component: 'host' }), () => {
      stopServer().finally(() => exit(0));
    });
    // the TM of every database (src/tm): built by serverdb's makeTm hook; its <db>_dbst
    // writes also refresh serverdb's own dbstate row (luh, lmsh, cons)
    let serverdbsRef: ServerDbHost | null = null;
    const tms = new TmHost({
      // UP_SYS on a participant: the DB system runs the catalog statements (src/dbsys/distributed)
      applier: (context) => catalogApplier(context),
      writeDbst: (context) => (record, sync) => {
        writeTmDbst(context.directory, context.name, record, sync);
        serverdbsRef?.serverdb(context.name)?.dbstWritten();
      },
      log: log.child({ component: 'tm' }),
    });
    const serverdbs = new ServerDbHost({
      directory: hostDirectory(installation),
      daemon: {
        open: (name) => daemon.openShared(name),
        createLocal: (name, hosts, user) => daemon.createLocal(name, hosts, user),
        destroyLocal: (name, user) => daemon.destroyLocal(name, user),
        reserveDestroy: (name, by) => daemon.reserveDestroy(name, by),
        releaseDestroy: (name) => daemon.releaseDestroy(name),
        databaseHosts: (name) => databaseHosts(installation.root, name),
        directory: (name) => paths.database(installation.root, name),
        databases: () => listDatabases(installation.root),
      },
      log: log.child({ component: 'serverdb' }),
      makeTm: (context) => tms.makeTm(context),
      detachTm: (name) => tms.detach(name),
      controlAddress: () => controlAddress,
    });
    serverdbsRef = serverdbs;
    daemon.setCluster(serverdbs);
    // without its control thread the daemon still serves, only Cancel and Watch are missing
    const control = await controlStarting.catch((error: unknown) => {
      log.error({ err: error }, 'no control thread: queries cannot be cancelled or watched');
      return null;
    });
    if (control !== null) {
      daemon.setControl(control);
      controlAddress = control.address;
    }
    let link: LinkServer | null = null;
    // who local clients are: a file only their uid can have made (src/install/peer-proof.ts)
    const desk = new ProofDesk(installation.root, userName);
    desk.prepare();
    const ownerUid = statSync(installation.root).uid;
    // (tests: a daemon that holds its pid file but does not listen yet, as while it starts)
    await failpoint('ingresd.before-listen');
    const server = await startHostServer(daemon, installation.address, log.child({ component: 'net' }), {
      proofs: { desk, ownerUid, ownerLogin: userName(ownerUid) },
      clusterKey: { key: clusterKey, localHost: installation.hostname },
      register: (grpcServer) => {
        serverdbs.register(grpcServer);
        tms.register(grpcServer); // ingres.Tm, also on the peer link
        // the slave database system (Fetch/Execute/EndTxn) of every database of this host
        registerSlave(grpcServer, (name) => serverdbs.context(name), installation.hostname);
        // …and its unary methods on the peer link (src/net/peer-link.ts), the same handlers
        link = registerLink(grpcServer, unaryLinkHandlers(
          SlaveService, slaveHandlers((name) => serverdbs.context(name), installation.hostname)));
      },
    });
    // stopping: peers' link streams end once their calls are answered (else the graceful
    // shutdown would wait for them until it is forced)
    stopServer = async () => {
      link?.drain();
      await server.stop();
      await control?.stop();
    };
    // serving first, so peers' rise and heartbeats reach us while we rise to them
    await serverdbs.boot();
    const terminate = (signal: string): void => {
      log.info({ signal }, 'terminating');
      daemon.shutdown().catch(() => exit(1));
    };
    process.on('SIGTERM', () => terminate('SIGTERM'));
    process.on('SIGINT', () => terminate('SIGINT'));
    log.info({ address: installation.address, port: server.port, iiSystem: installation.root, ...(holdLimitMs > 0 ? { holdLimitMs } : {}) }, 'serving');
    return await new Promise<number>(() => undefined);
  } catch (error) {
    const ingres = toIngresError(error);
    log.fatal({ code: ingres.code, err: error }, ingres.message);
    releasePidFile(pidPath);
    log.close();
    throw ingres;
  }
}

/** "host:port" → host (an IPv6 address keeps its brackets). */
function addressHost(address: string): string {
  const colon = address.lastIndexOf(':');
  return colon < 0 ? address : address.slice(0, colon);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { background: { type: 'boolean' }, stop: { type: 'boolean' }, status: { type: 'boolean' } },
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    const flag = /'([^']+)'/.exec(String((error as Error).message))?.[1];
    throw flag !== undefined ? unknownFlag(flag) : usageError(USAGE);
  }
  const { background, stop, status } = parsed.values;
  if ([background, stop, status].filter(Boolean).length > 1) throw usageError(USAGE);
  if (background) {
    const installation = readInstallation(resolveIISystem());
    await ensureDaemon(installation);
    process.stdout.write(`ingresd: running on ${installation.hostname} (${installation.address})\n`);
    return 0;
  }
  if (stop) {
    const installation = readInstallation(resolveIISystem());
    const stopped = await stopDaemon(installation);
    process.stdout.write(stopped ? 'ingresd: stopped\n' : 'ingresd: was not running\n');
    return 0;
  }
  if (status) {
    const installation = readInstallation(resolveIISystem());
    if (!(await daemonAnswers(installation))) {
      const pid = unansweringDaemonPid(installation);
      process.stdout.write(pid === null
        ? `ingresd: not running on ${installation.hostname} (${installation.address})\n`
        : `ingresd: starting on ${installation.hostname} (${installation.address}), pid ${pid}: not answering yet\n`);
      return 1;
    }
    const client = new HostClient(installation.address, installation.hostname);
    const reply = await client.status();
    client.close();
    process.stdout.write(`${JSON.stringify(reply, null, 2)}\n`);
    return 0;
  }
  return serve();
}

runMain('ingresd', main, { daemon: true });
