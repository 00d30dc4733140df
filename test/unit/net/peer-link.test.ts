/*
 * peer-link.test.ts — the peer link (src/net/peer-link.ts) between two real grpc-js
 * servers on loopback ports in this process: calls multiplexed on one stream, deadlines,
 * remote errors, a peer shut down mid-call and restarted, waiting for a peer that comes up,
 * cancellation, bad frames (7003, the link keeps serving), a peer without the link, and
 * serverdb's heartbeats on it.
 */
import {
  Client, Metadata, Server, ServerCredentials, credentials,
  type ClientDuplexStream, type sendUnaryData, type ServerUnaryCall, type ServiceError, type StatusObject,
} from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { pb, type pbt } from '../../../src/net/gen/index.js';
import {
  LinkUnimplemented, PeerLink, registerLink, unaryLinkHandlers, type LinkHandlers, type LinkServer,
} from '../../../src/net/peer-link.js';
import { AdminService, type Decoded } from '../../../src/net/services.js';
import { badMessage, errorFromStatus, errorToStatus } from '../../../src/net/wire.js';
import { TmService } from '../../../src/net/tm-service.js';
import { GrpcTmPeers, registerTmService } from '../../../src/tm/index.js';
import { tmHandlers } from '../../../src/tm/service.js';
import { portRefuses } from '../../../src/serverdb/serverdb.js';
import { PeerClient } from '../../../src/serverdb/peer.js';
import { ServerDbService } from '../../../src/net/serverdb-service.js';

/** a promise with its resolver, to hold a handler until the test lets it go */
function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => { open = resolve; });
  return { promise, open };
}

class Peer {
  server: Server | null = null;
  link: LinkServer | null = null;
  port = 0;
  /** the Slow handler waits for this gate; `slowStarted` opens when it is reached */
  hold = gate<string>();
  slowStarted = gate();
  echoCalls = 0;

  constructor(private readonly name: string, private readonly withLink = true) {}

  handlers(): LinkHandlers {
    return {
      '/test/Echo': async (request) => {
        this.echoCalls += 1;
        await Promise.resolve();
        return Buffer.from(`${this.name}:${request.toString()}`);
      },
      '/test/Slow': async () => {
        this.slowStarted.open();
        return Buffer.from(await this.hold.promise);
      },
      '/test/Fail': () => Promise.reject(new IngresError(6002, 'lock wait timed out on acct at host h2', { host: 'h2', detail: 'why' })),
    };
  }

  /** Admin.Status waits for `hold` while this is set */
  holdStatus = false;

  /** grpc unary handlers, registered as the grpc service and carried on the link */
  adminHandlers() {
    return {
      Status: (call: ServerUnaryCall<Decoded<pbt.IStatusRequest>, pbt.IStatusReply>, callback: sendUnaryData<pbt.IStatusReply>) => {
        if (!call.request.ok) {
          callback(errorToStatus(badMessage(call.request.error)));
          return;
        }
        const held = this.holdStatus ? (this.slowStarted.open(), this.hold.promise) : Promise.resolve('');
        void held.then(() => callback(null, { host: this.name, pid: 42 }));
      },
      Shutdown: (_call: unknown, callback: sendUnaryData<pbt.IShutdownReply>) =>
        callback(errorToStatus(new IngresError(8013, 'the host daemon is shutting down', { host: this.name }))),
    };
  }

  async start(): Promise<void> {
    const server = new Server();
    const admin = this.adminHandlers();
    server.addService(AdminService, admin);
    if (this.withLink) {
      this.link = registerLink(server, this.handlers());
      registerLink(server, unaryLinkHandlers(AdminService, admin));
    }
    this.port = await new Promise<number>((resolve, reject) => {
      server.bindAsync(`127.0.0.1:${this.port}`, ServerCredentials.createInsecure(), (error, port) => {
        if (error) reject(error);
        else resolve(port);
      });
    });
    this.server = server;
  }

  kill(): void {
    this.server?.forceShutdown();
    this.server = null;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }
}

const text = (buffer: Buffer): string => buffer.toString();

async function failure(promise: Promise<unknown>): Promise<IngresError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngresError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

