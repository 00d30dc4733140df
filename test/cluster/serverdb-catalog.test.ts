/*
 * serverdb-catalog.test.ts — the pieces of start-up consistency without processes: the
 * logical catalog and its digest, the catalog copy (atomic, keeps this host's tuples, ids
 * of definitions kept), the <db>_dbst file and the vouch rule, the installation-owner check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../../src/dbsys/index.js';
import { CATALOG_LOCK, createDatabase, type Database } from '../../src/storage/index.js';
import { applyCatalog } from '../../src/serverdb/catalog-copy.js';
import { catalogDigest, logicalCatalog } from '../../src/serverdb/catalog-digest.js';
import { writeDbstateRelation } from '../../src/serverdb/dbstate-relation.js';
import { canVouch, readDbst, writeDbst } from '../../src/serverdb/dbst.js';
import { checkOwner } from '../../src/cluster/owner.js';

const dirs: string[] = [];
const open: Database[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function database(name: string): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'serverdb-catalog-'));
  dirs.push(dir);
  const db = await createDatabase(join(dir, name), name);
  open.push(db);
  return db;
}

async function quel(db: Database, text: string): Promise<void> {
  const session = createSession(db, { user: 'ingres', retrieveIntoStructure: 'cheapsort', indexStructure: 'isam' });
  const results = await session.run(text);
  await session.close();
  const errors = results.filter((r) => r.kind === 'error');
  expect(errors).toEqual([]);
}

async function digest(db: Database, host: string): Promise<string> {
  const txn = db.begin('ingres');
  try {
    return catalogDigest(txn, host);
  } finally {
    txn.abort();
  }
}

/** Copy `source`'s logical catalog (as host `sourceHost` sees it) into `target` (host `targetHost`). */
async function copy(source: Database, sourceHost: string, target: Database, targetHost: string): Promise<void> {
  const read = source.begin('ingres');
  const catalog = logicalCatalog(read, sourceHost);
  read.abort();
  const txn = target.begin('$serverdb');
  const names = new Set([...txn.relations().map((r) => r.name), ...catalog.relations.map((r) => r.name)]);
  await txn.lock([{ name: CATALOG_LOCK, mode: 'X' }, ...[...names].sort().map((name) => ({ name, mode: 'X' as const }))]);
  txn.statement(() => applyCatalog(txn, catalog, targetHost));
  await txn.commit();
}

const SCHEMA = `create emp (name = c10, sal = i4, dept = i2)
modify emp to isam on sal where fillfactor = 60
index on emp is empx (dept)
create dept (dno = i2, dname = c20) at h2
modify dept to hash on dno
range of e is emp
define view rich (e.name) where e.sal > 1000
define permit retrieve on e to all
define permit append on e to fred
define permit replace on e to joe
destroy permit emp 2
define integrity on e is e.sal > 0
`;

