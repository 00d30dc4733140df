/*
 * pg.ts — a throwaway PostgreSQL 15 server for the benchmarks: Debian's package binaries
 * (installed with apt-get when missing), a data directory in a temp dir owned by a non-root
 * user, listening on 127.0.0.1 on a free port. `psql` for setup and bulk COPY, the `pg`
 * client (one persistent connection) for timed queries. Always stopped and removed at the
 * end: on normal exit, on errors and on SIGINT/SIGTERM/SIGHUP.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const PG_BIN = '/usr/lib/postgresql/15/bin';
export const PG_USER = 'bench';
export const PG_DB = 'bench';

/** Installs Debian's postgresql-15 when its binaries are missing (root only). */
export function ensurePostgresInstalled(log: (s: string) => void = () => {}): void {
  if (existsSync(join(PG_BIN, 'postgres')) && existsSync(join(PG_BIN, 'pgbench'))) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`PostgreSQL 15 not found in ${PG_BIN}; install Debian's postgresql-15 (apt-get install postgresql-15)`);
  }
  log('installing postgresql-15 with apt-get ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql-15', 'postgresql-client-15'], { stdio: 'ignore', env });
  // Debian's package starts its own cluster; we do not use it
  spawnSync('pg_ctlcluster', ['15', 'main', 'stop'], { stdio: 'ignore' });
}

/** A free TCP port on 127.0.0.1 (the kernel picks it; closed again before use). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function runAsUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0) {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/bin/false', 'postgres'], { stdio: 'ignore' });
  }
  return 'postgres';
}

export interface PgServer {
  readonly port: number;
  readonly dir: string;
  /** e.g. "15.20 (Debian 15.20-0+deb12u1)", known once started */
  version: string;
  /** psql on the benchmark database; throws with psql's stderr on error */
  psql(sql: string): string;
  /** a psql command line (to run `\copy` from files owned by the caller) */
  psqlFile(file: string): string;
  /** pgbench with these arguments on the benchmark database; returns stdout */
  pgbench(args: readonly string[]): string;
  /** a new persistent client connection */
  connect(): Promise<PgClient>;
  /** the postmaster's pid (for RSS) */
  pid(): number | null;
  stop(): void;
}

export interface PgClient {
  /** runs one statement; returns the rows it returned (or, for updates, the rows it touched) */
  query(sql: string): Promise<number>;
  close(): Promise<void>;
}

const liveServers = new Set<PgServer>();
let handlersInstalled = false;

function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const stopAll = (): void => {
    for (const s of [...liveServers]) {
      try {
        s.stop();
      } catch {
        /* best effort */
      }
    }
  };
  process.on('exit', stopAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      stopAll();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
  process.on('uncaughtException', (e) => {
    process.stderr.write(`${e.stack ?? String(e)}\n`);
    stopAll();
    process.exit(1);
  });
}

/**
 * initdb + start a server. `settings` are extra `-c name=value` server options.
 */
export async function startPostgres(opts: {
  settings?: Readonly<Record<string, string>>;
  log?: (s: string) => void;
  /** false: the caller stops it (a test runner, whose process must keep its own handlers) */
  cleanupHandlers?: boolean;
} = {}): Promise<PgServer> {
  const log = opts.log ?? (() => {});
  ensurePostgresInstalled(log);
  if (opts.cleanupHandlers !== false) installCleanupHandlers();
  const user = runAsUser();
  const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  const asUser = (cmd: string, args: readonly string[]): [string, string[]] =>
    user === null ? [cmd, [...args]] : ['runuser', ['-u', user, '--', cmd, ...args]];
  const run = (cmd: string, args: readonly string[]): string => {
    const [c, a] = asUser(cmd, args);
    const r = spawnSync(c, a, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
    return r.stdout;
  };

  const port = await freePort();
  let stopped = false;
  const server: PgServer = {
    port,
    dir,
    version: '15',
    psql(sql) {
      const r = spawnSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', PG_USER, '-d', PG_DB], {
        input: sql,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
      return r.stdout;
    },
    psqlFile(file) {
      const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', PG_USER, '-d', PG_DB, '-f', file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`psql -f ${file} failed: ${r.stderr}`);
      return r.stdout;
    },
    pgbench(args) {
      const r = spawnSync(join(PG_BIN, 'pgbench'), ['-h', '127.0.0.1', '-p', String(port), '-U', PG_USER, ...args, PG_DB], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (r.status !== 0) throw new Error(`pgbench ${args.join(' ')} failed: ${r.stderr}`);
      return `${r.stdout}\n${r.stderr}`;
    },
    async connect() {
      const client = new pg.Client({ host: '127.0.0.1', port, user: PG_USER, database: PG_DB });
      await client.connect();
      return {
        async query(sql) {
          const res = await client.query({ text: sql, rowMode: 'array' });
          return res.command === 'SELECT' ? res.rows.length : (res.rowCount ?? 0);
        },
        async close() {
          await client.end();
        },
      };
    },
    pid() {
      try {
        const n = Number.parseInt(readFileSync(join(data, 'postmaster.pid'), 'utf8'), 10);
        return Number.isFinite(n) ? n : null;
      } catch {
        return null;
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      liveServers.delete(server);
      if (existsSync(join(data, 'postmaster.pid'))) {
        const [c, a] = asUser(join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
        spawnSync(c, a, { stdio: 'ignore', timeout: 60_000 });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  liveServers.add(server);

  try {
    run(join(PG_BIN, 'initdb'), ['-D', data, '-U', PG_USER, '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1',
      unix_socket_directories: dir,
      ...opts.settings,
    };
    const o = [`-p ${port}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
    run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-l', logFile, '-o', o, '-w', '-t', '60', 'start']);
    const r = spawnSync('psql', ['-X', '-q', '-h', '127.0.0.1', '-p', String(port), '-U', PG_USER, '-d', 'postgres', '-c', `create database ${PG_DB}`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`create database failed: ${r.stderr}`);
  } catch (e) {
    server.stop();
    throw e;
  }
  server.version = server.psql('show server_version').trim();
  log(`PostgreSQL ${server.version} on 127.0.0.1:${port} (${dir})`);
  return server;
}
