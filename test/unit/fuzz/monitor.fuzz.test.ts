/*
 * monitor.fuzz.test.ts — the real terminal monitor (`node bin/ingres.js -s demo`, compiled
 * dist/ — `npm test` builds first) fed bad QUEL on stdin, a handful of runs: no JavaScript
 * stack trace and no un-numbered "Error:" in its output, exit code 0, and a correct query
 * sent after the garbage still prints its result. Backslashes and braces are removed from
 * the garbage: monitor commands (\s runs a shell) and macros are not what is fuzzed here.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badQuel } from './quel-arbitraries.js';

const PROJECT = join(import.meta.dirname, '..', '..', '..');
const CONTROL = 'range of zzc is store\nretrieve (n = count(zzc.number))\n\\g\n';
const CONTROL_ANSWER = '|            3|';

interface Run { readonly status: number | null; readonly stdout: string; readonly stderr: string }

function runProgram(program: string, args: readonly string[], env: NodeJS.ProcessEnv, input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT, 'bin', `${program}.js`), ...args], {
      env, cwd: PROJECT, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('latin1'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('latin1'); });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${program} did not finish in 30 s; input ${JSON.stringify(input.slice(0, 500))}`));
    }, 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(input, 'latin1'));
  });
}

/** Lines that betray an uncaught JavaScript exception. */
export function crashLines(text: string): string[] {
  return text.split('\n').filter((line) =>
    /^\s+at\s/.test(line) || /node:internal/.test(line) ||
    (/\b\w*Error:/.test(line) && !/^\d{4}: /.test(line) && !/^(DETAIL|HINT): /.test(line)));
}

function sanitize(text: string): string {
  // keep bytes 0..255 (stdin is bytes), drop monitor commands and macros
  return [...text].map((c) => (c.codePointAt(0) ?? 0) > 255 ? '?' : c).join('').replace(/[\\{}]/g, ' ');
}

describe('the monitor survives bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-monitor-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env, II_SYSTEM: join(dir, 'ii'), HOME: dir, USER: 'tester',
    INGRES_HISTORY: join(dir, '.ingres_history'),
  };

  beforeAll(async () => {
    const made = await runProgram('demodb', ['demo'], env, '');
    expect(made.status, made.stderr).toBe(0);
  }, 60_000);

  afterAll(() => {
    try {
      const pid = Number(readFileSync(join(dir, 'ii', 'run', 'ingresd.pid'), 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGTERM');
    } catch {
      // no daemon was started (the monitor may run in-process)
    }
    rmSync(dir, { recursive: true, force: true });
  });

  async function feed(garbage: string): Promise<void> {
    const input = `${sanitize(garbage)}\n\\g\n${CONTROL}`;
    const run = await runProgram('ingres', ['-s', 'demo'], env, input);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(crashLines(output), `crash output for input ${JSON.stringify(garbage)}`).toEqual([]);
    expect(run.status, `exit status for input ${JSON.stringify(garbage)}\n${output}`).toBe(0);
    expect(run.stdout.includes(CONTROL_ANSWER), `no answer to the control query after ${JSON.stringify(garbage)}\n${output}`).toBe(true);
  }

  test('the crash detector recognises a stack trace', () => {
    expect(crashLines('TypeError: x is undefined\n    at f (file.js:1:2)')).toHaveLength(2);
    expect(crashLines('2500: syntax error on line 1\nHINT: check it')).toEqual([]);
  });

  test('fixed nasty inputs', async () => {
    for (const garbage of [
      'retrieve (x = "abc',
      'retrieve (x = 1) /* never closed',
      '\u0000\u0001\u0002\u0007\u001b[2J\u00ff\u00fe',
      `retrieve (x = ${'('.repeat(3000)}1${')'.repeat(3000)})`,
      'range of e is employee retrieve (e.name) where e.salary * 100 > 1',
      'destroy nosuch create t (a is x9) copy parts (pnum = c0nl) from "relative"',
    ]) {
      await feed(garbage);
    }
  }, 60_000);

  test('a reader that goes away early (ingres ... | head) gets no stack trace', async () => {
    const input = 'print employee, parts, supply\n\\g\n'.repeat(200);
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [join(PROJECT, 'bin', 'ingres.js'), '-s', 'demo'], {
        env, cwd: PROJECT, stdio: ['pipe', 'pipe', 'pipe'],
      });
      let errors = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('ingres did not finish in 30 s after its reader went away'));
      }, 30_000);
      child.stdout.once('data', () => child.stdout.destroy());
      child.stderr.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
      child.stdin.on('error', () => undefined);
      child.on('close', () => {
        clearTimeout(timer);
        resolve(errors);
      });
      child.stdin.end(input);
    });
    expect(crashLines(stderr), stderr).toEqual([]);
  }, 60_000);

  test('random bad input', async () => {
    await fc.assert(fc.asyncProperty(badQuel, feed), { numRuns: 6 });
  }, 60_000);
});
