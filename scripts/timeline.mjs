// timeline.mjs — `node scripts/timeline.mjs DIR`: the median timeline of the distributed
// transactions recorded with INGRES_TIMELINE=DIR (src/common/timeline.ts): for each shape
// of transaction (the set of marks it has, on which host) with 100 or more of them, each
// mark's median offset from the user host's `run.in`; then each host's redo writes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (dir === undefined) {
  process.stderr.write('usage: node scripts/timeline.mjs DIR (recorded with INGRES_TIMELINE=DIR)\n');
  process.exit(2);
}
const events = [];
for (const file of readdirSync(dir).filter((f) => f.startsWith('timeline.'))) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    const [t, pid, label, id] = line.split(' ');
    if (label !== undefined) events.push({ t: Number(t), pid, label, id: id ?? '' });
  }
}
events.sort((a, b) => a.t - b.t);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const quantiles = (xs) => [0.1, 0.5, 0.9].map((p) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))].toFixed(3)).join(' / ');

// which process is which host: the user host runs `run.in`; a host is named by the
// `block.send:HOST` its first `slave.in` of the same transaction follows
const byId = new Map();
for (const e of events) if (e.id !== '' && !e.label.startsWith('redo.')) (byId.get(e.id) ?? byId.set(e.id, []).get(e.id)).push(e);
const userPid = events.find((e) => e.label === 'run.in')?.pid;
const hostOf = new Map(userPid === undefined ? [] : [[userPid, 'user']]);
for (const marks of byId.values()) {
  for (const send of marks.filter((e) => e.label.startsWith('block.send:'))) {
    const arrived = marks.find((e) => e.label === 'slave.in' && e.t > send.t && !hostOf.has(e.pid));
    if (arrived !== undefined) hostOf.set(arrived.pid, send.label.slice('block.send:'.length));
  }
}
const host = (pid) => hostOf.get(pid) ?? `pid ${pid}`;
const runs = events.filter((e) => e.pid === userPid && (e.label === 'run.in' || e.label === 'run.out'));

const shapes = new Map();
for (const marks of byId.values()) {
  const planned = marks.find((e) => e.label === 'block.planned');
  if (planned === undefined) continue;
  const start = runs.findLast((e) => e.label === 'run.in' && e.t <= planned.t);
  const end = runs.find((e) => e.label === 'run.out' && e.t >= planned.t);
  const all = [...marks, ...(start ? [start] : []), ...(end ? [end] : [])];
  const first = new Map();
  for (const e of all) {
    const key = `${host(e.pid)} ${e.label}`;
    if (!first.has(key)) first.set(key, e.t - (start ?? planned).t);
  }
  const shape = [...first.keys()].sort().join('|');
  (shapes.get(shape) ?? shapes.set(shape, []).get(shape)).push(first);
}
for (const list of [...shapes.values()].sort((a, b) => b.length - a.length)) {
  if (list.length < 100) continue;
  process.stdout.write(`\n${list.length} transactions of this shape: median ms after run.in\n`);
  const keys = [...list[0].keys()].map((k) => [k, median(list.map((m) => m.get(k)))]).sort((a, b) => a[1] - b[1]);
  for (const [key, ms] of keys) process.stdout.write(`${ms.toFixed(3).padStart(9)}  ${key}\n`);
}
process.stdout.write('\nredo writes (redo.write → redo.written), p10 / p50 / p90 ms:\n');
for (const pid of new Set(events.map((e) => e.pid))) {
  const spans = [];
  let open = null;
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.label === 'redo.write') open = e.t;
    else if (e.label === 'redo.written' && open !== null) { spans.push(e.t - open); open = null; }
  }
  if (spans.length > 0) process.stdout.write(`  ${host(pid).padEnd(6)} ${quantiles(spans)} (${spans.length} writes)\n`);
}
