/*
 * peer-link.ts — the peer link (link.proto, service ingres.Link): one long-lived
 * bidirectional gRPC stream per peer address multiplexes many concurrent host-to-host
 * calls (request frame id/method/payload → reply frame id/payload-or-ErrorInfo), so a call
 * costs a stream message (~0.1 ms of CPU) instead of a new grpc-js call (~1 ms). Client:
 * PeerLink / PeerLinks; server: registerLink. Failures map to the unary path's codes.
 */
import {
  Client, Metadata, credentials, status as GrpcStatus,
  type ClientDuplexStream, type handleUnaryCall, type Server, type ServerDuplexStream,
  type ServerUnaryCall, type ServiceDefinition, type ServiceError, type StatusObject, type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { IngresError, toIngresError } from '../common/errors.js';
import { pb, type pbt } from './gen/index.js';
import { method, type Decoded } from './services.js';
import { badMessage, errorFromStatus, errorFromWire, errorToWire } from './wire.js';
import { peerClientOptions } from './peer-auth.js';

/** A server-side method on the link: the encoded request in, the encoded reply out. */
export type LinkHandler = (request: Buffer) => Promise<Buffer>;
/** Handlers by method name (the method's gRPC path, e.g. "/ingres.Tm/TrStart"). */
export type LinkHandlers = Readonly<Record<string, LinkHandler>>;

/** The grpc-js definition of ingres.Link (requests decode safely, never throw). */
export const LinkService = {
  Open: method<pbt.ILinkFrame, pbt.ILinkFrame>('Link', 'Open', pb.LinkFrame, pb.LinkFrame, true, true),
} satisfies ServiceDefinition;

/** A call's failure of the link itself, not of the peer's work: cancelled or broken (7000,
 *  7001), or no answer before its deadline (7002). */
export function isLinkFailure(error: IngresError): boolean {
  return error.code === 7000 || error.code === 7001 || error.code === 7002;
}

/** The peer does not serve ingres.Link (an older daemon, a test harness): use plain calls. */
export class LinkUnimplemented extends Error {
  constructor(readonly address: string) {
    super(`${address} does not serve ingres.Link`);
  }
}

/** Options of a client link (one per peer address). */
export interface PeerLinkOptions {
  /**
   * Wait for a (re)connecting peer up to each call's deadline instead of failing at once
   * with 7001 (grpc's waitForReady): the TM's calls, so a restarted host is reached again.
   */
  readonly waitForReady?: boolean;
  /** largest reply accepted (default 64 MiB, as the daemon's server) */
  readonly maxReceiveBytes?: number;
}

export interface LinkCallOptions {
  /** the host name, for the errors of a failed transport (7001 host … is unreachable) */
  readonly host?: string;
  /** aborting fails the call at once with 7000 (the call was cancelled) */
  readonly signal?: AbortSignal;
  /**
   * On a link without waitForReady: how long a call never written may go on trying to
   * open the link before it fails with 7001 (default 0: at once). For a peer believed up
   * whose channel is still in grpc's reconnect backoff after its restart.
   */
  readonly connectGraceMs?: number;
  /** called when the link breaks or fails to open under this call (the caller's owner may
   *  check at once whether the peer lives: Membership.suspect) */
  readonly onUnreachable?: () => void;
}

interface PendingCall {
  readonly id: number;
  readonly method: string;
  readonly payload: Uint8Array;
  readonly host: string;
  readonly resolve: (reply: Buffer) => void;
  readonly reject: (error: Error) => void;
  /** until when (Date.now()) a failed open of the link is retried for this call */
  readonly connectBy: number;
  settled: boolean;
  timer: NodeJS.Timeout | null;
  offAbort: () => void;
  readonly onUnreachable: (() => void) | undefined;
}

type FrameStream = ClientDuplexStream<pbt.ILinkFrame, pbt.ILinkFrame | null>;

/** Client frames never throw on decode: an undecodable reply arrives as null. */
function decodeReply(bytes: Buffer): pbt.ILinkFrame | null {
  try {
    return pb.LinkFrame.decode(bytes);
  } catch {
    return null;
  }
}

function payloadBuffer(bytes: Uint8Array | null | undefined): Buffer {
  if (bytes === null || bytes === undefined) return Buffer.alloc(0);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const RETRY_OPEN_MS = 50;

/**
 * The client side of the link to one peer address. The stream is opened at the first
 * call and reopened by the first call after it broke; frames are written only once the
 * peer answered the stream's headers (so a call whose deadline passed while the peer was
 * down is never delivered late). A broken stream fails every call in flight on it at once.
 */
export class PeerLink {
  private client: Client | null = null;
  private stream: FrameStream | null = null;
  private ready = false;
  private closed = false;
  private unimplemented = false;
  private nextId = 1;
  private retryTimer: NodeJS.Timeout | null = null;
  /** written on the current stream, waiting for their replies */
  private readonly inFlight = new Map<number, PendingCall>();
  /** waiting for the stream to open */
  private readonly queued = new Map<number, PendingCall>();

  constructor(readonly address: string, private readonly options: PeerLinkOptions = {}) {}

  /** calls written or waiting (tests, diagnostics) */
  get pendingCalls(): number {
    return this.inFlight.size + this.queued.size;
  }

  /**
   * One call: `method` is the gRPC path of the method, `request` its encoded request.
   * Resolves with the encoded reply; rejects with the remote IngresError, 7002 when
   * `deadlineMs` passes, 7001/7000 when the link breaks, 7000 when cancelled, or
   * LinkUnimplemented when the peer does not serve the link.
   */
  call(methodPath: string, request: Uint8Array, deadlineMs: number, options: LinkCallOptions = {}): Promise<Buffer> {
    const host = options.host ?? this.address;
    if (this.closed) return Promise.reject(new IngresError(7000, 'network error: the call was cancelled', { host }));
    if (this.unimplemented) return Promise.reject(new LinkUnimplemented(this.address));
    return new Promise<Buffer>((resolve, reject) => {
      const id = this.nextId;
      this.nextId = this.nextId >= 0xffff_fff0 ? 1 : this.nextId + 1;
      const pending: PendingCall = {
        id, method: methodPath, payload: request, host, resolve, reject,
        connectBy: this.options.waitForReady === true ? Infinity : Date.now() + Math.max(0, options.connectGraceMs ?? 0),
        settled: false, timer: null, offAbort: () => undefined, onUnreachable: options.onUnreachable,
      };
      pending.timer = setTimeout(() => {
        this.settle(pending, new IngresError(7002, 'host daemon did not answer in time', { host }));
      }, Math.max(0, deadlineMs));
      const signal = options.signal;
      if (signal !== undefined) {
        const onAbort = (): void => this.settle(pending, new IngresError(7000, 'network error: the call was cancelled', { host }));
        if (signal.aborted) {
          onAbort();
          return;
        }
        signal.addEventListener('abort', onAbort, { once: true });
        pending.offAbort = () => signal.removeEventListener('abort', onAbort);
      }
      if (this.ready && this.stream !== null) this.send(this.stream, pending);
      else {
        this.queued.set(id, pending);
        this.open();
      }
    });
  }

  /** Fail every call with 7000 (cancelled), end the stream and the channel. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const stream = this.stream;
    this.stream = null;
    this.ready = false;
    stream?.cancel();
    this.failAll(() => new IngresError(7000, 'network error: the call was cancelled'), true);
    this.client?.close();
    this.client = null;
  }

  private channel(): Client {
    this.client ??= new Client(this.address, credentials.createInsecure(), {
      'grpc.max_receive_message_length': this.options.maxReceiveBytes ?? 64 * 1024 * 1024,
      'grpc.max_send_message_length': this.options.maxReceiveBytes ?? 64 * 1024 * 1024,
      'grpc.enable_retries': 0,
      // a restarted peer should be reached again quickly, not after grpc's long backoff
      'grpc.initial_reconnect_backoff_ms': 50,
      'grpc.max_reconnect_backoff_ms': 500,
      ...peerClientOptions(),
    });
    return this.client;
  }

  private open(): void {
    if (this.stream !== null || this.closed || this.retryTimer !== null) return;
    const metadata = new Metadata();
    if (this.options.waitForReady === true) metadata.setOptions({ waitForReady: true });
    const stream: FrameStream = this.channel().makeBidiStreamRequest(
      LinkService.Open.path, LinkService.Open.requestSerialize, decodeReply, metadata, {},
    );
    this.stream = stream;
    this.ready = false;
    // the server sends its headers as soon as it accepted the stream
    stream.on('metadata', () => {
      if (this.stream !== stream) return;
      this.ready = true;
      const waiting = [...this.queued.values()];
      this.queued.clear();
      for (const pending of waiting) this.send(stream, pending);
    });
    stream.on('data', (frame: pbt.ILinkFrame | null) => {
      if (this.stream !== stream) return;
      if (frame === null) {
        // an undecodable reply cannot be matched to its call: this link is not to be trusted
        this.stream = null;
        this.ready = false;
        stream.cancel();
        this.failAll(() => badMessage('an undecodable link frame'), false);
        return;
      }
      const pending = this.inFlight.get(frame.id ?? 0);
      if (pending === undefined) return; // its deadline passed or it was cancelled
      if (frame.error !== null && frame.error !== undefined) this.settle(pending, errorFromWire(frame.error));
      else this.settle(pending, null, payloadBuffer(frame.payload));
    });
    stream.on('error', () => undefined); // the 'status' event that follows says it all
    stream.on('status', (status: StatusObject) => this.ended(stream, status));
  }

  private send(stream: FrameStream, pending: PendingCall): void {
    if (pending.settled) return;
    this.inFlight.set(pending.id, pending);
    stream.write({ id: pending.id, method: pending.method, payload: pending.payload });
  }

  private ended(stream: FrameStream, status: StatusObject): void {
    if (this.stream !== stream) return;
    const wasReady = this.ready;
    this.stream = null;
    this.ready = false;
    if (status.code === GrpcStatus.UNIMPLEMENTED) {
      this.unimplemented = true;
      this.failAll(() => new LinkUnimplemented(this.address), true);
      return;
    }
    if (status.code === GrpcStatus.UNAUTHENTICATED) {
      // the peer refuses our proof of the cluster key (peer-auth.ts): trying again cannot
      // help; every call fails with its 7005, and the next call opens the link again
      this.failAll((host) => errorFromStatus(status, host), true);
      return;
    }
    // the peer ended the link (it is shutting down: OK or CANCELLED, never our own cancel,
    // which detaches the stream first) or the connection broke: the host is unreachable
    const failure = (host: string): IngresError =>
      status.code === GrpcStatus.OK || status.code === GrpcStatus.CANCELLED
        ? new IngresError(7001, `host ${host} is unreachable`, { host, detail: `the peer closed the link (${status.details})` })
        : errorFromStatus(status, host);
    const told = new Set<() => void>();
    for (const pending of [...this.inFlight.values(), ...this.queued.values()]) {
      if (pending.onUnreachable !== undefined && !pending.settled) told.add(pending.onUnreachable);
    }
    for (const pending of [...this.inFlight.values()]) this.settle(pending, failure(pending.host));
    this.inFlight.clear();
    for (const tell of told) tell();
    if (this.queued.size === 0) return;
    // calls never written: with waitForReady they wait for the peer up to their deadlines,
    // others up to their connect grace; the rest fail now
    const now = Date.now();
    for (const pending of [...this.queued.values()]) {
      if (wasReady || this.closed || pending.connectBy <= now) this.settle(pending, failure(pending.host));
    }
    if (this.queued.size === 0) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.queued.size > 0) this.open();
    }, RETRY_OPEN_MS);
  }

  private failAll(error: (host: string) => Error, queuedToo: boolean): void {
    for (const pending of [...this.inFlight.values()]) this.settle(pending, error(pending.host));
    this.inFlight.clear();
    if (!queuedToo) return;
    for (const pending of [...this.queued.values()]) this.settle(pending, error(pending.host));
    this.queued.clear();
  }

  private settle(pending: PendingCall, error: Error | null, reply?: Buffer): void {
    if (pending.settled) return;
    pending.settled = true;
    if (pending.timer !== null) clearTimeout(pending.timer);
    pending.offAbort();
    this.inFlight.delete(pending.id);
    this.queued.delete(pending.id);
    if (error !== null) pending.reject(error);
    else pending.resolve(reply ?? Buffer.alloc(0));
  }
}

/** A unary method as its service definition gives it (path and its own codecs). */
export interface LinkMethod<Req, Res> {
  readonly path: string;
  readonly requestSerialize: (message: Req) => Buffer;
  readonly responseDeserialize: (bytes: Buffer) => Res;
}

/**
 * Call `method` on `link`, encoded and decoded by the method's own codecs (a reply that
 * does not decode is 7003 from `host`). A peer that does not serve the link gets the same
 * call from `unary`, given what is left of the deadline.
 */
export async function callMethod<Req, Res>(
  link: PeerLink,
  method: LinkMethod<Req, Res>,
  request: Req,
  deadlineMs: number,
  host: string,
  unary: (remainingMs: number) => Promise<Res>,
): Promise<Res> {
  const started = Date.now();
  let reply: Buffer;
  try {
    reply = await link.call(method.path, method.requestSerialize(request), deadlineMs, { host });
  } catch (error) {
    if (!(error instanceof LinkUnimplemented)) throw error;
    return unary(Math.max(0, deadlineMs - (Date.now() - started)));
  }
  try {
    return method.responseDeserialize(reply);
  } catch (error) {
    throw badMessage(error instanceof Error ? error.message : String(error), `host ${host}`);
  }
}

/** The links of one owner (the TMs of a daemon, the slave clients), one per address. */
export class PeerLinks {
  private readonly links = new Map<string, PeerLink>();

  constructor(private readonly options: PeerLinkOptions = {}) {}

  get(address: string): PeerLink {
    let link = this.links.get(address);
    if (link === undefined) {
      link = new PeerLink(address, this.options);
      this.links.set(address, link);
    }
    return link;
  }

  close(): void {
    for (const link of this.links.values()) link.close();
    this.links.clear();
  }
}

// ---------------------------------------------------------------- server

/** The link service of one grpc Server: its handlers and open streams. */
export class LinkServer {
  private readonly handlers = new Map<string, LinkHandler>();
  private readonly streams = new Map<ServerDuplexStream<Decoded<pbt.ILinkFrame>, pbt.ILinkFrame>, { inFlight: number }>();
  private draining = false;

  /** streams open now (tests, diagnostics) */
  get openStreams(): number {
    return this.streams.size;
  }

  add(handlers: LinkHandlers): void {
    for (const [name, handler] of Object.entries(handlers)) {
      if (this.handlers.has(name)) throw new Error(`link method ${name} registered twice`);
      this.handlers.set(name, handler);
    }
  }

  /** The server is stopping: end every stream once its calls in flight are answered. */
  drain(): void {
    this.draining = true;
    for (const [call, state] of this.streams) {
      if (state.inFlight === 0) this.finish(call);
    }
  }

  serve(call: ServerDuplexStream<Decoded<pbt.ILinkFrame>, pbt.ILinkFrame>): void {
    const state = { inFlight: 0 };
    this.streams.set(call, state);
    let clientDone = false;
    const forget = (): void => { this.streams.delete(call); };
    const reply = (frame: pbt.ILinkFrame): void => {
      if (!call.cancelled && this.streams.has(call)) call.write(frame);
    };
    const settled = (): void => {
      state.inFlight -= 1;
      if (state.inFlight === 0 && (clientDone || this.draining)) this.finish(call);
    };
    call.on('data', (decoded: Decoded<pbt.ILinkFrame>) => {
      if (!decoded.ok) {
        reply({ id: 0, error: errorToWire(badMessage(`an undecodable link frame (${decoded.error})`)) });
        return;
      }
      const frame = decoded.message;
      const id = frame.id ?? 0;
      const handler = this.handlers.get(frame.method ?? '');
      if (id === 0 || handler === undefined) {
        const what = id === 0 ? 'a link frame without a call id' : `unknown link method '${frame.method ?? ''}'`;
        reply({ id, error: errorToWire(badMessage(what)) });
        return;
      }
      state.inFlight += 1;
      Promise.resolve()
        .then(() => handler(payloadBuffer(frame.payload)))
        .then(
          (payload) => reply({ id, payload }),
          (error: unknown) => reply({ id, error: errorToWire(toIngresError(error)) }),
        )
        .finally(settled);
    });
    call.on('end', () => {
      clientDone = true;
      if (state.inFlight === 0) this.finish(call);
    });
    call.on('cancelled', forget);
    call.on('error', forget);
    // headers now: the client writes its frames once it sees them
    call.sendMetadata(new Metadata());
    if (this.draining) this.finish(call);
  }

  private finish(call: ServerDuplexStream<Decoded<pbt.ILinkFrame>, pbt.ILinkFrame>): void {
    if (!this.streams.has(call)) return;
    this.streams.delete(call);
    if (!call.cancelled) call.end();
  }
}

const linkServers = new WeakMap<Server, LinkServer>();

/**
 * Serve `handlers` on the link of `server` (before it binds). The first call adds the
 * ingres.Link service; later calls (TM, slave) add their methods to the same link.
 */
export function registerLink(server: Server, handlers: LinkHandlers): LinkServer {
  let link = linkServers.get(server);
  if (link === undefined) {
    const created = new LinkServer();
    server.addService(LinkService, { Open: (call: ServerDuplexStream<Decoded<pbt.ILinkFrame>, pbt.ILinkFrame>) => created.serve(call) });
    linkServers.set(server, created);
    link = created;
  }
  link.add(handlers);
  return link;
}

/** The failure a grpc unary handler reported, as the IngresError the unary client would rebuild. */
function handlerError(error: unknown): IngresError {
  if (error instanceof IngresError) return error;
  // a status from errorToStatus: the code and texts ride in its metadata
  if (typeof error === 'object' && error !== null && 'metadata' in error) return errorFromStatus(error as Partial<ServiceError>, '');
  return toIngresError(error);
}

/**
 * Link handlers running the SAME grpc unary handlers a service registers (so a call on
 * the link behaves exactly as the unary call): each request is decoded with the method's
 * own deserializer, the handler answers through its callback. Streaming methods are skipped.
 */
export function unaryLinkHandlers(definition: ServiceDefinition, implementation: UntypedServiceImplementation): LinkHandlers {
  const handlers: Record<string, LinkHandler> = {};
  for (const [name, def] of Object.entries(definition)) {
    if (def.requestStream || def.responseStream) continue;
    const handle = implementation[name] as handleUnaryCall<unknown, unknown> | undefined;
    if (handle === undefined) continue;
    handlers[def.path] = (bytes) => new Promise<Buffer>((resolve, reject) => {
      const call = {
        request: def.requestDeserialize(bytes),
        metadata: new Metadata(),
        cancelled: false,
        getPeer: () => 'link',
        getDeadline: () => Infinity,
      } as unknown as ServerUnaryCall<unknown, unknown>;
      try {
        handle(call, (error, value) => {
          if (error !== null && error !== undefined) reject(handlerError(error));
          else resolve(def.responseSerialize(value));
        });
      } catch (error) {
        reject(handlerError(error));
      }
    });
  }
  return handlers;
}
