/*
 * bulk.ts — `npm run bench:bulk [-- --tuples N]`: statements over a whole relation of N
 * tuples (default 1,000,000): retrieve into, retrieves of every tuple to the client (plain
 * and sorted), append from another relation, replace and delete of many tuples, modify,
 * index, copy into a file — against their PostgreSQL twins in the same run. Prints per statement our ms,
 * PostgreSQL's, the ratio, and the daemon's peak RSS during it (VmHWM reset through
 * /proc/PID/clear_refs before each). Records the result in BENCHMARKS.md.
 */
import '../src/cli/daemon/v8-tuning.js';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startPostgres } from './pg.js';
import { peakRssKb, runOk, sampleAnonRss, startOurs } from './ours.js';
import { commitId, fmtRatio, machine, mb, nowUtc, table, writeSection } from './report.js';
import type { StatementResult } from '../src/dbsys/session-api.js';

const HELP = `usage: npm run bench:bulk -- [options]
  --tuples N      tuples of the relation (default 1000000)
  --record        write BENCHMARKS.md (default: only with the default size)
  --no-record     do not write BENCHMARKS.md`;

const { values: args } = parseArgs({
  options: {
    tuples: { type: 'string', default: '1000000' },
    record: { type: 'boolean' },
    'no-record': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help === true) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
const N = Number.parseInt(args.tuples, 10);
if (!(N >= 100)) {
  process.stderr.write(`bad arguments\n${HELP}\n`);
  process.exit(2);
}
const RECORD = args['no-record'] === true ? false : (args.record ?? N === 1_000_000);
const started = performance.now();
const log = (s: string): void => {
  process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${s}\n`);
};

interface Step {
  readonly label: string;
  readonly quel: string;
  readonly sql: readonly string[];
  /** our rows go to a sink as they arrive, as the monitor prints them (not kept) */
  readonly toClient?: boolean;
  /** the QUEL as the report shows it (default: `quel`) */
  readonly shown?: string;
}

const QUARTER = Math.floor(N / 4);
/** the statements, in order; `dir` holds the files `copy into` writes */
const steps = (dir: string): readonly Step[] => [
  { label: 'retrieve into (all tuples)', quel: 'retrieve into r2 (r.all)', sql: ['create table r2 as select * from r'] },
  { label: 'retrieve every tuple to the client', quel: 'retrieve (r.all)', sql: ['select * from r'], toClient: true },
  { label: 'retrieve every tuple sorted, to the client', quel: 'retrieve (r.all) sort by b:descending', sql: ['select * from r order by b desc'], toClient: true },
  { label: 'append from another relation', quel: 'append to t (r.all)', sql: ['insert into t select * from r'] },
  { label: 'replace every tuple', quel: 'replace r (b = r.b + 1)', sql: ['update r set b = b + 1'] },
  { label: 'delete 3/4 of the tuples', quel: `delete t where t.a >= ${QUARTER}`, sql: [`delete from t where a >= ${QUARTER}`] },
  { label: 'modify to btree / cluster', quel: 'modify r to btree on a', sql: ['create index r_a on r (a)', 'cluster r using r_a'] },
  { label: 'index / create index', quel: 'index on r is rb (b)', sql: ['create index rb on r (b)'] },
  {
    label: 'copy into a file / COPY TO',
    quel: `copy r (a = c0tab, b = c0tab, s = c0nl) into "${join(dir, 'ours-out.txt')}"`,
    shown: 'copy r (a = c0tab, b = c0tab, s = c0nl) into "FILE"',
    sql: [`copy r to '${join(dir, 'pg-out.txt')}'`],
  },
];

/** the numbers in a one-row result, e.g. of count/sum aggregates */
function oneRow(results: readonly StatementResult[]): number[] {
  for (const r of results) if (r.kind === 'rows') return (r.rows[0] ?? []).map(Number);
  throw new Error('no rows');
}

async function main(): Promise<void> {
  log(`bulk statements over ${N} tuples (a i4, b i4, s c40), ours and PostgreSQL on this machine`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-bulk-'));
  // PostgreSQL's server (its own user) writes its COPY TO file here too
  chmodSync(dir, 0o777);
  const file = join(dir, 'r.txt');
  const lines: string[] = [];
  for (let k = 0; k < N; k++) lines.push(`${k}\t${(k * 7919) % N}\tname-${k % 99991}-${'x'.repeat(20)}\n`);
  writeFileSync(file, lines.join(''));
  lines.length = 0;

  const pg = await startPostgres({ log });
  const ours = await startOurs({ database: 'bulk', log });
  try {
    log(`PostgreSQL ${pg.version}; ours: ${ours.mode}${ours.note === null ? '' : ` (${ours.note})`}`);
    pg.psql('create table r (a int4, b int4, s varchar(40)); create table t (a int4, b int4, s varchar(40));');
    pg.psql(`\\copy r from '${file}'`);
    pg.psql('vacuum analyze r; checkpoint;');
    const s = await ours.session();
    await runOk(s, 'create r (a = i4, b = i4, s = c40)\ncreate t (a = i4, b = i4, s = c40)');
    await runOk(s, `copy r (a = c0tab, b = c0tab, s = c0nl) from "${file}"`);
    await runOk(s, 'range of r is r\nrange of t is t');
    log('loaded both');
    const client = await pg.connect();
    const pid = ours.pids()[0];
    const rows: string[][] = [];
    const ratios: number[] = [];
    for (const step of steps(dir)) {
      if (pid !== undefined) {
        try {
          writeFileSync(`/proc/${pid}/clear_refs`, '5');
        } catch {
          /* not allowed: the peak is the process's */
        }
      }
      const anon = pid === undefined ? null : sampleAnonRss(pid);
      const t0 = performance.now();
      if (step.toClient === true) {
        let received = 0;
        const results = await s.run(step.quel, { output: { result: () => undefined, rows: (chunk) => { received += chunk.length; } } });
        if (received !== N) throw new Error(`${step.quel}: ${received} rows arrived of ${N} (${JSON.stringify(results).slice(0, 300)})`);
      } else {
        await runOk(s, step.quel);
      }
      const oursMs = performance.now() - t0;
      const rss = pid === undefined ? null : peakRssKb(pid);
      const anonRss = anon?.stop() ?? { start: null, peak: null };
      const t1 = performance.now();
      for (const sql of step.sql) await client.query(sql);
      const pgMs = performance.now() - t1;
      ratios.push(oursMs / pgMs);
      rows.push([step.label, `\`${step.shown ?? step.quel}\``, (oursMs / 1000).toFixed(2), (pgMs / 1000).toFixed(2), fmtRatio(oursMs / pgMs), mb(rss), `${mb(anonRss.start)} → ${mb(anonRss.peak)}`]);
      log(`${step.label}: ours ${(oursMs / 1000).toFixed(2)} s, PostgreSQL ${(pgMs / 1000).toFixed(2)} s, peak RSS ${mb(rss)}, anonymous ${mb(anonRss.start)} → ${mb(anonRss.peak)}`);
    }
    await client.close();
    // both sides hold the same relations afterwards
    const mine = oneRow(await runOk(s, 'range of x is r2\nretrieve (n = count(r.a), sb = sum(float8(r.b)), nx = count(x.a), nt = count(t.a))'));
    const theirs = pg.psql('select (select count(*) from r), (select sum(b::float8) from r), (select count(*) from r2), (select count(*) from t)').trim().split('|').map(Number);
    const same = mine.length === theirs.length && mine.every((v, i) => v === theirs[i]);
    log(`after the statements: ours ${mine.join(' ')}, PostgreSQL ${theirs.join(' ')}${same ? ' (the same)' : ' — DIFFERENT'}`);
    await s.close();
    const body = [
      '## Bulk statements (a whole relation)',
      '',
      `\`npm run bench:bulk\` at ${commitId()}, ${nowUtc()}: ${N.toLocaleString('en-US')} tuples \`(a i4, b i4, s c40)\`, loaded with \`copy\` / \`\\copy\`; ours ${ours.mode}. ${machine()}.`,
      'Each statement once, in this order, on both systems; our daemon\'s peak RSS is reset before each statement (`/proc/PID/clear_refs`). ' +
        'It counts lmdb\'s mapped file pages the statement touched; the anonymous part (RssAnon: JS heap, buffers, the tuple cache) is shown before the statement and at its largest, sampled every 20 ms.',
      '',
      table(['statement', 'QUEL', 'ours s', 'PostgreSQL s', 'ratio', 'ingresd peak RSS', 'anonymous: before → peak'], rows),
      '',
      `Afterwards (count of r, sum of r.b, count of r2, count of t): ours ${mine.join(', ')}; PostgreSQL ${theirs.join(', ')}${same ? ' — the same' : ' — DIFFERENT'}.`,
    ].join('\n');
    process.stdout.write(`\n${body}\n`);
    if (RECORD) log(`recorded in ${writeSection('bulk', body)}`);
    if (!same) process.exitCode = 1;
  } finally {
    await ours.stop();
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
