/*
 * service.ts — serves ingres.Tm (tm.proto) on the daemon's gRPC server, both as unary
 * calls and on the peer link (src/net/peer-link.ts, the same handlers): each call names
 * its database and goes to that database's TransactionManagerImpl. A call for a database
 * this host does not serve fails with 8001; an undecodable request with 7003.
 */
import type { sendUnaryData, Server, ServerUnaryCall } from '@grpc/grpc-js';
import { IngresError } from '../common/errors.js';
import { isRunningGlobalId } from '../common/global-id.js';
import type { pbt } from '../net/gen/index.js';
import { registerLink, unaryLinkHandlers } from '../net/peer-link.js';
import type { Decoded } from '../net/services.js';
import { TmService } from '../net/tm-service.js';
import { badMessage, errorToStatus } from '../net/wire.js';
import type { TransactionManagerImpl } from './tm.js';

/**
 * Register the Tm service, as grpc unary methods and on the server's peer link; `lookup`
 * finds the TM of a database (undefined = not served here).
 */
export function registerTmService(server: Server, lookup: (database: string) => TransactionManagerImpl | undefined): void {
  const handlers = tmHandlers(lookup);
  server.addService(TmService, handlers);
  registerLink(server, unaryLinkHandlers(TmService, handlers));
}

/** The Tm service's grpc unary handlers. */
export function tmHandlers(lookup: (database: string) => TransactionManagerImpl | undefined) {
  const handler = <Req extends { database?: string | null }, Res>(
    body: (tm: TransactionManagerImpl, request: Req) => Promise<Res> | Res,
  ) => (call: ServerUnaryCall<Decoded<Req>, Res>, callback: sendUnaryData<Res>): void => {
    Promise.resolve()
      .then(() => {
        const decoded = call.request;
        if (!decoded.ok) throw badMessage(decoded.error, 'peer');
        const database = decoded.message.database ?? '';
        const tm = lookup(database);
        if (tm === undefined) throw new IngresError(8001, `database '${database}' is not served on this host`);
        return body(tm, decoded.message);
      })
      .then((reply) => callback(null, reply))
      .catch((error: unknown) => callback(errorToStatus(error)));
  };
  return {
    TrStart: handler<pbt.ITrStart, pbt.ITrResp>((tm, request) => tm.trStart(request)),
    ComAbt: handler<pbt.IComAbt, pbt.IComAbtAck>((tm, request) => tm.comAbt(request)),
    Outcome: handler<pbt.IOutcomeRequest, pbt.IOutcomeReply>(async (tm, request) => ({
      globalId: request.globalId ?? '', decision: await tm.outcomeAsked(request.globalId ?? ''),
    })),
    Coordinate: handler<pbt.ITrReq, pbt.ITrResp>((tm, request) => tm.coordinate(request)),
    WaitsFor: handler<pbt.IWaitsForRequest, pbt.IWaitsForReply>((tm, request) => tm.waitsFor(request)),
    Prepared: handler<pbt.IPreparedRequest, pbt.IPreparedReply>(async (tm, request) => ({
      globalId: request.globalId ?? '', state: await tm.preparedFor(request.globalId ?? '', request.coordinator ?? ''),
    })),
    Active: handler<pbt.IActiveRequest, pbt.IActiveReply>((_tm, request) => ({
      globalId: request.globalId ?? '', running: isRunningGlobalId(request.globalId ?? ''),
    })),
  };
}
