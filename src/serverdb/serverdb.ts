/*
 * serverdb.ts — the serverdb of one database on this host (seed 004 §2–3): the dbstate
 * table (one row per host of <db>_host as this host sees it), membership (rise at boot,
 * heartbeats after, a host silent past hostTimeoutMs leaves the group, a message from a
 * new host adds it) and start-up consistency (the vouch rule on <db>_dbst; else waitsys and
 * a catalog copy from the vouching host with the lowest round trip). Implements Membership.
 */
import { connect } from 'node:net';
import { clusterProtocol } from '../common/protocol.js';
import { IngresError, toIngresError } from '../common/errors.js';
import type { HostState, Membership } from '../cluster/api.js';
import type { pbt } from '../net/gen/index.js';
import type { Logger } from '../net/log.js';
import { CATALOG_LOCK, type CatalogHistory, type Database } from '../storage/api.js';
import { applyCatalog } from './catalog-copy.js';
import { compareHistories, describeHistory, historyFromWire, historyToWire, RISE_HISTORY_TAIL, type HistoryOrder } from './catalog-history.js';
import { digestOf, logicalCatalog, type LogicalCatalog } from './catalog-digest.js';
import type { ServerDbConfig } from './config.js';
import { canVouch, CONSISTENT_DBST, readDbst, writeDbst } from './dbst.js';
import { writeDbstateRelation } from './dbstate-relation.js';
import { sendb, type Peers } from './peer.js';
import { definitionFromWire, relationFromWire } from './wire.js';
import { compareIncarnations, readIncarnation } from './incarnation.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Row extends Mutable<HostState> {
  /** performance.now() of the last message from / answer of this host; -Infinity = never */
  lastHeard: number;
  epoch: number;
  inFlight: boolean;
  /** the host's catalog history as its last message gave it (null: none heard yet) */
  history: CatalogHistory | null;
  /** its control thread's address ('' = not advertised): asked before it is taken for dead */
  controlAddress: string;
  /** an Alive question to it is in flight */
  probing: boolean;
  /** performance.now() of the first of the Alive answers in a row that found its main
   *  thread free while it stayed silent (0 = none) */
  freeSince: number;
  /** performance.now() when it was first found busy in this silent spell (0 = not busy) */
  busySince: number;
  /** our own stall already gave it a fresh timeout in this silent spell (once only) */
  stallGraced: boolean;
}

/** What a rise/heartbeat message carries that `heard` reads. */
interface HeardMessage {
  waitsys?: boolean | null;
  epoch?: number | null;
  self?: pbt.IDbStateRow | null;
  history?: pbt.ICatalogHistory | null;
  incarnation?: string | null;
  controlAddress?: string | null;
  protocol?: number | null;
}

/** What a peer's answer says about its copy of the database. */
interface PeerAnswer {
  ldb?: boolean | null;
  incarnation?: string | null;
  destroyedIncarnation?: string | null;
}

export interface ServerDbOptions {
  readonly database: string;
  readonly directory: string;
  readonly db: Database;
  readonly localHost: string;
  /** <db>_host */
  readonly hosts: readonly string[];
  readonly peers: Peers;
  readonly config: ServerDbConfig;
  readonly log: Logger;
  /**
   * Peers say our copy was destroyed (or destroyed and created again) while this host was
   * down, and we are not serving it yet: the host destroys it here (and learns the new one).
   */
  readonly onStale?: (why: string) => void;
  /** this daemon's control thread (advertised in rise/heartbeat for Alive); '' = none */
  readonly controlAddress?: () => string;
}

/** a host whose main thread has been held longer than this is taken for dead all the same */
export const BUSY_MAX_MS = 5 * 60 * 1000;

/** how long suspect() waits for a TCP connection to a host's control port */
const SUSPECT_CONNECT_MS = 500;
/** a lone host's failed dbstate write is tried again after this long (no heartbeat does it) */
const LONE_RETRY_MS = 1000;

/**
 * Whether nothing listens at `address` ("host:port"): a TCP connection refused at once
 * (ECONNREFUSED). Accepted, another error or no answer within `timeoutMs`: false. A raw
 * connection, not a gRPC call: a channel in its reconnect backoff would report its last
 * failure for a daemon that is listening again.
 */
export function portRefuses(address: string, timeoutMs: number): Promise<boolean> {
  const at = address.lastIndexOf(':');
  const host = address.slice(0, at).replace(/^\[(.*)\]$/, '$1');
  const port = Number(address.slice(at + 1));
  if (at <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (refused: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(refused);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('connect', () => done(false));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED'));
  });
}

/** The dbstate row → wire. */
export function rowToWire(row: HostState): pbt.IDbStateRow {
  return {
    host: row.host, up: row.up, rttMs: row.rttMs === null ? -1 : Math.round(row.rttMs), dbname: row.dbname,
    ldb: row.ldb, dbupdate: row.dbupdate, ldbs: row.ldbs, cuh: row.cuh, luh: row.luh, lmsh: row.lmsh,
    cons: row.cons, waitsys: row.waitsys,
  };
}

