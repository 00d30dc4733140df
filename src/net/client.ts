/*
 * client.ts — the client side of a host daemon's services: what `ingres`, `creatdb`,
 * `destroydb`, `demodb` and tests use. RemoteSession implements the QuelSession contract
 * over gRPC, so the monitor cannot tell it from an in-process session; a run's AbortSignal
 * and progress go through the daemon's control thread (ControlClient). Every failure is
 * an IngresError: the daemon's own (rebuilt from code + message) or a 7xxx network error.
 */
import {
  Client, credentials, Metadata, status as GrpcStatus, type ClientDuplexStream, type ClientReadableStream, type ServiceError,
} from '@grpc/grpc-js';
import { IngresError } from '../common/errors.js';
import type { QuelSession, RunOptions, RunOutput, StatementResult } from '../dbsys/session-api.js';
import type { pbt } from './gen/index.js';
import { AdminService, SessionControlService, SessionService } from './services.js';
import { errorFromStatus, errorFromWire, LITTLE_ENDIAN, ResultAssembler } from './wire.js';
import { CopyFilesHere } from './copy-files.js';
import { dropProof, makeProof } from '../install/peer-proof.js';

export interface RemoteSessionOptions {
  readonly user: string;
  readonly retrieveIntoStructure?: string;
  readonly indexStructure?: string;
  /** program name and pid, shown in the daemon's status */
  readonly client?: string;
  /** called with texts the daemon sends outside any query */
  readonly onNotice?: (text: string) => void;
  /** SessionOptions.lost_transaction: start inside a transaction lost with an earlier session */
  readonly lostTransaction?: string;
}

/** A run's progress is watched only once it has run this long (short runs cost nothing). */
export const PROGRESS_DELAY_MS = 1000;

interface Method<Req, Res> {
  readonly path: string;
  readonly requestSerialize: (message: Req) => Buffer;
  readonly responseDeserialize: (bytes: Buffer) => Res;
}

/** A connection to one host daemon ("address:port"); `host` names it in error messages. */
export class HostClient {
  private readonly client: Client;
  private readonly sessions = new Set<RemoteSession>();
  /** connections to the daemon's control thread, by address */
  private readonly controls = new Map<string, ControlClient>();
  /** false once the daemon answered Exchange with UNIMPLEMENTED (an older daemon): use Run */
  exchangeSupported = true;

  constructor(readonly address: string, readonly host: string = address) {
    this.client = new Client(address, credentials.createInsecure(), {
      'grpc.max_receive_message_length': 64 * 1024 * 1024,
      'grpc.enable_retries': 0,
      // a daemon that is starting is tried again within ~0.1–1 s, not grpc's 1 s growing to 2 min
      'grpc.initial_reconnect_backoff_ms': 100,
      'grpc.max_reconnect_backoff_ms': 1000,
    });
  }

  /** `waitForReady`: a daemon not listening yet is waited for (until the deadline), not
   *  an error at once */
  status(timeoutMs = 5000, waitForReady = false): Promise<pbt.IStatusReply> {
    return this.unary(AdminService.Status, {}, timeoutMs, undefined, waitForReady);
  }

  createDatabase(database: string, user: string, flags: readonly string[] = []): Promise<pbt.ICreateDatabaseReply> {
    return this.proving((proof) => this.unary(AdminService.CreateDatabase, { database, user, flags: [...flags], proof }));
  }

  async destroyDatabase(database: string, user: string): Promise<void> {
    await this.proving((proof) => this.unary(AdminService.DestroyDatabase, { database, user, proof }));
  }

  shutdown(timeoutMs = 10_000): Promise<pbt.IShutdownReply> {
    return this.proving((proof) => this.unary(AdminService.Shutdown, { proof }, timeoutMs), timeoutMs);
  }

  /**
   * Run `call` with a proof of this process's uid (src/install/peer-proof.ts): the daemon's
   * nonce, and the file named by it that this process creates (none when it cannot: the
   * daemon then refuses with 8033); a proof the daemon did not use is removed.
   */
  private async proving<T>(call: (proof: string) => Promise<T>, timeoutMs = 10_000): Promise<T> {
    // an older daemon, which checks no proofs, has no Challenge: no proof then
    const challenge = await this.unary(AdminService.Challenge, {}, timeoutMs, {});
    const directory = challenge.directory ?? '';
    const nonce = challenge.nonce ?? '';
    const proof = nonce !== '' && makeProof(directory, nonce) ? nonce : '';
    try {
      return await call(proof);
    } finally {
      if (proof !== '') dropProof(directory, proof);
    }
  }

  /** Open a session; it stays open until `close()` or until this process goes away. */
  openSession(database: string, options: RemoteSessionOptions): Promise<RemoteSession> {
    return this.proving((proof) => this.open(database, options, proof));
  }

