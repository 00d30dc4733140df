/*
 * control.ts — the main-thread side of the daemon's control thread (control-worker.ts):
 * starts it, tells it about sessions and runs, and gives each run the RunOptions its
 * session executes with: `cancelled()` reads the session's shared flag (set by the control
 * thread even while this thread is busy), `signal` is aborted when the cancel reaches this
 * thread, and `onProgress` posts the executor's reports at most every PROGRESS_INTERVAL_MS.
 */
import { Worker } from 'node:worker_threads';
import { IngresError } from '../../common/errors.js';
import type { RunOptions, RunProgress } from '../../dbsys/session-api.js';
import type { Logger } from '../../net/log.js';
import { flagValue, MAIN_TICK_MS, SLOT, SLOTS, type ControlWorkerData, type FromControl, type ToControl } from './control-messages.js';

/** Progress goes to the control thread at most this often (the executor reports far more
 *  often; a time check per report is all it costs the statement). */
export const PROGRESS_INTERVAL_MS = 250;

/** How long the control thread may take to start serving. */
const START_TIMEOUT_MS = 10_000;

/** One run's options, and what to call when it ended. */
export interface ControlledRun {
  readonly options: RunOptions;
  finish(): void;
}

export class SessionControl {
  private readonly flags = new Map<string, Int32Array>();
  /** runs in flight on this thread, by `session/run`: marked when their cancel arrives (a
   *  plain record: an AbortController cost ~5 µs a run, a tenth of a one-tuple query) */
  private readonly running = new Map<string, { cancelled: boolean }>();
  /** numbers for runs whose client sent none (negative, so never a client's) */
  private anonymousRuns = 0;

  private constructor(private readonly worker: Worker, readonly address: string, private readonly log: Logger) {
    worker.on('message', (message: FromControl) => {
      if (message.kind !== 'cancel') return;
      const run = this.running.get(`${message.session}/${message.run}`);
      if (run !== undefined) run.cancelled = true;
    });
    worker.on('error', (error) => log.error({ err: error }, 'control thread failed'));
  }

  /** Start the control thread on a free port of `host` (the daemon's own address). */
  static start(host: string, log: Logger): Promise<SessionControl> {
    const tick = new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT);
    const mark = new Float64Array(tick);
    mark[0] = Date.now();
    // Alive (control-worker.ts) tells peers how long this thread has been held
    setInterval(() => { mark[0] = Date.now(); }, MAIN_TICK_MS).unref();
    const data: ControlWorkerData = { host, tick };
    const worker = new Worker(new URL('./control-worker.js', import.meta.url), { workerData: data });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail('it did not answer'), START_TIMEOUT_MS);
      const fail = (why: string): void => {
        clearTimeout(timer);
        void worker.terminate();
        reject(new IngresError(8007, `cannot start the host daemon: control thread: ${why}`));
      };
      worker.once('error', (error) => fail(error.message));
      worker.once('message', (message: FromControl) => {
        if (message.kind !== 'ready') {
          fail(message.kind === 'failed' ? message.message : 'unexpected message');
          return;
        }
        clearTimeout(timer);
        worker.removeAllListeners('error');
        resolve(new SessionControl(worker, `${host}:${message.port}`, log));
      });
    });
  }

  private post(message: ToControl): void {
    this.worker.postMessage(message);
  }

  open(session: string): void {
    const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * SLOTS);
    this.flags.set(session, new Int32Array(shared));
    this.post({ kind: 'open', session, flags: shared });
  }

  close(session: string): void {
    this.flags.delete(session);
    this.post({ kind: 'close', session });
  }

  /** The options run `runId` of `session` executes with (0: the client numbered none). */
  run(session: string, runId: number): ControlledRun {
    const flags = this.flags.get(session) ?? new Int32Array(SLOTS);
    const run = runId === 0 ? -++this.anonymousRuns : runId;
    const key = `${session}/${run}`;
    const mark = { cancelled: false };
    this.running.set(key, mark);
    const value = flagValue(run);
    Atomics.store(flags, SLOT.current, value);
    let last = -Infinity;
    const onProgress = (progress: RunProgress): void => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      this.post({ kind: 'progress', session, run, progress });
    };
    return {
      options: { cancelled: () => mark.cancelled || Atomics.load(flags, SLOT.cancel) === value, onProgress },
      finish: () => {
        this.running.delete(key);
        // store the end, then look for a watcher (the control thread stores its watch, then
        // looks for the end: one of the two sees the other, so no watch is left open)
        if (value > Atomics.load(flags, SLOT.lastDone)) Atomics.store(flags, SLOT.lastDone, value);
        Atomics.compareExchange(flags, SLOT.current, value, 0);
        if (Atomics.load(flags, SLOT.watched) === value) this.post({ kind: 'done', session, run });
      },
    };
  }

  async stop(): Promise<void> {
    try {
      await this.worker.terminate();
    } catch (error) {
      this.log.warn({ err: error }, 'stopping the control thread failed');
    }
  }
}
