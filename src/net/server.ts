/*
 * server.ts — the gRPC face of a host daemon: binds Session and Admin services to a
 * HostBackend (the daemon's logic, which knows databases and sessions; net/ does not).
 * Owns the lifetime rule: a session lives while its OpenSession stream is open; when the
 * client goes away (call cancelled) the backend closes the session and aborts its transaction.
 */
import { mark } from '../common/timeline.js';
import {
  Server,
  ServerCredentials,
  type sendUnaryData,
  type ServerDuplexStream,
  type ServerUnaryCall,
  type ServerWritableStream,
} from '@grpc/grpc-js';
import { IngresError, ingresError, toIngresError } from '../common/errors.js';
import { DBA, mayActAs } from '../cluster/owner.js';
import type { ProofDesk } from '../install/peer-proof.js';
import { closeSpools, type CopyFiles, type StatementResult } from '../dbsys/session-api.js';
import { ClientFiles, NO_CLIENT_FILES } from './copy-transfer.js';
import type { pbt } from './gen/index.js';
import type { Logger } from './log.js';
import { peerProofCheck } from './peer-auth.js';
import { AdminService, SessionService, type Decoded } from './services.js';
import { badMessage, drained, errorToStatus, errorToWire, resultsToWire, ROWS_PER_CHUNK } from './wire.js';

export interface OpenSessionInput {
  readonly database: string;
  readonly user: string;
  readonly retrieveIntoStructure: string;
  readonly indexStructure: string;
  readonly client: string;
  /** SessionOptions.lost_transaction ('' = none) */
  readonly lostTransaction: string;
}

export interface OpenedSession {
  readonly sessionId: string;
  readonly host: string;
  readonly version: string;
  readonly daemonPid: number;
  /** the daemon's SessionControl service ("host:port"), or '' */
  readonly controlAddress?: string;
}

/** What the daemon implements; every failure is thrown as an IngresError. */
export interface HostBackend {
  openSession(input: OpenSessionInput): Promise<OpenedSession>;
  /** `runId`: the client's number for the buffer (RunRequest.run_id, 0 = none); `files`:
   *  the client's side of its `copy` statements (copy-transfer.ts) */
  run(sessionId: string, text: string, runId?: number, files?: CopyFiles): Promise<StatementResult[]>;
  /** the session has a transaction open (RunEnd.in_transaction) */
  inTransaction(sessionId: string): boolean;
  closeSession(sessionId: string): Promise<void>;
  createDatabase(database: string, user: string, flags: readonly string[]): Promise<pbt.ICreateDatabaseReply>;
  destroyDatabase(database: string, user: string): Promise<void>;
  status(): pbt.IStatusReply;
  /** close every session and database; resolves with the number of sessions closed */
  shutdown(): Promise<number>;
}

export interface HostServer {
  /** the port actually bound (useful when asked for port 0) */
  readonly port: number;
  /** end every open session stream, then stop the server */
  stop(): Promise<void>;
}

/** Server pings on idle connections, and how long an unanswered ping may wait. */
export const KEEPALIVE_TIME_MS = 60_000;
export const KEEPALIVE_TIMEOUT_MS = 20_000;

function decoded<T>(request: Decoded<T>): T {
  if (!request.ok) throw badMessage(request.error, 'client');
  return request.message;
}

export interface HostServerOptions {
  /** add more services (issue 3: ServerDb, Tm, Slave) before the server binds */
  readonly register?: (server: Server) => void;
  /** who a local client is (src/install/peer-proof.ts): sessions act only as their own
   *  user unless root, the DBA or the installation owner opened them (8031); creatdb,
   *  destroydb and a shutdown are the owner's or root's (8020). Without it, claims stand. */
  readonly proofs?: ProofPolicy;
  /** the cluster key (etc/cluster.key): peer methods without proof of it are refused
   *  (7005, peer-auth.ts). Without it, peers' calls are taken as they come. */
  readonly clusterKey?: { readonly key: Buffer; readonly localHost: string };
}

