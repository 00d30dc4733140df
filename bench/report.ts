/*
 * report.ts — small helpers shared by the benchmarks: timing statistics (median, geometric
 * mean), a plain-text table, machine facts, and rewriting one marked section of
 * BENCHMARKS.md (each benchmark owns the text between its begin/end markers).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root, from bench/ (tsx) or dist/bench/ (compiled). */
export const REPO_ROOT = existsSync(join(HERE, 'package.json')) ? HERE : resolve(HERE, '..');

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function geomean(xs: readonly number[]): number {
  const ok = xs.filter((x) => Number.isFinite(x) && x > 0);
  if (ok.length === 0) return Number.NaN;
  return Math.exp(ok.reduce((a, x) => a + Math.log(x), 0) / ok.length);
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

export function fmtRatio(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : '—';
}

/** A markdown table (also readable as plain text). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function machine(): string {
  const c = cpus();
  return `${c.length} × ${c[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end (other work on the machine makes the numbers noisy)`;
}

/**
 * CPU time (user + system, ms) of process `pid` (all its threads), and of the children it
 * has waited for, from /proc/PID/stat (clock ticks of 10 ms: read it around runs of
 * seconds). Null when /proc cannot be read.
 */
export function processCpuMs(pid: number): { own: number; reaped: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command (which may hold blanks): utime is the 14th field of all
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    return { own: ((f[11] ?? 0) + (f[12] ?? 0)) * 10, reaped: ((f[13] ?? 0) + (f[14] ?? 0)) * 10 };
  } catch {
    return null;
  }
}

/** CPU time (user + system, ms) of this process so far. */
export function selfCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** CPU time (ms) of a server process and everything under it: its own, its reaped
 *  children's and its live children's (a PostgreSQL postmaster: backends come and go). */
export function serverCpuMs(pid: number): number | null {
  const top = processCpuMs(pid);
  if (top === null) return null;
  let total = top.own + top.reaped;
  for (const child of childrenOf(pid)) total += processCpuMs(child)?.own ?? 0;
  return total;
}

/** The live children of `pid` (every thread's). */
export function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const task of listOrEmpty(`/proc/${pid}/task`)) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ')) {
        if (child.length > 0) out.push(Number(child));
      }
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/**
 * Wait until `pid` has at most `count` children, for at most `timeoutMs`: a finished
 * client's backends have exited and their server has reaped them, so their CPU time is in
 * the server's (an exiting child is counted nowhere until it is reaped). False on timeout.
 */
export function awaitChildren(pid: number, count: number, timeoutMs = 5000): boolean {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = performance.now() + timeoutMs;
  while (childrenOf(pid).length > count) {
    if (performance.now() > deadline) return false;
    Atomics.wait(pause, 0, 0, 5);
  }
  return true;
}

function listOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function mb(kb: number | null): string {
  return kb === null ? '?' : `${(kb / 1024).toFixed(0)} MB`;
}

/** Replaces (or appends) the section between `<!-- NAME:begin -->` and `<!-- NAME:end -->`. */
export function writeSection(name: string, body: string): string {
  const file = join(REPO_ROOT, 'BENCHMARKS.md');
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${begin}\n${body.trim()}\n${end}`;
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  const next = i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  return file;
}

export function nowUtc(): string {
  return new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

/** The commit measured: short hash, plus "+ uncommitted changes" when the tree is dirty. */
export function commitId(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!BENCHMARKS.md'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty === '' ? `commit ${hash}` : `commit ${hash} + uncommitted changes`;
  } catch {
    return 'commit unknown';
  }
}
