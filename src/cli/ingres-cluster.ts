/*
 * ingres-cluster.ts — `ingres-cluster init|start|stop|kill|status|adopt DIR ...` (DESIGN.md):
 * host installations DIR/h1..hN on 127.0.0.1 booted through their etc/rc.ingres; `status`
 * shows each host's daemon and, per database, its dbstate table (as that host sees every
 * host of the database: the seed's nine columns, up, round trip) and its in-doubt
 * transactions (ServerDb/DbState); `adopt` resolves a diverged catalog (Command{adopt});
 * `resolve` decides by hand a part in doubt whose coordinator is down (Command{resolve}).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IngresError } from '../common/errors.js';
import type { ErrorCode } from '../common/error-codes.js';
import { daemonAnswers, isDaemonAlive, isProcessAlive, readPidFile, stopDaemon, unansweringDaemonPid } from '../install/daemon-control.js';
import { setTimeout as delay } from 'node:timers/promises';
import { freePort, isInstallation, paths, readInstallation, writeInstallation, type Installation } from '../install/installation.js';
import { CLUSTER_KEY_FILE, clusterKeyPath, loadClusterKey, newClusterKey, writeClusterKey } from '../install/cluster-key.js';
import { HostClient } from '../net/client.js';
import { setPeerIdentity } from '../net/peer-auth.js';
import type { pbt } from '../net/gen/index.js';
import { PeerClient } from '../serverdb/peer.js';
import { checkInstallationOwner } from '../cluster/owner.js';
import { runMain, unknownFlag, usageError } from './common.js';

/** how long `kill` waits for the SIGKILLed daemon to be gone */
const KILL_WAIT_MS = 10_000;

const USAGE = 'ingres-cluster init DIR --hosts N [--base-port P] | start DIR [HOST...] | ' +
  'stop DIR [HOST...] | kill DIR HOST | status DIR | adopt DIR HOST DB SOURCE | resolve DIR HOST DB GID commit|abort|forget | key DIR';

/** The installations of a cluster directory (DIR/h*), or DIR itself when it is one. */
function hostsOf(dir: string, names: readonly string[]): Installation[] {
  const root = resolve(dir);
  if (!existsSync(root)) throw new IngresError(8004, `cannot use II_SYSTEM ${root}: no such directory`);
  // DIR itself may be one host's installation: the names given must then be its own
  const all = isInstallation(root) ? [readInstallation(root)]
    : installationsIn(root).map((name) => readInstallation(join(root, name)));
  if (all.length === 0) {
    throw new IngresError(8004, `cannot use II_SYSTEM ${root}: it holds no host installation (ingres-cluster init DIR --hosts N makes them)`);
  }
  if (names.length === 0) return all;
  return names.map((name) => {
    const found = all.find((host) => host.hostname === name);
    if (found === undefined) throw new IngresError(8000, `no host '${name}' in ${root}`);
    return found;
  });
}

/** the host installations in a directory, by name; none when it is not a directory */
function installationsIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => isInstallation(join(dir, name))).sort();
  } catch {
    return [];
  }
}

async function init(dir: string, options: readonly string[]): Promise<void> {
  let hosts = 0;
  let basePort = 0;
  for (let index = 0; index < options.length; index++) {
    const option = options[index];
    const value = Number(options[index + 1]);
    if (option === '--hosts' && Number.isInteger(value) && value >= 1 && value <= 64) hosts = value;
    else if (option === '--base-port' && Number.isInteger(value) && value > 0 && value < 65536 - 64) basePort = value;
    else if (option?.startsWith('-') && option !== '--hosts' && option !== '--base-port') throw unknownFlag(option);
    else throw usageError(USAGE);
    index++;
  }
  if (hosts === 0) throw usageError(USAGE);
  // never over a cluster that exists (running, perhaps): new ports in its etc/hosts would
  // leave its daemons unreachable by status, stop and every client
  const existing = installationsIn(resolve(dir));
  if (existing.length > 0) {
    throw new IngresError(8004, `cannot use II_SYSTEM ${join(resolve(dir), existing[0] as string)}: ${resolve(dir)} holds host installations already (${existing.join(', ')})`, {
      hint: `ingres-cluster init makes a new cluster: choose another DIR, or stop this one and remove ${resolve(dir)} first.`,
    });
  }
  const entries = [];
  const taken = new Set<number>();
  for (let n = 1; n <= hosts; n++) {
    let port = basePort + n - 1;
    // each free when tried, but not yet bound: two hosts could draw the same one (seen)
    if (basePort === 0) do port = await freePort(); while (taken.has(port));
    taken.add(port);
    entries.push({ name: `h${n}`, address: `127.0.0.1:${port}` });
  }
  // one secret for every host: their calls to each other prove they hold it
  const clusterKey = newClusterKey();
  for (const entry of entries) writeInstallation(join(resolve(dir), entry.name), { hostname: entry.name, hosts: entries, clusterKey });
  process.stdout.write(`${hosts} host installation(s) in ${resolve(dir)}\n`);
}

