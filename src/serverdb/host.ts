/*
 * host.ts — every serverdb of one ingresd: starts one ServerDb per database of etc/dblist
 * at boot and per database created live, serves the ServerDb gRPC service (rise,
 * heartbeat, sys_cat, command, DbState) on the daemon's port, fans creatdb/destroydb out
 * to every live host (command/com_resp), and learns a database it lacks from a peer's
 * heartbeat (start-up case 4). Builds the DatabaseContext of api.ts for each database.
 */
import { clusterProtocol } from '../common/protocol.js';
import type { Server, ServerUnaryCall, ServerWritableStream, sendUnaryData } from '@grpc/grpc-js';
import { IngresError, ingresError, toIngresError } from '../common/errors.js';
import type { DatabaseContext, HostDirectory, TransactionManager } from '../cluster/api.js';
import type { pbt } from '../net/gen/index.js';
import type { Logger } from '../net/log.js';
import { ServerDbService } from '../net/serverdb-service.js';
import type { Decoded } from '../net/services.js';
import { registerLink, unaryLinkHandlers } from '../net/peer-link.js';
import { badMessage, errorToStatus } from '../net/wire.js';
import type { Database } from '../storage/api.js';
import { serverDbConfig, type ServerDbConfig } from './config.js';
import { CONSISTENT_DBST, writeDbst } from './dbst.js';
import { historyToWire, RISE_HISTORY_TAIL } from './catalog-history.js';
import { compareIncarnations, newIncarnation, readIncarnation, readTombstone, removeTombstone, writeIncarnation, writeTombstone } from './incarnation.js';
import { Peers, sendb } from './peer.js';
import { rowToWire, ServerDb } from './serverdb.js';
import { definitionToWire, relationToWire } from './wire.js';

/** What serverdb needs from the host daemon (src/cli/daemon/host-daemon.ts). */
export interface DaemonSide {
  /** the open Database of a name in etc/dblist (opened on first use) */
  open(name: string): Promise<Database>;
  /** data/<db>, etc/dblist and etc/<db>_host on this host only; 8002 if it exists */
  createLocal(name: string, hosts: readonly string[], user: string): Promise<{ database: Database; directory: string }>;
  /** drop it on this host only (8010 while sessions use it) */
  destroyLocal(name: string, user: string): Promise<void>;
  /** destroydb's first phase here: 8010 while sessions use it, else no new session opens
   *  on it until `release` or `DESTROY_RESERVE_MS` (the destroying host died meanwhile) */
  reserveDestroy(name: string, by: string): void;
  releaseDestroy(name: string): void;
  /** etc/<db>_host */
  databaseHosts(name: string): readonly string[];
  /** data/<db> */
  directory(name: string): string;
  /** etc/dblist */
  databases(): readonly string[];
}

export interface ServerDbHostOptions {
  readonly directory: HostDirectory;
  readonly daemon: DaemonSide;
  readonly log: Logger;
  readonly config?: ServerDbConfig;
  /** the TM of a database (src/tm); default: a TM for one host that has nothing in doubt */
  readonly makeTm?: (context: Omit<DatabaseContext, 'tm'>) => TransactionManager;
  /** the database stops being served here (destroydb, shutdown): stop its TM */
  readonly detachTm?: (name: string) => void;
  /** this daemon's control thread, advertised to peers (Alive) once it runs; '' = none */
  readonly controlAddress?: () => string;
}

interface Entry {
  readonly serverdb: ServerDb;
  readonly context: DatabaseContext;
  readonly started: Promise<void>;
}

/** Without the TM part: local commits only, nothing in doubt. */
function noTm(): TransactionManager {
  const missing = (): never => { throw new IngresError(9000, 'internal error: no transaction manager is installed'); };
  return { part: missing, commitAsCoordinator: missing, abort: missing, inDoubt: () => [], awaitingAcks: () => [] };
}

