/*
 * ours.ts — our side of a benchmark: QUEL sessions on a fresh database in a temp
 * II_SYSTEM. Preferred path = the monitor's: a gRPC client talking to an `ingresd` daemon
 * started here. Fallback when that path does not work yet: sessions in this process
 * (createSession on the storage layer), reported as such in the output.
 * Engine modules are imported dynamically so bench/ builds whatever state src/ is in.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunOptions, StatementResult } from '../src/dbsys/session-api.js';
import type * as ClientMod from '../src/net/client.js';
import type * as ControlMod from '../src/install/daemon-control.js';
import type * as InstallMod from '../src/install/installation.js';

/** The dist/ (or source) root: bench/ sits directly under it. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type Mode = 'grpc' | 'in-process';

export interface OurSession {
  /** runs a buffer; returns the per-statement results (`options.output`: as the monitor
   *  takes them, each chunk of rows as it arrives) */
  run(text: string, options?: RunOptions): Promise<StatementResult[]>;
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
  const openDatabase = fn(storage, 'openDatabase');
  const createSession = fn(dbsys, 'createSession');
  if (createDatabase === null || openDatabase === null || createSession === null) {
    throw new Error('engine not built: need src/storage createDatabase/openDatabase and src/dbsys createSession');
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingres-'));
  const dbDir = join(dir, database);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  await createDatabase(dbDir, database);
  const db = (await openDatabase(dbDir, database)) as { close(): Promise<void> };
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
      try {
        for (const s of sessions) await s.close().catch(() => {});
        await db.close();
      } catch {
        /* removed below all the same */
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// ---------------------------------------------------------------- gRPC + ingresd

/**
 * The monitor's path: a one-host installation in a temp II_SYSTEM (ensureInstallation),
 * the daemon auto-started as `ingres`/`creatdb` do (ensureDaemon), the database created
 * through the daemon's Admin service as `creatdb` does, sessions as gRPC RemoteSessions.
 */
async function startGrpc(database: string, log: (s: string) => void): Promise<OurSystem> {
  const inst = (await importOptional('src/install/installation.js')) as typeof InstallMod | null;
  const ctl = (await importOptional('src/install/daemon-control.js')) as typeof ControlMod | null;
  const net = (await importOptional('src/net/client.js')) as typeof ClientMod | null;
  if (inst === null || ctl === null || net === null || !existsSync(join(ROOT, 'src', 'cli', 'ingresd.js'))) {
    throw new Error('the gRPC client, ingresd or the installation code is not built yet');
  }
  const iiSystem = mkdtempSync(join(tmpdir(), 'bench-ii-'));
  let installation: InstallMod.Installation | null = null;
  const killDaemon = (): void => {
    const pid = ctl.readPidFile(inst.paths.pidFile(iiSystem));
    if (pid !== null && ctl.isProcessAlive(pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    rmSync(iiSystem, { recursive: true, force: true });
  };
  // the daemon is detached: never leave it behind, whatever happens to this process
  process.on('exit', killDaemon);
  try {
    installation = await inst.ensureInstallation(iiSystem);
    await ctl.ensureDaemon(installation);
  } catch (e) {
    killDaemon();
    throw e;
  }
  const host = new net.HostClient(installation.address, installation.hostname);
  try {
    await host.createDatabase(database, 'ingres');
  } catch (e) {
    host.close();
    killDaemon();
    throw e;
  }
  const pid = ctl.readPidFile(inst.paths.pidFile(iiSystem));
  log(`ingresd pid ${pid ?? '?'} on ${installation.address}, II_SYSTEM=${iiSystem}`);
  const sessions: ClientMod.RemoteSession[] = [];
  let stopped = false;
  const inst2 = installation;
  return {
    mode: 'grpc',
    note: null,
    database,
    async session() {
      const s = await host.openSession(database, { user: 'ingres', client: `bench[${process.pid}]` });
      sessions.push(s);
      return s;
    },
    pids: () => (pid === null ? [] : [pid]),
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const s of sessions) await s.close().catch(() => {});
      host.close();
      await ctl.stopDaemon(inst2).catch((e: unknown) => log(`stopping ingresd: ${e instanceof Error ? e.message : String(e)}`));
      killDaemon();
      process.removeListener('exit', killDaemon);
    },
  };
}

/**
 * Starts our system: gRPC to ingresd (the monitor's path), or in-process sessions when
 * `inProcess` asks for them. A daemon path that cannot come up is an error, not a quiet
 * switch to in-process sessions: those run ~1.5× faster, so a table measured that way
 * (a copy of dist/ without etc/ did it, 12-07) would pass for the monitor's path.
 */
export async function startOurs(opts: { database: string; inProcess?: boolean; log?: (s: string) => void }): Promise<OurSystem> {
  const log = opts.log ?? (() => {});
  if (opts.inProcess === true) return startInProcess(opts.database, 'in-process requested (--in-process)');
  try {
    return await startGrpc(opts.database, log);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`the monitor's path (ingresd over gRPC) did not come up: ${why}; --in-process measures sessions in this process instead`);
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

/**
 * Samples a process's anonymous resident memory (RssAnon: the JS heap, buffers, malloc —
 * not lmdb's file pages, which VmHWM counts too) every `everyMs` until `stop()`, which
 * returns the first and the largest sample in kB (null when /proc cannot be read).
 */
export function sampleAnonRss(pid: number, everyMs = 20): { stop(): { start: number | null; peak: number | null } } {
  let peak: number | null = null;
  const sample = (): number | null => {
    try {
      const m = /RssAnon:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m?.[1] === undefined) return null;
      peak = Math.max(peak ?? 0, Number(m[1]));
      return Number(m[1]);
    } catch {
      return null; // gone or not ours: no sample
    }
  };
  const start = sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { start, peak };
    },
  };
}

/** This process's peak RSS in kB. */
export function selfPeakRssKb(): number {
  return peakRssKb(process.pid) ?? process.resourceUsage().maxRSS;
}
