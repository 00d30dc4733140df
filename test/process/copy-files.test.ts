/*
 * copy-files.test.ts — `copy` reads and writes its file on the client's side, with the
 * client's rights, as INGRES's copy did in a child under the user's real uid: the daemon
 * never opens the user's file (src/net/copy-files.ts, copy-transfer.ts). As root the
 * daemon runs as root and the monitor as nobody, so the daemon could read and write what
 * the monitor cannot; otherwise both are this user and the file is one nobody may read.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readInstallation } from '../../src/install/installation.js';
import { HostClient } from '../../src/net/client.js';
import { cleanup, envFor, runProgram, tempRoot, type RunResult } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-copyfiles-');
const env = envFor(iiSystem, home);
const asRoot = process.getuid?.() === 0;
/** the monitor's uid: nobody when we are root, else ourselves */
const CLIENT_UID = asRoot ? 65534 : (process.getuid?.() ?? 0);

/** the monitor on database db as the client user, with `input` on stdin */
function monitor(input: string): Promise<RunResult> {
  // (nobody is nobody: the daemon checks who a session's client is, src/install/peer-proof.ts)
  return runProgram('ingres', ['-s', 'db'], asRoot ? { ...env, USER: 'nobody' } : env, input, 60_000, asRoot ? CLIENT_UID : undefined);
}

const count = async (): Promise<string> => (await monitor('range of p is parts\nretrieve (n = count(p.k))\n\\g\n')).stdout;

beforeAll(async () => {
  // the monitor (maybe nobody) must reach the installation and its own files
  chmodSync(dir, 0o755);
  expect(await runProgram('creatdb', ['db'], env)).toMatchObject({ status: 0, stderr: '' });
  const made = await monitor('create parts (k = i4, name = c12)\n\\g\n');
  expect(made).toMatchObject({ status: 0, stderr: '' });
}, 120_000);

afterAll(async () => {
  await cleanup(dir, iiSystem);
}, 120_000);

describe('copy files are the client\'s', () => {
  test('a file the client may not read is 5804 EACCES and loads nothing, though the daemon could read it', async () => {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, '1,secret\n');
    // root (the daemon) reads a 0600 root file; nobody cannot. Not root: nobody reads a 000 file
    chmodSync(secret, asRoot ? 0o600 : 0o000);
    const result = await monitor(`copy parts (k = c0comma, name = c0nl) from "${secret}"\n\\g\n`);
    expect(result.stdout).toContain(`5804: COPY: cannot open file '${secret}': EACCES`);
    expect(await count()).toMatch(/\|\s+0\|/);
  });

  test('a readable file loads, and copy into writes a file the client owns, where the client may write', async () => {
    const source = join(dir, 'parts.txt');
    writeFileSync(source, '1,bolt\n2,nut\n3,screw\n');
    chmodSync(source, 0o644);
    const out = join(dir, 'out');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    const target = join(out, 'parts.out');
    const result = await monitor(`copy parts (k = c0comma, name = c0nl) from "${source}"\n\\g\n` +
      `copy parts (k = c0comma, name = c0nl) into "${target}"\n\\g\n`);
    expect(result.stdout).not.toMatch(/\d{4}: /);
    expect(readFileSync(target, 'utf8').split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter((l) => l !== '').sort())
      .toEqual(['1,bolt', '2,nut', '3,screw']);
    expect(statSync(target).uid).toBe(CLIENT_UID);
    // no temporary file left beside it
    expect(readdirSync(out)).toEqual(['parts.out']);
  });

  test('copy into a directory the client may not write is 5804 EACCES, though the daemon could write there', async () => {
    const closed = join(dir, 'closed');
    mkdirSync(closed, { mode: asRoot ? 0o755 : 0o555 });
    chmodSync(closed, asRoot ? 0o755 : 0o555);
    const target = join(closed, 'x.out');
    const result = await monitor(`copy parts (k = c0comma, name = c0nl) into "${target}"\n\\g\n`);
    expect(result.stdout).toContain(`5804: COPY: cannot open file '${target}': EACCES`);
    expect(existsSync(target)).toBe(false);
  });

  test('a copy into that fails leaves the target as it was, and no temporary file', async () => {
    const out = join(dir, 'keep');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    const target = join(out, 'kept.out');
    writeFileSync(target, 'old contents\n');
    chmodSync(target, 0o666);
    // i1 cannot hold the numbers copied from the text "bolt": 5808 stops the copy
    const result = await monitor(`copy parts (name = i1) into "${target}"\n\\g\n`);
    expect(result.stdout).toMatch(/58\d\d: /);
    expect(readFileSync(target, 'utf8')).toBe('old contents\n');
    expect(readdirSync(out)).toEqual(['kept.out']);
  });

  test('a file of several megabytes goes both ways whole', async () => {
    const rows = 300_000;
    const source = join(dir, 'many.txt');
    writeFileSync(source, Array.from({ length: rows }, (_, i) => `${String(i)},name${String(i % 997)}\n`).join(''));
    chmodSync(source, 0o644);
    const out = join(dir, 'many');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    const target = join(out, 'many.out');
    const result = await monitor('create many (k = i4, name = c12)\n\\g\n' +
      `copy many (k = c0comma, name = c0nl) from "${source}"\n\\g\n` +
      'range of m is many\nretrieve (n = count(m.k), x = max(m.k))\n\\g\n' +
      `copy many (k = c0comma, name = c0nl) into "${target}"\n\\g\n`);
    expect(result.stdout).not.toMatch(/\d{4}: /);
    expect(result.stdout).toMatch(new RegExp(`\\|\\s+${String(rows)}\\|\\s+${String(rows - 1)}\\|`));
    const lines = readFileSync(target, 'utf8').split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(rows);
    expect(new Set(lines.map((l) => Number(l.split(',')[0]))).size).toBe(rows);
    expect(statSync(source).size).toBeGreaterThan(3 * (1 << 20));
  }, 120_000);

  test('a client without the Exchange stream: the daemon does not open the file for it (5804)', async () => {
    const client = new HostClient(readInstallation(iiSystem).address);
    client.exchangeSupported = false;
    try {
      const session = await client.openSession('db', { user: asRoot ? 'nobody' : 'tester' });
      const file = join(dir, 'parts.txt');
      const results = await session.run(`copy parts (k = c0comma, name = c0nl) from "${file}"`);
      expect(results).toMatchObject([{ kind: 'error', error: { code: 5804 } }]);
      const error = results[0];
      expect(error?.kind === 'error' ? error.error.message : '').toBe(
        `COPY: cannot open file '${file}': this client cannot send files (its buffers go as Run calls, not on the Exchange stream)`);
      await session.close();
    } finally {
      client.close();
    }
  });
});
