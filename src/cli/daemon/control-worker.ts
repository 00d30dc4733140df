/*
 * control-worker.ts — the daemon's control thread: a worker thread with its own gRPC
 * server (service ingres.SessionControl on a free port of the daemon's host), which
 * answers while the main thread is inside a synchronous statement. Cancel stores the run's
 * number in the session's shared flag (the executor polls it) and tells the main thread;
 * Watch streams the progress the main thread posts here, until the run ends. Alive answers
 * a peer host that has not heard from the main thread for a while (serverdb).
 */
import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream } from '@grpc/grpc-js';
import { parentPort, workerData } from 'node:worker_threads';
import { ingresError } from '../../common/errors.js';
import type { RunProgress } from '../../dbsys/session-api.js';
import type { pbt } from '../../net/gen/index.js';
import { SessionControlService, type Decoded } from '../../net/services.js';
import { badMessage, errorToStatus } from '../../net/wire.js';
import { flagValue, SLOT, type ControlWorkerData, type FromControl, type ToControl } from './control-messages.js';

type WatchCall = ServerWritableStream<Decoded<pbt.IWatchRequest>, pbt.IProgressReport>;

interface SessionState {
  /** shared with the main thread (control-messages.ts SLOT): cancel, current, lastDone, watched */
  readonly flags: Int32Array;
  /** the latest progress of the run in flight, for a watcher that comes late */
  latest: pbt.IProgressReport | null;
  /** the run `latest` belongs to */
  latestRun: number;
  readonly watchers: Map<number, Set<WatchCall>>;
}

const currentOf = (state: SessionState): number => Atomics.load(state.flags, SLOT.current);

const sessions = new Map<string, SessionState>();

function post(message: FromControl): void {
  parentPort?.postMessage(message);
}

function report(run: number, progress: RunProgress): pbt.IProgressReport {
  return { runId: run, ...progress };
}

function ended(state: SessionState, run: number): boolean {
  return run <= Atomics.load(state.flags, SLOT.lastDone) && run !== currentOf(state);
}

function request<T>(call: { request: Decoded<T> }): T {
  if (!call.request.ok) throw badMessage(call.request.error, 'client');
  return call.request.message;
}

function cancel(call: ServerUnaryCall<Decoded<pbt.ICancelRequest>, pbt.ICancelReply>, callback: sendUnaryData<pbt.ICancelReply>): void {
  try {
    const message = request(call);
    const id = message.sessionId ?? '';
    const state = sessions.get(id);
    if (state === undefined) throw ingresError(8011, id);
    const asked = message.runId ?? 0;
    const run = asked !== 0 ? asked : currentOf(state);
    if (run === 0 || ended(state, run)) {
      callback(null, { cancelled: false });
      return;
    }
    cancelRun(id, state, run);
    callback(null, { cancelled: true });
  } catch (error) {
    callback(errorToStatus(error));
  }
}

/** Flag `run` cancelled: the executor polls the flag; the main thread hears it too. */
function cancelRun(session: string, state: SessionState, run: number): void {
  Atomics.store(state.flags, SLOT.cancel, flagValue(run));
  post({ kind: 'cancel', session, run });
}

function watch(call: WatchCall): void {
  let state: SessionState | undefined;
  let run = 0;
  let message: pbt.IWatchRequest;
  try {
    message = request(call);
    state = sessions.get(message.sessionId ?? '');
    if (state === undefined) throw ingresError(8011, message.sessionId ?? '');
    run = message.runId ?? 0;
  } catch (error) {
    call.emit('error', errorToStatus(error));
    return;
  }
  if (ended(state, run)) {
    call.end();
    return;
  }
  let watchers = state.watchers.get(run);
  if (watchers === undefined) {
    watchers = new Set();
    state.watchers.set(run, watchers);
  }
  watchers.add(call);
  const forget = (): void => { watchers.delete(call); };
  const session = message.sessionId ?? '';
  const lease = message.cancelOnClose === true;
  call.on('cancelled', () => {
    forget();
    // the client went away with its run still going: nobody will read the results
    if (lease && state !== undefined && !ended(state, run)) cancelRun(session, state, run);
  });
  call.on('error', forget);
  // store the watch, then look for the end (the main thread does the reverse: see control.ts)
  Atomics.store(state.flags, SLOT.watched, flagValue(run));
  if (ended(state, run)) {
    endWatchers(state, run);
    return;
  }
  if (state.latestRun === run && state.latest !== null) call.write(state.latest);
}

/** End the watch streams of `run` and of every earlier run of the session. */
function endWatchers(state: SessionState, upTo: number): void {
  for (const [run, calls] of state.watchers) {
    if (run > upTo) continue;
    for (const call of calls) if (!call.cancelled) call.end();
    state.watchers.delete(run);
  }
}

function onMessage(message: ToControl): void {
  if (message.kind === 'open') {
    sessions.set(message.session, {
      flags: new Int32Array(message.flags), latest: null, latestRun: 0, watchers: new Map(),
    });
    return;
  }
  const state = sessions.get(message.session);
  if (state === undefined) return;
  switch (message.kind) {
    case 'close':
      endWatchers(state, Infinity);
      sessions.delete(message.session);
      break;
    case 'progress': {
      if (ended(state, message.run)) break;
      state.latest = report(message.run, message.progress);
      state.latestRun = message.run;
      for (const call of state.watchers.get(message.run) ?? []) call.write(state.latest);
      break;
    }
    case 'done':
      if (state.latestRun === message.run) state.latest = null;
      endWatchers(state, message.run);
      break;
  }
}

/** Alive: this thread answers; the main thread's last tick says whether a statement holds it */
function alive(tick: Float64Array) {
  return (_call: ServerUnaryCall<Decoded<pbt.IAliveRequest>, pbt.IAliveReply>, callback: sendUnaryData<pbt.IAliveReply>): void => {
    callback(null, { pid: process.pid, mainSilentMs: Math.max(0, Date.now() - (tick[0] ?? 0)) });
  };
}

function main(): void {
  const { host, tick } = workerData as ControlWorkerData;
  const server = new Server();
  server.addService(SessionControlService, { Cancel: cancel, Watch: watch, Alive: alive(new Float64Array(tick)) });
  parentPort?.on('message', onMessage);
  server.bindAsync(`${host}:0`, ServerCredentials.createInsecure(), (error, port) => {
    if (error) post({ kind: 'failed', message: error.message });
    else post({ kind: 'ready', port });
  });
}

main();
