/*
 * statements.test.ts — every statement form of QUEL.md §7 (and the commercial additions)
 * parses to the expected AST: noise words, lists, optional clauses, several statements per
 * buffer, and the `text` kept by define statements.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/parser/index.js';
import { one, strip } from './helpers.js';

describe('range', () => {
  it('binds one variable', () => {
    expect(strip(one('range of e is employee'))).toEqual({
      kind: 'Range', bindings: [{ variable: 'e', relation: 'employee' }],
    });
  });
  it('binds several (commercial Ingres), and = works like is', () => {
    expect(strip(one('RANGE OF a IS T1, b = t2'))).toEqual({
      kind: 'Range', bindings: [{ variable: 'a', relation: 't1' }, { variable: 'b', relation: 't2' }],
    });
  });
  it('records positions', () => {
    const s = one('\n  range of e is employee');
    expect(s.pos).toEqual({ line: 2, column: 3 });
  });
});

describe('retrieve', () => {
  it('plain target list with bare var.dom, name = e, name is e, name by e', () => {
    const s = one('retrieve (e.name, x = 1, y is 2, z by 3)');
    expect(strip(s)).toEqual({
      kind: 'Retrieve', into: null, unique: false, where: null, sortBy: [],
      targets: [
        { kind: 'TargetExpr', name: null, expr: { kind: 'AttrRef', variable: 'e', attribute: 'name' } },
        { kind: 'TargetExpr', name: 'x', expr: { kind: 'IntConst', value: 1 } },
        { kind: 'TargetExpr', name: 'y', expr: { kind: 'IntConst', value: 2 } },
        { kind: 'TargetExpr', name: 'z', expr: { kind: 'IntConst', value: 3 } },
      ],
    });
  });
  it('var.all', () => {
    const s = one('retrieve (e.all)');
    expect(s.kind === 'Retrieve' && strip(s.targets)).toEqual([{ kind: 'TargetAll', variable: 'e' }]);
  });
  it.each([
    ['retrieve into overpaid (e.all)', 'overpaid', false],
    ['retrieve to overpaid (e.all)', 'overpaid', false],
    ['retrieve overpaid (e.all)', 'overpaid', false],
    ['retrieve unique (e.name)', null, true],
    ['retrieve unique into r (e.name)', 'r', true],
    ['retrieve into r unique (e.name)', 'r', true],
  ])('%s', (text, into, unique) => {
    const s = one(text);
    expect(s.kind).toBe('Retrieve');
    if (s.kind !== 'Retrieve') return;
    expect(s.into).toBe(into);
    expect(s.unique).toBe(unique);
  });
  it('where clause', () => {
    const s = one('retrieve (e.name) where e.salary > 8000');
    expect(s.kind === 'Retrieve' && strip(s.where)).toEqual({
      kind: 'Compare', op: '>',
      left: { kind: 'AttrRef', variable: 'e', attribute: 'salary' },
      right: { kind: 'IntConst', value: 8000 },
    });
  });
  it('sort by with every order spelling', () => {
    const s = one('retrieve (e.name, e.salary, s = 1) where e.x = 1 ' +
      'sort by name:descending, salary:asc, s:d, e.number:a, x:desc, y:ascending, z');
    expect(s.kind === 'Retrieve' && strip(s.sortBy)).toEqual([
      { name: 'name', order: 'descending' },
      { name: 'salary', order: 'ascending' },
      { name: 's', order: 'descending' },
      { name: 'number', order: 'ascending' },
      { name: 'x', order: 'descending' },
      { name: 'y', order: 'ascending' },
      { name: 'z', order: 'ascending' },
    ]);
  });
  it('sort without by, and order by', () => {
    for (const text of ['retrieve (e.name) sort name', 'retrieve (e.name) order by name']) {
      const s = one(text);
      expect(s.kind === 'Retrieve' && s.sortBy.map((k) => k.name)).toEqual(['name']);
    }
  });
  it('soft keywords stay usable as names', () => {
    const s = one('retrieve into order (sort = end.begin, abort = transaction.only) where order.a = 1');
    expect(s.kind === 'Retrieve' && s.into).toBe('order');
    expect(s.kind === 'Retrieve' && s.targets.map((t) => t.kind === 'TargetExpr' && t.name)).toEqual([
      'sort', 'abort',
    ]);
  });
});

describe('append, replace, delete', () => {
  it.each(['append employee', 'append to employee', 'append into employee', 'append onto employee',
    'append on employee'])('%s (...)', (head) => {
    expect(strip(one(`${head} (number = 1, name = "x") where e.a = 1`))).toMatchObject({
      kind: 'Append', relation: 'employee',
      targets: [{ name: 'number' }, { name: 'name' }],
      where: { kind: 'Compare' },
    });
  });
  it.each(['replace e', 'replace into e', 'replace in e', 'replace on e'])('%s (...)', (head) => {
    expect(strip(one(`${head} (salary = e.salary * 1.1) where e.name = "Ross*"`))).toMatchObject({
      kind: 'Replace', variable: 'e', targets: [{ name: 'salary', expr: { kind: 'Binary', op: '*' } }],
    });
  });
  it.each(['delete e', 'delete in e', 'delete on e', 'delete from e'])('%s', (head) => {
    expect(strip(one(head))).toEqual({ kind: 'Delete', variable: 'e', where: null });
    expect(strip(one(`${head} where e.a = 1`))).toMatchObject({ kind: 'Delete', where: { kind: 'Compare' } });
  });
});

describe('create, destroy, print', () => {
  it('create with is and =', () => {
    expect(strip(one('create emp (name is c20, salary = i2, rate = F8)'))).toEqual({
      kind: 'Create', relation: 'emp', placement: null,
      attributes: [
        { name: 'name', format: 'c20' },
        { name: 'salary', format: 'i2' },
        { name: 'rate', format: 'f8' },
      ],
    });
  });
  it('create with a placement clause', () => {
    expect(one('create r (a = i4) at h2')).toMatchObject({ placement: 'h2' });
    expect(one('create r (a = i4) at "db-2.example"')).toMatchObject({ placement: 'db-2.example' });
  });
  it('destroy a list of relations', () => {
    expect(strip(one('destroy a, b, c'))).toEqual({ kind: 'Destroy', relations: ['a', 'b', 'c'] });
  });
  it('destroy permit / integrity with ids or all', () => {
    expect(strip(one('destroy permit parts 1, 2'))).toEqual({ kind: 'DestroyPermit', relation: 'parts', ids: [1, 2] });
    expect(strip(one('destroy permit parts (3)'))).toEqual({ kind: 'DestroyPermit', relation: 'parts', ids: [3] });
    expect(strip(one('destroy integrity parts all'))).toEqual({
      kind: 'DestroyIntegrity', relation: 'parts', ids: 'all',
    });
  });
  it('print one or several', () => {
    expect(strip(one('print parts'))).toEqual({ kind: 'Print', relations: ['parts'] });
    expect(strip(one('print parts, supply'))).toEqual({ kind: 'Print', relations: ['parts', 'supply'] });
  });
});

describe('help', () => {
  it('all forms', () => {
    expect(strip(one('help'))).toEqual({ kind: 'Help', mode: 'list', names: [] });
    expect(strip(one('help all'))).toEqual({ kind: 'Help', mode: 'all', names: [] });
    expect(strip(one('help parts, "quel", ""'))).toEqual({
      kind: 'Help', mode: 'relations',
      names: [{ name: 'parts', section: false }, { name: 'quel', section: true }, { name: '', section: true }],
    });
    for (const mode of ['view', 'permit', 'integrity'] as const) {
      expect(strip(one(`help ${mode} a, b`))).toEqual({
        kind: 'Help', mode, names: [{ name: 'a', section: false }, { name: 'b', section: false }],
      });
    }
  });
  it('a following transaction statement is not a relation name', () => {
    expect(parse('help begin transaction help end transaction help abort').map((s) => s.kind)).toEqual([
      'Help', 'BeginTransaction', 'Help', 'EndTransaction', 'Help', 'Abort',
    ]);
    expect(one('help begin')).toMatchObject({ mode: 'relations', names: [{ name: 'begin' }] });
  });
});

describe('index, modify', () => {
  it('index', () => {
    expect(strip(one('index on employee is empidx (manager, salary)'))).toEqual({
      kind: 'Index', relation: 'employee', name: 'empidx', attributes: ['manager', 'salary'],
    });
  });
  it('modify without keys', () => {
    expect(strip(one('modify parts to heap'))).toEqual({
      kind: 'Modify', relation: 'parts', structure: 'heap', keys: [], options: [],
    });
  });
  it('modify with keys, orders and options', () => {
    expect(strip(one('modify parts to cheapsort on pnum:descending, color:a, weight ' +
      'where fillfactor = 50, minpages = 10, maxpages = 100'))).toEqual({
      kind: 'Modify', relation: 'parts', structure: 'cheapsort',
      keys: [
        { name: 'pnum', order: 'descending' },
        { name: 'color', order: 'ascending' },
        { name: 'weight', order: null },
      ],
      options: [
        { name: 'fillfactor', value: 50 },
        { name: 'minpages', value: 10 },
        { name: 'maxpages', value: 100 },
      ],
    });
  });
  it('every structure name is accepted as written', () => {
    for (const s of ['heap', 'cheap', 'hash', 'chash', 'isam', 'cisam', 'btree', 'cbtree',
      'heapsort', 'cheapsort', 'truncated', 'HASH']) {
      expect(one(`modify r to ${s}`)).toMatchObject({ structure: s.toLowerCase() });
    }
  });
});

describe('copy, save', () => {
  it('copy with name and quoted formats', () => {
    expect(strip(one('copy parts (pnum is c0comma, pname = "C0&", comma = d1, x = c0nl) from "/tmp/parts"'))).toEqual({
      kind: 'Copy', relation: 'parts', direction: 'from', file: '/tmp/parts',
      domains: [
        { name: 'pnum', format: 'c0comma' },
        { name: 'pname', format: 'c0&' },
        { name: 'comma', format: 'd1' },
        { name: 'x', format: 'c0nl' },
      ],
    });
  });
  it('bulk copy with an empty list', () => {
    expect(strip(one('copy parts () into "/tmp/p"'))).toEqual({
      kind: 'Copy', relation: 'parts', direction: 'into', file: '/tmp/p', domains: [],
    });
  });
  it('save with month numbers and names, and without a date', () => {
    expect(one('save r until 12 31 1999')).toMatchObject({ until: { month: 12, day: 31, year: 1999 } });
    expect(one('save r until jan 5 1982')).toMatchObject({ until: { month: 1, day: 5, year: 1982 } });
    expect(one('save r until September 5 1982')).toMatchObject({ until: { month: 9 } });
    expect(one('save r')).toMatchObject({ kind: 'Save', relation: 'r', until: null });
  });
});

describe('define', () => {
  it('view keeps its text', () => {
    const text = 'define view rich (e.name, pay = e.salary) where e.salary > 10000';
    const s = one(`  ${text}`);
    expect(s).toMatchObject({ kind: 'DefineView', name: 'rich', text });
    expect(s.kind === 'DefineView' && s.targets).toHaveLength(2);
  });
  it('view text stops at the next statement', () => {
    const [v, p] = parse('define view v (e.name)\nprint v');
    expect(v).toMatchObject({ kind: 'DefineView', text: 'define view v (e.name)' });
    expect(p).toMatchObject({ kind: 'Print' });
  });
  it('permit, full form', () => {
    const text = 'define permit retrieve, replace on e (name, salary) to marc at tty4 ' +
      'from 8:00 to 17:30 on mon to fri where e.manager = 33';
    expect(strip(one(text))).toEqual({
      kind: 'DefinePermit', ops: ['retrieve', 'replace'], variable: 'e', domains: ['name', 'salary'],
      user: 'marc', terminal: 'tty4', timeFrom: '8:00', timeTo: '17:30', dayFrom: 'mon', dayTo: 'fri',
      where: { kind: 'Compare', op: '=', left: { kind: 'AttrRef', variable: 'e', attribute: 'manager' },
        right: { kind: 'IntConst', value: 33 } },
      text,
    });
  });
  it('permit, short forms', () => {
    expect(one('define permit all on parts to all')).toMatchObject({
      ops: ['all'], variable: 'parts', user: 'all', terminal: 'all', domains: [], where: null,
      timeFrom: null, dayFrom: null,
    });
    expect(one('define permit retrieve of x to all at all')).toMatchObject({ ops: ['retrieve'], terminal: 'all' });
    expect(one('define permit append, delete to x to joe')).toMatchObject({ ops: ['append', 'delete'], user: 'joe' });
  });
  it('integrity with every noise word', () => {
    for (const head of ['define integrity on e is', 'define integrity onto e', 'define integrity in e =',
      'define integrity of e', 'define integrity e']) {
      const s = one(`${head} e.salary > 1000`);
      expect(s).toMatchObject({ kind: 'DefineIntegrity', variable: 'e', where: { kind: 'Compare', op: '>' } });
      expect(s.kind === 'DefineIntegrity' && s.text).toBe(`${head} e.salary > 1000`);
    }
  });
});

describe('transactions and several statements', () => {
  it('begin / end transaction / abort', () => {
    expect(parse('begin transaction end transaction abort').map((s) => s.kind)).toEqual([
      'BeginTransaction', 'EndTransaction', 'Abort',
    ]);
  });
  it('statements need no separator; semicolons are allowed', () => {
    const text = `range of e is employee
      retrieve (e.name) where e.salary > 8000
      append to employee (number = 1)
      ; replace e (salary = 0) where e.number = 1;
      delete e where e.number = 1
      print employee`;
    expect(parse(text).map((s) => s.kind)).toEqual(['Range', 'Retrieve', 'Append', 'Replace', 'Delete', 'Print']);
  });
  it('a large buffer parses completely (one shared parser, reset per call)', () => {
    const text = 'range of e is employee retrieve (e.name) where e.a = 1 and e.b < 2\n'.repeat(5000);
    const statements = parse(text);
    expect(statements).toHaveLength(10000);
    expect(statements[9999]?.pos.line).toBe(5000);
  });
  it('empty buffers and comments give no statements', () => {
    expect(parse('')).toEqual([]);
    expect(parse('  /* nothing */ \n ; ')).toEqual([]);
  });
});
