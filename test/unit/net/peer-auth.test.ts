/*
 * peer-auth.test.ts — proof of the cluster key on host-to-host calls (src/net/peer-auth.ts):
 * the proof itself (bound to key, method and time), and a real grpc-js server in this
 * process with the check installed: peer methods without a good proof end with 7005 before
 * their handler runs, clients' and status methods pass, the peer link fails at once.
 */
import {
  Client, Metadata, Server, ServerCredentials, credentials,
  type sendUnaryData, type ServerUnaryCall, type ServiceDefinition, type ServiceError,
} from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import {
  checkPeerProof, clearPeerIdentity, needsPeerProof, peerClientOptions, peerProof, peerProofCheck,
  PEER_PROOF_HEADER, PEER_PROOF_SKEW_MS, setPeerIdentity,
} from '../../../src/net/peer-auth.js';
import { PeerLink, registerLink } from '../../../src/net/peer-link.js';
import { errorFromStatus } from '../../../src/net/wire.js';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 9);
const EXECUTE = '/ingres.Slave/Execute';

describe('the proof', () => {
  test('names the host, and holds only for the key, the method and the time it was made for', () => {
    const now = 1_800_000_000_000;
    const proof = peerProof(KEY, 'h1', EXECUTE, now);
    expect(proof).toMatch(/^v1 h1 1800000000000 [0-9a-f]{64}$/);
    expect(checkPeerProof(KEY, 'h2', EXECUTE, proof, now + 1000)).toBe('');
    expect(checkPeerProof(OTHER_KEY, 'h2', EXECUTE, proof, now)).toBe("the etc/cluster.key of host h1 differs from host h2's");
    // the same proof shown for another method, or as another host, is refused
    expect(checkPeerProof(KEY, 'h2', '/ingres.Tm/ComAbt', proof, now)).toContain('differs');
    expect(checkPeerProof(KEY, 'h2', EXECUTE, proof.replace('v1 h1', 'v1 h3'), now)).toContain('of host h3 differs');
    expect(checkPeerProof(KEY, 'h2', EXECUTE, proof, now + PEER_PROOF_SKEW_MS)).toBe('');
    expect(checkPeerProof(KEY, 'h2', EXECUTE, proof, now + PEER_PROOF_SKEW_MS + 1000)).toBe(
      `the clock of host h1 is -${PEER_PROOF_SKEW_MS / 1000 + 1} s off host h2's (more than ${PEER_PROOF_SKEW_MS / 1000} s)`);
  });

  test('missing or malformed proofs say so', () => {
    expect(checkPeerProof(KEY, 'h2', EXECUTE, undefined)).toBe('the call carries no proof of the cluster key');
    expect(checkPeerProof(KEY, 'h2', EXECUTE, '')).toBe('the call carries no proof of the cluster key');
    for (const bad of ['v1 h1 123', 'v2 h1 123 ' + 'a'.repeat(64), 'v1 h 1 123 ' + 'a'.repeat(64), 'v1 h1 123 ' + 'A'.repeat(64), 'v1 h1 x ' + 'a'.repeat(64)]) {
      expect(checkPeerProof(KEY, 'h2', EXECUTE, bad)).toBe('its proof of the cluster key is malformed');
    }
  });

  test('which methods need it: the peer services, but not two read-only status calls nor clients\' services', () => {
    for (const path of ['/ingres.Link/Open', EXECUTE, '/ingres.Slave/Fetch', '/ingres.Tm/TrStart', '/ingres.Tm/ComAbt', '/ingres.ServerDb/Rise',
      '/ingres.ServerDb/Heartbeat', '/ingres.ServerDb/Command', '/ingres.ServerDb/SysCat']) expect(needsPeerProof(path)).toBe(true);
    for (const path of ['/ingres.ServerDb/DbState', '/ingres.Slave/ShipStats', '/ingres.Session/Exchange', '/ingres.Admin/CreateDatabase',
      '/ingres.SessionControl/Alive']) expect(needsPeerProof(path)).toBe(false);
  });
});

// ---------------------------------------------------------------- a server with the check

