/*
 * peer.ts — sendb/recvdb of seed 004 over gRPC: one channel per remote host (shared by the
 * serverdbs of every database), short reconnect backoff so a host that comes back is
 * reached at once; heartbeats go on the peer link to it. `sendb` sends one message to one
 * host, every host of a list (broadcast) or this host (local host, no network); every
 * call has a deadline (recvdb's timeout) and measures its round trip. Failures are
 * IngresErrors (7001/7002/...).
 */
import { Client, credentials, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { IngresError } from '../common/errors.js';
import type { HostDirectory } from '../cluster/api.js';
import type { pbt } from '../net/gen/index.js';
import { ServerDbService } from '../net/serverdb-service.js';
import { SessionControlService } from '../net/services.js';
import { callMethod, PeerLink } from '../net/peer-link.js';
import { errorFromStatus } from '../net/wire.js';
import { peerClientOptions } from '../net/peer-auth.js';

interface Method<Req, Res> {
  readonly path: string;
  readonly requestSerialize: (message: Req) => Buffer;
  readonly responseDeserialize: (bytes: Buffer) => Res;
}

/** A reply and the measured round trip. */
export interface Timed<T> {
  readonly reply: T;
  readonly rttMs: number;
}

/** One remote host's ServerDb service. */
export class PeerClient {
  private readonly client: Client;
  /** heartbeats go on the peer link (src/net/peer-link.ts): a message on an open stream
   *  costs ~0.1 ms of CPU, a new unary call ~1 ms on each side, and a host sends and
   *  receives two heartbeats a peer every heartbeatMs (null: the peer does not serve it) */
  private link: PeerLink | null;

  constructor(readonly host: string, readonly address: string, options: { readonly link?: boolean } = {}) {
    this.link = options.link === false ? null : new PeerLink(address);
    this.client = new Client(address, credentials.createInsecure(), {
      'grpc.max_receive_message_length': 64 * 1024 * 1024,
      'grpc.enable_retries': 0,
      'grpc.initial_reconnect_backoff_ms': 50,
      'grpc.min_reconnect_backoff_ms': 50,
      'grpc.max_reconnect_backoff_ms': 250,
      ...peerClientOptions(),
    });
  }

  unary<Req, Res>(method: Method<Req, Res>, request: Req, timeoutMs: number): Promise<Timed<Res>> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        method.path, method.requestSerialize, method.responseDeserialize, request, { deadline: Date.now() + timeoutMs },
        (error: ServiceError | null, reply?: Res) => {
          if (error) reject(errorFromStatus(error, this.host));
          else if (reply === undefined) reject(new IngresError(7000, 'network error: empty reply', { host: this.host }));
          else resolve({ reply, rttMs: performance.now() - started });
        });
    });
  }

  rise(message: pbt.IRise, timeoutMs: number): Promise<Timed<pbt.IRiseResp>> {
    return this.unary(ServerDbService.Rise, message, timeoutMs);
  }

  async heartbeat(message: pbt.IHeartbeat, timeoutMs: number): Promise<Timed<pbt.IHeartbeatResp>> {
    const method = ServerDbService.Heartbeat;
    const link = this.link;
    if (link === null) return this.unary(method, message, timeoutMs);
    const started = performance.now();
    const reply = await callMethod(link, method, message, timeoutMs, this.host, async (remainingMs) => {
      // a daemon without the link (an older build): unary calls from now on
      link.close();
      this.link = null;
      return (await this.unary(method, message, remainingMs)).reply;
    });
    return { reply, rttMs: performance.now() - started };
  }

  command(message: pbt.ICommand, timeoutMs: number): Promise<Timed<pbt.IComResp>> {
    return this.unary(ServerDbService.Command, message, timeoutMs);
  }

  /** SessionControl.Alive — only on a client made for a daemon's control thread (Peers.control) */
  alive(timeoutMs: number): Promise<Timed<pbt.IAliveReply>> {
    return this.unary(SessionControlService.Alive, {}, timeoutMs);
  }

  dbState(database: string, timeoutMs: number): Promise<Timed<pbt.IDbStateReply>> {
    return this.unary(ServerDbService.DbState, { database }, timeoutMs);
  }

  /** sys_cat: the whole sc_resp stream, collected (the catalog is small). */
  sysCat(message: pbt.ISysCat, timeoutMs: number): Promise<pbt.IScResp[]> {
    const method = ServerDbService.SysCat;
    const stream: ClientReadableStream<pbt.IScResp> = this.client.makeServerStreamRequest(
      method.path, method.requestSerialize, method.responseDeserialize, message, { deadline: Date.now() + timeoutMs });
    return new Promise((resolve, reject) => {
      const items: pbt.IScResp[] = [];
      stream.on('data', (item: pbt.IScResp) => items.push(item));
      stream.on('error', (error: ServiceError) => reject(errorFromStatus(error, this.host)));
      stream.on('end', () => resolve(items));
    });
  }

  close(): void {
    this.link?.close();
    this.client.close();
  }
}

