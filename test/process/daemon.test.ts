/*
 * daemon.test.ts — ingresd as a real process: auto-start by the first client, concurrent
 * starters making exactly one daemon, a second hand-started daemon refused, malformed
 * gRPC messages and raw TCP garbage answered without harm, --status/--stop, and a
 * client that dies mid-transaction: its session is closed and the transaction aborted.
 */
import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HostClient } from '../../src/net/client.js';
import { daemonAnswers, ensureDaemon, isDaemonAlive } from '../../src/install/daemon-control.js';
import { readInstallation } from '../../src/install/installation.js';
import {
  alive, cleanup, daemonLog, daemonPid, envFor, runProgram, startProgram, tempRoot, waitFor,
} from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-daemon-');
const env = envFor(iiSystem, home);

function address(): string {
  const hosts = readFileSync(join(iiSystem, 'etc', 'hosts'), 'utf8');
  const match = /(\S+:\d+)/.exec(hosts);
  if (match?.[1] === undefined) throw new Error('no address in etc/hosts');
  return match[1];
}

/** Send raw bytes as the request of `path`; resolve with the error's code + ingres-code. */
function sendRaw(path: string, bytes: Buffer): Promise<{ grpc: number; ingres: string | undefined; details: string }> {
  const client = new Client(address(), credentials.createInsecure());
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(path, (b: Buffer) => b, (b: Buffer) => b, bytes, new Metadata(), { deadline: Date.now() + 5000 },
      (error: ServiceError | null) => {
        client.close();
        if (error === null) reject(new Error('expected an error'));
        else resolve({ grpc: error.code, ingres: error.metadata.get('ingres-code')[0]?.toString(), details: error.details });
      });
  });
}

/** Stop the daemon, then start one held `holdMs` before it listens (as while it loads the
 *  engine and opens its databases): its pid file is taken, nothing answers yet. */
async function startHeldDaemon(holdMs: number): Promise<{ readonly starting: ReturnType<typeof startProgram>; readonly pid: number }> {
  const stop = await runProgram('ingresd', ['--stop'], env);
  expect(stop.status).toBe(0);
  const starting = startProgram('ingresd', [], { ...env, INGRES_FAILPOINTS: `ingresd.before-listen=delay:${holdMs}` });
  const pid = await waitFor('the starting daemon\'s pid file', () => daemonPid(iiSystem));
  return { starting, pid };
}

async function statusOk(): Promise<void> {
  const client = new HostClient(address());
  try {
    const reply = await client.status(5000);
    expect(reply.pid).toBe(daemonPid(iiSystem));
  } finally {
    client.close();
  }
}

beforeAll(async () => {
  // concurrent first users: four creatdb at once on a missing installation is racy for the
  // installation itself, so make it with the first and then race the daemon start
  const first = await runProgram('creatdb', ['db0'], env);
  expect(first.status).toBe(0);
  const stop = await runProgram('ingresd', ['--stop'], env);
  expect(stop.stdout).toBe('ingresd: stopped\n');
});

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

