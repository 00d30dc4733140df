/*
 * owner.test.ts — one process owns an open database directory (src/storage/owner.ts): a
 * second process that opens it gets 8029 naming the owner and changes nothing; once the
 * owner is killed (-9) the lock is taken over; a lock naming a process that is not the
 * owner any more (its pid reused, an earlier boot) does not stop anyone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compileStorage, type StorageModule } from './support/compiled-storage.js';

let storage: StorageModule;
let storagePath: string;
let work: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  ({ path: storagePath, storage } = await compileStorage('ingres-owner-test'));
  work = mkdtempSync(join(tmpdir(), 'ingres-owner-'));
});

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

/** a process that opens `directory` and holds it until killed; resolves once it is open */
async function holder(directory: string): Promise<ChildProcess> {
  const script = `const s = await import(${JSON.stringify(storagePath)});
    await s.openDatabase(${JSON.stringify(directory)}, 'owned');
    process.stdout.write('open\\n');
    setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => { out += chunk.toString(); if (out.includes('open')) resolve(); });
    child.on('exit', (code) => reject(new Error(`holder exited ${String(code)}`)));
  });
  return child;
}

test('a second process cannot open a database another one has open (8029); a killed owner leaves it free', async () => {
  const directory = join(work, 'owned');
  const created = await storage.createDatabase(directory, 'owned');
  const txn = created.begin('t');
  txn.statement(() => txn.createRelation({ name: 'r', owner: 't', attributes: [{ name: 'a', type: { kind: 'i', length: 4 } }], saveDays: 0 }));
  await txn.commit();
  await created.close();

  const child = await holder(directory);
  const steady = readFileSync(join(directory, 'data.steady'));
  await expect(storage.openDatabase(directory, 'owned')).rejects.toMatchObject({
    code: 8029, message: `database 'owned' is open in another process (pid ${String(child.pid)})`,
  });
  expect(readFileSync(join(directory, 'data.steady')).equals(steady)).toBe(true); // nothing written

  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  const db = await storage.openDatabase(directory, 'owned');
  const reader = db.begin('t');
  expect(reader.relation('r')).toBeDefined();
  reader.abort();
  await db.close();
});

test('a lock naming a process that is not its owner any more does not stop anyone', async () => {
  const directory = join(work, 'stale');
  await (await storage.createDatabase(directory, 'stale')).close();
  const ownerFile = join(directory, 'data.owner');
  const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  // a live process (our parent) whose start time is not the one recorded: the pid was reused
  writeFileSync(ownerFile, `${String(process.ppid)} 1 ${boot}\n`);
  await (await storage.openDatabase(directory, 'stale')).close();
  // the live parent again, but recorded in an earlier boot
  writeFileSync(ownerFile, `${String(process.ppid)} 1 an-earlier-boot\n`);
  const db = await storage.openDatabase(directory, 'stale');
  expect(readFileSync(ownerFile, 'utf8')).toMatch(new RegExp(`^${String(process.pid)} `));
  await db.close();
});
