/*
 * lock-manager.ts — strict two-phase locking: S/X on relations, or IS/IX on a relation with
 * S/X on one of its keys (and SIX, S and IX at once, for an owner that asked for both).
 * Grants are FIFO per lock; an upgrade goes to the head. A request that would close a cycle
 * in the waits-for graph ends the youngest transaction on the cycle (6001, retryable), so
 * the oldest always gets through; parts of global transactions also follow wait-die among
 * themselves (6015), so deadlocks end at once, across hosts too.
 */
import { IngresError, assert } from '../common/errors.js';
import type { LockMode, LockRequest } from '../storage/api.js';

interface Waiter {
  readonly owner: string;
  readonly mode: LockMode;
  readonly upgrade: boolean;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout> | null;
  /** Date.now() when the wait began */
  readonly since: number;
}

/** One wait in this lock manager: the distributed deadlock detector's input (waits()). */
export interface LockWait {
  readonly owner: string;
  readonly name: string;
  readonly since: number;
  /** the owners it waits for: incompatible holders and earlier incompatible waiters */
  readonly blockers: readonly string[];
}

interface LockState {
  readonly holders: Map<string, LockMode>;
  readonly queue: Waiter[];
}

export interface LockSnapshot {
  readonly name: string;
  readonly holders: readonly { readonly owner: string; readonly mode: LockMode }[];
  readonly waiters: readonly { readonly owner: string; readonly mode: LockMode }[];
}

/** Modes two owners may hold at once (Gray's matrix): IS with all but X, IX with IS and
 *  IX, S with IS and S, SIX with IS alone, X with nothing. */
const COMPATIBLE: Record<LockMode, ReadonlySet<LockMode>> = {
  IS: new Set(['IS', 'IX', 'S', 'SIX']),
  IX: new Set(['IS', 'IX']),
  S: new Set(['IS', 'S']),
  SIX: new Set(['IS']),
  X: new Set(),
};

function compatible(a: LockMode, b: LockMode): boolean {
  return COMPATIBLE[a].has(b);
}

/**
 * The least mode that grants both: IS < IX, S < SIX < X, so any two of IX, S and SIX make
 * SIX (a transaction that reads a whole relation and changes one key of it: readers of
 * other keys go on, writers of any key wait).
 */
export function joinLockModes(a: LockMode, b: LockMode): LockMode {
  if (a === b) return a;
  if (a === 'X' || b === 'X') return 'X';
  if (a === 'IS') return b;
  if (b === 'IS') return a;
  return 'SIX';
}

/** Does holding `held` grant `requested`? */
export function lockCovers(held: LockMode | undefined, requested: LockMode): boolean {
  return held !== undefined && joinLockModes(held, requested) === held;
}

/** Lock requests merged by name (the join of the modes asked for one name). */
export function mergeLockRequests(requests: Iterable<{ readonly name: string; readonly mode: LockMode }>, into: Map<string, LockMode> = new Map()): Map<string, LockMode> {
  for (const l of requests) {
    const held = into.get(l.name);
    into.set(l.name, held === undefined ? l.mode : joinLockModes(held, l.mode));
  }
  return into;
}

/** The lock name of the tuples of `relation` whose key has the values `key` (keyForm). */
export function keyLockName(relation: string, key: readonly unknown[]): string {
  return `${relation}${KEY_SEPARATOR}${JSON.stringify(key)}`;
}

/** Is `name` the lock of one key of a relation (keyLockName)? */
export function isKeyLock(name: string): boolean {
  return name.includes(KEY_SEPARATOR);
}

/** The relation a lock name belongs to (itself for a relation or CATALOG_LOCK). */
export function lockRelation(name: string): string {
  const at = name.indexOf(KEY_SEPARATOR);
  return at < 0 ? name : name.slice(0, at);
}

/** A lock name as users read it: `acct1`, or `acct1 (key [5])`. */
export function describeLock(name: string): string {
  const at = name.indexOf(KEY_SEPARATOR);
  return at < 0 ? name : `${name.slice(0, at)} (key ${name.slice(at + 1)})`;
}

/** never in a relation name (names are letters, digits and _) */
const KEY_SEPARATOR = '\u0000';

export class LockManager {
  /**
   * waitTimeoutMs: a request that waits longer is rejected with IngresError 6002
   * (retryable). 0 = wait until granted; local deadlocks are found without it, but a
   * distributed deadlock (issue 3) spans lock managers and needs the timeout.
   */
  constructor(private readonly waitTimeoutMs = 0) {}

