// checkpoint-stall.mjs — `node scripts/checkpoint-stall.mjs [DIR]`: what a checkpoint's
// fdatasync of data.mdb does to the commits beside it, without the engine. A loop that
// looks like one-host TPC-B at ~700 tps: 38 page writes to a 200 MB file (lmdb's copy-on-
// write commits of one TPC-B transaction), then one O_DSYNC redo record; every 35 ms, an
// fdatasync of the big file on libuv's pool (a checkpoint). Prints each step's latency
// inside and outside a checkpoint, then the same loop with no checkpoints. BENCHMARKS.md, 12-06.
import { closeSync, constants, fdatasync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGES_PER_TXN = 38;
const CHECKPOINT_EVERY_MS = 35;
const TXNS = 6000;

async function run(directory, checkpoints) {
  const redo = openSync(join(directory, 'redo'), constants.O_RDWR | constants.O_CREAT | constants.O_DSYNC);
  writeSync(redo, Buffer.alloc(1 << 20), 0, 1 << 20, 0);
  const data = openSync(join(directory, 'data'), constants.O_RDWR | constants.O_CREAT);
  const mib = Buffer.alloc(1 << 20);
  for (let i = 0; i < 200; i++) writeSync(data, mib, 0, mib.length, i << 20);
  fdatasyncSync(data);
  let inCheckpoint = false;
  let stopped = false;
  let count = 0;
  const checkpoint = () => {
    if (stopped) return;
    inCheckpoint = true;
    fdatasync(data, () => {
      inCheckpoint = false;
      count++;
      setTimeout(checkpoint, CHECKPOINT_EVERY_MS);
    });
  };
  if (checkpoints) setTimeout(checkpoint, CHECKPOINT_EVERY_MS);
  const page = Buffer.alloc(4096, 3);
  const record = Buffer.alloc(700, 7);
  const pages = { inside: [], outside: [] };
  const records = { inside: [], outside: [] };
  let at = 0;
  let next = 0;
  for (let i = 0; i < TXNS; i++) {
    const during = inCheckpoint ? 'inside' : 'outside';
    let start = process.hrtime.bigint();
    for (let k = 0; k < PAGES_PER_TXN; k++) {
      writeSync(data, page, 0, page.length, (next % 51200) * 4096);
      next += 7;
    }
    pages[during].push(Number(process.hrtime.bigint() - start) / 1e6);
    start = process.hrtime.bigint();
    writeSync(redo, record, 0, record.length, at);
    at = at + record.length > 900_000 ? 0 : at + record.length;
    records[during].push(Number(process.hrtime.bigint() - start) / 1e6);
    await new Promise((resolve) => setImmediate(resolve));
  }
  stopped = true;
  while (inCheckpoint) await new Promise((resolve) => setTimeout(resolve, 5));
  closeSync(redo);
  closeSync(data);
  const median = (xs) => (xs.length === 0 ? '-' : [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1].toFixed(3));
  const mean = (xs) => (xs.length === 0 ? '-' : (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3));
  process.stdout.write(`${checkpoints ? `with a checkpoint every ${CHECKPOINT_EVERY_MS} ms (${count} ran)` : 'no checkpoints'}:\n`);
  for (const [name, where] of [[`${PAGES_PER_TXN} page writes`, pages], ['redo write', records]]) {
    process.stdout.write(`  ${name.padEnd(15)} inside a checkpoint: ${String(where.inside.length).padStart(4)} × median ${median(where.inside)} mean ${mean(where.inside)} ms;`
      + ` outside: ${String(where.outside.length).padStart(4)} × median ${median(where.outside)} mean ${mean(where.outside)} ms\n`);
  }
}

const directory = mkdtempSync(join(process.argv[2] ?? tmpdir(), 'checkpoint-stall-'));
try {
  await run(directory, true);
  await run(directory, false);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
