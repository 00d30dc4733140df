/*
 * power-check.mjs — the child process of test/process/power-loss.test.ts. Opens the
 * database directory in argv (a crash image) with the compiled storage module, and prints
 * one JSON line: every relation's tuples, catalogs and indexes included (sorted), after
 * checking each keyed tuple can be found by its key, and the steady-point restore that
 * opening did. A damaged environment may
 * crash lmdb itself (SIGSEGV): that is why this runs in a process of its own.
 */
const [storagePath, directory] = process.argv.slice(2);
const storage = await import(storagePath);
const db = await storage.openDatabase(directory, 'power');
const txn = db.begin('check');
const relations = {};
for (const desc of txn.relations()) {
  const tuples = [...txn.scan(desc)].map((t) => [...t.values]);
  if (tuples.length !== desc.tupleCount) throw new Error(`${desc.name}: ${tuples.length} tuples scanned, catalog says ${desc.tupleCount}`);
  // each tuple can be found by its key (the relation's own structure) too
  if (desc.keys.length > 0 && desc.kind !== 'index') {
    for (const values of tuples) {
      const found = [...txn.seekEqual(desc, desc.keys.map((k) => values[k.attribute]))];
      if (!found.some((t) => JSON.stringify([...t.values]) === JSON.stringify(values))) {
        throw new Error(`${desc.name}: tuple ${JSON.stringify(values)} not found by its key`);
      }
    }
  }
  relations[desc.name] = tuples.map((t) => JSON.stringify(t)).sort();
}
txn.abort();
process.stdout.write(`${JSON.stringify({ relations, restore: db.steadyRestore })}\n`);
await db.close();
