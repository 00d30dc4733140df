/*
 * tm-node.mjs — one host of the TM process tests (test/cluster/tm-*.test.ts): a real
 * process with its own lmdb database, the compiled TM (dist/) serving ingres.Tm on a
 * loopback gRPC port, and a small HTTP control port through which the test drives global
 * transactions (insert in a part, read, commit as coordinator, state). INGRES_FAILPOINTS in
 * its environment arms the crash points. Prints "ready" once both ports serve.
 * argv: name directory grpcPort controlPort peers(json {host: port}) create(0|1)
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import grpc from '@grpc/grpc-js';

const [name, directory, grpcPort, controlPort, peersJson, create, distRoot] = process.argv.slice(2);
const dist = (path) => import(pathToFileURL(join(distRoot, path)).href);
const storage = await dist('src/storage/index.js');
const tmModule = await dist('src/tm/index.js');
const ports = JSON.parse(peersJson);
const i4 = { kind: 'i', length: 4 };

const db = create === '1' ? await storage.createDatabase(directory, 'bank') : await storage.openDatabase(directory, 'bank');
if (create === '1') {
  const txn = db.begin('ingres');
  txn.statement(() => txn.createRelation({ name: 'acct', owner: 'ingres', attributes: [{ name: 'v', type: i4 }] }));
  await txn.commit();
}
const membership = new tmModule.SimpleMembership('bank', name, Object.keys(ports));
const peers = new tmModule.GrpcTmPeers({ address: (host) => (ports[host] === undefined ? undefined : `127.0.0.1:${ports[host]}`) });
const tm = new tmModule.TransactionManagerImpl({
  database: db, localHost: name, membership, peers, rpcTimeoutMs: 3000, retryMs: 50, askAfterMs: 300,
});
const server = new grpc.Server();
tmModule.registerTmService(server, (database) => (database === 'bank' ? tm : undefined));
await new Promise((resolve, reject) => server.bindAsync(`127.0.0.1:${grpcPort}`, grpc.ServerCredentials.createInsecure(),
  (error) => (error ? reject(error) : resolve())));

async function values() {
  const txn = db.begin('reader');
  await txn.lock([{ name: 'acct', mode: 'S' }]);
  const out = [...txn.scan(txn.relation('acct'))].map((t) => t.values[0]);
  await txn.commit();
  return out.sort((a, b) => a - b);
}

const ops = {
  async insert({ gid, value }) {
    const part = tm.part(gid, 'ingres');
    await part.txn.lock([{ name: 'acct', mode: 'X' }]);
    part.txn.statement(() => part.txn.insert(part.txn.relation('acct'), [value]));
    part.wrote = true;
    return {};
  },
  async read({ gid }) {
    const part = tm.part(gid, 'ingres');
    await part.txn.lock([{ name: 'acct', mode: 'S' }]);
    return { count: [...part.txn.scan(part.txn.relation('acct'))].length };
  },
  async commit({ gid, userHost, participants }) {
    // participants: the hosts with a part, known to the caller (TR_START goes only to them)
    await tm.commitAsCoordinator(gid, participants === undefined ? { userHost }
      : { userHost, contacted: participants, participantsKnown: true });
    return {};
  },
  async abort({ gid }) {
    await tm.abort(gid);
    return {};
  },
  // (without the values: reading them waits for the locks of a part in doubt)
  async doubt() {
    return { inDoubt: tm.inDoubt(), held: tm.heldDecisions() };
  },
  async state() {
    return { inDoubt: tm.inDoubt(), held: tm.heldDecisions(), values: await values() };
  },
  async stop() {
    tm.close();
    peers.close();
    server.forceShutdown();
    await db.close();
    setImmediate(() => process.exit(0));
    return {};
  },
};

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    const command = JSON.parse(body);
    Promise.resolve()
      .then(() => ops[command.op](command))
      .then((result) => { response.writeHead(200); response.end(JSON.stringify({ ok: true, ...result })); })
      .catch((error) => {
        response.writeHead(200);
        response.end(JSON.stringify({ ok: false, code: error?.code ?? 9000, message: String(error?.message ?? error) }));
      });
  });
}).listen(Number(controlPort), '127.0.0.1', () => process.stdout.write('ready\n'));
