/*
 * serverdb.ts — the serverdb of one database on this host (seed 004 §2–3): the dbstate
 * table (one row per host of <db>_host as this host sees it), membership (rise at boot,
 * heartbeats after, a host silent past hostTimeoutMs leaves the group, a message from a
 * new host adds it) and start-up consistency (the vouch rule on <db>_dbst; else waitsys and
 * a catalog copy from the vouching host with the lowest round trip). Implements Membership.
 */
import { IngresError, toIngresError } from '../common/errors.js';
import type { HostState, Membership } from '../cluster/api.js';
import type { pbt } from '../net/gen/index.js';
import type { Logger } from '../net/log.js';
import { CATALOG_LOCK, type Database } from '../storage/api.js';
import { applyCatalog } from './catalog-copy.js';
import { digestOf, logicalCatalog, type LogicalCatalog } from './catalog-digest.js';
import type { ServerDbConfig } from './config.js';
import { canVouch, CONSISTENT_DBST, readDbst, writeDbst } from './dbst.js';
import { writeDbstateRelation } from './dbstate-relation.js';
import { sendb, type Peers } from './peer.js';
import { definitionFromWire, relationFromWire } from './wire.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Row extends Mutable<HostState> {
  /** performance.now() of the last message from / answer of this host; -Infinity = never */
  lastHeard: number;
  epoch: number;
  inFlight: boolean;
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
}

/** The dbstate row → wire. */
export function rowToWire(row: HostState): pbt.IDbStateRow {
  return {
    host: row.host, up: row.up, rttMs: row.rttMs === null ? -1 : Math.round(row.rttMs), dbname: row.dbname,
    ldb: row.ldb, dbupdate: row.dbupdate, ldbs: row.ldbs, cuh: row.cuh, luh: row.luh, lmsh: row.lmsh,
    cons: row.cons, waitsys: row.waitsys,
  };
}

export class ServerDb implements Membership {
  readonly database: string;
  readonly localHost: string;
  readonly epoch = Date.now();
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

  constructor(private readonly options: ServerDbOptions) {
    this.database = options.database;
    this.localHost = options.localHost;
    this.readyPromise = new Promise((resolve) => { this.resolveReady = resolve; });
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
    return [...this.rows.values()].map(({ lastHeard: _l, epoch: _e, inFlight: _i, ...state }) => ({ ...state }))
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

  /** Our own state, sent with every rise/heartbeat and answer. */
  selfMessage(): { database: string; host: string; waitsys: boolean; epoch: number; self: pbt.IDbStateRow; hosts: string[] } {
    const self = this.self();
    return {
      database: this.database, host: this.localHost, waitsys: self.waitsys, epoch: this.epoch,
      self: rowToWire(self), hosts: [...this.rows.keys()].sort(),
    };
  }

  /** A rise or heartbeat from `host` (recvdb): it is up, and a new host joins the group. */
  heard(host: string, message: { waitsys?: boolean | null; epoch?: number | null; self?: pbt.IDbStateRow | null }, rttMs: number | null): void {
    if (host === this.localHost || host === '') return;
    let row = this.rows.get(host);
    if (row === undefined) {
      row = this.addRow(host);
      this.options.log.info({ database: this.database, host }, 'a new host joined the group');
    }
    row.lastHeard = performance.now();
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
    // a host whose database system stops says so (ldbs=no) and leaves the group at once
    this.setUp(row, s?.ldbs !== false);
    this.changed();
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

  /** Drop hosts silent past the timeout. */
  private expire(): void {
    const now = performance.now();
    for (const row of this.rows.values()) {
      if (row.host === this.localHost || !row.up) continue;
      if (now - row.lastHeard > this.options.config.hostTimeoutMs) {
        this.setUp(row, false);
        this.changed();
      }
    }
  }

  // ---------------------------------------------------------------- messages out

  private others(): string[] {
    return [...this.rows.keys()].filter((h) => h !== this.localHost);
  }

  /** rise: tell every host of the database that we are ON, and learn their state. */
  async rise(): Promise<void> {
    const { callTimeoutMs } = this.options.config;
    const message = this.selfMessage();
    const results = await sendb(this.options.peers, { mode: 'broadcast', hosts: this.others() },
      (peer, timeout) => peer.rise(message, timeout), callTimeoutMs);
    for (const [host, result] of results) {
      if (!result.ok) continue;
      const reply = result.value.reply;
      if (reply.ldb === false) continue; // it lacks the database; it learns it from our heartbeats
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
        if (this.stopped) return;
        if (reply.ldb === false) return; // the host is up but has not got the database yet
        this.heard(host, reply, rttMs);
      }).catch(() => undefined).finally(() => { row.inFlight = false; });
    }
    this.flushDbstate();
  }

  // ---------------------------------------------------------------- start-up consistency

