/*
 * host-daemon.ts — the logic of `ingresd` behind the gRPC services: the databases of this
 * host (opened lazily from etc/dblist, one Database per name, never two opens of one lmdb
 * path), the sessions on them, creatdb/destroydb and shutdown. The storage and session
 * layers come in through `Engine`, so tests can run the daemon over a fake engine.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { IngresError, toIngresError } from '../../common/errors.js';
import type { QuelSession, SessionOptions, StatementResult } from '../../dbsys/session-api.js';
import type { Database } from '../../storage/api.js';
import type { pbt } from '../../net/gen/index.js';
import type { Logger } from '../../net/log.js';
import type { HostBackend, OpenedSession, OpenSessionInput } from '../../net/server.js';
import {
  addDatabase, checkDatabaseName, hasDatabase, listDatabases, paths, removeDatabase, type Installation,
} from '../../install/installation.js';
import { VERSION } from '../version.js';

/** What the daemon needs from storage and the session layer. */
export interface Engine {
  createDatabase(directory: string, name: string): Promise<Database> | Database;
  openDatabase(directory: string, name: string): Promise<Database> | Database;
  destroyDatabase(directory: string): Promise<void> | void;
  createSession(database: Database, options: SessionOptions): Promise<QuelSession> | QuelSession;
}

interface SessionEntry {
  readonly id: string;
  readonly database: string;
  readonly user: string;
  readonly client: string;
  readonly session: QuelSession;
  busy: boolean;
  /** the query in progress; closing waits for it (bounded by CLOSE_WAIT_MS) */
  running: Promise<unknown> | null;
}

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

  constructor(
    private readonly installation: Installation,
    private readonly engine: Engine,
    private readonly log: Logger,
    /** called once after a Shutdown request has been answered */
    private readonly onShutdown: () => void = () => undefined,
  ) {}

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.adminQueue.then(work, work);
    this.adminQueue = next.catch(() => undefined);
    return next;
  }

  private refuseWhenStopping(): void {
    if (this.shuttingDown) throw new IngresError(8013, 'the host daemon is shutting down');
  }

  private unknownDatabase(name: string): IngresError {
    return new IngresError(8001, `database '${name}' does not exist`, { host: this.installation.hostname });
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
        entry.opening.catch(() => this.databases.delete(name));
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
    };
    const id = randomUUID();
    const { entry, database } = await this.database(name, id);
    let session: QuelSession;
    try {
      this.refuseWhenStopping();
      session = await this.engine.createSession(database, options);
    } catch (error) {
      entry.sessions.delete(id);
      throw error;
    }
    this.sessions.set(id, {
      id, database: name, user: options.user, client: input.client, session, busy: false, running: null,
    });
    this.log.info({ session: id, database: name, user: options.user, client: input.client }, 'session opened');
    return { sessionId: id, host: this.installation.hostname, version: VERSION, daemonPid: process.pid };
  }

  async run(sessionId: string, text: string): Promise<StatementResult[]> {
    const entry = this.sessions.get(sessionId);
    if (entry === undefined) throw new IngresError(8011, `session ${sessionId} does not exist`);
    if (entry.busy) throw new IngresError(8012, `session ${sessionId} is already running a query`);
    entry.busy = true;
    const running = entry.session.run(text);
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
    }
  }

  /** Close a session (aborting its open transaction); closing an unknown id is a no-op. */
  async closeSession(sessionId: string): Promise<void> {
    const entry = this.sessions.get(sessionId);
    if (entry === undefined) return;
    this.sessions.delete(sessionId);
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
    }
    this.log.info({ session: sessionId, database: entry.database }, 'session closed');
  }

  createDatabase(database: string, user: string, flags: readonly string[]): Promise<pbt.ICreateDatabaseReply> {
    this.refuseWhenStopping();
    const name = checkDatabaseName(database);
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
      addDatabase(root, name, [this.installation.hostname]);
      return { database: name, host: this.installation.hostname, directory };
    });
  }

  destroyDatabase(database: string, user: string): Promise<void> {
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
