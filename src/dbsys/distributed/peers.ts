/*
 * peers.ts — the master's connections to the slave database systems of the other hosts
 * (service ingres.Slave). Unary calls travel on the peer link (src/net/peer-link.ts, one
 * stream per host address; plain grpc calls to a peer without it), Fetch as a grpc server
 * stream; every call with a deadline; a host that membership reports down fails at once
 * with 7004 naming it, before any RPC. Counts the bytes of tuples shipped (ShipCounters).
 */
import { Client, credentials, type ServiceError } from '@grpc/grpc-js';
import { IngresError, ingresError } from '../../common/errors.js';
import type { DatabaseContext } from '../../cluster/api.js';
import type { pbt } from '../../net/gen/index.js';
import { pb } from '../../net/gen/index.js';
import { isLinkFailure, LinkUnimplemented, PeerLinks, type LinkCallOptions } from '../../net/peer-link.js';
import { SlaveService } from '../../net/slave-service.js';
import { badMessage, errorFromStatus } from '../../net/wire.js';
import { decodeRows } from '../../net/row-codec.js';
import type { Value } from '../../types/value.js';
import { peerClientOptions } from '../../net/peer-auth.js';

/**
 * Deadline of a Fetch/Execute = the distributed lock timeout (decision 4): a wait for a lock
 * on another host that outlasts it ends the global transaction with 6002 (retryable) —
 * one host's waits-for graph cannot see a deadlock across hosts. INGRES_DIST_LOCK_TIMEOUT_MS.
 */
export function slaveCallDeadlineMs(): number {
  return positiveEnv('INGRES_DIST_LOCK_TIMEOUT_MS', 20_000);
}

function positiveEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
/** Deadline of EndTxn (a 2PC round run by the target host's TM). */
export const END_TXN_DEADLINE_MS = 30_000;

/** Bytes of tuples shipped between hosts by the masters of one database on this host. */
export class ShipCounters {
  bytesTotal = 0;
  /** FetchAll/Fetch calls, each reply of a large fetch or of a block's large result one */
  fetchCalls = 0;
  executeCalls = 0;
  lastStatementBytes = 0;
}

const counters = new WeakMap<DatabaseContext, ShipCounters>();

export function shipCounters(ctx: DatabaseContext): ShipCounters {
  let c = counters.get(ctx);
  if (c === undefined) {
    c = new ShipCounters();
    counters.set(ctx, c);
  }
  return c;
}

interface Method<Req, Res> {
  readonly path: string;
  readonly requestSerialize: (message: Req) => Buffer;
  readonly responseDeserialize: (bytes: Buffer) => Res;
}

const clients = new Map<string, Client>();
/** the peer links of the masters of this process (no waitForReady: a down host fails at once) */
const links = new PeerLinks();

function clientFor(address: string): Client {
  let client = clients.get(address);
  if (client === undefined) {
    client = new Client(address, credentials.createInsecure(), {
      'grpc.max_receive_message_length': 64 * 1024 * 1024,
      'grpc.enable_retries': 0,
      ...peerClientOptions(),
    });
    clients.set(address, client);
  }
  return client;
}

/** Close every cached slave client (tests, daemon shutdown). */
export function closeSlaveClients(): void {
  links.close();
  for (const client of clients.values()) client.close();
  clients.clear();
}

/** The address of a live host, or 7004 naming the host (and the relation it was needed for). */
export function liveAddress(ctx: DatabaseContext, host: string, relation: string): string {
  const address = ctx.hostDirectory.address(host);
  if (address === undefined || !ctx.membership.isUp(host)) throw ingresError(7004, host, relation);
  return address;
}

/**
 * A failed call: transport failures of a host become 7004 naming it; a deadline passed
 * while the host is still in the group is a distributed lock wait timeout (6002).
 */
function callError(error: ServiceError, host: string, relation: string, ctx?: DatabaseContext): IngresError {
  return mapCallError(errorFromStatus(error, host), host, relation, ctx);
}

/** callError for an IngresError already rebuilt (the peer link's failures and remote errors). */
function mapCallError(rebuilt: IngresError, host: string, relation: string, ctx?: DatabaseContext): IngresError {
  if (rebuilt.code === 7002 && ctx !== undefined && ctx.membership.isUp(host)) {
    return new IngresError(6002, `lock wait timed out on ${relation} at host ${host}; the transaction was rolled back`, { host });
  }
  if (isLinkFailure(rebuilt)) {
    const down = ingresError(7004, host, relation);
    return new IngresError(7004, down.message, { host, detail: rebuilt.message });
  }
  return rebuilt;
}

