/*
 * crash-storage.test.ts — crash safety with real processes: a child node process runs the
 * storage workload of support/crash-driver.mjs and prints each acknowledged commit; it is
 * SIGKILLed after a random number of acknowledgements (seeded; the seed is printed), the
 * parent reopens the database (running recovery) and checks: every acknowledged commit is
 * there, no statement is half done, no aborted or unacknowledged transaction left a trace,
 * the bank total is unchanged, tuple counts are exact and the undo log is empty.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, compileStorage, prng, type StorageModule } from './support/compiled-storage.js';

const DRIVER = join(ROOT, 'test', 'process', 'support', 'crash-driver.mjs');
const ROUNDS = 8;

let STORAGE: string;
let storage: StorageModule;
let work: string;

beforeAll(async () => {
  ({ path: STORAGE, storage } = await compileStorage('ingres-crash-test'));
  work = mkdtempSync(join(tmpdir(), 'ingres-crash-'));
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

/** run the driver until it has acknowledged `acks` commits, then SIGKILL it */
function runAndKill(directory: string, start: number, acks: number): Promise<string[]> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [DRIVER, STORAGE, directory, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const reader = createInterface({ input: child.stdout });
    reader.on('line', (line) => {
      lines.push(line);
      if (lines.length === acks) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      reader.close();
      if (signal === 'SIGKILL') resolveRun(lines);
      else reject(new Error(`driver exited with ${String(code)}: ${stderr}`));
    });
  });
}

test('acknowledged commits survive SIGKILL; nothing half done remains', async () => {
  const seed = Number(process.env['CRASH_SEED'] ?? Date.now() % 1_000_000);
  console.log(`crash-storage seed ${seed} (replay with CRASH_SEED=${seed})`);
  const random = prng(seed);
  const directory = join(work, 'crash');
  const db = await storage.createDatabase(directory, 'crash');
  const setup = db.begin('test');
  setup.statement(() => {
    setup.createRelation({ name: 'acked', owner: 'test', attributes: [{ name: 'n', type: { kind: 'i', length: 4 } }, { name: 'kind', type: { kind: 'c', length: 8 } }, { name: 'k', type: { kind: 'i', length: 4 } }], saveDays: 0 });
    const bank = setup.createRelation({ name: 'bank', owner: 'test', attributes: [{ name: 'acct', type: { kind: 'i', length: 4 } }, { name: 'bal', type: { kind: 'i', length: 4 } }], saveDays: 0 });
    for (let a = 0; a < 10; a++) setup.insert(bank, [a, 1000]);
    setup.modifyRelation('bank', { structure: 'isam', keys: [{ attribute: 'acct', order: 'ascending' }] });
  });
  await setup.commit();
  await db.close();

  const acknowledged = new Map<string, Set<number>>([['L', new Set()], ['B', new Set()], ['M', new Set()], ['D', new Set()]]);
  for (let round = 0; round < ROUNDS; round++) {
    const acks = 5 + Math.floor(random() * 120);
    const lines = await runAndKill(directory, round * 1_000_000, acks);
    for (const line of lines) {
      const [kind, id] = line.split(' ');
      acknowledged.get(kind as string)?.add(Number(id));
    }
    const reopened = await storage.openDatabase(directory, 'crash');
    try {
      const txn = reopened.begin('test');
      const acked = txn.relation('acked');
      expect(acked).toBeDefined();
      if (acked === undefined) return;
      const tuples = [...txn.scan(acked)].map((t) => t.values);
      expect(acked.tupleCount).toBe(tuples.length);
      const byKind = (kind: string) => tuples.filter((t) => String(t[1]) === kind).map((t) => t[0] as number);
      const lone = byKind('lone');
      const multi = byKind('multi');
      const batch = byKind('batch');
      for (const id of acknowledged.get('L') ?? []) expect(lone).toContain(id);
      for (const id of acknowledged.get('M') ?? []) expect(multi).toContain(id);
      expect(new Set(lone).size).toBe(lone.length);
      expect(new Set(multi).size).toBe(multi.length);
      expect(byKind('abort')).toEqual([]);
      const batchSizes = new Map<number, number>();
      for (const id of batch) batchSizes.set(id, (batchSizes.get(id) ?? 0) + 1);
      for (const size of batchSizes.values()) expect(size).toBe(50);
      for (const id of acknowledged.get('B') ?? []) expect(batchSizes.get(id)).toBe(50);
      const bank = txn.relation('bank');
      const balances = bank === undefined ? [] : [...txn.scan(bank)].map((t) => t.values[1] as number);
      expect(balances).toHaveLength(10);
      expect(balances.reduce((a, b) => a + b, 0)).toBe(10_000);
      expect(acked.structure).toBe('heap');
      const names = txn.relations().map((r) => r.name);
      expect(names.filter((name) => name.startsWith('x'))).toEqual([]);
      for (const id of acknowledged.get('D') ?? []) {
        const r = txn.relation(`t${id}`);
        expect(r?.structure).toBe('isam');
        expect(r?.tupleCount).toBe(20);
        expect(r?.indexes).toEqual([`i${id}`]);
        if (r !== undefined) expect([...txn.scan(r)]).toHaveLength(20);
      }
      // DDL transactions are all or nothing: a t-relation exists only complete
      for (const name of names.filter((x) => /^t\d+$/.test(x))) {
        const r = txn.relation(name);
        expect(r?.structure).toBe('isam');
        expect(r?.tupleCount).toBe(20);
      }
      // no orphaned data and no undo records survive recovery
      const live = new Set(txn.relations().map((r) => r.id));
      for (const id of reopened.store.storedIds()) expect(live.has(id)).toBe(true);
      expect(reopened.store.txnlog.getCount({})).toBe(0);
      txn.abort();
    } finally {
      await reopened.close();
    }
  }
  expect([...acknowledged.values()].reduce((sum, set) => sum + set.size, 0)).toBeGreaterThan(ROUNDS * 5 - 1);
});
