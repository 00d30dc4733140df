/*
 * helpers.ts — shared by the process tests: temporary installations, running the real
 * programs of bin/ (compiled dist/ — `npm test` builds first), polling for a condition
 * with a bounded deadline, and stopping every daemon a test started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temporary directory; `II_SYSTEM` inside it does not exist yet. */
export function tempRoot(prefix = 'ingres-test-'): { dir: string; iiSystem: string; home: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, iiSystem: join(dir, 'ii'), home: dir };
}

export function envFor(iiSystem: string, home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, II_SYSTEM: iiSystem, HOME: home, USER: 'tester', INGRES_HISTORY: join(home, '.ingres_history'), ...extra };
}

/** Run `node bin/<program>.js args` to completion (bounded), feeding `input` on stdin; as `uid` when given. */
export function runProgram(
  program: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  input = '',
  timeoutMs = 60_000,
  uid?: number,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT, 'bin', `${program}.js`), ...args], {
      env, cwd: PROJECT, stdio: ['pipe', 'pipe', 'pipe'], ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${program} ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/** Start a program and leave it running (stdin piped). */
export function startProgram(program: string, args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [join(PROJECT, 'bin', `${program}.js`), ...args], {
    env, cwd: PROJECT, stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  return Object.assign(child, { output: () => output });
}

/** Poll `condition` every `everyMs` until it yields a truthy value; throws (with the last error) after `timeoutMs`. */
export async function waitFor<T>(what: string, condition: () => T | Promise<T>, timeoutMs = 20_000, everyMs = 25): Promise<NonNullable<T>> {
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

export function daemonPid(iiSystem: string): number | null {
  const path = join(iiSystem, 'run', 'ingresd.pid');
  if (!existsSync(path)) return null;
  const pid = Number(readFileSync(path, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Is `pid` running? A zombie (exited, not yet reaped by whoever adopted it) is not. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return true;
  }
}

/** Stop the installation's daemon (SIGTERM, then SIGKILL) and remove the temp dir. */
export async function cleanup(dir: string, iiSystem: string): Promise<void> {
  const pid = daemonPid(iiSystem);
  if (pid !== null && alive(pid)) {
    process.kill(pid, 'SIGTERM');
    try {
      await waitFor('daemon exit', () => !alive(pid), 10_000);
    } catch {
      process.kill(pid, 'SIGKILL');
    }
  }
  if (process.env['INGRES_KEEP_TEST_DIRS'] === undefined) rmSync(dir, { recursive: true, force: true });
}

/** The JSON lines of the daemon log, parsed. */
export function daemonLog(iiSystem: string): Record<string, unknown>[] {
  const path = join(iiSystem, 'log', 'ingresd.log');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** No program may ever print a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+:\d+:\d+/.test(text) || /node:internal/.test(text);
}
