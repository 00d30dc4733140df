/*
 * structures.test.ts — every storage structure reached through modify: key order, seeks,
 * duplicate dropping on keyed structures, heapsort with descending keys, option
 * validation, truncated, and persistence of the structure across reopen.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Value } from '../../../src/types/value.js';
import type { RelationDesc, StoredTuple, Transaction, TupleRef } from '../../../src/storage/api.js';
import { TID_BYTES, exactTupleHash } from '../../../src/storage/keys.js';
import type { DatabaseImpl } from '../../../src/storage/index.js';
import { c, dispose, f8, freshDatabase, i4, lone, rel, reopen, rows } from './helpers.js';

let db: DatabaseImpl | null = null;
afterEach(async () => {
  if (db !== null) await dispose(db);
  db = null;
});

const DATA: Value[][] = [
  [5, 'e', 0.5], [3, 'c', -1], [9, 'i', 2], [1, 'a', 7], [7, 'g', 1e10], [3, 'c2', -1], [-4, 'neg', 0],
];

async function loaded(): Promise<DatabaseImpl> {
  const d = await freshDatabase();
  await lone(d, (txn) => {
    const r = txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'k', type: i4 }, { name: 's', type: c(8) }, { name: 'f', type: f8 }] });
    for (const tuple of DATA) txn.insert(r, tuple);
  });
  return d;
}

const keysOf = (tuples: Value[][]): Value[] => tuples.map((t) => t[0] as Value);
const seek = (txn: Transaction, r: RelationDesc, values: Value[]): Value[][] => [...txn.seekEqual(r, values)].map((t) => [...t.values]);

describe.each(['isam', 'btree', 'cisam', 'cbtree'] as const)('%s', (structure) => {
  test('scans in key order, seeks by equality and range, drops duplicate tuples', async () => {
    db = await loaded();
    const r = await lone(db, (txn) => txn.modifyRelation('r', { structure, keys: [{ attribute: 'k', order: 'ascending' }] }));
    expect(r.structure).toBe(structure.replace(/^c/, ''));
    expect(r.compressed).toBe(structure.startsWith('c'));
    expect(r.keys).toEqual([{ attribute: 0, order: 'ascending' }]);
    const txn = db.begin('t');
    expect(keysOf(rows(txn, r))).toEqual([-4, 1, 3, 3, 5, 7, 9]);
    expect(seek(txn, r, [3]).map((t) => t[1]).sort()).toEqual(['c', 'c2']);
    expect(seek(txn, r, [4])).toEqual([]);
    const range = (low: number | null, lowInc: boolean, high: number | null, highInc: boolean): Value[] =>
      keysOf([...txn.seekRange(r, low === null ? null : { values: [low], inclusive: lowInc }, high === null ? null : { values: [high], inclusive: highInc })].map((t) => [...t.values]));
    expect(range(3, true, 7, true)).toEqual([3, 3, 5, 7]);
    expect(range(3, false, 7, false)).toEqual([5]);
    expect(range(null, false, 1, true)).toEqual([-4, 1]);
    expect(range(5, true, null, false)).toEqual([5, 7, 9]);
    expect(range(8, true, 2, true)).toEqual([]);
    txn.statement(() => {
      expect(txn.insert(r, [3, 'c', -1])).toBe(false);
      expect(txn.insert(r, [3, 'c', -2])).toBe(true);
    });
    expect(rel(txn, 'r').tupleCount).toBe(8);
    await txn.commit();
  });
});

describe('hash', () => {
  test('full-key equality seeks, duplicates dropped, options recorded', async () => {
    db = await loaded();
    const r = await lone(db, (txn) => txn.modifyRelation('r', { structure: 'hash', keys: [{ attribute: 's', order: 'ascending' }], fillfactor: 40, minpages: 3, maxpages: 20 }));
    expect([r.fillfactor, r.minpages, r.maxpages]).toEqual([40, 3, 20]);
    const txn = db.begin('t');
    expect(seek(txn, r, ['c2'])).toEqual([[3, 'c2', -1]]);
    // char keys compare without blanks
    expect(seek(txn, r, ['c 2 '])).toEqual([[3, 'c2', -1]]);
    expect(rows(txn, r)).toHaveLength(7);
    txn.statement(() => expect(txn.insert(r, [9, 'i', 2])).toBe(false));
    await txn.commit();
  });

  test('keyless hash is keyed on the first domain; defaults are 50/10', async () => {
    db = await loaded();
    const r = await lone(db, (txn) => txn.modifyRelation('r', { structure: 'hash', keys: [] }));
    expect(r.keys).toEqual([{ attribute: 0, order: 'ascending' }]);
    expect([r.fillfactor, r.minpages, r.maxpages]).toEqual([50, 10, 0]);
    const chash = await lone(db, (txn) => txn.modifyRelation('r', { structure: 'chash', keys: [] }));
    expect([chash.fillfactor, chash.minpages]).toEqual([75, 1]);
  });
});

describe('heapsort', () => {
  test('sorted on keys (descending allowed) then remaining domains, duplicates removed', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: i4 }, { name: 'b', type: c(4) }] });
      for (const t of [[1, 'b'], [2, 'a'], [1, 'a'], [2, 'a'], [3, 'z'], [1, 'b']]) txn.insert(r, t);
    });
    const r = await lone(db, (txn) => txn.modifyRelation('r', { structure: 'cheapsort', keys: [{ attribute: 'a', order: 'descending' }] }));
    const txn = db.begin('t');
    expect(rows(txn, r)).toEqual([[3, 'z'], [2, 'a'], [1, 'a'], [1, 'b']]);
    expect(r.tupleCount).toBe(4);
    expect([...txn.seekRange(r, { values: [2], inclusive: true }, null)].map((t) => t.values[0])).toEqual([3, 2]);
    expect([...txn.seekRange(r, null, { values: [2], inclusive: false })].map((t) => t.values[0])).toEqual([1, 1]);
    await txn.commit();
    db = await reopen(db);
    const again = db.begin('t');
    expect(rel(again, 'r').keys).toEqual([{ attribute: 0, order: 'descending' }]);
    expect(rows(again, 'r')).toEqual([[3, 'z'], [2, 'a'], [1, 'a'], [1, 'b']]);
    await again.commit();
  });

  test('descending char keys sort a string after its extensions', async () => {
    db = await freshDatabase();
    await lone(db, (txn) => {
      const r = txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 's', type: c(6) }] });
      for (const s of ['ab', 'abc', 'b', 'a', '']) txn.insert(r, [s]);
    });
    const r = await lone(db, (txn) => txn.modifyRelation('r', { structure: 'heapsort', keys: [{ attribute: 's', order: 'descending' }] }));
    expect(rows(db.begin('t'), r).map((t) => t[0])).toEqual(['b', 'abc', 'ab', 'a', '']);
  });
});

describe('modify validation', () => {
  test('errors for bad keys, orders, options', async () => {
    db = await loaded();
    const txn = db.begin('t');
    const code = (fn: () => unknown): number | undefined => {
      try {
        txn.statement(fn);
      } catch (error) {
        return (error as { code?: number }).code;
      }
      return undefined;
    };
    expect(code(() => txn.modifyRelation('nope', { structure: 'heap', keys: [] }))).toBe(5500);
    expect(code(() => txn.modifyRelation('relation', { structure: 'heap', keys: [] }))).toBe(5501);
    expect(code(() => txn.modifyRelation('r', { structure: 'isam', keys: [{ attribute: 'zz', order: 'ascending' }] }))).toBe(5503);
    expect(code(() => txn.modifyRelation('r', { structure: 'heap', keys: [{ attribute: 'k', order: 'ascending' }] }))).toBe(5504);
    expect(code(() => txn.modifyRelation('r', { structure: 'isam', keys: [{ attribute: 'k', order: 'descending' }] }))).toBe(5520);
    expect(code(() => txn.modifyRelation('r', { structure: 'hash', keys: [], fillfactor: 0 }))).toBe(5506);
    expect(code(() => txn.modifyRelation('r', { structure: 'hash', keys: [], fillfactor: 101 }))).toBe(5506);
    expect(code(() => txn.modifyRelation('r', { structure: 'isam', keys: [], minpages: 5 }))).toBe(5507);
    expect(code(() => txn.modifyRelation('r', { structure: 'heap', keys: [], fillfactor: 50 }))).toBe(5507);
    expect(code(() => txn.modifyRelation('r', { structure: 'hash', keys: [], minpages: 0 }))).toBe(5506);
    expect(rel(txn, 'r').structure).toBe('heap');
    await txn.commit();
  });

  test('truncated empties the relation and makes it a heap; old data is purged', async () => {
    db = await loaded();
    const before = await lone(db, (txn) => txn.modifyRelation('r', { structure: 'isam', keys: [] }));
    const r = await lone(db, (txn) => txn.modifyRelation('r', { structure: 'truncated', keys: [] }));
    expect(r.structure).toBe('heap');
    expect(r.tupleCount).toBe(0);
    expect(rows(db.begin('t'), r)).toEqual([]);
    expect(db.store.storedIds().has(before.id)).toBe(false);
  });
});

describe('duplicates are tuples equal as QUEL compares them (chars without blanks)', () => {
  async function keyed(structure: 'hash' | 'btree'): Promise<{ d: DatabaseImpl; r: RelationDesc }> {
    const d = await freshDatabase();
    const r = await lone(d, (txn) => {
      const created = txn.createRelation({ name: 'b', owner: 't', attributes: [{ name: 'k', type: i4 }, { name: 's', type: c(10) }] });
      return txn.modifyRelation(created.name, { structure, keys: [{ attribute: 's', order: 'ascending' }] });
    });
    return { d, r };
  }

  test.each(['hash', 'btree'] as const)('%s: an insert or a replace making a blank variant of a tuple is dropped', async (structure) => {
    const { d, r } = await keyed(structure);
    db = d;
    const txn = d.begin('t');
    txn.statement(() => {
      expect(txn.insert(r, [1, 'ab'])).toBe(true);
      expect(txn.insert(r, [1, 'a b'])).toBe(false);
      expect(txn.insert(r, [1, ' a  b '])).toBe(false);
      expect(txn.insert(r, [2, 'a b'])).toBe(true);
    });
    const other = [...txn.scan(r)].find((t) => t.values[0] === 2);
    // the key domain keeps its collation form, so the replaced tuple keeps its key prefix;
    // of each set of variants the one first in exact order stays (' a  b ': a blank first)
    txn.statement(() => expect(txn.update(r, other?.ref as TupleRef, [1, 'a  b'])).toBe(false));
    expect(rows(txn, r)).toEqual([[1, ' a  b ']]);
    expect(rel(txn, 'b').tupleCount).toBe(1);
    await txn.commit();
  });

  test('a tuple stored under its exact tuple hash (keys written before 12-07) is still a duplicate', async () => {
    const { d, r } = await keyed('hash');
    await lone(d, (txn) => txn.insert(r, [1, 'a b']));
    // write it again as an older build keyed it: the 4 bytes before the tid held the hash
    // of the exact values
    const stored = await lone(d, (txn) => [...txn.scan(r)][0] as StoredTuple);
    const oldKey = Buffer.from(stored.ref as Buffer);
    oldKey.writeUInt32BE(exactTupleHash(stored.values), oldKey.length - TID_BYTES - 4);
    expect(oldKey.equals(stored.ref as Buffer)).toBe(false);
    d.store.write(() => {
      d.store.tuples.removeSync(stored.ref as Buffer);
      d.store.tuples.putSync(oldKey, [...stored.values]);
      // and the database has no record of when collated keys began (made before 12-07):
      // its open takes every relation there is as possibly holding old keys
      d.store.meta.removeSync('collatedFrom');
    });
    expect(d.store.collatedFrom).toBe(0); // (a database made now: no old keys anywhere)
    db = await reopen(d);
    const txn = db.begin('t');
    const b = rel(txn, 'b');
    expect(db.store.collatedFrom).toBeGreaterThan(b.id);
    txn.statement(() => {
      // its exact duplicate is found under the old key
      expect(txn.insert(b, [1, 'a b'])).toBe(false);
      // a blank variant of it is not (it hashes elsewhere) until a modify keys it again
      expect(txn.insert(b, [1, 'ab'])).toBe(true);
    });
    expect(rows(txn, b).map((t) => t[1]).sort()).toEqual(['a b', 'ab']);
    // a replace of the old tuple moves it to today's key, where a blank variant finds it
    const old = [...txn.scan(b)].find((t) => t.values[1] === 'a b') as StoredTuple;
    txn.statement(() => expect(txn.update(b, old.ref, [2, 'a b'])).toBe(true));
    txn.statement(() => expect(txn.insert(b, [2, 'ab'])).toBe(false));
    await txn.commit();
    const modified = await lone(db, (t) => t.modifyRelation('b', { structure: 'hash', keys: [{ attribute: 'k', order: 'ascending' }] }));
    // a modify keys the relation again under a new id: no old keys to look for there
    expect(modified.id).toBeGreaterThanOrEqual(db.store.collatedFrom);
    expect(await lone(db, (t) => rows(t, modified).sort((x, y) => (x[0] as number) - (y[0] as number)))).toEqual([[1, 'ab'], [2, 'a b']]);
  });
});

describe('which of a set of blank variants stays', () => {
  test('the first in exact order, whatever order they came in (insert, replace, modify)', async () => {
    const variants = ['a b', 'ab', ' ab', 'a  b'];
    const kept: Value[][][] = [];
    for (const order of [variants, [...variants].reverse(), ['ab', ' ab', 'a  b', 'a b']]) {
      const d = await freshDatabase();
      db = d;
      const r = await lone(d, (txn) => {
        const created = txn.createRelation({ name: 'v', owner: 't', attributes: [{ name: 'k', type: i4 }, { name: 's', type: c(10) }] });
        return txn.modifyRelation(created.name, { structure: 'btree', keys: [{ attribute: 'k', order: 'ascending' }] });
      });
      const txn = d.begin('t');
      txn.statement(() => { for (const s of order) txn.insert(r, [1, s]); });
      // a replace that makes tuple 2 a variant of tuple 1: one of them stays, the first
      txn.statement(() => expect(txn.insert(r, [2, 'abc'])).toBe(true));
      const two = [...txn.scan(r)].find((t) => t.values[0] === 2) as StoredTuple;
      txn.statement(() => expect(txn.update(r, two.ref, [1, '  a b'])).toBe(false));
      await txn.commit();
      // a modify of a heap holding every variant keeps the same one
      const heap = await lone(d, (t) => {
        const h = t.createRelation({ name: 'h', owner: 't', attributes: [{ name: 'k', type: i4 }, { name: 's', type: c(10) }] });
        for (const s of order) t.insert(h, [1, s]);
        return h;
      });
      const sorted = await lone(d, (t) => t.modifyRelation(heap.name, { structure: 'hash', keys: [{ attribute: 's', order: 'ascending' }] }));
      kept.push(await lone(d, (t) => [...rows(t, r), ...rows(t, sorted)]));
      await dispose(d);
      db = null;
    }
    expect(kept[0]).toEqual([[1, '  a b'], [1, ' ab']]);
    expect(kept[1]).toEqual(kept[0]);
    expect(kept[2]).toEqual(kept[0]);
  });

  test('an abort puts back the variant that was stored', async () => {
    const { d, r } = await (async () => {
      const fresh = await freshDatabase();
      const rel0 = await lone(fresh, (txn) => {
        const created = txn.createRelation({ name: 'v', owner: 't', attributes: [{ name: 's', type: c(10) }] });
        return txn.modifyRelation(created.name, { structure: 'hash', keys: [{ attribute: 's', order: 'ascending' }] });
      });
      return { d: fresh, r: rel0 };
    })();
    db = d;
    await lone(d, (txn) => txn.insert(r, ['ab']));
    const txn = d.begin('t');
    txn.statement(() => expect(txn.insert(r, [' ab'])).toBe(false));
    expect(rows(txn, r)).toEqual([[' ab']]);
    await txn.abort();
    expect(await lone(d, (t) => rows(t, r))).toEqual([['ab']]);
  });
});