/** A refused peer call is logged at most this often per reason (a host with the wrong key
 *  heartbeats every second). */
const REFUSAL_LOG_MS = 60_000;

export interface ProofPolicy {
  readonly desk: ProofDesk;
  /** the uid owning II_SYSTEM, and its login name */
  readonly ownerUid: number;
  readonly ownerLogin: string;
}

/** The proven caller of an OpenSession may act as `requested` (8031 otherwise). */
function checkSessionUser(policy: ProofPolicy, proof: string, requested: string): void {
  const who = policy.desk.verify(proof);
  if (mayActAs(who.login, requested, policy.ownerLogin)) return;
  throw new IngresError(8031, ingresError(8031, DBA, who.login).message, {
    detail: `the session asked to be user ${requested}; this client runs as ${who.login}`,
    hint: `The installation owner is ${policy.ownerLogin}; the DBA's own monitors and the owner's may act as another user.`,
  });
}

/** The proven caller may administer the installation (8020 otherwise). */
function checkAdministrator(policy: ProofPolicy, proof: string, program: string): void {
  const who = policy.desk.verify(proof);
  if (who.uid === 0 || who.uid === policy.ownerUid) return;
  throw new IngresError(8020, `only the installation owner (${policy.ownerLogin}) may run ${program}`, {
    detail: `you are ${who.login}`,
  });
}

function refusePeersWithoutKey(clusterKey: NonNullable<HostServerOptions['clusterKey']>, log: Logger) {
  const logged = new Map<string, number>();
  return peerProofCheck(clusterKey.key, clusterKey.localHost, (path, why, peer) => {
    const now = Date.now();
    if (now - (logged.get(why) ?? -Infinity) < REFUSAL_LOG_MS) return;
    logged.set(why, now);
    log.warn({ code: 7005, rpc: path, peer }, `refused a peer call: ${why} (the same reason is logged again after ${REFUSAL_LOG_MS / 1000} s)`);
  });
}

