/*
 * global-id.ts — the id of a global (distributed) transaction: "<userhost>.<start ms>.<n>",
 * the user host, the wall-clock millisecond it began, and a counter of this process. The
 * id names its user host (for a participant's dbst and for hostDown) and orders global
 * transactions by age for wait-die (src/txn/lock-manager.ts): older = began earlier.
 */

let counter = 0;

/**
 * The global transactions this process's masters are running, from newGlobalId until
 * endGlobalId, however long: a TM rolls back a remote part whose master no longer runs it
 * (Tm.Active). Every master path ends its ids in a `finally`; past LIVE_MAX entries the
 * oldest go (a leaked id costs memory until then, and never ends a live transaction).
 */
const live = new Set<string>();
const LIVE_MAX = 100_000;

/**
 * A new global transaction id of `host`, registered as running here until endGlobalId.
 * `startMs`: keep the age of an earlier attempt (a transaction retried after it lost a
 * wait-die conflict must not become younger, or it could lose forever).
 */
export function newGlobalId(host: string, startMs: number = Date.now()): string {
  counter += 1;
  const id = `${host}.${Math.floor(startMs)}.${counter}`;
  while (live.size >= LIVE_MAX) {
    const oldest = live.values().next(); // insertion order = age order
    if (oldest.done === true) break;
    live.delete(oldest.value);
  }
  live.add(id);
  return id;
}

/** The master is done with `id` (committed, aborted, failed or its answer lost). */
export function endGlobalId(id: string): void {
  live.delete(id);
}

/** Is a master of this process still running `id` (Tm.Active)? */
export function isRunningGlobalId(id: string): boolean {
  return live.has(id);
}

/** The host named in a global id "<userhost>.<start ms>.<counter>" ('' if malformed). */
export function userHostOf(globalId: string): string {
  const parts = globalId.split('.');
  return parts.length >= 3 ? parts.slice(0, -2).join('.') : '';
}

/** The start millisecond of a global id (NaN if malformed). */
export function startOf(globalId: string): number {
  const parts = globalId.split('.');
  return parts.length >= 3 ? Number(parts[parts.length - 2]) : Number.NaN;
}

/**
 * The wait-die priority of a global id: strings that compare like (start ms, user host,
 * counter), so a smaller one is an older transaction. Malformed ids sort last (youngest).
 */
export function globalPriority(globalId: string): string {
  const parts = globalId.split('.');
  if (parts.length < 3) return `~${globalId}`;
  const ms = parts[parts.length - 2] ?? '';
  const n = parts[parts.length - 1] ?? '';
  if (!/^\d+$/.test(ms) || !/^\d+$/.test(n)) return `~${globalId}`;
  return `${ms.padStart(16, '0')} ${parts.slice(0, -2).join('.')} ${n.padStart(12, '0')}`;
}