  private readonly locks = new Map<string, LockState>();
  /** owner → the lock name it waits for (at most one at a time) */
  private readonly waitingFor = new Map<string, string>();
  /** owner → names it holds */
  private readonly held = new Map<string, Set<string>>();
  /** owner → when it first asked for a lock (a counter): its age as a deadlock victim */
  private readonly born = new Map<string, number>();
  private births = 0;
  /** owner → its wait-die priority (global transactions only; smaller = older) */
  private readonly priorities = new Map<string, string>();

  /** `owner` is a global transaction's part: wait-die against other global parts (see acquire). */
  setPriority(owner: string, priority: string): void {
    this.priorities.set(owner, priority);
  }

  /** name → how many times an X lock on it was granted or released (see exclusiveEpoch) */
  private readonly xEpochs = new Map<string, number>();

  /**
   * Changes whenever an X lock on `name` (a relation or the catalog, not a key) is
   * granted or released. If it is the same before
   * and after some interval, and the caller's S or X request on `name` was pending or held
   * over it, no other transaction held X on `name` at any moment of the interval: what
   * was read under that name then (the catalog, for CATALOG_LOCK) is still what a reader
   * granted the lock now would see. The session uses it to analyze a statement once.
   */
  exclusiveEpoch(name: string): number {
    return this.xEpochs.get(name) ?? 0;
  }

  private bumpExclusive(name: string): void {
    // relations and the catalog only: one entry per key ever locked would never shrink
    if (isKeyLock(name)) return;
    this.xEpochs.set(name, (this.xEpochs.get(name) ?? 0) + 1);
  }

  /** The mode `owner` holds on `name`, if any. */
  holds(owner: string, name: string): LockMode | undefined {
    return this.locks.get(name)?.holders.get(owner);
  }

  /** Every lock `owner` holds, with its mode (what a prepare records). */
  heldBy(owner: string): LockRequest[] {
    const out: LockRequest[] = [];
    for (const name of this.held.get(owner) ?? []) {
      const mode = this.holds(owner, name);
      if (mode !== undefined) out.push({ name, mode });
    }
    return out;
  }

