/*
 * ours.ts — our side of a benchmark: QUEL sessions on a fresh database in a temp
 * II_SYSTEM. Preferred path = the monitor's: a gRPC client talking to an `ingresd` daemon
 * started here. Fallback when that path does not work yet: sessions in this process
 * (createSession on the storage layer), reported as such in the output.
 * Engine modules are imported dynamically so bench/ builds whatever state src/ is in.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StatementResult } from '../src/dbsys/session-api.js';

/** The dist/ (or source) root: bench/ sits directly under it. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root (dist/ is one level below it when running compiled code). */
const REPO = existsSync(join(ROOT, 'package.json')) ? ROOT : resolve(ROOT, '..');

export type Mode = 'grpc' | 'in-process';

export interface OurSession {
  /** runs a buffer; returns the per-statement results */
  run(text: string): Promise<StatementResult[]>;
  close(): Promise<void>;
}

export interface OurSystem {
  readonly mode: Mode;
  /** why the preferred (gRPC) path was not used, if it was not */
  readonly note: string | null;
  readonly database: string;
  session(): Promise<OurSession>;
  /** pids of our engine processes (daemon); empty in-process */
  pids(): number[];
  stop(): Promise<void>;
}

/** Runs and throws on the first error result. */
export async function runOk(s: OurSession, text: string): Promise<StatementResult[]> {
  const res = await s.run(text);
  for (const r of res) {
    if (r.kind === 'error') throw new Error(`QUEL error ${r.error.code}: ${r.error.message} — in: ${text.slice(0, 200)}`);
  }
  return res;
}

/** Number of rows in the results (0 for statements without rows); throws on an error. */
export function resultRows(res: readonly StatementResult[]): number {
  let n = 0;
  for (const r of res) {
    if (r.kind === 'error') throw new Error(`${r.error.code}: ${r.error.message}`);
    if (r.kind === 'rows') n += r.rows.length;
  }
  return n;
}

/** The first error in a result list, if any. */
export function firstError(res: readonly StatementResult[]): { code: number; message: string } | null {
  for (const r of res) if (r.kind === 'error') return { code: r.error.code, message: r.error.message };
  return null;
}

async function importOptional(rel: string): Promise<Record<string, unknown> | null> {
  const file = join(ROOT, rel);
  if (!existsSync(file)) return null;
  const mod: unknown = await import(file);
  return mod as Record<string, unknown>;
}

type Fn = (...args: unknown[]) => unknown;
function fn(mod: Record<string, unknown> | null, name: string): Fn | null {
  const f = mod?.[name];
  return typeof f === 'function' ? (f as Fn) : null;
}

// ---------------------------------------------------------------- in-process