  private open(database: string, options: RemoteSessionOptions, proof: string): Promise<RemoteSession> {
    const request: pbt.IOpenSessionRequest = {
      proof,
      database,
      client: options.client ?? `${process.argv[1] ?? 'node'}[${process.pid}]`,
      options: {
        user: options.user,
        retrieveIntoStructure: options.retrieveIntoStructure ?? '',
        indexStructure: options.indexStructure ?? '',
        lostTransaction: options.lostTransaction ?? '',
      },
    };
    const method = SessionService.OpenSession;
    const stream: ClientReadableStream<pbt.ISessionEvent> = this.client.makeServerStreamRequest(
      method.path, method.requestSerialize, method.responseDeserialize, request);
    return new Promise((resolve, reject) => {
      let session: RemoteSession | null = null;
      stream.on('data', (event: pbt.ISessionEvent) => {
        if (event.opened && session === null) {
          session = new RemoteSession(this, event.opened, stream);
          this.sessions.add(session);
          resolve(session);
        } else if (event.notice?.text) {
          options.onNotice?.(event.notice.text);
        }
      });
      stream.on('error', (error: ServiceError) => {
        const ingres = errorFromStatus(error, this.host);
        if (session === null) reject(ingres);
        else session.lost(ingres);
      });
      stream.on('end', () => {
        if (session === null) reject(new IngresError(7000, 'network error: the daemon ended the session'));
        else session.lost(new IngresError(7000, 'network error: the host daemon closed the session', { host: this.host }));
      });
    });
  }

  /** Close the channel; open sessions end with it (the daemon closes them). */
  close(): void {
    for (const session of this.sessions) session.abandon();
    this.sessions.clear();
    for (const control of this.controls.values()) control.close();
    this.controls.clear();
    this.client.close();
  }

  /** @internal the daemon's control thread at `address` (SessionOpened.control_address) */
  control(address: string): ControlClient {
    let control = this.controls.get(address);
    if (control === undefined) {
      control = new ControlClient(address, this.host);
      this.controls.set(address, control);
    }
    return control;
  }

  /** @internal */
  forget(session: RemoteSession): void {
    this.sessions.delete(session);
  }

  /** @internal */
  runStream(request: pbt.IRunRequest): ClientReadableStream<pbt.IRunReply> {
    const method = SessionService.Run;
    return this.client.makeServerStreamRequest(method.path, method.requestSerialize, method.responseDeserialize, request);
  }

  /** @internal */
  exchangeStream(): ClientDuplexStream<pbt.IRunRequest, pbt.IRunBatch> {
    const method = SessionService.Exchange;
    return this.client.makeBidiStreamRequest(method.path, method.requestSerialize, method.responseDeserialize);
  }

  /** @internal `unimplemented`: the answer when the daemon has no such method (an older one) */
  unary<Req, Res>(method: Method<Req, Res>, request: Req, timeoutMs?: number, unimplemented?: Res, waitForReady = false): Promise<Res> {
    const options = timeoutMs === undefined ? {} : { deadline: Date.now() + timeoutMs };
    // (grpc-js takes wait-for-ready from the call's metadata)
    const metadata = new Metadata({ waitForReady });
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        method.path, method.requestSerialize, method.responseDeserialize, request, metadata, options,
        (error: ServiceError | null, reply?: Res) => {
          if (error?.code === GrpcStatus.UNIMPLEMENTED && unimplemented !== undefined) resolve(unimplemented);
          else if (error) reject(errorFromStatus(error, this.host));
          else if (reply === undefined) reject(new IngresError(7000, 'network error: empty reply'));
          else resolve(reply);
        });
    });
  }
}

/**
 * The daemon's control thread (service SessionControl, on its own port): it answers while
 * the daemon's main thread is inside a statement, so a cancel lands at once and progress
 * arrives while a copy runs.
 */
export class ControlClient {
  private readonly client: Client;

  constructor(readonly address: string, private readonly host: string) {
    this.client = new Client(address, credentials.createInsecure(), { 'grpc.enable_retries': 0 });
  }

