// commit-latency.mjs — `node scripts/commit-latency.mjs [ROOT] [N]`: the latency of lone
// one-tuple commits through the storage layer alone (no daemon, no gRPC): N single-statement
// transactions, each an insert and `await commit()`, on a fresh database in the temp
// directory, using ROOT/dist (default: this tree). Prints the median, p10, p90 and mean of
// the last three quarters. Run two builds alternately to compare a change to the commit
// path: its spread is ~10%, where TPC-B's through the daemon is ~30% (BENCHMARKS.md, 12-07).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const count = Number(process.argv[3] ?? 4000);
const { createDatabase } = await import(pathToFileURL(join(root, 'dist/src/storage/index.js')).href);
const scratch = mkdtempSync(join(tmpdir(), 'commit-latency-'));
const db = await createDatabase(join(scratch, 'db'), 'latency', 'ingres');
const i4 = { kind: 'i', length: 4 };
const setup = db.begin('bench');
setup.statement(() => setup.createRelation({ name: 'r', owner: 'bench', attributes: [{ name: 'a', type: i4 }, { name: 'b', type: i4 }] }));
await setup.commit();
const took = [];
for (let n = 0; n < count; n++) {
  const start = performance.now();
  const txn = db.begin('bench', { singleStatement: true });
  txn.statement(() => txn.insert(txn.relation('r'), [n, n]));
  await txn.commit();
  took.push(performance.now() - start);
}
await db.close();
rmSync(scratch, { recursive: true, force: true });
const steady = took.slice(Math.floor(count / 4)).sort((x, y) => x - y);
const at = (q) => steady[Math.floor(q * (steady.length - 1))].toFixed(3);
const mean = (steady.reduce((sum, x) => sum + x, 0) / steady.length).toFixed(3);
console.log(`${root}: median ${at(0.5)} ms, p10 ${at(0.1)}, p90 ${at(0.9)}, mean ${mean} (${steady.length} commits)`);