describe('auto-start', () => {
  test('concurrent clients start exactly one daemon', async () => {
    expect(daemonPid(iiSystem)).toBeNull();
    const results = await Promise.all(['db1', 'db2', 'db3', 'db4'].map((db) => runProgram('creatdb', [db], env)));
    for (const result of results) expect(result).toMatchObject({ status: 0, stderr: '' });
    const serving = daemonLog(iiSystem).filter((l) => l['msg'] === 'serving');
    // one from beforeAll's daemon, one from this start
    expect(serving).toHaveLength(2);
    expect(readFileSync(join(iiSystem, 'etc', 'dblist'), 'utf8').split('\n').filter(Boolean).sort())
      .toEqual(['db0', 'db1', 'db2', 'db3', 'db4']);
    await statusOk();
  });

  test('a client that finds the daemon starting (pid file taken, not listening yet) waits for it', async () => {
    const before = daemonLog(iiSystem).filter((l) => l['msg'] === 'serving').length;
    // the window a starting daemon has (loading the engine, opening its databases), held open
    const { starting, pid } = await startHeldDaemon(3000);
    expect(pid).toBe(starting.pid);
    // (until 12-07: 8007 "running but did not answer … within 30000 ms", at once)
    const result = await runProgram('creatdb', ['db5'], env);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(daemonPid(iiSystem)).toBe(pid);
    expect(daemonLog(iiSystem).filter((l) => l['msg'] === 'serving')).toHaveLength(before + 1);
    await statusOk();
  });

  test('status of a daemon still starting: "starting", with its pid, not "not running" or "down"', async () => {
    const { starting, pid } = await startHeldDaemon(120_000);
    try {
      const status = await runProgram('ingresd', ['--status'], env);
      expect(status).toMatchObject({ status: 1, stderr: '' });
      expect(status.stdout).toMatch(new RegExp(`^ingresd: starting on \\S+ \\(127\\.0\\.0\\.1:\\d+\\), pid ${pid}: not answering yet\n$`));
      const cluster = await runProgram('ingres-cluster', ['status', iiSystem], env);
      expect(cluster).toMatchObject({ status: 1, stderr: '' });
      expect(cluster.stdout).toMatch(new RegExp(`^\\S+\\t127\\.0\\.0\\.1:\\d+\\tstarting pid ${pid}\n$`));
    } finally {
      starting.kill('SIGKILL');
    }
    await waitFor('the killed daemon to be gone', () => (isDaemonAlive(starting.pid as number) ? null : true));
    const gone = await runProgram('ingresd', ['--status'], env);
    expect(gone.status).toBe(1);
    expect(gone.stdout).toMatch(/^ingresd: not running on /);
    const again = await runProgram('ingresd', ['--background'], env);
    expect(again.status).toBe(0);
    await statusOk();
  }, 60_000);

  test('a starting daemon killed while a client waits for it: the wait ends, and the client starts another', async () => {
    const { starting, pid } = await startHeldDaemon(120_000);
    // the wait ensureDaemon makes on a daemon whose pid file it found: ended by the death
    // (a wait that missed it would run its 120 s, past this test's timeout)
    const waiting = daemonAnswers(readInstallation(iiSystem), 120_000, { waitWhile: () => isDaemonAlive(pid) });
    starting.kill('SIGKILL');
    expect(await waiting).toBe(false);
    const result = await runProgram('creatdb', ['db6'], env);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const now = daemonPid(iiSystem);
    expect(now).not.toBeNull();
    expect(now).not.toBe(pid);
    await statusOk();
  }, 60_000);

  test('a second daemon started by hand is refused with 8007', async () => {
    const result = await runProgram('ingresd', [], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^8007: cannot start the host daemon: one is already running \(pid \d+\)\n$/);
    await statusOk();
  });

  test('a port served by another installation\'s daemon is 8007, and that daemon is left alone', async () => {
    await runProgram('ingresd', ['--background'], env);
    const pid = daemonPid(iiSystem);
    const twin = join(dir, 'twin');
    mkdirSync(join(twin, 'etc'), { recursive: true });
    for (const file of ['hostname', 'hosts']) copyFileSync(join(iiSystem, 'etc', file), join(twin, 'etc', file));
    const twinEnv = envFor(twin, home);
    for (const [program, args] of [['creatdb', ['x']], ['ingresd', ['--stop']], ['ingres', ['-s', 'db0']]] as const) {
      const result = await runProgram(program, args, twinEnv);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^8007: cannot start the host daemon: 127\.0\.0\.1:\d+ is served by the daemon of another installation/);
    }
    expect(daemonPid(iiSystem)).toBe(pid);
    expect(alive(pid as number)).toBe(true);
  });

  test('--status prints the daemon state as JSON', async () => {
    const result = await runProgram('ingresd', ['--status'], env);
    expect(result.status).toBe(0);
    const status = JSON.parse(result.stdout) as { pid: number; databases: { name: string }[] };
    expect(status.pid).toBe(daemonPid(iiSystem));
    expect(status.databases.map((d) => d.name)).toContain('db0');
  });

  test('unknown ingresd flag: 8005', async () => {
    const result = await runProgram('ingresd', ['--bogus'], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("8005: unknown flag '--bogus'\n");
  });
});

