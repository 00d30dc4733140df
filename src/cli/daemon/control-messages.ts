/*
 * control-messages.ts — what the daemon's main thread and its control thread
 * (control-worker.ts) tell each other. Main → control: sessions opening and closing (with
 * the shared slots: runs starting and ending are stores there), progress (already
 * throttled), the end of a watched run. Control → main: a run was cancelled (for waits the
 * main thread can still interrupt).
 */
import type { RunProgress } from '../../dbsys/session-api.js';

export type ToControl =
  | { readonly kind: 'open'; readonly session: string; readonly flags: SharedArrayBuffer }
  | { readonly kind: 'close'; readonly session: string }
  | { readonly kind: 'progress'; readonly session: string; readonly run: number; readonly progress: RunProgress }
  /** a run that somebody watches ended (the others end without a message) */
  | { readonly kind: 'done'; readonly session: string; readonly run: number };

/**
 * The session's shared Int32 slots. A run starting or ending is a store into them, not a
 * message: a message to the control thread costs ~50 µs of this thread's time each, and
 * every query buffer would pay two.
 */
export const SLOT = {
  /** the run a Cancel asked to stop (written by the control thread) */
  cancel: 0,
  /** the run in flight (0: none) */
  current: 1,
  /** the newest run that ended */
  lastDone: 2,
  /** a run somebody watches (written by the control thread): its end is posted */
  watched: 3,
} as const;
export const SLOTS = 4;

export type FromControl =
  | { readonly kind: 'ready'; readonly port: number }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'cancel'; readonly session: string; readonly run: number };

/** What the control thread starts with: where to listen. */
export interface ControlWorkerData {
  /** the daemon's host address without the port; the control thread binds a free port there */
  readonly host: string;
  /** Float64 [0]: Date.now() of the main thread's last tick (every MAIN_TICK_MS) */
  readonly tick: SharedArrayBuffer;
}

/** how often the main thread marks that it is alive and not held by a statement */
export const MAIN_TICK_MS = 100;

/** A run's number as the shared Int32 flag holds it (client numbers are uint32). */
export function flagValue(run: number): number {
  return run | 0;
}
