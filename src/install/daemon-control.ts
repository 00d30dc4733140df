/*
 * daemon-control.ts — bringing up and finding this host's daemon. `ensureDaemon` is the
 * auto-start of DESIGN.md: ask the daemon; if nobody answers, take run/start.lock (so
 * concurrent starters never spawn two daemons), spawn `ingresd` detached, and wait until it
 * answers. The daemon itself also refuses to run twice (run/ingresd.pid + the port).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { realPathOrNull } from '../common/files.js';
import { dirname, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { IngresError } from '../common/errors.js';
import { isProcessAlive, processStat } from '../common/processes.js';
import { HostClient } from '../net/client.js';
import { ingresdScript, paths, type Installation } from './installation.js';

/** How long a start may take before 8007. */
export const DAEMON_START_TIMEOUT_MS = 30_000;
/** A start lock older than this belongs to a starter that died. */
const START_LOCK_STALE_MS = 60_000;
const POLL_INTERVAL_MS = 50;

export { isProcessAlive };

/**
 * Is `pid` a live ingresd? On Linux the command line must name ingresd, so a pid file left
 * by a killed daemon whose pid was reused by another program does not block a restart.
 */
export function isDaemonAlive(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  if (cmdline.includes('ingresd')) return true;
  if (cmdline !== '') return false; // another program has the pid now
  // an empty command line: a process being torn down (its memory released before it is
  // a zombie) — still alive until it is one, or its ports and files may not be free yet
  const state = processStat(pid)?.state;
  return state !== undefined && state !== 'Z' && state !== 'X';
}

/** The pid recorded in a pid or lock file, or null. */
export function readPidFile(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Create `path` exclusively, holding our pid. If it exists and its owner is alive (and the
 * file is not older than `staleMs`), return false; a dead owner's file is taken over.
 */
export function takePidFile(path: string, staleMs = Infinity, ownerAlive: (pid: number) => boolean = isProcessAlive): boolean {
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number | null = null;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw pidFileError(path, error);
    }
    if (fd !== null) {
      try {
        const text = `${process.pid}\n`;
        if (writeSync(fd, text) !== text.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
        return true;
      } catch (error) {
        // never leave an empty pid file behind: it would read as "being written" to others
        try { unlinkSync(path); } catch { /* gone */ }
        throw pidFileError(path, error);
      } finally {
        closeSync(fd);
      }
    }
    const owner = readPidFile(path);
    let age = 0;
    try { age = Date.now() - statSync(path).mtimeMs; } catch { continue; }
    if (owner === process.pid) return true;
    if (owner !== null && ownerAlive(owner) && age < staleMs) return false;
    // also a file without a pid yet: only stale after a while (its writer may be mid-write)
    if (owner === null && age < 2000) return false;
    try { unlinkSync(path); } catch { /* someone else removed it */ }
  }
  return false;
}

/** 8004 for a pid or lock file that cannot be made (a full disk, a read-only II_SYSTEM) */
function pidFileError(path: string, error: unknown): IngresError {
  const code = (error as { code?: string }).code;
  const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'no space left on device' : (error as Error).message ?? String(error);
  return new IngresError(8004, `cannot use II_SYSTEM ${dirname(dirname(path))}: cannot write ${path}: ${why}`);
}

/** Remove a pid file if it is ours. */
export function releasePidFile(path: string): void {
  if (readPidFile(path) === process.pid) {
    try { unlinkSync(path); } catch { /* already gone */ }
  }
}

function canonical(path: string): string {
  return realPathOrNull(path) ?? resolve(path);
}

/** Does this installation's daemon answer at its address? A fresh channel each time, so
 *  a refused connection earlier does not leave us waiting out grpc's reconnect backoff.
 *  Throws 8007 when the port is answered by the daemon of another installation. */
export async function daemonAnswers(installation: Installation, timeoutMs = 1000, options: { readonly waitWhile?: () => boolean } = {}): Promise<boolean> {
  const client = new HostClient(installation.address, installation.hostname);
  const { waitWhile } = options;
  // waitWhile: wait for the daemon to listen as long as it holds (its process lives); the
  // call ends, unanswered, when it stops holding
  const watch = waitWhile === undefined ? null : setInterval(() => { if (!waitWhile()) client.close(); }, POLL_INTERVAL_MS);
  let reply;
  try {
    reply = await client.status(timeoutMs, waitWhile !== undefined);
  } catch {
    return false;
  } finally {
    if (watch !== null) clearInterval(watch);
    client.close();
  }
  const root = reply.iiSystem ?? '';
  if (root !== '' && canonical(root) !== canonical(installation.root)) {
    throw new IngresError(8007, `cannot start the host daemon: ${installation.address} is served by the daemon of ` +
      `another installation (${root})`, { hint: `Give this installation a free port in ${paths.hostsFile(installation.root)}.` });
  }
  return true;
}

function logTail(installation: Installation): string {
  try {
    const text = readFileSync(paths.daemonOutput(installation.root), 'utf8').trimEnd();
    return text.split('\n').slice(-5).join('\n');
  } catch {
    return '';
  }
}