export class ServerDbHost {
  private readonly entries = new Map<string, Entry>();
  private readonly learning = new Set<string>();
  readonly peers: Peers;
  readonly config: ServerDbConfig;
  /** the cluster protocol we speak: a peer that speaks another teaches us no database */
  private readonly protocol = clusterProtocol();
  private stopping = false;

  constructor(private readonly options: ServerDbHostOptions) {
    this.peers = new Peers(options.directory);
    this.config = options.config ?? serverDbConfig();
  }

  get localHost(): string {
    return this.options.directory.localHost;
  }

  /**
   * Start the serverdb of every database in etc/dblist that lives on several hosts (does
   * not wait for readiness). A database of this host alone needs no membership: it is
   * opened, as in issue 2, by its first session (a damaged one then harms only itself).
   */
  async boot(): Promise<void> {
    for (const name of this.options.daemon.databases()) {
      if (this.options.daemon.databaseHosts(name).every((host) => host === this.localHost)) continue;
      try {
        await this.attach(name, await this.options.daemon.open(name));
      } catch (error) {
        this.options.log.error({ database: name, err: toIngresError(error).message }, 'cannot start serverdb');
      }
    }
  }

  /** Start the serverdb of an open database (idempotent). */
  attach(name: string, database: Database): Promise<Entry> {
    const existing = this.entries.get(name);
    if (existing !== undefined) return Promise.resolve(existing);
    const serverdb = new ServerDb({
      database: name, directory: this.options.daemon.directory(name), db: database, localHost: this.localHost,
      hosts: this.options.daemon.databaseHosts(name), peers: this.peers, config: this.config,
      log: this.options.log.child({ database: name }),
      onStale: () => this.destroyStale(name),
      ...(this.options.controlAddress === undefined ? {} : { controlAddress: this.options.controlAddress }),
    });
    const partial = {
      name, database, directory: this.options.daemon.directory(name), hostDirectory: this.options.directory, membership: serverdb,
    };
    const tm = this.options.makeTm?.(partial) ?? noTm();
    const started = serverdb.start().catch((error: unknown) => {
      this.options.log.error({ database: name, err: toIngresError(error).message }, 'serverdb start-up failed');
    });
    const entry: Entry = { serverdb, context: { ...partial, tm }, started };
    this.entries.set(name, entry);
    return Promise.resolve(entry);
  }

  /** The context of a database whose serverdb runs here. */
  context(name: string): DatabaseContext | undefined {
    return this.entries.get(name)?.context;
  }

  serverdb(name: string): ServerDb | undefined {
    return this.entries.get(name)?.serverdb;
  }

  /** Sessions wait here until the database's catalog is consistent on this host. */
  async whenReady(name: string, database: Database): Promise<void> {
    const entry = this.entries.get(name) ?? await this.attach(name, database);
    await entry.serverdb.whenReady();
  }

  sessionsChanged(name: string, count: number): void {
    this.entries.get(name)?.serverdb.setSessions(count);
  }

  /** A user's creatdb made `name` here: mark it consistent, start it, run creatdb on every other live host. */
  async created(name: string, database: Database, user: string): Promise<void> {
    const directory = this.options.daemon.directory(name);
    const incarnation = newIncarnation(this.localHost);
    removeTombstone(directory, name);
    writeIncarnation(directory, name, incarnation);
    writeDbst(directory, name, CONSISTENT_DBST);
    const hosts = this.options.daemon.databaseHosts(name);
    // command first, rise after: a peer must get creatdb before our serverdb's rise, else
    // it would take the database for one it missed (case 4) and copy the catalog
    const results = await sendb(this.peers, { mode: 'broadcast', hosts },
      (peer, timeout) => peer.command({ command: 'creatdb', database: name, user, hosts: [...hosts], fromHost: this.localHost, incarnation }, timeout),
      Math.max(this.config.callTimeoutMs, 10_000));
    for (const [host, result] of results) {
      if (!result.ok) this.options.log.info({ database: name, host }, 'creatdb: host is down; it gets the database at boot');
      else if (!result.value.reply.ok) {
        this.options.log.warn({ database: name, host, code: result.value.reply.code, message: result.value.reply.message }, 'creatdb failed on host');
      }
    }
    await this.attach(name, database);
  }

