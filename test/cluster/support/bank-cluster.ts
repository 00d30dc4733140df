/*
 * bank-cluster.ts — the process side of the fault tests: N host installations made by
 * `ingres-cluster init`, booted and restarted through `ingres-cluster start DIR HOST`
 * (optionally with INGRES_FAILPOINTS armed), SIGKILLed with `ingres-cluster kill`, and every
 * daemon this file started killed again in teardown. Sessions are real gRPC RemoteSessions.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { HostClient, type RemoteSession } from '../../../src/net/client.js';
import type { pbt } from '../../../src/net/gen/index.js';
import type { StatementResult } from '../../../src/dbsys/session-api.js';
import { PeerClient } from '../../../src/serverdb/peer.js';
import { loadClusterKey } from '../../../src/install/cluster-key.js';
import { setPeerIdentity } from '../../../src/net/peer-auth.js';
import { catalogDigest } from '../../../src/serverdb/catalog-digest.js';
import type { GrpcTmPeers } from '../../../src/tm/index.js';
import { openDatabase } from '../../../src/storage/index.js';
import { runBin, type RunResult } from './cluster.js';

export const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export type { RunResult } from './cluster.js';

/** Run `node bin/<program>.js args` to completion (bounded): the cluster harness's runner. */
export function run(program: string, args: readonly string[], env: NodeJS.ProcessEnv, input = '', timeoutMs = 60_000): Promise<RunResult> {
  return runBin(program, args, env, input, timeoutMs);
}