/**
 * How long a call to a host the group holds up may go on opening its link (the host was
 * just restarted and this process's channel to it is still in grpc's reconnect backoff,
 * up to 500 ms) before it fails with 7004. A host that leaves the group meanwhile fails it
 * at once (cancelWhenDown); a host out of the group is never called (liveAddress).
 */
const CONNECT_GRACE_MS = 2000;

/** the link call options of a call to `host`: its host, cancel signal and connect grace;
 *  a link that breaks or will not open makes membership check the host at once (a dead
 *  daemon leaves the group, and cancelWhenDown fails the call with 7004, within ms) */
function linkOptions(ctx: DatabaseContext | undefined, host: string, signal: AbortSignal): LinkCallOptions {
  if (ctx === undefined) return { host, signal, connectGraceMs: 0 };
  const membership = ctx.membership;
  return { host, signal, connectGraceMs: membership.isUp(host) ? CONNECT_GRACE_MS : 0, onUnreachable: () => membership.suspect?.(host) };
}

/**
 * Cancel an in-flight call as soon as membership says its host left the group (a hung
 * host is noticed within hostTimeoutMs, long before the deadline). Returns the unsubscriber.
 */
function cancelWhenDown(ctx: DatabaseContext | undefined, host: string, cancel: () => void): () => void {
  if (ctx === undefined) return () => undefined;
  return ctx.membership.onChange((changed, up) => {
    if (changed === host && !up) cancel();
  });
}

/** One Slave call on the peer link to `address` (a plain grpc call if the peer has no link). */
export async function unary<Req, Res>(
  address: string,
  host: string,
  relation: string,
  m: Method<Req, Res>,
  request: Req,
  deadlineMs: number,
  ctx?: DatabaseContext,
): Promise<Res> {
  const started = Date.now();
  const cancel = new AbortController();
  const off = cancelWhenDown(ctx, host, () => cancel.abort());
  let reply: Buffer;
  try {
    reply = await links.get(address).call(m.path, m.requestSerialize(request), deadlineMs, linkOptions(ctx, host, cancel.signal));
  } catch (error) {
    if (error instanceof LinkUnimplemented) {
      return grpcUnary(address, host, relation, m, request, Math.max(0, deadlineMs - (Date.now() - started)), ctx);
    }
    throw error instanceof IngresError ? mapCallError(error, host, relation, ctx) : error;
  } finally {
    off();
  }
  try {
    return m.responseDeserialize(reply);
  } catch (error) {
    throw badMessage(error instanceof Error ? error.message : String(error), `host ${host}`);
  }
}

/** The same call as a grpc unary call (a peer that does not serve the link). */
function grpcUnary<Req, Res>(
  address: string,
  host: string,
  relation: string,
  m: Method<Req, Res>,
  request: Req,
  deadlineMs: number,
  ctx?: DatabaseContext,
): Promise<Res> {
  const client = clientFor(address);
  return new Promise<Res>((resolve, reject) => {
    let off: () => void = () => undefined;
    const call = client.makeUnaryRequest(
      m.path,
      m.requestSerialize,
      m.responseDeserialize,
      request,
      { deadline: Date.now() + deadlineMs },
      (error, reply) => {
        off();
        if (error) reject(callError(error, host, relation, ctx));
        else if (reply === undefined) reject(ingresError(7000, 'empty reply'));
        else resolve(reply);
      },
    );
    off = cancelWhenDown(ctx, host, () => call.cancel());
  });
}

/**
 * The rows one message between hosts carries at most (their wire bytes, estimated): a
 * larger fetch sends the rest in further FetchAll replies, each asked for with the cursor
 * the one before gave (`FetchChunk.more`); a large `copy` into another host's relation
 * sends its tuples in several Executes. So no message nears grpc's limit, and neither host
 * holds more than its result memory plus one message.
 */
export const MESSAGE_ROW_BYTES = replyBytesFromEnv(process.env['INGRES_FETCH_REPLY_BYTES']) ?? 8 * 1024 * 1024;

/** INGRES_FETCH_REPLY_BYTES (tests, tuning): 1 KiB to 32 MiB; anything else keeps the default */
function replyBytesFromEnv(text: string | undefined): number | null {
  if (text === undefined || !/^\d{4,8}$/.test(text.trim())) return null;
  const bytes = Number(text.trim());
  return bytes >= 1024 && bytes <= 32 * 1024 * 1024 ? bytes : null;
}

/** a row's packed size, near enough (chars count once per UTF-16 unit: ASCII is exact) */
export function packedBytes(row: readonly Value[]): number {
  let bytes = 0;
  for (const value of row) bytes += typeof value === 'string' ? value.length + 2 : 9;
  return bytes;
}

