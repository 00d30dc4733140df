/*
 * cluster.ts — the N-host test harness of the cluster process tests: `TestCluster.init(n)`
 * runs `ingres-cluster init` in a temp dir; start/stop/kill/status go through
 * `ingres-cluster` itself (so through each host's etc/rc.ingres); QUEL through `ingres -s`;
 * dbstate and catalog digests through ServerDb/DbState. `cleanup()` SIGKILLs the process
 * group of every daemon this cluster ever ran and removes the directory. See README.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alive, runProgram as runBin, waitFor, type RunResult } from '../../process/helpers.js';
import type { pbt } from '../../../src/net/gen/index.js';
import { PeerClient } from '../../../src/serverdb/peer.js';
import { loadClusterKey } from '../../../src/install/cluster-key.js';
import { setPeerIdentity } from '../../../src/net/peer-auth.js';
import type { DbstRecord } from '../../../src/cluster/api.js';
import { readDbst, writeDbst } from '../../../src/serverdb/dbst.js';

// the program-running helpers are the process tests' (one copy): re-exported for the cluster tests
export { PROJECT, runProgram as runBin, waitFor, type RunResult } from '../../process/helpers.js';

export interface ClusterOptions {
  /** extra environment for every program and daemon (e.g. INGRES_HOST_TIMEOUT_MS) */
  readonly env?: Record<string, string>;
}

export class TestCluster {
  /** every daemon pid seen, for cleanup */
  private readonly pids = new Set<number>();

  private constructor(readonly dir: string, readonly hosts: readonly string[], private readonly extraEnv: Record<string, string>) {}

