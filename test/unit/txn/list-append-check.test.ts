/*
 * list-append-check.test.ts — the serializability checker of the list-append tests
 * (test/support/list-append-check.ts) on histories written by hand: a serial history and
 * concurrent serializable ones pass; each anomaly it knows is found and named.
 */
import { describe, expect, test } from 'vitest';
import { checkListAppend, type ListOp, type ListTxn } from '../../support/list-append-check.js';

const append = (key: number, element: number): ListOp => ({ f: 'append', key, element });
const read = (key: number, ...list: number[]): ListOp => ({ f: 'read', key, list });
/** a transaction; by default all of them overlap in time (no real-time order) */
function txn(id: number, ops: ListOp[], outcome: ListTxn['outcome'] = 'ok', invokedAt = 0, completedAt = 100): ListTxn {
  return { id, ops, outcome, invokedAt, completedAt };
}
const final = (entries: Record<number, number[]>): Map<number, number[]> => new Map(Object.entries(entries).map(([k, v]) => [Number(k), v]));
const kinds = (history: ListTxn[], last: Map<number, number[]>): string[] => checkListAppend(history, last).map((a) => a.kind);

describe('list-append checker', () => {
  test('a serial history, and concurrent ones that could be serial, pass', () => {
    const serial = [
      txn(1, [append(1, 1), read(1, 1)], 'ok', 0, 1),
      txn(2, [read(1, 1), append(1, 2), append(2, 3)], 'ok', 2, 3),
      txn(3, [read(2, 3), read(1, 1, 2)], 'ok', 4, 5),
    ];
    expect(checkListAppend(serial, final({ 1: [1, 2], 2: [3] }))).toEqual([]);
    // overlapping in time, ordered by what they read: T2 before T1
    const concurrent = [txn(1, [read(1, 5), append(2, 6)]), txn(2, [append(1, 5), read(2)])];
    expect(checkListAppend(concurrent, final({ 1: [5], 2: [6] }))).toEqual([]);
    // a transaction that failed and one that may have committed, seen or not
    const unsure = [txn(1, [append(1, 1)], 'fail'), txn(2, [append(1, 2)], 'info'), txn(3, [append(1, 3)], 'info'), txn(4, [read(1, 2)])];
    expect(checkListAppend(unsure, final({ 1: [2] }))).toEqual([]);
  });

  test('G0: two transactions whose writes interleave in opposite orders on two keys', () => {
    const history = [txn(1, [append(1, 1), append(2, 2)]), txn(2, [append(1, 3), append(2, 4)])];
    expect(kinds(history, final({ 1: [1, 3], 2: [4, 2] }))).toEqual(['G0 (write cycle)']);
  });

  test('G1a, G1b, garbage and duplicates: what one read shows', () => {
    expect(kinds([txn(1, [append(1, 1)], 'fail'), txn(2, [read(1, 1)])], final({ 1: [] }))).toEqual(['incompatible-order', 'G1a']);
    expect(kinds([txn(1, [append(1, 1), append(1, 2)]), txn(2, [read(1, 1)])], final({ 1: [1, 2] }))).toEqual(['G1b', 'G-single (read skew)']);
    expect(kinds([txn(1, [read(1, 9)])], final({ 1: [9] }))).toEqual(['garbage', 'garbage']);
    expect(kinds([txn(1, [append(1, 1)]), txn(2, [read(1, 1, 1)])], final({ 1: [1] }))).toEqual(['duplicate', 'incompatible-order']);
  });

  test('G1c: each reads the other\'s write', () => {
    const history = [txn(1, [append(1, 1), read(2, 2)]), txn(2, [append(2, 2), read(1, 1)])];
    expect(kinds(history, final({ 1: [1], 2: [2] }))).toEqual(['G1c (circular information flow)']);
  });

  test('G-single (read skew) and G2 (write skew)', () => {
    const skew = [txn(1, [read(1), read(2, 2)]), txn(2, [append(1, 1), append(2, 2)])];
    const found = checkListAppend(skew, final({ 1: [1], 2: [2] }));
    expect(found.map((a) => a.kind)).toEqual(['G-single (read skew)']);
    expect(found[0]?.detail).toMatch(/T1 -rw \(key 1: read 0 elements, 1 came next\)-> T2/);
    const writeSkew = [txn(1, [read(1), append(2, 1)]), txn(2, [read(2), append(1, 2)])];
    expect(kinds(writeSkew, final({ 1: [2], 2: [1] }))).toEqual(['G2 (anti-dependency cycle)']);
  });

  test('lost writes, orders that disagree, and reads that forget the transaction\'s own appends', () => {
    expect(kinds([txn(1, [append(1, 1)]), txn(2, [append(1, 2)])], final({ 1: [2] }))).toEqual(['lost-write']);
    const disagree = [txn(1, [append(1, 1)]), txn(2, [append(1, 2)]), txn(3, [read(1, 2, 1)])];
    expect(kinds(disagree, final({ 1: [1, 2] }))).toContain('incompatible-order');
    expect(kinds([txn(1, [read(1), append(1, 1), read(1)])], final({ 1: [1] }))).toEqual(['internal']);
    expect(kinds([txn(2, [append(1, 2)]), txn(1, [append(1, 1), read(1, 1, 2)])], final({ 1: [1, 2] }))).toEqual(['internal', 'G1c (circular information flow)']);
  });

  test('real time: a transaction that began after another ended must see its writes', () => {
    const stale = [txn(1, [append(1, 1)], 'ok', 0, 10), txn(2, [read(1)], 'ok', 20, 30)];
    const found = checkListAppend(stale, final({ 1: [1] }));
    expect(found.map((a) => a.kind)).toEqual(['real-time order (not strictly serializable)']);
    expect(found[0]?.detail).toMatch(/ended at 10\.0 ms, before T2 began at 20\.0/);
    // overlapping, the same reads are fine
    expect(checkListAppend([txn(1, [append(1, 1)], 'ok', 0, 25), txn(2, [read(1)], 'ok', 20, 30)], final({ 1: [1] }))).toEqual([]);
  });
});