/**
 * Slave.FetchAll on the peer link (one message each way, no new grpc call): the reduced
 * tuples (their values in the order of the request's attributes) and the bytes they took
 * on the wire. A peer without FetchAll (or without the link) is asked with the streaming
 * Fetch. For results that may be large, `fetchInto` hands each row over as it comes.
 */
export async function fetchRows(
  address: string,
  host: string,
  relation: string,
  request: pbt.IFetchRequest,
  ctx?: DatabaseContext,
): Promise<{ rows: Value[][]; bytes: number }> {
  const rows: Value[][] = [];
  const { bytes } = await fetchInto(address, host, relation, request, ctx, (row) => rows.push(row));
  return { rows, bytes };
}

/** The rows of a fetch reply (7003 when malformed). */
function rowsOf(chunk: pbt.IFetchChunk, host: string): Value[][] {
  const packed = chunk.packed;
  return packed === undefined || packed === null || packed.length === 0 ? [] : decodeRows(packed, `host ${host}`);
}

/**
 * The reduced tuples of a fetch, each handed to `add` as it arrives: a reply that leaves
 * rows behind (`more`, past MESSAGE_ROW_BYTES on the slave) is followed by a FetchAll for
 * the next one with that cursor, until the last. The count and the bytes on the wire.
 */
export async function fetchInto(
  address: string,
  host: string,
  relation: string,
  request: pbt.IFetchRequest,
  ctx: DatabaseContext | undefined,
  add: (row: Value[]) => void,
): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  let next = request;
  for (;;) {
    if (ctx !== undefined) shipCounters(ctx).fetchCalls += 1;
    const cancel = new AbortController();
    const off = cancelWhenDown(ctx, host, () => cancel.abort());
    let reply: Buffer;
    try {
      reply = await links.get(address).call(SlaveService.FetchAll.path, SlaveService.FetchAll.requestSerialize(next), slaveCallDeadlineMs(), linkOptions(ctx, host, cancel.signal));
    } catch (error) {
      const unimplemented = error instanceof LinkUnimplemented || (error instanceof IngresError && /unknown link method/.test(error.message));
      if (unimplemented && next === request) return fetchStream(address, host, relation, request, ctx, add);
      throw error instanceof IngresError ? mapCallError(error, host, relation, ctx) : error;
    } finally {
      off();
    }
    let chunk: pbt.IFetchChunk;
    try {
      chunk = pb.FetchChunk.decode(reply);
    } catch (error) {
      throw badMessage(error instanceof Error ? error.message : String(error), `host ${host}`);
    }
    bytes += reply.length;
    for (const row of rowsOf(chunk, host)) {
      add(row);
      count += 1;
    }
    const more = Number(chunk.more ?? 0);
    if (more === 0) return { count, bytes };
    next = { database: request.database ?? '', globalId: request.globalId ?? '', cursor: more };
  }
}

/** Slave.Fetch (server stream): the same, chunk by chunk, on its own grpc call. */
function fetchStream(
  address: string,
  host: string,
  relation: string,
  request: pbt.IFetchRequest,
  ctx: DatabaseContext | undefined,
  add: (row: Value[]) => void,
): Promise<{ count: number; bytes: number }> {
  const client = clientFor(address);
  return new Promise((resolve, reject) => {
    let count = 0;
    let bytes = 0;
    const call = client.makeServerStreamRequest(
      SlaveService.Fetch.path,
      SlaveService.Fetch.requestSerialize,
      (buffer: Buffer) => {
        bytes += buffer.length;
        return pb.FetchChunk.decode(buffer);
      },
      request,
      { deadline: Date.now() + slaveCallDeadlineMs() },
    );
    call.on('data', (chunk: pbt.IFetchChunk) => {
      try {
        for (const row of rowsOf(chunk, host)) {
          add(row);
          count += 1;
        }
      } catch (error) {
        // a malformed chunk, or rows that cannot be kept here (a spool file that cannot be
        // written): stop the call
        off();
        call.cancel();
        reject(error);
      }
    });
    const off = cancelWhenDown(ctx, host, () => call.cancel());
    call.on('error', (error: ServiceError) => {
      off();
      reject(callError(error, host, relation, ctx));
    });
    call.on('end', () => {
      off();
      resolve({ count, bytes });
    });
  });
}

/** Slave.ShipStats of a host (benchmarks, operators): bytes its masters shipped. */
export function shipStats(address: string, host: string, database: string, deadlineMs = 5000): Promise<pbt.IShipStatsReply> {
  return unary(address, host, '(stats)', SlaveService.ShipStats, { database }, deadlineMs);
}