  /** Cancel run `runId` of a session; false when it had already ended. */
  cancel(sessionId: string, runId: number, timeoutMs = 5000): Promise<boolean> {
    const method = SessionControlService.Cancel;
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        method.path, method.requestSerialize, method.responseDeserialize, { sessionId, runId },
        { deadline: Date.now() + timeoutMs },
        (error: ServiceError | null, reply?: pbt.ICancelReply) => {
          if (error) reject(errorFromStatus(error, this.host));
          else resolve(reply?.cancelled === true);
        });
    });
  }

  /** Progress reports of run `runId` until it ends; the returned function stops watching.
   *  `cancelOnClose`: the daemon cancels the run if this watch goes away first (this
   *  process died): call the returned function only once the run has ended. */
  watch(sessionId: string, runId: number, onReport: (report: pbt.IProgressReport) => void, cancelOnClose = false): () => void {
    const method = SessionControlService.Watch;
    const stream: ClientReadableStream<pbt.IProgressReport> = this.client.makeServerStreamRequest(
      method.path, method.requestSerialize, method.responseDeserialize, { sessionId, runId, cancelOnClose });
    stream.on('data', onReport);
    // progress is a convenience: a failed watch (daemon gone, stream cancelled) just ends it
    stream.on('error', () => undefined);
    return () => stream.cancel();
  }

  /**
   * Follow one run: its `signal` sends Cancel, its `onProgress` gets the reports once the
   * run has taken PROGRESS_DELAY_MS. From then on the watch is also the run's lease: if
   * this process dies, the daemon cancels the run (a statement nobody will read the results
   * of no longer runs to its end). Returns what to call when the run has settled.
   */
  follow(sessionId: string, runId: number, options: RunOptions): () => void {
    const { signal, onProgress } = options;
    const onAbort = (): void => {
      this.cancel(sessionId, runId).catch(() => undefined);
    };
    if (signal?.aborted === true) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    let unwatch: (() => void) | null = null;
    const timer = setTimeout(() => {
      unwatch = this.watch(sessionId, runId, (report) => onProgress?.({
        what: report.what ?? '',
        records: report.records ?? 0,
        recordsTotal: report.recordsTotal ?? 0,
        bytes: report.bytes ?? 0,
        bytesTotal: report.bytesTotal ?? 0,
      }), true);
    }, PROGRESS_DELAY_MS);
    timer.unref();
    return () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      unwatch?.();
    };
  }

  close(): void {
    this.client.close();
  }
}

