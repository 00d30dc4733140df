/*
 * power-loss.test.ts — a machine crash, not a killed process: the disk then holds what the
 * last checkpoint flushed plus, page by page, any later version written after it, lmdb's
 * meta pages included (the kernel writes back in no promised order), and the redo log as
 * its O_DSYNC writes left it. The test builds such crash images from a real database,
 * marks its steady point as written in an earlier boot, and opens each one in a child
 * process (a damaged lmdb file can crash it): every image must open at the last
 * acknowledged state exactly, with every tuple found by its key.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, compileStorage, prng, type StorageModule } from './support/compiled-storage.js';
import { fromEarlierBoot } from '../support/steady-slots.js';

const REDO = ['data.redo0', 'data.redo1'] as const;

const CHECK = join(ROOT, 'test', 'process', 'support', 'power-check.mjs');
const PAGE = 4096;
const IMAGES = 16;

let STORAGE: string;
let storage: StorageModule;
let work: string;

beforeAll(async () => {
  ({ path: STORAGE, storage } = await compileStorage('ingres-power-test'));
  work = mkdtempSync(join(tmpdir(), 'ingres-power-'));
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

interface Checked {
  readonly relations: Record<string, string[]>;
  readonly restore: { readonly fromTxnId: number; readonly toTxnId: number; readonly replayed: number } | null;
}

/** open `directory` in a child process; its JSON report, or the failure as text */
function check(directory: string): Checked | string {
  const run = spawnSync(process.execPath, [CHECK, STORAGE, directory], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) return `exit ${String(run.status)} signal ${String(run.signal)}: ${run.stderr.slice(0, 2000)}`;
  return JSON.parse(run.stdout.trim()) as Checked;
}

