/*
 * tuple-cache.test.ts — the columns of the tuple cache give back exactly the values and keys
 * they were filled with (every column form, decoded again after the GC took the decoded
 * blocks), keys are found by binary search, budgets hold, and the byte counts agree with
 * what the heap and the ArrayBuffers really grow by (measured with forced collections).
 */
import { setFlagsFromString, getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';
import type { AttributeDesc, RelationDesc, StoredTuple } from '../../../src/storage/api.js';
import { CachePool, RelationBuilder, TupleCache, decodeCounters, type CachedRelation } from '../../../src/storage/tuple-cache.js';
import type { Value } from '../../../src/types/value.js';
import { c, f8, i4, dispose, freshDatabase, lone, rel } from './helpers.js';
import { inBounds } from '../../../src/storage/store.js';
import type { DatabaseImpl } from '../../../src/storage/index.js';

function relation(id: number, kinds: readonly AttributeDesc['type'][], tupleCount: number): RelationDesc {
  return {
    id, name: `r${id}`, owner: 't', kind: 'user', structure: 'heap', compressed: false, keys: [], fillfactor: 0,
    minpages: 0, maxpages: 0, indexOf: null, indexes: [], saveUntil: 0, tupleCount, host: null,
    width: kinds.reduce((sum, type) => sum + type.length, 0),
    attributes: kinds.map((type, n) => ({ name: `a${n}`, type, keyNo: 0 })),
  };
}

function key(id: number, n: number): Buffer {
  const out = Buffer.alloc(12);
  out.writeUInt32BE(id, 0);
  out.writeUInt32BE(n, 8);
  return out;
}

function build(desc: RelationDesc, rows: readonly (readonly Value[])[], budget = 1 << 30): CachedRelation {
  const builder = new RelationBuilder(desc, budget);
  rows.forEach((values, n) => builder.add(key(desc.id, n), values));
  const built = builder.finish();
  if (built === null) throw new Error('not built');
  return built;
}

const same = (a: readonly Value[], b: readonly Value[]): boolean => a.length === b.length && a.every((v, n) => Object.is(v, b[n]));

describe('columns', () => {
  const wide = ['€', 'a\u{1F600}b', '\ud800', 'ß', ''];
  const rows: Value[][] = [];
  for (let n = 0; n < 3000; n++) {
    rows.push([
      n % 7 === 0 ? -0 : n - 1500, // i: -0 forces doubles
      n * 0.5 + (n % 3 === 0 ? 2 ** 40 : 0), // f: fractions and numbers beyond int32
      ['AAAA', 'HHHH', 'OOOO', 'VVVV'][n % 4] as string, // few distinct: a dictionary
      `value ${n} ${'x'.repeat(n % 40)}`, // many distinct ASCII: a latin1 blob
      n === 2500 ? `late ${wide[n % wide.length] as string}` : `w${n}${wide[n % wide.length] as string}`, // non-ASCII: UTF-16
      n, // i that fits int32
    ]);
  }
  const desc = relation(20, [i4, f8, c(4), c(60), c(20), i4], rows.length);

  test('give back every value (Object.is) and key, from the first decode and after the GC took the blocks', () => {
    const cached = build(desc, rows);
    expect(cached.count).toBe(rows.length);
    const check = (): void => {
      const tuples = [...cached.tuples(0, cached.count)];
      tuples.forEach((tuple, n) => {
        expect(same(tuple.values, rows[n] as Value[])).toBe(true);
        expect((tuple.ref as Buffer).equals(key(20, n))).toBe(true);
      });
    };
    check();
    const before = decodeCounters.tuples;
    cached.forgetDecoded();
    check();
    expect(decodeCounters.tuples - before).toBe(rows.length);
    expect(same(cached.tupleAt(2500).values, rows[2500] as Value[])).toBe(true);
  });

  test('ranges, key search and frozen tuples', () => {
    const cached = build(desc, rows);
    expect(cached.lowerBound(key(20, 0))).toBe(0);
    expect(cached.lowerBound(key(20, 1234))).toBe(1234);
    expect(cached.lowerBound(Buffer.concat([key(20, 1234), Buffer.from([0])]))).toBe(1235);
    expect(cached.lowerBound(key(21, 0))).toBe(rows.length);
    expect(cached.positionOfTid(2999)).toBe(2999);
    expect(cached.positionOfTid(0)).toBe(0);
    expect(cached.positionOfTid(3000)).toBe(-1);
    const before = cached.bytes;
    expect(cached.positionOfTid(1777)).toBe(1777);
    expect(cached.bytes).toBe(before);
    const some = [...cached.tuples(1000, 2100)];
    expect(some.map((t) => t.values[5])).toEqual(rows.slice(1000, 2100).map((r) => r[5]));
    expect([...cached.tuples(7, 7)]).toEqual([]);
    const tuple = some[0] as StoredTuple;
    expect(() => {
      (tuple.values as Value[])[0] = 1;
    }).toThrow(TypeError);
    // not decoded yet: read block by block (a reader that stops early decodes one block)
    const decodedBefore = decodeCounters.tuples;
    for (const first of cached.tuples(0, cached.count)) {
      expect(first.values[5]).toBe(0);
      break;
    }
    expect(decodeCounters.tuples - decodedBefore).toBe(1024);
    // decoded: one shared frozen array
    [...cached.tuples(0, cached.count)];
    expect(Object.isFrozen(cached.tuples(0, cached.count))).toBe(true);
  });

  test('a value of the wrong kind, or a tuple of the wrong width, is not cached', () => {
    const mixed = new RelationBuilder(relation(22, [i4], 2), 1 << 20);
    mixed.add(key(22, 0), [1]);
    mixed.add(key(22, 1), ['one']);
    expect(mixed.finish()).toBeNull();
    const short = new RelationBuilder(relation(23, [i4, i4], 1), 1 << 20);
    short.add(key(23, 0), [1]);
    expect(short.finish()).toBeNull();
  });
});

describe('budgets', () => {
  const desc = (id: number, n: number) => relation(id, [i4, c(30)], n);
  const rowsOf = (n: number): Value[][] => Array.from({ length: n }, (_, k) => [k, `name ${k}`]);

  test('least recently used relations leave when the column budget is full; too big is never kept', () => {
    const one = build(desc(30, 5000), rowsOf(5000));
    const cache = new TupleCache(new CachePool(Math.floor(one.bytes * 2.5), 1 << 30));
    cache.adopt(one);
    cache.adopt(build(desc(31, 5000), rowsOf(5000)));
    expect(cache.get(30)).toBe(one); // 30 is now the most recent
    cache.adopt(build(desc(32, 5000), rowsOf(5000)));
    expect(cache.ids().sort()).toEqual([30, 32]);
    expect(cache.bytes.columns).toBeLessThanOrEqual(cache.pool.budget);
    cache.adopt(build(desc(33, 20000), rowsOf(20000)));
    expect(cache.has(33)).toBe(false);
    cache.drop(30);
    expect(cache.ids()).toEqual([32]);
    // a scan of a relation that cannot fit does not even start filling columns
    expect(RelationBuilder.mayFit(desc(34, 1000), 1000 * (34 + 32))).toBe(true);
    expect(RelationBuilder.mayFit(desc(34, 1001), 1000 * (34 + 32))).toBe(false);
  });

  test('the caches of several databases share one budget: the least recently used relation of any goes first', () => {
    const one = build(desc(50, 5000), rowsOf(5000));
    const pool = new CachePool(Math.floor(one.bytes * 2.5), 1 << 30);
    const a = new TupleCache(pool);
    const b = new TupleCache(pool);
    a.adopt(one);
    b.adopt(build(desc(51, 5000), rowsOf(5000)));
    expect(a.get(50)).toBe(one); // a's relation is now the more recent one
    b.adopt(build(desc(52, 5000), rowsOf(5000)));
    // b's own older relation went, not a's: the pool chose across caches
    expect(a.ids()).toEqual([50]);
    expect(b.ids()).toEqual([52]);
    expect(pool.columns).toBe(a.bytes.columns + b.bytes.columns);
    expect(pool.columns).toBeLessThanOrEqual(pool.budget);
    b.adopt(build(desc(53, 5000), rowsOf(5000)));
    expect(a.ids()).toEqual([]); // now a's was the least recently used
    // a database that closes gives its share back
    b.release();
    expect(pool.columns).toBe(0);
    expect(pool.caches.has(b)).toBe(false);
    a.adopt(build(desc(54, 5000), rowsOf(5000)));
    a.adopt(build(desc(55, 5000), rowsOf(5000)));
    expect(a.ids().sort()).toEqual([54, 55]);
  });

  test('decoded blocks stay pinned within their budget, the least recently used unpinned first', () => {
    const first = build(desc(40, 4096), rowsOf(4096));
    const block = first.blockBytes(0);
    const cache = new TupleCache(new CachePool(1 << 30, block * 3));
    cache.adopt(first);
    [...first.tuples(0, first.count)]; // 4 blocks used, 3 fit
    expect(cache.bytes.pinned).toBe(block * 3);
    expect(first.pinned.filter((b) => b !== undefined)).toHaveLength(3);
    expect(first.pinned[0]).toBeUndefined();
    cache.drop(40);
    expect(cache.bytes.pinned).toBe(0);
    expect(first.pinned.every((b) => b === undefined)).toBe(true);
    // tuples handed out before the drop stay whole
    expect(first.tupleAt(4000).values).toEqual([4000, 'name 4000']);
  });
});

describe('byte counts against the heap', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const usage = (): { heap: number; external: number } => {
    gc();
    gc();
    const stats = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & { external_memory: number };
    return { heap: stats.used_heap_size, external: stats.external_memory };
  };

  test('columns and pinned decoded tuples of a Wisconsin-like relation cost what the cache counts', () => {
    const n = 40000;
    const desc = relation(50, [...Array<AttributeDesc['type']>(13).fill(i4), c(52), c(52), c(52)], n);
    const make = (k: number): Value[] => [
      ...Array.from({ length: 13 }, (_, a) => (k * 7919 + a) % n),
      `${'ABCDEFG'[k % 7] as string}${k}`.padEnd(52, 'x'),
      `${'HIJKLMN'[k % 7] as string}${k}`.padEnd(52, 'y'),
      (['AAAA', 'HHHH', 'OOOO', 'VVVV'][k % 4] as string).padEnd(52, 'x'),
    ];
    const before = usage();
    const builder = new RelationBuilder(desc, 1 << 30);
    for (let k = 0; k < n; k++) builder.add(key(50, k), make(k));
    const cached = builder.finish() as CachedRelation;
    const built = usage();
    const columns = built.heap - before.heap + built.external - before.external;
    expect(columns / cached.bytes).toBeGreaterThan(0.8);
    expect(columns / cached.bytes).toBeLessThan(1.25);
    expect(built.heap - before.heap).toBeLessThan(cached.bytes * 0.1); // off the JS heap

    const cache = new TupleCache(new CachePool(1 << 30, 1 << 30));
    cache.adopt(cached);
    [...cached.tuples(0, n)];
    const decoded = usage();
    const pinned = decoded.heap - built.heap;
    expect(pinned / cache.bytes.pinned).toBeGreaterThan(0.8);
    expect(pinned / cache.bytes.pinned).toBeLessThan(1.25);
    cache.drop(50);
  });
});

