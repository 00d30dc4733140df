/*
 * host-daemon.ts — the logic of `ingresd` behind the gRPC services: the databases of this
 * host (opened lazily from etc/dblist, one Database per name, never two opens of one lmdb
 * path), the sessions on them (cancel and progress through the control thread, control.ts),
 * creatdb/destroydb and shutdown. The storage and session layers come in through `Engine`,
 * so tests can run the daemon over a fake engine.
 */
import type { DatabaseContext } from '../../cluster/api.js';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { IngresError, toIngresError } from '../../common/errors.js';
import type { CopyFiles, QuelSession, SessionOptions, StatementResult } from '../../dbsys/session-api.js';
import { NO_CLIENT_FILES } from '../../net/copy-transfer.js';
import type { Database } from '../../storage/api.js';
import type { pbt } from '../../net/gen/index.js';
import type { Logger } from '../../net/log.js';
import type { HostBackend, OpenedSession, OpenSessionInput } from '../../net/server.js';
import {
  addDatabase, checkDatabaseName, databaseHosts, hasDatabase, listDatabases, paths, removeDatabase, type Installation,
} from '../../install/installation.js';
import { VERSION } from '../version.js';
import type { SessionControl } from './control.js';
import { LONG_HOLD_MS, statementGate } from '../../common/statement-gate.js';

/** What the daemon needs from storage and the session layer. */
export interface Engine {
  createDatabase(directory: string, name: string): Promise<Database> | Database;
  openDatabase(directory: string, name: string): Promise<Database> | Database;
  destroyDatabase(directory: string): Promise<void> | void;
  /** `cluster`: the database's distributed context when it has one (issue 3) */
  createSession(database: Database, options: SessionOptions, cluster?: DatabaseContext): Promise<QuelSession> | QuelSession;
}

interface SessionEntry {
  readonly id: string;
  readonly database: string;
  readonly user: string;
  readonly client: string;
  readonly session: QuelSession;
  busy: boolean;
  /** how long its last query took (ms; 0 = none yet): the gate lets short sessions go first */
  lastRunMs: number;
  /** the query in progress; closing waits for it (bounded by CLOSE_WAIT_MS) */
  running: Promise<unknown> | null;
}

/**
 * The cluster side of the daemon (src/serverdb/host.ts, wired by ingresd.ts): serverdb per
 * database, readiness (start-up consistency), creatdb/destroydb on every live host.
 * Absent when the daemon runs over a fake engine in tests.
 */
export interface DaemonCluster {
  /** resolves when sessions may run on the database (its catalog is consistent here) */
  whenReady(name: string, database: Database): Promise<void>;
  sessionsChanged(name: string, count: number): void;
  /** a user's creatdb made the database here: start its serverdb, create it on the other live hosts */
  created(name: string, database: Database, user: string): Promise<void>;
  /** the database is about to be destroyed here: stop its serverdb */
  detach(name: string): Promise<void>;
  /** a user's destroydb, first: every other live host checks no session uses it and takes
   *  no new one (8010 naming a host that refuses; nothing is destroyed then) */
  reserveDestroy(name: string, hosts: readonly string[], user: string): Promise<void>;
  /** the destroy did not happen after all: the hosts reserved take sessions again */
  releaseDestroy(name: string, hosts: readonly string[], user: string): Promise<void>;
  /** a user's destroydb removed it here: remove it on the other live hosts */
  destroyed(name: string, hosts: readonly string[], user: string): Promise<void>;
  /** the daemon shuts down: stop every serverdb before the databases close */
  stop(): Promise<void>;
  /** the database's distributed context (sessions become distributed masters with it) */
  context?(name: string): DatabaseContext | undefined;
}

/** How long a host reserved by another's destroydb refuses new sessions, if nothing follows */
const DESTROY_RESERVE_MS = 30_000;

/** How long a new session waits for start-up consistency before 7010. */
const READY_WAIT_MS = 30_000;

/** How long closing a session waits for its running query before aborting anyway. */
const CLOSE_WAIT_MS = 30_000;

interface DatabaseEntry {
  readonly name: string;
  opening: Promise<Database>;
  readonly sessions: Set<string>;
}

export class HostDaemon implements HostBackend {
  private readonly databases = new Map<string, DatabaseEntry>();
  private readonly sessions = new Map<string, SessionEntry>();
  /** creatdb/destroydb/open run one at a time: they edit etc/ and open lmdb paths */
  private adminQueue: Promise<unknown> = Promise.resolve();
  private shuttingDown = false;
  private readonly startedMs = Date.now();
  private cluster: DaemonCluster | null = null;
  /** the control thread (Cancel, Watch); null over a fake engine in tests */
  private control: SessionControl | null = null;

