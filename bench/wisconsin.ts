/*
 * wisconsin.ts — `npm run bench:wisconsin [-- --tuples N --runs R ...]`: the Wisconsin
 * benchmark (Bitton, DeWitt, Turbyfill 1983; relations as in DeWitt 1993) on our QUEL
 * engine and on PostgreSQL 15 in the same run, from the same generated data. Prints per
 * query our ms, PostgreSQL ms and the ratio, the geometric mean ratio and our peak RSS,
 * and records the result in BENCHMARKS.md. See bench/README.md for the query list.
 */
// the harness (our client and PostgreSQL's `pg` client alike) tiers up as the daemon does
import '../src/cli/daemon/v8-tuning.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startPostgres, type PgClient, type PgServer } from './pg.js';
import { firstError, peakRssKb, selfPeakRssKb, startOurs, type OurSession, type OurSystem } from './ours.js';
import { commitId, fmtMs, fmtRatio, geomean, machine, mb, median, nowUtc, table, writeSection } from './report.js';
import {
  WISC_ATTRS,
  quelAppend,
  quelCopyFrom,
  quelCreate,
  sqlCreate,
  sqlInsert,
  wiscTuple,
  writeWiscFile,
} from './wisconsin-data.js';
import type { StatementResult } from '../src/dbsys/session-api.js';

const HELP = `usage: npm run bench:wisconsin -- [options]
  --tuples N      tuples per large relation (default 100000; ONEKTUP and BPRIME get N/10)
  --runs R        measured runs per query, the median is reported (default 5)
  --warmup W      unmeasured runs before them (default 1)
  --only REGEX    only the queries whose name matches
  --slow-ms MS    a query whose warm-up takes longer is measured once (default 60000)
  --in-process    run our sessions in this process instead of through ingresd + gRPC
  --pg-only       only PostgreSQL (to check the harness while the engine is not ready)
  --dry-run       print the QUEL and SQL of every step and query, run nothing
  --record        write BENCHMARKS.md (default: only at the default size)
  --no-record     do not write BENCHMARKS.md`;

const { values: args } = parseArgs({
  options: {
    tuples: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    only: { type: 'string' },
    'slow-ms': { type: 'string', default: '60000' },
    'in-process': { type: 'boolean', default: false },
    'pg-only': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    record: { type: 'boolean' },
    'no-record': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});
if (args.help === true) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}

const N = Number.parseInt(args.tuples, 10);
const RUNS = Number.parseInt(args.runs, 10);
const WARMUP = Number.parseInt(args.warmup, 10);
const SLOW_MS = Number.parseInt(args['slow-ms'], 10);
if (!(N >= 100) || !(RUNS >= 1) || !(WARMUP >= 0)) {
  process.stderr.write(`bad arguments\n${HELP}\n`);
  process.exit(2);
}
const ONEK = Math.floor(N / 10);
const PG_ONLY = args['pg-only'] === true;
const RECORD = args['no-record'] === true || PG_ONLY ? false : (args.record ?? N === 100000);
const ONLY = args.only !== undefined ? new RegExp(args.only) : null;

