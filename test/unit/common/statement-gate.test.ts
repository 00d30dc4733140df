/*
 * statement-gate.test.ts — the daemon's StatementGate with real timers and real holds of
 * this thread (busy loops standing for a statement's CPU): short statements start at once;
 * after a long hold the next start waits until the thread has been free GAP_MS; queued
 * starts go in arrival order, except that short sessions' pass long ones (each at most
 * MAX_PASSED times); statements whose locks are granted together take turns as well,
 * before queued starts; a statement that waits (for a lock) holds nothing up.
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { GAP_MS, LONG_HOLD_MS, MAX_PASSED, StatementGate } from '../../../src/common/statement-gate.js';

/** Hold this thread for `ms` (a statement's synchronous work). */
function hold(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* busy */ }
}

/** A gate whose last statement held the thread long (its next start waits). */
function afterLongStatement(): StatementGate {
  const gate = new StatementGate();
  expect(gate.enter()).toBeUndefined();
  hold(LONG_HOLD_MS + 20);
  gate.leave();
  return gate;
}

/** Statements that each hold the thread long once their turn comes, recording the order and
 *  how long the thread had been free before each. */
function longStatements(gate: StatementGate): { order: string[]; free: number[]; run: (name: string, turn: Promise<void> | undefined) => Promise<void> } {
  const order: string[] = [];
  const free: number[] = [];
  let lastEnd = performance.now();
  const run = async (name: string, turn: Promise<void> | undefined): Promise<void> => {
    if (turn !== undefined) await turn;
    free.push(performance.now() - lastEnd);
    order.push(name);
    hold(LONG_HOLD_MS + 20);
    lastEnd = performance.now();
    gate.leave();
  };
  return { order, free, run };
}

/** Resolves on the next turn of the event loop after the current one. */
const nextTurn = (): Promise<void> => new Promise((resolve) => { setImmediate(resolve); });

