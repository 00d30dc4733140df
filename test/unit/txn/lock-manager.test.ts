/*
 * lock-manager.test.ts — the relation-level lock manager: S/X compatibility, FIFO grants,
 * upgrades, deadlock victims (6001, never a hang), wait-die between global transactions
 * (6015), and fast-check model tests of the lock table and of wait-die (no cycle, no
 * younger one waiting for an older one).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { LockManager } from '../../../src/txn/lock-manager.js';
import { cycleThrough, edgesOf, victimOf } from '../../../src/tm/deadlock.js';
import { globalPriority, newGlobalId, startOf, userHostOf } from '../../../src/common/global-id.js';
import type { LockMode } from '../../../src/storage/api.js';

/** a promise's state after pending microtasks ran */
async function settled(promise: Promise<void>): Promise<'granted' | 'waiting' | 'rejected'> {
  let state: 'granted' | 'waiting' | 'rejected' = 'waiting';
  promise.then(() => { state = 'granted'; }, () => { state = 'rejected'; });
  await Promise.resolve();
  await Promise.resolve();
  return state;
}

/** Gray's compatibility matrix, written out again for the reference model */
const COMPATIBLE_WITH: Record<LockMode, readonly LockMode[]> = {
  IS: ['IS', 'IX', 'S', 'SIX'], IX: ['IS', 'IX'], S: ['IS', 'S'], SIX: ['IS'], X: [],
};
const compatibleModes = (a: LockMode, b: LockMode): boolean => COMPATIBLE_WITH[a].includes(b);

/** Whether someone waits on a cycle: a waiter waits for its incompatible holders and for
 *  every waiter ahead of it (grants are FIFO, whatever the modes). */
function hasCycle(locks: LockManager): boolean {
  const edges = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    if (from !== to) edges.set(from, [...(edges.get(from) ?? []), to]);
  };
  for (const entry of locks.snapshot()) {
    entry.waiters.forEach((w, index) => {
      for (const h of entry.holders) if (!compatibleModes(h.mode, w.mode)) add(w.owner, h.owner);
      for (const earlier of entry.waiters.slice(0, index)) add(w.owner, earlier.owner);
    });
  }
  const state = new Map<string, 1 | 2>();
  const visit = (node: string): boolean => {
    if (state.get(node) === 1) return true;
    if (state.get(node) === 2) return false;
    state.set(node, 1);
    for (const next of edges.get(node) ?? []) if (visit(next)) return true;
    state.set(node, 2);
    return false;
  };
  return [...edges.keys()].some((node) => visit(node));
}