  /** `ingres-cluster init DIR --hosts n` in a fresh temp dir (nothing started). */
  static async init(n: number, options: ClusterOptions = {}): Promise<TestCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'ingres-cluster-'));
    const cluster = new TestCluster(dir, Array.from({ length: n }, (_, i) => `h${i + 1}`), options.env ?? {});
    const result = await cluster.cli('init', dir, '--hosts', String(n));
    if (result.status !== 0) throw new Error(`ingres-cluster init failed: ${result.stderr}`);
    return cluster;
  }

  /** $II_SYSTEM of a host */
  root(host: string): string {
    return join(this.dir, host);
  }

  /** This test process's own peer calls (slave, TM) carry proof of the cluster's key, as
   *  a host's do (src/net/peer-auth.ts); without it the daemons refuse them with 7005. */
  actAsPeer(): void {
    setPeerIdentity('test', loadClusterKey(this.root('h1'), this.hosts.length));
  }

  env(host?: string): NodeJS.ProcessEnv {
    return {
      ...process.env, HOME: this.dir, USER: process.env['USER'] ?? 'tester',
      INGRES_HISTORY: join(this.dir, '.ingres_history'), ...this.extraEnv,
      ...(host === undefined ? {} : { II_SYSTEM: this.root(host) }),
    };
  }

  /** `ingres-cluster ARGS` */
  cli(...args: string[]): Promise<RunResult> {
    return runBin('ingres-cluster', args, this.env());
  }

  address(host: string): string {
    const line = readFileSync(join(this.root(host), 'etc', 'hosts'), 'utf8').split('\n').find((l) => l.startsWith(`${host} `));
    if (line === undefined) throw new Error(`no ${host} in etc/hosts`);
    return line.split(/\s+/)[1] ?? '';
  }

  pid(host: string): number | null {
    try {
      const pid = Number(readFileSync(join(this.root(host), 'run', 'ingresd.pid'), 'utf8').trim());
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  }

  /** Boot hosts through `ingres-cluster start` (their rc.ingres). */
  start(...hosts: string[]): Promise<void> {
    return this.startWith({}, ...hosts);
  }

  /** Boot hosts with extra environment for their daemons (e.g. INGRES_FAILPOINTS). */
  async startWith(env: Record<string, string>, ...hosts: string[]): Promise<void> {
    const result = await runBin('ingres-cluster', ['start', this.dir, ...hosts], { ...this.env(), ...env });
    for (const host of hosts.length === 0 ? this.hosts : hosts) {
      const pid = this.pid(host);
      if (pid !== null) this.pids.add(pid);
    }
    if (result.status !== 0) throw new Error(`ingres-cluster start ${hosts.join(' ')} failed: ${result.stdout}${result.stderr}`);
  }

  async stop(...hosts: string[]): Promise<void> {
    const result = await this.cli('stop', this.dir, ...hosts);
    if (result.status !== 0) throw new Error(`ingres-cluster stop failed: ${result.stderr}`);
  }

  /** `ingres-cluster kill DIR HOST` (SIGKILL), then wait until the process is gone. */
  async kill(host: string): Promise<void> {
    const pid = this.pid(host);
    const result = await this.cli('kill', this.dir, host);
    if (result.status !== 0) throw new Error(`ingres-cluster kill ${host} failed: ${result.stderr}`);
    if (pid !== null) await waitFor(`${host} (pid ${pid}) to die`, () => !alive(pid));
  }

  async status(): Promise<RunResult> {
    return this.cli('status', this.dir);
  }

  /** `creatdb NAME` on a host. */
  creatdb(host: string, database: string): Promise<RunResult> {
    return runBin('creatdb', [database], this.env(host));
  }

  /** `ingres -s DB` on a host with `script` on stdin. */
  quel(host: string, database: string, script: string): Promise<RunResult> {
    return runBin('ingres', ['-s', database], this.env(host), script);
  }

  /** The host's dbstate of a database (ServerDb/DbState), or null when the host does not serve it. */
  async dbState(host: string, database: string): Promise<pbt.IDbStateDatabase | null> {
    const peer = new PeerClient(host, this.address(host));
    try {
      const { reply } = await peer.dbState(database, 3000);
      return (reply.databases ?? []).find((d) => d.database === database) ?? null;
    } finally {
      peer.close();
    }
  }

  /** Wait until the host serves the database with a consistent catalog; returns its catalog digest. */
  async waitReady(host: string, database: string, timeoutMs = 30_000): Promise<string> {
    return waitFor(`${database} ready on ${host}`, async () => {
      const state = await this.dbState(host, database);
      return state?.ready && state.catalogDigest ? state.catalogDigest : null;
    }, timeoutMs);
  }

  /** Wait until `observer` sees `host` as up (or down) in its dbstate of `database`. */
  async waitUp(observer: string, database: string, host: string, up: boolean, timeoutMs = 20_000): Promise<void> {
    await waitFor(`${observer} to see ${host} ${up ? 'up' : 'down'} in ${database}`, async () => {
      const state = await this.dbState(observer, database);
      return state?.rows?.some((r) => r.host === host && (r.up ?? false) === up) ?? false;
    }, timeoutMs);
  }

  /** <db>_dbst of a host (read/written directly: tests set up the start-up cases with it). */
  readDbst(host: string, database: string): DbstRecord | null {
    return readDbst(join(this.root(host), 'data', database), database);
  }

  writeDbst(host: string, database: string, record: DbstRecord): void {
    writeDbst(join(this.root(host), 'data', database), database, record);
  }

  dblist(host: string): string[] {
    const path = join(this.root(host), 'etc', 'dblist');
    return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '') : [];
  }

  /** SIGKILL every daemon this cluster ran (its whole process group), remove the directory. */
  async cleanup(): Promise<void> {
    for (const host of this.hosts) {
      const pid = this.pid(host);
      if (pid !== null) this.pids.add(pid);
    }
    for (const pid of this.pids) {
      try { process.kill(-pid, 'SIGKILL'); } catch { /* not a group leader or gone */ }
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    for (const pid of this.pids) await waitFor(`pid ${pid} to die`, () => !alive(pid), 10_000).catch(() => undefined);
    if (process.env['INGRES_KEEP_TEST_DIRS'] !== '1') rmSync(this.dir, { recursive: true, force: true });
  }
}
