/*
 * statement-gate.ts — free turns of the event loop between long statements. Statements run
 * on the daemon's one main thread; started back to back they leave no room for anything
 * else: a monitor's connection needs ~30 ms of the thread free (handshake, then the call),
 * so while long statements queued it waited several statements per step. After a hold of
 * LONG_HOLD_MS or more, the next statement starts only once the thread has been free GAP_MS,
 * and queued statements of sessions whose statements are short go first.
 */
import { performance } from 'node:perf_hooks';
import { ingresError } from './errors.js';

/** A hold this long (ms) earns the others a gap before the next statement starts. */
export const LONG_HOLD_MS = 200;
/** The gap (ms): a new connection and its first call fit in it (at most 20% of a long hold's time). */
export const GAP_MS = 40;
/** How often (ms) the thread is sampled while statements are in flight. */
const TICK_MS = 10;
/** A queued start that short ones may pass at most this many times (then it goes first). */
export const MAX_PASSED = 4;

interface Waiting {
  readonly start: () => void;
  readonly short: boolean;
  /** a statement's start (counted in flight until `leave`), not a resumption */
  readonly counted: boolean;
  passed: number;
}

/**
 * Holds are seen by lateness: a sampling timer (running only while a statement is in
 * flight) that fires LONG_HOLD_MS late found the thread held, and so does a statement's
 * end. A statement's long part may run turns after it started (after lock or catalog
 * waits), so timing the start alone would miss it. With no recent hold a statement starts
 * at once (short statements pay a comparison, no timer); otherwise the starts queue and go
 * one per timer, each after GAP_MS free: short ones first, else in arrival order. The gate
 * never waits for a statement to end: one waiting for a lock holds nothing.
 */
export class StatementGate {
  private readonly queue: Waiting[] = [];
  private inFlight = 0;
  private sampler: NodeJS.Timeout | undefined;
  private lastSample = 0;
  /** performance.now() when a long hold was last seen to end (-Infinity = never) */
  private heldUntil = -Infinity;
  private releaseTimer: NodeJS.Timeout | undefined;
  /** the longest one statement may hold the thread in one stretch (ms; 0 = no limit) */
  private holdLimit = 0;

  constructor(
    private readonly longHoldMs = LONG_HOLD_MS,
    private readonly gapMs = GAP_MS,
  ) {}

  /**
   * Call right before starting a statement; undefined: start now, else await the promise
   * first. Either way call `leave()` once it has ended. `short`: the session's statements
   * have been short (or it has none yet); a queued short one starts before queued long ones
   * (an interactive query does not wait behind a queue of cross products), passing each at
   * most MAX_PASSED times.
   */
  enter(short = true): Promise<void> | undefined {
    const now = performance.now();
    this.sample(now);
    if (this.queue.length === 0 && this.releaseTimer === undefined && now - this.heldUntil >= this.gapMs) {
      this.started();
      return undefined;
    }
    return this.wait(now, short, true);
  }

  /**
   * Call where a started statement goes on after its lock waits (locks granted together
   * would run their statements' long parts back to back); undefined: go on now. It waits
   * only for the gap after a hold, and then before any start (it was admitted already).
   */
  resume(): Promise<void> | undefined {
    const now = performance.now();
    this.sample(now);
    if (now - this.heldUntil >= this.gapMs) return undefined;
    return this.wait(now, false, false);
  }

  private wait(now: number, short: boolean, counted: boolean): Promise<void> {
    const turn = new Promise<void>((resolve) => {
      const waiting: Waiting = { start: resolve, short, counted, passed: 0 };
      if (counted) {
        this.queue.push(waiting);
      } else {
        // after the resumptions already waiting, before every start
        const firstStart = this.queue.findIndex((w) => w.counted);
        this.queue.splice(firstStart < 0 ? this.queue.length : firstStart, 0, waiting);
      }
    });
    this.scheduleRelease(now);
    return turn;
  }

  leave(): void {
    // a hold that ended with this statement counts for the next start
    this.sample(performance.now());
    this.inFlight -= 1;
  }

  /** Bound how long a statement may hold the thread in one stretch (0: no bound; the
   *  daemon sets it from INGRES_HOLD_LIMIT_MS). */
  limitHolds(ms: number): void {
    this.holdLimit = ms;
  }

  get holdLimitMs(): number {
    return this.holdLimit;
  }

  /**
   * Whether the thread has been held past the limit: while statements are in flight the
   * sampler runs every TICK_MS, so the time since it (or a statement's start or end) last
   * ran is the current stretch. RunControl asks this every few thousand tuples and stops
   * the statement (8032) — nothing else can take the thread back from a synchronous one.
   */
  overHoldLimit(now = performance.now()): boolean {
    return this.holdLimit > 0 && this.sampler !== undefined && now - this.lastSample > this.holdLimit;
  }

  /** Throw 8032 if the statement running now is over the hold limit (overHoldLimit). */
  checkHold(): void {
    if (this.overHoldLimit()) throw ingresError(8032, this.holdLimit);
  }

  /** statements waiting for their turn */
  get waiting(): number {
    return this.queue.length;
  }

  private started(): void {
    this.inFlight += 1;
    if (this.sampler === undefined) {
      this.lastSample = performance.now();
      this.sampler = setInterval(() => this.tick(), TICK_MS);
      this.sampler.unref();
    }
  }

  /** The sampler's turn; it stops itself once nothing is in flight (statements one after
   *  another share one timer instead of making one each). */
  private tick(): void {
    this.sample(performance.now());
    if (this.inFlight === 0 && this.sampler !== undefined) {
      clearInterval(this.sampler);
      this.sampler = undefined;
    }
  }

  /** Note a hold if the sampler has not run for LONG_HOLD_MS (it was due every TICK_MS). */
  private sample(now: number): void {
    if (this.sampler !== undefined && now - this.lastSample >= this.longHoldMs) this.heldUntil = now;
    this.lastSample = now;
  }

  private scheduleRelease(now: number): void {
    if (this.releaseTimer !== undefined) return;
    const wait = Math.max(0, this.heldUntil + this.gapMs - now);
    const due = now + wait;
    this.releaseTimer = setTimeout(() => this.release(due), wait);
  }

  /** One queued start per timer, and only after GAP_MS free since the last hold. */
  private release(due: number): void {
    this.releaseTimer = undefined;
    const now = performance.now();
    // this timer itself late: the thread was held meanwhile
    if (now - due >= this.longHoldMs) this.heldUntil = now;
    this.sample(now);
    if (now - this.heldUntil < this.gapMs) {
      this.scheduleRelease(now);
      return;
    }
    const next = this.take();
    if (next === undefined) return;
    if (next.counted) this.started();
    next.start();
    if (this.queue.length > 0) this.scheduleRelease(now);
  }

  /** A resumption; else the oldest queued short start, unless the oldest of all has been
   *  passed MAX_PASSED times. */
  private take(): Waiting | undefined {
    const oldest = this.queue[0];
    if (oldest === undefined || !oldest.counted || oldest.short || oldest.passed >= MAX_PASSED) return this.queue.shift();
    const index = this.queue.findIndex((waiting) => waiting.short);
    if (index < 0) return this.queue.shift();
    for (let i = 0; i < index; i++) (this.queue[i] as Waiting).passed += 1;
    return this.queue.splice(index, 1)[0];
  }
}

/** The process's gate: the daemon's statement starts and every statement's resumption after
 *  its lock waits (dbsys) share it, as they share the thread. */
export const statementGate = new StatementGate();