  /**
   * Acquire `requested` on `name` for `owner` (joined with what it holds there: S then IX
   * is X). Resolves when granted; rejects with IngresError 6001 when waiting would
   * deadlock (the caller must then roll back and release). An upgrade waits at the head.
   */
  acquire(owner: string, name: string, requested: LockMode): Promise<void> {
    assert(!this.waitingFor.has(owner), `transaction ${owner} already waits for a lock`);
    if (!this.born.has(owner)) this.born.set(owner, ++this.births);
    let state = this.locks.get(name);
    if (state === undefined) {
      state = { holders: new Map(), queue: [] };
      this.locks.set(name, state);
    }
    const current = state.holders.get(owner);
    const target = current === undefined ? requested : joinLockModes(current, requested);
    if (current === target) return Promise.resolve();
    const upgrade = current !== undefined;
    if (this.grantable(state, owner, target, upgrade)) {
      this.grant(state, owner, name, target);
      return Promise.resolve();
    }
    const mode = target;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { owner, mode, upgrade, resolve, reject, timer: null, since: Date.now() };
      if (upgrade) state.queue.unshift(waiter);
      else state.queue.push(waiter);
      this.waitingFor.set(owner, name);
      if (this.endDeadlocks(owner) === owner) {
        state.queue.splice(state.queue.indexOf(waiter), 1);
        this.waitingFor.delete(owner);
        this.dropIfUnused(name, state);
        reject(deadlockVictim(`waiting for ${mode} lock on ${describeLock(name)} would close a cycle in the waits-for graph, and this is its youngest transaction`));
        return;
      }
      // a victim's queue place freed may have granted this request already
      if (this.waitingFor.get(owner) !== name) return;
      // wait-die between global transactions: a younger one never waits for an older one,
      // so no cycle of global transactions can span hosts (each host's graph sees its part)
      const older = this.olderBlocker(owner);
      if (older !== undefined) {
        // (a blocker in doubt for a host that is down: that is the reason to give, 7004 —
        // "rolled back to avoid a deadlock" would send the user to retry in vain)
        const orphan = this.orphanWait?.(name, this.blockers(owner)) ?? null;
        state.queue.splice(state.queue.indexOf(waiter), 1);
        this.waitingFor.delete(owner);
        this.dropIfUnused(name, state);
        if (orphan !== null) {
          reject(orphan);
          return;
        }
        reject(new IngresError(6015, `the transaction was rolled back to avoid a distributed deadlock: it would wait for an older global transaction on ${describeLock(name)}`, {
          detail: `wait-die: ${owner} is younger than ${older}, which holds or waits for a lock on ${describeLock(name)} that conflicts with ${mode}`,
          hint: 'Run the transaction again.',
        }));
        return;
      }
      if (this.waitTimeoutMs > 0) {
        waiter.timer = setTimeout(() => this.timeOut(name, waiter), this.waitTimeoutMs);
      }
      // (after this acquire returns its promise: the listener may break the wait at once)
      if (this.onWait !== null) queueMicrotask(this.onWait);
    });
  }

  /**
   * Grant `requested` on `name` to `owner` now if no other owner's lock stands in the way
   * (an upgrade of what it holds, or a new lock on a name nobody waits for); never waits.
   */
  tryAcquire(owner: string, name: string, requested: LockMode): boolean {
    assert(!this.waitingFor.has(owner), `transaction ${owner} already waits for a lock`);
    const state = this.locks.get(name) ?? { holders: new Map<string, LockMode>(), queue: [] };
    const current = state.holders.get(owner);
    const target = current === undefined ? requested : joinLockModes(current, requested);
    if (current === target) return true;
    if (!this.grantable(state, owner, target, current !== undefined)) return false;
    this.locks.set(name, state);
    this.grant(state, owner, name, target);
    return true;
  }

  /**
   * Called (in a microtask) whenever a lock request starts to wait: the TM ends at once a
   * wait behind a part in doubt for a coordinator that is down (7004), instead of at its
   * next periodic check.
   */
  onWait: (() => void) | null = null;

  /**
   * The error for a wait on `name` behind `blockers` when one of them is a transaction in
   * doubt for a host that is down (the TM's 7004), else null. Asked where wait-die would
   * end the wait, so that the user hears the real reason.
   */
  orphanWait: ((name: string, blockers: readonly string[]) => Error | null) | null = null;

  /** A global transaction `owner` would wait for that is older than it, if any. */
  private olderBlocker(owner: string): string | undefined {
    const mine = this.priorities.get(owner);
    if (mine === undefined) return undefined;
    for (const blocker of this.blockers(owner)) {
      const theirs = this.priorities.get(blocker);
      if (theirs !== undefined && theirs < mine) return blocker;
    }
    return undefined;
  }

  private timeOut(name: string, waiter: Waiter): void {
    if (this.locks.get(name)?.queue.includes(waiter) !== true) return;
    this.breakWait(waiter.owner, new IngresError(6002, `lock wait timed out on ${describeLock(name)}; the transaction was rolled back`, {
      detail: `waited ${this.waitTimeoutMs} ms for a ${waiter.mode} lock`,
      hint: 'Run the transaction again.',
    }));
  }

  /** Release every lock of `owner` (end of transaction) and wake whoever can now run. */
  releaseAll(owner: string): void {
    // an abandoned wait (the transaction ended while waiting): withdraw it (the error is
    // built only then: an Error's stack capture is a measurable cost on every commit)
    if (this.waitingFor.has(owner)) this.breakWait(owner, new IngresError(6005, 'the transaction was aborted: it ended while waiting for a lock'));
    this.priorities.delete(owner);
    this.born.delete(owner);
    const names = this.held.get(owner);
    if (names === undefined) return;
    this.held.delete(owner);
    for (const name of names) {
      const state = this.locks.get(name);
      if (state === undefined) continue;
      if (state.holders.get(owner) === 'X') this.bumpExclusive(name);
      state.holders.delete(owner);
      this.wake(name, state);
    }
  }

  /** Every wait now, with whom it waits for (src/tm/deadlock.ts builds the global graph). */
  waits(): LockWait[] {
    const out: LockWait[] = [];
    for (const [owner, name] of this.waitingFor) {
      const waiter = this.locks.get(name)?.queue.find((w) => w.owner === owner);
      if (waiter !== undefined) out.push({ owner, name, since: waiter.since, blockers: this.blockers(owner) });
    }
    return out;
  }

  /**
   * End `owner`'s wait with `error` — a timeout (6002), its transaction ending (6005), or a
   * victim of a deadlock no single lock manager can see (6001): the request rejects, the
   * queue behind it moves on. False when it no longer waits.
   */
  breakWait(owner: string, error: Error): boolean {
    const name = this.waitingFor.get(owner);
    if (name === undefined) return false;
    this.waitingFor.delete(owner);
    const state = this.locks.get(name);
    if (state === undefined) return false;
    const index = state.queue.findIndex((w) => w.owner === owner);
    const waiter = index >= 0 ? state.queue.splice(index, 1)[0] : undefined;
    if (waiter !== undefined) {
      if (waiter.timer !== null) clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.wake(name, state);
    return waiter !== undefined;
  }

  /** Current lock table (for monitoring and tests). */
  snapshot(): LockSnapshot[] {
    const out: LockSnapshot[] = [];
    for (const [name, state] of this.locks) {
      out.push({
        name,
        holders: [...state.holders].map(([owner, mode]) => ({ owner, mode })),
        waiters: state.queue.map((w) => ({ owner: w.owner, mode: w.mode })),
      });
    }
    return out;
  }

  private grantable(state: LockState, owner: string, mode: LockMode, upgrade: boolean): boolean {
    for (const [holder, held] of state.holders) {
      if (holder !== owner && !compatible(held, mode)) return false;
    }
    return upgrade || state.queue.length === 0;
  }

  private grant(state: LockState, owner: string, name: string, mode: LockMode): void {
    if (!this.born.has(owner)) this.born.set(owner, ++this.births);
    if (mode === 'X' && state.holders.get(owner) !== 'X') this.bumpExclusive(name);
    state.holders.set(owner, mode);
    let names = this.held.get(owner);
    if (names === undefined) {
      names = new Set();
      this.held.set(owner, names);
    }
    names.add(name);
  }

  /** Grant queued requests from the head while they are compatible (FIFO). */
  private wake(name: string, state: LockState): void {
    while (state.queue.length > 0) {
      const head = state.queue[0] as Waiter;
      let ok = true;
      for (const [holder, held] of state.holders) {
        if (holder !== head.owner && !compatible(held, head.mode)) ok = false;
      }
      if (!ok) break;
      state.queue.shift();
      if (head.timer !== null) clearTimeout(head.timer);
      this.waitingFor.delete(head.owner);
      this.grant(state, head.owner, name, head.mode);
      head.resolve();
    }
    this.dropIfUnused(name, state);
  }

  private dropIfUnused(name: string, state: LockState): void {
    if (state.holders.size === 0 && state.queue.length === 0) this.locks.delete(name);
  }

  /**
   * Owners that `owner` waits for: incompatible holders, and every waiter ahead of it in
   * the queue — compatible or not, since grants are FIFO (`wake` stops at the first head it
   * cannot grant), so it is granted only after them. Until 12-07 only incompatible earlier
   * waiters counted: an IS queued behind an IX that waits for an S holder had no edge at
   * all, and a deadlock through that queue was never found (sessions hung for good; found
   * by test/process/serializable.test.ts).
   */
  private blockers(owner: string): string[] {
    const name = this.waitingFor.get(owner);
    if (name === undefined) return [];
    const state = this.locks.get(name);
    if (state === undefined) return [];
    const out: string[] = [];
    let mode: LockMode = 'IS';
    let position = -1;
    state.queue.forEach((w, index) => {
      if (w.owner === owner) {
        mode = w.mode;
        position = index;
      }
    });
    for (const [holder, held] of state.holders) {
      if (holder !== owner && !compatible(held, mode)) out.push(holder);
    }
    for (let index = 0; index < position; index++) {
      const earlier = state.queue[index] as Waiter;
      if (earlier.owner !== owner) out.push(earlier.owner);
    }
    return out;
  }

  /**
   * `start` has just begun to wait: end every cycle its wait closed. Each cycle's youngest
   * transaction (latest first lock) is the victim; when that is `start` it is returned
   * (the caller rejects its request) and the search stops, otherwise the victim's wait is
   * broken with 6001 — which removes its edge and so that cycle — and the search goes on.
   * Victim by age rather than "whoever closed the cycle" keeps sessions that retry at once
   * from choosing each other forever: a retry is young, the oldest transaction is never
   * chosen, so it always finishes.
   */
  private endDeadlocks(start: string): string | null {
    for (;;) {
      const cycle = this.cycleThrough(start);
      if (cycle === null) return null;
      const victim = cycle.reduce((a, b) => ((this.born.get(b) ?? 0) > (this.born.get(a) ?? 0) ? b : a));
      if (victim === start) return start;
      this.breakWait(victim, deadlockVictim(`its wait for a lock on ${describeLock(this.waitingFor.get(victim) ?? '')} was on a cycle in the waits-for graph closed by another transaction, and this was the cycle's youngest transaction`));
      if (!this.waitingFor.has(start)) return null;
    }
  }

  /** The owners on one cycle of the waits-for graph through `start` (it first), or null. */
  private cycleThrough(start: string): string[] | null {
    const seen = new Set<string>([start]);
    const path: string[] = [start];
    const pending: string[][] = [this.blockers(start)];
    while (pending.length > 0) {
      const next = (pending[pending.length - 1] as string[]).pop();
      if (next === undefined) {
        pending.pop();
        path.pop();
        continue;
      }
      if (next === start) return path;
      if (seen.has(next)) continue;
      seen.add(next);
      path.push(next);
      pending.push(this.blockers(next));
    }
    return null;
  }
}

function deadlockVictim(detail: string): IngresError {
  return new IngresError(6001, 'deadlock: this transaction was chosen as the victim and rolled back', { detail, hint: 'Run the transaction again.' });
}