const t0 = performance.now();
function log(s: string): void {
  process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${s}\n`);
}

// ------------------------------------------------------------------ queries

interface Query {
  readonly name: string;
  /** 1 = heap relations without indexes, 2 = after modify/index (CREATE INDEX) */
  readonly phase: 1 | 2;
  readonly quel: (k: number) => string;
  readonly sql: (k: number) => string;
  /** a one-tuple query: always SHORT_WARMUP + SHORT_RUNS runs, whatever its first run took
   *  (delete1 deletes exactly the tuples append1's runs appended: both must run alike) */
  readonly oneTuple?: boolean;
}

/** The k-th run's selection range start: varies so runs do not repeat one range. */
const lo = (k: number, size: number): number => (k * 7919) % Math.max(1, N - size + 1);
const renamed = (v: string, prefix: string): string => WISC_ATTRS.map((a) => `${prefix}${a} = ${v}.${a}`).join(', ');

function selection(name: string, phase: 1 | 2, attr: 'unique1' | 'unique2', size: number): Query {
  return {
    name,
    phase,
    quel: (k) => `retrieve (t.all) where t.${attr} >= ${lo(k, size)} and t.${attr} <= ${lo(k, size) + size - 1}`,
    sql: (k) => `select * from tenktup1 where ${attr} >= ${lo(k, size)} and ${attr} <= ${lo(k, size) + size - 1}`,
  };
}

function joins(phase: 1 | 2, suffix: string): Query[] {
  return [
    {
      name: `joinAselB${suffix}`,
      phase,
      quel: () => `retrieve (a.all, ${renamed('b', 'b')}) where a.unique2 = b.unique2 and b.unique2 < ${ONEK}`,
      sql: () => `select * from tenktup1 a, tenktup2 b where a.unique2 = b.unique2 and b.unique2 < ${ONEK}`,
    },
    {
      name: `joinABprime${suffix}`,
      phase,
      quel: () => `retrieve (a.all, ${renamed('p', 'b')}) where a.unique2 = p.unique2`,
      sql: () => `select * from tenktup1 a, bprime b where a.unique2 = b.unique2`,
    },
    {
      name: `joinCselAselB${suffix}`,
      phase,
      quel: () =>
        `retrieve (c.all, ${renamed('a', 'a')}, ${renamed('b', 'b')}) where c.unique2 = a.unique2 and a.unique2 = b.unique2` +
        ` and a.unique2 < ${ONEK} and b.unique2 < ${ONEK}`,
      sql: () =>
        `select * from onektup c, tenktup1 a, tenktup2 b where c.unique2 = a.unique2 and a.unique2 = b.unique2` +
        ` and a.unique2 < ${ONEK} and b.unique2 < ${ONEK}`,
    },
  ];
}

/** DeWitt's queries 15–17: the joins on unique1, through the non-clustered indexes. */
function joins2ndary(): Query[] {
  return [
    {
      name: 'joinAselB 2ndary',
      phase: 2,
      quel: () => `retrieve (a.all, ${renamed('b', 'b')}) where a.unique1 = b.unique1 and a.unique2 < ${ONEK}`,
      sql: () => `select * from tenktup1 a, tenktup2 b where a.unique1 = b.unique1 and a.unique2 < ${ONEK}`,
    },
    {
      name: 'joinABprime 2ndary',
      phase: 2,
      quel: () => `retrieve (a.all, ${renamed('p', 'b')}) where a.unique1 = p.unique1`,
      sql: () => `select * from tenktup1 a, bprime b where a.unique1 = b.unique1`,
    },
    {
      name: 'joinCselAselB 2ndary',
      phase: 2,
      quel: () =>
        `retrieve (c.all, ${renamed('a', 'a')}, ${renamed('b', 'b')}) where c.unique1 = a.unique1 and a.unique1 = b.unique1` +
        ` and a.unique1 < ${ONEK} and b.unique1 < ${ONEK}`,
      sql: () =>
        `select * from onektup c, tenktup1 a, tenktup2 b where c.unique1 = a.unique1 and a.unique1 = b.unique1` +
        ` and a.unique1 < ${ONEK} and b.unique1 < ${ONEK}`,
    },
  ];
}

const PROJ1 = ['two', 'four', 'ten', 'twenty', 'onepct', 'string4'];
const PROJ100 = WISC_ATTRS.filter((a) => a !== 'unique1' && a !== 'unique2');
const single = (k: number): number => (2001 + k * 7919) % N;
const appendKey = (k: number): number => N + 1 + k;

const QUERIES: Query[] = [
  selection('sel1%', 1, 'unique2', Math.max(1, N / 100)),
  selection('sel10%', 1, 'unique2', N / 10),
  ...joins(1, ''),
  {
    name: 'proj1%',
    phase: 1,
    quel: () => `retrieve unique (${PROJ1.map((a) => `t.${a}`).join(', ')})`,
    sql: () => `select distinct ${PROJ1.join(', ')} from tenktup1`,
  },
  {
    name: 'proj100%',
    phase: 1,
    quel: () => `retrieve unique (${PROJ100.map((a) => `t.${a}`).join(', ')})`,
    sql: () => `select distinct ${PROJ100.join(', ')} from tenktup1`,
  },
  {
    name: 'min',
    phase: 1,
    quel: () => `retrieve (m = min(t.unique2))`,
    sql: () => `select min(unique2) from tenktup1`,
  },
  {
    name: 'min by',
    phase: 1,
    quel: () => `retrieve unique (t.onepct, m = min(t.unique3 by t.onepct))`,
    sql: () => `select onepct, min(unique3) from tenktup1 group by onepct`,
  },
  {
    name: 'sum by',
    phase: 1,
    quel: () => `retrieve unique (t.onepct, s = sum(t.unique3 by t.onepct))`,
    sql: () => `select onepct, sum(unique3) from tenktup1 group by onepct`,
  },
  selection('sel1% clust', 2, 'unique2', Math.max(1, N / 100)),
  selection('sel10% clust', 2, 'unique2', N / 10),
  selection('sel1% 2ndary', 2, 'unique1', Math.max(1, N / 100)),
  selection('sel10% 2ndary', 2, 'unique1', N / 10),
  {
    name: 'select1 tuple',
    phase: 2,
    oneTuple: true,
    quel: (k) => `retrieve (t.all) where t.unique2 = ${single(k)}`,
    sql: (k) => `select * from tenktup1 where unique2 = ${single(k)}`,
  },
  ...joins(2, ' idx'),
  ...joins2ndary(),
  {
    name: 'min idx',
    phase: 2,
    oneTuple: true,
    quel: () => `retrieve (m = min(t.unique2))`,
    sql: () => `select min(unique2) from tenktup1`,
  },
  {
    name: 'append1',
    phase: 2,
    oneTuple: true,
    quel: (k) => quelAppend('tenktup1', wiscTuple(appendKey(k), appendKey(k))),
    sql: (k) => sqlInsert('tenktup1', wiscTuple(appendKey(k), appendKey(k))),
  },
  {
    name: 'delete1',
    phase: 2,
    oneTuple: true,
    quel: (k) => `delete t where t.unique1 = ${appendKey(k)}`,
    sql: (k) => `delete from tenktup1 where unique1 = ${appendKey(k)}`,
  },
  {
    name: 'replace1',
    phase: 2,
    oneTuple: true,
    quel: (k) => `replace t (unique2 = ${2 * N + k}) where t.unique2 = ${(1491 + k * 7919) % N}`,
    sql: (k) => `update tenktup1 set unique2 = ${2 * N + k} where unique2 = ${(1491 + k * 7919) % N}`,
  },
  {
    name: 'replace1 2ndary',
    phase: 2,
    oneTuple: true,
    quel: (k) => `replace t (unique1 = ${3 * N + k}) where t.unique1 = ${(1491 + k * 7919) % N}`,
    sql: (k) => `update tenktup1 set unique1 = ${3 * N + k} where unique1 = ${(1491 + k * 7919) % N}`,
  },
];

const RANGES = 'range of t is tenktup1\nrange of a is tenktup1\nrange of b is tenktup2\nrange of c is onektup\nrange of p is bprime';

// ------------------------------------------------------------------ loading

const RELS = [
  { name: 'tenktup1', n: N, seed: 1, limit: N },
  { name: 'tenktup2', n: N, seed: 2, limit: N },
  { name: 'onektup', n: ONEK, seed: 3, limit: ONEK },
  // BPRIME: the first N/10 tuples of TENKTUP2 (same seed, same permutation)
  { name: 'bprime', n: N, seed: 2, limit: ONEK },
] as const;

function rowsOf(res: readonly StatementResult[]): number {
  let n = 0;
  for (const r of res) {
    if (r.kind === 'rows') n += r.rows.length;
    else if (r.kind === 'done' && r.tuples !== null) n += r.tuples;
  }
  return n;
}

async function runOkTimed(s: OurSession, text: string): Promise<number> {
  const start = performance.now();
  const res = await s.run(text);
  const err = firstError(res);
  if (err !== null) throw new Error(`QUEL error ${err.code}: ${err.message}\n  in: ${text.slice(0, 300)}`);
  return performance.now() - start;
}

async function loadOurs(s: OurSession, dataDir: string): Promise<{ ms: number; how: string }> {
  const start = performance.now();
  let how = 'copy';
  for (const r of RELS) {
    await runOkTimed(s, quelCreate(r.name));
    const file = join(dataDir, `${r.name}.tsv`);
    const res = await s.run(quelCopyFrom(r.name, file));
    const err = firstError(res);
    if (err === null) {
      const got = rowsOf(res);
      log(`  ours: copy ${r.name} from file: ${got} tuples`);
      continue;
    }
    // fall back to appends in transactions of 500
    log(`  ours: copy failed (${err.code}: ${err.message}); loading ${r.name} with append`);
    how = 'append (copy failed)';
    const { permutation } = await import('./wisconsin-data.js');
    const perm = permutation(r.n, r.seed);
    const BATCH = 500;
    for (let i = 0; i < r.limit; i += BATCH) {
      const stmts: string[] = ['begin transaction'];
      for (let u2 = i; u2 < Math.min(r.limit, i + BATCH); u2++) stmts.push(quelAppend(r.name, wiscTuple(perm[u2]!, u2)));
      stmts.push('end transaction');
      await runOkTimed(s, stmts.join('\n'));
    }
  }
  return { ms: performance.now() - start, how };
}

function loadPg(pgs: PgServer, dataDir: string): number {
  const start = performance.now();
  const sql: string[] = [];
  for (const r of RELS) {
    sql.push(`${sqlCreate(r.name)};`);
    sql.push(`\\copy ${r.name} from '${join(dataDir, `${r.name}.tsv`)}'`);
  }
  sql.push('vacuum analyze;');
  pgs.psql(sql.join('\n'));
  return performance.now() - start;
}

async function indexOurs(s: OurSession): Promise<number> {
  const start = performance.now();
  for (const r of RELS) {
    await runOkTimed(s, `modify ${r.name} to btree on unique2`);
    await runOkTimed(s, `index on ${r.name} is ${r.name.slice(0, 8)}u1 (unique1)`);
  }
  await runOkTimed(s, RANGES);
  return performance.now() - start;
}

function indexPg(pgs: PgServer): number {
  const start = performance.now();
  const sql: string[] = [];
  for (const r of RELS) {
    sql.push(`create index ${r.name}_u2 on ${r.name} (unique2);`);
    sql.push(`cluster ${r.name} using ${r.name}_u2;`);
    sql.push(`create index ${r.name}_u1 on ${r.name} (unique1);`);
  }
  sql.push('vacuum analyze;');
  pgs.psql(sql.join('\n'));
  return performance.now() - start;
}

// ------------------------------------------------------------------ measuring

interface Result {
  readonly name: string;
  ours: number;
  pg: number;
  oursRows: number | null;
  pgRows: number | null;
  error: string | null;
  once: boolean;
}

/**
 * A query whose first run on our side takes less than this is repeated more, on both
 * systems alike (SHORT_WARMUP warm-ups, SHORT_RUNS runs): with 1 warm-up and 5 runs a
 * sub-millisecond query's median still holds JIT and first-touch costs and one GC. The
 * warm-ups are as many as ingresd's V8 needs to optimise a path it has not run before
 * (~300 requests, src/cli/daemon/v8-tuning.ts): the one-tuple writes are the only
 * statements of their kind, and after 20 warm-ups they measured 1.0-1.2 ms, against
 * 0.70-0.77 after 300 and 0.59-0.64 after 2,000 (scratch runs of these four, 12-05).
 */
const SHORT_MS = 20;
const SHORT_WARMUP = 300;
const SHORT_RUNS = 51;

async function measure(q: Query, s: OurSession | null, pgc: PgClient): Promise<Result> {
  const r: Result = { name: q.name, ours: Number.NaN, pg: Number.NaN, oursRows: null, pgRows: null, error: null, once: false };
  const oursTimes: number[] = [];
  let warmup = WARMUP;
  let runs = RUNS;
  try {
    if (s === null) throw new Error('not run (--pg-only)');
    for (let k = 0; k < warmup + runs; k++) {
      const text = q.quel(k);
      const start = performance.now();
      const res = await s.run(text);
      const ms = performance.now() - start;
      const err = firstError(res);
      if (err !== null) throw new Error(`${err.code}: ${err.message}`);
      r.oursRows = rowsOf(res);
      if (k === 0 && (ms < SHORT_MS || q.oneTuple === true)) {
        warmup = Math.max(WARMUP, SHORT_WARMUP);
        runs = Math.max(RUNS, SHORT_RUNS);
      }
      if (k >= warmup) oursTimes.push(ms);
      else if (ms > SLOW_MS) {
        // too slow to repeat: the warm-up run is the one sample
        oursTimes.push(ms);
        r.once = true;
        break;
      }
    }
    r.ours = median(oursTimes);
  } catch (e) {
    r.error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  }
  const pgTimes: number[] = [];
  try {
    for (let k = 0; k < warmup + runs; k++) {
      const start = performance.now();
      r.pgRows = await pgc.query(q.sql(k));
      const ms = performance.now() - start;
      if (k >= warmup) pgTimes.push(ms);
    }
    r.pg = median(pgTimes);
  } catch (e) {
    r.error ??= `PostgreSQL: ${e instanceof Error ? e.message : String(e)}`;
  }
  return r;
}

/** Median of 20 runs after 5 warm-ups of a trivial request. */
async function floorMs(f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    await f();
    if (i >= 5) times.push(performance.now() - start);
  }
  return median(times);
}

// ------------------------------------------------------------------ main

/** Every QUEL text the benchmark sends (first run's constants), for --dry-run. */
function dryRun(): void {
  const out: string[] = [];
  for (const r of RELS) out.push(quelCreate(r.name), quelCopyFrom(r.name, `/tmp/${r.name}.tsv`));
  out.push(RANGES);
  for (const q of QUERIES.filter((x) => x.phase === 1)) out.push(`-- ${q.name}\n${q.quel(0)}\n-- SQL: ${q.sql(0)}`);
  for (const r of RELS) out.push(`modify ${r.name} to btree on unique2`, `index on ${r.name} is ${r.name.slice(0, 8)}u1 (unique1)`);
  for (const q of QUERIES.filter((x) => x.phase === 2)) out.push(`-- ${q.name}\n${q.quel(0)}\n-- SQL: ${q.sql(0)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  if (args['dry-run'] === true) {
    dryRun();
    return;
  }
  log(`Wisconsin benchmark: ${N} tuples (ONEKTUP/BPRIME ${ONEK}), ${WARMUP} warm-up + ${RUNS} runs per query`);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-wisc-'));
  let pgs: PgServer | null = null;
  let ours: OurSystem | null = null;
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  try {
    for (const r of RELS) await writeWiscFile(join(dataDir, `${r.name}.tsv`), r.n, r.seed, r.limit);
    log(`generated data in ${dataDir}`);

    pgs = await startPostgres({ log });
    ours = PG_ONLY ? null : await startOurs({ database: 'wisconsin', inProcess: args['in-process'], log });
    const path = ours === null ? 'none (--pg-only)' : ours.mode === 'grpc' ? 'gRPC client → ingresd (the monitor path)' : `IN-PROCESS sessions (${ours.note ?? ''})`;
    log(`our side: ${path}`);

    const s = ours === null ? null : await ours.session();
    const pgc = await pgs.connect();

    log('loading PostgreSQL (COPY) ...');
    const pgLoad = loadPg(pgs, dataDir);
    log(`loading ours ...`);
    const ourLoad = s === null ? { ms: Number.NaN, how: 'not loaded' } : await loadOurs(s, dataDir);
    if (s !== null) await runOkTimed(s, RANGES);
    log(`loaded: ours ${fmtMs(ourLoad.ms)} ms (${ourLoad.how}), PostgreSQL ${fmtMs(pgLoad)} ms`);

    const results: Result[] = [];
    let ourIndex = Number.NaN;
    let pgIndex = Number.NaN;
    for (const phase of [1, 2] as const) {
      if (phase === 2) {
        log('building indexes: modify to btree on unique2 + index on unique1 / CREATE INDEX + CLUSTER ...');
        pgIndex = indexPg(pgs);
        try {
          if (s !== null) ourIndex = await indexOurs(s);
        } catch (e) {
          log(`ours: indexing failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      for (const q of QUERIES) {
        if (q.phase !== phase || (ONLY !== null && !ONLY.test(q.name))) continue;
        const r = await measure(q, s, pgc);
        results.push(r);
        const rows = r.oursRows === r.pgRows ? `${r.pgRows} rows` : `ROWS DIFFER: ours ${r.oursRows ?? '?'}, pg ${r.pgRows ?? '?'}`;
        log(`${q.name.padEnd(20)} ours ${fmtMs(r.ours).padStart(8)} ms  pg ${fmtMs(r.pg).padStart(8)} ms  ${fmtRatio(r.ours / r.pg).padStart(8)}  ${r.error !== null ? `ERROR ${r.error}` : rows}`);
      }
    }
    // the floor under every query: one round trip of a statement that touches no data
    const trivial = s === null ? Number.NaN : await floorMs(() => s.run('range of z is onektup'));
    const trivialPg = await floorMs(() => pgc.query('select 1'));
    await pgc.close();

    const daemonKb = ours?.pids().map((p) => peakRssKb(p)) ?? [];
    const clientKb = selfPeakRssKb();
    await s?.close();
    await ours?.stop();
    pgs.stop();

    // ---------------------------------------------------------------- report
    const ratios = results.filter((r) => r.error === null).map((r) => r.ours / r.pg);
    const gm = geomean(ratios);
    const worst = results.reduce<Result | null>((w, r) => (r.error === null && (w === null || r.ours / r.pg > w.ours / w.pg) ? r : w), null);
    const over5 = results.filter((r) => r.error === null && r.ours / r.pg > 5).length;
    const failed = results.filter((r) => r.error !== null);
    const rows = results.map((r) => [
      r.name + (r.once ? ' ¹' : ''),
      r.error !== null ? 'error' : fmtMs(r.ours),
      fmtMs(r.pg),
      r.error !== null ? '—' : fmtRatio(r.ours / r.pg),
      r.error !== null ? r.error.slice(0, 60) : r.oursRows === r.pgRows ? String(r.pgRows) : `ours ${r.oursRows ?? '?'} ≠ pg ${r.pgRows ?? '?'}`,
    ]);
    const tbl = table(['query', 'ours ms', 'PostgreSQL ms', 'ratio', 'rows'], rows);
    const rssLine =
      ours?.mode === 'grpc'
        ? `peak RSS: ingresd ${daemonKb.map((k) => mb(k)).join(' + ')}, benchmark client ${mb(clientKb)}`
        : `peak RSS: benchmark process with the engine in it ${mb(clientKb)}`;
    const summary = [
      `geometric mean ratio (ours / PostgreSQL) over ${ratios.length} queries: ${fmtRatio(gm)}` +
        (worst !== null ? `; worst ${worst.name} ${fmtRatio(worst.ours / worst.pg)}; ${over5} over 5×` : ''),
      failed.length > 0 ? `${failed.length} queries failed on our side: ${failed.map((r) => r.name).join(', ')}` : 'all queries ran on both systems',
      rssLine,
      `round trip of a statement that reads nothing (\`range of z is onektup\` / \`select 1\`): ours ${fmtMs(trivial)} ms, PostgreSQL ${fmtMs(trivialPg)} ms`,
      `load: ours ${fmtMs(ourLoad.ms)} ms (${ourLoad.how}), PostgreSQL ${fmtMs(pgLoad)} ms (COPY + VACUUM ANALYZE); ` +
        `indexes: ours ${fmtMs(ourIndex)} ms, PostgreSQL ${fmtMs(pgIndex)} ms (CREATE INDEX + CLUSTER + VACUUM ANALYZE)`,
    ];
    const argv = process.argv.slice(2).join(' ');
    const command = `npm run bench:wisconsin${argv.length > 0 ? ` -- ${argv}` : ''}`;
    process.stdout.write(`\nWisconsin benchmark, ${N} tuples, our side: ${path}\n\n${tbl}\n\n${summary.join('\n')}\n`);
    if (results.some((r) => r.once)) process.stdout.write(`¹ warm-up took over ${SLOW_MS} ms: measured once\n`);

    if (RECORD) {
      const body = [
        `## Wisconsin benchmark`,
        '',
        `Command: \`${command}\` — ${nowUtc()}, ${commitId()}, ${machine()}.`,
        `${N} tuples in TENKTUP1/TENKTUP2, ${ONEK} in ONEKTUP/BPRIME; median of ${RUNS} runs after ${WARMUP} warm-up ` +
        `(a query whose first run on our side takes under ${SHORT_MS} ms: ${SHORT_RUNS} runs after ${SHORT_WARMUP}, on both systems); ` +
          `times are client wall-clock per query including fetching every result row. Our side: ${path}. ` +
          `PostgreSQL ${pgs.version} (default settings) through the \`pg\` client on one persistent connection.`,
        '',
        tbl,
        '',
        ...summary.map((l) => `- ${l}`),
        ...(results.some((r) => r.once) ? [`- ¹ warm-up took over ${SLOW_MS} ms: measured once`] : []),
      ].join('\n');
      log(`recorded in ${writeSection('wisconsin', body)}`);
    }
  } finally {
    if (ours !== null) await ours.stop().catch(() => {});
    pgs?.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`wisconsin: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
