/*
 * peer-proof.test.ts — the daemon knows who a local client is (src/install/peer-proof.ts),
 * instead of taking the user name the client sends: as root, the daemon runs as root and
 * the clients as nobody, who may open sessions as nobody but not as the DBA (8031), and
 * may not create or destroy databases or stop the daemon even calling it directly (8020).
 * The installation owner (the one running the tests when not root) may act as anyone.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readInstallation } from '../../src/install/installation.js';
import { HostClient } from '../../src/net/client.js';
import { PROJECT, alive, cleanup, daemonPid, envFor, runProgram, tempRoot } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-proof-');
const env = envFor(iiSystem, home);
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** the monitor on db as nobody (when root; else as ourselves), claiming to be `user` */
function monitorAs(user: string, input: string) {
  return runProgram('ingres', ['-s', 'db'], { ...env, USER: user, HOME: dir }, input, 60_000, asRoot ? NOBODY : undefined);
}

beforeAll(async () => {
  chmodSync(dir, 0o755);
  expect(await runProgram('creatdb', ['db'], env)).toMatchObject({ status: 0, stderr: '' });
}, 120_000);

afterAll(async () => {
  await cleanup(dir, iiSystem);
}, 120_000);

describe('who a client is', () => {
  test('a client opens sessions as itself', async () => {
    const me = asRoot ? 'nobody' : (process.env['USER'] ?? 'tester');
    const result = await monitorAs(me, 'retrieve (x = 1)\n\\g\n');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/\|\s+1\|/);
  });

  test(asRoot ? 'nobody claiming to be the DBA is refused (8031), and nothing runs'
    : 'the installation owner may act as another user (the DBA)', async () => {
    const result = await monitorAs('ingres', 'create stolen (a = i4)\n\\g\n');
    if (asRoot) {
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('8031: only the DBA (ingres) or the installation owner may act as another user: you are nobody\n' +
        'DETAIL: the session asked to be user ingres; this client runs as nobody\n' +
        "HINT: The installation owner is root; the DBA's own monitors and the owner's may act as another user.\n");
      const check = await runProgram('ingres', ['-s', 'db'], env, 'help stolen\n\\g\n');
      expect(check.stdout).toContain("5401: HELP: relation 'stolen' does not exist");
    } else {
      expect(result).toMatchObject({ status: 0, stderr: '' });
    }
  });

  test(asRoot ? 'nobody calling Admin directly may not create or destroy databases or stop the daemon (8020)'
    : 'the installation owner calling Admin directly may', async () => {
    const pid = daemonPid(iiSystem);
    const address = readInstallation(iiSystem).address;
    const child = spawnSync(process.execPath, [join(PROJECT, 'test', 'process', 'support', 'admin-as.mjs'),
      join(PROJECT, 'dist', 'src', 'net', 'client.js'), address], {
      encoding: 'utf8', timeout: 60_000, ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    const lines = child.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    if (asRoot) {
      expect(lines).toEqual([
        { call: 'createDatabase', code: 8020, message: 'only the installation owner (root) may run creatdb' },
        { call: 'destroyDatabase', code: 8020, message: 'only the installation owner (root) may run destroydb' },
        { call: 'shutdown', code: 8020, message: 'only the installation owner (root) may run ingresd --stop' },
      ]);
      expect(existsSync(join(iiSystem, 'data', 'intruder'))).toBe(false);
      expect(existsSync(join(iiSystem, 'data', 'db'))).toBe(true);
      expect(daemonPid(iiSystem)).toBe(pid);
      expect(alive(pid as number)).toBe(true);
    } else {
      expect(lines.map((l) => l['call'])).toEqual(['createDatabase', 'destroyDatabase', 'shutdown']);
      expect(lines.every((l) => l['ok'] === true)).toBe(true);
    }
  });

  test('a session opened without a proof is refused (8033)', async () => {
    // the bare OpenSession call, as a client that skips the challenge would make it
    const client = new HostClient(readInstallation(iiSystem).address);
    try {
      const opening = (client as unknown as { open(database: string, options: { user: string }, proof: string): Promise<unknown> })
        .open('db', { user: 'tester' }, '');
      await expect(opening).rejects.toMatchObject({ code: 8033, message: 'cannot tell who you are: the client sent no proof of its user' });
    } finally {
      client.close();
    }
  });
});
