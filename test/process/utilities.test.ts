/*
 * utilities.test.ts — creatdb / destroydb / demodb as real processes: the one-host
 * installation made on first use (etc/, data/, log/ JSON lines), the daemon auto-started,
 * and every error (8001 8002 8003 8004 8005 8006) with a non-zero exit and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PROJECT, alive, cleanup, daemonLog, daemonPid, envFor, hasStackTrace, runProgram, tempRoot,
} from './helpers.js';
import { editPage, nodeAt, pagesInUse } from '../support/lmdb-damage.js';

const { dir, iiSystem, home } = tempRoot('ingres-util-');
const env = envFor(iiSystem, home);

beforeAll(async () => {
  expect(existsSync(iiSystem)).toBe(false);
  const result = await runProgram('creatdb', ['first'], env);
  expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
});

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

describe('creatdb on a missing II_SYSTEM', () => {
  test('makes a one-host installation', () => {
    const hostname = readFileSync(join(iiSystem, 'etc', 'hostname'), 'utf8').trim();
    expect(hostname).not.toBe('');
    const hosts = readFileSync(join(iiSystem, 'etc', 'hosts'), 'utf8');
    expect(hosts).toMatch(new RegExp(`^${hostname} 127\\.0\\.0\\.1:\\d+\\n$`));
    expect(readFileSync(join(iiSystem, 'etc', 'dblist'), 'utf8')).toBe('first\n');
    expect(readFileSync(join(iiSystem, 'etc', 'first_host'), 'utf8')).toBe(`${hostname}\n`);
    const rc = readFileSync(join(iiSystem, 'etc', 'rc.ingres'), 'utf8');
    expect(rc.startsWith('#!/bin/sh')).toBe(true);
    expect(rc).toContain(iiSystem);
    expect(existsSync(join(iiSystem, 'data', 'first'))).toBe(true);
  });

  test('started the daemon, which logs JSON lines', () => {
    const pid = daemonPid(iiSystem);
    expect(pid).not.toBeNull();
    expect(alive(pid as number)).toBe(true);
    const lines = daemonLog(iiSystem);
    const serving = lines.filter((l) => l['msg'] === 'serving');
    expect(serving).toHaveLength(1);
    expect(serving[0]).toMatchObject({ level: 30, pid });
    expect(lines.some((l) => l['msg'] === 'creating database' && l['database'] === 'first')).toBe(true);
  });
});

describe('creatdb errors', () => {
  test('existing database: 8002', async () => {
    const result = await runProgram('creatdb', ['first'], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^8002: database 'first' already exists/);
  });

  test.each([
    ['1abc', 'must start with a letter'],
    ['a-b', 'only letters, digits and _ are allowed'],
    ['abcdefghijklmnopqrstuvwxyz', 'longer than 24 characters'],
  ])('bad name %s: 8003', async (name, why) => {
    const result = await runProgram('creatdb', [name], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`8003: bad database name '${name}': ${why}\n`);
  });

  test('unknown flag 8005 and missing name 8006 exit with 2', async () => {
    const flag = await runProgram('creatdb', ['-z', 'x'], env);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe("8005: unknown flag '-z'\n");
    const usage = await runProgram('creatdb', [], env);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^8006: usage: creatdb/);
  });

  test('INGRES flags are accepted; -e on an existing database succeeds', async () => {
    expect((await runProgram('creatdb', ['-e', 'first'], env)).status).toBe(0);
    expect((await runProgram('creatdb', ['+q', '-c', '-uother', 'flagged'], env)).status).toBe(0);
    expect(readFileSync(join(iiSystem, 'etc', 'dblist'), 'utf8')).toBe('first\nflagged\n');
  });

  test('upper case names are folded', async () => {
    expect((await runProgram('creatdb', ['MixedCase'], env)).status).toBe(0);
    expect(readFileSync(join(iiSystem, 'etc', 'dblist'), 'utf8')).toContain('mixedcase\n');
    expect((await runProgram('destroydb', ['mixedcase'], env)).status).toBe(0);
  });
});

describe('destroydb', () => {
  test('removes the data, the dblist line and <db>_host', async () => {
    expect((await runProgram('creatdb', ['doomed'], env)).status).toBe(0);
    expect(existsSync(join(iiSystem, 'data', 'doomed'))).toBe(true);
    const result = await runProgram('destroydb', ['doomed'], env);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(existsSync(join(iiSystem, 'data', 'doomed'))).toBe(false);
    expect(existsSync(join(iiSystem, 'etc', 'doomed_host'))).toBe(false);
    expect(readFileSync(join(iiSystem, 'etc', 'dblist'), 'utf8')).not.toContain('doomed');
    // and it can be made again
    expect((await runProgram('creatdb', ['doomed'], env)).status).toBe(0);
  });

  test('unknown database: 8001', async () => {
    const result = await runProgram('destroydb', ['nosuch'], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("8001: database 'nosuch' does not exist\n");
  });

  test('flags: -s accepted, others 8005', async () => {
    const result = await runProgram('destroydb', ['-q', 'first'], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("8005: unknown flag '-q'\n");
  });
});

describe('the monitor on a database that does not exist', () => {
  test('8001 and a non-zero exit', async () => {
    const result = await runProgram('ingres', ['-s', 'nosuch'], env, 'print x\n\\g\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("8001: database 'nosuch' does not exist\n");
  });

  test('without any installation: 8001 with a hint, nothing created', async () => {
    const other = join(dir, 'none');
    const result = await runProgram('ingres', ['demo'], envFor(other, home));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^8001: database 'demo' does not exist\nHINT: II_SYSTEM \(.*\) is not an INGRES installation yet/);
    expect(existsSync(other)).toBe(false);
  });

  test('a damaged etc/ says so: etc/hostname missing (8004), a database missing from etc/dblist (8001 and why)', async () => {
    expect((await runProgram('ingresd', ['--stop'], env)).status).toBe(0);
    const hostname = join(iiSystem, 'etc', 'hostname');
    const saved = readFileSync(hostname, 'utf8');
    rmSync(hostname);
    try {
      const missing = await runProgram('ingres', ['-s', 'first'], env, 'help\n\\g\n');
      expect(missing.status).toBe(1);
      expect(missing.stderr).toBe(`8004: cannot use II_SYSTEM ${iiSystem}: ${hostname} is missing (the installation is damaged)\n` +
        "HINT: Write this host's name (as etc/hosts lists it) into etc/hostname; the databases are untouched.\n");
    } finally {
      writeFileSync(hostname, saved);
    }
    const dblist = join(iiSystem, 'etc', 'dblist');
    const list = readFileSync(dblist, 'utf8');
    writeFileSync(dblist, list.split('\n').filter((name) => name !== 'first').join('\n'));
    try {
      const unlisted = await runProgram('ingres', ['-s', 'first'], env, 'help\n\\g\n');
      expect(unlisted.status).toBe(1);
      expect(unlisted.stderr).toBe(`8001: database 'first' does not exist\nHINT: ${join(iiSystem, 'data', 'first')} is there, but ${dblist} does not list it: that file is damaged or was edited.\n`);
    } finally {
      writeFileSync(dblist, list);
    }
    expect((await runProgram('ingres', ['-s', 'first'], env, 'help\n\\g\n')).stdout).toContain('relation name');
  });
});

describe('a damaged data file', () => {
  test('a page lmdb would crash on is 8008 naming it; the daemon goes on serving the other databases', async () => {
    expect((await runProgram('creatdb', ['hurt'], env)).status).toBe(0);
    // stopped first: damage under a running daemon's map is not what this is about
    expect((await runProgram('ingresd', ['--stop'], env)).status).toBe(0);
    const file = join(iiSystem, 'data', 'hurt', 'data.mdb');
    const leaf = pagesInUse(file).find((p) => p.kind === 'leaf' && p.tree === "database 'catalog'");
    if (leaf === undefined) throw new Error('no leaf page of the catalog');
    editPage(file, leaf.pgno, (page) => page.writeUInt16LE(0x0100, nodeAt(page, 0) + 2));
    const hurt = await runProgram('ingres', ['-s', 'hurt'], env, 'help\n\\g\n');
    expect(hurt.status).toBe(1);
    expect(hurt.stderr).toBe(`8008: data directory of database 'hurt' is damaged: ${file}: page ${String(leaf.pgno)} of database 'catalog': node 0's data runs past the page\n` +
      'HINT: Restore the directory from a backup, or destroy and create the database again.\n');
    const pid = daemonPid(iiSystem);
    expect(pid).not.toBeNull();
    const first = await runProgram('ingres', ['-s', 'first'], env, 'help\n\\g\n');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('relation name');
    expect(daemonPid(iiSystem)).toBe(pid);
    expect(alive(pid as number)).toBe(true);
    expect((await runProgram('destroydb', ['hurt'], env)).status).toBe(0);
  });
});

describe('bad II_SYSTEM: 8004', () => {
  test('a regular file', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const result = await runProgram('creatdb', ['x'], envFor(file, home));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`8004: cannot use II_SYSTEM ${file}: not a directory\n`);
  });

  test('under /proc or /sys: refused at once (creatdb used to hang there)', async () => {
    for (const [path, fs] of [['/proc/ingres-test/ii', 'proc'], ['/sys/ingres-test', 'sysfs']] as const) {
      const result = await runProgram('creatdb', ['x'], envFor(path, home));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^8004: cannot use II_SYSTEM ${path}: /\\w+ is on a ${fs} file system, which holds no files of ours\n$`));
    }
  });

  test('below a regular file', async () => {
    const path = join(dir, 'a-file', 'ii');
    const result = await runProgram('creatdb', ['x'], envFor(path, home));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^8004: cannot use II_SYSTEM .*: a path component is not a directory\n$/);
  });

  test('a directory we may not write: permission denied', async () => {
    const parent = join(dir, 'perm');
    mkdirSync(parent, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const readOnly = join(parent, 'ro');
    mkdirSync(readOnly, { mode: 0o555 });
    chmodSync(readOnly, 0o555);
    // root may write anywhere: run the program as nobody then
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? 'runuser' : process.execPath;
    const args = [...(asRoot ? ['-u', 'nobody', '--', process.execPath] : []), join(PROJECT, 'bin', 'creatdb.js'), 'x'];
    const result = spawnSync(command, args, { env: envFor(readOnly, home), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`8004: cannot use II_SYSTEM ${readOnly}: permission denied\n`);
  });

  test('a non-empty directory that is not an installation', async () => {
    const result = await runProgram('creatdb', ['x'], envFor(join(dir), home));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^8004: cannot use II_SYSTEM .*: the directory is not empty and is not an INGRES installation\n$/);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('demodb', () => {
  test('creates and loads the demo relations with their types', async () => {
    const result = await runProgram('demodb', ['demo'], env);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const script = [
      'range of a is attribute',
      'retrieve (a.attrelid, a.attname, a.attfrmt, a.attfrml) where a.attrelid = "supplier"',
      '\\g',
      'range of e is employee',
      'retrieve (n = count(e.number))',
      '\\g',
      'print store',
      '\\g',
    ].join('\n');
    const run = await runProgram('ingres', ['-s', 'demo'], env, `${script}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('|supplier    |number      |    30|     2|');
    expect(run.stdout).toContain('|supplier    |name        |    32|    15|');
    expect(run.stdout).toContain('|supplier    |state       |    32|     6|');
    expect(run.stdout).toContain('|           25|');
    expect(run.stdout).toContain(
      '\nstore relation\n\n|number|city           |state |\n|-----------------------------|\n' +
      '|     5|San Francisco  |Calif |\n|     7|Oakland        |Calif |\n|     8|El Cerrito     |Calif |\n' +
      '|-----------------------------|\n');
  });

  test('the demo relations are permitted to all users (demo/qry)', async () => {
    const other = await runProgram('ingres', ['-s', 'demo'], { ...env, USER: 'someone' },
      'range of p is parts\nretrieve (p.pname) where p.pnum = 2\n\\g\n');
    expect(other.stdout).toBe('\n|pname               |\n|--------------------|\n|memory              |\n|--------------------|\n');
  });

  test('-uNAME is the DBA\'s and the installation owner\'s alone (8031 for anyone else, nothing run)', async () => {
    const script = 'range of p is parts\nretrieve (n = count(p.pnum))\n\\g\n';
    const refused = await runProgram('ingres', ['-s', '-uingres', 'demo'], { ...env, USER: 'someone' }, script);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^8031: only the DBA \(ingres\) or the installation owner may act as another user: you are someone\n/);
    expect(refused.stdout).toBe('');
    // the DBA, the owner of II_SYSTEM (root here, or whoever runs the tests) and a user naming
    // themselves may
    const owner = userInfo().username;
    for (const [login, as] of [['ingres', 'someone'], [owner, 'someone'], ['someone', 'someone']] as const) {
      const run = await runProgram('ingres', ['-s', `-u${as}`, 'demo'], { ...env, USER: login }, script);
      expect(run.stderr, `${login} as ${as}`).toBe('');
      expect(run.stdout).toContain('|           14|');
    }
  });

  test('demodb on an existing database: 8002', async () => {
    const result = await runProgram('demodb', ['demo'], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^8002: /);
  });
});