/** Start serving `backend` on `address` ("host:port"). Rejects with 8007 if it cannot bind. */
export async function startHostServer(
  backend: HostBackend,
  address: string,
  log: Logger,
  serverOptions: HostServerOptions = {},
): Promise<HostServer> {
  const server = new Server({
    'grpc.max_receive_message_length': 64 * 1024 * 1024,
    // a client host that vanished without closing its connection (power, partition) is
    // noticed by unanswered pings; its calls are cancelled and its sessions closed
    'grpc.keepalive_time_ms': KEEPALIVE_TIME_MS,
    'grpc.keepalive_timeout_ms': KEEPALIVE_TIMEOUT_MS,
    ...serverOptions.clusterKey === undefined ? {} : { interceptors: [refusePeersWithoutKey(serverOptions.clusterKey, log)] },
  });
  const sessionStreams = new Map<string, ServerWritableStream<Decoded<pbt.IOpenSessionRequest>, pbt.ISessionEvent>>();
  type ExchangeCall = ServerDuplexStream<Decoded<pbt.IRunRequest>, pbt.IRunBatch>;
  const exchangeStreams = new Set<ExchangeCall>();

  /** One RunRequest on an Exchange stream: its replies, then `end` (with the failure if
   *  the request as a whole failed, which on Run would be the call's error status). */
  const exchangeOne = async (call: ExchangeCall, request: Decoded<pbt.IRunRequest>, files: ClientFiles): Promise<void> => {
    if (call.cancelled) return;
    // parts go out in batches of up to ~ROWS_PER_CHUNK rows: a small result and its `end`
    // are one message (each message costs ~0.05 ms of grpc-js CPU on each side)
    let parts: pbt.IRunReply[] = [];
    mark('run.in');
    let results: StatementResult[] = [];
    try {
      const message = decoded(request);
      results = await backend.run(message.sessionId ?? '', message.text ?? '', message.runId ?? 0, files);
      let rows = 0;
      for (const reply of resultsToWire(results, message.packedBytes === true)) {
        if (call.cancelled) return;
        parts.push(reply);
        rows += reply.packed?.count ?? reply.rows?.rows?.length ?? 0;
        if (rows >= ROWS_PER_CHUNK) {
          // a large result goes no faster than the client takes it
          if (!call.write({ parts })) await drained(call);
          parts = [];
          rows = 0;
        }
      }
      parts.push({ end: { inTransaction: backend.inTransaction(message.sessionId ?? '') } });
      mark('run.out');
      call.write({ parts });
    } catch (error) {
      const ingres = toIngresError(error);
      log.warn({ rpc: 'Exchange', code: ingres.code, err: ingres.code === 9000 ? error : undefined }, ingres.message);
      if (!call.cancelled) call.write({ parts: [...parts, { end: { failure: errorToWire(ingres) } }] });
    } finally {
      closeSpools(results);
    }
  };

  const unary = <Req, Res>(name: string, body: (request: Req) => Promise<Res>) =>
    (call: ServerUnaryCall<Decoded<Req>, Res>, callback: sendUnaryData<Res>): void => {
      Promise.resolve()
        .then(() => body(decoded(call.request)))
        .then((reply) => callback(null, reply))
        .catch((error: unknown) => {
          const ingres = toIngresError(error);
          log.warn({ rpc: name, code: ingres.code, err: ingres.code === 9000 ? error : undefined }, ingres.message);
          callback(errorToStatus(ingres));
        });
    };

  const failStream = (call: ServerWritableStream<unknown, unknown>, name: string, error: unknown): void => {
    const ingres = toIngresError(error);
    log.warn({ rpc: name, code: ingres.code, err: ingres.code === 9000 ? error : undefined }, ingres.message);
    call.emit('error', errorToStatus(ingres));
  };

  server.addService(SessionService, {
    OpenSession: (call: ServerWritableStream<Decoded<pbt.IOpenSessionRequest>, pbt.ISessionEvent>) => {
      let sessionId: string | null = null;
      let cancelled = false;
      call.on('cancelled', () => {
        cancelled = true;
        if (sessionId === null) return;
        sessionStreams.delete(sessionId);
        log.info({ session: sessionId }, 'client went away; closing its session');
        backend.closeSession(sessionId).catch(() => undefined);
      });
      Promise.resolve()
        .then(() => {
          const request = decoded(call.request);
          const options = request.options ?? {};
          if (serverOptions.proofs !== undefined) checkSessionUser(serverOptions.proofs, request.proof ?? '', options.user || 'ingres');
          return backend.openSession({
            database: request.database ?? '',
            user: options.user ?? '',
            retrieveIntoStructure: options.retrieveIntoStructure ?? '',
            indexStructure: options.indexStructure ?? '',
            client: request.client ?? '',
            lostTransaction: options.lostTransaction ?? '',
          });
        })
        .then((opened) => {
          sessionId = opened.sessionId;
          if (cancelled) {
            backend.closeSession(opened.sessionId).catch(() => undefined);
            return;
          }
          sessionStreams.set(opened.sessionId, call);
          call.write({ opened });
        })
        .catch((error: unknown) => failStream(call, 'OpenSession', error));
    },
    Run: (call: ServerWritableStream<Decoded<pbt.IRunRequest>, pbt.IRunReply>) => {
      Promise.resolve()
        .then(async () => {
          const request = decoded(call.request);
          const results = await backend.run(request.sessionId ?? '', request.text ?? '', request.runId ?? 0, NO_CLIENT_FILES);
          try {
            for (const reply of resultsToWire(results, request.packedBytes === true)) {
              if (call.cancelled) return;
              if (!call.write(reply)) await drained(call);
            }
          } finally {
            closeSpools(results);
          }
          call.end();
        })
        .catch((error: unknown) => failStream(call, 'Run', error));
    },
    Exchange: (call: ExchangeCall) => {
      // requests are answered one after another, in the order they arrived
      exchangeStreams.add(call);
      let queue = Promise.resolve();
      // the client's side of the run in progress's copy statements: its pieces come on this
      // stream between the runs, and go to the transfer waiting for them, not to the queue
      const files = new ClientFiles(async (part) => {
        if (call.cancelled) throw new IngresError(7000, 'network error: the client went away');
        if (!call.write({ parts: [part] })) await drained(call);
      });
      call.on('data', (request: Decoded<pbt.IRunRequest>) => {
        if (request.ok && request.message.copy) {
          files.piece(request.message.copy);
          return;
        }
        queue = queue.then(() => exchangeOne(call, request, files));
      });
      call.on('end', () => {
        files.end('the client ended its query stream');
        void queue.then(() => {
          exchangeStreams.delete(call);
          if (!call.cancelled) call.end();
        });
      });
      const gone = (): void => {
        files.end('the client went away');
        exchangeStreams.delete(call);
      };
      call.on('cancelled', gone);
      call.on('error', gone);
    },
    CloseSession: unary<pbt.ICloseSessionRequest, pbt.ICloseSessionReply>('CloseSession', async (request) => {
      const id = request.sessionId ?? '';
      await backend.closeSession(id);
      const stream = sessionStreams.get(id);
      sessionStreams.delete(id);
      stream?.end();
      return {};
    }),
  });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      for (const stream of sessionStreams.values()) {
        stream.write({ notice: { text: 'the host daemon is shutting down' } });
        stream.end();
      }
      sessionStreams.clear();
      for (const stream of exchangeStreams) stream.end();
      exchangeStreams.clear();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { server.forceShutdown(); resolve(); }, 2000);
        server.tryShutdown(() => { clearTimeout(timer); resolve(); });
      });
    })();
    return stopping;
  };

  server.addService(AdminService, {
    CreateDatabase: unary<pbt.ICreateDatabaseRequest, pbt.ICreateDatabaseReply>('CreateDatabase', (request) => {
      if (serverOptions.proofs !== undefined) checkAdministrator(serverOptions.proofs, request.proof ?? '', 'creatdb');
      return backend.createDatabase(request.database ?? '', request.user ?? '', request.flags ?? []);
    }),
    DestroyDatabase: unary<pbt.IDestroyDatabaseRequest, pbt.IDestroyDatabaseReply>('DestroyDatabase', async (request) => {
      if (serverOptions.proofs !== undefined) checkAdministrator(serverOptions.proofs, request.proof ?? '', 'destroydb');
      await backend.destroyDatabase(request.database ?? '', request.user ?? '');
      return { database: request.database ?? '' };
    }),
    Status: unary<pbt.IStatusRequest, pbt.IStatusReply>('Status', () => Promise.resolve(backend.status())),
    Challenge: unary<pbt.IChallengeRequest, pbt.IChallengeReply>('Challenge', () =>
      Promise.resolve(serverOptions.proofs?.desk.challenge() ?? { directory: '', nonce: '' })),
    Shutdown: unary<pbt.IShutdownRequest, pbt.IShutdownReply>('Shutdown', async (request) => {
      if (serverOptions.proofs !== undefined) checkAdministrator(serverOptions.proofs, request.proof ?? '', 'ingresd --stop');
      const sessionsClosed = await backend.shutdown();
      // answer first, then stop serving
      setImmediate(() => { stop().catch(() => undefined); });
      return { sessionsClosed };
    }),
  });

  serverOptions.register?.(server);

  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(address, ServerCredentials.createInsecure(), (error, bound) => {
      if (error) reject(new IngresError(8007, `cannot start the host daemon: cannot listen on ${address}: ${error.message}`));
      else resolve(bound);
    });
  });
  return { port, stop };
}
