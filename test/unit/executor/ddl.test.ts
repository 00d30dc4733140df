/*
 * ddl.test.ts — create (limits and errors), destroy, print, help layouts, index, modify
 * (structures, options, errors), save, copy into/from, permits, range variables.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuelSession, StatementResult } from '../../../src/dbsys/index.js';
import type { Value } from '../../../src/types/value.js';
import type { DatabaseImpl } from '../../../src/storage/index.js';
import { errors, loadDemo, ok, openTestDb, rows, sorted } from './helpers.js';
import type { TestDb } from './helpers.js';

let t: TestDb;
let s: QuelSession;

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  await loadDemo(s);
  await ok(s, 'range of e is employee range of p is parts');
});
afterAll(async () => {
  await t.close();
});

function text(results: StatementResult[]): string {
  return results.map((r) => (r.kind === 'text' ? r.text : '')).join('');
}

describe('create and destroy', () => {
  it('validates formats, duplicates and limits', async () => {
    expect(await errors(s, 'create employee (a = i2)')).toEqual([5102]);
    expect(await errors(s, 'create relation (a = i2)')).toEqual([5103]);
    expect(await errors(s, 'create bad1 (a = i3)')).toEqual([5106]);
    expect(await errors(s, 'create bad2 (a = i2, a = i4)')).toEqual([5105]);
    const many = Array.from({ length: 50 }, (_v, i) => `a${i} = i1`).join(', ');
    expect(await errors(s, `create bad3 (${many})`)).toEqual([5104]);
    expect(await errors(s, 'create bad4 (a = c255, b = c255)')).toEqual([5107]);
  });

  it('destroy removes relations, their indexes and range variables', async () => {
    await ok(s, 'create gone (a = i2) index on gone is goneidx (a) range of g is gone');
    await ok(s, 'destroy gone');
    expect(await errors(s, 'retrieve (g.a)')).toEqual([2109]);
    expect(await errors(s, 'help goneidx')).toEqual([5401]);
    expect(await errors(s, 'destroy gone')).toEqual([5201]);
    expect(await errors(s, 'destroy relation')).toEqual([5202]);
  });
});

describe('print and help', () => {
  it('print gives the relation with its title', async () => {
    const [r] = await ok(s, 'print store');
    expect(r?.kind).toBe('rows');
    if (r?.kind !== 'rows') return;
    expect(r.title).toBe('store relation');
    expect(r.columns.map((c) => c.name)).toEqual(['number', 'city', 'state']);
    expect(r.rows).toHaveLength(3);
    expect(await errors(s, 'print nosuch')).toEqual([5001]);
  });

  it('help lists relations in the INGRES layout', async () => {
    const out = text(await ok(s, 'help'));
    expect(out.startsWith('\n relation name     relation owner\n\n')).toBe(true);
    expect(out).toContain(' employee          ingres\n');
    expect(out).toContain(' relation          ');
  });

  it('help R describes one relation', async () => {
    const out = text(await ok(s, 'help parts'));
    expect(out).toContain('Relation:\t\tparts\n');
    expect(out).toContain('Owner:\t\t\tingres\n');
    expect(out).toContain('Tuple width:\t\t34\n');
    expect(out).toContain('Number of tuples:\t14\n');
    expect(out).toContain('Storage structure:\tpaged heap\n');
    expect(out).toContain('Relation type:\t\tuser relation\n');
    expect(out).toContain('\n attribute name    type  length  keyno.\n\n');
    expect(out).toContain(' pname\t    c      20\n');
    expect(await errors(s, 'help nosuch')).toEqual([5401]);
  });

  it('help all skips catalogs', async () => {
    const out = text(await ok(s, 'help all'));
    expect(out).toContain('Relation:\t\tsupply\n');
    expect(out).not.toContain('Relation:\t\tattribute\n');
  });
});

describe('index and modify', () => {
  it('modify to every structure keeps the tuples', async () => {
    await ok(s, 'retrieve into pcopy (p.all) range of pc is pcopy');
    for (const structure of [
      'hash on pnum',
      'chash on pnum',
      'isam on pnum',
      'cisam on pname',
      'btree on weight',
      'cbtree on pnum',
      'heapsort on color:descending',
      'cheapsort on pnum',
      'heap',
      'cheap',
      'hash on pnum where fillfactor = 40, minpages = 2, maxpages = 50',
      'isam on pnum where fillfactor = 90',
    ]) {
      await ok(s, `modify pcopy to ${structure}`);
      expect(await rows(s, 'retrieve (pc.pnum)')).toHaveLength(14);
      expect(await rows(s, 'retrieve (pc.pname) where pc.pnum = 3')).toEqual([['disk drive']]);
    }
  });

  it('modify errors', async () => {
    expect(await errors(s, 'modify nosuch to hash')).toEqual([5500]);
    expect(await errors(s, 'modify relation to hash')).toEqual([5501]);
    expect(await errors(s, 'modify pcopy to bogus')).toEqual([5502]);
    expect(await errors(s, 'modify pcopy to hash on nosuch')).toEqual([5503]);
    expect(await errors(s, 'modify pcopy to heap on pnum')).toEqual([5504]);
    expect(await errors(s, 'modify pcopy to hash on pnum where bogus = 3')).toEqual([5505]);
    expect(await errors(s, 'modify pcopy to hash on pnum where fillfactor = 101')).toEqual([5506]);
    expect(await errors(s, 'modify pcopy to isam on pnum where maxpages = 10')).toEqual([5507]);
    expect(await errors(s, 'modify pcopy to hash on pnum:descending')).toEqual([5520]);
  });

  it('index is used for equality and ranges, and shows in help', async () => {
    await ok(s, 'index on pcopy is pcolor (color)');
    expect(text(await ok(s, 'help pcopy'))).toContain('Secondary Indices:\tpcolor');
    const black = sorted(await rows(s, 'retrieve (p.pname) where p.color = "black"'));
    expect(black.length).toBeGreaterThan(1);
    expect(sorted(await rows(s, 'retrieve (pc.pname) where pc.color = "black"'))).toEqual(black);
    expect(
      sorted(await rows(s, 'retrieve (pc.pname) where pc.color >= "black" and pc.color <= "black"')),
    ).toEqual(black);
    expect(await errors(s, 'index on pcopy is pcolor (color)')).toEqual([5302]);
    expect(await errors(s, 'index on pcopy is px (nosuch)')).toEqual([5304]);
    expect(await errors(s, 'index on nosuch is px (a)')).toEqual([5300]);
    expect(await errors(s, 'index on pcolor is px (color)')).toEqual([5301]);
  });
});

describe('session structure options', () => {
  it('-r chooses the retrieve-into structure; indexes stay ordered whatever -n says', async () => {
    const other = t.session({ indexStructure: 'hash', retrieveIntoStructure: 'heap' });
    await ok(other, 'range of p is parts retrieve into pheap (p.pnum, p.color) index on pheap is pheapc (color)');
    const help = text(await ok(other, 'help pheapc'));
    expect(help).toContain('Relation type:\t\tsecondary index on pheap\n');
    expect(help).toContain('Number of tuples:\t14\n');
    expect(text(await ok(other, 'help pheap'))).toContain('Storage structure:\tpaged heap\n');
    await ok(other, 'range of ph is pheap');
    expect(await rows(other, 'retrieve (ph.pnum) where ph.color = "pink"')).toHaveLength(
      (await rows(s, 'retrieve (p.pnum) where p.color = "pink"')).length,
    );
  });
});

describe('save', () => {
  it('sets the expiry date', async () => {
    await ok(s, 'save pcopy until 12 31 2030');
    expect(text(await ok(s, 'help pcopy'))).toMatch(/Saved until:\t\t\w{3} Dec 31 \d\d:\d\d:\d\d 2030\n/);
    expect(await errors(s, 'save pcopy until 13 1 2030')).toEqual([5901]);
    expect(await errors(s, 'save nosuch until 1 1 2030')).toEqual([5900]);
  });
});

describe('copy', () => {
  it('copies into a file and back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copy-'));
    const file = join(dir, 'parts.txt');
    await ok(
      s,
      `copy parts (pnum = c0tab, pname = c0tab, color = c0tab, weight = c0tab, qoh = c0nl) into "${file}"`,
    );
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(14);
    await ok(s, 'create p2 (pnum = i2, pname = c20, color = c8, weight = i2, qoh = i2) range of q is p2');
    const r = await ok(
      s,
      `copy p2 (pnum = c0tab, pname = c0tab, color = c0tab, weight = c0tab, qoh = c0nl) from "${file}"`,
    );
    expect(r[0]).toEqual({ kind: 'done', statement: 'Copy', tuples: 14 });
    // a copy that filled an empty relation leaves it in the tuple cache (as modify does)
    const impl = t.db as unknown as DatabaseImpl;
    const look = impl.begin('tester');
    const p2 = look.relation('p2');
    await look.commit();
    expect(p2 !== undefined && impl.store.tupleCache.has(p2.id)).toBe(true);
    expect(sorted(await rows(s, 'retrieve (q.all)'))).toEqual(sorted(await rows(s, 'retrieve (p.all)')));
    // bulk binary copy in relation formats
    const bin = join(dir, 'parts.bin');
    await ok(s, `copy parts () into "${bin}"`);
    expect(readFileSync(bin).length).toBe(14 * 34);
    await ok(s, 'modify p2 to hash on pnum');
    const dup = await ok(s, `copy p2 () from "${bin}"`);
    expect(dup[1]).toEqual({ kind: 'text', text: '5819: COPY: 14 duplicate tuples were ignored\n' });
    expect(await errors(s, 'copy p2 () from "relative/file"')).toEqual([5816]);
    expect(await errors(s, `copy pcopy () from "${bin}"`)).toEqual([5812]);
    writeFileSync(join(dir, 'bad.txt'), 'x\n');
    expect(
      (await errors(s, `copy p2 (pnum = c0nl) from "${join(dir, 'bad.txt')}"`))[0],
    ).toBeGreaterThanOrEqual(5800);
    expect(await rows(s, 'retrieve (q.pnum)')).toHaveLength(14);
    rmSync(dir, { recursive: true, force: true });
  });

  it('only regular files: a FIFO or a device is refused at once, never waited on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copy-'));
    try {
      const fifo = join(dir, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      await ok(s, 'create fifo1 (a = c10) range of ff is fifo1');
      // (opening a FIFO for reading or writing would wait for the other end: this test would hang)
      const from = await s.run(`copy fifo1 (a = c0nl) from "${fifo}"`);
      expect(from).toMatchObject([{ kind: 'error', error: { code: 5804, message: expect.stringContaining('not a regular file') } }]);
      expect(await errors(s, `copy parts (pname = c0nl) into "${fifo}"`)).toEqual([5804]);
      expect(await errors(s, 'copy fifo1 (a = c0nl) from "/dev/zero"')).toEqual([5804]);
      // a character device may be written (it never blocks)
      await ok(s, 'copy parts (pname = c0nl) into "/dev/null"');
      expect(await rows(s, 'retrieve (ff.a)')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("never the installation's own files (II_SYSTEM), through a symbolic link either", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copy-'));
    const saved = process.env['II_SYSTEM'];
    try {
      const root = join(dir, 'ii');
      mkdirSync(join(root, 'data', 'db'), { recursive: true });
      writeFileSync(join(root, 'data', 'db', 'data.mdb'), 'pages');
      symlinkSync(join(root, 'data'), join(dir, 'link'));
      process.env['II_SYSTEM'] = root;
      for (const file of [join(root, 'data', 'db', 'data.mdb'), join(dir, 'link', 'db', 'data.mdb'), join(root, 'data', 'db', 'new.txt')]) {
        const into = await s.run(`copy parts (pname = c0nl) into "${file}"`);
        expect(into, file).toMatchObject([{ kind: 'error', error: { code: 5804, message: expect.stringContaining('a file of the INGRES installation') } }]);
      }
      expect(await errors(s, `copy p2 (pnum = c0nl) from "${join(root, 'data', 'db', 'data.mdb')}"`)).toEqual([5804]);
      expect(readFileSync(join(root, 'data', 'db', 'data.mdb'), 'utf8')).toBe('pages');
      // outside it, as before
      await ok(s, `copy parts (pname = c0nl) into "${join(dir, 'out.txt')}"`);
      expect(readFileSync(join(dir, 'out.txt'), 'utf8').split('\n')).toHaveLength(15);
    } finally {
      if (saved === undefined) delete process.env['II_SYSTEM'];
      else process.env['II_SYSTEM'] = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('permits and range variables', () => {
  it('stores and shows permits; non-owners need one', async () => {
    await ok(s, 'range of st is store');
    await ok(s, 'define permit retrieve on st to guest');
    expect(text(await ok(s, 'help permit store'))).toContain('Permission 1:');
    const guest = t.session({ user: 'guest' });
    await ok(guest, 'range of st is store range of e is employee');
    expect(await rows(guest, 'retrieve (st.city)')).toHaveLength(3);
    expect(await errors(guest, 'delete st')).toEqual([3500]);
    expect(await errors(guest, 'retrieve (e.name)')).toEqual([3500]);
    await ok(s, 'destroy permit store (1)');
    expect(await errors(guest, 'retrieve (st.city)')).toEqual([3500]);
    // a permit on some domains with a qualification: query modification
    await ok(s, 'define permit retrieve on e (name, salary) to guest where e.salary < 8000');
    const seen = await rows(guest, 'retrieve (e.name)');
    expect(seen).toHaveLength((await rows(s, 'retrieve (e.name) where e.salary < 8000')).length);
    expect(await errors(guest, 'retrieve (e.manager)')).toEqual([3500]);
    expect(await errors(guest, 'retrieve (e.name) where e.manager = 1')).toEqual([3500]);
    expect(await rows(guest, 'retrieve (n = count(e.name))')).toEqual([[seen.length]]);
  });

  it('a permit applies only within its time of day and days of week; a terminal permit never', async () => {
    // only Date is faked (lmdb and the sessions keep their real timers); times are local,
    // as the daemon reads them: Monday 7 Dec 2026 10:30, then Saturday 23:30
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2026, 11, 7, 10, 30));
      await ok(s, 'range of sp is supply');
      await ok(s, 'define permit retrieve on sp to worker from 9:00 to 17:00 on mon to fri');
      await ok(s, 'define permit retrieve on sp to owl from 22:00 to 6:00');
      await ok(s, 'define permit retrieve on sp to weekend on fri to sun');
      await ok(s, 'define permit retrieve on sp to desk at tty4');
      const count = async (user: string): Promise<number[] | Value[][]> => {
        const session = t.session({ user });
        await ok(session, 'range of sp is supply');
        const refused = await errors(session, 'retrieve (n = count(sp.snum))');
        const result = refused.length > 0 ? refused : await rows(session, 'retrieve (n = count(sp.snum))');
        await session.close();
        return result;
      };
      expect(await count('worker')).toEqual([[23]]);
      expect(await count('owl')).toEqual([3500]);
      expect(await count('weekend')).toEqual([3500]);
      expect(await count('desk')).toEqual([3500]);
      vi.setSystemTime(new Date(2026, 11, 12, 23, 30));
      expect(await count('worker')).toEqual([3500]);
      expect(await count('owl')).toEqual([[23]]); // (the window wraps past midnight)
      expect(await count('weekend')).toEqual([[23]]); // (fri … sun wraps past saturday)
      vi.setSystemTime(new Date(2026, 11, 11, 17, 0)); // Friday 17:00: both ends inclusive
      expect(await count('worker')).toEqual([[23]]);
      // refused when defined, not at every use
      expect(await errors(s, 'define permit retrieve on sp to x from 9:00 to 25:00')).toEqual([3593]);
      expect(await errors(s, 'define permit retrieve on sp to x from 9:61 to 10:00')).toEqual([3593]);
      expect(await errors(s, 'define permit retrieve on sp to x on mon to someday')).toEqual([3594]);
      await ok(s, 'destroy permit supply all');
    } finally {
      vi.useRealTimers();
    }
  });

  it('unknown variables and relations', async () => {
    expect(await errors(s, 'retrieve (zz.a)')).toEqual([2109]);
    expect(await errors(s, 'range of zz is nosuch')).toEqual([2117]);
    expect(await errors(s, 'retrieve (e.nosuch)')).toEqual([2100]);
  });

  it('at most 10 live variables; the least recently used is reused', async () => {
    const session = t.session();
    for (let i = 0; i < 11; i++) await ok(session, `range of v${i} is parts`);
    expect(await errors(session, 'retrieve (v0.pnum)')).toEqual([2109]);
    expect(await rows(session, 'retrieve (v10.pnum) where v10.pnum = 1')).toEqual([[1]]);
    expect(await rows(session, 'retrieve (v1.pnum) where v1.pnum = 1')).toEqual([[1]]);
  });
});