/** The peers of this host: one PeerClient per other host of etc/hosts, made on first use. */
export class Peers {
  private readonly clients = new Map<string, PeerClient>();
  /** clients of the other daemons' control threads, which answer Alive while a long
   *  statement holds their main thread (their ServerDb service cannot) */
  private readonly controls = new Map<string, PeerClient>();

  /** the control thread of `host` at `address` (as its heartbeats advertise it) */
  control(host: string, address: string): PeerClient {
    let client = this.controls.get(host);
    if (client !== undefined && client.address !== address) {
      client.close();
      client = undefined;
    }
    if (client === undefined) {
      // a control thread serves SessionControl only
      client = new PeerClient(host, address, { link: false });
      this.controls.set(host, client);
    }
    return client;
  }

  constructor(readonly directory: HostDirectory) {}

  get(host: string): PeerClient {
    let client = this.clients.get(host);
    if (client === undefined) {
      const address = this.directory.address(host);
      if (address === undefined) throw new IngresError(7001, `host ${host} is unreachable`, { detail: `${host} is not in etc/hosts` });
      client = new PeerClient(host, address);
      this.clients.set(host, client);
    }
    return client;
  }

  close(): void {
    for (const client of this.clients.values()) client.close();
    this.clients.clear();
    for (const client of this.controls.values()) client.close();
    this.controls.clear();
  }
}

export type SendMode = { readonly mode: 'broadcast'; readonly hosts: readonly string[] }
  | { readonly mode: 'single'; readonly host: string }
  | { readonly mode: 'local' };

/**
 * sendb + recvdb: send with `call` to the hosts `mode` names (never to this host except in
 * 'local' mode, which runs `local`), wait at most `timeoutMs` for each answer. Resolves with
 * one outcome per host; a host that did not answer has an error (the caller's membership
 * counts it silent).
 */
export async function sendb<T>(
  peers: Peers,
  mode: SendMode,
  call: (peer: PeerClient, timeoutMs: number) => Promise<Timed<T>>,
  timeoutMs: number,
  local?: () => T,
): Promise<Map<string, { ok: true; value: Timed<T> } | { ok: false; error: IngresError }>> {
  const results = new Map<string, { ok: true; value: Timed<T> } | { ok: false; error: IngresError }>();
  const self = peers.directory.localHost;
  if (mode.mode === 'local') {
    if (local !== undefined) results.set(self, { ok: true, value: { reply: local(), rttMs: 0 } });
    return results;
  }
  const targets = mode.mode === 'single' ? [mode.host] : mode.hosts.filter((h) => h !== self);
  await Promise.all(targets.map(async (host) => {
    try {
      results.set(host, { ok: true, value: await call(peers.get(host), timeoutMs) });
    } catch (error) {
      results.set(host, { ok: false, error: error instanceof IngresError ? error : new IngresError(7000, String(error)) });
    }
  }));
  return results;
}