/** Run a host's etc/rc.ingres start; resolves with its output and exit status. */
function runRcIngres(host: Installation): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolveRun) => {
    const child = spawn('/bin/sh', [paths.rcIngres(host.root), 'start'], { env: { ...process.env, II_SYSTEM: host.root } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
    child.on('error', (error) => resolveRun({ stdout, stderr: `${stderr}${error.message}\n`, status: null }));
    child.on('close', (status) => resolveRun({ stdout, stderr, status }));
  });
}

/**
 * Start the hosts' daemons, all at once as machines of a cluster boot (each waits until its
 * daemon answers: ~1.3 s; three hosts together 2.7 s, one after the other ~3.8 s). Output in host order;
 * 8007 naming every host that did not start.
 */
async function start(hosts: readonly Installation[]): Promise<void> {
  const results = await Promise.all(hosts.map((host) => runRcIngres(host)));
  const failed: string[] = [];
  results.forEach((result, i) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    if (result.status !== 0) failed.push(hosts[i]?.hostname ?? '?');
  });
  if (failed.length > 0) throw new IngresError(8007, `cannot start the host daemon: ${failed.join(', ')} did not start`);
}

const yn = (flag: boolean | null | undefined): string => (flag ? 'yes' : 'no');

/** One database's dbstate as a host sees it, as an aligned table (plus in-doubt transactions). */
function formatDbState(database: pbt.IDbStateDatabase): string {
  const header = ['host', 'up', 'rtt_ms', 'dbname', 'ldb', 'dbupdate', 'ldbs', 'cuh', 'luh', 'lmsh', 'cons', 'waitsys'];
  const rows = (database.rows ?? []).map((r) => [r.host ?? '', yn(r.up), (r.rttMs ?? -1) < 0 ? '-' : String(r.rttMs),
    r.dbname ?? '', yn(r.ldb), yn(r.dbupdate), yn(r.ldbs), yn(r.cuh), yn(r.luh), r.lmsh === '' ? '-' : r.lmsh ?? '-',
    yn(r.cons), yn(r.waitsys)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `    ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()}`;
  const digest = database.catalogDigest ? `, catalog ${database.catalogDigest.slice(0, 16)}` : '';
  const out = [`  database ${database.database ?? ''}: ${database.ready ? 'ready' : 'waiting (waitsys)'}${digest}`,
    ...(database.note ? [`    note: ${database.note}`] : []), line(header), ...rows.map(line),
    `    catalog history: ${database.catalogChanges ?? 0} change(s)`];
  const inDoubt = database.inDoubt ?? [];
  if (inDoubt.length === 0) out.push('    in doubt: none');
  for (const t of inDoubt) out.push(`    in doubt: ${t.globalId ?? ''} coordinator ${t.coordinator ?? ''} age ${Math.round(Number(t.ageMs ?? 0))} ms`);
  // (shown only when there are some: a commit's record lives a few ms while its acks come)
  for (const t of database.awaitingAcks ?? []) {
    out.push(`    commit not acknowledged: ${t.globalId ?? ''} by ${(t.hosts ?? []).join(', ')} age ${Math.round(Number(t.ageMs ?? 0))} ms`);
  }
  // (shown only when there are some: what an operator decided by hand, until its
  // coordinator agrees; a contradiction stays until the operator repairs the data)
  for (const h of database.heuristics ?? []) {
    const verdict = (h.coordinatorOutcome ?? '') === ''
      ? `coordinator ${h.coordinator ?? ''} not heard yet`
      : `HEURISTIC DAMAGE: coordinator ${h.coordinator ?? ''} decided ${h.coordinatorOutcome}`;
    out.push(`    decided by hand: ${h.globalId ?? ''} ${h.outcome ?? ''} age ${Math.round(Number(h.ageMs ?? 0))} ms, ${verdict}`);
  }
  return out.join('\n');
}

/** A host's status lines; `serving`: its daemon answered (not down, not still starting). */
async function status(host: Installation): Promise<{ readonly text: string; readonly serving: boolean }> {
  if (!(await daemonAnswers(host))) {
    const pid = unansweringDaemonPid(host);
    return { text: `${host.hostname}\t${host.address}\t${pid === null ? 'down' : `starting pid ${pid}`}`, serving: false };
  }
  const client = new HostClient(host.address, host.hostname);
  const peer = new PeerClient(host.hostname, host.address);
  try {
    const reply = await client.status();
    const databases = (reply.databases ?? []).map((d) => `${d.name}${d.open ? `(${d.sessions ?? 0})` : ''}`);
    const lines = [`${host.hostname}\t${host.address}\tup pid ${reply.pid}\tsessions ${reply.sessions}\t${databases.join(' ')}`];
    try {
      const state = await peer.dbState('', 5000);
      for (const database of state.reply.databases ?? []) lines.push(formatDbState(database));
    } catch (error) {
      lines.push(`  dbstate: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { text: lines.join('\n'), serving: true };
  } finally {
    client.close();
    peer.close();
  }
}

/**
 * `adopt DIR HOST DB SOURCE`: HOST, whose catalog of DB diverged from the group's, takes
 * SOURCE's catalog and gives up its own changes (installation owner only: it destroys
 * relations). Prints what HOST did; 7012 when SOURCE is not running DB.
 */
async function adopt(dir: string, args: readonly string[]): Promise<void> {
  const [name, database, source] = args;
  if (args.length !== 3 || name === undefined || database === undefined || source === undefined) throw usageError(USAGE);
  const [host] = hostsOf(dir, [name]);
  if (host === undefined) throw new IngresError(8000, `no host '${name}' in ${resolve(dir)}`);
  checkInstallationOwner(host.root, 'ingres-cluster adopt');
  // a serverdb Command is a peer's call: it carries proof of the cluster key
  setPeerIdentity('ingres-cluster', loadClusterKey(host.root, host.hosts.length));
  const peer = new PeerClient(host.hostname, host.address);
  try {
    const { reply } = await peer.command({ command: 'adopt', database, source, user: 'ingres', fromHost: 'ingres-cluster' }, 60_000);
    if (!reply.ok) throw new IngresError((reply.code ?? 7000) as ErrorCode, reply.message ?? 'adopt failed');
    process.stdout.write(`${host.hostname}: database ${database} now has the catalog of ${source}\n`);
  } finally {
    peer.close();
  }
}

/**
 * `resolve DIR HOST DB GID commit|abort`: HOST's part of GID, prepared and in doubt for a
 * coordinator that is down, commits or rolls back now and releases its locks (installation
 * owner only). A heuristic decision: the coordinator may have decided otherwise, which
 * HOST reports (`status`: HEURISTIC DAMAGE) once it hears the coordinator's outcome.
 * 7014 when GID is not in doubt on HOST, 7015 when its coordinator is up. `forget` drops
 * HOST's record of such a decision once the operator has repaired the damage (7016: none).
 */
async function resolveByHand(dir: string, args: readonly string[]): Promise<void> {
  const [name, database, globalId, outcome] = args;
  if (args.length !== 4 || name === undefined || database === undefined || globalId === undefined || (outcome !== 'commit' && outcome !== 'abort' && outcome !== 'forget')) {
    throw usageError(USAGE);
  }
  const [host] = hostsOf(dir, [name]);
  if (host === undefined) throw new IngresError(8000, `no host '${name}' in ${resolve(dir)}`);
  checkInstallationOwner(host.root, 'ingres-cluster resolve');
  setPeerIdentity('ingres-cluster', loadClusterKey(host.root, host.hosts.length));
  const peer = new PeerClient(host.hostname, host.address);
  try {
    const { reply } = await peer.command({ command: 'resolve', database, globalId, outcome, user: 'ingres', fromHost: 'ingres-cluster' }, 60_000);
    if (!reply.ok) throw new IngresError((reply.code ?? 7000) as ErrorCode, reply.message ?? 'resolve failed');
    const done = outcome === 'forget' ? 'its decision by hand forgotten' : `${outcome === 'commit' ? 'committed' : 'rolled back'} by hand`;
    process.stdout.write(`${host.hostname}: transaction ${globalId} of database ${database}: ${done}\n`);
  } finally {
    peer.close();
  }
}

/**
 * `key DIR`: give every host of DIR the cluster key (etc/cluster.key) — for a cluster made
 * before keys existed, or a host whose key was lost. Hosts that have one keep it, and the
 * others get a copy; when none has one, a new key. Hosts holding different keys: 8034,
 * nothing written (which one is right is the operator's call). Owner only.
 */
function giveKey(dir: string): void {
  const hosts = hostsOf(dir, []);
  for (const host of hosts) checkInstallationOwner(host.root, 'ingres-cluster key');
  const held = new Map<string, string[]>();
  for (const host of hosts) {
    if (!existsSync(clusterKeyPath(host.root))) continue;
    const key = loadClusterKey(host.root, hosts.length).toString('hex');
    held.set(key, [...held.get(key) ?? [], host.hostname]);
  }
  if (held.size > 1) {
    throw new IngresError(8034, `the cluster key ${resolve(dir)}/*/etc/${CLUSTER_KEY_FILE} differs between hosts: ${[...held.values()].map((names) => names.join(' ')).join(' | ')}`, {
      hint: `Copy the right host's etc/${CLUSTER_KEY_FILE} over the others' (mode 0600) and restart them; nothing was written.`,
    });
  }
  const key = [...held.keys()][0] ?? newClusterKey();
  for (const host of hosts) {
    if (held.size === 1 && (held.get(key) ?? []).includes(host.hostname)) {
      process.stdout.write(`${host.hostname}: has the key\n`);
      continue;
    }
    writeClusterKey(host.root, key);
    process.stdout.write(`${host.hostname}: key written (${clusterKeyPath(host.root)})\n`);
  }
}

async function main(): Promise<number> {
  const [command, dir, ...rest] = process.argv.slice(2);
  if (command === undefined || dir === undefined) throw usageError(USAGE);
  switch (command) {
    case 'init':
      await init(dir, rest);
      return 0;
    case 'start':
      await start(hostsOf(dir, rest));
      return 0;
    case 'stop':
      for (const host of hostsOf(dir, rest)) {
        const stopped = await stopDaemon(host);
        process.stdout.write(`${host.hostname}: ${stopped ? 'stopped' : 'was not running'}\n`);
      }
      return 0;
    case 'kill': {
      if (rest.length !== 1) throw usageError(USAGE);
      const [host] = hostsOf(dir, rest);
      const pid = host === undefined ? null : readPidFile(paths.pidFile(host.root));
      if (pid === null || !isProcessAlive(pid)) throw new IngresError(8000, `host ${rest[0]} is not running`);
      process.kill(pid, 'SIGKILL');
      // return once it is gone (a large process takes a moment to be torn down), so that
      // what the caller runs next meets a dead host
      const deadline = Date.now() + KILL_WAIT_MS;
      while (isDaemonAlive(pid) && Date.now() < deadline) await delay(10);
      if (isDaemonAlive(pid)) throw new IngresError(8000, `host ${rest[0]} (pid ${pid}) is still running ${KILL_WAIT_MS} ms after SIGKILL`);
      return 0;
    }
    case 'status': {
      let down = 0; // hosts not serving (down, or still starting)
      for (const host of hostsOf(dir, rest)) {
        const { text, serving } = await status(host);
        if (!serving) down++;
        process.stdout.write(`${text}\n`);
      }
      return down === 0 ? 0 : 1;
    }
    case 'adopt':
      await adopt(dir, rest);
      return 0;
    case 'resolve':
      await resolveByHand(dir, rest);
      return 0;
    case 'key':
      if (rest.length > 0) throw usageError(USAGE);
      giveKey(dir);
      return 0;
    default:
      throw usageError(USAGE);
  }
}

runMain('ingres-cluster', main);
