/*
 * installation.ts — one host's installation directory ($II_SYSTEM, DESIGN.md Contracts):
 * etc/{hostname,hosts,dblist,<db>_host,rc.ingres}, data/<db>/, log/, run/ (pid, lock).
 * Finds it, makes a one-host installation on first use, reads it, and edits dblist and
 * <db>_host. Every failure is an IngresError (8001 unknown db, 8003 bad name, 8004 bad dir).
 */
import { existsSync, mkdirSync, readFileSync, statSync, statfsSync, unlinkSync, writeFileSync, accessSync, constants, readdirSync } from 'node:fs';
import { replaceFileDurably } from '../common/files.js';
import { writeClusterKey } from './cluster-key.js';
import { createServer } from 'node:net';
import { hostname as osHostname, homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IngresError } from '../common/errors.js';
import { projectFile } from './project.js';

/** Where II_SYSTEM points when the variable is unset. */
export const DEFAULT_II_SYSTEM = join(homedir(), '.ingres');
/** Database names: a letter, then letters, digits or '_'; folded to lower case. */
export const DATABASE_NAME_MAX = 24;

export interface HostEntry {
  readonly name: string;
  /** "address:port" */
  readonly address: string;
}

export interface Installation {
  /** absolute path of $II_SYSTEM */
  readonly root: string;
  /** this host's name (etc/hostname) */
  readonly hostname: string;
  /** every host of the installation (etc/hosts) */
  readonly hosts: readonly HostEntry[];
  /** this host's "address:port" */
  readonly address: string;
}

export const paths = {
  etc: (root: string) => join(root, 'etc'),
  hostnameFile: (root: string) => join(root, 'etc', 'hostname'),
  hostsFile: (root: string) => join(root, 'etc', 'hosts'),
  dblistFile: (root: string) => join(root, 'etc', 'dblist'),
  dbHostFile: (root: string, database: string) => join(root, 'etc', `${database}_host`),
  rcIngres: (root: string) => join(root, 'etc', 'rc.ingres'),
  data: (root: string) => join(root, 'data'),
  database: (root: string, database: string) => join(root, 'data', database),
  log: (root: string) => join(root, 'log'),
  daemonLog: (root: string) => join(root, 'log', 'ingresd.log'),
  daemonOutput: (root: string) => join(root, 'log', 'ingresd.out'),
  run: (root: string) => join(root, 'run'),
  pidFile: (root: string) => join(root, 'run', 'ingresd.pid'),
  startLock: (root: string) => join(root, 'run', 'start.lock'),
};

/** The installation directory: $II_SYSTEM, else DEFAULT_II_SYSTEM. */
export function resolveIISystem(env: NodeJS.ProcessEnv = process.env): string {
  const value = env['II_SYSTEM'];
  return resolve(value !== undefined && value !== '' ? value : DEFAULT_II_SYSTEM);
}

/** /proc and /sys take no installation (Node's recursive mkdirSync loops there forever) */
const PSEUDO_FILE_SYSTEMS = new Map([[0x9fa0, 'proc'], [0x62656572, 'sysfs'], [0x64626720, 'debugfs'], [0x73636673, 'securityfs'], [0x27e0eb, 'cgroup'], [0x63677270, 'cgroup2']]);

function checkFileSystem(root: string): void {
  let at = resolve(root);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  let type: number;
  try {
    type = statfsSync(at).type;
  } catch {
    return; // the checks that follow say what is wrong
  }
  const name = PSEUDO_FILE_SYSTEMS.get(type);
  if (name !== undefined) throw installError(root, `${at} is on a ${name} file system, which holds no files of ours`);
}

function installError(root: string, reason: string, cause?: unknown): IngresError {
  return new IngresError(8004, `cannot use II_SYSTEM ${root}: ${reason}`, cause === undefined ? {} : { cause });
}

function systemReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a path component is not a directory';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on device';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Check a database name; returns it folded to lower case. Throws 8003. */
export function checkDatabaseName(name: string): string {
  const bad = (why: string): IngresError => new IngresError(8003, `bad database name '${name}': ${why}`);
  if (name === '') throw bad('empty');
  if (name.length > DATABASE_NAME_MAX) throw bad(`longer than ${DATABASE_NAME_MAX} characters`);
  if (!/^[A-Za-z]/.test(name)) throw bad('must start with a letter');
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw bad('only letters, digits and _ are allowed');
  return name.toLowerCase();
}

/** Is `root` an installation (has etc/hostname)? */
export function isInstallation(root: string): boolean {
  return existsSync(paths.hostnameFile(root));
}

function readLines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** Write a file atomically and durably (temp file, fsync, rename, directory fsync), so
 *  readers never see half a list and a machine crash leaves the old list or the new one. */
export function writeFileAtomic(path: string, text: string): void {
  replaceFileDurably(path, text);
}

/** Read an existing installation. Throws 8004 when `root` is not one. */
export function readInstallation(root: string): Installation {
  if (!existsSync(root)) throw installError(root, 'no such directory');
  if (!statSync(root).isDirectory()) throw installError(root, 'not a directory');
  if (!isInstallation(root)) throw installError(root, 'not an INGRES installation (no etc/hostname)');
  let hostname: string;
  let lines: string[];
  try {
    hostname = readLines(paths.hostnameFile(root))[0] ?? '';
    lines = readLines(paths.hostsFile(root));
  } catch (error) {
    throw installError(root, systemReason(error), error);
  }
  if (hostname === '') throw installError(root, 'etc/hostname is empty');
  const hosts: HostEntry[] = [];
  for (const line of lines) {
    const [name, address] = line.split(/\s+/);
    if (name === undefined || address === undefined || !/^[^\s:]+:\d+$/.test(address)) {
      throw installError(root, `bad line in etc/hosts: '${line}'`);
    }
    hosts.push({ name, address });
  }
  const self = hosts.find((host) => host.name === hostname);
  if (self === undefined) throw installError(root, `host '${hostname}' is not listed in etc/hosts`);
  return { root, hostname, hosts, address: self.address };
}