test('after a power loss the database opens at its last acknowledged commit, whatever later pages reached the disk', async () => {
  const seed = Number(process.env['POWER_SEED'] ?? Date.now() % 1_000_000);
  console.log(`power-loss seed ${seed} (replay with POWER_SEED=${seed})`);
  const random = prng(seed);
  const directory = join(work, 'power');
  const i4 = { kind: 'i', length: 4 } as const;
  const c16 = { kind: 'c', length: 16 } as const;
  // checkpoints only when the test asks: the pages at the last one are the image's base
  const db = await storage.createDatabase(directory, 'power', 'ingres', { checkpointMs: 600_000, checkpointWrites: 1_000_000 });
  const setup = db.begin('test');
  setup.statement(() => {
    const acct = setup.createRelation({ name: 'acct', owner: 'test', attributes: [{ name: 'id', type: i4 }, { name: 'bal', type: i4 }, { name: 'note', type: c16 }], saveDays: 0 });
    for (let a = 0; a < 400; a++) setup.insert(acct, [a, 1000, `n${a % 37}`]);
    setup.modifyRelation('acct', { structure: 'isam', keys: [{ attribute: 'id', order: 'ascending' }] });
    setup.createIndex('acct', 'acctnote', ['note']);
    setup.createRelation({ name: 'hist', owner: 'test', attributes: [{ name: 'n', type: i4 }, { name: 'id', type: i4 }], saveDays: 0 });
  });
  await setup.commit();
  await db.store.checkpoint();
  const atCheckpoint = readFileSync(join(directory, 'data.mdb'));
  const files = (): { data: Buffer; steady: Buffer; redo: Buffer[] } => ({
    data: readFileSync(join(directory, 'data.mdb')),
    steady: readFileSync(join(directory, 'data.steady')),
    redo: REDO.map((file) => readFileSync(join(directory, file))),
  });

  /** one transfer-like statement: two balances move, a history tuple is added */
  const transfer = (txn: ReturnType<typeof db.begin>, n: number): void => {
    txn.statement(() => {
      const acct = txn.relation('acct');
      const hist = txn.relation('hist');
      if (acct === undefined || hist === undefined) throw new Error('relations missing');
      for (const id of [Math.floor(random() * 400), Math.floor(random() * 400)]) {
        for (const t of [...txn.seekEqual(acct, [id])]) txn.update(acct, t.ref, [id, (t.values[1] as number) + n, `m${n % 53}`]);
      }
      txn.insert(hist, [n, n % 400]);
    });
  };

  // acknowledged: each transaction's commit resolved (its redo record on disk)
  for (let n = 1; n <= 40; n++) {
    const txn = db.begin('test');
    transfer(txn, n);
    await txn.commit();
  }
  await db.store.durable();
  const acknowledged = files();

  // committed to lmdb but never acknowledged: statements of an open transaction (and a
  // relation created and filled); then their redo records written too (a crash before the
  // transaction ended: recovery must undo what the replay brings back)
  const open = db.begin('test');
  open.statement(() => open.createRelation({ name: 'late', owner: 'test', attributes: [{ name: 'a', type: i4 }], saveDays: 0 }));
  for (let n = 41; n <= 400; n++) {
    transfer(open, n);
    if (n % 10 === 0) open.statement(() => { const late = open.relation('late'); if (late !== undefined) for (let k = 0; k < 20; k++) open.insert(late, [k]); });
  }
  await db.store.durable();
  const later = files();
  expect(later.steady.equals(acknowledged.steady)).toBe(true); // no checkpoint since
  open.abort();
  await db.close();

  // the last acknowledged state, as this boot opens it (no restore: its metas are current)
  const pristine = join(work, 'pristine');
  mkdirSync(pristine);
  writeFileSync(join(pristine, 'data.mdb'), acknowledged.data);
  writeFileSync(join(pristine, 'data.steady'), acknowledged.steady);
  REDO.forEach((file, k) => writeFileSync(join(pristine, file), acknowledged.redo[k] as Buffer));
  const expected = check(pristine);
  if (typeof expected === 'string') throw new Error(`the acknowledged state does not open: ${expected}`);
  expect(expected.restore).toBeNull();
  expect(expected.relations['hist']).toHaveLength(40);
  expect(expected.relations['late']).toBeUndefined();

  // every page some write changed after the checkpoint, with its versions
  const pages = Math.max(acknowledged.data.length, later.data.length) / PAGE;
  const versionsOf = (page: number): Buffer[] => {
    const versions: Buffer[] = [];
    for (const file of [atCheckpoint, acknowledged.data, later.data]) {
      const version = file.subarray(page * PAGE, (page + 1) * PAGE);
      if (version.length === PAGE && !versions.some((v) => v.equals(version))) versions.push(version);
    }
    return versions;
  };
  const changed = Array.from({ length: pages }, (_v, page) => page).filter((page) => versionsOf(page).length > 1);
  expect(changed).toContain(0); // the meta pages moved on (one of them at least)
  expect(changed.length).toBeGreaterThan(5);

  let restored = 0;
  for (let image = 0; image < IMAGES; image++) {
    // each changed page holds one of its versions; every other image has the latest meta
    // pages (the case a write-ordering bug would show), and every other pair of images the
    // redo log with the open transaction's records
    const data = Buffer.alloc(pages * PAGE);
    atCheckpoint.copy(data);
    for (const page of changed) {
      const versions = versionsOf(page);
      const pick = page < 2 && image % 2 === 0 ? versions.length - 1 : Math.floor(random() * versions.length);
      (versions[pick] as Buffer).copy(data, page * PAGE);
    }
    const redo = image % 4 < 2 ? acknowledged.redo : later.redo;
    const imageDirectory = join(work, `image${image}`);
    mkdirSync(imageDirectory);
    writeFileSync(join(imageDirectory, 'data.mdb'), data);
    writeFileSync(join(imageDirectory, 'data.steady'), fromEarlierBoot(acknowledged.steady));
    REDO.forEach((file, k) => writeFileSync(join(imageDirectory, file), redo[k] as Buffer));
    const result = check(imageDirectory);
    if (typeof result === 'string') throw new Error(`image ${image} (seed ${seed}) does not open: ${result}`);
    expect(result.relations, `image ${image} (seed ${seed})`).toEqual(expected.relations);
    expect(result.restore?.replayed, `image ${image}`).toBeGreaterThanOrEqual(40);
    if (image % 2 === 0) expect(result.restore?.toTxnId).toBeLessThan(result.restore?.fromTxnId ?? 0);
    if (result.restore !== null) restored++;
    // opened once, the image is steady in this boot: a second open changes nothing
    const again = check(imageDirectory);
    expect(typeof again === 'string' ? again : again.relations).toEqual(expected.relations);
    expect(typeof again === 'string' ? again : again.restore).toBeNull();
    rmSync(imageDirectory, { recursive: true, force: true });
  }
  expect(restored).toBe(IMAGES);
});
