/*
 * 2pc.ts — `npm run bench:2pc`: a bank transfer as a distributed transaction touching
 * relations on 2 and on 3 hosts (3 ingresd on loopback, `ingres-cluster`), 1 and 8
 * clients, p50/p99 latency and throughput; against 3 PostgreSQL 15 servers doing the same
 * transfer with PREPARE TRANSACTION / COMMIT PREPARED, driven by the same harness in the
 * same run. Also the bytes shipped between hosts by the Wisconsin joins with their
 * relations on different hosts. Records its section of BENCHMARKS.md.
 */
// the harness (our client and PostgreSQL's `pg` client alike) tiers up as the daemon does
import '../src/cli/daemon/v8-tuning.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client, credentials, type ServiceError } from '@grpc/grpc-js';
import { HostClient, type RemoteSession } from '../src/net/client.js';
import type { StatementResult } from '../src/dbsys/session-api.js';
import { startPostgres, type PgClient, type PgServer } from './pg.js';
import { commitId, fmtMs, fmtRatio, machine, nowUtc, REPO_ROOT, selfCpuMs, serverCpuMs, table, writeSection } from './report.js';
import { quelCopyFrom, quelCreate, WISC_ATTRS, writeWiscFile } from './wisconsin-data.js';

const HELP = `usage: npm run bench:2pc -- [options]
  --seconds S       measured time of each run (default 10; plus 10 s warm-up)
  --clients LIST    concurrent clients, comma-separated (default 1,8)
  --accounts N      accounts per relation (default 1000)
  --wisconsin N     tuples of TENKTUP1/2 for the bytes-shipped report (default 10000; 0 = skip)
  --cases LIST      placements, comma-separated: 2 (the user host holds one of the two), 2-third
                    (two other hosts), 3 (default all three)
  --pg-only         only the PostgreSQL side
  --ours-only       only our side
  --record          write BENCHMARKS.md (default: only with the default settings, both sides)
  --no-record       do not write BENCHMARKS.md`;

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '1,8' },
    accounts: { type: 'string', default: '1000' },
    cases: { type: 'string', default: '2,2-third,3' },
    wisconsin: { type: 'string', default: '10000' },
    'pg-only': { type: 'boolean', default: false },
    'ours-only': { type: 'boolean', default: false },
    record: { type: 'boolean' },
    'no-record': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help === true) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
/**
 * The placements measured: which accounts relations a transfer touches (acct1@h1, acct2@h2,
 * acct3@h3), always sent from user host h3. PostgreSQL's side of a case is its number of
 * servers with the client as coordinator, so the two 2-host cases share its runs.
 */
interface Case {
  readonly label: string;
  /** relation indexes (0 = acct1@h1 …) in statement order; the debit is the first */
  readonly rels: readonly number[];
}
const ALL_CASES: ReadonlyMap<string, Case> = new Map([
  // the user host holds one of the two: two daemons, as PostgreSQL has two servers
  ['2', { label: '2 hosts', rels: [1, 2] }],
  // neither is the user host's: a third daemon routes the transfer
  ['2-third', { label: '2 hosts, sent from a third', rels: [0, 1] }],
  ['3', { label: '3 hosts', rels: [0, 1, 2] }],
]);
const SECONDS = Number.parseFloat(args.seconds);
const CLIENTS = args.clients.split(',').map((c) => Number.parseInt(c, 10));
const ACCOUNTS = Number.parseInt(args.accounts, 10);
const WISC_N = Number.parseInt(args.wisconsin, 10);
const PG_ONLY = args['pg-only'] === true;
const OURS_ONLY = args['ours-only'] === true;
if (!(SECONDS > 0) || CLIENTS.some((c) => !(c >= 1)) || !(ACCOUNTS >= Math.max(...CLIENTS)) || !(WISC_N >= 0) || (PG_ONLY && OURS_ONLY)
  || args.cases.split(',').some((name) => !ALL_CASES.has(name))) {
  process.stderr.write(`bad arguments\n${HELP}\n`);
  process.exit(2);
}
const DEFAULTS = SECONDS === 10 && args.clients === '1,8' && ACCOUNTS === 1000 && WISC_N === 10000 && args.cases === '2,2-third,3';
const RECORD = args['no-record'] === true || PG_ONLY || OURS_ONLY ? false : (args.record ?? DEFAULTS);
/** a long-running cluster's steady state: each host's paths JIT-compiled (the distributed path
 *  needs thousands of transfers to get there; PostgreSQL gets the same warm-up) */