describe('through the store', () => {
  let db: DatabaseImpl;
  afterEach(async () => {
    await dispose(db);
  });

  test('scans, ranges and index seeks read the same tuples from the cache as from lmdb; cached refs delete', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'w', owner: 't', attributes: [{ name: 'k', type: i4 }, { name: 'u', type: i4 }, { name: 's', type: c(12) }] });
      for (let n = 0; n < 3000; n++) txn.insert(r, [n, (n * 7919) % 3000, `s${n % 10}`]);
    });
    await lone(db, (txn) => txn.modifyRelation('w', { structure: 'btree', keys: [{ attribute: 'k', order: 'ascending' }] }));
    await lone(db, (txn) => txn.createIndex('w', 'wu', ['u']));
    const reader = db.begin('r');
    const w = rel(reader, 'w');
    const read = () => ({
      range: [...reader.seekRange(w, { values: [100], inclusive: true }, { values: [2000], inclusive: false })].map((t) => [...t.values]),
      equal: [...reader.seekEqual(w, [1234])].map((t) => [...t.values]),
      index: [...reader.seekIndex(rel(reader, 'wu'), { values: [10], inclusive: true }, { values: [400], inclusive: true })].map((t) => [...t.values]),
      indexRelation: [...reader.scan(rel(reader, 'wu'))].map((t) => [...t.values]),
    });
    // modify left w in the cache (warmAfterWrite): read lmdb first
    expect(db.store.tupleCache.has(w.id)).toBe(true);
    db.store.tupleCache.drop(w.id);
    const fromLmdb = read();
    expect(db.store.tupleCache.has(w.id)).toBe(false);
    const scanned = [...reader.scan(w)].map((t) => [...t.values]);
    expect(db.store.tupleCache.has(w.id)).toBe(true);
    expect(scanned).toHaveLength(3000);
    expect(read()).toEqual(fromLmdb);
    db.store.tupleCache.get(w.id)?.forgetDecoded();
    expect(read()).toEqual(fromLmdb);
    expect(fromLmdb.index).toHaveLength(391);
    expect(fromLmdb.indexRelation).toHaveLength(3000);
    await reader.commit();
    // a cached tuple's ref is a key storage can delete by
    const writer = db.begin('w');
    const victim = [...writer.seekEqual(rel(writer, 'w'), [1234])][0] as StoredTuple;
    writer.statement(() => writer.delete(rel(writer, 'w'), victim.ref));
    await writer.commit();
    expect(db.store.tupleCache.has(w.id)).toBe(false);
    const after = db.begin('r');
    expect([...after.seekEqual(rel(after, 'w'), [1234])]).toEqual([]);
    expect([...after.scan(rel(after, 'w'))]).toHaveLength(2999);
    await after.commit();
  });

  test('scanRange returns, in scan order, exactly the tuples a filtered scan returns: from lmdb, from the columns, and from a char attribute', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'h', owner: 't', attributes: [{ name: 'u', type: i4 }, { name: 'x', type: f8 }, { name: 's', type: c(6) }] });
      for (let n = 0; n < 5000; n++) txn.insert(r, [(n * 7919) % 5000, n / 8, `s${n % 7}`]);
    });
    const reader = db.begin('r');
    const h = rel(reader, 'h');
    const b = (value: Value, inclusive: boolean) => ({ values: [value], inclusive });
    const cases: [number, ReturnType<typeof b> | null, ReturnType<typeof b> | null][] = [
      [0, b(100, true), b(199, true)], [0, b(100, false), b(199, false)], [0, b(4990, true), null], [0, null, b(3, true)],
      [0, b(77, true), b(77, true)], [1, b(12.5, true), b(20, false)], [2, b('s3', true), b('s3', true)], [0, b(10, true), b(5, true)],
    ];
    const expected = (attribute: number, low: ReturnType<typeof b> | null, high: ReturnType<typeof b> | null) =>
      [...reader.scan(h)].filter((t) => inBounds(t.values[attribute] as Value, low, high)).map((t) => [...t.values]);
    db.store.tupleCache.drop(h.id);
    const fromLmdb = cases.map(([a, low, high]) => [...reader.scanRange(h, a, low, high)].map((t) => [...t.values]));
    expect(db.store.tupleCache.has(h.id)).toBe(true); // the scan under it filled the cache
    db.store.tupleCache.get(h.id)?.forgetDecoded();
    const before = decodeCounters.tuples;
    const numbers = cases.filter(([a]) => a !== 2).map(([a, low, high]) => [...reader.scanRange(h, a, low, high)].map((t) => [...t.values]));
    // a number range decodes only the tuples it returns, not the 5,000 of a scan
    expect(decodeCounters.tuples - before).toBe(numbers.reduce((sum, rows) => sum + rows.length, 0));
    const fromColumns = cases.map(([a, low, high]) => [...reader.scanRange(h, a, low, high)].map((t) => [...t.values]));
    const truth = cases.map(([a, low, high]) => expected(a, low, high));
    expect(fromLmdb).toEqual(truth);
    expect(fromColumns).toEqual(truth);
    expect(truth.map((rows) => rows.length)).toEqual([100, 98, 10, 4, 1, 60, 714, 0]);
    await reader.commit();
  });

  test('modify leaves the rewritten relation in the cache once it commits; a rolled-back modify, a write after it, or a relation over budget does not', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'm', owner: 't', attributes: [{ name: 'k', type: i4 }, { name: 's', type: c(8) }] });
      for (let n = 0; n < 2000; n++) txn.insert(r, [(n * 7) % 2000, `s${n % 5}`]);
    });
    expect(db.store.tupleCache.ids()).toEqual([]);
    const modified = await lone(db, (txn) => txn.modifyRelation('m', { structure: 'isam', keys: [{ attribute: 'k', order: 'ascending' }] }));
    expect(db.store.tupleCache.has(modified.id)).toBe(true);
    const reader = db.begin('r');
    const m = rel(reader, 'm');
    expect(m.id).toBe(modified.id);
    const cached = [...reader.scan(m)].map((t) => [...t.values]);
    db.store.tupleCache.drop(m.id);
    expect([...reader.scan(m)].map((t) => [...t.values])).toEqual(cached);
    expect(cached.map((values) => values[0])).toEqual([...Array(2000).keys()]);
    await reader.commit();
    // rolled back inside its statement: the new id never reaches the cache, nor does the old one get read
    db.store.tupleCache.drop(m.id);
    const failing = db.begin('f');
    expect(() =>
      failing.statement(() => {
        failing.modifyRelation('m', { structure: 'btree', keys: [{ attribute: 's', order: 'ascending' }] });
        throw new Error('fail after the bulk load');
      }),
    ).toThrow('fail after the bulk load');
    await failing.abort();
    expect(db.store.tupleCache.ids()).toEqual([]);
    // a write to the relation later in the same statement: the warm read sees it, nothing stale is kept
    const later = await lone(db, (txn) => {
      const next = txn.modifyRelation('m', { structure: 'hash', keys: [{ attribute: 'k', order: 'ascending' }] });
      txn.insert(next, [5000, 'late']);
      return next;
    });
    expect(db.store.tupleCache.has(later.id)).toBe(true);
    const check = db.begin('c');
    expect([...check.seekEqual(rel(check, 'm'), [5000])].map((t) => [...t.values])).toEqual([[5000, 'late']]);
    await check.commit();
    // the warm read runs after the commit: its failure must not fail the statement
    db.store.tupleCache.drop(later.id);
    await lone(db, (txn) => {
      txn.insert(rel(txn, 'm'), [6000, 'after']);
      db.store.warmAfterWrite(() => { throw new Error('the warm read failed'); });
    });
    const after = db.begin('a');
    expect([...after.seekEqual(rel(after, 'm'), [6000])].map((t) => [...t.values])).toEqual([[6000, 'after']]);
    await after.commit();
  });
});
