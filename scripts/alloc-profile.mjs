// alloc-profile.mjs — `node scripts/alloc-profile.mjs [ROOT] [N]`: where a one-request
// TPC-B transaction allocates, in-process (a session on the storage layer, no daemon, no
// gRPC), using ROOT/dist (default: this tree). 20,000 accounts (btree), 3,000 transactions
// to warm up, then N (default 3,000) under V8's sampling heap profiler with collected
// objects included (garbage is what the scavenges cost). Prints the bytes a transaction and
// the 40 functions that allocate most. BENCHMARKS.md, "What did not help" (12-07).
import inspector from 'node:inspector/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const count = Number(process.argv[3] ?? 3000);
const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const { createDatabase } = await load('src/storage/index.js');
const { createSession } = await load('src/dbsys/index.js');
const scratch = mkdtempSync(join(tmpdir(), 'alloc-profile-'));
const db = await createDatabase(join(scratch, 'tpcb'), 'tpcb');
const session = createSession(db, { user: 'ingres' });
const run = async (text) => {
  for (const result of await session.run(text)) {
    if (result.kind === 'error') throw new Error(`${text.slice(0, 60)}: ${result.error.code}: ${result.error.message}`);
  }
};
const ACCOUNTS = 20_000;
const TELLERS = 10;
await run('create branches (bid = i4, bbalance = i4, filler = c88)');
await run('create tellers (tid = i4, bid = i4, tbalance = i4, filler = c84)');
await run('create accounts (aid = i4, bid = i4, abalance = i4, filler = c84)');
await run('create history (tid = i4, bid = i4, aid = i4, delta = i4, mtime = i4, filler = c22)');
for (let from = 1; from <= ACCOUNTS; from += 1000) {
  const appends = Array.from({ length: 1000 }, (_v, k) => `append to accounts (aid = ${from + k}, bid = 1, abalance = 0)`);
  await run(['begin transaction', ...appends, 'end transaction'].join('\n'));
}
const tellers = Array.from({ length: TELLERS }, (_v, k) => `append to tellers (tid = ${k + 1}, bid = 1, tbalance = 0)`);
await run(['begin transaction', 'append to branches (bid = 1, bbalance = 0)', ...tellers, 'end transaction'].join('\n'));
for (const relation of ['accounts', 'tellers', 'branches']) await run(`modify ${relation} to btree on ${relation[0]}id`);
await run('range of a is accounts\nrange of t is tellers\nrange of b is branches');
const random = (low, high) => low + Math.floor(Math.random() * (high - low + 1));
const transaction = () => {
  const aid = random(1, ACCOUNTS);
  const tid = random(1, TELLERS);
  const delta = random(-5000, 5000);
  return run([
    'begin transaction',
    `replace a (abalance = a.abalance + ${delta}) where a.aid = ${aid}`,
    `retrieve (a.abalance) where a.aid = ${aid}`,
    `replace t (tbalance = t.tbalance + ${delta}) where t.tid = ${tid}`,
    `replace b (bbalance = b.bbalance + ${delta}) where b.bid = 1`,
    `append to history (tid = ${tid}, bid = 1, aid = ${aid}, delta = ${delta}, mtime = 1)`,
    'end transaction',
  ].join('\n'));
};
for (let n = 0; n < 3000; n++) await transaction();
const profiler = new inspector.Session();
profiler.connect();
await profiler.post('HeapProfiler.enable');
await profiler.post('HeapProfiler.startSampling', {
  samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true,
});
for (let n = 0; n < count; n++) await transaction();
const { profile } = await profiler.post('HeapProfiler.stopSampling');
profiler.disconnect();
await db.close();
rmSync(scratch, { recursive: true, force: true });
const bytes = new Map();
let total = 0;
const walk = (node) => {
  const frame = node.callFrame;
  const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*\/(dist|node_modules)\//, '$1/')}:${frame.lineNumber + 1}`;
  total += node.selfSize;
  bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child);
};
walk(profile.head);
console.log(`${Math.round(total / count)} bytes a transaction (${count} transactions)`);
for (const [name, size] of [...bytes].sort((x, y) => y[1] - x[1]).slice(0, 40)) console.log(`${String(Math.round(size / count)).padStart(8)}  ${name}`);