  /** Rise, then become consistent (vouch, or waitsys + catalog copy). Resolves when ready. */
  async start(): Promise<void> {
    this.timer = setInterval(() => this.beat(), this.options.config.heartbeatMs);
    this.timer.unref();
    await this.rise().catch(() => undefined);
    const dbst = readDbst(this.options.directory, this.options.database);
    const vouch = canVouch(dbst) || this.others().length === 0;
    // hosts already running with a consistent catalog (waitsys=no) are the group's truth
    // (seed 004 §3.2): the group may have gone on without us, so copy from them even when
    // our dbst could vouch; the vouch rule decides only when nobody is running yet
    if (vouch && this.cheapestVoucher() === null) {
      this.options.log.info({ database: this.database, dbst }, 'catalog vouched for by <db>_dbst');
      this.becomeReady();
      return;
    }
    this.options.log.info({ database: this.database, dbst, vouch }, vouch
      ? 'hosts are running: copying their catalog' : 'cannot vouch for the catalog: waitsys');
    this.waitingFor = 'a host that can vouch for the catalog';
    this.changed();
    while (!this.stopped) {
      const source = this.cheapestVoucher();
      if (source === null && vouch) {
        this.becomeReady();
        return;
      }
      if (source !== null) {
        try {
          await this.copyCatalogFrom(source);
          writeDbst(this.options.directory, this.options.database, CONSISTENT_DBST);
          this.dbstWritten();
          this.becomeReady();
          return;
        } catch (error) {
          this.options.log.warn({ database: this.database, source, err: toIngresError(error).message }, 'catalog copy failed; retrying');
        }
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.config.waitRetryMs));
      if (!this.stopped) await this.rise().catch(() => undefined);
    }
  }

  /** The up host answering waitsys=no with the lowest measured round trip, or null. */
  cheapestVoucher(): string | null {
    let best: Row | null = null;
    for (const row of this.rows.values()) {
      if (row.host === this.localHost || !row.up || row.waitsys || !row.ldb) continue;
      if (best === null || (row.rttMs ?? Infinity) < (best.rttMs ?? Infinity)) best = row;
    }
    return best?.host ?? null;
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

  /** sys_cat → sc_resp stream from `source`, applied atomically. */
  async copyCatalogFrom(source: string): Promise<void> {
    this.copying = true;
    try {
      const items = await this.options.peers.get(source).sysCat({ database: this.database, host: this.localHost }, 60_000);
      const relations = items.filter((i) => i.relation).map((i) => relationFromWire(i.relation!));
      const definitions = items.filter((i) => i.definition).map((i) => definitionFromWire(i.definition!));
      const done = items.find((i) => i.done)?.done;
      if (done === undefined || done === null) throw new IngresError(7012, `catalog copy of database '${this.database}' from host ${source} failed: the stream ended early`);
      const catalog: LogicalCatalog = { relations, definitions };
      if (digestOf(catalog) !== done.digest) {
        throw new IngresError(7012, `catalog copy of database '${this.database}' from host ${source} failed: digest mismatch in transit`);
      }
      const txn = this.options.db.begin('$serverdb');
      try {
        const local = logicalCatalog(txn, this.localHost);
        const names = new Set([...local.relations.map((r) => r.name), ...relations.map((r) => r.name)]);
        await txn.lock([{ name: CATALOG_LOCK, mode: 'X' }, ...[...names].sort().map((name) => ({ name, mode: 'X' as const }))]);
        const result = txn.statement(() => applyCatalog(txn, catalog, this.localHost));
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

  /** sys_cat, source side: the logical catalog read under S on CATALOG_LOCK. */
  async catalogForCopy(): Promise<{ catalog: LogicalCatalog; digest: string }> {
    if (!this.readyFlag) {
      throw new IngresError(7010, `database '${this.database}' is not ready on host ${this.localHost}: ${this.waitingFor}`);
    }
    const txn = this.options.db.begin('$serverdb');
    try {
      await txn.lock([{ name: CATALOG_LOCK, mode: 'S' }]);
      const catalog = logicalCatalog(txn, this.localHost);
      return { catalog, digest: digestOf(catalog) };
    } finally {
      try { txn.abort(); } catch { /* read-only */ }
    }
  }

  // ---------------------------------------------------------------- the dbstate relation

  private changed(): void {
    this.dbstateDirty = true;
  }

  /** Materialize dbstate when a row changed (round trips alone: at most every dbstateRefreshMs). */
  flushDbstate(force = false): void {
    if (this.dbstateWriting || this.stopped || this.copying) return;
    const rows = this.hosts();
    const shape = JSON.stringify(rows.map((r) => ({ ...r, rttMs: null })));
    const now = Date.now();
    const due = force || shape !== this.dbstateShape ||
      (this.dbstateDirty && now - this.dbstateLastMs >= this.options.config.dbstateRefreshMs);
    if (!due) return;
    this.dbstateWriting = true;
    this.dbstateDirty = false;
    writeDbstateRelation(this.options.db, rows)
      .then(() => { this.dbstateShape = shape; this.dbstateLastMs = Date.now(); })
      .catch((error: unknown) => {
        this.dbstateDirty = true;
        this.options.log.warn({ database: this.database, err: toIngresError(error).message }, 'dbstate not written');
      })
      .finally(() => { this.dbstateWriting = false; });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
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