const WARMUP_MS = 10_000;
const INITIAL = 1000;
const CASES = args.cases.split(',').map((name) => ALL_CASES.get(name)).filter((c): c is Case => c !== undefined);
/** PostgreSQL's server counts the cases need */
const HOST_COUNTS = [...new Set(CASES.map((c) => c.rels.length))].sort((a, b) => a - b);

const t0 = performance.now();
function log(s: string): void {
  process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${s}\n`);
}

// ------------------------------------------------------------------ the harness

/** One transfer: account `ids[i]` of the case's i-th relation (server) gets `deltas[i]` (they sum to zero). */
interface TransferSpec {
  readonly gid: string;
  readonly ids: readonly number[];
  readonly deltas: readonly number[];
}

interface SystemClient {
  transfer(t: TransferSpec): Promise<void>;
  close(): Promise<void>;
}

interface RunResult {
  readonly latencies: number[];
  readonly seconds: number;
  readonly errors: number;
  readonly lastError: string | null;
  /** CPU ms per transfer measured, servers and clients together (NaN: not read) */
  readonly cpuMsPerTransfer: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * `clients` concurrent clients for WARMUP_MS + SECONDS; each owns the account ids ≡ k
 * (mod clients), so no two clients ever touch the same tuple (PostgreSQL's row locks and
 * our relation locks then differ only where they must).
 */
async function drive(name: string, hosts: number, clients: number, open: () => Promise<SystemClient>, cpuMs: () => number | null): Promise<RunResult> {
  const conns: SystemClient[] = [];
  for (let k = 0; k < clients; k++) conns.push(await open());
  const latencies: number[] = [];
  let errors = 0;
  let lastError: string | null = null;
  const start = performance.now();
  const measureFrom = start + WARMUP_MS;
  const end = measureFrom + SECONDS * 1000;
  // CPU over the measured seconds (the timer fires between two transfers' callbacks)
  let cpuFrom: number | null = null;
  const cpuTimer = setTimeout(() => { cpuFrom = cpuMs(); }, WARMUP_MS);
  let seq = 0;
  await Promise.all(conns.map(async (conn, k) => {
    const ids = (): number[] => Array.from({ length: hosts }, () => {
      const slots = Math.floor((ACCOUNTS - 1 - k) / clients) + 1;
      return 1 + k + clients * Math.floor(Math.random() * slots);
    });
    while (performance.now() < end) {
      const amount = 1 + Math.floor(Math.random() * 50);
      const deltas = Array.from({ length: hosts }, (_, h) => (h === 0 ? -amount * (hosts - 1) : amount));
      const t: TransferSpec = { gid: `b${process.pid}_${name}_${seq++}`, ids: ids(), deltas };
      const began = performance.now();
      try {
        await conn.transfer(t);
        if (began >= measureFrom) latencies.push(performance.now() - began);
      } catch (error) {
        errors++;
        lastError = error instanceof Error ? error.message : String(error);
      }
    }
  }));
  clearTimeout(cpuTimer);
  const cpuTo = cpuMs();
  const cpu = cpuFrom === null || cpuTo === null || latencies.length === 0 ? Number.NaN : (cpuTo - cpuFrom) / latencies.length;
  for (const c of conns) await c.close();
  return { latencies, seconds: SECONDS, errors, lastError, cpuMsPerTransfer: cpu };
}

/** CPU time (ms) of this process (the clients) and of `servers` with all under them. */
function cpuOf(servers: () => readonly number[]): () => number | null {
  return () => {
    let total = selfCpuMs();
    for (const pid of servers()) {
      const ms = serverCpuMs(pid);
      if (ms === null) return null;
      total += ms;
    }
    return total;
  };
}

// ------------------------------------------------------------------ our side

const REL = (h: number): string => `acct${h + 1}`;
const VAR = (h: number): string => `a${h + 1}`;

function runBin(program: string, argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', `${program}.js`), ...argv], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${program} ${argv.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}

function firstError(res: readonly StatementResult[]): string | null {
  for (const r of res) if (r.kind === 'error') return `${r.error.code}: ${r.error.message}`;
  return null;
}

async function ok(s: RemoteSession, text: string): Promise<StatementResult[]> {
  const res = await s.run(text);
  const err = firstError(res);
  if (err !== null) throw new Error(`QUEL error ${err}\n  in: ${text.slice(0, 200)}`);
  return res;
}

interface OurCluster {
  readonly dir: string;
  readonly hosts: readonly string[];
  readonly addresses: ReadonlyMap<string, string>;
  client(host: string): HostClient;
  session(host: string): Promise<RemoteSession>;
  pids(): number[];
  stop(): void;
}

const DB = 'bench';
const USER_HOST = 'h3';

function startCluster(): OurCluster {
  const root = mkdtempSync(join(tmpdir(), 'bench-2pc-'));
  const dir = join(root, 'cluster');
  const env = (host: string): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = { ...process.env, II_SYSTEM: join(dir, host), HOME: root, USER: 'ingres' };
    delete e['INGRES_FAILPOINTS'];
    return e;
  };
  const clients = new Map<string, HostClient>();
  let stopped = false;
  const hosts = ['h1', 'h2', 'h3'];
  const pidOf = (host: string): number | null => {
    try {
      const n = Number(readFileSync(join(dir, host, 'run', 'ingresd.pid'), 'utf8').trim());
      return Number.isInteger(n) && n > 0 ? n : null;
    } catch {
      return null;
    }
  };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    for (const c of clients.values()) c.close();
    spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'ingres-cluster.js'), 'stop', dir], { env: env('h1'), stdio: 'ignore', timeout: 60_000 });
    for (const host of hosts) {
      const pid = pidOf(host);
      if (pid === null) continue;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* stopped */
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      stop();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
  runBin('ingres-cluster', ['init', dir, '--hosts', '3'], env('h1'));
  const addresses = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'h1', 'etc', 'hosts'), 'utf8').split('\n')) {
    const [name, address] = line.trim().split(/\s+/);
    if (name !== undefined && address !== undefined) addresses.set(name, address);
  }
  try {
    runBin('ingres-cluster', ['start', dir], env('h1'));
    runBin('creatdb', [DB], env(USER_HOST));
  } catch (e) {
    stop();
    throw e;
  }
  const client = (host: string): HostClient => {
    let c = clients.get(host);
    if (c === undefined) {
      c = new HostClient(addresses.get(host) ?? '', host);
      clients.set(host, c);
    }
    return c;
  };
  return {
    dir,
    hosts,
    addresses,
    client,
    session: (host) => client(host).openSession(DB, { user: 'ingres', client: `bench-2pc[${process.pid}]` }),
    pids: () => hosts.map(pidOf).filter((p): p is number => p !== null),
    stop,
  };
}

async function setupOurs(cluster: OurCluster): Promise<string> {
  const s = await cluster.session(USER_HOST);
  let structure = 'hash';
  try {
    for (let h = 0; h < 3; h++) {
      await ok(s, `create ${REL(h)} (id = i4, balance = i4) at h${h + 1}`);
      for (let i = 1; i <= ACCOUNTS; i += 500) {
        const stmts = ['begin transaction'];
        for (let id = i; id < i + 500 && id <= ACCOUNTS; id++) stmts.push(`append to ${REL(h)} (id = ${id}, balance = ${INITIAL})`);
        stmts.push('end transaction');
        await ok(s, stmts.join('\n'));
      }
      const res = await s.run(`modify ${REL(h)} to hash on id`);
      const err = firstError(res);
      if (err !== null) {
        structure = `heap (modify to hash failed: ${err})`;
        log(`  ours: modify ${REL(h)} to hash failed: ${err}`);
      }
    }
  } finally {
    await s.close();
  }
  return structure;
}

/** The transfer as one request: begin transaction … end transaction in one buffer. */
function quelTransfer(t: TransferSpec, rels: readonly number[]): string {
  const lines = ['begin transaction'];
  t.ids.forEach((id, i) => {
    const h = rels[i] ?? i;
    const d = t.deltas[i] ?? 0;
    lines.push(`replace ${VAR(h)} (balance = ${VAR(h)}.balance ${d >= 0 ? '+' : '-'} ${Math.abs(d)}) where ${VAR(h)}.id = ${id}`);
  });
  lines.push('end transaction');
  return lines.join('\n');
}

function ourClient(cluster: OurCluster, rels: readonly number[]): () => Promise<SystemClient> {
  return async () => {
    const s = await cluster.session(USER_HOST);
    await ok(s, [0, 1, 2].map((h) => `range of ${VAR(h)} is ${REL(h)}`).join('\n'));
    return {
      async transfer(t) {
        const res = await s.run(quelTransfer(t, rels));
        const err = firstError(res);
        if (err !== null) {
          // a failed statement inside the buffer: make sure nothing stays open
          await s.run('abort').catch(() => undefined);
          throw new Error(err);
        }
      },
      close: () => s.close(),
    };
  };
}

async function ourTotal(cluster: OurCluster): Promise<number> {
  const s = await cluster.session(USER_HOST);
  try {
    let total = 0;
    for (let h = 0; h < 3; h++) {
      const res = await ok(s, `range of x is ${REL(h)}\nretrieve (s = sum(x.balance))`);
      for (const r of res) if (r.kind === 'rows') total += Number(r.rows[0]?.[0] ?? Number.NaN);
    }
    return total;
  } finally {
    await s.close();
  }
}

// ------------------------------------------------------------------ PostgreSQL side

async function setupPg(servers: readonly PgServer[]): Promise<void> {
  for (const server of servers) {
    server.psql(`create table acct (id integer primary key, balance integer not null);
insert into acct select g, ${INITIAL} from generate_series(1, ${ACCOUNTS}) g;
vacuum analyze acct;`);
  }
}

function pgClient(servers: readonly PgServer[], hosts: number): () => Promise<SystemClient> {
  return async () => {
    const conns: PgClient[] = [];
    for (let h = 0; h < hosts; h++) conns.push(await servers[h]!.connect());
    return {
      async transfer(t) {
        // phase one on every instance at once, then phase two on every instance at once
        await Promise.all(conns.map((c, h) =>
          c.query(`begin; update acct set balance = balance + (${t.deltas[h] ?? 0}) where id = ${t.ids[h] ?? 0}; prepare transaction '${t.gid}'`)));
        await Promise.all(conns.map((c) => c.query(`commit prepared '${t.gid}'`)));
      },
      async close() {
        for (const c of conns) await c.close();
      },
    };
  };
}

function pgTotal(servers: readonly PgServer[]): number {
  let total = 0;
  for (const s of servers) total += Number(s.psql('select sum(balance) from acct').trim());
  return total;
}

// ------------------------------------------------------------------ bytes shipped (Wisconsin joins)

interface ShipStats {
  bytesTotal: number;
  fetchCalls: number;
  executeCalls: number;
}

type ShipStatsFn = (host: string) => Promise<ShipStats>;

/** The Slave.ShipStats RPC of a host (bytes its masters shipped), or null if not there yet. */
async function shipStatsReader(cluster: OurCluster): Promise<ShipStatsFn | null> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(join(REPO_ROOT, 'dist', 'src', 'net', 'slave-service.js'))) as Record<string, unknown>;
  } catch {
    return null;
  }
  const service = mod['SlaveService'] as Record<string, { path: string; requestSerialize: (m: unknown) => Buffer; responseDeserialize: (b: Buffer) => unknown }> | undefined;
  const m = service?.['ShipStats'];
  if (m === undefined) return null;
  return (host) => new Promise((resolve, reject) => {
    const client = new Client(cluster.addresses.get(host) ?? '', credentials.createInsecure());
    client.makeUnaryRequest(m.path, m.requestSerialize, m.responseDeserialize, { database: DB }, { deadline: Date.now() + 10_000 },
      (error: ServiceError | null, reply?: unknown) => {
        client.close();
        if (error !== null || reply === undefined) {
          reject(error ?? new Error('empty reply'));
          return;
        }
        const r = reply as Record<string, unknown>;
        const n = (v: unknown): number => Number(String(v ?? 0));
        resolve({ bytesTotal: n(r['bytesTotal']), fetchCalls: n(r['fetchCalls']), executeCalls: n(r['executeCalls']) });
      });
  });
}

interface JoinShipping {
  readonly name: string;
  readonly placement: string;
  readonly rows: number;
  readonly bytes: number;
  readonly fetches: number;
  readonly relationBytes: number;
  readonly ms: number;
}

async function wisconsinShipping(cluster: OurCluster): Promise<{ rows: JoinShipping[]; note: string }> {
  const reader = await shipStatsReader(cluster);
  if (reader === null) return { rows: [], note: 'the Slave.ShipStats RPC is not in this build: bytes shipped not measured' };
  const N = WISC_N;
  const ONEK = Math.floor(N / 10);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-2pc-wisc-'));
  // each relation created from a session on its own host, so it lives there and copy reads the file there
  const rels = [
    { name: 'tenktup1', host: 'h1', n: N, seed: 1, limit: N },
    { name: 'tenktup2', host: 'h2', n: N, seed: 2, limit: N },
    { name: 'bprime', host: 'h2', n: N, seed: 2, limit: ONEK },
    { name: 'onektup', host: 'h3', n: ONEK, seed: 3, limit: ONEK },
  ] as const;
  const sizes = new Map<string, number>();
  try {
    for (const r of rels) {
      const file = join(dataDir, `${r.name}.tsv`);
      const count = await writeWiscFile(file, r.n, r.seed, r.limit);
      const s = await cluster.session(r.host);
      try {
        await ok(s, quelCreate(r.name));
        await ok(s, quelCopyFrom(r.name, file));
        const help = await ok(s, `help ${r.name}`);
        let width = 4 * 13 + 3 * 52;
        for (const h of help) if (h.kind === 'text') width = Number(/Tuple width:\s*(\d+)/.exec(h.text)?.[1] ?? width);
        sizes.set(r.name, count * width);
      } finally {
        await s.close();
      }
      log(`  ours: ${r.name} (${count} tuples) on ${r.host}`);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const renamed = (v: string, prefix: string): string => WISC_ATTRS.map((a) => `${prefix}${a} = ${v}.${a}`).join(', ');
  const joins = [
    { name: 'joinAselB', rels: ['tenktup1', 'tenktup2'],
      quel: `retrieve (a.all, ${renamed('b', 'b')}) where a.unique2 = b.unique2 and b.unique2 < ${ONEK}` },
    { name: 'joinABprime', rels: ['tenktup1', 'bprime'],
      quel: `retrieve (a.all, ${renamed('p', 'b')}) where a.unique2 = p.unique2` },
    { name: 'joinCselAselB', rels: ['onektup', 'tenktup1', 'tenktup2'],
      quel: `retrieve (c.all, ${renamed('a', 'a')}, ${renamed('b', 'b')}) where c.unique2 = a.unique2 and a.unique2 = b.unique2 and a.unique2 < ${ONEK} and b.unique2 < ${ONEK}` },
    // aggregates: over one other host's relation it is computed there (only its value
    // crosses); with a by-list the outer query still fetches the attribute it links on;
    // over two hosts each relation is fetched restricted by the aggregate's conjuncts
    { name: 'min, remote', rels: ['onektup', 'tenktup1'],
      quel: 'retrieve (c.unique2, m = min(a.unique3)) where c.unique2 < 3' },
    { name: 'count by, remote', rels: ['onektup', 'tenktup1'],
      quel: 'retrieve (c.unique2, n = count(a.unique1 by a.onepct where a.unique2 < 5000)) where c.unique2 = a.onepct' },
    { name: 'count, 2 hosts', rels: ['onektup', 'tenktup1', 'tenktup2'],
      quel: 'retrieve (c.unique2, n = count(a.unique1 where a.unique2 = b.unique2 and b.unique2 < 100)) where c.unique2 < 3' },
  ];
  const out: JoinShipping[] = [];
  const s = await cluster.session(USER_HOST);
  try {
    await ok(s, 'range of a is tenktup1\nrange of b is tenktup2\nrange of c is onektup\nrange of p is bprime');
    for (const j of joins) {
      const before = await reader(USER_HOST);
      const began = performance.now();
      const res = await ok(s, j.quel);
      const ms = performance.now() - began;
      const after = await reader(USER_HOST);
      let rows = 0;
      for (const r of res) if (r.kind === 'rows') rows += r.rows.length;
      out.push({
        name: j.name,
        placement: j.rels.map((r) => `${r}@${rels.find((x) => x.name === r)?.host ?? '?'}`).join(' '),
        rows,
        bytes: after.bytesTotal - before.bytesTotal,
        fetches: after.fetchCalls - before.fetchCalls,
        relationBytes: j.rels.reduce((sum, r) => sum + (sizes.get(r) ?? 0), 0),
        ms,
      });
      log(`  ${j.name}: ${rows} rows, ${after.bytesTotal - before.bytesTotal} bytes shipped`);
    }
  } finally {
    await s.close();
  }
  return { rows: out, note: `user host ${USER_HOST}; relation size = tuples × tuple width (help)` };
}

// ------------------------------------------------------------------ main

interface Row {
  readonly case: Case;
  readonly clients: number;
  ours: RunResult | null;
  /** PostgreSQL's run with as many servers and clients (shared by the cases of one count) */
  pg: RunResult | null;
}

function stats(r: RunResult | null): { p50: number; p99: number; tps: number } {
  if (r === null) return { p50: Number.NaN, p99: Number.NaN, tps: Number.NaN };
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), tps: r.latencies.length / r.seconds };
}

function fmtBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const c of CASES) for (const clients of CLIENTS) rows.push({ case: c, clients, ours: null, pg: null });
  const notes: string[] = [];
  let pgVersion = '';
  let structure = '';
  let shipping: { rows: JoinShipping[]; note: string } = { rows: [], note: '' };

  if (!OURS_ONLY) {
    log('PostgreSQL: starting 3 servers (max_prepared_transactions = 100) ...');
    const servers: PgServer[] = [];
    try {
      for (let i = 0; i < 3; i++) servers.push(await startPostgres({ settings: { max_prepared_transactions: '100' }, log }));
      pgVersion = servers[0]?.version ?? '15';
      await setupPg(servers);
      for (const hosts of HOST_COUNTS) {
        for (const clients of CLIENTS) {
          log(`PostgreSQL: ${hosts} instances, ${clients} client(s) ...`);
          const run = await drive(`pg${hosts}c${clients}`, hosts, clients, pgClient(servers, hosts),
            cpuOf(() => servers.slice(0, hosts).map((server) => server.pid() ?? -1)));
          for (const row of rows) if (row.case.rels.length === hosts && row.clients === clients) row.pg = run;
          const s = stats(run);
          log(`  p50 ${fmtMs(s.p50)} ms, p99 ${fmtMs(s.p99)} ms, ${s.tps.toFixed(1)} tps, ${run.errors} errors${run.lastError === null ? '' : ` (${run.lastError})`}`);
        }
      }
      const total = pgTotal(servers);
      notes.push(`PostgreSQL after the runs: total balance ${total} (expected ${3 * ACCOUNTS * INITIAL})${total === 3 * ACCOUNTS * INITIAL ? '' : ' — NOT CONSERVED'}`);
      const left = servers.map((s) => Number(s.psql('select count(*) from pg_prepared_xacts').trim())).reduce((a, b) => a + b, 0);
      if (left !== 0) notes.push(`PostgreSQL: ${left} prepared transactions left over`);
    } finally {
      for (const s of servers) s.stop();
    }
  }

  if (!PG_ONLY) {
    log('ours: ingres-cluster init/start, 3 hosts on loopback ...');
    const cluster = startCluster();
    try {
      structure = await setupOurs(cluster);
      for (const row of rows) {
        const hosts = row.case.rels.length;
        log(`ours: relations on ${row.case.label}, ${row.clients} client(s) ...`);
        row.ours = await drive(`ours${row.case.rels.join('')}c${row.clients}`, hosts, row.clients, ourClient(cluster, row.case.rels), cpuOf(() => cluster.pids()));
        const s = stats(row.ours);
        log(`  p50 ${fmtMs(s.p50)} ms, p99 ${fmtMs(s.p99)} ms, ${s.tps.toFixed(1)} tps, ${row.ours.errors} errors${row.ours.lastError === null ? '' : ` (${row.ours.lastError})`}`);
      }
      const total = await ourTotal(cluster);
      notes.push(`ours after the runs: total balance ${total} (expected ${3 * ACCOUNTS * INITIAL})${total === 3 * ACCOUNTS * INITIAL ? '' : ' — NOT CONSERVED'}`);
      if (WISC_N > 0) {
        log(`ours: Wisconsin relations (${WISC_N} tuples) spread over the hosts, bytes shipped per join ...`);
        try {
          shipping = await wisconsinShipping(cluster);
        } catch (e) {
          shipping = { rows: [], note: `bytes shipped not measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
          log(`  ${shipping.note}`);
        }
      }
    } finally {
      cluster.stop();
    }
  }

  const header = ['relations on', 'clients', 'ours p50 ms', 'ours p99 ms', 'ours tps', 'PG p50 ms', 'PG p99 ms', 'PG tps', 'p50 ratio', 'tps ratio', 'CPU ms ours/PG', 'errors ours/PG'];
  const body = rows.map((row) => {
    const o = stats(row.ours);
    const p = stats(row.pg);
    const tps = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '—');
    return [row.case.label, String(row.clients), fmtMs(o.p50), fmtMs(o.p99), tps(o.tps), fmtMs(p.p50), fmtMs(p.p99), tps(p.tps),
      fmtRatio(o.p50 / p.p50), fmtRatio(o.tps / p.tps), `${fmtMs(row.ours?.cpuMsPerTransfer ?? Number.NaN)}/${fmtMs(row.pg?.cpuMsPerTransfer ?? Number.NaN)}`,
      `${row.ours?.errors ?? '—'}/${row.pg?.errors ?? '—'}`];
  });
  const out: string[] = [
    '## Two-phase commit (bank transfer across hosts)',
    '',
    `Command: \`npm run bench:2pc\` — ${nowUtc()}, ${commitId()}, ${machine()}.`,
    'A transfer debits one account and credits one on each other host, sent from user host h3 as one request ' +
      '(`begin transaction` / one `replace` per relation / `end transaction`): "2 hosts" touches acct2@h2 and acct3@h3 (two daemons, ' +
      'as PostgreSQL has two servers; h3 writes last, so it coordinates), "2 hosts, sent from a third" acct1@h1 and acct2@h2 (h3 only routes ' +
      'it: three daemons, h2 coordinates), "3 hosts" all three; ' +
      `${ACCOUNTS} accounts each (${structure || 'hash on id'}). ` +
      `PostgreSQL ${pgVersion || '15'}: ${HOST_COUNTS.join(' and ')} servers (max_prepared_transactions = 100, synchronous commit), the client is the coordinator: ` +
      '`BEGIN; UPDATE …; PREPARE TRANSACTION` on every server at once, then `COMMIT PREPARED` on every server at once (no coordinator log). ' +
      `Each client owns a disjoint set of accounts. ${WARMUP_MS / 1000} s warm-up, then ${SECONDS} s measured; latency = client wall clock per transfer.`,
    '',
    table(header, body),
    '',
    '- ratios are ours / PostgreSQL (p50: lower is better for us below 1; tps: higher is better above 1). Bar (issue 3): p50 ≤ 2 ms with 1 client, p50 ratio ≤ 1.5.',
    '- CPU ms = CPU time per measured transfer of every server process (our daemons; the PostgreSQL servers with their backends) and of the benchmark process (the clients), from /proc. It moves with the machine as well: compare the two sides within a run.',
    ...notes.map((n) => `- ${n}`),
  ];
  if (!PG_ONLY && WISC_N > 0) {
    out.push('', `### Bytes shipped between hosts by the Wisconsin joins and three aggregates (${WISC_N} tuples in TENKTUP1/2, ${Math.floor(WISC_N / 10)} in ONEKTUP/BPRIME)`, '');
    if (shipping.rows.length > 0) {
      out.push(table(['query', 'placement', 'rows', 'bytes shipped', 'fetches', 'relations', 'shipped / relations', 'ms'], shipping.rows.map((r) =>
        [r.name, r.placement, String(r.rows), fmtBytes(r.bytes), String(r.fetches), fmtBytes(r.relationBytes), `${((100 * r.bytes) / Math.max(1, r.relationBytes)).toFixed(1)}%`, fmtMs(r.ms)])));
      out.push('', `- ${shipping.note}; bytes shipped = the user host's Slave.ShipStats counter before and after the statement.`);
    } else {
      out.push(`- ${shipping.note}`);
    }
  }
  const text = out.join('\n');
  process.stdout.write(`\n${text}\n`);
  if (RECORD) log(`recorded in ${writeSection('2pc', text)}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:2pc failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