describe('bad network messages', () => {
  beforeAll(async () => {
    const result = await runProgram('ingresd', ['--background'], env);
    expect(result).toMatchObject({ status: 0 });
    expect(result.stdout).toMatch(/^ingresd: running on /);
  });

  test('undecodable requests get 7003 and the daemon keeps serving', async () => {
    const garbage = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x12]);
    for (const path of ['/ingres.Admin/Status', '/ingres.Admin/CreateDatabase', '/ingres.Session/Run', '/ingres.Session/OpenSession']) {
      const path_ = path;
      if (path_.endsWith('Run') || path_.endsWith('OpenSession')) {
        // streaming methods: same check through a server-stream call
        const client = new Client(address(), credentials.createInsecure());
        const error = await new Promise<ServiceError>((resolve) => {
          const call = client.makeServerStreamRequest(path_, (b: Buffer) => b, (b: Buffer) => b, garbage);
          call.on('data', () => undefined);
          call.on('error', resolve);
        });
        client.close();
        expect(error.metadata.get('ingres-code')[0]?.toString()).toBe('7003');
        expect(error.details).toMatch(/^bad message from client: /);
      } else {
        const result = await sendRaw(path_, garbage);
        expect(result.ingres).toBe('7003');
      }
    }
    await statusOk();
  });

  test('a decodable but senseless request is a numbered error', async () => {
    const client = new HostClient(address());
    try {
      await expect(client.createDatabase('', 'x')).rejects.toMatchObject({ code: 8003 });
      await expect(client.openSession('db1!', { user: 'x' })).rejects.toMatchObject({ code: 8003 });
      await expect(client.openSession('nosuch', { user: 'x' })).rejects.toMatchObject({ code: 8001 });
      await expect(new HostClient(address()).unary(
        { path: '/ingres.Session/CloseSession', requestSerialize: () => Buffer.alloc(0), responseDeserialize: (b: Buffer) => b },
        {}, 5000)).resolves.toBeDefined();
    } finally {
      client.close();
    }
  });

  test('raw TCP garbage on the port does not hurt', async () => {
    const [host, port] = address().split(':');
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), host, () => {
        socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n\x00\x01\x02garbage\xff\xfe', () => socket.destroy());
      });
      socket.on('error', () => resolve());
      socket.on('close', () => resolve());
    });
    await statusOk();
  });
});

