/*
 * tpcb.ts — `npm run bench:tpcb [-- --seconds S --clients 1,4 --scale K]`: pgbench's
 * TPC-B-like transaction written in QUEL, run by 1 and 4 concurrent sessions through the
 * monitor's path (gRPC client → ingresd) for a fixed time, against `pgbench` on a
 * PostgreSQL 15 started here, in two modes: one request per statement (as pgbench's
 * built-in tpcb-like script sends them) and one request per transaction (the monitor's
 * query buffer; PostgreSQL: the same statements in one `\startpipeline` … `\endpipeline`
 * custom script). Prints tps of both and the ratios; deadlock victims (6001) are retried
 * and counted. Records the result in BENCHMARKS.md.
 */
// the harness (our client and PostgreSQL's `pg` client alike) tiers up as the daemon does
import '../src/cli/daemon/v8-tuning.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startPostgres, type PgServer } from './pg.js';
import { firstError, peakRssKb, selfPeakRssKb, startOurs, type OurSession, type OurSystem } from './ours.js';
import { awaitChildren, childrenOf, commitId, fmtRatio, machine, mb, median, nowUtc, processCpuMs, selfCpuMs, serverCpuMs, table, writeSection } from './report.js';
import type { StatementResult } from '../src/dbsys/session-api.js';

const HELP = `usage: npm run bench:tpcb -- [options]
  --scale K       pgbench scale: K branches, 10K tellers, 100000K accounts (default 1)
  --seconds S     duration of each run (default 30)
  --warmup S      unmeasured seconds of the same run before it, on both systems (default 5)
  --clients LIST  concurrent clients, comma-separated (default 1,4)
  --modes LIST    statement,buffer (default both): one request per statement, one per transaction
  --in-process    our sessions in this process instead of through ingresd + gRPC
  --pg-only       only pgbench (checks the harness without the engine)
  --record        write BENCHMARKS.md (default: only with the default settings)
  --no-record     do not write BENCHMARKS.md`;

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    clients: { type: 'string', default: '1,4' },
    modes: { type: 'string', default: 'statement,buffer' },
    'in-process': { type: 'boolean', default: false },
    'pg-only': { type: 'boolean', default: false },
    record: { type: 'boolean' },
    'no-record': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help === true) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
const SCALE = Number.parseInt(args.scale, 10);
const SECONDS = Number.parseFloat(args.seconds);
/** a long-running server's steady state: JIT-compiled paths, warm caches (both systems alike) */
const WARMUP_S = Number.parseFloat(args.warmup);
const CLIENTS = args.clients.split(',').map((c) => Number.parseInt(c, 10));
type Mode = 'statement' | 'buffer';
const MODES = args.modes.split(',').map((m) => m.trim()) as Mode[];
if (!(SCALE >= 1) || !(SECONDS > 0) || !(WARMUP_S >= 0) || CLIENTS.some((c) => !(c >= 1)) || MODES.length === 0 || MODES.some((m) => m !== 'statement' && m !== 'buffer')) {
  process.stderr.write(`bad arguments\n${HELP}\n`);
  process.exit(2);
}
const ACCOUNTS = 100_000 * SCALE;
const TELLERS = 10 * SCALE;
const BRANCHES = SCALE;
const PG_ONLY = args['pg-only'] === true;
const RECORD = args['no-record'] === true || PG_ONLY ? false : (args.record ?? (SCALE === 1 && SECONDS === 30 && WARMUP_S === 5 && args.clients === '1,4' && MODES.length === 2));
const DEADLOCK = 6001;