describe('peer link', () => {
  const a = new Peer('h1');
  const b = new Peer('h2');
  const links: PeerLink[] = [];
  const linkTo = (peer: Peer, waitForReady = false): PeerLink => {
    const link = new PeerLink(peer.address, { waitForReady });
    links.push(link);
    return link;
  };

  beforeAll(async () => {
    await a.start();
    await b.start();
  });
  afterEach(() => {
    for (const link of links.splice(0)) link.close();
  });
  afterAll(() => {
    a.kill();
    b.kill();
  });

  test('many concurrent calls share one stream; handlers run concurrently', async () => {
    const toA = linkTo(a);
    const toB = linkTo(b);
    const slow = toA.call('/test/Slow', Buffer.alloc(0), 10_000);
    await a.slowStarted.promise;
    const replies = await Promise.all([
      ...Array.from({ length: 50 }, (_, i) => toA.call('/test/Echo', Buffer.from(String(i)), 5000).then(text)),
      ...Array.from({ length: 50 }, (_, i) => toB.call('/test/Echo', Buffer.from(String(i)), 5000).then(text)),
    ]);
    expect(replies).toEqual([
      ...Array.from({ length: 50 }, (_, i) => `h1:${i}`),
      ...Array.from({ length: 50 }, (_, i) => `h2:${i}`),
    ]);
    // the held call did not stop the others
    expect(toA.pendingCalls).toBe(1);
    a.hold.open('done');
    expect(text(await slow)).toBe('done');
    expect(a.link?.openStreams).toBe(1);
    a.hold = gate<string>();
    a.slowStarted = gate();
  });

  test('a deadline fails the call with 7002; the link keeps serving', async () => {
    const toA = linkTo(a);
    const error = await failure(toA.call('/test/Slow', Buffer.alloc(0), 50, { host: 'h1' }));
    expect(error.code).toBe(7002);
    expect(error.host).toBe('h1');
    expect(text(await toA.call('/test/Echo', Buffer.from('x'), 5000))).toBe('h1:x');
    a.hold.open('late'); // the late reply is dropped
    a.hold = gate<string>();
    a.slowStarted = gate();
  });

  test('a remote IngresError keeps its code, message, detail and host', async () => {
    const error = await failure(linkTo(b).call('/test/Fail', Buffer.alloc(0), 5000, { host: 'h2' }));
    expect(error.code).toBe(6002);
    expect(error.message).toBe('lock wait timed out on acct at host h2');
    expect(error.detail).toBe('why');
    expect(error.host).toBe('h2');
  });

  test('grpc unary handlers answer on the link as they would as calls', async () => {
    const toA = linkTo(a);
    const reply = pb.StatusReply.decode(await toA.call(AdminService.Status.path, AdminService.Status.requestSerialize({}), 5000));
    expect(reply.host).toBe('h1');
    const error = await failure(toA.call(AdminService.Shutdown.path, AdminService.Shutdown.requestSerialize({}), 5000));
    expect([error.code, error.message, error.host]).toEqual([8013, 'the host daemon is shutting down', 'h1']);
    // an undecodable request reaches the handler as {ok:false}; the grpc handler answers 7003
    const bad = await failure(toA.call(AdminService.Status.path, Buffer.from([0xff, 0xff, 0xff]), 5000));
    expect(bad.code).toBe(7003);
  });

  test('an aborted call fails at once with 7000', async () => {
    const toA = linkTo(a);
    const cancel = new AbortController();
    const call = toA.call('/test/Slow', Buffer.alloc(0), 10_000, { signal: cancel.signal, host: 'h1' });
    await a.slowStarted.promise;
    cancel.abort();
    const error = await failure(call);
    expect([error.code, error.host]).toEqual([7000, 'h1']);
    expect(toA.pendingCalls).toBe(0);
    a.hold.open('late');
    a.hold = gate<string>();
    a.slowStarted = gate();
  });

  test('a bad frame gets a 7003 reply and the link keeps serving', async () => {
    const client = new Client(a.address, credentials.createInsecure());
    try {
      const replies: pbt.ILinkFrame[] = [];
      let wanted = 0;
      let arrived = gate();
      const stream: ClientDuplexStream<Buffer, pbt.ILinkFrame> = client.makeBidiStreamRequest(
        '/ingres.Link/Open', (raw: Buffer) => raw, (bytes: Buffer) => pb.LinkFrame.decode(bytes), new Metadata(), {},
      );
      stream.on('data', (frame: pbt.ILinkFrame) => {
        replies.push(frame);
        if (replies.length >= wanted) arrived.open();
      });
      stream.on('error', () => undefined);
      const exchange = async (raw: Buffer): Promise<pbt.ILinkFrame> => {
        wanted += 1;
        arrived = gate();
        stream.write(raw);
        await arrived.promise;
        return replies[wanted - 1] as pbt.ILinkFrame;
      };
      const encode = (frame: pbt.ILinkFrame): Buffer => Buffer.from(pb.LinkFrame.encode(frame).finish());

      const garbage = await exchange(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
      expect([garbage.id, garbage.error?.code]).toEqual([0, 7003]);
      const unknown = await exchange(encode({ id: 7, method: '/test/Nope', payload: Buffer.alloc(0) }));
      expect([unknown.id, unknown.error?.code]).toEqual([7, 7003]);
      expect(unknown.error?.message).toContain('/test/Nope');
      const noId = await exchange(encode({ method: '/test/Echo', payload: Buffer.from('x') }));
      expect([noId.id, noId.error?.code]).toEqual([0, 7003]);
      const ok = await exchange(encode({ id: 8, method: '/test/Echo', payload: Buffer.from('still here') }));
      expect([ok.id, Buffer.from(ok.payload ?? []).toString(), ok.error ?? null]).toEqual([8, 'h1:still here', null]);
      stream.end();
    } finally {
      client.close();
    }
    expect(text(await linkTo(a).call('/test/Echo', Buffer.from('y'), 5000))).toBe('h1:y');
  });

  test('a peer that dies mid-call fails every pending call at once with 7001; the next call after its restart succeeds', async () => {
    const peer = new Peer('h3');
    await peer.start();
    try {
      const toPeer = linkTo(peer);
      expect(text(await toPeer.call('/test/Echo', Buffer.from('1'), 5000))).toBe('h3:1');
      const pending = [0, 1, 2].map(() => failure(toPeer.call('/test/Slow', Buffer.alloc(0), 60_000, { host: 'h3' })));
      await peer.slowStarted.promise;
      // the same moment seen by a plain grpc unary call (what the link replaces)
      peer.holdStatus = true;
      peer.slowStarted = gate();
      const unaryClient = new Client(peer.address, credentials.createInsecure());
      const unary = new Promise<IngresError>((resolve) => {
        unaryClient.makeUnaryRequest(
          AdminService.Status.path, AdminService.Status.requestSerialize, AdminService.Status.responseDeserialize, {},
          new Metadata(), { deadline: Date.now() + 60_000 },
          (error: ServiceError | null) => resolve(errorFromStatus(error ?? {}, 'h3')),
        );
      });
      const viaLink = failure(toPeer.call(AdminService.Status.path, AdminService.Status.requestSerialize({}), 60_000, { host: 'h3' }));
      await peer.slowStarted.promise;
      const killedAt = Date.now();
      peer.kill();
      const errors = await Promise.all([...pending, viaLink]);
      expect(Date.now() - killedAt).toBeLessThan(5000); // not the 60 s deadline
      const unaryError = await unary;
      unaryClient.close();
      // the host is unreachable, as the unary call says
      expect([unaryError.code, unaryError.host]).toEqual([7001, 'h3']);
      for (const error of errors) expect([error.code, error.host]).toEqual([7001, 'h3']);
      expect(toPeer.pendingCalls).toBe(0);
      peer.holdStatus = false;

      // while it is down: without waitForReady a call fails at once with 7001
      const down = await failure(toPeer.call('/test/Echo', Buffer.from('2'), 60_000, { host: 'h3' }));
      expect(down.code).toBe(7001);

      peer.hold = gate<string>();
      peer.slowStarted = gate();
      await peer.start(); // same port
      // the channel may still be in its reconnect backoff (≤ 500 ms): a waiting link reaches it
      const waiting = linkTo(peer, true);
      expect(text(await waiting.call('/test/Echo', Buffer.from('3'), 10_000))).toBe('h3:3');
    } finally {
      peer.kill();
    }
  });

  test('with waitForReady a call waits for a peer that comes up within its deadline', async () => {
    const peer = new Peer('h4');
    await peer.start();
    const port = peer.port;
    peer.kill();
    const toPeer = linkTo(peer, true);
    const early = failure(toPeer.call('/test/Echo', Buffer.from('never'), 100, { host: 'h4' }));
    expect((await early).code).toBe(7002); // nobody there: the deadline
    const call = toPeer.call('/test/Echo', Buffer.from('up'), 20_000, { host: 'h4' });
    peer.port = port;
    await peer.start();
    try {
      expect(text(await call)).toBe('h4:up');
      // the call whose deadline passed while the peer was down was never delivered
      expect(peer.echoCalls).toBe(1);
    } finally {
      peer.kill();
    }
  });

  test('without waitForReady a call with a connect grace waits that long for the peer, and no longer', async () => {
    const peer = new Peer('h6');
    await peer.start();
    const port = peer.port;
    peer.kill();
    const toPeer = linkTo(peer);
    // no grace: at once; a grace of 300 ms: 7001 after it, far from the 60 s deadline
    expect((await failure(toPeer.call('/test/Echo', Buffer.from('a'), 60_000, { host: 'h6' }))).code).toBe(7001);
    const started = Date.now();
    const graced = await failure(toPeer.call('/test/Echo', Buffer.from('b'), 60_000, { host: 'h6', connectGraceMs: 300 }));
    expect([graced.code, graced.host]).toEqual([7001, 'h6']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(10_000);
    // the channel has failed to connect several times (its backoff is running): a call
    // with a grace reaches the peer that comes back meanwhile
    const call = toPeer.call('/test/Echo', Buffer.from('c'), 60_000, { host: 'h6', connectGraceMs: 20_000 });
    peer.port = port;
    await peer.start();
    try {
      expect(text(await call)).toBe('h6:c');
      expect(peer.echoCalls).toBe(1);
      expect(toPeer.pendingCalls).toBe(0);
    } finally {
      peer.kill();
    }
  });

  test('a link that will not open or breaks tells each call\'s onUnreachable; one that works never does', async () => {
    const peer = new Peer('h7');
    await peer.start();
    const toPeer = linkTo(peer);
    let told = 0;
    const onUnreachable = (): void => { told += 1; };
    expect(text(await toPeer.call('/test/Echo', Buffer.from('a'), 60_000, { host: 'h7', onUnreachable }))).toBe('h7:a');
    expect(told).toBe(0);
    const port = peer.port;
    peer.kill();
    // the link breaks (or will not open again) under a call without a grace: it fails, told
    expect((await failure(toPeer.call('/test/Echo', Buffer.from('x'), 60_000, { host: 'h7', onUnreachable }))).code).toBe(7001);
    expect(told).toBeGreaterThan(0);
    told = 0;
    // down: a call with a grace waits it out, and its owner hears at the first failed open
    const graced = toPeer.call('/test/Echo', Buffer.from('b'), 60_000, { host: 'h7', connectGraceMs: 20_000, onUnreachable });
    await vi.waitFor(() => expect(told).toBeGreaterThan(0), { timeout: 10_000, interval: 10 });
    peer.port = port;
    await peer.start();
    try {
      expect(text(await graced)).toBe('h7:b');
    } finally {
      peer.kill();
    }
  });

  test('portRefuses: true only for a port nothing listens on', async () => {
    const peer = new Peer('h8');
    await peer.start();
    const address = `127.0.0.1:${peer.port}`;
    expect(await portRefuses(address, 2000)).toBe(false);
    peer.kill();
    expect(await portRefuses(address, 2000)).toBe(true);
    // not an address: nothing to refuse
    expect(await portRefuses('no-port', 2000)).toBe(false);
    expect(await portRefuses('127.0.0.1:99999', 2000)).toBe(false);
  });

  test('a peer without the link answers LinkUnimplemented (the callers fall back to unary calls)', async () => {
    const old = new Peer('h5', false);
    await old.start();
    try {
      const toOld = linkTo(old);
      await expect(toOld.call('/test/Echo', Buffer.alloc(0), 5000)).rejects.toBeInstanceOf(LinkUnimplemented);
      await expect(toOld.call('/test/Echo', Buffer.alloc(0), 5000)).rejects.toBeInstanceOf(LinkUnimplemented);
    } finally {
      old.kill();
    }
  });

  test('a closed link fails its calls with 7000', async () => {
    const toA = linkTo(a);
    const call = failure(toA.call('/test/Slow', Buffer.alloc(0), 10_000));
    await a.slowStarted.promise;
    toA.close();
    expect((await call).code).toBe(7000);
    a.hold.open('late');
    a.hold = gate<string>();
    a.slowStarted = gate();
  });

  test('drain ends idle streams; the client reopens on the next call', async () => {
    const peer = new Peer('h6');
    await peer.start();
    try {
      const toPeer = linkTo(peer);
      expect(text(await toPeer.call('/test/Echo', Buffer.from('1'), 5000))).toBe('h6:1');
      const ended = new Promise<StatusObject | void>((resolve) => {
        // tryShutdown completes only once every stream ended
        peer.link?.drain();
        peer.server?.tryShutdown(() => resolve());
      });
      await ended;
      expect(peer.link?.openStreams).toBe(0);
      expect(toPeer.pendingCalls).toBe(0);
      await peer.start(); // same port
      expect(text(await linkTo(peer, true).call('/test/Echo', Buffer.from('2'), 10_000))).toBe('h6:2');
      expect(text(await toPeer.call('/test/Echo', Buffer.from('3'), 10_000))).toBe('h6:3');
    } finally {
      peer.kill();
    }
  });

  test('GrpcTmPeers: on the link to a daemon that serves it, plain unary calls to one that does not', async () => {
    const bind = async (server: Server): Promise<string> => {
      const port = await new Promise<number>((resolve, reject) => {
        server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound)));
      });
      return `127.0.0.1:${port}`;
    };
    const withLink = new Server();
    registerTmService(withLink, () => undefined); // no database served here: 8001
    const linkServer = registerLink(withLink, {}); // the link registerTmService added
    const withoutLink = new Server();
    withoutLink.addService(TmService, tmHandlers(() => undefined));
    const addresses = new Map([['new', await bind(withLink)], ['old', await bind(withoutLink)]]);
    const peers = new GrpcTmPeers({ address: (host) => addresses.get(host) });
    try {
      for (const host of ['new', 'old', 'new', 'old']) {
        await expect(peers.outcome(host, { database: 'bank', globalId: 'a.1.1' }, 5000))
          .rejects.toMatchObject({ code: 8001, message: "database 'bank' is not served on this host" });
      }
      await expect(peers.outcome('nowhere', { database: 'bank' }, 5000)).rejects.toMatchObject({ code: 7001 });
      expect(linkServer.openStreams).toBe(1); // both calls to 'new' on one stream
    } finally {
      peers.close();
      withLink.forceShutdown();
      withoutLink.forceShutdown();
    }
  });
});

