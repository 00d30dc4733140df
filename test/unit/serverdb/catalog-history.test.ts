/*
 * catalog-history.test.ts — compareHistories: examples for each verdict, and a fast-check
 * model: two hosts share a history, then each appends its own changes; the verdict must be
 * what the two append counts say (same / behind / ahead / diverged), or `unknown` exactly
 * when a tail is too short to tell — and the two sides always agree with each other.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compareHistories, historyFromWire, historyToWire } from '../../../src/serverdb/catalog-history.js';
import type { CatalogHistory } from '../../../src/storage/api.js';

const h = (count: number, tail: string[]): CatalogHistory => ({ count, tail });
const mirror = { same: 'same', behind: 'ahead', ahead: 'behind', diverged: 'diverged', unknown: 'unknown' } as const;

describe('compareHistories', () => {
  test('examples', () => {
    expect(compareHistories(h(0, []), h(0, []))).toBe('same');
    expect(compareHistories(h(0, []), h(3, ['c']))).toBe('behind'); // the empty history is everyone's prefix
    expect(compareHistories(h(2, ['a', 'b']), h(2, ['a', 'b']))).toBe('same');
    expect(compareHistories(h(2, ['a', 'b']), h(2, ['a', 'x']))).toBe('diverged');
    expect(compareHistories(h(2, ['a', 'b']), h(4, ['b', 'c', 'd']))).toBe('behind');
    expect(compareHistories(h(4, ['b', 'c', 'd']), h(2, ['a', 'b']))).toBe('ahead');
    expect(compareHistories(h(2, ['a', 'b']), h(4, ['x', 'c', 'd']))).toBe('diverged');
    expect(compareHistories(h(2, ['b']), h(4, ['d']))).toBe('unknown'); // a heartbeat's one id cannot tell
    expect(compareHistories(h(3, []), h(3, ['c']))).toBe('unknown');
  });

  test('wire: a tail is cut to its last ids, and a missing history is the empty one', () => {
    expect(historyToWire(h(5, ['a', 'b', 'c']), 1)).toEqual({ count: 5, tail: ['c'] });
    expect(historyFromWire(null)).toEqual({ count: 0, tail: [] });
    expect(historyFromWire({ count: 1, tail: ['x', 'y'] })).toEqual({ count: 1, tail: ['y'] }); // never more ids than entries
  });

  test('model: a shared history, then each side its own changes', () => {
    fc.assert(fc.property(
      fc.nat(20), fc.nat(6), fc.nat(6), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }),
      (shared, mineOwn, theirsOwn, mineTail, theirsTail) => {
        const base = Array.from({ length: shared }, (_, n) => `s${n}`);
        const full = (own: number, who: string): string[] => [...base, ...Array.from({ length: own }, (_, n) => `${who}${n}`)];
        const cut = (ids: string[], tail: number): CatalogHistory => h(ids.length, ids.slice(Math.max(0, ids.length - tail)));
        const mine = cut(full(mineOwn, 'm'), mineTail);
        const theirs = cut(full(theirsOwn, 't'), theirsTail);
        const verdict = compareHistories(mine, theirs);
        expect(compareHistories(theirs, mine)).toBe(mirror[verdict]);
        const expected = mineOwn === 0 && theirsOwn === 0 ? 'same' : mineOwn === 0 ? 'behind' : theirsOwn === 0 ? 'ahead' : 'diverged';
        if (verdict === 'unknown') {
          // only when the shorter side's last entry is not in one of the tails
          const shorter = mine.count <= theirs.count ? mine : theirs;
          const longer = shorter === mine ? theirs : mine;
          const reach = (x: CatalogHistory): number => x.count - x.tail.length + 1;
          expect(shorter.count > 0 && (reach(shorter) > shorter.count || reach(longer) > shorter.count)).toBe(true);
        } else {
          expect(verdict).toBe(expected);
        }
      },
    ), { numRuns: 2000 });
  });
});