const t0 = performance.now();
function log(s: string): void {
  process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${s}\n`);
}

// ------------------------------------------------------------------ our side

async function ok(s: OurSession, text: string): Promise<StatementResult[]> {
  const res = await s.run(text);
  const err = firstError(res);
  if (err !== null) throw new Error(`QUEL error ${err.code}: ${err.message}\n  in: ${text.slice(0, 200)}`);
  return res;
}

/** pgbench -i in QUEL: the four relations, keyed as pgbench's primary keys (btree). */
async function initOurs(s: OurSession, dir: string): Promise<number> {
  const start = performance.now();
  await ok(s, 'create branches (bid = i4, bbalance = i4, filler = c88)');
  await ok(s, 'create tellers (tid = i4, bid = i4, tbalance = i4, filler = c84)');
  await ok(s, 'create accounts (aid = i4, bid = i4, abalance = i4, filler = c84)');
  await ok(s, 'create history (tid = i4, bid = i4, aid = i4, delta = i4, mtime = i4, filler = c22)');
  const file = join(dir, 'accounts.tsv');
  const lines: string[] = [];
  for (let aid = 1; aid <= ACCOUNTS; aid++) lines.push(`${aid}\t${Math.floor((aid - 1) / 100_000) + 1}\t0`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const res = await s.run(`copy accounts (aid = c0tab, bid = c0tab, abalance = c0nl) from "${file}"`);
  const err = firstError(res);
  if (err !== null) {
    log(`  ours: copy failed (${err.code}: ${err.message}); loading accounts with append`);
    for (let i = 1; i <= ACCOUNTS; i += 1000) {
      const stmts = ['begin transaction'];
      for (let aid = i; aid < i + 1000 && aid <= ACCOUNTS; aid++) {
        stmts.push(`append to accounts (aid = ${aid}, bid = ${Math.floor((aid - 1) / 100_000) + 1}, abalance = 0)`);
      }
      stmts.push('end transaction');
      await ok(s, stmts.join('\n'));
    }
  }
  const small: string[] = ['begin transaction'];
  for (let bid = 1; bid <= BRANCHES; bid++) small.push(`append to branches (bid = ${bid}, bbalance = 0)`);
  for (let tid = 1; tid <= TELLERS; tid++) small.push(`append to tellers (tid = ${tid}, bid = ${Math.floor((tid - 1) / 10) + 1}, tbalance = 0)`);
  small.push('end transaction');
  await ok(s, small.join('\n'));
  await ok(s, 'modify accounts to btree on aid');
  await ok(s, 'modify tellers to btree on tid');
  await ok(s, 'modify branches to btree on bid');
  return performance.now() - start;
}

const RANGES = 'range of a is accounts\nrange of t is tellers\nrange of b is branches';
const rnd = (lo: number, hi: number): number => lo + Math.floor(Math.random() * (hi - lo + 1));

interface ClientStats {
  commits: number;
  deadlocks: number;
  errors: number;
  lastError: string | null;
}

/** Time spent per statement of the transaction (all clients), for the per-statement line:
 *  each sample, since a commit's mean is far above its median (BENCHMARKS.md, 12-06). */
const STMT_NAMES = ['begin', 'replace accounts', 'retrieve accounts', 'replace tellers', 'replace branches', 'append history', 'end'];
let stmtMs: number[][] = STMT_NAMES.map(() => []);
let bufferMs: number[] = [];

/** "mean (median)" of some milliseconds */
function meanMedian(ms: readonly number[]): string {
  if (ms.length === 0) return '-';
  return `${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(2)} (${median(ms).toFixed(2)})`;
}

/**
 * One client: TPC-B-like transactions until the deadline. Mode 'statement': each statement
 * a round trip, as pgbench sends them; 'buffer': the whole transaction as one query buffer
 * (what the monitor sends when the user types it and `\g`). A deadlock victim (6001) was
 * rolled back by the server: retried.
 */
async function oursClient(s: OurSession, deadline: number, st: ClientStats, mode: Mode): Promise<void> {
  while (performance.now() < deadline) {
    const aid = rnd(1, ACCOUNTS);
    const tid = rnd(1, TELLERS);
    const bid = rnd(1, BRANCHES);
    const delta = rnd(-5000, 5000);
    const mtime = Math.floor(Date.now() / 1000);
    const stmts = [
      'begin transaction',
      `replace a (abalance = a.abalance + ${delta}) where a.aid = ${aid}`,
      `retrieve (a.abalance) where a.aid = ${aid}`,
      `replace t (tbalance = t.tbalance + ${delta}) where t.tid = ${tid}`,
      `replace b (bbalance = b.bbalance + ${delta}) where b.bid = ${bid}`,
      `append to history (tid = ${tid}, bid = ${bid}, aid = ${aid}, delta = ${delta}, mtime = ${mtime})`,
      'end transaction',
    ];
    for (;;) {
      let failed: { code: number; message: string } | null = null;
      if (mode === 'buffer') {
        const start = performance.now();
        try {
          failed = firstError(await s.run(stmts.join('\n')));
        } catch (e) {
          st.errors++;
          st.lastError = `session failed: ${e instanceof Error ? e.message : String(e)}`;
          return;
        }
        bufferMs.push(performance.now() - start);
      }
      for (let i = 0; i < stmts.length && mode === 'statement'; i++) {
        const start = performance.now();
        try {
          failed = firstError(await s.run(stmts[i]!));
        } catch (e) {
          // the session itself failed (network, daemon gone): this client stops
          st.errors++;
          st.lastError = `session failed: ${e instanceof Error ? e.message : String(e)}`;
          return;
        }
        stmtMs[i]!.push(performance.now() - start);
        if (failed !== null) break;
      }
      if (failed === null) {
        st.commits++;
        break;
      }
      // make sure no transaction stays open (a deadlock victim is already rolled back)
      await s.run('abort').catch(() => []);
      if (failed.code === DEADLOCK) {
        st.deadlocks++;
        if (performance.now() >= deadline) break;
        continue;
      }
      st.errors++;
      st.lastError = `${failed.code}: ${failed.message}`;
      break;
    }
  }
}

async function runOurs(sessions: readonly OurSession[], clients: number, mode: Mode, seconds = SECONDS): Promise<{ tps: number; stats: ClientStats; perStmt: string }> {
  const stats: ClientStats[] = [];
  stmtMs = STMT_NAMES.map(() => []);
  bufferMs = [];
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    sessions.slice(0, clients).map((s) => {
      const st: ClientStats = { commits: 0, deadlocks: 0, errors: 0, lastError: null };
      stats.push(st);
      return oursClient(s, deadline, st, mode);
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const total = stats.reduce<ClientStats>(
    (a, b) => ({ commits: a.commits + b.commits, deadlocks: a.deadlocks + b.deadlocks, errors: a.errors + b.errors, lastError: b.lastError ?? a.lastError }),
    { commits: 0, deadlocks: 0, errors: 0, lastError: null },
  );
  const perStmt =
    mode === 'buffer'
      ? `whole transaction ${meanMedian(bufferMs)}`
      : STMT_NAMES.map((n, i) => `${n} ${meanMedian(stmtMs[i]!)}`).join(', ');
  return { tps: total.commits / elapsed, stats: total, perStmt };
}

/** TPC-B's consistency condition: the three balance sums and the history's deltas agree. */
async function checkOurs(s: OurSession): Promise<string> {
  const res = await ok(
    s,
    'range of h is history\nretrieve (sa = sum(a.abalance), st = sum(t.tbalance), sb = sum(b.bbalance), sh = sum(h.delta), n = count(h.tid))',
  );
  const rows = res.find((r) => r.kind === 'rows');
  const row = rows?.kind === 'rows' ? rows.rows[0] : undefined;
  if (row === undefined) return 'consistency check returned no row';
  const [sa, st, sb, sh, n] = row.map((v) => Number(v));
  const same = sa === st && st === sb && sb === sh;
  return `${same ? 'consistent' : 'INCONSISTENT'}: sum(abalance) ${sa}, sum(tbalance) ${st}, sum(bbalance) ${sb}, sum(history.delta) ${sh}, ${n} history rows`;
}

// ------------------------------------------------------------------ PostgreSQL side

/** pgbench's tpcb-like transaction with its statements in one pipeline (pgbench ≥ 14):
 *  one round trip per transaction, like our 'buffer' mode. Needs the extended protocol. */
const PIPELINE_SCRIPT = `\\set aid random(1, 100000 * :scale)
\\set bid random(1, 1 * :scale)
\\set tid random(1, 10 * :scale)
\\set delta random(-5000, 5000)
\\startpipeline
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
UPDATE pgbench_tellers SET tbalance = tbalance + :delta WHERE tid = :tid;
UPDATE pgbench_branches SET bbalance = bbalance + :delta WHERE bid = :bid;
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (:tid, :bid, :aid, :delta, CURRENT_TIMESTAMP);
END;
\\endpipeline
`;

function runPgbench(pgs: PgServer, clients: number, mode: Mode, dir: string, seconds = SECONDS): { tps: number; failed: string; transactions: number } {
  const script: string[] = [];
  if (mode === 'buffer') {
    const file = join(dir, 'tpcb-pipeline.sql');
    writeFileSync(file, PIPELINE_SCRIPT);
    script.push('-M', 'extended', '-f', file);
  }
  const out = pgs.pgbench(['-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(Math.max(1, Math.round(seconds))), '-n', ...script]);
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
  const f = /number of failed transactions: (\d+)/.exec(out);
  const n = /number of transactions actually processed: (\d+)/.exec(out);
  return { tps: m?.[1] !== undefined ? Number(m[1]) : Number.NaN, failed: f?.[1] ?? '0', transactions: n?.[1] !== undefined ? Number(n[1]) : Number.NaN };
}

// ------------------------------------------------------------------ CPU per transaction

/**
 * CPU time of each side around a run (ms; /proc's 10 ms ticks, so over thousands of
 * transactions): ours = ingresd's threads + this process (the clients; nothing else runs
 * here meanwhile), PostgreSQL = the postmaster with its backends + pgbench (reaped by this
 * process). It moves with the machine as throughput does (a slower machine takes more CPU
 * per transaction on both sides), so the two sides are compared within one run.
 */
interface Cpu {
  readonly server: number | null;
  readonly client: number | null;
}

function oursCpuMs(ours: OurSystem | null): Cpu {
  if (ours === null) return { server: null, client: null };
  const client = selfCpuMs();
  if (ours.mode !== 'grpc') return { server: 0, client };
  let server = 0;
  for (const pid of ours.pids()) {
    const ms = serverCpuMs(pid);
    if (ms === null) return { server: null, client };
    server += ms;
  }
  return { server, client };
}

function pgCpuMs(pgs: PgServer): Cpu {
  const pid = pgs.pid();
  return { server: pid === null ? null : serverCpuMs(pid), client: processCpuMs(process.pid)?.reaped ?? null };
}

function cpuSince(before: Cpu, after: Cpu): Cpu {
  const d = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);
  return { server: d(before.server, after.server), client: d(before.client, after.client) };
}

/** "ours 1.90 (ingresd 1.50 + clients 0.40), PostgreSQL 0.80 (server 0.60 + pgbench 0.20): 2.38×" */
function cpuLine(ours: Cpu, ourTxns: number, pg: Cpu, pgTxns: number): string {
  const per = (ms: number | null, n: number): number => (ms === null || !(n > 0) ? Number.NaN : ms / n);
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '?');
  const o = { server: per(ours.server, ourTxns), client: per(ours.client, ourTxns) };
  const p = { server: per(pg.server, pgTxns), client: per(pg.client, pgTxns) };
  const oursParts = ours.server === 0 ? 'engine and clients in one process' : `ingresd ${f(o.server)} + clients ${f(o.client)}`;
  return `ours ${f(o.server + o.client)} (${oursParts}), ` +
    `PostgreSQL ${f(p.server + p.client)} (server ${f(p.server)} + pgbench ${f(p.client)}): ${fmtRatio((o.server + o.client) / (p.server + p.client))}`;
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  log(`TPC-B-like: scale ${SCALE} (${ACCOUNTS} accounts), ${SECONDS} s per run after ${WARMUP_S} s of warm-up, clients ${CLIENTS.join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-tpcb-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  let pgs: PgServer | null = null;
  let ours: OurSystem | null = null;
  try {
    pgs = await startPostgres({ log });
    ours = PG_ONLY ? null : await startOurs({ database: 'tpcb', inProcess: args['in-process'], log });
    const path = ours === null ? 'none (--pg-only)' : ours.mode === 'grpc' ? 'gRPC client → ingresd (the monitor path)' : `IN-PROCESS sessions (${ours.note ?? ''})`;
    log(`our side: ${path}`);

    log('pgbench -i ...');
    const pgInit0 = performance.now();
    pgs.pgbench(['-i', '-q', '-s', String(SCALE)]);
    const pgInit = performance.now() - pgInit0;
    const maxClients = Math.max(...CLIENTS);
    const sessions: OurSession[] = [];
    if (ours !== null) for (let i = 0; i < maxClients; i++) sessions.push(await ours.session());
    const first = sessions[0];
    log('loading ours ...');
    const ourInit = first === undefined ? Number.NaN : await initOurs(first, dir);
    for (const s of sessions) await ok(s, RANGES);
    log(`initialised: ours ${(ourInit / 1000).toFixed(1)} s, pgbench -i ${(pgInit / 1000).toFixed(1)} s`);

    const rows: string[][] = [];
    const notes: string[] = [];
    const MODE_NAME: Record<Mode, string> = {
      statement: 'one request per statement',
      buffer: 'one request per transaction',
    };
    const PG_MODE: Record<Mode, string> = { statement: 'built-in tpcb-like', buffer: 'same statements in one pipeline' };
    for (const mode of MODES) {
      for (const c of CLIENTS) {
        log(`ours, ${MODE_NAME[mode]}, ${c} client(s), ${WARMUP_S} s warm-up + ${SECONDS} s ...`);
        if (first !== undefined && WARMUP_S > 0) await runOurs(sessions, c, mode, WARMUP_S);
        const oursCpu0 = oursCpuMs(ours);
        const o = first === undefined ? { tps: Number.NaN, stats: { commits: 0, deadlocks: 0, errors: 0, lastError: null }, perStmt: '' } : await runOurs(sessions, c, mode);
        const oursCpu = cpuSince(oursCpu0, oursCpuMs(ours));
        log(`  ${o.tps.toFixed(1)} tps, ${o.stats.commits} commits, ${o.stats.deadlocks} deadlocks retried, ${o.stats.errors} errors${o.stats.lastError !== null ? ` (last: ${o.stats.lastError})` : ''}`);
        log(`pgbench (${PG_MODE[mode]}), ${c} client(s), ${WARMUP_S} s warm-up + ${SECONDS} s ...`);
        if (WARMUP_S > 0) runPgbench(pgs, c, mode, dir, WARMUP_S);
        const pgBackends = pgs.pid() === null ? 0 : childrenOf(pgs.pid() as number).length;
        const pgCpu0 = pgCpuMs(pgs);
        const p = runPgbench(pgs, c, mode, dir);
        const settled = pgs.pid() !== null && awaitChildren(pgs.pid() as number, pgBackends);
        const pgCpu = settled ? cpuSince(pgCpu0, pgCpuMs(pgs)) : { server: null, client: null };
        log(`  ${p.tps.toFixed(1)} tps`);
        rows.push([
          MODE_NAME[mode],
          String(c),
          o.tps.toFixed(1),
          p.tps.toFixed(1),
          PG_MODE[mode],
          fmtRatio(o.tps / p.tps),
          String(o.stats.commits),
          String(o.stats.deadlocks),
          String(o.stats.errors),
        ]);
        if (first !== undefined) notes.push(`ours, ${MODE_NAME[mode]}, ${c} client(s), mean (median) ms ${mode === 'statement' ? 'per statement' : 'per request'}: ${o.perStmt}`);
        notes.push(`${MODE_NAME[mode]}, ${c} client(s), CPU ms per transaction: ${cpuLine(oursCpu, o.stats.commits, pgCpu, p.transactions)}`);
        if (o.stats.lastError !== null) notes.push(`${MODE_NAME[mode]}, ${c} client(s): last error ${o.stats.lastError}`);
      }
    }
    const consistency = first === undefined ? 'not run' : await checkOurs(first).catch((e: unknown) => `consistency check failed: ${e instanceof Error ? e.message : String(e)}`);
    const daemonKb = ours?.pids().map((p) => peakRssKb(p)) ?? [];
    const clientKb = selfPeakRssKb();
    for (const s of sessions) await s.close().catch(() => {});
    await ours?.stop();
    pgs.stop();

    const tbl = table(['mode', 'clients', 'ours tps', 'pgbench tps', 'pgbench script', 'ratio', 'commits', 'deadlocks retried', 'errors'], rows);
    const rss =
      ours?.mode === 'grpc'
        ? `peak RSS: ingresd ${daemonKb.map((k) => mb(k)).join(' + ')}, benchmark client ${mb(clientKb)}`
        : `peak RSS: benchmark process with the engine in it ${mb(clientKb)}`;
    const summary = [`ours after the runs: ${consistency}`, rss, `init: ours ${(ourInit / 1000).toFixed(1)} s, pgbench -i ${(pgInit / 1000).toFixed(1)} s`, ...notes];
    process.stdout.write(`\nTPC-B-like, scale ${SCALE}, ${SECONDS} s per run after ${WARMUP_S} s of warm-up, our side: ${path}\n\n${tbl}\n\n${summary.join('\n')}\n`);
    if (RECORD) {
      const argv = process.argv.slice(2).join(' ');
      const body = [
        '## TPC-B-like (pgbench) benchmark',
        '',
        `Command: \`npm run bench:tpcb${argv.length > 0 ? ` -- ${argv}` : ''}\` — ${nowUtc()}, ${commitId()}, ${machine()}.`,
        `Scale ${SCALE} (${ACCOUNTS} accounts), ${SECONDS} s per run, each after ${WARMUP_S} s of the same run unmeasured on both systems (a server's steady state: compiled paths, warm caches). Our side: ${path}; all clients are sessions ` +
          `driven from one Node process. Two modes, each against pgbench in the same run: **one request per statement** ` +
          `(each of the 7 statements a round trip, as pgbench sends them; PostgreSQL ${pgs.version}: \`pgbench -n -c C -j min(C,2) -T ${SECONDS}\`, ` +
          `built-in tpcb-like script, simple protocol) and **one request per transaction** (the whole transaction as one ` +
          `query buffer, what the monitor sends when the user types it and \`\\g\`; PostgreSQL: the same statements between ` +
          `\`\\startpipeline\` and \`\\endpipeline\` in a custom script, \`-M extended\`, one round trip per transaction). ` +
          `PostgreSQL has default settings and synchronous commit; our commits are durable (fsync) before they are acknowledged.`,
        '',
        tbl,
        '',
        ...summary.map((l) => `- ${l}`),
      ].join('\n');
      log(`recorded in ${writeSection('tpcb', body)}`);
    }
  } finally {
    if (ours !== null) await ours.stop().catch(() => {});
    pgs?.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`tpcb: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