  /** Stop the serverdb of a database about to be destroyed here. */
  async detach(name: string): Promise<void> {
    const entry = this.entries.get(name);
    // the tombstone: peers that were down learn that their copy of this incarnation is gone,
    // and their heartbeats naming it do not make us learn it back (start-up case 4)
    const directory = this.options.daemon.directory(name);
    writeTombstone(directory, name, readIncarnation(directory, name));
    if (entry === undefined) return;
    this.entries.delete(name);
    await entry.serverdb.stop();
    this.options.detachTm?.(name);
  }

  /**
   * destroydb's first phase: every other live host of `name` checks that no session uses it
   * there and takes no new one (`DaemonSide.reserveDestroy`). If one refuses (8010) the
   * others are released and the error names that host: nothing was destroyed anywhere.
   * A host that is down is skipped (it learns of the destroy when it returns).
   */
  async reserveDestroy(name: string, hosts: readonly string[], user: string): Promise<void> {
    const results = await this.destroyCommand('destroydb-reserve', name, hosts, user, hosts);
    const reserved: string[] = [];
    let refusal: IngresError | null = null;
    for (const [host, result] of results) {
      if (result.ok && result.value.reply.ok) reserved.push(host);
      else if (result.ok && result.value.reply.code !== 8001) {
        const { code, message } = result.value.reply;
        refusal ??= code === 8010
          ? new IngresError(8010, `database '${name}' is in use on host ${host}: ${message ?? ''}`, { host })
          : new IngresError(7000, `database '${name}' cannot be destroyed: host ${host} refused (${code ?? ''} ${message ?? ''})`, { host });
      } else if (!result.ok && result.error.code !== 7001) {
        refusal ??= new IngresError(7000, `database '${name}' cannot be destroyed: host ${host} did not answer (${result.error.message})`, { host });
      }
    }
    if (refusal === null) return;
    if (reserved.length > 0) await this.destroyCommand('destroydb-release', name, hosts, user, reserved);
    throw refusal;
  }

  /** The destroy failed here after `reserveDestroy`: the other hosts take sessions again. */
  async releaseDestroy(name: string, hosts: readonly string[], user: string): Promise<void> {
    await this.destroyCommand('destroydb-release', name, hosts, user, hosts);
  }

  /** `Command{what}` about destroying `name` (on `hosts`) to the hosts `to` */
  private destroyCommand(what: string, name: string, hosts: readonly string[], user: string, to: readonly string[]) {
    return sendb(this.peers, { mode: 'broadcast', hosts: to },
      (peer, timeout) => peer.command({ command: what, database: name, user, hosts: [...hosts], fromHost: this.localHost }, timeout),
      Math.max(this.config.callTimeoutMs, 10_000));
  }

  /** A user's destroydb removed `name` here: run destroydb on every other live host. */
  async destroyed(name: string, hosts: readonly string[], user: string): Promise<void> {
    const results = await sendb(this.peers, { mode: 'broadcast', hosts },
      (peer, timeout) => peer.command({ command: 'destroydb', database: name, user, hosts: [...hosts], fromHost: this.localHost }, timeout),
      Math.max(this.config.callTimeoutMs, 10_000));
    // a host that is down (unreachable) keeps it (README: not done); a live host that
    // refused or did not answer in time is reported, so destroydb never claims success
    const failed: string[] = [];
    for (const [host, result] of results) {
      if (!result.ok) {
        if (result.error.code === 7001) {
          this.options.log.info({ database: name, host }, 'destroydb: host is down; it keeps the database');
        } else failed.push(`${host}: ${result.error.message}`);
      } else if (!result.value.reply.ok && result.value.reply.code !== 8001) {
        failed.push(`${host}: ${result.value.reply.code ?? ''} ${result.value.reply.message ?? ''}`.trim());
      }
    }
    if (failed.length > 0) {
      throw new IngresError(7000, `database '${name}' was destroyed here but not on every live host`, { detail: failed.join('; ') });
    }
  }