describe('StatementGate', () => {
  test('short statements start at once, one after another', async () => {
    const gate = new StatementGate();
    for (let i = 0; i < 50; i++) {
      expect(gate.enter()).toBeUndefined();
      hold(1);
      gate.leave();
      await nextTurn();
    }
    expect(gate.waiting).toBe(0);
  });

  test('after a long hold the next start waits until the thread has been free GAP_MS', async () => {
    const gate = new StatementGate();
    expect(gate.enter()).toBeUndefined();
    hold(LONG_HOLD_MS + 50);
    gate.leave();
    const heldEnd = performance.now();
    const turn = gate.enter();
    expect(turn).toBeDefined();
    expect(gate.waiting).toBe(1);
    await turn;
    expect(performance.now() - heldEnd).toBeGreaterThanOrEqual(GAP_MS - 1);
    gate.leave();
  });

  test('a long hold in a statement that started earlier is seen too (its long part came later)', async () => {
    const gate = new StatementGate();
    expect(gate.enter()).toBeUndefined();
    await nextTurn(); // the statement waited (a lock), then works
    hold(LONG_HOLD_MS + 50);
    const heldEnd = performance.now();
    await nextTurn();
    const turn = gate.enter(); // another session's start, while the first is still in flight
    expect(turn).toBeDefined();
    await turn;
    expect(performance.now() - heldEnd).toBeGreaterThanOrEqual(GAP_MS - 1);
    gate.leave();
    gate.leave();
  });

  test('queued starts go in arrival order, each after a free gap when the one before held long', async () => {
    const gate = afterLongStatement();
    const { order, free, run } = longStatements(gate);
    const runs = ['1', '2', '3'].map((n) => run(n, gate.enter()));
    expect(gate.waiting).toBe(3);
    await Promise.all(runs);
    expect(order).toEqual(['1', '2', '3']);
    for (const ms of free) expect(ms).toBeGreaterThanOrEqual(GAP_MS - 1);
  });

  test('a short session\'s queued start goes before long ones queued earlier', async () => {
    const gate = afterLongStatement();
    const order: string[] = [];
    const run = async (name: string, short: boolean, ms: number): Promise<void> => {
      const turn = gate.enter(short);
      if (turn !== undefined) await turn;
      order.push(name);
      hold(ms);
      gate.leave();
    };
    await Promise.all([run('long1', false, LONG_HOLD_MS + 20), run('long2', false, 1), run('short', true, 1)]);
    expect(order).toEqual(['short', 'long1', 'long2']);
  });

  test(`a long start is passed at most ${MAX_PASSED} times, then goes first`, async () => {
    const gate = afterLongStatement();
    const order: string[] = [];
    const run = async (name: string, short: boolean): Promise<void> => {
      const turn = gate.enter(short);
      if (turn !== undefined) await turn;
      order.push(name);
      gate.leave();
    };
    const shorts = Array.from({ length: MAX_PASSED + 2 }, (_, i) => `short${i}`);
    await Promise.all([run('long', false), ...shorts.map((name) => run(name, true))]);
    expect(order).toEqual([...shorts.slice(0, MAX_PASSED), 'long', ...shorts.slice(MAX_PASSED)]);
  });

  test('statements resuming together after their lock waits take turns too, before queued starts', async () => {
    const gate = new StatementGate();
    expect(gate.enter()).toBeUndefined();
    expect(gate.enter()).toBeUndefined();
    expect(gate.enter()).toBeUndefined();
    await nextTurn(); // all three wait for a lock, granted to all at once
    const { order, free, run } = longStatements(gate);
    // each resume() is called as the one before has held the thread (one microtask run)
    const grants = (async () => {
      await Promise.all([run('a', gate.resume()), run('b', gate.resume()), run('c', gate.resume())]);
    })();
    // a start that came after the first hold waits for the resumptions before it
    const start = (async () => {
      const turn = gate.enter();
      if (turn !== undefined) await turn;
      order.push('start');
      gate.leave();
    })();
    await Promise.all([grants, start]);
    expect(order).toEqual(['a', 'b', 'c', 'start']);
    for (const ms of free.slice(1)) expect(ms).toBeGreaterThanOrEqual(GAP_MS - 1);
  });

  test('a resumption with no hold seen goes on at once, even with starts queued', () => {
    const gate = new StatementGate();
    expect(gate.resume()).toBeUndefined();
  });

  test('a statement in flight that holds nothing (waiting for a lock) does not hold up the next', async () => {
    const gate = new StatementGate();
    expect(gate.enter()).toBeUndefined();
    let release!: () => void;
    const waiting = new Promise<void>((resolve) => { release = resolve; });
    // the first waits for something only the second's end gives (a lock it holds)
    const first = waiting.then(() => gate.leave());
    await nextTurn();
    const turn = gate.enter();
    expect(turn).toBeUndefined();
    release();
    gate.leave();
    await first;
    expect(gate.waiting).toBe(0);
  });

  test('the hold limit: a stretch held past it is over the limit, a turn of the event loop starts a new one; no limit, never', async () => {
    const gate = new StatementGate();
    gate.limitHolds(50);
    expect(gate.holdLimitMs).toBe(50);
    expect(gate.enter()).toBeUndefined();
    hold(20);
    expect(gate.overHoldLimit()).toBe(false);
    hold(45);
    expect(gate.overHoldLimit()).toBe(true);
    // the statement awaited: the sampler ran meanwhile, so the stretch starts again
    await new Promise((resolve) => { setTimeout(resolve, 25); });
    expect(gate.overHoldLimit()).toBe(false);
    hold(60);
    expect(gate.overHoldLimit()).toBe(true);
    gate.leave();
    gate.limitHolds(0);
    expect(gate.enter()).toBeUndefined();
    hold(60);
    expect(gate.overHoldLimit()).toBe(false);
    gate.leave();
  });
});