  constructor(
    private readonly installation: Installation,
    private readonly engine: Engine,
    private readonly log: Logger,
    /** called once after a Shutdown request has been answered */
    private readonly onShutdown: () => void = () => undefined,
  ) {}

  /** Plug in the cluster side (before the server starts serving). */
  setCluster(cluster: DaemonCluster): void {
    this.cluster = cluster;
  }

  /** Plug in the control thread (before the server starts serving). */
  setControl(control: SessionControl): void {
    this.control = control;
  }

  /** The open Database `name` of etc/dblist, without counting a session (for serverdb). */
  async openShared(name: string): Promise<Database> {
    const key = `$serverdb-${randomUUID()}`;
    const { entry, database } = await this.database(name, key);
    entry.sessions.delete(key);
    return database;
  }

  private sessionsChanged(name: string): void {
    this.cluster?.sessionsChanged(name, this.databases.get(name)?.sessions.size ?? 0);
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.adminQueue.then(work, work);
    this.adminQueue = next.catch(() => undefined);
    return next;
  }

  private refuseWhenStopping(): void {
    if (this.shuttingDown) throw new IngresError(8013, 'the host daemon is shutting down');
  }

  private unknownDatabase(name: string): IngresError {
    // its data directory without its etc/dblist line: say so (a damaged etc/, not a lost database)
    const orphan = existsSync(paths.database(this.installation.root, name));
    return new IngresError(8001, `database '${name}' does not exist`, {
      host: this.installation.hostname,
      ...orphan ? { hint: `${paths.database(this.installation.root, name)} is there, but ${paths.dblistFile(this.installation.root)} does not list it: that file is damaged or was edited.` } : {},
    });
  }

  /** The open Database `name` (opened on first use), with `sessionId` already counted on
   *  it so that a destroydb running meanwhile sees it in use. */
  private database(name: string, sessionId: string): Promise<{ entry: DatabaseEntry; database: Database }> {
    return this.serialised(async () => {
      if (!hasDatabase(this.installation.root, name)) throw this.unknownDatabase(name);
      let entry = this.databases.get(name);
      if (entry === undefined) {
        const directory = paths.database(this.installation.root, name);
        if (!existsSync(directory)) {
          throw new IngresError(8008, `data directory of database '${name}' is damaged: ${directory} is missing`);
        }
        this.log.info({ database: name }, 'opening database');
        entry = { name, opening: Promise.resolve(this.engine.openDatabase(directory, name)), sessions: new Set() };
        this.databases.set(name, entry);
        entry.opening.then((opened) => {
          const restore = opened.steadyRestore;
          if (restore !== undefined && restore !== null) {
            this.log.warn({ database: name, fromTxn: restore.fromTxnId, toTxn: restore.toTxnId, replayed: restore.replayed },
              'the machine restarted since the last checkpoint: opened there, and its redo records applied (every acknowledged commit); lmdb transactions after them were never acknowledged and are gone');
          }
        }, () => this.databases.delete(name));
      }
      const database = await entry.opening;
      entry.sessions.add(sessionId);
      return { entry, database };
    });
  }

  async openSession(input: OpenSessionInput): Promise<OpenedSession> {
    this.refuseWhenStopping();
    const name = checkDatabaseName(input.database);
    const options: SessionOptions = {
      user: input.user === '' ? 'ingres' : input.user,
      retrieveIntoStructure: input.retrieveIntoStructure === '' ? 'cheapsort' : input.retrieveIntoStructure,
      indexStructure: input.indexStructure === '' ? 'isam' : input.indexStructure,
      ...input.lostTransaction === '' ? {} : { lostTransaction: input.lostTransaction },
    };
    this.refuseWhileDestroyed(name);
    const id = randomUUID();
    const { entry, database } = await this.database(name, id);
    let session: QuelSession;
    try {
      this.refuseWhenStopping();
      if (this.cluster !== null) await this.waitReady(name, database);
      session = await this.engine.createSession(database, options, this.cluster?.context?.(name));
    } catch (error) {
      entry.sessions.delete(id);
      throw error;
    }
    this.sessionsChanged(name);
    this.control?.open(id);
    this.sessions.set(id, {
      id, database: name, user: options.user, client: input.client, session, busy: false, lastRunMs: 0, running: null,
    });
    this.log.info({ session: id, database: name, user: options.user, client: input.client }, 'session opened');
    return {
      sessionId: id, host: this.installation.hostname, version: VERSION, daemonPid: process.pid,
      controlAddress: this.control?.address ?? '',
    };
  }