  /**
   * Our copy of `name` was destroyed elsewhere while we were down (ServerDb.checkIncarnation):
   * destroy it here; a newer incarnation, if peers hold one, is then learnt like case 4.
   */
  private destroyStale(name: string): void {
    this.options.daemon.destroyLocal(name, 'ingres')
      .then(() => this.options.log.warn({ database: name }, 'destroyed this host\'s copy: it was destroyed on the other hosts while this host was down'))
      .catch((error: unknown) => {
        this.options.log.error({ database: name, err: toIngresError(error).message }, 'cannot destroy the copy that was destroyed elsewhere');
      });
  }

  /**
   * Start-up case 4: a peer's heartbeat names a database we lack and lists us: create it and
   * copy — unless our tombstone says we destroyed that incarnation (or a newer one): the
   * peer was down during destroydb and destroys its copy when it reads our answer.
   */
  private learn(name: string, hosts: readonly string[], from: string, incarnation: string): void {
    if (this.stopping || this.learning.has(name) || !hosts.includes(this.localHost)) return;
    const tomb = readTombstone(this.options.daemon.directory(name), name);
    // a tombstone of a copy made before incarnations were kept ('') stops only copies of
    // unknown incarnation: a creatdb since (which names one) is learnt
    if (tomb !== null && (tomb === '' ? incarnation === '' : compareIncarnations(incarnation, tomb) !== 1)) return;
    // listed here already: being created or attached right now, nothing to learn
    if (this.options.daemon.databases().includes(name)) return;
    this.learning.add(name);
    this.options.log.info({ database: name, from }, 'learning a database from a peer (start-up case 4)');
    this.options.daemon.createLocal(name, hosts, 'ingres')
      .then(({ database, directory }) => {
        removeTombstone(directory, name);
        writeIncarnation(directory, name, incarnation);
        return this.attach(name, database);
      })
      .catch((error: unknown) => {
        this.options.log.warn({ database: name, err: toIngresError(error).message }, 'cannot create the database learnt from a peer');
      })
      .finally(() => this.learning.delete(name));
  }

  // ---------------------------------------------------------------- the gRPC service

  private rise(request: pbt.IRise): pbt.IRiseResp {
    const name = request.database ?? '';
    const entry = this.entries.get(name);
    if (entry === undefined) {
      if (request.hosts && request.hosts.length > 0 && (request.protocol ?? 0) === this.protocol) this.learn(name, request.hosts, request.host ?? '', request.incarnation ?? '');
      return { database: name, host: this.localHost, ldb: false, waitsys: true, destroyedIncarnation: this.destroyedIncarnation(name) };
    }
    entry.serverdb.heard(request.host ?? '', request, null);
    const self = entry.serverdb.selfMessage(RISE_HISTORY_TAIL);
    return { ...self, ldb: true, cons: self.self.cons ?? false };
  }

  private heartbeat(request: pbt.IHeartbeat): pbt.IHeartbeatResp {
    const name = request.database ?? '';
    const entry = this.entries.get(name);
    if (entry === undefined) {
      if (request.hosts && request.hosts.length > 0 && (request.protocol ?? 0) === this.protocol) this.learn(name, request.hosts, request.host ?? '', request.incarnation ?? '');
      return { database: name, host: this.localHost, ldb: false, waitsys: true, destroyedIncarnation: this.destroyedIncarnation(name) };
    }
    entry.serverdb.heard(request.host ?? '', request, null);
    const { hosts: _hosts, ...self } = entry.serverdb.selfMessage();
    return { ...self, ldb: true };
  }

