/*
 * dist-units.test.ts — pieces of the distributed DB system without a network: catalog
 * statements survive their trip as QUEL text (catalogText parses back to the same
 * statement), detachment picks exactly the one-variable (and implied) conjuncts, and a
 * one-host database never touches the TM or the slaves.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { catalogText, userOf, withUser } from '../../src/dbsys/distributed/ddl-text.js';
import { conjuncts, detach, pushableAggregates } from '../../src/dbsys/distributed/detach.js';
import { parse } from '../../src/parser/index.js';
import type * as ast from '../../src/parser/ast.js';
import type { RelationDesc, Transaction } from '../../src/storage/api.js';
import { InProcessCluster } from './support/dist-cluster.js';

function withoutPos(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'pos' || k === 'text' ? undefined : v)));
}

describe('catalog statements as QUEL text', () => {
  const ranges = new Map([['e', 'employee']]);
  for (const text of [
    'create r (a = i4, b = c10, c = f8) at h2',
    'destroy r, s',
    'destroy permit employee 1, 3',
    'destroy integrity employee all',
    'index on employee is empidx (name, salary)',
    'modify employee to hash on number where fillfactor = 50, minpages = 10',
    'modify employee to isam on name:descending, number',
    'modify employee to heap',
    'save employee until 12 31 2030',
    'save employee',
  ]) {
    test(text, () => {
      const stmt = parse(text)[0] as ast.Statement;
      const again = parse(catalogText(stmt, ranges));
      expect(again).toHaveLength(1);
      expect(withoutPos(again[0])).toEqual(withoutPos(stmt));
    });
  }

  test('define statements carry the range declarations they need', () => {
    const stmt = parse('define permit retrieve on e (name) to bob where e.salary < 10000')[0] as ast.Statement;
    const text = catalogText(stmt, ranges);
    expect(text).toMatch(/^range of e is employee\n/);
    const again = parse(text);
    expect(again[0]?.kind).toBe('Range');
    expect(again[1]?.kind).toBe('DefinePermit');
  });

  test('the user travels with the text', () => {
    const text = withUser('fred', 'create r (a = i4) at h1');
    expect(userOf(text, 'ingres')).toBe('fred');
    expect(userOf('create r (a = i4)', 'ingres')).toBe('ingres');
    expect(parse(text)[0]?.kind).toBe('Create');
  });
});

describe('detachment', () => {
  const rel = (name: string, attrs: string[], host: string): RelationDesc => ({
    id: 1, name, owner: 'ingres', kind: 'user', attributes: attrs.map((a) => ({ name: a, type: { kind: 'i', length: 4 }, keyNo: 0 })),
    structure: 'heap', compressed: false, keys: [], fillfactor: 50, minpages: 1, maxpages: 1, indexOf: null, indexes: [],
    saveUntil: 0, tupleCount: 0, width: 4 * attrs.length, host,
  });
  const emp = rel('emp', ['id', 'name', 'salary', 'dept'], 'h2');
  const dep = rel('dep', ['id', 'floor', 'mgr'], 'h3');
  const txn = {
    relation: (n: string) => (n === 'emp' ? emp : n === 'dep' ? dep : undefined),
    definitions: () => [],
  } as unknown as Transaction;
  const ranges = new Map([['e', 'emp'], ['d', 'dep'], ['m', 'emp']]);
  const text = (e: ast.Expr | null): unknown => withoutPos(e);

  test('one-variable conjuncts, used attributes, and the implied restriction', () => {
    const stmt = parse('retrieve (e.name) where e.dept = d.id and d.floor = 2 and e.salary > 10 or e.id = 1')[0] as ast.Statement;
    // top-level `or`: nothing can be detached
    const [se] = detach(stmt, ranges, [emp], txn, 'ingres', 'ingres');
    expect(se?.where).toBeNull();
    const stmt2 = parse('retrieve (e.name) where e.dept = d.id and d.floor = 2 and e.salary > 10 and d.id < 5')[0] as ast.Statement;
    const [e2, d2] = detach(stmt2, ranges, [emp, dep], txn, 'ingres', 'ingres');
    expect(e2?.attributes).toEqual(['name', 'salary', 'dept']);
    expect(conjuncts(e2?.where ?? null).map(text)).toEqual(
      [parse('retrieve (x = 1) where e.salary > 10 and e.dept < 5')[0]].flatMap((s) => conjuncts((s as ast.RetrieveStmt).where).map(text)),
    );
    expect(d2?.attributes).toEqual(['id', 'floor']);
    expect(conjuncts(d2?.where ?? null)).toHaveLength(2);
  });

  test('no restriction inside aggregates or with two variables over one relation', () => {
    const agg = parse('retrieve (e.name) where e.salary > avg(e.salary) and e.id > 3')[0] as ast.Statement;
    expect(detach(agg, ranges, [emp], txn, 'ingres', 'ingres')[0]?.where).toBeNull();
    const self = parse('retrieve (e.name, m.name) where e.dept = m.id and e.id > 3')[0] as ast.Statement;
    const [s] = detach(self, ranges, [emp], txn, 'ingres', 'ingres');
    expect(s?.where).toBeNull();
    expect(s?.attributes).toEqual(['id', 'name', 'dept']);
  });

  test('a variable used inside one aggregate only is restricted by that aggregate\'s conjuncts', () => {
    const stmt = parse('retrieve (d.floor, n = count(e.id where e.salary > 10 and e.dept = d.id and d.mgr = 4))')[0] as ast.Statement;
    const [e, d] = detach(stmt, ranges, [emp, dep], txn, 'ingres', 'ingres');
    expect(conjuncts(e?.where ?? null).map(text)).toEqual(
      conjuncts((parse('retrieve (x = 1) where e.salary > 10')[0] as ast.RetrieveStmt).where).map(text),
    );
    // d is read by the statement and by the aggregate: two queries, no restriction
    expect(d?.where).toBeNull();
    // a by-list is read by the enclosing query too
    const by = parse('retrieve (n = count(e.id by e.dept where e.salary > 10))')[0] as ast.Statement;
    expect(detach(by, ranges, [emp], txn, 'ingres', 'ingres')[0]?.where).toBeNull();
  });

  test('aggregates whose relations all live on one other host are computed there, and not fetched', () => {
    const stmt = parse('retrieve (d.floor, a = count(e.id where e.salary > avg(m.salary)), b = count(e.id where e.dept = d.id), c = max(e.name by e.dept))')[0] as ast.Statement;
    const pushed = pushableAggregates(stmt, ranges, txn, 'h1', 'ingres', 'ingres');
    // a (emp twice, nested) and c go to h2; b reads dep (h3) too
    expect(pushed.map((p) => [p.aggregate.fn, p.host, [...p.ranges].sort()])).toEqual([
      ['count', 'h2', [['e', 'emp'], ['m', 'emp']]],
      ['max', 'h2', [['e', 'emp']]],
    ]);
    // emp is still read by b and by c's by-list; with only a pushed, emp goes unfetched
    const alone = parse('retrieve (d.floor, a = count(e.id where e.salary > avg(m.salary)))')[0] as ast.Statement;
    const only = pushableAggregates(alone, ranges, txn, 'h1', 'ingres', 'ingres');
    expect(detach(alone, ranges, [emp, dep], txn, 'ingres', 'ingres', only).map((s) => s.relation.name)).toEqual(['dep']);
    // on the user host itself nothing is pushed
    expect(pushableAggregates(alone, ranges, txn, 'h2', 'ingres', 'ingres')).toEqual([]);
  });
});

describe('a one-host database', () => {
  let cluster: InProcessCluster | null = null;
  afterAll(async () => {
    await cluster?.close();
  });

  test('runs without the TM and without slaves', async () => {
    cluster = await InProcessCluster.start(['solo']);
    const host = cluster.host('solo');
    let parts = 0;
    const original = host.tm.part.bind(host.tm);
    host.tm.part = (id, user) => {
      parts += 1;
      return original(id, user);
    };
    const s = cluster.session('solo');
    const r = await s.run(`create t (a = i4) append to t (a = 1) range of x is t
begin transaction append to t (a = 2) end transaction
retrieve (x.a) sort by a help t`);
    expect(r.filter((x) => x.kind === 'error')).toEqual([]);
    expect(r.find((x) => x.kind === 'rows')).toMatchObject({ rows: [[1], [2]] });
    const help = r.find((x) => x.kind === 'text');
    expect(help?.kind === 'text' && help.text).not.toMatch(/Host:/);
    expect(parts).toBe(0);
    await s.close();
  });
});