describe('lock manager', () => {
  test('shared locks coexist, exclusive waits until release', async () => {
    const locks = new LockManager();
    expect(await settled(locks.acquire('a', 'r', 'S'))).toBe('granted');
    expect(await settled(locks.acquire('b', 'r', 'S'))).toBe('granted');
    const x = locks.acquire('c', 'r', 'X');
    expect(await settled(x)).toBe('waiting');
    locks.releaseAll('a');
    expect(await settled(x)).toBe('waiting');
    locks.releaseAll('b');
    expect(await settled(x)).toBe('granted');
    expect(locks.holds('c', 'r')).toBe('X');
  });

  test('FIFO: a shared request waits behind a waiting exclusive one', async () => {
    const locks = new LockManager();
    await locks.acquire('a', 'r', 'S');
    const x = locks.acquire('b', 'r', 'X');
    const s = locks.acquire('c', 'r', 'S');
    expect(await settled(s)).toBe('waiting');
    locks.releaseAll('a');
    expect(await settled(x)).toBe('granted');
    expect(await settled(s)).toBe('waiting');
    locks.releaseAll('b');
    expect(await settled(s)).toBe('granted');
  });

  test('re-requests are no-ops and S→X upgrades jump the queue', async () => {
    const locks = new LockManager();
    await locks.acquire('a', 'r', 'X');
    expect(await settled(locks.acquire('a', 'r', 'S'))).toBe('granted');
    expect(locks.holds('a', 'r')).toBe('X');
    locks.releaseAll('a');
    await locks.acquire('a', 'r', 'S');
    await locks.acquire('b', 'r', 'S');
    const waiting = locks.acquire('c', 'r', 'X');
    const upgrade = locks.acquire('a', 'r', 'X');
    locks.releaseAll('b');
    expect(await settled(upgrade)).toBe('granted');
    expect(await settled(waiting)).toBe('waiting');
    locks.releaseAll('a');
    expect(await settled(waiting)).toBe('granted');
  });

  test('a two-transaction cycle rejects the one that closes it with 6001', async () => {
    const locks = new LockManager();
    await locks.acquire('a', 'r1', 'X');
    await locks.acquire('b', 'r2', 'X');
    const aWaits = locks.acquire('a', 'r2', 'X');
    expect(await settled(aWaits)).toBe('waiting');
    await expect(locks.acquire('b', 'r1', 'S')).rejects.toMatchObject({ code: 6001, retryable: true });
    locks.releaseAll('b');
    expect(await settled(aWaits)).toBe('granted');
  });

  test('two shared holders upgrading at once deadlock; one is the victim', async () => {
    const locks = new LockManager();
    await locks.acquire('a', 'r', 'S');
    await locks.acquire('b', 'r', 'S');
    const a = locks.acquire('a', 'r', 'X');
    await expect(locks.acquire('b', 'r', 'X')).rejects.toMatchObject({ code: 6001 });
    locks.releaseAll('b');
    expect(await settled(a)).toBe('granted');
  });

  test('the youngest transaction on the cycle is the victim, even when an older one closes it', async () => {
    const locks = new LockManager();
    await locks.acquire('old', 'r1', 'X');
    await locks.acquire('young', 'r2', 'X');
    const youngWaits = locks.acquire('young', 'r1', 'X');
    expect(await settled(youngWaits)).toBe('waiting');
    // old's request closes the cycle; young, which began later, is rolled back instead
    const oldWaits = locks.acquire('old', 'r2', 'S');
    await expect(youngWaits).rejects.toMatchObject({ code: 6001, retryable: true });
    expect(await settled(oldWaits)).toBe('waiting'); // young still holds r2 until it rolls back
    locks.releaseAll('young');
    expect(await settled(oldWaits)).toBe('granted');
    expect(hasCycle(locks)).toBe(false);
  });

  test('one request closing two cycles ends each one\'s youngest', async () => {
    const locks = new LockManager();
    await locks.acquire('a', 'r', 'S');
    await locks.acquire('b', 'r', 'S');
    await locks.acquire('c', 'r', 'S');
    const b = locks.acquire('b', 'r', 'X'); // waits for a and c
    const c = locks.acquire('c', 'r', 'X'); // closes the cycle b–c: c is the youngest
    await expect(c).rejects.toMatchObject({ code: 6001 });
    locks.releaseAll('c');
    expect(await settled(b)).toBe('waiting');
    // a, the oldest, now upgrades too: the cycle a–b ends b, and a gets its X lock
    const a = locks.acquire('a', 'r', 'X');
    await expect(b).rejects.toMatchObject({ code: 6001 });
    locks.releaseAll('b');
    expect(await settled(a)).toBe('granted');
  });

  test('sessions that retry a deadlock at once all finish: the oldest is never the victim', async () => {
    // each session: S on the relation, then an upgrade to X (read, then write), then commit;
    // on 6001 it starts again at once as a new, younger transaction. A policy that always
    // kills the requester can let them choose each other for ever; a cap stops the test.
    const locks = new LockManager();
    const cap = 500;
    let attempts = 0;
    const session = async (id: number, commits: number): Promise<number> => {
      let done = 0;
      for (let n = 0; done < commits && attempts < cap; n++) {
        attempts++;
        const owner = `s${id}.${n}`;
        try {
          await locks.acquire(owner, 'r', 'S');
          await Promise.resolve();
          await locks.acquire(owner, 'r', 'X');
          done++;
        } catch (error) {
          expect(error).toMatchObject({ code: 6001 });
        }
        locks.releaseAll(owner);
        await Promise.resolve();
      }
      return done;
    };
    const done = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((id) => session(id, 5)));
    expect(done).toEqual([5, 5, 5, 5, 5, 5, 5, 5]);
    expect(attempts).toBeLessThan(cap);
  });

  test('a three-transaction cycle through queued waiters is found', async () => {
    const locks = new LockManager();
    await locks.acquire('a', 'r1', 'X');
    await locks.acquire('b', 'r2', 'X');
    await locks.acquire('c', 'r3', 'X');
    const a = locks.acquire('a', 'r2', 'S');
    const b = locks.acquire('b', 'r3', 'S');
    expect(await settled(a)).toBe('waiting');
    expect(await settled(b)).toBe('waiting');
    await expect(locks.acquire('c', 'r1', 'X')).rejects.toMatchObject({ code: 6001 });
    locks.releaseAll('c');
    expect(await settled(b)).toBe('granted');
  });

  test('a cycle through a compatible waiter queued behind a blocked one is found (an IS behind an IX)', async () => {
    // the shape test/process/serializable.test.ts hung on: t3's IX on A waits for t1's S;
    // t2's IS on A is compatible with both, but queued behind t3 (FIFO); then t1 asks for
    // B, which t2 holds: t1 → t2 → t3 → t1
    const locks = new LockManager();
    await locks.acquire('t1', 'A', 'S');
    await locks.acquire('t2', 'B', 'S');
    await locks.acquire('t3', 'C', 'S'); // t3 is the youngest
    const t3 = locks.acquire('t3', 'A', 'IX');
    const t2 = locks.acquire('t2', 'A', 'IS');
    expect(await settled(t3)).toBe('waiting');
    expect(await settled(t2)).toBe('waiting');
    expect(locks.waits().find((w) => w.owner === 't2')?.blockers).toEqual(['t3']);
    const t1 = locks.acquire('t1', 'B', 'X');
    // the youngest on the cycle, t3, is the victim; its place freed, t2 gets its IS
    await expect(t3).rejects.toMatchObject({ code: 6001 });
    locks.releaseAll('t3');
    expect(await settled(t2)).toBe('granted');
    expect(await settled(t1)).toBe('waiting');
    locks.releaseAll('t2');
    expect(await settled(t1)).toBe('granted');
  });

  test('model: the lock table always matches a reference model, and no one waits on a cycle', async () => {
    const owners = ['t1', 't2', 't3', 't4'];
    const names = ['r1', 'r2', 'r3'];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('acquire' as const), owner: fc.constantFrom(...owners), name: fc.constantFrom(...names), mode: fc.constantFrom<LockMode>('IS', 'IX', 'S', 'X') }),
      fc.record({ kind: fc.constant('release' as const), owner: fc.constantFrom(...owners) }),
    );
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 60 }), async (steps) => {
      const locks = new LockManager();
      // reference model: holders per name, FIFO queue of waiting owners
      const waitingOn = new Map<string, { name: string; mode: LockMode }>();
      const outcome = new Map<string, 'granted' | 'waiting' | 'rejected'>();
      for (const s of steps) {
        if (s.kind === 'acquire') {
          if (waitingOn.has(s.owner)) continue; // a waiting transaction issues nothing
          const promise = locks.acquire(s.owner, s.name, s.mode);
          const key = `${s.owner}`;
          outcome.set(key, 'waiting');
          promise.then(() => { outcome.set(key, 'granted'); waitingOn.delete(s.owner); }, () => { outcome.set(key, 'rejected'); waitingOn.delete(s.owner); });
          waitingOn.set(s.owner, { name: s.name, mode: s.mode });
          await Promise.resolve();
          await Promise.resolve();
          if (outcome.get(key) === 'rejected') locks.releaseAll(s.owner);
        } else {
          locks.releaseAll(s.owner);
          waitingOn.delete(s.owner);
          await Promise.resolve();
          await Promise.resolve();
        }
        // invariants: holders of one lock are compatible; a waiter is blocked by someone;
        // the waits-for graph has no cycle
        expect(hasCycle(locks)).toBe(false);
        for (const entry of locks.snapshot()) {
          for (const a of entry.holders) for (const b of entry.holders) if (a !== b) expect(compatibleModes(a.mode, b.mode)).toBe(true);
          if (entry.waiters.length > 0) {
            const head = entry.waiters[0]!;
            const blocked = entry.holders.some((h) => h.owner !== head.owner && !compatibleModes(h.mode, head.mode));
            expect(blocked).toBe(true);
          }
        }
      }
      // release everyone: every pending request ends granted or rejected, none hangs
      for (const owner of owners) {
        locks.releaseAll(owner);
        await Promise.resolve();
        await Promise.resolve();
      }
      expect(locks.snapshot().every((e) => e.waiters.length === 0)).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('wait-die between global transactions', () => {
  const old = globalPriority('h2.1000.5');
  const young = globalPriority('h1.2000.1');

  test('an older global transaction waits for a younger one; a younger one dies at once (6015)', async () => {
    const locks = new LockManager();
    locks.setPriority('o', old);
    locks.setPriority('y', young);
    expect(await settled(locks.acquire('y', 'r', 'X'))).toBe('granted');
    const olderWaits = locks.acquire('o', 'r', 'X');
    expect(await settled(olderWaits)).toBe('waiting');
    locks.releaseAll('y');
    expect(await settled(olderWaits)).toBe('granted');
    locks.setPriority('y', young);
    await expect(locks.acquire('y', 'r', 'S')).rejects.toMatchObject({ code: 6015, retryable: true });
    // the younger one did not stay queued: the older one's next lock is granted at once
    expect(locks.snapshot().find((l) => l.name === 'r')?.waiters).toEqual([]);
  });

  test('a younger one dies behind an older waiter too; local transactions never die by age', async () => {
    const locks = new LockManager();
    locks.setPriority('o', old);
    locks.setPriority('y', young);
    expect(await settled(locks.acquire('local', 'r', 'X'))).toBe('granted');
    expect(await settled(locks.acquire('o', 'r', 'X'))).toBe('waiting'); // waits for a local one
    await expect(locks.acquire('y', 'r', 'X')).rejects.toMatchObject({ code: 6015 }); // behind the older waiter
    expect(await settled(locks.acquire('other-local', 'r', 'S'))).toBe('waiting');
  });

  test('the age order: start time, then user host, then counter; malformed ids are youngest', () => {
    expect(globalPriority('h9.1000.1') < globalPriority('h1.1001.1')).toBe(true);
    expect(globalPriority('h1.1000.9') < globalPriority('h2.1000.1')).toBe(true);
    expect(globalPriority('h1.1000.2') < globalPriority('h1.1000.10')).toBe(true);
    expect(globalPriority('host.example.1000.1') < globalPriority('garbage')).toBe(true);
    expect(userHostOf(newGlobalId('h7', 1234))).toBe('h7');
    expect(startOf(newGlobalId('h7', 1234))).toBe(1234);
  });

  test('model: global transactions under wait-die never form a waits-for cycle, and never wait for an older one', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ owner: fc.integer({ min: 0, max: 4 }), name: fc.constantFrom('a', 'b', 'c'), mode: fc.constantFrom<LockMode>('S', 'X'), release: fc.boolean() }), { maxLength: 40 }),
      async (steps) => {
        const locks = new LockManager();
        const age = (k: number): string => globalPriority(`h.${1000 + k}.1`);
        const waiting = new Set<number>();
        for (const step of steps) {
          const owner = `g${step.owner}`;
          locks.setPriority(owner, age(step.owner));
          if (step.release) {
            locks.releaseAll(owner);
            waiting.delete(step.owner);
            continue;
          }
          if (waiting.has(step.owner)) continue;
          const request = locks.acquire(owner, step.name, step.mode);
          waiting.add(step.owner);
          request.then(() => waiting.delete(step.owner), () => { locks.releaseAll(owner); waiting.delete(step.owner); });
          await Promise.resolve();
          await Promise.resolve();
          expect(hasCycle(locks)).toBe(false);
          for (const entry of locks.snapshot()) {
            for (const w of entry.waiters) {
              for (const h of entry.holders) {
                if (h.owner !== w.owner && (h.mode === 'X' || w.mode === 'X')) expect(Number(w.owner.slice(1)) < Number(h.owner.slice(1))).toBe(true);
              }
            }
          }
        }
      },
    ), { numRuns: 200 });
  });
});