  /** The incarnation of `name` destroyed here ('' = none), for peers that still hold one. */
  private destroyedIncarnation(name: string): string {
    try {
      return readTombstone(this.options.daemon.directory(name), name) ?? '';
    } catch {
      return ''; // not a valid database name: nothing was destroyed under it
    }
  }

  private async command(request: pbt.ICommand): Promise<pbt.IComResp> {
    const name = request.database ?? '';
    const user = request.user ?? '';
    try {
      switch (request.command) {
        case 'creatdb': {
          const hosts = (request.hosts ?? []).length > 0 ? request.hosts ?? [] : this.options.directory.hosts();
          const { database, directory } = await this.options.daemon.createLocal(name, hosts, user);
          removeTombstone(directory, name);
          writeIncarnation(directory, name, request.incarnation ?? '');
          writeDbst(directory, name, CONSISTENT_DBST);
          await this.attach(name, database);
          break;
        }
        case 'destroydb':
          await this.options.daemon.destroyLocal(name, user);
          break;
        case 'destroydb-reserve':
          if (!this.options.daemon.databases().includes(name)) throw new IngresError(8001, `database '${name}' does not exist on host ${this.localHost}`);
          this.options.daemon.reserveDestroy(name, request.fromHost ?? '');
          break;
        case 'destroydb-release':
          this.options.daemon.releaseDestroy(name);
          break;
        case 'adopt': {
          const entry = this.entries.get(name);
          if (entry === undefined) throw new IngresError(8001, `database '${name}' does not exist on host ${this.localHost}`);
          await entry.serverdb.adopt(request.source ?? '');
          break;
        }
        case 'resolve': {
          const entry = this.entries.get(name);
          if (entry === undefined) throw new IngresError(8001, `database '${name}' does not exist on host ${this.localHost}`);
          const outcome = request.outcome;
          const tm = entry.context.tm;
          if (outcome === 'forget') {
            if (tm.forgetByHand === undefined) throw ingresError(7016, request.globalId ?? '', this.localHost);
            await tm.forgetByHand(request.globalId ?? '');
            break;
          }
          if (outcome !== 'commit' && outcome !== 'abort') {
            throw new IngresError(7003, `bad message from ${request.fromHost ?? 'peer'}: resolve needs the outcome commit, abort or forget, not '${outcome ?? ''}'`);
          }
          if (tm.resolveByHand === undefined) throw ingresError(7014, request.globalId ?? '', this.localHost);
          await tm.resolveByHand(request.globalId ?? '', outcome);
          break;
        }
        default:
          throw new IngresError(7003, `bad message from ${request.fromHost ?? 'peer'}: unknown command '${request.command ?? ''}'`);
      }
      return { host: this.localHost, ok: true };
    } catch (error) {
      const ingres = toIngresError(error);
      return { host: this.localHost, ok: false, code: ingres.code, message: ingres.message };
    }
  }

  /** The dbstate table(s) of this host, with in-doubt transactions. */
  async dbState(database: string): Promise<pbt.IDbStateReply> {
    const databases = await Promise.all([...this.entries.entries()]
      .filter(([name]) => database === '' || name === database)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(async ([name, entry]) => {
        let catalogDigest = '';
        if (entry.serverdb.ready()) {
          // never wait long behind a transaction that holds the catalog lock: '' = busy
          const digest = entry.serverdb.catalogForCopy().then((c) => c.digest, () => '');
          let timer: NodeJS.Timeout | undefined;
          catalogDigest = await Promise.race([digest, new Promise<string>((resolve) => { timer = setTimeout(() => resolve(''), 1000); })]);
          clearTimeout(timer);
        }
        let inDoubt: pbt.IInDoubtRow[] = [];
        let awaitingAcks: pbt.IAwaitingAck[] = [];
        let heuristics: pbt.IHeuristicRow[] = [];
        try {
          inDoubt = entry.context.tm.inDoubt().map((t) => ({ globalId: t.globalId, coordinator: t.coordinator, ageMs: Math.round(t.ageMs) }));
          awaitingAcks = entry.context.tm.awaitingAcks().map((t) => ({ globalId: t.globalId, hosts: [...t.hosts], ageMs: Math.round(t.ageMs) }));
          heuristics = (entry.context.tm.heuristics?.() ?? []).map((h) => ({
            globalId: h.globalId, coordinator: h.coordinator, outcome: h.outcome, ageMs: Math.round(h.ageMs), coordinatorOutcome: h.coordinatorOutcome ?? '',
          }));
        } catch { /* no TM */ }
        return {
          database: name, localHost: this.localHost, ready: entry.serverdb.ready(),
          rows: entry.serverdb.hosts().map(rowToWire), inDoubt, awaitingAcks, heuristics, catalogDigest,
          catalogChanges: entry.serverdb.catalogHistory(0).count, note: entry.serverdb.note(),
        };
      }));
    return { host: this.localHost, databases };
  }