/** Poll `condition` until it yields a truthy value; throws after `timeoutMs`. */
export async function waitFor<T>(what: string, condition: () => T | Promise<T>, timeoutMs = 20_000, everyMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await condition();
      if (value !== undefined && value !== null && value !== false) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await delay(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last === undefined ? '' : `: ${String(last)}`}`);
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** A cluster of `hosts` installations h1..hN in a temp directory. */
export class BankCluster {
  readonly root: string;
  readonly dir: string;
  readonly hosts: readonly string[];
  /** every daemon pid seen, for teardown */
  private readonly pids = new Set<number>();
  private readonly clients = new Map<string, HostClient>();
  private addresses = new Map<string, string>();

  private constructor(root: string, hosts: number) {
    this.root = root;
    this.dir = join(root, 'cluster');
    this.hosts = Array.from({ length: hosts }, (_, i) => `h${i + 1}`);
  }

  static async create(hosts: number, prefix = 'ingres-bank-'): Promise<BankCluster> {
    const cluster = new BankCluster(mkdtempSync(join(tmpdir(), prefix)), hosts);
    const init = await run('ingres-cluster', ['init', cluster.dir, '--hosts', String(hosts)], cluster.env());
    if (init.status !== 0) throw new Error(`ingres-cluster init failed: ${init.stderr}`);
    for (const line of readFileSync(join(cluster.dir, 'h1', 'etc', 'hosts'), 'utf8').split('\n')) {
      const [name, address] = line.trim().split(/\s+/);
      if (name !== undefined && address !== undefined) cluster.addresses.set(name, address);
    }
    return cluster;
  }

  /** The environment of programs run "on" `host` (its II_SYSTEM); failpoints never leak in. */
  env(host = 'h1', extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      II_SYSTEM: join(this.dir, host),
      HOME: this.root,
      USER: 'ingres',
      INGRES_HISTORY: join(this.root, '.ingres_history'),
      ...extra,
    };
    if (extra['INGRES_FAILPOINTS'] === undefined) delete env['INGRES_FAILPOINTS'];
    return env;
  }

  iiSystem(host: string): string {
    return join(this.dir, host);
  }

  /** This test process's own peer calls (TM, slave) carry proof of the cluster's key, as
   *  a host's do (src/net/peer-auth.ts); without it the daemons refuse them with 7005. */
  actAsPeer(): void {
    setPeerIdentity('test', loadClusterKey(this.iiSystem('h1'), this.hosts.length));
  }

  address(host: string): string {
    const address = this.addresses.get(host);
    if (address === undefined) throw new Error(`no host ${host}`);
    return address;
  }

  pid(host: string): number | null {
    const path = join(this.iiSystem(host), 'run', 'ingresd.pid');
    if (!existsSync(path)) return null;
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  }

  isUp(host: string): boolean {
    const pid = this.pid(host);
    return pid !== null && alive(pid);
  }

  /** `ingres-cluster start DIR HOST...`, with `failpoints` (INGRES_FAILPOINTS) if given, and `env`. */
  async start(hosts: readonly string[] = this.hosts, failpoints?: string, env: Record<string, string> = {}): Promise<void> {
    const extra: Record<string, string> = failpoints === undefined ? { ...env } : { ...env, INGRES_FAILPOINTS: failpoints };
    const result = await run('ingres-cluster', ['start', this.dir, ...hosts], this.env('h1', extra));
    for (const host of hosts) {
      const pid = this.pid(host);
      if (pid !== null) this.pids.add(pid);
    }
    if (result.status !== 0) throw new Error(`ingres-cluster start ${hosts.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`);
  }

  /** SIGKILL through `ingres-cluster kill DIR HOST`; resolves once the process is gone. */
  async kill(host: string): Promise<void> {
    const pid = this.pid(host);
    const result = await run('ingres-cluster', ['kill', this.dir, host], this.env());
    if (result.status !== 0 && pid !== null && alive(pid)) throw new Error(`ingres-cluster kill ${host}: ${result.stderr}`);
    if (pid !== null) await waitFor(`${host} (pid ${pid}) to die`, () => !alive(pid), 10_000);
    this.dropClient(host);
  }

  /** Clean stop of some hosts (`ingres-cluster stop DIR HOST...`). */
  async stop(hosts: readonly string[] = this.hosts): Promise<void> {
    for (const host of hosts) this.dropClient(host);
    await run('ingres-cluster', ['stop', this.dir, ...hosts], this.env(), '', 30_000);
  }

  /** Wait until `host`'s daemon process is gone (it crashed at a failpoint). */
  async waitDead(host: string, pid: number, timeoutMs: number): Promise<void> {
    await waitFor(`${host} (pid ${pid}) to crash`, () => !alive(pid), timeoutMs);
    this.dropClient(host);
  }

  client(host: string): HostClient {
    let client = this.clients.get(host);
    if (client === undefined) {
      client = new HostClient(this.address(host), host);
      this.clients.set(host, client);
    }
    return client;
  }

  dropClient(host: string): void {
    const client = this.clients.get(host);
    this.clients.delete(host);
    client?.close();
  }

  /** Run `text` in a new session on `host` (closed after), failing past `timeoutMs`. */
  async runOn(host: string, database: string, text: string, timeoutMs = 20_000): Promise<StatementResult[]> {
    const session = await this.session(host, database);
    try {
      return await withTimeout(session.run(text), timeoutMs, text.split('\n')[0] ?? text);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** A session on `host` (fresh channel each time the host was killed). */
  session(host: string, database: string, timeoutMs = 10_000): Promise<RemoteSession> {
    return withTimeout(this.client(host).openSession(database, { user: 'ingres', client: `bank-test[${process.pid}]` }),
      timeoutMs, `open session on ${host}`);
  }

  /** A started cluster of `hosts` with `database` made on `userHost`, once a session there opens. */
  static async serving(hosts: number, prefix: string, database: string, userHost: string): Promise<BankCluster> {
    const cluster = await BankCluster.create(hosts, prefix);
    await cluster.start();
    await cluster.creatdb(database, userHost);
    await waitFor(`a session on ${userHost}`, () => cluster.session(userHost, database).then((s) => s.close().then(() => true)), 30_000, 200);
    return cluster;
  }

  /** `creatdb DB` run on `host` (the installation owner). */
  async creatdb(database: string, host = this.hosts[this.hosts.length - 1] ?? 'h1'): Promise<void> {
    const result = await run('creatdb', [database], this.env(host));
    if (result.status !== 0) throw new Error(`creatdb ${database} on ${host} failed: ${result.stderr}${result.stdout}`);
  }

  /** `ingres-cluster status DIR` output. */
  async status(): Promise<RunResult> {
    return run('ingres-cluster', ['status', this.dir], this.env());
  }

  /** Kill every daemon this cluster ever ran (process group first), remove the directory. */
  async destroy(): Promise<void> {
    for (const host of this.hosts) this.dropClient(host);
    for (const host of this.hosts) {
      const pid = this.pid(host);
      if (pid !== null) this.pids.add(pid);
    }
    for (const pid of this.pids) {
      if (!alive(pid)) continue;
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* not a group leader */
      }
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    for (const pid of this.pids) {
      try {
        await waitFor(`pid ${pid} to exit`, () => !alive(pid), 5_000);
      } catch {
        /* reported by the leak check of the caller, if any */
      }
    }
    if (process.env['INGRES_KEEP_TEST_DIRS'] === undefined) rmSync(this.root, { recursive: true, force: true });
  }
}

/** `promise`, or an Error after `ms` (the promise keeps running; its result is dropped). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${ms} ms`)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(String(error))); },
    );
  });
}

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