/** The row with the lowest measured round trip. */
function cheapest(rows: readonly Row[]): Row | null {
  let best: Row | null = null;
  for (const row of rows) if (best === null || (row.rttMs ?? Infinity) < (best.rttMs ?? Infinity)) best = row;
  return best;
}

/** The vouch rule applied to another host's row (luh, lmsh, cons are its <db>_dbst). */
function canVouchRow(row: Row): boolean {
  return canVouch(row.lmsh === 'coord' || row.lmsh === 'parti' ? { userhost: row.luh, membership: row.lmsh, cons: row.cons } : null);
}

export class ServerDb implements Membership {
  readonly database: string;
  readonly localHost: string;
  readonly epoch = Date.now();
  /** the cluster protocol we speak (src/common/protocol.ts) */
  readonly protocol = clusterProtocol();
  /** hosts heard speaking another protocol (logged once each, kept out of the group) */
  private readonly foreign = new Map<string, number>();
  /** hosts whose daemons refuse this host's calls (7005: not the same etc/cluster.key) */
  private readonly refusedBy = new Map<string, string>();
  private readonly rows = new Map<string, Row>();
  private readonly listeners = new Set<(host: string, up: boolean) => void>();
  private readyFlag = false;
  private readonly readyPromise: Promise<void>;
  private resolveReady!: () => void;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private dbstateWriting = false;
  private dbstateDirty = true;
  private dbstateLastMs = 0;
  private dbstateShape = '';
  /** why the host is not ready yet (for errors and status) */
  private waitingFor = 'start-up';
  private copying = false;
  /** once ready: hosts whose catalog history diverged from ours → what was logged */
  private readonly conflicts = new Map<string, string>();
  /** a rise sent to learn a host's whole history, per host: the count it was sent for */
  private readonly probed = new Map<string, number>();
  /** performance.now() before which reconcile does not try a failed copy again */
  private copyRetryAt = 0;
  /** hosts that answered a rise or heartbeat, or sent one, since start() (even without the database) */
  private readonly answered = new Set<string>();
  /** performance.now() when start() began */
  private startedMs = 0;
  /** which creatdb our copy comes from ('' = unknown) */
  readonly incarnation: string;
  /** peers said our copy is gone: never ready again */
  private stale = false;

  constructor(private readonly options: ServerDbOptions) {
    this.database = options.database;
    this.localHost = options.localHost;
    this.readyPromise = new Promise((resolve) => { this.resolveReady = resolve; });
    this.incarnation = readIncarnation(options.directory, options.database);
    const dbst = readDbst(options.directory, options.database);
    for (const host of new Set([options.localHost, ...options.hosts])) this.addRow(host);
    const self = this.self();
    self.up = true;
    self.rttMs = 0;
    self.ldb = true;
    self.ldbs = true;
    self.luh = dbst?.userhost ?? false;
    self.lmsh = dbst?.membership ?? '';
    self.cons = dbst?.cons ?? false;
    self.waitsys = true;
  }

  private addRow(host: string): Row {
    const row: Row = {
      host, up: false, rttMs: null, dbname: this.options.database, ldb: false, dbupdate: false, ldbs: false,
      cuh: false, luh: false, lmsh: '', cons: false, waitsys: false, lastHeard: -Infinity, epoch: 0, inFlight: false,
      history: null, controlAddress: '', probing: false, freeSince: 0, busySince: 0, stallGraced: false,
    };
    this.rows.set(host, row);
    return row;
  }

  private self(): Row {
    const row = this.rows.get(this.localHost);
    if (row === undefined) throw new IngresError(9000, 'internal error: serverdb has no row for its own host');
    return row;
  }

  // ---------------------------------------------------------------- Membership

  hosts(): readonly HostState[] {
    return [...this.rows.values()].map(({ lastHeard: _l, epoch: _e, inFlight: _i, history: _h, ...state }) => ({ ...state }))
      .sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
  }

  isUp(host: string): boolean {
    return this.rows.get(host)?.up ?? false;
  }

  liveHosts(): readonly string[] {
    return [...this.rows.values()].filter((r) => r.up).map((r) => r.host).sort();
  }