describe('serverdb heartbeats', () => {
  test('go on the link to a daemon that serves it, as unary calls to one that does not, with the same answers', async () => {
    const bind = async (server: Server): Promise<string> => {
      const port = await new Promise<number>((resolve, reject) => {
        server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound)));
      });
      return `127.0.0.1:${port}`;
    };
    const heard: string[] = [];
    const handler = (server: string) => (call: ServerUnaryCall<Decoded<pbt.IHeartbeat>, pbt.IHeartbeatResp>, callback: sendUnaryData<pbt.IHeartbeatResp>): void => {
      const request = call.request.ok ? call.request.message : {};
      heard.push(`${server}:${call.getPeer() === 'link' ? 'link' : 'unary'}:${request.host ?? ''}`);
      if (request.host === 'bad') callback(errorToStatus(new IngresError(7013, 'serverdb of database \'x\' is not running')));
      else callback(null, { database: request.database ?? '', host: server });
    };
    const withLink = new Server();
    withLink.addService(ServerDbService, { Heartbeat: handler('new') });
    const linkServer = registerLink(withLink, unaryLinkHandlers(ServerDbService, { Heartbeat: handler('new') }));
    const withoutLink = new Server();
    withoutLink.addService(ServerDbService, { Heartbeat: handler('old') });
    const toNew = new PeerClient('new', await bind(withLink));
    const toOld = new PeerClient('old', await bind(withoutLink));
    try {
      for (const peer of [toNew, toOld, toNew, toOld]) {
        const { reply, rttMs } = await peer.heartbeat({ database: 'x', host: 'h1' }, 5000);
        expect(reply).toMatchObject({ database: 'x', host: peer.host });
        expect(rttMs).toBeGreaterThan(0);
        await expect(peer.heartbeat({ database: 'x', host: 'bad' }, 5000)).rejects.toMatchObject({ code: 7013 });
      }
      expect(heard).toEqual(['new:link:h1', 'new:link:bad', 'old:unary:h1', 'old:unary:bad', 'new:link:h1', 'new:link:bad', 'old:unary:h1', 'old:unary:bad']);
      expect(linkServer.openStreams).toBe(1);
      // a peer that is down fails at once, as the unary call does
      const down = new PeerClient('down', '127.0.0.1:1');
      await expect(down.heartbeat({ database: 'x', host: 'h1' }, 5000)).rejects.toMatchObject({ code: 7001 });
      down.close();
    } finally {
      toNew.close();
      toOld.close();
      withLink.forceShutdown();
      withoutLink.forceShutdown();
    }
  });
});

describe('errors in gRPC status metadata', () => {
  test('detail, hint and host with non-ASCII text and % survive the status round trip (grpc-js refuses them raw)', () => {
    const original = new IngresError(6001, 'deadlock: victim', {
      detail: 'a cycle: h3.1.1 → h1.2.2 über 100%', hint: 'Run it again — 50% of the time', host: 'hôte',
    });
    const status = errorToStatus(original);
    for (const key of ['ingres-detail', 'ingres-hint', 'ingres-host']) {
      expect(String(status.metadata?.get(key)[0])).toMatch(/^[\x20-\x7e]*$/);
    }
    const back = errorFromStatus({ ...status, details: status.details ?? '' }, 'h9');
    expect(back).toMatchObject({ code: 6001, message: 'deadlock: victim', detail: original.detail, hint: original.hint, host: 'hôte' });
  });
});