  private async waitReady(name: string, database: Database): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.cluster?.whenReady(name, database),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new IngresError(7010,
            `database '${name}' is not ready on host ${this.installation.hostname}: its catalog is not yet consistent`,
            { host: this.installation.hostname, hint: 'No live host can vouch for the catalog yet; try again when one is up.' })),
          READY_WAIT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  inTransaction(sessionId: string): boolean {
    return this.sessions.get(sessionId)?.session.inTransaction === true;
  }

  /** Run a query buffer; `runId` is the client's number for it (Cancel and Watch name it). */
  async run(sessionId: string, text: string, runId = 0, files?: CopyFiles): Promise<StatementResult[]> {
    const entry = this.sessions.get(sessionId);
    if (entry === undefined) throw new IngresError(8011, `session ${sessionId} does not exist`);
    if (entry.busy) throw new IngresError(8012, `session ${sessionId} is already running a query`);
    entry.busy = true;
    const controlled = this.control?.run(sessionId, runId);
    // large retrieves come back spooled: the server sends their rows on as the stream drains
    let startedAt = performance.now();
    const start = (): Promise<StatementResult[]> => {
      startedAt = performance.now();
      // copy's files are the client's, read and written on its side (never opened here)
      return entry.session.run(text, { ...controlled?.options, spool: true, files: files ?? NO_CLIENT_FILES });
    };
    // after a long statement the thread is left free for a moment first (statement-gate.ts)
    const turn = statementGate.enter(entry.lastRunMs < LONG_HOLD_MS);
    const running = turn === undefined ? start() : turn.then(() => {
      if (this.sessions.get(sessionId) !== entry) throw new IngresError(8011, `session ${sessionId} was closed`);
      return start();
    });
    entry.running = running;
    try {
      return await running;
    } catch (error) {
      // the contract says run() reports statement errors as results; anything thrown is one
      const ingres = toIngresError(error);
      if (ingres.code === 9000) this.log.error({ session: sessionId, err: error }, 'session.run threw');
      return [{ kind: 'error', error: ingres }];
    } finally {
      entry.busy = false;
      entry.running = null;
      entry.lastRunMs = performance.now() - startedAt;
      statementGate.leave();
      controlled?.finish();
    }
  }

  /** Close a session (aborting its open transaction); closing an unknown id is a no-op. */
  async closeSession(sessionId: string): Promise<void> {
    const entry = this.sessions.get(sessionId);
    if (entry === undefined) return;
    this.sessions.delete(sessionId);
    this.control?.close(sessionId);
    try {
      if (entry.running !== null) {
        // never abort under a running statement: let it finish (or give up waiting)
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          entry.running.catch(() => undefined),
          new Promise((resolve) => { timer = setTimeout(resolve, CLOSE_WAIT_MS); }),
        ]);
        clearTimeout(timer);
      }
      await entry.session.close();
    } catch (error) {
      this.log.error({ session: sessionId, err: error }, 'session.close failed');
    } finally {
      this.databases.get(entry.database)?.sessions.delete(sessionId);
      this.sessionsChanged(entry.database);
    }
    this.log.info({ session: sessionId, database: entry.database }, 'session closed');
  }

  async createDatabase(database: string, user: string, flags: readonly string[]): Promise<pbt.ICreateDatabaseReply> {
    this.refuseWhenStopping();
    const name = checkDatabaseName(database);
    const hosts = this.installation.hosts.map((host) => host.name);
    const { reply, created } = await this.createHere(name, hosts, user, flags);
    // outside the admin queue: the other hosts' serverdbs call back while it runs
    await this.cluster?.created(name, created, user);
    return reply;
  }

  /** creatdb on this host only (data/<db>, dblist, <db>_host = `hosts`); serverdb's command. */
  async createLocal(database: string, hosts: readonly string[], user: string): Promise<{ database: Database; directory: string }> {
    this.refuseWhenStopping();
    const name = checkDatabaseName(database);
    const { reply, created } = await this.createHere(name, hosts, user, []);
    return { database: created, directory: reply.directory ?? paths.database(this.installation.root, name) };
  }

  private createHere(name: string, hosts: readonly string[], user: string, flags: readonly string[]):
    Promise<{ reply: pbt.ICreateDatabaseReply; created: Database }> {
    return this.serialised(async () => {
      const root = this.installation.root;
      const directory = paths.database(root, name);
      if (hasDatabase(root, name)) {
        throw new IngresError(8002, `database '${name}' already exists`, { host: this.installation.hostname });
      }
      if (existsSync(directory)) {
        throw new IngresError(8002, `database '${name}' already exists`, {
          detail: `${directory} exists but the database is not in etc/dblist`,
          hint: 'Remove the directory by hand if it is a leftover.',
        });
      }
      this.log.info({ database: name, user, flags }, 'creating database');
      const created = await this.engine.createDatabase(directory, name);
      this.databases.set(name, { name, opening: Promise.resolve(created), sessions: new Set() });
      addDatabase(root, name, hosts.includes(this.installation.hostname) ? hosts : [this.installation.hostname, ...hosts]);
      return { reply: { database: name, host: this.installation.hostname, directory }, created };
    });
  }

  async destroyDatabase(database: string, user: string): Promise<void> {
    const name = checkDatabaseName(database);
    const hosts = databaseHosts(this.installation.root, name);
    if (!hasDatabase(this.installation.root, name)) throw this.unknownDatabase(name);
    // every live host first: none may have a session on it (else nothing is destroyed)
    await this.cluster?.reserveDestroy(name, hosts, user);
    try {
      await this.destroyLocal(name, user);
    } catch (error) {
      await this.cluster?.releaseDestroy(name, hosts, user).catch(() => undefined);
      throw error;
    }
    await this.cluster?.destroyed(name, hosts, user);
  }

  /** databases being destroyed from another host (destroydb's first phase): until when */
  private readonly destroying = new Map<string, number>();

  reserveDestroy(name: string, by: string): void {
    const entry = this.databases.get(name);
    if (entry !== undefined && entry.sessions.size > 0) {
      throw new IngresError(8010, `database '${name}' is in use by ${entry.sessions.size} session(s)`);
    }
    this.destroying.set(name, Date.now() + DESTROY_RESERVE_MS);
    this.log.info({ database: name, by }, 'destroydb: no new sessions while it is destroyed');
  }

  releaseDestroy(name: string): void {
    this.destroying.delete(name);
  }

  /** 8000 while another host destroys `name` (its first phase reserved it here) */
  private refuseWhileDestroyed(name: string): void {
    const until = this.destroying.get(name);
    if (until === undefined) return;
    if (until < Date.now()) this.destroying.delete(name);
    else throw new IngresError(8000, `database '${name}' is being destroyed (destroydb)`);
  }

  /** destroydb on this host only (serverdb's command). */
  destroyLocal(database: string, user: string): Promise<void> {
    this.refuseWhenStopping();
    const name = checkDatabaseName(database);
    return this.serialised(async () => {
      const root = this.installation.root;
      if (!hasDatabase(root, name)) throw this.unknownDatabase(name);
      const entry = this.databases.get(name);
      if (entry !== undefined && entry.sessions.size > 0) {
        throw new IngresError(8010, `database '${name}' is in use by ${entry.sessions.size} session(s)`);
      }
      this.log.info({ database: name, user }, 'destroying database');
      await this.cluster?.detach(name);
      if (entry !== undefined) {
        this.databases.delete(name);
        const open = await entry.opening.catch(() => null);
        await open?.close();
      }
      // forget it first: a crash half-way leaves a directory, never a listed half database
      removeDatabase(root, name);
      await this.engine.destroyDatabase(paths.database(root, name));
    });
  }

  status(): pbt.IStatusReply {
    const databases = listDatabases(this.installation.root).map((name) => {
      const entry = this.databases.get(name);
      return { name, open: entry !== undefined, sessions: entry?.sessions.size ?? 0 };
    });
    return {
      host: this.installation.hostname,
      address: this.installation.address,
      pid: process.pid,
      version: VERSION,
      iiSystem: this.installation.root,
      startedMs: this.startedMs,
      databases,
      sessions: this.sessions.size,
    };
  }

  /** Close every session and database. Idempotent. */
  async shutdown(): Promise<number> {
    const first = !this.shuttingDown;
    this.shuttingDown = true;
    const ids = [...this.sessions.keys()];
    for (const id of ids) await this.closeSession(id);
    await this.cluster?.stop().catch((error: unknown) => this.log.error({ err: error }, 'stopping serverdb failed'));
    await this.serialised(async () => {
      for (const entry of this.databases.values()) {
        const open = await entry.opening.catch(() => null);
        await open?.close();
      }
      this.databases.clear();
    });
    if (first) {
      this.log.info({ sessionsClosed: ids.length }, 'shut down');
      setImmediate(this.onShutdown);
    }
    return ids.length;
  }
}