const raw = (b: Buffer): Buffer => b;
const methodDef = (path: string) => ({
  path, requestStream: false, responseStream: false,
  requestSerialize: raw, requestDeserialize: raw, responseSerialize: raw, responseDeserialize: raw,
});
const TestService = {
  Execute: methodDef(EXECUTE),
  ShipStats: methodDef('/ingres.Slave/ShipStats'),
} satisfies ServiceDefinition;
const AdminLike = { Status: methodDef('/ingres.Admin/Status') } satisfies ServiceDefinition;

let server: Server;
let address = '';
const handled: string[] = [];
const refusals: { path: string; why: string }[] = [];

beforeAll(async () => {
  server = new Server({ interceptors: [peerProofCheck(KEY, 'h2', (path, why) => refusals.push({ path, why }))] });
  const answer = (name: string) => (call: ServerUnaryCall<Buffer, Buffer>, callback: sendUnaryData<Buffer>): void => {
    handled.push(name);
    callback(null, Buffer.from(`${name}:${call.request.toString()}`));
  };
  server.addService(TestService, { Execute: answer('Execute'), ShipStats: answer('ShipStats') });
  server.addService(AdminLike, { Status: answer('Status') });
  registerLink(server, { [EXECUTE]: (request) => Promise.resolve(Buffer.from(`link:${request.toString()}`)) });
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound)));
  });
  address = `127.0.0.1:${port}`;
});

afterAll(() => {
  server.forceShutdown();
});

afterEach(() => {
  clearPeerIdentity();
  handled.length = 0;
  refusals.length = 0;
});

/** A unary call of `path` through a client with the proof interceptor (and `metadata`). */
function call(path: string, metadata = new Metadata()): Promise<string> {
  const client = new Client(address, credentials.createInsecure(), peerClientOptions());
  return new Promise<string>((resolve, reject) => {
    client.makeUnaryRequest(path, raw, raw, Buffer.from('x'), metadata, { deadline: Date.now() + 5000 }, (error: ServiceError | null, reply?: Buffer) => {
      client.close();
      if (error !== null) reject(errorFromStatus(error, 'h2'));
      else resolve(reply?.toString() ?? '');
    });
  });
}

describe('a daemon with the check', () => {
  test('a peer method without a proof ends with 7005 before its handler runs, and the refusal is reported', async () => {
    const error = await call(EXECUTE).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(IngresError);
    expect((error as IngresError).code).toBe(7005);
    expect((error as IngresError).message).toBe('host h2 refused the call: the call carries no proof of the cluster key');
    expect((error as IngresError).hint).toContain('etc/cluster.key');
    expect(handled).toEqual([]);
    expect(refusals).toEqual([{ path: EXECUTE, why: 'the call carries no proof of the cluster key' }]);
  });

  test('a proof made with another key, or a proof copied from another method, is refused', async () => {
    setPeerIdentity('h9', OTHER_KEY);
    await expect(call(EXECUTE)).rejects.toMatchObject({ code: 7005, message: "host h2 refused the call: the etc/cluster.key of host h9 differs from host h2's" });
    const stolen = new Metadata();
    stolen.set(PEER_PROOF_HEADER, peerProof(KEY, 'h1', '/ingres.Tm/TrStart'));
    clearPeerIdentity();
    await expect(call(EXECUTE, stolen)).rejects.toMatchObject({ code: 7005 });
    expect(handled).toEqual([]);
  });

  test('with the key the call is served; status and clients\' methods are served without it', async () => {
    setPeerIdentity('h1', KEY);
    expect(await call(EXECUTE)).toBe('Execute:x');
    clearPeerIdentity();
    expect(await call('/ingres.Slave/ShipStats')).toBe('ShipStats:x');
    expect(await call('/ingres.Admin/Status')).toBe('Status:x');
    expect(handled).toEqual(['Execute', 'ShipStats', 'Status']);
    expect(refusals).toEqual([]);
  });

  test('the peer link: refused at once with 7005 (no waiting out the deadline), served with the key', async () => {
    const link = new PeerLink(address, { waitForReady: true });
    try {
      const started = Date.now();
      await expect(link.call(EXECUTE, Buffer.from('y'), 20_000, { host: 'h2' })).rejects.toMatchObject({ code: 7005 });
      expect(Date.now() - started).toBeLessThan(10_000);
      setPeerIdentity('h1', KEY);
      expect((await link.call(EXECUTE, Buffer.from('y'), 5_000, { host: 'h2' })).toString()).toBe('link:y');
    } finally {
      link.close();
    }
  });
});
