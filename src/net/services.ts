/*
 * services.ts — grpc-js service definitions built from the generated protobuf classes.
 * Requests are decoded by `safeDecode`, which never throws: a message that does not decode
 * reaches the handler as { ok: false } so the daemon answers with numbered error 7003
 * (grpc-js would otherwise answer a bare INTERNAL) and keeps serving.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import { pb, type pbt } from './gen/index.js';

/** What a server handler receives: the decoded request, or why it could not be decoded. */
export type Decoded<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly error: string };

interface MessageClass<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

function safeDecode<T>(type: MessageClass<T>, bytes: Buffer): Decoded<T> {
  try {
    return { ok: true, message: type.decode(bytes) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * One gRPC method from generated request/response classes; `service` is the name in the
 * .proto file (package ingres). Issue 3's services (ServerDb, Tm, Slave) are built with it.
 */
export function method<Req, Res>(
  service: string,
  name: string,
  request: MessageClass<Req>,
  response: MessageClass<Res>,
  responseStream: boolean,
  requestStream = false,
): {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  originalName: string;
  requestSerialize: (message: Req) => Buffer;
  requestDeserialize: (bytes: Buffer) => Decoded<Req>;
  responseSerialize: (message: Res) => Buffer;
  responseDeserialize: (bytes: Buffer) => Res;
} {
  return {
    path: `/ingres.${service}/${name}`,
    requestStream,
    responseStream,
    requestSerialize: (message: Req) => Buffer.from(request.encode(message).finish()),
    requestDeserialize: (bytes: Buffer) => safeDecode(request, bytes),
    responseSerialize: (message: Res) => Buffer.from(response.encode(message).finish()),
    responseDeserialize: (bytes: Buffer) => response.decode(bytes),
    originalName: name.charAt(0).toLowerCase() + name.slice(1),
  };
}

/** The client-facing session service (session.proto). */
export const SessionService = {
  OpenSession: method<pbt.IOpenSessionRequest, pbt.ISessionEvent>(
    'Session', 'OpenSession', pb.OpenSessionRequest, pb.SessionEvent, true),
  Run: method<pbt.IRunRequest, pbt.IRunReply>('Session', 'Run', pb.RunRequest, pb.RunReply, true),
  Exchange: method<pbt.IRunRequest, pbt.IRunBatch>('Session', 'Exchange', pb.RunRequest, pb.RunBatch, true, true),
  CloseSession: method<pbt.ICloseSessionRequest, pbt.ICloseSessionReply>(
    'Session', 'CloseSession', pb.CloseSessionRequest, pb.CloseSessionReply, false),
} satisfies ServiceDefinition;

/** The daemon's control thread (session.proto): cancel a run, watch its progress. */
export const SessionControlService = {
  Cancel: method<pbt.ICancelRequest, pbt.ICancelReply>('SessionControl', 'Cancel', pb.CancelRequest, pb.CancelReply, false),
  Watch: method<pbt.IWatchRequest, pbt.IProgressReport>('SessionControl', 'Watch', pb.WatchRequest, pb.ProgressReport, true),
  Alive: method<pbt.IAliveRequest, pbt.IAliveReply>('SessionControl', 'Alive', pb.AliveRequest, pb.AliveReply, false),
} satisfies ServiceDefinition;

/** Host administration (admin.proto). */
export const AdminService = {
  CreateDatabase: method<pbt.ICreateDatabaseRequest, pbt.ICreateDatabaseReply>(
    'Admin', 'CreateDatabase', pb.CreateDatabaseRequest, pb.CreateDatabaseReply, false),
  DestroyDatabase: method<pbt.IDestroyDatabaseRequest, pbt.IDestroyDatabaseReply>(
    'Admin', 'DestroyDatabase', pb.DestroyDatabaseRequest, pb.DestroyDatabaseReply, false),
  Status: method<pbt.IStatusRequest, pbt.IStatusReply>('Admin', 'Status', pb.StatusRequest, pb.StatusReply, false),
  Shutdown: method<pbt.IShutdownRequest, pbt.IShutdownReply>(
    'Admin', 'Shutdown', pb.ShutdownRequest, pb.ShutdownReply, false),
  Challenge: method<pbt.IChallengeRequest, pbt.IChallengeReply>('Admin', 'Challenge', pb.ChallengeRequest, pb.ChallengeReply, false),
} satisfies ServiceDefinition;
