/*
 * raw-lmdb-scan.mjs — reads every named database of the lmdb environment in argv with
 * lmdb-js alone, as the engine did before it verified files: the damaged-data test shows
 * with it that the damage it makes is the kind that kills the process (a signal).
 */
import { open } from 'lmdb';

const env = open({ path: process.argv[2], maxDbs: 12, useWritemap: false });
let bytes = 0;
for (const name of ['catalog', 'tuples', 'index', 'meta', 'txnlog', 'tmlog']) {
  const db = env.openDB({ name, keyEncoding: 'binary', encoding: 'binary' });
  for (const { value } of db.getRange()) bytes += value.length;
}
process.stdout.write(`${bytes}\n`);
