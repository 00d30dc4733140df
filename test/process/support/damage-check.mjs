/*
 * damage-check.mjs — the child process of test/process/damaged-data.test.ts: opens the
 * database directory in argv with the compiled storage module and scans every relation.
 * Prints one JSON line: {opened, tuples} or {code, message} (an error it raised). A crash
 * (a signal) is what the test looks for: it must never happen.
 */
const [storagePath, directory] = process.argv.slice(2);
const storage = await import(storagePath);
let db;
try {
  db = await storage.openDatabase(directory, 'damaged');
  const txn = db.begin('check');
  let tuples = 0;
  for (const desc of txn.relations()) for (const _ of txn.scan(desc)) tuples += 1;
  txn.abort();
  process.stdout.write(`${JSON.stringify({ opened: true, tuples })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ code: error?.code ?? null, message: String(error?.message ?? error) })}\n`);
} finally {
  await db?.close().catch(() => undefined);
}
