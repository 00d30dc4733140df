/*
 * timeline.ts — timeline marks for latency work: with INGRES_TIMELINE=DIR every process
 * appends "<epoch ms, µs precision> <pid> <label> <id>" lines to DIR/timeline.<pid>
 * (buffered, written every 300 ms); unset, mark() is one comparison. Processes on one
 * machine share the clock, so `node scripts/timeline.mjs DIR` lines up one transaction's
 * marks across hosts by its global id (BENCHMARKS.md, "Where a transfer's time goes").
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const directory = process.env['INGRES_TIMELINE'];
const pending: string[] = [];

/**
 * Record `label` now (`id`: the global id it belongs to, or a number; `host`: written as
 * `label:host`). Built here, not by the caller, so a mark that is off allocates nothing.
 */
export function mark(label: string, id: string | number = '', host?: string): void {
  if (directory === undefined) return;
  const name = host === undefined ? label : `${label}:${host}`;
  pending.push(`${(performance.timeOrigin + performance.now()).toFixed(3)} ${process.pid} ${name} ${id}`);
}

if (directory !== undefined) {
  setInterval(() => {
    if (pending.length === 0) return;
    try {
      appendFileSync(join(directory, `timeline.${process.pid}`), `${pending.join('\n')}\n`);
    } catch {
      // a diagnostic: a directory that went away loses the marks, never the process
    }
    pending.length = 0;
  }, 300).unref();
}
