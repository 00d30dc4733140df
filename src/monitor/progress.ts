/*
 * progress.ts — the progress bar of a long copy on the monitor's terminal (cli-progress,
 * on stderr; only when stderr is a terminal and not -s). Reports come from the daemon's
 * control thread once a run has taken ~1 s (net/client.ts); the bar is drawn in place and
 * cleared when the query ends, so nothing of it stays in the output.
 */
import cliProgress from 'cli-progress';
import type { RunProgress } from '../dbsys/session-api.js';

/** What the bar shows for one report: how far of how much, and the words beside it. */
export interface ProgressView {
  readonly value: number;
  readonly total: number;
  /** e.g. "3.2 MB of 7.2 MB" or "130000 of 300000 records" */
  readonly done: string;
  /** e.g. "130000 records" */
  readonly detail: string;
}

/** Bytes for people: 512 B, 3.2 KB, 7.2 MB, 1.1 GB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit] as string}`;
}

/**
 * The bar's view of a report: bytes of the file's size when the size is known (copy
 * from), else records of the relation's tuples (copy into), else records alone.
 */
export function progressView(progress: RunProgress): ProgressView {
  if (progress.bytesTotal > 0) {
    return {
      value: Math.min(progress.bytes, progress.bytesTotal),
      total: progress.bytesTotal,
      done: `${formatBytes(progress.bytes)} of ${formatBytes(progress.bytesTotal)}`,
      detail: `${progress.records} records`,
    };
  }
  if (progress.recordsTotal > 0) {
    return {
      value: Math.min(progress.records, progress.recordsTotal),
      total: progress.recordsTotal,
      done: `${progress.records} of ${progress.recordsTotal} records`,
      detail: formatBytes(progress.bytes),
    };
  }
  return { value: 0, total: 0, done: `${progress.records} records`, detail: formatBytes(progress.bytes) };
}

const FORMAT = '{what} [{bar}] {percentage}% | {done} | {detail}';

/** One bar at a time; `update(null)` when the query ended clears it. */
export class ProgressBar {
  private bar: cliProgress.SingleBar | null = null;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(progress: RunProgress | null): void {
    if (progress === null) {
      this.bar?.stop();
      this.bar = null;
      return;
    }
    const view = progressView(progress);
    const payload = { what: progress.what, done: view.done, detail: view.detail };
    if (this.bar === null) {
      this.bar = new cliProgress.SingleBar({
        stream: this.stream,
        format: FORMAT,
        barsize: 24,
        clearOnComplete: true,
        hideCursor: false,
        linewrap: false,
        fps: 5,
      }, cliProgress.Presets.legacy);
      this.bar.start(view.total, view.value, payload);
      return;
    }
    if (this.bar.getTotal() !== view.total) this.bar.setTotal(view.total);
    this.bar.update(view.value, payload);
  }
}