/** A query buffer sent on the Exchange stream and waiting for its `end`. */
interface PendingRun {
  readonly request: pbt.IRunRequest;
  readonly output: RunOutput | undefined;
  readonly assembler: ResultAssembler;
  /** a reply that could not be assembled: the run fails at its `end` */
  error: unknown;
  readonly resolve: (results: StatementResult[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * One session on the daemon; the QuelSession contract over the wire. Query buffers go over
 * one long-lived Exchange stream per session (opened at the first run, reopened after a
 * failure): a new gRPC call per buffer costs ~1 ms of CPU in grpc-js on each side, a
 * message on an open stream ~0.1 ms, and one-tuple statements are dominated by that floor.
 */
export class RemoteSession implements QuelSession {
  readonly id: string;
  readonly host: string;
  readonly version: string;
  readonly daemonPid: number;
  /** the daemon's control thread ('' = none: runs cannot be cancelled or watched) */
  readonly controlAddress: string;
  private broken: IngresError | null = null;
  /** the number of the last run sent (RunRequest.run_id) */
  private runs = 0;
  private closed = false;
  private exchange: ClientDuplexStream<pbt.IRunRequest, pbt.IRunBatch> | null = null;
  /** runs sent on `exchange`, oldest first (the daemon answers them in order) */
  private readonly pending: PendingRun[] = [];
  /** RunEnd.in_transaction of the last run answered on `exchange` (undefined: none yet, or
   *  the run went as a Run call, which does not say) */
  inTransaction: boolean | undefined = undefined;
  /** the files of this session's copy statements, read and written here (copy-files.ts) */
  private readonly files = new CopyFilesHere();

  constructor(
    private readonly connection: HostClient,
    opened: pbt.ISessionOpened,
    private readonly lifeline: ClientReadableStream<pbt.ISessionEvent>,
  ) {
    this.id = opened.sessionId ?? '';
    this.host = opened.host ?? connection.host;
    this.version = opened.version ?? '';
    this.daemonPid = opened.daemonPid ?? 0;
    this.controlAddress = opened.controlAddress ?? '';
  }

  /** @internal the session stream failed: the daemon or the connection is gone */
  lost(error: IngresError): void {
    if (!this.closed) this.broken ??= error;
  }

  /** Run a query buffer; `options.signal` cancels it, `options.onProgress` watches it. */
  run(text: string, options?: RunOptions): Promise<StatementResult[]> {
    if (this.closed) return Promise.reject(new IngresError(8011, `session ${this.id} does not exist`));
    if (this.broken) return Promise.reject(this.broken);
    const request: pbt.IRunRequest = { sessionId: this.id, text, runId: ++this.runs, packedBytes: LITTLE_ENDIAN };
    const settled = this.send(request, options?.output);
    if (options === undefined || this.controlAddress === '') return settled;
    const stop = this.connection.control(this.controlAddress).follow(this.id, request.runId ?? 0, options);
    return settled.finally(stop);
  }

  private send(request: pbt.IRunRequest, output?: RunOutput): Promise<StatementResult[]> {
    // a second buffer while one runs goes as its own call, so the daemon refuses it (8012)
    // as it always did, instead of queueing it behind the first on the stream
    if (!this.connection.exchangeSupported || this.pending.length > 0) return this.runCall(request, output);
    return new Promise((resolve, reject) => {
      const stream = this.exchangeStream();
      this.pending.push({ request, output, assembler: new ResultAssembler(output), error: null, resolve, reject });
      stream.write(request);
    });
  }

  private exchangeStream(): ClientDuplexStream<pbt.IRunRequest, pbt.IRunBatch> {
    if (this.exchange !== null) return this.exchange;
    this.files.dropAll();
    const stream = this.connection.exchangeStream();
    stream.on('data', (batch: pbt.IRunBatch) => {
      for (const reply of batch.parts ?? []) this.exchangeReply(reply);
    });
    stream.on('error', (error: ServiceError) => {
      this.exchangeFailed(stream, errorFromStatus(error, this.connection.host), error.code);
    });
    stream.on('end', () => {
      this.exchangeFailed(stream, new IngresError(7000, 'network error: the host daemon ended the query stream', {
        host: this.connection.host,
      }));
    });
    this.exchange = stream;
    return stream;
  }

  private exchangeReply(reply: pbt.IRunReply): void {
    const message = reply as pbt.RunReply;
    // the daemon asks for, or sends, a copy statement's file: the client's side of it
    if (message.part === 'copyFile' || message.part === 'copyPiece') {
      const stream = this.exchange;
      if (stream !== null) this.files.part(message, stream);
      return;
    }
    const head = this.pending[0];
    if (head === undefined) return;
    if (message.part === 'end') {
      this.pending.shift();
      this.inTransaction = message.end?.inTransaction === true;
      const failure = message.end?.failure;
      if (failure !== null && failure !== undefined) head.reject(errorFromWire(failure));
      else if (head.error !== null) head.reject(head.error);
      else head.resolve(head.assembler.finish());
      return;
    }
    if (head.error !== null) return;
    try {
      head.assembler.add(reply);
    } catch (error) {
      head.error = error;
    }
  }

  /** The Exchange stream ended or failed: its waiting runs fail with it (an older daemon
   *  without Exchange ran none of them: they go again as Run calls). */
  private exchangeFailed(stream: ClientDuplexStream<pbt.IRunRequest, pbt.IRunBatch>, error: IngresError, grpcCode?: number): void {
    if (this.exchange !== stream) return;
    this.exchange = null;
    const waiting = this.pending.splice(0);
    if (grpcCode === GrpcStatus.UNIMPLEMENTED) {
      this.connection.exchangeSupported = false;
      for (const run of waiting) this.runCall(run.request, run.output).then(run.resolve, run.reject);
      return;
    }
    for (const run of waiting) run.reject(error);
  }

  /** One query buffer as its own Run call (daemons without Exchange). */
  private runCall(request: pbt.IRunRequest, output?: RunOutput): Promise<StatementResult[]> {
    this.inTransaction = undefined;
    const assembler = new ResultAssembler(output);
    const stream = this.connection.runStream(request);
    return new Promise((resolve, reject) => {
      let failed = false;
      stream.on('data', (reply: pbt.IRunReply) => {
        if (failed) return;
        try {
          assembler.add(reply);
        } catch (error) {
          failed = true;
          stream.cancel();
          reject(error);
        }
      });
      stream.on('error', (error: ServiceError) => {
        if (!failed) reject(errorFromStatus(error, this.connection.host));
        failed = true;
      });
      stream.on('end', () => { if (!failed) resolve(assembler.finish()); });
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.broken === null) {
        await this.connection.unary(SessionService.CloseSession, { sessionId: this.id }, 10_000);
      }
    } finally {
      this.exchange?.end();
      this.exchange = null;
      this.lifeline.cancel();
      this.connection.forget(this);
    }
  }

  /**
   * @internal drop the session without asking: the daemon sees the stream cancelled. Runs
   * still waiting fail now with a network error: the cancelled stream's own error comes
   * after `exchange` is cleared and is ignored, so they would otherwise never settle (a
   * daemon killed while a query ran, its channel dropped before its socket's close was seen)
   */
  abandon(): void {
    this.closed = true;
    const waiting = this.pending.splice(0);
    this.exchange?.cancel();
    this.exchange = null;
    this.lifeline.cancel();
    const error = new IngresError(7000, 'network error: the connection to the host daemon was closed', { host: this.connection.host });
    for (const run of waiting) run.reject(error);
  }
}