describe('the logical catalog and its copy', () => {
  it('digests ignore internal ids, reltups, the catalogs and dbstate; placement is explicit', async () => {
    const a = await database('a');
    const b = await database('a');
    await quel(a, SCHEMA);
    await quel(a, 'append to emp (name = "x", sal = 5, dept = 1)\n');
    expect(await digest(a, 'h1')).not.toBe(await digest(b, 'h1'));
    // the same relations created in another order on b, with different internal ids
    await quel(b, 'create junk (x = i4)\ndestroy junk\n' + SCHEMA);
    expect(await digest(b, 'h1')).toBe(await digest(a, 'h1'));
    // seen from another host, the relations held here name h1 explicitly
    expect(await digest(b, 'h3')).not.toBe(await digest(a, 'h1'));
    await writeDbstateRelation(a, []);
    expect(await digest(b, 'h1')).toBe(await digest(a, 'h1'));
  });

  it('a view lives on no host: the same catalog digests alike on every host, and a copy keeps its relhost empty', async () => {
    // what each host of a cluster does: every relation placed explicitly, the view not
    const placed = 'create emp (name = c10, sal = i4) at h1\ncreate dept (dno = i2) at h2\nrange of e is emp\ndefine view rich (e.name) where e.sal > 1000\n';
    const h1 = await database('a');
    const h2 = await database('a');
    await quel(h1, placed);
    await quel(h2, placed);
    expect(await digest(h2, 'h2')).toBe(await digest(h1, 'h1'));
    const h3 = await database('a');
    await copy(h1, 'h1', h3, 'h3');
    expect(await digest(h3, 'h3')).toBe(await digest(h1, 'h1'));
    const txn = h3.begin('ingres');
    try {
      expect(txn.relation('rich')?.host ?? null).toBeNull();
      expect(txn.relation('emp')?.host).toBe('h1');
    } finally {
      txn.abort();
    }
  });

  it('a copy makes the catalogs identical, keeps the tuples of relations held here, and permit ids', async () => {
    const h1 = await database('a');
    const h3 = await database('a');
    await quel(h1, SCHEMA);
    // h3 holds a relation of its own (tuples) and stale entries
    await quel(h3, 'create mine (k = i4) at h3\ncreate stale (x = i4)\n');
    await quel(h1, 'create mine (k = i4) at h3\n');
    await quel(h3, 'append to mine (k = 42)\n');
    await copy(h1, 'h1', h3, 'h3');
    expect(await digest(h3, 'h3')).toBe(await digest(h1, 'h1'));
    const txn = h3.begin('ingres');
    try {
      expect(txn.relation('stale')).toBeUndefined();
      expect(txn.relation('emp')?.host).toBe('h1');
      const mine = txn.relation('mine');
      expect(mine === undefined ? [] : [...txn.scan(mine)].map((t) => t.values)).toEqual([[42]]);
      expect(txn.definitions('emp', 'permit').map((d) => d.id)).toEqual([1, 3]);
      expect(txn.relation('emp')?.structure).toBe('isam');
      expect(txn.relation('emp')?.fillfactor).toBe(60);
    } finally {
      txn.abort();
    }
    // copying again changes nothing
    await copy(h1, 'h1', h3, 'h3');
    expect(await digest(h3, 'h3')).toBe(await digest(h1, 'h1'));
  });

  it('a copy that fails half-way leaves the catalog as it was (one statement)', async () => {
    const h1 = await database('a');
    const h3 = await database('a');
    await quel(h1, SCHEMA);
    await quel(h3, 'create keep (x = i4)\n');
    const before = await digest(h3, 'h3');
    const read = h1.begin('ingres');
    const catalog = logicalCatalog(read, 'h1');
    read.abort();
    // an index of a relation the catalog does not have: createIndex fails after the creates
    const broken = { ...catalog, relations: [...catalog.relations, { ...catalog.relations.find((r) => r.kind === 'index')!, name: 'bad', indexOf: 'nosuch' }] };
    const txn = h3.begin('$serverdb');
    await txn.lock([{ name: CATALOG_LOCK, mode: 'X' }]);
    expect(() => txn.statement(() => applyCatalog(txn, broken, 'h3'))).toThrow();
    txn.abort();
    expect(await digest(h3, 'h3')).toBe(before);
  });
});

describe('<db>_dbst and the vouch rule', () => {
  it('round-trips the record and vouches only as seed 004 §3.1 says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'serverdb-dbst-'));
    dirs.push(dir);
    expect(readDbst(dir, 'a')).toBeNull();
    writeDbst(dir, 'a', { userhost: false, membership: 'parti', cons: false });
    expect(readDbst(dir, 'a')).toEqual({ userhost: false, membership: 'parti', cons: false });
    expect(canVouch(null)).toBe(false);
    expect(canVouch({ userhost: true, membership: 'coord', cons: true })).toBe(true);
    expect(canVouch({ userhost: true, membership: 'coord', cons: false })).toBe(true);
    expect(canVouch({ userhost: true, membership: 'parti', cons: true })).toBe(true);
    expect(canVouch({ userhost: true, membership: 'parti', cons: false })).toBe(false);
    expect(canVouch({ userhost: false, membership: 'coord', cons: true })).toBe(false);
    expect(canVouch({ userhost: false, membership: 'parti', cons: true })).toBe(false);
  });

  it('only the installation owner (or root) may administer it', () => {
    expect(() => checkOwner(1000, 1000, 'creatdb', '/x')).not.toThrow();
    expect(() => checkOwner(1000, 0, 'creatdb', '/x')).not.toThrow();
    expect(() => checkOwner(1000, 1001, 'destroydb', '/x')).toThrow(/only the installation owner \(.+\) may run destroydb/);
  });
});