describe('lock wait timeout', () => {
  test('a wait longer than the limit rejects with 6002 and the queue moves on', async () => {
    const locks = new LockManager(20);
    await locks.acquire('a', 'r', 'X');
    const timedOut = locks.acquire('b', 'r', 'S');
    const third = locks.acquire('c', 'r', 'X');
    await expect(timedOut).rejects.toMatchObject({ code: 6002, retryable: true });
    locks.releaseAll('b');
    locks.releaseAll('a');
    await third;
    expect(locks.holds('c', 'r')).toBe('X');
    locks.releaseAll('c');
    expect(locks.snapshot()).toEqual([]);
  });

  test('a granted request does not time out later', async () => {
    const locks = new LockManager(20);
    await locks.acquire('a', 'r', 'X');
    const waiting = locks.acquire('b', 'r', 'X');
    locks.releaseAll('a');
    await waiting;
    await new Promise((resolve) => setTimeout(resolve, 40)); // past the limit: nothing may fire
    expect(locks.holds('b', 'r')).toBe('X');
  });
});

describe('waits for the distributed deadlock detector', () => {
  test('waits() lists each wait with its blockers; breakWait rejects it with the given error and the queue moves on', async () => {
    const locks = new LockManager();
    await locks.acquire('a', 'r', 'S');
    await locks.acquire('b', 'r', 'S');
    const x = locks.acquire('c', 'r', 'X');
    const s = locks.acquire('d', 'r', 'S');
    const before = Date.now();
    const waits = locks.waits();
    expect(waits.map((w) => [w.owner, w.name, w.blockers])).toEqual([['c', 'r', ['a', 'b']], ['d', 'r', ['c']]]);
    expect(waits.every((w) => w.since <= before)).toBe(true);
    expect(locks.breakWait('c', Object.assign(new Error('victim'), { code: 6001 }))).toBe(true);
    await expect(x).rejects.toMatchObject({ code: 6001 });
    // the S request behind it is granted at once
    expect(await settled(s)).toBe('granted');
    expect(locks.waits()).toEqual([]);
    expect(locks.breakWait('c', new Error('again'))).toBe(false);
    expect(locks.breakWait('nobody', new Error('never'))).toBe(false);
    for (const owner of ['a', 'b', 'c', 'd']) locks.releaseAll(owner);
    expect(locks.snapshot()).toEqual([]);
  });
});