  /** Add the ServerDb service to the daemon's gRPC server (before it binds). */
  register(server: Server): void {
    const log = this.options.log;
    const decoded = <T>(request: Decoded<T>): T => {
      if (!request.ok) throw badMessage(request.error, 'peer');
      return request.message;
    };
    const unary = <Req, Res>(name: string, body: (request: Req) => Promise<Res> | Res) =>
      (call: ServerUnaryCall<Decoded<Req>, Res>, callback: sendUnaryData<Res>): void => {
        Promise.resolve()
          .then(() => body(decoded(call.request)))
          .then((reply) => callback(null, reply))
          .catch((error: unknown) => {
            const ingres = toIngresError(error);
            log.warn({ rpc: name, code: ingres.code }, ingres.message);
            callback(errorToStatus(ingres));
          });
      };
    const heartbeat = unary<pbt.IHeartbeat, pbt.IHeartbeatResp>('Heartbeat', (r) => this.heartbeat(r));
    // peers send heartbeats on the peer link (src/serverdb/peer.ts): the same handler
    registerLink(server, unaryLinkHandlers(ServerDbService, { Heartbeat: heartbeat }));
    server.addService(ServerDbService, {
      Rise: unary<pbt.IRise, pbt.IRiseResp>('Rise', (r) => this.rise(r)),
      Heartbeat: heartbeat,
      Command: unary<pbt.ICommand, pbt.IComResp>('Command', (r) => this.command(r)),
      DbState: unary<pbt.IDbStateRequest, pbt.IDbStateReply>('DbState', (r) => this.dbState(r.database ?? '')),
      SysCat: (call: ServerWritableStream<Decoded<pbt.ISysCat>, pbt.IScResp>) => {
        Promise.resolve()
          .then(async () => {
            const request = decoded(call.request);
            const entry = this.entries.get(request.database ?? '');
            if (entry === undefined) {
              throw new IngresError(7013, `serverdb of database '${request.database ?? ''}' is not running on host ${this.localHost}`);
            }
            const { catalog, digest, history } = await entry.serverdb.catalogForCopy();
            for (const relation of catalog.relations) call.write({ relation: relationToWire(relation) });
            for (const definition of catalog.definitions) call.write({ definition: definitionToWire(definition) });
            call.write({ done: { digest, relations: catalog.relations.length, history: historyToWire(history, RISE_HISTORY_TAIL) } });
            call.end();
            log.info({ database: request.database, to: request.host, relations: catalog.relations.length }, 'catalog sent (sys_cat)');
          })
          .catch((error: unknown) => {
            const ingres = toIngresError(error);
            log.warn({ rpc: 'SysCat', code: ingres.code }, ingres.message);
            call.emit('error', errorToStatus(ingres));
          });
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const [name, entry] of this.entries) {
      await entry.serverdb.stop();
      this.options.detachTm?.(name);
    }
    this.entries.clear();
    this.peers.close();
  }
}