describe('sessions end with their client', () => {
  beforeAll(async () => {
    for (const db of ['life1', 'life2']) expect((await runProgram('creatdb', [db], env)).status).toBe(0);
    const setup = await runProgram('ingres', ['-s', 'life1'], env,
      'create t (a = i4)\n\\g\nappend to t (a = 1)\n\\g\n');
    expect(setup).toMatchObject({ status: 0, stdout: '' });
  });

  test('a killed monitor has its transaction aborted and its locks released', async () => {
    const monitor = startProgram('ingres', ['-s', 'life1'], env);
    monitor.stdin?.write('begin transaction\nappend to t (a = 2)\nrange of x is t\nretrieve (n = count(x.a))\n\\g\n');
    await waitFor('the open transaction to see 2 tuples', () => monitor.output().includes('|            2|'));
    const client = new HostClient(address());
    try {
      const before = await client.status();
      expect(before.databases?.find((d) => d.name === 'life1')?.sessions).toBe(1);
      monitor.kill('SIGKILL');
      await waitFor('the session to be closed', async () => (await client.status()).sessions === 0);
    } finally {
      client.close();
    }
    const after = await runProgram('ingres', ['-s', 'life1'], env,
      'range of x is t\nretrieve (n = count(x.a))\n\\g\nappend to t (a = 3)\n\\g\nretrieve (n = count(x.a))\n\\g\n');
    expect(after.stdout).toBe(
      '\n|n            |\n|-------------|\n|            1|\n|-------------|\n' +
      '\n|n            |\n|-------------|\n|            2|\n|-------------|\n');
    expect(daemonLog(iiSystem).some((l) => l['msg'] === 'client went away; closing its session')).toBe(true);
  });

  test('destroydb is refused while a session is open (8010)', async () => {
    const monitor = startProgram('ingres', ['-s', 'life2'], env);
    monitor.stdin?.write('help\n\\g\n');
    await waitFor('the monitor to answer', () => monitor.output().includes('relation name'));
    const refused = await runProgram('destroydb', ['life2'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe("8010: database 'life2' is in use by 1 session(s)\n");
    monitor.stdin?.end('\\q\n');
    await waitFor('the monitor to exit', () => monitor.exitCode !== null);
    expect(monitor.exitCode).toBe(0);
    await waitFor('the session to close', async () => (await runProgram('destroydb', ['life2'], env)).status === 0);
  });
});

describe('the daemon dies under a monitor', () => {
  test('the next query reports 7001, the one after reconnects to a new daemon', async () => {
    const monitor = startProgram('ingres', ['db0'], env);
    monitor.stdin?.write('help\n\\g\n');
    await waitFor('the first answer', () => monitor.output().includes('relation name'));
    const pid = daemonPid(iiSystem);
    expect(pid).not.toBeNull();
    process.kill(pid as number, 'SIGKILL');
    await waitFor('the daemon to die', () => !alive(pid as number));
    monitor.stdin?.write('help\n\\g\n');
    await waitFor('7001', () => monitor.output().includes('7001: host '));
    monitor.stdin?.write('help\n\\g\n');
    await waitFor('the reconnect', () => monitor.output().split('relation name').length === 3);
    expect(monitor.output()).toContain('reconnected to the host daemon in a new session');
    monitor.stdin?.end('\\q\n');
    await waitFor('the monitor to exit', () => monitor.exitCode !== null);
    expect(monitor.exitCode).toBe(0);
    expect(daemonPid(iiSystem)).not.toBe(pid);
  });

  test('a transaction open when its daemon dies stays rolled back: the rest of it never commits statement by statement', async () => {
    expect((await runProgram('creatdb', ['halfdb'], env)).status).toBe(0);
    const setup = await runProgram('ingres', ['-s', 'halfdb'], env, 'create h1 (a = i4)\ncreate h2 (a = i4)\ncreate h3 (a = i4)\n\\g\n');
    expect(setup).toMatchObject({ status: 0, stdout: '' });
    const monitor = startProgram('ingres', ['-s', 'halfdb'], env);
    monitor.stdin?.write('begin transaction\n\\g\nappend to h1 (a = 1)\nretrieve (marker = 1)\n\\g\n');
    await waitFor('the open transaction', () => monitor.output().includes('|marker'));
    const pid = daemonPid(iiSystem) as number;
    process.kill(pid, 'SIGKILL');
    await waitFor('the daemon to die', () => !alive(pid));
    // the buffer that finds the daemon gone: 7001; the rest of the transaction: refused
    // (6008), its end: 6009; a statement after it commits as usual
    monitor.stdin?.write('append to h2 (a = 2)\n\\g\n');
    await waitFor('7001', () => monitor.output().includes('7001: host '));
    monitor.stdin?.end('append to h3 (a = 3)\n\\g\nend transaction\n\\g\nappend to h3 (a = 4)\n\\g\n\\q\n');
    await waitFor('the monitor to exit', () => monitor.exitCode !== null);
    const output = monitor.output();
    expect(output).toMatch(/\n6008: the transaction was rolled back \(7001: the connection to the host daemon was lost with this transaction open\): statements are ignored until end transaction or abort\n/);
    expect(output).toMatch(/\n6009: the transaction was rolled back earlier \(7001: /);
    const after = await runProgram('ingres', ['-s', 'halfdb'], env,
      'range of x is h1\nrange of y is h2\nrange of z is h3\nretrieve (n = count(x.a))\nretrieve (n = count(y.a))\nretrieve (z.a)\n\\g\n');
    const table = (value: number): string => `\n|n            |\n|-------------|\n|${String(value).padStart(13)}|\n|-------------|\n`;
    expect(after.stdout).toBe(table(0) + table(0) + '\n|a            |\n|-------------|\n|            4|\n|-------------|\n');
  });
});

describe('stop', () => {
  test('a daemon that runs but does not answer (busy, stopped) is named as such, not "cannot start"', async () => {
    expect((await runProgram('ingres', ['-s', 'db0'], env, 'help\n\\g\n')).status).toBe(0);
    const pid = daemonPid(iiSystem) as number;
    process.kill(pid, 'SIGSTOP');
    try {
      await expect(ensureDaemon(readInstallation(iiSystem), 1500)).rejects.toMatchObject({
        code: 8007, message: expect.stringMatching(new RegExp(`^the host daemon \\(pid ${pid}\\) is running but did not answer at 127\\.0\\.0\\.1:\\d+ within 1500 ms$`)),
      });
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect(daemonPid(iiSystem)).toBe(pid);
  });

  test('a removed log/ directory is made again when the daemon starts (it was 9000 ENOENT for every program)', async () => {
    expect((await runProgram('ingresd', ['--stop'], env)).status).toBe(0);
    rmSync(join(iiSystem, 'log'), { recursive: true, force: true });
    const again = await runProgram('ingres', ['-s', 'db0'], env, 'retrieve (x = 1)\n\\g\n');
    expect(again).toMatchObject({ status: 0, stderr: '' });
    expect(again.stdout).toContain('|     1|');
    expect(existsSync(join(iiSystem, 'log', 'ingresd.out'))).toBe(true);
  });

  test('a database on one host keeps its dbstate row current without heartbeats: a monitor open elsewhere shows as cuh/dbupdate', async () => {
    // the row of this host, as QUEL reads it: cuh (current use by users) is its 5th column
    const row = async (): Promise<string[]> => {
      const result = await runProgram('ingres', ['-s', 'db0'], env, 'range of d is dbstate\nretrieve (d.all)\n\\g\n');
      expect(result).toMatchObject({ status: 0, stderr: '' });
      const line = result.stdout.split('\n').find((l) => l.startsWith('|db0 '));
      if (line === undefined) throw new Error(`no dbstate row in ${result.stdout}`);
      return line.split('|').slice(1, -1).map((cell) => cell.trim());
    };
    // (each query is a session too: its own use shows, if at all, only after it ended)
    await waitFor('dbstate with nobody using db0', async () => ((await row())[4] === 'no' ? true : null));
    // (a database of this host alone arms no heartbeat: dbstate is written after each change)
    const monitor = startProgram('ingres', ['db0'], env);
    try {
      await waitFor('the open monitor in dbstate', async () => ((await row())[4] === 'yes' ? true : null));
      expect((await row()).slice(0, 5)).toEqual(['db0', 'yes', 'yes', 'yes', 'yes']);
    } finally {
      monitor.stdin?.end();
    }
    await waitFor('the monitor to leave', () => (monitor.exitCode !== null ? true : null));
    await waitFor('dbstate without it', async () => ((await row())[4] === 'no' ? true : null));
  });

  test('--stop ends the daemon cleanly; the next client starts it again', async () => {
    const pid = daemonPid(iiSystem);
    expect(pid).not.toBeNull();
    const result = await runProgram('ingresd', ['--stop'], env);
    expect(result.stdout).toBe('ingresd: stopped\n');
    expect(alive(pid as number)).toBe(false);
    expect(daemonPid(iiSystem)).toBeNull();
    const status = await runProgram('ingresd', ['--status'], env);
    expect(status.status).toBe(1);
    expect(status.stdout).toMatch(/^ingresd: not running/);
    const again = await runProgram('ingres', ['-s', 'db0'], env, 'help\n\\g\n');
    expect(again.stdout).toContain('relation name');
    expect(daemonPid(iiSystem)).not.toBe(pid);
  });
});