/** Can a server listen on 127.0.0.1:`port` now (0 = any: resolves the port it got, else 0)? */
function tryListen(port: number): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(0));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const got = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(got));
    });
  });
}

/** The first port of the kernel's ephemeral range (where outgoing connections get theirs). */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 1024 ? low : 32768;
  } catch {
    return 32768;
  }
}

/**
 * A free TCP port on 127.0.0.1 for a host's etc/hosts, **below** the kernel's ephemeral
 * range: the port must still be free when the daemon starts or restarts, and an ephemeral
 * one can meanwhile be taken by any outgoing connection (a flaky EADDRINUSE seen in the
 * cluster tests). Random in [10000, low); the kernel's choice only if none is free.
 */
export async function freePort(): Promise<number> {
  const low = ephemeralLow();
  if (low > 11_000) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const port = await tryListen(10_000 + Math.floor(Math.random() * (low - 10_000)));
      if (port !== 0) return port;
    }
  }
  const port = await tryListen(0);
  if (port === 0) throw new IngresError(8007, 'cannot start the host daemon: no free port on 127.0.0.1');
  return port;
}

/** The host name written into a new one-host installation. */
export function defaultHostname(): string {
  const name = (osHostname().split('.')[0] ?? '').replace(/[^A-Za-z0-9_-]/g, '');
  return name === '' ? 'localhost' : name;
}

/** Where the compiled ingresd entry point is (for rc.ingres and auto-start). */
export function ingresdScript(): string {
  return fileURLToPath(new URL('../cli/ingresd.js', import.meta.url));
}

/** The project's etc/rc.ingres template. */
function rcTemplate(): string {
  return readFileSync(projectFile('etc', 'rc.ingres'), 'utf8');
}

export interface HostLayout {
  readonly hostname: string;
  readonly hosts: readonly HostEntry[];
  /** etc/cluster.key (64 hex digits), the same for every host of a cluster; absent: none
   *  written (a one-host installation's daemon makes its own at its first start) */
  readonly clusterKey?: string;
}

/**
 * Make `root` an installation for `layout` (used by the one-host auto-install and by
 * ingres-cluster init). `root` may be missing or an empty directory. Throws 8004.
 */
export function writeInstallation(root: string, layout: HostLayout): Installation {
  try {
    checkFileSystem(root);
    if (existsSync(root)) {
      if (!statSync(root).isDirectory()) throw installError(root, 'not a directory');
      accessSync(root, constants.W_OK | constants.X_OK);
      if (readdirSync(root).length > 0 && !isInstallation(root)) {
        throw installError(root, 'the directory is not empty and is not an INGRES installation');
      }
    }
    for (const dir of [paths.etc(root), paths.data(root), paths.log(root), paths.run(root)]) {
      mkdirSync(dir, { recursive: true });
    }
    writeFileAtomic(paths.hostsFile(root), layout.hosts.map((h) => `${h.name} ${h.address}\n`).join(''));
    if (!existsSync(paths.dblistFile(root))) writeFileAtomic(paths.dblistFile(root), '');
    const rc = rcTemplate()
      .replaceAll('@II_SYSTEM@', root)
      .replaceAll('@NODE@', process.execPath)
      .replaceAll('@INGRESD@', ingresdScript());
    writeFileSync(paths.rcIngres(root), rc, { mode: 0o755 });
    if (layout.clusterKey !== undefined) writeClusterKey(root, layout.clusterKey);
    // etc/hostname last: its presence marks a complete installation
    writeFileAtomic(paths.hostnameFile(root), `${layout.hostname}\n`);
  } catch (error) {
    if (error instanceof IngresError) throw error;
    throw installError(root, systemReason(error), error);
  }
  return readInstallation(root);
}

/** The installation at `root`, made as a one-host installation (127.0.0.1, a free port) if missing. */
export async function ensureInstallation(root: string): Promise<Installation> {
  if (isInstallation(root)) return readInstallation(root);
  const port = await freePort();
  const hostname = defaultHostname();
  return writeInstallation(root, { hostname, hosts: [{ name: hostname, address: `127.0.0.1:${port}` }] });
}

// ---------------------------------------------------------------- dblist and <db>_host

export function listDatabases(root: string): string[] {
  return readLines(paths.dblistFile(root));
}

export function hasDatabase(root: string, database: string): boolean {
  return listDatabases(root).includes(database);
}

export function databaseHosts(root: string, database: string): string[] {
  return readLines(paths.dbHostFile(root, database));
}

/** Record a new database in etc/dblist and etc/<db>_host. */
export function addDatabase(root: string, database: string, hosts: readonly string[]): void {
  const list = listDatabases(root).filter((name) => name !== database);
  list.push(database);
  writeFileAtomic(paths.dbHostFile(root, database), hosts.map((h) => `${h}\n`).join(''));
  writeFileAtomic(paths.dblistFile(root), list.map((name) => `${name}\n`).join(''));
}

/** Remove a database from etc/dblist and delete etc/<db>_host. */
export function removeDatabase(root: string, database: string): void {
  const list = listDatabases(root).filter((name) => name !== database);
  writeFileAtomic(paths.dblistFile(root), list.map((name) => `${name}\n`).join(''));
  const hostFile = paths.dbHostFile(root, database);
  if (existsSync(hostFile)) unlinkSync(hostFile);
}
