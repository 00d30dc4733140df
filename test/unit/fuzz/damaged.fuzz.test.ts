/*
 * damaged.fuzz.test.ts — bad surroundings through the real programs (compiled dist/):
 * wrong flags on the command line, and a damaged data directory (lost lock file, data
 * file truncated, overwritten with garbage, directory gone). Always a numbered error
 * and never a stack trace; a lost lock file loses no data; a damaged database does not
 * take the other databases of the host down with it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, truncateSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const PROJECT = join(import.meta.dirname, '..', '..', '..');
const root = mkdtempSync(join(tmpdir(), 'fuzz-damaged-'));
const II = join(root, 'ii');
const env: NodeJS.ProcessEnv = { ...process.env, II_SYSTEM: II, HOME: root, USER: 'tester', INGRES_HISTORY: join(root, '.hist') };

interface Run { readonly status: number | null; readonly signal: string | null; readonly out: string }

function run(program: string, args: readonly string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT, 'bin', `${program}.js`), ...args], {
      env, cwd: PROJECT, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { out += c.toString(); });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${program} ${args.join(' ')} did not finish in 30 s:\n${out}`));
    }, 30_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, out });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

function crashLines(text: string): string[] {
  return text.split('\n').filter((line) =>
    /^\s+at\s/.test(line) || /node:internal/.test(line) ||
    (/\b\w*Error:/.test(line) && !/^\d{4}: /.test(line) && !/^(DETAIL|HINT): /.test(line)));
}

function daemonPid(): number | null {
  try {
    const pid = Number(readFileSync(join(II, 'run', 'ingresd.pid'), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stop the host daemon (it holds the data files open) and wait for it to go. */
async function stopDaemon(): Promise<void> {
  const pid = daemonPid();
  if (pid === null || !alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 15_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

const PRINT_STORE = 'print store\n\\g\n';
const STORE_ROW = '|     7|Oakland        |Calif |';

beforeAll(async () => {
  for (const db of ['keep', 'lock', 'cut', 'garbage', 'gone']) {
    const made = await run('demodb', [db]);
    expect(made.status, made.out).toBe(0);
  }
}, 120_000);

afterAll(async () => {
  await stopDaemon();
  rmSync(root, { recursive: true, force: true });
});

describe('wrong flags', () => {
  test('random command lines: numbered errors, no stack traces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(
          fc.constantFrom('-s', '-z', '+q', '-u', '-uNOBODY', '-i13', '-f4x', '-c', '-r', '-rpile', '-nhash', '--', '-', 'keep', 'nosuch', 'bad/name', '', '-vX', '-flag'),
          fc.string({ maxLength: 8 }).filter((s) => !s.includes('\u0000')),
        ), { maxLength: 4 }),
        async (args) => {
          const result = await run('ingres', args, 'retrieve (x = 1)\n\\g\n');
          expect(crashLines(result.out), `ingres ${JSON.stringify(args)}:\n${result.out}`).toEqual([]);
          expect(result.signal).toBeNull();
          if (result.status !== 0) expect(result.out, `ingres ${JSON.stringify(args)}`).toMatch(/\b\d{4}: /);
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe('damaged data directory', () => {
  beforeAll(async () => {
    await stopDaemon();
    const dir = (db: string): string => join(II, 'data', db);
    unlinkSync(join(dir('lock'), 'lock.mdb'));
    truncateSync(join(dir('cut'), 'data.mdb'), 4096);
    const fd = openSync(join(dir('garbage'), 'data.mdb'), 'r+');
    const junk = Buffer.alloc(16384);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 131 + 17) % 251;
    writeSync(fd, junk, 0, junk.length, 0);
    closeSync(fd);
    rmSync(dir('gone'), { recursive: true, force: true });
  }, 60_000);

  test('a lost lock file loses no data', async () => {
    const result = await run('ingres', ['-s', 'lock'], PRINT_STORE);
    expect(crashLines(result.out)).toEqual([]);
    expect(result.out).toContain(STORE_ROW);
  }, 60_000);

  for (const db of ['cut', 'garbage', 'gone']) {
    test(`${db}: a clear numbered error, no stack trace`, async () => {
      const result = await run('ingres', ['-s', db], PRINT_STORE);
      expect(crashLines(result.out), result.out).toEqual([]);
      expect(result.signal, result.out).toBeNull();
      expect(result.out, result.out).toMatch(/^\d{4}: /m);
      expect(result.out).not.toContain(STORE_ROW);
    }, 60_000);
  }

  test('the undamaged database of the same host still works', async () => {
    const result = await run('ingres', ['-s', 'keep'], PRINT_STORE);
    expect(crashLines(result.out)).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.out).toContain(STORE_ROW);
  }, 60_000);
});
