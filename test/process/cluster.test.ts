/*
 * cluster.test.ts — host installations booted the way operators do it: etc/rc.ingres
 * start/status/stop on one installation, and `ingres-cluster init/start/status/kill/stop`
 * over DIR/h1..h2 (each host its own daemon and port; dbstate is issue 3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { alive, cleanup, daemonPid, envFor, runProgram, tempRoot } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-cluster-');
const env = envFor(iiSystem, home);
const clusterDir = join(dir, 'cluster');

afterAll(async () => {
  for (const host of ['h1', 'h2']) await cleanup(join(dir, 'unused'), join(clusterDir, host));
  await cleanup(dir, iiSystem);
});

function rc(command: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync('/bin/sh', [join(iiSystem, 'etc', 'rc.ingres'), command], { env, encoding: 'utf8' });
}

describe('etc/rc.ingres', () => {
  test('start, status, stop', async () => {
    expect((await runProgram('creatdb', ['one'], env)).status).toBe(0);
    expect((await runProgram('ingresd', ['--stop'], env)).stdout).toBe('ingresd: stopped\n');
    const start = rc('start');
    expect(start.status).toBe(0);
    expect(start.stdout).toMatch(/^ingresd: running on /);
    const pid = daemonPid(iiSystem);
    expect(pid !== null && alive(pid)).toBe(true);
    const status = rc('status');
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ pid, databases: [{ name: 'one' }] });
    expect(rc('stop').stdout).toBe('ingresd: stopped\n');
    expect(alive(pid as number)).toBe(false);
    expect(rc('status').status).toBe(1);
    expect(rc('bogus').status).toBe(2);
  });
});

describe('ingres-cluster', () => {
  test('init makes host installations that know each other', async () => {
    const result = await runProgram('ingres-cluster', ['init', clusterDir, '--hosts', '2'], env);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const hosts = readFileSync(join(clusterDir, 'h1', 'etc', 'hosts'), 'utf8');
    expect(hosts).toMatch(/^h1 127\.0\.0\.1:\d+\nh2 127\.0\.0\.1:\d+\n$/);
    expect(readFileSync(join(clusterDir, 'h2', 'etc', 'hosts'), 'utf8')).toBe(hosts);
    expect(readFileSync(join(clusterDir, 'h2', 'etc', 'hostname'), 'utf8')).toBe('h2\n');
    // never again over it: new ports would cut its daemons off from status, stop and clients
    const again = await runProgram('ingres-cluster', ['init', clusterDir, '--hosts', '3'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^8004: cannot use II_SYSTEM ${clusterDir}/h1: ${clusterDir} holds host installations already \\(h1, h2\\)\nHINT: `));
    expect(readFileSync(join(clusterDir, 'h1', 'etc', 'hosts'), 'utf8')).toBe(hosts);
    expect(existsSync(join(clusterDir, 'h3'))).toBe(false);
  });

  test('start, status, kill one host, stop', async () => {
    expect((await runProgram('ingres-cluster', ['start', clusterDir], env)).status).toBe(0);
    const up = await runProgram('ingres-cluster', ['status', clusterDir], env);
    expect(up.status).toBe(0);
    expect(up.stdout).toMatch(/^h1\t127\.0\.0\.1:\d+\tup pid \d+\tsessions 0\t\nh2\t127\.0\.0\.1:\d+\tup pid \d+/);
    const h2 = daemonPid(join(clusterDir, 'h2'));
    expect((await runProgram('ingres-cluster', ['kill', clusterDir, 'h2'], env)).status).toBe(0);
    expect(alive(h2 as number)).toBe(false);
    const down = await runProgram('ingres-cluster', ['status', clusterDir], env);
    expect(down.status).toBe(1);
    expect(down.stdout).toMatch(/\nh2\t127\.0\.0\.1:\d+\tdown\n$/);
    const stop = await runProgram('ingres-cluster', ['stop', clusterDir], env);
    expect(stop.stdout).toBe('h1: stopped\nh2: was not running\n');
  });

  test('start boots the hosts together; one that does not start is named, the others run', async () => {
    // h2's rc.ingres is broken (an operator's edit): h1 starts anyway
    const rcPath = join(clusterDir, 'h2', 'etc', 'rc.ingres');
    const original = readFileSync(rcPath, 'utf8');
    writeFileSync(rcPath, '#!/bin/sh\necho "rc.ingres: broken" >&2\nexit 3\n');
    try {
      const start = await runProgram('ingres-cluster', ['start', clusterDir], env);
      expect(start.status).not.toBe(0);
      expect(start.stdout).toMatch(/^ingresd: running on h1 /);
      expect(start.stderr).toContain('rc.ingres: broken');
      expect(start.stderr).toContain('8007: cannot start the host daemon: h2 did not start');
      const h1 = daemonPid(join(clusterDir, 'h1'));
      expect(h1 !== null && alive(h1)).toBe(true);
    } finally {
      writeFileSync(rcPath, original);
    }
    // repaired: start brings up h2 and leaves h1 as it was
    const h1 = daemonPid(join(clusterDir, 'h1'));
    const again = await runProgram('ingres-cluster', ['start', clusterDir], env);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^ingresd: running on h1 [^\n]*\ningresd: running on h2 /);
    expect(daemonPid(join(clusterDir, 'h1'))).toBe(h1);
    expect((await runProgram('ingres-cluster', ['stop', clusterDir], env)).stdout).toBe('h1: stopped\nh2: stopped\n');
  });

  test('key gives every host the cluster key: a copy of the one they hold, a new one when none has one, never over a different one', async () => {
    const keyOf = (host: string): string => join(clusterDir, host, 'etc', 'cluster.key');
    const original = readFileSync(keyOf('h1'), 'utf8');
    expect(readFileSync(keyOf('h2'), 'utf8')).toBe(original);
    rmSync(keyOf('h2'));
    // without its key h2 does not start (a key of its own would keep it out of the group)
    const refused = await runProgram('ingres-cluster', ['start', clusterDir, 'h2'], env);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(`8034: the cluster key ${keyOf('h2')} is missing`);
    expect(refused.stderr).toContain("'ingres-cluster key DIR' gives every host of DIR the same one");
    const copied = await runProgram('ingres-cluster', ['key', clusterDir], env);
    expect(copied).toMatchObject({ status: 0, stdout: `h1: has the key\nh2: key written (${keyOf('h2')})\n` });
    expect(readFileSync(keyOf('h2'), 'utf8')).toBe(original);
    expect(statSync(keyOf('h2')).mode & 0o777).toBe(0o600);
    // two different keys: which is right is the operator's call; nothing written
    writeFileSync(keyOf('h2'), `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    const differ = await runProgram('ingres-cluster', ['key', clusterDir], env);
    expect(differ.status).toBe(1);
    expect(differ.stderr).toMatch(/^8034: the cluster key .*\/\*\/etc\/cluster\.key differs between hosts: h1 \| h2\nHINT: /);
    expect(readFileSync(keyOf('h1'), 'utf8')).toBe(original);
    expect(readFileSync(keyOf('h2'), 'utf8')).toBe(`${'ab'.repeat(32)}\n`);
    // none: a new key for all
    rmSync(keyOf('h1'));
    rmSync(keyOf('h2'));
    expect((await runProgram('ingres-cluster', ['key', clusterDir], env)).status).toBe(0);
    const fresh = readFileSync(keyOf('h1'), 'utf8');
    expect(fresh).toMatch(/^[0-9a-f]{64}\n$/);
    expect(fresh).not.toBe(original);
    expect(readFileSync(keyOf('h2'), 'utf8')).toBe(fresh);
    // and the hosts run with it together
    expect((await runProgram('ingres-cluster', ['start', clusterDir], env)).status).toBe(0);
    expect((await runProgram('ingres-cluster', ['stop', clusterDir], env)).stdout).toBe('h1: stopped\nh2: stopped\n');
  });

  test('usage errors', async () => {
    expect((await runProgram('ingres-cluster', ['frobnicate', clusterDir], env)).status).toBe(2);
    expect((await runProgram('ingres-cluster', ['init', join(dir, 'c2'), '--hosts', 'x'], env)).status).toBe(2);
    const unknown = await runProgram('ingres-cluster', ['kill', clusterDir, 'h9'], env);
    expect(unknown).toMatchObject({ status: 1, stderr: `8000: no host 'h9' in ${clusterDir}\n` });
    // DIR may be one host's installation: another host's name is not it (it killed DIR's daemon)
    const other = await runProgram('ingres-cluster', ['kill', join(clusterDir, 'h1'), 'h2'], env);
    expect(other).toMatchObject({ status: 1, stderr: `8000: no host 'h2' in ${join(clusterDir, 'h1')}\n` });
    // a DIR with no installation in it (a plain file, an empty directory)
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const empty = await runProgram('ingres-cluster', ['start', file], env);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/^8004: cannot use II_SYSTEM .*plain-file: it holds no host installation/);
  });
});
