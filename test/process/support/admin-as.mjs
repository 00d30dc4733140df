/*
 * admin-as.mjs — the child process of test/process/peer-proof.test.ts, run as another
 * user: calls the daemon at argv[3]'s Admin service straight through the compiled client
 * (no program's own check of the installation owner first) and prints one JSON line per
 * call: {call, code, message} for a refusal, {call, ok: true} otherwise.
 */
const [clientPath, address] = process.argv.slice(2);
const { HostClient } = await import(clientPath);
const client = new HostClient(address);
const calls = [
  ['createDatabase', () => client.createDatabase('intruder', 'nobody')],
  ['destroyDatabase', () => client.destroyDatabase('db', 'nobody')],
  ['shutdown', () => client.shutdown()],
];
for (const [call, run] of calls) {
  try {
    await run();
    process.stdout.write(`${JSON.stringify({ call, ok: true })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ call, code: error.code ?? null, message: String(error.message) })}\n`);
  }
}
client.close();
