/*
 * control-messages.ts — what the daemon's main thread and its control thread
 * (control-worker.ts) tell each other. Main → control: sessions opening and closing (with
 * the shared flag a Cancel sets), runs starting and ending, progress (already throttled).
 * Control → main: a run was cancelled (for waits the main thread can still interrupt).
 */
import type { RunProgress } from '../../dbsys/session-api.js';

export type ToControl =
  | { readonly kind: 'open'; readonly session: string; readonly flags: SharedArrayBuffer }
  | { readonly kind: 'close'; readonly session: string }
  | { readonly kind: 'run'; readonly session: string; readonly run: number }
  | { readonly kind: 'progress'; readonly session: string; readonly run: number; readonly progress: RunProgress }
  | { readonly kind: 'done'; readonly session: string; readonly run: number };

export type FromControl =
  | { readonly kind: 'ready'; readonly port: number }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'cancel'; readonly session: string; readonly run: number };

/** What the control thread starts with: where to listen. */
export interface ControlWorkerData {
  /** the daemon's host address without the port; the control thread binds a free port there */
  readonly host: string;
}

/** A run's number as the shared Int32 flag holds it (client numbers are uint32). */
export function flagValue(run: number): number {
  return run | 0;
}