async function startInProcess(database: string, note: string | null): Promise<OurSystem> {
  const storage = await importOptional('src/storage/index.js');
  const dbsys = await importOptional('src/dbsys/index.js');
  const createDatabase = fn(storage, 'createDatabase');
  const createSession = fn(dbsys, 'createSession');
  if (createDatabase === null || createSession === null) {
    throw new Error('engine not built: need src/storage createDatabase and src/dbsys createSession');
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingres-'));
  const db = (await createDatabase(dir, database)) as { close(): Promise<void> };
  const sessions: OurSession[] = [];
  let stopped = false;
  return {
    mode: 'in-process',
    note,
    database,
    async session() {
      const options = { user: 'ingres', retrieveIntoStructure: 'cheapsort', indexStructure: 'isam' };
      const s = (await createSession(db, options)) as OurSession;
      sessions.push(s);
      return s;
    },
    pids: () => [],
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const s of sessions) await s.close().catch(() => {});
      await db.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- gRPC + ingresd

interface ClientLike {
  run(text: string): Promise<StatementResult[]>;
  close(): Promise<void>;
}

/**
 * Finds the net layer's client: a module under src/net exporting a function that opens a
 * session (connectSession / openSession / connect). Returns null when not built yet.
 */
async function findClientOpener(): Promise<((opts: { iiSystem: string; database: string; address: string | null }) => Promise<ClientLike>) | null> {
  for (const rel of ['src/net/client.js', 'src/net/index.js', 'src/net/session-client.js']) {
    const mod = await importOptional(rel);
    if (mod === null) continue;
    for (const name of ['connectSession', 'openSession', 'connect']) {
      const f = fn(mod, name);
      if (f === null) continue;
      return async ({ iiSystem, database, address }) => {
        const c = (await f({ iiSystem, database, address, target: address, user: 'ingres', client: `bench[${process.pid}]` })) as ClientLike;
        if (typeof c?.run !== 'function') throw new Error(`${rel} ${name}() did not return a session with run()`);
        return c;
      };
    }
  }
  return null;
}

function daemonAddress(iiSystem: string): string | null {
  try {
    const host = readFileSync(join(iiSystem, 'etc', 'hostname'), 'utf8').trim();
    for (const line of readFileSync(join(iiSystem, 'etc', 'hosts'), 'utf8').split('\n')) {
      const [name, addr] = line.trim().split(/\s+/);
      if (name === host && addr !== undefined) return addr;
    }
  } catch {
    /* not there yet */
  }
  return null;
}

async function startGrpc(database: string, log: (s: string) => void): Promise<OurSystem> {
  const opener = await findClientOpener();
  const creatdb = join(REPO, 'bin', 'creatdb.js');
  const ingresd = join(REPO, 'bin', 'ingresd.js');
  if (opener === null || !existsSync(creatdb) || !existsSync(ingresd)) {
    throw new Error('gRPC client / ingresd / creatdb not built yet');
  }
  const iiSystem = mkdtempSync(join(tmpdir(), 'bench-ii-'));
  const env = { ...process.env, II_SYSTEM: iiSystem };
  let daemon: ChildProcess | null = null;
  const stopDaemon = (): void => {
    if (daemon !== null && daemon.exitCode === null && daemon.pid !== undefined) {
      try {
        daemon.kill('SIGTERM');
      } catch {
        /* gone */
      }
    }
  };
  process.on('exit', () => {
    stopDaemon();
    rmSync(iiSystem, { recursive: true, force: true });
  });
  // creatdb makes the one-host installation on first use (and may start the daemon itself)
  const r = spawnSync(process.execPath, [creatdb, database], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`creatdb failed: ${r.stderr || r.stdout}`);
  let address = daemonAddress(iiSystem);
  const pidOfRunning = (): number | null => {
    // a daemon started by creatdb writes its pid somewhere under II_SYSTEM; ask status via the log dir
    for (const f of [join(iiSystem, 'ingresd.pid'), join(iiSystem, 'etc', 'ingresd.pid'), join(iiSystem, 'log', 'ingresd.pid')]) {
      try {
        const n = Number.parseInt(readFileSync(f, 'utf8'), 10);
        if (Number.isFinite(n)) return n;
      } catch {
        /* next */
      }
    }
    return null;
  };
  let externalPid = pidOfRunning();
  if (externalPid === null) {
    daemon = spawn(process.execPath, [ingresd], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    daemon.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    // wait until a session opens
    const t0 = Date.now();
    for (;;) {
      address = daemonAddress(iiSystem);
      try {
        const c = await opener({ iiSystem, database, address });
        await c.close();
        break;
      } catch (e) {
        if (daemon.exitCode !== null) throw new Error(`ingresd exited ${daemon.exitCode}: ${err}`);
        if (Date.now() - t0 > 30_000) throw new Error(`ingresd not answering after 30 s: ${String(e)}`);
        await new Promise((res) => setTimeout(res, 200));
      }
    }
  }
  externalPid = daemon?.pid ?? pidOfRunning();
  log(`ingresd pid ${externalPid ?? '?'} on ${address ?? '(default address)'}, II_SYSTEM=${iiSystem}`);
  const sessions: ClientLike[] = [];
  let stopped = false;
  return {
    mode: 'grpc',
    note: null,
    database,
    async session() {
      const c = await opener({ iiSystem, database, address });
      sessions.push(c);
      return c;
    },
    pids: () => (externalPid === null ? [] : [externalPid]),
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const s of sessions) await s.close().catch(() => {});
      stopDaemon();
      if (daemon === null && externalPid !== null) {
        try {
          process.kill(externalPid, 'SIGTERM');
        } catch {
          /* gone */
        }
      }
      if (daemon !== null && daemon.exitCode === null) {
        await new Promise((res) => {
          const t = setTimeout(() => {
            daemon?.kill('SIGKILL');
            res(null);
          }, 10_000);
          daemon?.once('exit', () => {
            clearTimeout(t);
            res(null);
          });
        });
      }
      rmSync(iiSystem, { recursive: true, force: true });
    },
  };
}

/**
 * Starts our system: gRPC to ingresd unless `forceInProcess`; falls back to in-process
 * sessions (with the reason in `note`) when the daemon path is not available.
 */
export async function startOurs(opts: { database: string; inProcess?: boolean; log?: (s: string) => void }): Promise<OurSystem> {
  const log = opts.log ?? (() => {});
  if (opts.inProcess === true) return startInProcess(opts.database, 'in-process requested (--in-process)');
  try {
    return await startGrpc(opts.database, log);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    log(`gRPC path not available (${why}); falling back to in-process sessions`);
    return startInProcess(opts.database, `gRPC path not available: ${why}`);
  }
}

/** Peak resident set (VmHWM) of a process in kB, or null. */
export function peakRssKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] !== undefined ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** This process's peak RSS in kB. */
export function selfPeakRssKb(): number {
  return peakRssKb(process.pid) ?? process.resourceUsage().maxRSS;
}