// ------------------------------------------------------------------ checks after a crash

/** What `host`'s serverdb says about `database` (ServerDb.DbState: dbstate, in doubt, digest). */
export async function dbStateOn(cluster: BankCluster, host: string, database: string): Promise<pbt.IDbStateDatabase> {
  const peer = new PeerClient(host, cluster.address(host));
  try {
    const state = await peer.dbState(database, 5_000);
    const db = (state.reply.databases ?? []).find((d) => d.database === database);
    if (db === undefined) throw new Error(`${host} does not serve ${database}`);
    return db;
  } finally {
    peer.close();
  }
}

/** The in-doubt transactions `host` shows (global id, coordinator, age). */
export async function inDoubtOn(cluster: BankCluster, host: string, database: string): Promise<pbt.IInDoubtRow[]> {
  return (await dbStateOn(cluster, host, database)).inDoubt ?? [];
}

/** Polls every host until none shows an in-doubt transaction; throws with what is left. */
export async function waitNothingInDoubt(cluster: BankCluster, database: string, timeoutMs = 30_000): Promise<void> {
  let left = '';
  try {
    await waitFor('nothing in doubt on any host', async () => {
      const parts: string[] = [];
      for (const host of cluster.hosts) {
        const rows = await inDoubtOn(cluster, host, database);
        if (rows.length > 0) parts.push(`${host}: ${rows.map((r) => `${r.globalId ?? ''} (coordinator ${r.coordinator ?? ''})`).join(', ')}`);
      }
      left = parts.join('; ');
      return parts.length === 0;
    }, timeoutMs, 200);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}${left === '' ? '' : ` (still in doubt: ${left})`}`);
  }
}

/**
 * Every host's live catalogDigest (src/serverdb/catalog-digest.ts, via DbState), polled
 * until each host answers with one ('' = catalog lock busy or still waiting).
 */
export async function liveDigests(cluster: BankCluster, database: string, timeoutMs = 20_000): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const host of cluster.hosts) {
    out.set(host, await waitFor(`the catalog digest of ${host}`, async () => {
      const db = await dbStateOn(cluster, host, database);
      return db.ready === true && (db.catalogDigest ?? '') !== '' ? db.catalogDigest : null;
    }, timeoutMs, 100));
  }
  return out;
}

/**
 * What each host's catalog says about `relations`: `help REL` as seen from a session on
 * that host, without the tuple count (a statistic kept only by the owner host).
 */
export async function helpFingerprints(cluster: BankCluster, database: string, relations: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const host of cluster.hosts) {
    const session = await cluster.session(host, database);
    try {
      const parts: string[] = [];
      for (const rel of relations) {
        for (const r of await withTimeout(session.run(`help ${rel}`), 10_000, `help ${rel} on ${host}`)) {
          if (r.kind === 'error') throw new Error(`help ${rel} on ${host}: ${r.error.code}: ${r.error.message}`);
          if (r.kind === 'text') parts.push(r.text.split('\n').filter((l) => !/^(Number of tuples|Saved until)/i.test(l)).join('\n'));
          if (r.kind === 'rows') parts.push(JSON.stringify(r.rows));
        }
      }
      out.set(host, parts.join('\n'));
    } finally {
      await session.close().catch(() => undefined);
    }
  }
  return out;
}

/**
 * The catalogDigest (src/serverdb) of every host's copy of `database`, read from its lmdb
 * environment with the daemons stopped (call after `cluster.stop()`).
 */
export async function offlineDigests(cluster: BankCluster, database: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const host of cluster.hosts) {
    const db = await openDatabase(join(cluster.iiSystem(host), 'data', database), database);
    try {
      const txn = db.begin('ingres');
      try {
        out.set(host, catalogDigest(txn, host));
      } finally {
        txn.abort();
      }
    } finally {
      await db.close();
    }
  }
  return out;
}

// ------------------------------------------------------------------ running QUEL in tests

/** The rows of a buffer's results, in order; an error result throws (`NNNN: message`). */
export function rowsOf(results: readonly StatementResult[]): unknown[][] {
  const out: unknown[][] = [];
  for (const r of results) {
    if (r.kind === 'error') throw new Error(`${r.error.code}: ${r.error.message}`);
    if (r.kind === 'rows') out.push(...r.rows.map((row) => [...row]));
  }
  return out;
}

/** The first error of a buffer's results as `NNNN: message`, or null. */
export function errorOf(results: readonly StatementResult[]): string | null {
  const error = results.find((r) => r.kind === 'error');
  return error?.kind === 'error' ? `${error.error.code}: ${error.error.message}` : null;
}

/** The lock waits of `database` on `host` (Tm.WaitsFor), as edges between transactions. */
export async function lockWaitsOn(peers: GrpcTmPeers, host: string, database: string): Promise<{ waiter: string; holder: string }[]> {
  const reply = await peers.waitsFor(host, { database, host: 'test' }, 5_000);
  return (reply.edges ?? []).map((e) => ({ waiter: e.waiter ?? '', holder: e.holder ?? '' }));
}

/**
 * A transfer left in doubt on h2 for a dead coordinator: h1 restarts with
 * `tm.coord.after-decision=crash@1`, then a transfer from acct2@h2 to acct1@h1 is sent from
 * h3 as one buffer (h1 writes last and coordinates; h2 prepares on its last work). h1 dies
 * right after deciding commit. Returns the transfer's results and h2's in-doubt row.
 * `balances` reads acct1 and acct2 (the wait for h1 to serve them).
 */
export async function transferLeftInDoubt(cluster: BankCluster, database: string, balances: string): Promise<{ results: StatementResult[]; doubt: pbt.IInDoubtRow }> {
  await cluster.stop(['h1']);
  await cluster.start(['h1'], 'tm.coord.after-decision=crash@1');
  const pid = cluster.pid('h1') as number;
  await waitFor('h1 to serve acct1', async () => rowsOf(await cluster.runOn('h3', database, balances, 20_000)).length === 2, 30_000, 200);
  const transfer = 'begin transaction\nrange of a is acct1\nrange of b is acct2\n' +
    'replace b (balance = b.balance + 7) where b.id = 1\nreplace a (balance = a.balance - 7) where a.id = 1\nend transaction';
  const results = await cluster.runOn('h3', database, transfer, 20_000);
  await cluster.waitDead('h1', pid, 10_000);
  const doubt = await waitFor('h2 to hold the part in doubt', async () => (await inDoubtOn(cluster, 'h2', database)).find((r) => r.coordinator === 'h1'), 10_000, 100);
  return { results, doubt };
}