describe('the global waits-for graph (src/tm/deadlock.ts)', () => {
  test('edges name global parts by global id and local transactions by host/id', () => {
    const edges = edgesOf([{ owner: '7', name: 'r', since: 0, blockers: ['8', '9'] }], 'h1', (owner) => (owner === '7' ? 'h2.5.1' : owner === '8' ? 'h3.6.2' : undefined));
    expect(edges).toEqual([{ waiter: 'h2.5.1', holder: 'h3.6.2' }, { waiter: 'h2.5.1', holder: 'h1/9' }]);
  });

  test('a cycle through the start node is found, through local transactions too; none where there is none', () => {
    const edges = [
      { waiter: 'h1.10.1', holder: 'h2/4' },
      { waiter: 'h2/4', holder: 'h2.20.2' },
      { waiter: 'h2.20.2', holder: 'h3.5.3' },
      { waiter: 'h3.5.3', holder: 'h1.10.1' },
      { waiter: 'h3.5.3', holder: 'h9.1.1' },
    ];
    expect(cycleThrough(edges, 'h1.10.1')).toEqual(['h1.10.1', 'h2/4', 'h2.20.2', 'h3.5.3']);
    expect(cycleThrough(edges, 'h9.1.1')).toBeNull();
    expect(cycleThrough(edges.slice(1), 'h1.10.1')).toBeNull();
    // the youngest global transaction (latest start) is the victim; local ones never are
    expect(victimOf(['h1.10.1', 'h2/4', 'h2.20.2', 'h3.5.3'])).toBe('h2.20.2');
    expect(victimOf(['h2/4', 'h2/5'])).toBeUndefined();
  });

  test('model: cycleThrough finds a cycle exactly when the start reaches itself', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { maxLength: 14 }),
      fc.integer({ min: 0, max: 6 }),
      (pairs, start) => {
        const edges = pairs.map(([a, b]) => ({ waiter: `n${a}`, holder: `n${b}` }));
        const reach = new Set<string>();
        const stack = edges.filter((e) => e.waiter === `n${start}`).map((e) => e.holder);
        while (stack.length > 0) {
          const node = stack.pop() as string;
          if (reach.has(node)) continue;
          reach.add(node);
          for (const e of edges) if (e.waiter === node) stack.push(e.holder);
        }
        const cycle = cycleThrough(edges, `n${start}`);
        expect(cycle !== null).toBe(reach.has(`n${start}`));
        if (cycle !== null) {
          // consecutive nodes are edges, and the last leads back to the start
          const closed = [...cycle, cycle[0] as string];
          for (let i = 0; i + 1 < closed.length; i++) {
            expect(edges.some((e) => e.waiter === closed[i] && e.holder === closed[i + 1])).toBe(true);
          }
        }
      },
    ), { numRuns: 300 });
  });
});
