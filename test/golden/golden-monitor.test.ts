/*
 * golden-monitor.test.ts — the same golden files through the real programs: per file a
 * database made by `demodb`, the whole script piped into `ingres -s` (each block sent with
 * \g and followed by a marker retrieve), the output cut at the markers and compared block
 * by block. Checks that the monitor prints exactly what golden.test.ts renders. Needs
 * dist/ (`npm test` builds first). Files with named sessions are left to golden.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseGoldenFile, type GoldenBlock } from '../support/golden-format.js';
import { containsInOrder, normalizeLines } from '../support/golden-output.js';
import { goldenDataDirectory } from '../support/golden-runner.js';

const PROJECT = join(import.meta.dirname, '..', '..');
const directory = import.meta.dirname;
const files = readdirSync(directory).filter((f) => f.endsWith('.quel.test')).sort();
const root = mkdtempSync(join(tmpdir(), 'golden-monitor-'));
const env: NodeJS.ProcessEnv = {
  ...process.env, II_SYSTEM: join(root, 'ii'), HOME: root, USER: 'ingres',
  INGRES_HISTORY: join(root, '.ingres_history'),
};

interface Run { readonly status: number | null; readonly stdout: string; readonly stderr: string }

function runProgram(program: string, args: readonly string[], input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT, 'bin', `${program}.js`), ...args], {
      env, cwd: PROJECT, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${program} ${args.join(' ')} did not finish in 90 s`));
    }, 90_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

const marker = (index: number): string => `@${index}@`;

/** The monitor output of each block, cut at the marker tables. */
function segments(output: string, count: number): (string[] | undefined)[] {
  const lines = output.split('\n');
  const result: (string[] | undefined)[] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const row = lines.findIndex((l, at) => at >= start && l.startsWith(`|${marker(i)} `));
    if (row < 0) {
      result.push(undefined);
      continue;
    }
    // marker table: header, rule, row, rule
    result.push(lines.slice(start, Math.max(start, row - 2)));
    start = row + 2;
  }
  return result;
}

function check(block: GoldenBlock, lines: readonly string[]): string | null {
  const codes = lines.flatMap((l) => /^(\d{4}): /.exec(l)?.[1] ?? []).map(Number);
  if (block.kind === 'statement') {
    if (block.error === null) return codes.length === 0 ? null : `expected success, got ${codes.join(', ')}`;
    if (block.error === 'maybe') return null;
    if (block.error === 'any') return codes.length > 0 ? null : 'expected an error';
    const wanted = block.error;
    return codes.some((c) => wanted.includes(c)) ? null : `expected error ${wanted.join('|')}, got ${codes.join(', ') || 'none'}`;
  }
  if (block.kind !== 'query') return null;
  const actual = normalizeLines(lines, block.mode === 'rowsort');
  const expected = normalizeLines(block.expected, block.mode === 'rowsort');
  const same = block.mode === 'contains'
    ? containsInOrder(actual, expected)
    : actual.length === expected.length && actual.every((l, i) => l === expected[i]);
  return same ? null : `--- expected\n${expected.join('\n')}\n--- monitor printed\n${actual.join('\n')}`;
}

afterAll(() => {
  try {
    const pid = Number(readFileSync(join(root, 'ii', 'run', 'ingresd.pid'), 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGTERM');
  } catch {
    // the daemon is not running
  }
  rmSync(root, { recursive: true, force: true });
});

interface FileRun { outputs: (string[] | undefined)[]; failure: string }
const runs = new Map<string, FileRun>();

const selected = files.flatMap((file, fileIndex) => {
  const parsed = parseGoldenFile(file, readFileSync(join(directory, file), 'utf8'));
  return parsed.blocks.some((b) => b.session !== 'main' || b.pending) ? [] : [{ file, parsed, database: `golden${fileIndex}` }];
});

/**
 * One demodb + one monitor run per file, all files at once (separate databases). The
 * first demodb runs alone: it makes the installation and starts the host daemon
 * (concurrent first use of a fresh II_SYSTEM races: 8004/8007, reported separately).
 */
beforeAll(async () => {
  const first = await runProgram('creatdb', ['warmup'], '');
  if (first.status !== 0) throw new Error(`creatdb failed: ${first.stderr}`);
  await Promise.all(selected.map(async ({ file, parsed, database }) => {
    const made = await runProgram('demodb', [database], '');
    if (made.status !== 0) {
      runs.set(file, { outputs: [], failure: `demodb failed: ${made.stderr}` });
      return;
    }
    const tmp = mkdtempSync(join(root, 'tmp-'));
    const script = parsed.blocks.map((block, i) => {
      const text = block.kind === 'wait' ? '' : block.text
        .replaceAll('{tmp}', tmp).replaceAll('{data}', goldenDataDirectory());
      return `${text}\n\\g\nretrieve (zzmark = "${marker(i)}")\n\\g\n`;
    }).join('');
    const run = await runProgram('ingres', ['-s', database], script);
    runs.set(file, {
      outputs: segments(run.stdout, parsed.blocks.length),
      failure: run.status === 0 ? '' : `ingres exited ${String(run.status)}: ${run.stderr}`,
    });
  }));
}, 120_000);

for (const { file, parsed } of selected) {
  describe(`${file} through ingres -s`, () => {
    parsed.blocks.forEach((block, i) => {
      const head = block.kind === 'wait' ? 'wait' : (block.text.split('\n')[0] ?? '');
      test(`${file}:${block.line} ${head.slice(0, 70)}`, () => {
        const run = runs.get(file);
        expect(run?.failure).toBe('');
        const lines = run?.outputs[i];
        expect(lines, `${file}:${block.line}: the marker after this block never printed`).toBeDefined();
        const problem = check(block, lines ?? []);
        expect(problem, `${file}:${block.line}\n${problem ?? ''}`).toBeNull();
      });
    });
  });
}

// the block comparisons above drop empty lines; the exact bytes of the layout are checked here
describe('exact -s layout', () => {
  test('retrieve block, error line, print block', async () => {
    const made = await runProgram('demodb', ['layout'], '');
    expect(made.status, made.stderr).toBe(0);
    const run = await runProgram('ingres', ['-s', 'layout'],
      'retrieve (x = 1, name = "ab")\n\\g\nretrieve (y.z)\n\\g\nprint store\n\\g\n');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\n|x     |name  |\n|-------------|\n|     1|ab    |\n|-------------|\n')).toBe(true);
    expect(run.stdout).toMatch(/^2109: line 1, Variable 'y' not declared in RANGE statement$/m);
    expect(run.stdout).toContain(
      '\nstore relation\n\n|number|city           |state |\n|-----------------------------|\n' +
      '|     5|San Francisco  |Calif |\n|     7|Oakland        |Calif |\n|     8|El Cerrito     |Calif |\n' +
      '|-----------------------------|\n');
  }, 60_000);
});
