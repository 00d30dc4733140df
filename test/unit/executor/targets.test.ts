/*
 * targets.test.ts — the packed target list of a replace or delete (src/executor/targets.ts)
 * against a plain model: every key once in the order first added, its values exactly as
 * given (numbers to the bit, -0 included; strings with lone surrogates and non-Latin
 * characters), records across many chunks and one larger than a chunk, and `values()` called only
 * for a key not yet added. Also HashSet32 (src/common/hash-set32.ts) against a Set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashSet32 } from '../../../src/common/hash-set32.js';
import { TargetList } from '../../../src/executor/targets.js';
import type { Value } from '../../../src/types/value.js';

const valueArb: fc.Arbitrary<Value> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 0, 2 ** 53, -(2 ** 31)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\ud800', 'a\udc00b', '', ' ', 'ünï©ødé 漢字'),
);

describe('TargetList', () => {
  it('keeps each key once, in the order first added, with its values exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 24 }), fc.option(fc.array(valueArb, { maxLength: 6 }))), { maxLength: 300 }),
        (entries) => {
          const list = new TargetList();
          const model = new Map<string, Value[] | null>();
          for (const [ref, values] of entries) {
            const key = Buffer.from(ref).toString('hex');
            let called = false;
            const added = list.add(ref, () => {
              called = true;
              return values;
            });
            expect(added).toBe(!model.has(key));
            expect(called).toBe(added);
            if (added) model.set(key, values);
          }
          expect(list.size).toBe(model.size);
          const got = [...list].map((t) => [t.ref.toString('hex'), t.values] as const);
          expect(got.map(([key]) => key)).toEqual([...model.keys()]);
          for (const [key, values] of got) {
            const want = model.get(key)!;
            if (want === null) expect(values).toBeNull();
            else {
              expect(values).toHaveLength(want.length);
              want.forEach((v, i) => expect(Object.is(values![i], v)).toBe(true));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('spans many chunks, takes a record larger than one, and finds keys among 300,000', () => {
    const n = 300_000;
    const list = new TargetList();
    const big = 'z'.repeat(700_000);
    const ref = (k: number): Buffer => {
      const b = Buffer.alloc(12);
      b.writeUInt32BE(16, 0);
      b.writeDoubleBE(k, 4);
      return b;
    };
    const valuesOf = (k: number): Value[] => (k === n / 2 ? [k, big] : [k, `v${k % 7}`]);
    let added = 0;
    for (let k = 0; k < n; k++) if (list.add(ref(k), () => valuesOf(k))) added++;
    let again = 0;
    for (let k = 0; k < n; k += 997) if (list.add(ref(k), () => [0])) again++;
    expect([added, again, list.size]).toEqual([n, 0, n]);
    let k = 0;
    let wrong = 0;
    for (const target of list) {
      const want = valuesOf(k);
      if (target.ref.readDoubleBE(4) !== k || target.values?.[0] !== want[0] || target.values?.[1] !== want[1]) wrong++;
      k++;
    }
    expect([k, wrong]).toEqual([n, 0]);
  });
});

describe('HashSet32', () => {
  it('agrees with a Set of the low 32 bits (0 and 1 are one member)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.constantFrom(0, 1, -1, 2 ** 32, 2 ** 31)), { maxLength: 5_000 }), (hashes) => {
        const set = new HashSet32();
        const model = new Set<number>();
        for (const h of hashes) {
          const member = h >>> 0 || 1;
          expect(set.add(h)).toBe(!model.has(member));
          model.add(member);
        }
        expect(set.size).toBe(model.size);
      }),
      { numRuns: 40 },
    );
  });
});
