/*
 * start.test.ts — `npm start` (dist/scripts/start.js) on a fresh II_SYSTEM: makes the
 * installation, creates and loads `demo`, then runs the piped QUEL in the monitor; a
 * second start reuses the database. Extra arguments reach the monitor (`-s`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT, cleanup, envFor, tempRoot, type RunResult } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-start-');
const env = envFor(iiSystem, home);

function npmStart(args: readonly string[], input: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT, 'dist', 'scripts', 'start.js'), ...args], {
      env, cwd: PROJECT, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

describe('npm start', () => {
  test('first start: installation, demo database, piped QUEL in normal mode', async () => {
    expect(existsSync(iiSystem)).toBe(false);
    const result = await npmStart([], 'range of p is parts\nretrieve (p.pname) where p.pnum = 1\n\\g\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`npm start: creating the demo database in ${iiSystem} ...\n`);
    expect(result.stdout).toMatch(/^INGRES version \S+ login\n/);
    expect(result.stdout).toContain('|pname               |\n|--------------------|\n|central processor   |\n');
    expect(result.stdout).toContain('goodbye tester -- come again');
    expect(readFileSync(join(iiSystem, 'etc', 'dblist'), 'utf8')).toBe('demo\n');
  });

  test('second start with -s: the existing demo database, results only', async () => {
    const result = await npmStart(['-s'], 'range of e is employee\nretrieve (n = count(e.number))\n\\g\n');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe('\n|n            |\n|-------------|\n|           25|\n|-------------|\n');
  });
});
