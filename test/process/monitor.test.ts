/*
 * monitor.test.ts — the terminal monitor as a real process over the real daemon, with the
 * demo database: `ingres -s demo < script` in INGRES layout, normal mode text when
 * stdin is a pipe (no prompts), errors then going on, formatting flags, {tuplecount},
 * \i and \w with files, bad flags, and several monitors at once on one database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT, cleanup, envFor, hasStackTrace, runProgram, tempRoot } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-monitor-');
const env = envFor(iiSystem, home);

const STORE =
  '\n|number|city           |state |\n|-----------------------------|\n' +
  '|     5|San Francisco  |Calif |\n|     7|Oakland        |Calif |\n|     8|El Cerrito     |Calif |\n' +
  '|-----------------------------|\n';

beforeAll(async () => {
  const result = await runProgram('demodb', ['demo'], env);
  expect(result).toMatchObject({ status: 0, stderr: '' });
});

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

describe('ingres -s demo < script', () => {
  test('results in INGRES layout, nothing else', async () => {
    const script = 'range of s is store\nretrieve (s.all)\n\\g\nprint store\n\\g\n';
    const result = await runProgram('ingres', ['-s', 'demo'], env, script);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(`${STORE}\nstore relation\n${STORE}`);
  });

  test('an error prints NNNN: message and the script goes on', async () => {
    const script = [
      'retrieve (x.a)', '\\g',
      'retrieve (s.number', '\\g',
      'print nosuch', '\\g',
      'range of s is store', 'retrieve (s.all)', '\\g',
    ].join('\n');
    const result = await runProgram('ingres', ['-s', 'demo'], env, `${script}\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe("2109: line 1, Variable 'x' not declared in RANGE statement");
    expect(lines[1]).toMatch(/^2500: syntax error on line 1$/);
    expect(result.stdout).toMatch(/\n5001: PRINT: bad relation name 'nosuch'\n/);
    expect(result.stdout.endsWith(STORE)).toBe(true);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });

  test('several statements in one \\g, updates print nothing, {tuplecount}', async () => {
    const script = [
      'create scratch (a = i2, b = c10)',
      'append to scratch (a = 1, b = "one")',
      'append to scratch (a = 2, b = "two")',
      'range of x is scratch',
      'replace x (b = "many") where x.a > 0',
      '\\g',
      'retrieve (t = {tuplecount})', '\\g',
      'print scratch', '\\g',
      'destroy scratch', '\\g',
    ].join('\n');
    const result = await runProgram('ingres', ['-s', 'demo'], env, `${script}\n`);
    expect(result.stdout).toBe(
      '\n|t     |\n|------|\n|     2|\n|------|\n' +
      '\nscratch relation\n\n|a     |b         |\n|-----------------|\n|     1|many      |\n|     2|many      |\n|-----------------|\n');
  });

  test('formatting flags: -c, -i, -f, -v', async () => {
    const script = 'range of s is store\nretrieve (s.number, s.state, f = float8(s.number) / 3.0) where s.number = 5\n\\g\n';
    const result = await runProgram('ingres', ['-s', '-c8', '-i28', '-f8f7.2', '-v!', 'demo'], env, script);
    expect(result.stdout).toBe(
      '\n!number  !state   !f      !\n!-------------------------!\n!       5!Calif   !   1.67!\n!-------------------------!\n');
  });

  test('a script without \\q or final \\g: the unsent buffer is not run (INGRES)', async () => {
    const result = await runProgram('ingres', ['-s', 'demo'], env, 'print store\n\\g\nprint store\n');
    expect(result.stdout).toBe(`\nstore relation\n${STORE}`);
  });

  test('bad flag: 8005 on stderr, exit 2, no session', async () => {
    const result = await runProgram('ingres', ['-z', 'demo'], env, 'print store\n\\g\n');
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: "8005: unknown flag '-z'\n" });
  });
});

describe('output cut short', () => {
  test('a reader that goes away (| head) ends the monitor quietly', async () => {
    const queries = 'print parts\\n\\\\g\\n'.repeat(200);
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync('/bin/sh', ['-c',
      `printf '${queries}' | ${process.execPath} bin/ingres.js -s demo | head -3`],
    { env, cwd: PROJECT, encoding: 'utf8' });
    expect(result.stdout.startsWith('\nparts relation\n\n')).toBe(true);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr).toBe('');
  });
});

describe('stdin that is not a script', () => {
  test('a directory (ingres demo < /tmp): 8014, where it ran nothing and said nothing', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync('/bin/sh', ['-c', `${process.execPath} bin/ingres.js -s demo < ${dir}`], { env, cwd: PROJECT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("8014: cannot open 'standard input': it is a directory\n");
  });
});

describe('normal mode with a piped script', () => {
  test('banner, Executing . . ., continue, logout; no prompts', async () => {
    const result = await runProgram('ingres', ['demo'], env, 'print store\n\\g\n\\q\n');
    expect(result.status).toBe(0);
    const ctime = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/;
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^INGRES version 6\.3\/\S+ login$/);
    expect(lines[1]).toMatch(ctime);
    expect(result.stdout).toContain(`\ngo\nExecuting . . .\n\n\nstore relation\n${STORE}\x07\ncontinue\n`);
    expect(result.stdout).toMatch(/INGRES version \S+ logout\n.*\ngoodbye tester -- come again\n$/);
    expect(result.stdout).not.toContain('* ');
  });
});

describe('files', () => {
  test('\\w writes the buffer, \\i reads it back', async () => {
    const file = join(dir, 'query.q');
    const result = await runProgram('ingres', ['-s', 'demo'], env, `print store\n\\w ${file}\n\\r\n\\i ${file}\n\\g\n`);
    expect(readFileSync(file, 'utf8')).toBe('print store\n');
    expect(result.stdout).toBe(`\nstore relation\n${STORE}`);
  });

  test('an include file with its own \\g; a missing one is 8014', async () => {
    const file = join(dir, 'inc.q');
    writeFileSync(file, 'range of s is store\nretrieve (s.city) where s.number = 7\n\\g\n');
    const result = await runProgram('ingres', ['-s', 'demo'], env, `\\i ${file}\n\\i ${join(dir, 'none.q')}\n`);
    expect(result.stdout).toBe(
      '\n|city           |\n|---------------|\n|Oakland        |\n|---------------|\n' +
      `8014: cannot open '${join(dir, 'none.q')}': no such file\n`);
  });
});

describe('editor and shell', () => {
  test('\\e runs $EDITOR on the buffer; \\s file runs a script with the buffer as $1', async () => {
    const script = join(dir, 'save.sh');
    const saved = join(dir, 'saved.q');
    writeFileSync(script, `cp "$1" ${saved}\n`);
    const result = await runProgram('ingres', ['-s', 'demo'],
      { ...env, EDITOR: 'sed -i s/nosuch/store/' },
      `print nosuch\n\\e\n\\s ${script}\n\\g\n`);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(saved, 'utf8')).toBe('print store\n');
    expect(result.stdout).toBe(`\nstore relation\n${STORE}`);
  });

  test('a missing editor is 8016 and the monitor goes on', async () => {
    const result = await runProgram('ingres', ['-s', 'demo'], { ...env, EDITOR: '/nonexistent/editor' },
      'print store\n\\e\n\\g\n');
    expect(result.stdout).toBe(`8016: cannot run /nonexistent/editor: not found\n\nstore relation\n${STORE}`);
  });
});

describe('concurrent monitors', () => {
  test('four monitors append to one relation at once; every tuple arrives once', async () => {
    const created = await runProgram('ingres', ['-s', 'demo'], env, 'create shared (who = i2, n = i2)\n\\g\n');
    expect(created.stdout).toBe('');
    const writers = [1, 2, 3, 4].map((who) => {
      const lines: string[] = [];
      for (let n = 1; n <= 10; n++) lines.push(`append to shared (who = ${who}, n = ${n})`, '\\g');
      return runProgram('ingres', ['-s', 'demo'], env, `${lines.join('\n')}\n`);
    });
    const results = await Promise.all(writers);
    for (const result of results) expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const check = await runProgram('ingres', ['-s', 'demo'], env,
      'range of s is shared\nretrieve (c = count(s.n), w = countu(s.who), t = sum(s.n))\n\\g\n');
    expect(check.stdout).toBe(
      '\n|c            |w            |t            |\n|-----------------------------------------|\n' +
      '|           40|            4|          220|\n|-----------------------------------------|\n');
  });
});