  ready(): boolean {
    return this.readyFlag;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  onChange(listener: (host: string, up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** What this host is waiting for before it is ready ('' when ready). */
  waiting(): string {
    return this.readyFlag ? '' : this.waitingFor;
  }

  /** For status: why the host waits, or the catalog conflicts it found once ready. */
  note(): string {
    const foreign = [...this.foreign].map(([host, theirs]) => `host ${host} speaks cluster protocol ${theirs === 0 ? '1 or older' : theirs} (this host ${this.protocol}): not admitted`);
    return [...foreign, ...this.refusedBy.values(), ...this.readyFlag ? this.conflicts.values() : [this.waitingFor]].filter((n) => n !== '').join('; ');
  }

  /** This host's catalog history (its last `tail` ids). */
  catalogHistory(tail: number): CatalogHistory {
    const txn = this.options.db.begin('$serverdb');
    try {
      return txn.catalogHistory(tail);
    } finally {
      try { txn.abort(); } catch { /* read-only */ }
    }
  }

  /** The number of sessions open on the database here (cuh, dbupdate). */
  setSessions(count: number): void {
    const self = this.self();
    const inUse = count > 0;
    if (self.cuh === inUse) return;
    self.cuh = inUse;
    self.dbupdate = inUse;
    this.changed();
  }

  /** The TM wrote <db>_dbst: keep luh/lmsh/cons of our row in step. */
  dbstWritten(): void {
    const dbst = readDbst(this.options.directory, this.options.database);
    const self = this.self();
    self.luh = dbst?.userhost ?? false;
    self.lmsh = dbst?.membership ?? '';
    self.cons = dbst?.cons ?? false;
    this.changed();
  }

  // ---------------------------------------------------------------- messages in

  /**
   * Our own state, sent with every rise/heartbeat and answer. `tail`: how many ids of our
   * catalog history go with it (rise and rise_resp: RISE_HISTORY_TAIL; heartbeats: 1).
   */
  selfMessage(tail = 1): {
    database: string; host: string; waitsys: boolean; epoch: number; self: pbt.IDbStateRow; hosts: string[];
    history: pbt.ICatalogHistory; incarnation: string; controlAddress: string; protocol: number;
  } {
    const self = this.self();
    return {
      database: this.database, host: this.localHost, waitsys: self.waitsys, epoch: this.epoch,
      self: rowToWire(self), hosts: [...this.rows.keys()].sort(),
      history: historyToWire(this.catalogHistory(tail), tail), incarnation: this.incarnation,
      controlAddress: this.options.controlAddress?.() ?? '', protocol: this.protocol,
    };
  }

  /**
   * A rise/heartbeat (or its answer) from a host that speaks another cluster protocol: it
   * is not admitted (and leaves the group if it was in), logged once until it speaks ours.
   */
  private foreignProtocol(host: string, message: HeardMessage): boolean {
    const theirs = message.protocol ?? 0;
    if (theirs === this.protocol) {
      if (this.foreign.delete(host)) this.options.log.info({ database: this.database, host, protocol: theirs }, 'host speaks our cluster protocol again');
      return false;
    }
    if (this.foreign.get(host) !== theirs) {
      this.foreign.set(host, theirs);
      this.options.log.error({ database: this.database, host, theirs, ours: this.protocol },
        `host ${host} speaks cluster protocol ${theirs === 0 ? '1 or older' : theirs}, this host ${this.protocol}: it is not admitted to the group (every host must run the same build)`);
    }
    const row = this.rows.get(host);
    if (row !== undefined && row.up) {
      this.setUp(row, false);
      this.changed();
    }
    return true;
  }

  /**
   * A peer's word on our copy: its tombstone names our incarnation (destroydb ran while we
   * were down), or it holds a newer incarnation (destroydb and creatdb ran meanwhile). Not
   * serving yet → the host destroys our copy (onStale). Serving already (we came up alone
   * and vouched) → users may have written to it: logged and shown in status, kept.
   */
  private checkIncarnation(host: string, answer: PeerAnswer): void {
    if (this.stale || this.stopped || this.incarnation === '') return;
    let why: string | null = null;
    if (answer.ldb === false) {
      if (answer.destroyedIncarnation === this.incarnation) why = `destroyed on host ${host} while this host was down`;
    } else if (compareIncarnations(this.incarnation, answer.incarnation ?? '') === -1) {
      why = `destroyed and created again while this host was down (host ${host} holds the newer one)`;
    }
    if (why === null) return;
    if (this.readyFlag) {
      const note = `database '${this.database}' was ${why}; this host kept serving its copy: destroydb it here when its data is not needed`;
      if (this.conflicts.get('$incarnation') !== note) {
        this.conflicts.set('$incarnation', note);
        this.options.log.error({ database: this.database, host }, note);
      }
      return;
    }
    this.stale = true;
    this.waitingFor = `the database was ${why}: destroying it here`;
    this.changed();
    this.options.log.warn({ database: this.database, host, incarnation: this.incarnation }, `database ${why}: destroying this host's copy`);
    this.options.onStale?.(why);
  }

  /** A rise or heartbeat from `host` (recvdb): it is up, and a new host joins the group. */
  heard(host: string, message: HeardMessage, rttMs: number | null): void {
    if (host === this.localHost || host === '') return;
    this.answered.add(host);
    if (this.foreignProtocol(host, message)) return;
    this.checkIncarnation(host, { ldb: true, incarnation: message.incarnation ?? '' });
    let row = this.rows.get(host);
    if (row === undefined) {
      row = this.addRow(host);
      this.options.log.info({ database: this.database, host }, 'a new host joined the group');
      this.armBeat();
    }
    row.lastHeard = performance.now();
    row.freeSince = 0;
    row.stallGraced = false;
    if (row.busySince !== 0) {
      this.options.log.info({ database: this.database, host, busyMs: Math.round(row.lastHeard - row.busySince) }, 'busy host answers again');
      row.busySince = 0;
    }
    if (message.controlAddress) row.controlAddress = message.controlAddress;
    if (rttMs !== null) row.rttMs = Math.round(rttMs * 100) / 100;
    const epoch = Number(message.epoch ?? 0);
    if (row.epoch !== 0 && epoch !== 0 && epoch !== row.epoch) {
      // restarted faster than the timeout: it was down all the same (whatever it held in
      // memory for running transactions is gone), so listeners see it leave and return
      this.options.log.info({ database: this.database, host }, 'host restarted');
      this.setUp(row, false);
    }
    row.epoch = epoch;
    const s = message.self;
    if (s) {
      row.ldb = s.ldb ?? true;
      row.dbupdate = s.dbupdate ?? false;
      row.ldbs = s.ldbs ?? true;
      row.cuh = s.cuh ?? false;
      row.luh = s.luh ?? false;
      row.lmsh = s.lmsh === 'coord' || s.lmsh === 'parti' ? s.lmsh : '';
      row.cons = s.cons ?? false;
    }
    row.waitsys = message.waitsys ?? false;
    const history = historyFromWire(message.history);
    // keep the longer tail of the same history (a heartbeat's one id after a rise's many)
    if (row.history === null || row.history.count !== history.count || row.history.tail.length <= history.tail.length ||
      compareHistories(row.history, history) !== 'same') row.history = history;
    // a host whose database system stops says so (ldbs=no) and leaves the group at once
    this.setUp(row, s?.ldbs !== false);
    this.changed();
    if (this.readyFlag && row.up && !row.waitsys) this.reconcile(row);
  }

  /**
   * Once ready: a ready host whose catalog history holds ours and more saw catalog changes
   * we missed (we came up first, with the catalog we had, while it was down): copy its
   * catalog. One whose history diverged from ours is logged and shown in status, and
   * nothing is copied either way: a copy would destroy relations one side created.
   */
  private reconcile(row: Row): void {
    if (this.copying || this.stopped || row.history === null) return;
    // every heartbeat comes here: the common case (same history) reads one id
    const last = this.catalogHistory(1);
    if (compareHistories(last, row.history) === 'same') {
      this.conflicts.delete(row.host);
      return;
    }
    const mine = this.catalogHistory(RISE_HISTORY_TAIL);
    const order = compareHistories(mine, row.history);
    if (order === 'unknown') {
      // its heartbeat's one id cannot tell: a rise answers with its long tail
      if (this.probed.get(row.host) === row.history.count) return;
      this.probed.set(row.host, row.history.count);
      const message = this.selfMessage(RISE_HISTORY_TAIL);
      void this.options.peers.get(row.host).rise(message, this.options.config.callTimeoutMs)
        .then(({ reply, rttMs }) => { if (!this.stopped && reply.ldb !== false) this.heard(row.host, reply, rttMs); })
        .catch(() => { this.probed.delete(row.host); });
      return;
    }
    if (order === 'diverged') {
      const note = `catalog diverged from host ${row.host}'s (${describeHistory(mine)} here, ${describeHistory(row.history)} there)`;
      if (this.conflicts.get(row.host) !== note) {
        this.conflicts.set(row.host, note);
        this.options.log.error({ database: this.database, host: row.host }, note);
      }
      return;
    }
    this.conflicts.delete(row.host);
    if (order !== 'behind' || performance.now() < this.copyRetryAt) return;
    this.options.log.info({ database: this.database, source: row.host, mine: describeHistory(mine), theirs: describeHistory(row.history) },
      'a host with a newer catalog is up: copying it');
    this.copyCatalogFrom(row.host)
      .then(() => {
        writeDbst(this.options.directory, this.options.database, CONSISTENT_DBST);
        this.dbstWritten();
      })
      .catch((error: unknown) => {
        this.copyRetryAt = performance.now() + Math.max(2000, this.options.config.waitRetryMs);
        this.options.log.warn({ database: this.database, source: row.host, err: toIngresError(error).message }, 'catalog copy failed; retrying');
      });
  }

  private setUp(row: Row, up: boolean): void {
    if (row.up === up) return;
    row.up = up;
    this.options.log.info({ database: this.database, host: row.host, up }, up ? 'host joined' : 'host left the group');
    if (!up) row.rttMs = null;
    for (const listener of this.listeners) {
      try { listener(row.host, up); } catch (error) { this.options.log.error({ err: error }, 'membership listener failed'); }
    }
  }

  /**
   * Drop hosts silent past the timeout — unless their control thread says their main thread
   * is held by a statement (a busy host is not a dead one: statements run synchronously, so
   * a long one silences every service of its daemon but Alive). And when our own thread was
   * the one held, nobody could be heard meanwhile: everyone gets the timeout afresh.
   */
  private expire(): void {
    const now = performance.now();
    const { hostTimeoutMs } = this.options.config;
    const stalled = this.lastExpireMs !== 0 && now - this.lastExpireMs > hostTimeoutMs / 2;
    this.lastExpireMs = now;
    for (const row of this.rows.values()) {
      if (row.host === this.localHost || !row.up) continue;
      // once per silent spell: a daemon whose thread is held again and again must still
      // find a peer that died meanwhile
      if (stalled && !row.stallGraced) {
        row.stallGraced = true;
        row.lastHeard = Math.max(row.lastHeard, now);
        continue;
      }
      if (now - row.lastHeard <= hostTimeoutMs || row.probing) continue;
      if (row.controlAddress !== '') this.probe(row);
      else this.leave(row);
    }
  }

  /**
   * A call to `host` failed on its link (Membership.suspect): if its control port refuses
   * connections, its daemon is gone (killed, or not started yet) and it leaves the group
   * now, so statements that need it fail at once (7004) instead of after the host timeout.
   * A port that accepts, or does not answer, leaves the host to the heartbeats.
   */
  suspect(host: string): void {
    const row = this.rows.get(host);
    if (row === undefined || this.stopped || host === this.localHost || !row.up || row.probing || row.controlAddress === '') return;
    row.probing = true;
    void portRefuses(row.controlAddress, SUSPECT_CONNECT_MS).then((refused) => {
      if (!refused || this.stopped || !row.up) return;
      this.options.log.info({ database: this.database, host: row.host }, 'a call found the host unreachable and its control port refuses connections');
      this.leave(row);
    }).finally(() => { row.probing = false; });
  }

  /** performance.now() of the last expire() (0 = none yet) */
  private lastExpireMs = 0;

  private leave(row: Row): void {
    row.busySince = 0;
    row.freeSince = 0;
    this.setUp(row, false);
    this.changed();
  }

  /**
   * Ask a silent host's control thread whether it lives. Held main thread (silent at least
   * half the host timeout, for at most BUSY_MAX_MS): it stays in the group for another
   * timeout. Free main thread: asked again every two heartbeats; it leaves once it has been
   * found free, and still silent, for a whole host timeout (a host running long statements
   * one after another is free for moments between them: one such answer said nothing). No
   * answer: it leaves.
   */
  private probe(row: Row): void {
    const { hostTimeoutMs, heartbeatMs, callTimeoutMs } = this.options.config;
    row.probing = true;
    this.options.peers.control(row.host, row.controlAddress).alive(Math.min(500, callTimeoutMs)).then(({ reply }) => {
      if (this.stopped || !row.up) return;
      const silent = Number(reply.mainSilentMs ?? 0);
      const now = performance.now();
      if (silent >= hostTimeoutMs / 2 && silent <= BUSY_MAX_MS) {
        if (row.busySince === 0) {
          row.busySince = now - silent;
          this.options.log.info({ database: this.database, host: row.host, busyMs: Math.round(silent) }, 'silent host is busy, not down: a statement holds it');
        }
        row.freeSince = 0;
        row.lastHeard = now;
        return;
      }
      if (silent < hostTimeoutMs / 2) {
        if (row.freeSince === 0) row.freeSince = now;
        if (now - row.freeSince < hostTimeoutMs) {
          row.lastHeard = now - hostTimeoutMs + 2 * heartbeatMs;
          return;
        }
      }
      this.leave(row);
    }).catch(() => {
      if (!this.stopped && row.up) this.leave(row);
    }).finally(() => { row.probing = false; });
  }

  // ---------------------------------------------------------------- messages out

  private others(): string[] {
    return [...this.rows.keys()].filter((h) => h !== this.localHost);
  }

  /** rise: tell every host of the database that we are ON, and learn their state. */
  async rise(): Promise<void> {
    const { callTimeoutMs } = this.options.config;
    const message = this.selfMessage(RISE_HISTORY_TAIL);
    const results = await sendb(this.options.peers, { mode: 'broadcast', hosts: this.others() },
      (peer, timeout) => peer.rise(message, timeout), callTimeoutMs);
    for (const [host, result] of results) {
      if (!result.ok) continue;
      const reply = result.value.reply;
      if (reply.ldb === false) {
        // it lacks the database: it learns it from our heartbeats, unless it destroyed ours
        this.answered.add(host);
        this.checkIncarnation(host, reply);
        continue;
      }
      this.heard(host, reply, result.value.rttMs);
    }
  }

  private beat(): void {
    this.expire();
    const { callTimeoutMs } = this.options.config;
    const message = this.selfMessage();
    for (const host of this.others()) {
      const row = this.rows.get(host);
      if (row === undefined || row.inFlight) continue;
      row.inFlight = true;
      let peer;
      try {
        peer = this.options.peers.get(host);
      } catch {
        row.inFlight = false;
        continue;
      }
      peer.heartbeat(message, callTimeoutMs).then(({ reply, rttMs }) => {
        this.refusedBy.delete(host);
        if (this.stopped) return;
        if (reply.ldb === false) {
          // the host is up but has not got the database yet, or destroyed ours
          this.answered.add(host);
          this.checkIncarnation(host, reply);
          return;
        }
        this.heard(host, reply, rttMs);
      }).catch((error: unknown) => {
        // a host that refuses our calls (another cluster key) says why: status shows it
        if (error instanceof IngresError && error.code === 7005) this.refusedBy.set(host, error.message);
      }).finally(() => { row.inFlight = false; });
    }
    this.flushDbstate();
  }

  // ---------------------------------------------------------------- start-up consistency

  /**
   * Rise, then become consistent. Resolves when ready. Each round (every waitRetryMs until
   * ready) compares our catalog history with each up host's (catalog-history.ts):
   * 1. Running hosts (waitsys=no) are the group's truth (seed 004 §3.2) when they saw every
   *    catalog change we saw: copy from the cheapest of those, even if our dbst vouches.
   * 2. Running hosts that all lack changes we have (they came up first, with the catalog
   *    they had): with a vouching dbst we are ready with our own catalog, and they copy
   *    ours (reconcile). Without one, or when some running host's history diverged from
   *    ours, we wait: copying over changes we hold would destroy relations and their tuples.
   * 3. Nobody running: the vouch rule, except that we wait for a vouching host that is
   *    booting too and has a newer catalog (or one that diverged from ours).
   * Ready on our own word (2 and 3) waits until every host of <db>_host has answered, or for
   * the boot grace: a host booted at the same moment may not listen yet, and it may hold a
   * newer catalog (a host is counted out only after it has been silent that long).
   */
  async start(): Promise<void> {
    this.startedMs = performance.now();
    this.started = true;
    this.armBeat();
    await this.rise().catch(() => undefined);
    const dbst = readDbst(this.options.directory, this.options.database);
    const vouch = canVouch(dbst) || this.others().length === 0;
    let logged = '';
    while (!this.stopped) {
      if (this.readyFlag) return; // an operator's adopt() made us ready meanwhile
      if (this.stale) {
        await new Promise((resolve) => setTimeout(resolve, this.options.config.waitRetryMs));
        continue;
      }
      const step = this.startStep(vouch);
      if (step.kind === 'ready') {
        this.options.log.info({ database: this.database, dbst }, step.why);
        this.becomeReady();
        return;
      }
      if (step.kind === 'copy') {
        try {
          this.options.log.info({ database: this.database, dbst, source: step.source }, step.why);
          await this.copyCatalogFrom(step.source);
          if (this.readyFlag) return;
          writeDbst(this.options.directory, this.options.database, CONSISTENT_DBST);
          this.dbstWritten();
          this.becomeReady();
          return;
        } catch (error) {
          this.options.log.warn({ database: this.database, source: step.source, err: toIngresError(error).message }, 'catalog copy failed; retrying');
        }
      } else if (step.why !== logged) {
        logged = step.why;
        this.waitingFor = step.why;
        this.changed();
        if (step.grace === true) this.options.log.info({ database: this.database, dbst }, step.why);
        else this.options.log.warn({ database: this.database, dbst, vouch }, `waitsys: ${step.why}`);
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.config.waitRetryMs));
      if (!this.stopped) await this.rise().catch(() => undefined);
    }
  }

  /** One round of start(): what to do with the hosts as we see them now. */
  private startStep(vouch: boolean): { kind: 'ready'; why: string } | { kind: 'copy'; source: string; why: string } | { kind: 'wait'; why: string; grace?: true } {
    const mine = this.catalogHistory(RISE_HISTORY_TAIL);
    const orderOf = (row: Row): HistoryOrder => compareHistories(mine, row.history ?? { count: 0, tail: [] });
    const others = [...this.rows.values()].filter((row) => row.host !== this.localHost && row.up && row.ldb);
    const running = others.filter((row) => !row.waitsys);
    const source = cheapest(running.filter((row) => orderOf(row) === 'same' || orderOf(row) === 'behind'));
    if (source !== null) return { kind: 'copy', source: source.host, why: 'hosts are running with every catalog change we have: copying their catalog' };
    if (running.length > 0) {
      if (vouch && running.every((row) => orderOf(row) === 'ahead')) {
        return this.unlessSilent({ kind: 'ready', why: `running hosts lack catalog changes this host has (${describeHistory(mine)}): ready with our catalog; they copy it` });
      }
      const other = running.find((row) => orderOf(row) !== 'ahead') ?? running[0] as Row;
      return { kind: 'wait', why: this.conflictText(mine, other, orderOf(other), vouch, true) };
    }
    if (!vouch) return { kind: 'wait', why: 'a host that can vouch for the catalog' };
    const rival = others.find((row) => canVouchRow(row) && orderOf(row) !== 'same' && orderOf(row) !== 'ahead');
    if (rival !== undefined) return { kind: 'wait', why: this.conflictText(mine, rival, orderOf(rival), vouch, false) };
    return this.unlessSilent({ kind: 'ready', why: 'catalog vouched for by <db>_dbst' });
  }

  /**
   * `ready` on our own word, or a wait while hosts of <db>_host have not answered since
   * start() and the boot grace has not passed (config.ts: the host timeout, at most 5 s).
   */
  private unlessSilent(ready: { kind: 'ready'; why: string }): { kind: 'ready'; why: string } | { kind: 'wait'; why: string; grace: true } {
    const silent = this.others().filter((host) => !this.answered.has(host));
    const { bootGraceMs } = this.options.config;
    if (silent.length === 0 || performance.now() - this.startedMs >= bootGraceMs) return ready;
    return { kind: 'wait', grace: true, why: `host${silent.length === 1 ? '' : 's'} ${silent.join(', ')} not heard from since this host started: ` +
      `waiting up to ${bootGraceMs} ms before vouching without ${silent.length === 1 ? 'it' : 'them'} (one booting with us may hold a newer catalog)` };
  }

  private conflictText(mine: CatalogHistory, row: Row, order: HistoryOrder, vouch: boolean, running: boolean): string {
    const theirs = row.history ?? { count: 0, tail: [] };
    const both = `${describeHistory(mine)} here, ${describeHistory(theirs)} on ${row.host}`;
    switch (order) {
      case 'behind': return `host ${row.host} has a newer catalog and is starting too (${both})`;
      case 'ahead': return vouch ? `host ${row.host} is behind us (${both})` : `this host holds catalog changes that running host ${row.host} lacks but cannot vouch for them (${both}): waiting for their transactions to be resolved`;
      case 'unknown': return `comparing catalog histories with host ${row.host} (${both})`;
      default: return `catalog diverged from host ${row.host}'s: both changed it while apart (${both}); not copying over either: ` +
        (running ? `\`ingres-cluster adopt DIR ${this.localHost} ${this.database} ${row.host}\` gives up this host's changes`
          : `both are starting: stop one, let the other start alone, then run \`ingres-cluster adopt\` on the one that gives up its changes`);
    }
  }

  private becomeReady(): void {
    const self = this.self();
    self.waitsys = false;
    this.readyFlag = true;
    this.waitingFor = '';
    this.changed();
    this.options.log.info({ database: this.database }, 'ready');
    this.resolveReady();
  }

  /**
   * sys_cat → sc_resp stream from `source`, applied atomically with the source's catalog
   * history. Refused (7012) when, under the catalog's X lock, our history is not a prefix
   * of the source's: the copy would undo catalog changes only this host has.
   */
  async copyCatalogFrom(source: string, force = false): Promise<void> {
    this.copying = true;
    try {
      const items = await this.options.peers.get(source).sysCat({ database: this.database, host: this.localHost }, 60_000);
      const relations = items.filter((i) => i.relation).map((i) => relationFromWire(i.relation!));
      const definitions = items.filter((i) => i.definition).map((i) => definitionFromWire(i.definition!));
      const done = items.find((i) => i.done)?.done;
      if (done === undefined || done === null) throw new IngresError(7012, `catalog copy of database '${this.database}' from host ${source} failed: the stream ended early`);
      const catalog: LogicalCatalog = { relations, definitions };
      const history = historyFromWire(done.history);
      if (digestOf(catalog) !== done.digest) {
        throw new IngresError(7012, `catalog copy of database '${this.database}' from host ${source} failed: digest mismatch in transit`);
      }
      const txn = this.options.db.begin('$serverdb');
      try {
        const local = logicalCatalog(txn, this.localHost);
        const names = new Set([...local.relations.map((r) => r.name), ...relations.map((r) => r.name)]);
        await txn.lock([{ name: CATALOG_LOCK, mode: 'X' }, ...[...names].sort().map((name) => ({ name, mode: 'X' as const }))]);
        const mine = txn.catalogHistory(RISE_HISTORY_TAIL);
        const order = compareHistories(mine, history);
        if (!force && order !== 'same' && order !== 'behind') {
          throw new IngresError(7012, `catalog copy of database '${this.database}' from host ${source} refused: its catalog lacks changes this host has (${describeHistory(mine)} here, ${describeHistory(history)} there)`);
        }
        const result = txn.statement(() => {
          const applied = applyCatalog(txn, catalog, this.localHost);
          txn.replaceCatalogHistory(history);
          return applied;
        });
        if (result.digest !== done.digest) {
          throw new IngresError(7012, `catalog copy of database '${this.database}' from host ${source} failed: digest differs after applying`);
        }
        await txn.commit();
        this.options.log.info({ database: this.database, source, ...result }, 'catalog copied');
      } catch (error) {
        try { txn.abort(); } catch { /* already ended */ }
        throw error;
      }
    } finally {
      this.copying = false;
    }
  }

  /**
   * `ingres-cluster adopt`: the operator resolves a diverged catalog by giving up this
   * host's changes that `source` lacks — its catalog is copied here even though our
   * history is not a prefix of its (relations only we had are destroyed, tuples and all).
   * Then we are ready (or stay ready) with the group's catalog.
   */
  async adopt(source: string): Promise<void> {
    if (source === this.localHost) throw new IngresError(7012, `host ${this.localHost} cannot adopt its own catalog`);
    const row = this.rows.get(source);
    if (row === undefined || !row.up || row.waitsys) {
      throw new IngresError(7012, `cannot adopt the catalog of host ${source}: it is not running database '${this.database}' with a consistent catalog`);
    }
    this.options.log.warn({ database: this.database, source, mine: describeHistory(this.catalogHistory(1)) },
      'adopt: copying the catalog of another host over changes only this host has (operator\'s choice)');
    await this.copyCatalogFrom(source, true);
    writeDbst(this.options.directory, this.options.database, CONSISTENT_DBST);
    this.dbstWritten();
    this.conflicts.clear();
    if (!this.readyFlag) this.becomeReady();
  }

  /** sys_cat, source side: the logical catalog read under S on CATALOG_LOCK. */
  async catalogForCopy(): Promise<{ catalog: LogicalCatalog; digest: string; history: CatalogHistory }> {
    if (!this.readyFlag) {
      throw new IngresError(7010, `database '${this.database}' is not ready on host ${this.localHost}: ${this.waitingFor}`);
    }
    const txn = this.options.db.begin('$serverdb');
    try {
      await txn.lock([{ name: CATALOG_LOCK, mode: 'S' }]);
      const catalog = logicalCatalog(txn, this.localHost);
      return { catalog, digest: digestOf(catalog), history: txn.catalogHistory(RISE_HISTORY_TAIL) };
    } finally {
      try { txn.abort(); } catch { /* read-only */ }
    }
  }

  // ---------------------------------------------------------------- the dbstate relation

  private changed(): void {
    this.dbstateDirty = true;
    this.armLoneFlush(this.options.config.heartbeatMs);
  }

  private started = false;
  private loneFlush: NodeJS.Timeout | null = null;

  /** A lone host (no heartbeat, armBeat) writes dbstate `delayMs` after a change, as the
   *  heartbeat would have: changes within that time go in one write. */
  private armLoneFlush(delayMs: number): void {
    if (this.timer !== null || !this.started || this.stopped || this.loneFlush !== null) return;
    this.loneFlush = setTimeout(() => {
      this.loneFlush = null;
      this.flushDbstate();
    }, delayMs);
    this.loneFlush.unref();
  }

  /**
   * Heartbeats every heartbeatMs, once the database has another host (in <db>_host, or
   * one that joined by a message): they expire silent hosts and write dbstate. A database
   * of this host alone has nobody to beat to; its dbstate is written when a row changes
   * (changed()), so an idle daemon does not wake for it (until 12-07 every database woke
   * it five times a second, and lmdb's read reset once more each time). Once armed it
   * stays: rows are never removed.
   */
  private armBeat(): void {
    if (this.timer !== null || !this.started || this.stopped || this.others().length === 0) return;
    this.timer = setInterval(() => this.beat(), this.options.config.heartbeatMs);
    this.timer.unref();
  }

  /** what dbstate holds of the rows, round trips aside (a change of it is due at once) */
  private shapeOfRows(rows = this.hosts()): string {
    return JSON.stringify(rows.map((r) => ({ ...r, rttMs: null })));
  }

  /** Materialize dbstate when a row changed (round trips alone: at most every dbstateRefreshMs). */
  flushDbstate(force = false): void {
    if (this.dbstateWriting || this.stopped || this.copying) return;
    const rows = this.hosts();
    const shape = this.shapeOfRows(rows);
    const now = Date.now();
    const due = force || shape !== this.dbstateShape ||
      (this.dbstateDirty && now - this.dbstateLastMs >= this.options.config.dbstateRefreshMs);
    if (!due) return;
    this.dbstateWriting = true;
    this.dbstateDirty = false;
    let failed = false;
    writeDbstateRelation(this.options.db, rows)
      .then(() => { this.dbstateShape = shape; this.dbstateLastMs = Date.now(); })
      .catch((error: unknown) => {
        failed = true;
        this.dbstateDirty = true;
        this.options.log.warn({ database: this.database, err: toIngresError(error).message }, 'dbstate not written');
      })
      .finally(() => {
        this.dbstateWriting = false;
        // a lone host has no heartbeat: a failed write is tried again later, and what
        // changed during the write goes in the next
        if (this.timer !== null) return;
        if (failed) this.armLoneFlush(LONE_RETRY_MS);
        else if (this.shapeOfRows() !== this.dbstateShape) this.armLoneFlush(this.options.config.heartbeatMs);
      });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (this.loneFlush !== null) clearTimeout(this.loneFlush);
    this.loneFlush = null;
    // a clean stop: tell the group (ldbs=no) instead of letting it wait out the timeout
    const self = this.self();
    self.ldbs = false;
    const message = this.selfMessage();
    await sendb(this.options.peers, { mode: 'broadcast', hosts: this.others().filter((h) => this.isUp(h)) },
      (peer, timeout) => peer.heartbeat(message, timeout), Math.min(500, this.options.config.callTimeoutMs)).catch(() => undefined);
    const deadline = Date.now() + 5000;
    while (this.dbstateWriting && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
