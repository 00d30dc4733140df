/*
 * tm-service.ts — the grpc-js definition of service ingres.Tm (tm.proto): the
 * transaction managers' two-phase commit between hosts (TrStart, ComAbt), in-doubt
 * resolution (Outcome), remote coordination (Coordinate) and the distributed deadlock
 * detector's question (WaitsFor), and a restarted coordinator's question about a staged
 * commit (Prepared). The logic is in src/tm/;
 * this file only binds the generated message classes to method paths.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import { pb, type pbt } from './gen/index.js';
import { method } from './services.js';

export const TmService = {
  TrStart: method<pbt.ITrStart, pbt.ITrResp>('Tm', 'TrStart', pb.TrStart, pb.TrResp, false),
  ComAbt: method<pbt.IComAbt, pbt.IComAbtAck>('Tm', 'ComAbt', pb.ComAbt, pb.ComAbtAck, false),
  Outcome: method<pbt.IOutcomeRequest, pbt.IOutcomeReply>('Tm', 'Outcome', pb.OutcomeRequest, pb.OutcomeReply, false),
  Coordinate: method<pbt.ITrReq, pbt.ITrResp>('Tm', 'Coordinate', pb.TrReq, pb.TrResp, false),
  WaitsFor: method<pbt.IWaitsForRequest, pbt.IWaitsForReply>('Tm', 'WaitsFor', pb.WaitsForRequest, pb.WaitsForReply, false),
  Active: method<pbt.IActiveRequest, pbt.IActiveReply>('Tm', 'Active', pb.ActiveRequest, pb.ActiveReply, false),
  Prepared: method<pbt.IPreparedRequest, pbt.IPreparedReply>('Tm', 'Prepared', pb.PreparedRequest, pb.PreparedReply, false),
} satisfies ServiceDefinition;