/** Spawn ingresd detached from us; its output goes to log/ingresd.out. */
function spawnDaemon(installation: Installation): { exited: () => number | null } {
  const output = paths.daemonOutput(installation.root);
  let out: number;
  try {
    // (log/ may have been removed: it is made again, as run/ is)
    mkdirSync(dirname(output), { recursive: true });
    out = openSync(output, 'a');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new IngresError(8004, `cannot use II_SYSTEM ${installation.root}: cannot write the daemon's output ${output} (${code})`);
  }
  let exitCode: number | null = null;
  // INGRESD_NODE_ARGS: extra node flags for the daemon (profiling: `--cpu-prof --cpu-prof-dir=D`).
  const nodeArgs = (process.env['INGRESD_NODE_ARGS'] ?? '').split(' ').filter((a) => a.length > 0);
  const child = spawn(process.execPath, [...nodeArgs, ingresdScript()], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, II_SYSTEM: installation.root },
  });
  closeSync(out);
  child.on('exit', (code, signal) => { exitCode = code ?? (signal === null ? 1 : 128); });
  child.on('error', () => { exitCode = 127; });
  child.unref();
  return { exited: () => exitCode };
}

/**
 * Make sure this host's daemon is running; start it if not. Resolves once it answers.
 * Throws 8007 when it cannot be started within `timeoutMs`.
 */
export async function ensureDaemon(installation: Installation, timeoutMs = DAEMON_START_TIMEOUT_MS): Promise<void> {
  const pid = readPidFile(paths.pidFile(installation.root));
  if (pid !== null && isDaemonAlive(pid)) {
    // it runs, or is starting: its pid file is taken before it listens, so the call waits
    // for it to listen while the process lives (a client that found a starting daemon here
    // used to get 8007 at once). One channel, given all the time: a busy daemon takes a turn
    // of its event loop per step of the connection (each turn after a long statement), so
    // short fresh probes would never finish one.
    if (await daemonAnswers(installation, timeoutMs, { waitWhile: () => isDaemonAlive(pid) })) return;
    if (isDaemonAlive(pid)) throw notAnswering(installation, pid, timeoutMs);
  } else if (await daemonAnswers(installation, 2000)) {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  const lockPath = paths.startLock(installation.root);
  const fail = (why: string): IngresError => {
    const tail = logTail(installation);
    return new IngresError(8007, `cannot start the host daemon: ${why}`,
      tail === '' ? {} : { detail: `last lines of ${paths.daemonOutput(installation.root)}:\n${tail}` });
  };
  while (Date.now() < deadline) {
    if (!takePidFile(lockPath, START_LOCK_STALE_MS)) {
      // another program is starting it: wait for the daemon, or for the lock to free up
      if (await daemonAnswers(installation, 500)) return;
      await delay(POLL_INTERVAL_MS);
      continue;
    }
    try {
      if (await daemonAnswers(installation, 1000)) return;
      const running = readPidFile(paths.pidFile(installation.root));
      const child = running !== null && isDaemonAlive(running) ? null : spawnDaemon(installation);
      while (Date.now() < deadline) {
        if (await daemonAnswers(installation, 1000)) return;
        const code = child?.exited() ?? null;
        if (code !== null) throw fail(`ingresd exited with status ${code}`);
        if (child === null && running !== null && !isDaemonAlive(running)) break;
        await delay(POLL_INTERVAL_MS);
      }
    } finally {
      releasePidFile(lockPath);
    }
  }
  const running = readPidFile(paths.pidFile(installation.root));
  if (running !== null && isDaemonAlive(running)) throw notAnswering(installation, running, timeoutMs);
  throw fail(`it did not answer at ${installation.address} within ${timeoutMs} ms`);
}

/** The daemon runs but does not answer: busy (long statements hold its only thread), or hung. */
function notAnswering(installation: Installation, pid: number, timeoutMs: number): IngresError {
  return new IngresError(8007, `the host daemon (pid ${pid}) is running but did not answer at ${installation.address} within ${timeoutMs} ms`, {
    hint: 'It may be busy with a long statement (statements run one at a time on its main thread); try again, or see `ingresd --status`.',
  });
}

/**
 * The pid of this installation's daemon when it is alive but not answering: one still
 * starting (it takes its pid file before it listens: loading the engine, opening its
 * databases), or one that hangs. Null when no daemon process holds the pid file. For
 * status displays, which must not call such a daemon "not running" or "down".
 */
export function unansweringDaemonPid(installation: Installation): number | null {
  const pid = readPidFile(paths.pidFile(installation.root));
  return pid !== null && isDaemonAlive(pid) ? pid : null;
}

/** Ask the daemon to shut down and wait until its pid file is gone. False if none ran. */
export async function stopDaemon(installation: Installation, timeoutMs = 15_000): Promise<boolean> {
  const pidPath = paths.pidFile(installation.root);
  const pid = readPidFile(pidPath);
  // never shut down another installation's daemon that happens to hold our port
  const answering = await daemonAnswers(installation);
  const client = new HostClient(installation.address, installation.hostname);
  let asked = false;
  try {
    if (!answering) throw new IngresError(7001, `host ${installation.hostname} is unreachable`);
    await client.shutdown(timeoutMs);
    asked = true;
  } catch {
    if (pid !== null && isDaemonAlive(pid)) {
      process.kill(pid, 'SIGTERM');
      asked = true;
    }
  } finally {
    client.close();
  }
  const deadline = Date.now() + timeoutMs;
  while (pid !== null && isDaemonAlive(pid) && Date.now() < deadline) await delay(POLL_INTERVAL_MS);
  if (pid !== null && isDaemonAlive(pid)) {
    throw new IngresError(8000, `the host daemon (pid ${pid}) did not stop within ${timeoutMs} ms`);
  }
  if (existsSync(pidPath) && (pid === null || !isDaemonAlive(pid))) {
    try { unlinkSync(pidPath); } catch { /* gone */ }
  }
  return asked;
}
