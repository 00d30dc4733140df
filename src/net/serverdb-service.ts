/*
 * serverdb-service.ts — grpc-js definition of service ingres.ServerDb (serverdb.proto):
 * Rise, Heartbeat, SysCat (server stream of ScResp), Command, DbState. Served on the
 * daemon's port by src/serverdb/host.ts; called by src/serverdb/peer.ts and
 * ingres-cluster status.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import { pb, type pbt } from './gen/index.js';
import { method } from './services.js';

export const ServerDbService = {
  Rise: method<pbt.IRise, pbt.IRiseResp>('ServerDb', 'Rise', pb.Rise, pb.RiseResp, false),
  Heartbeat: method<pbt.IHeartbeat, pbt.IHeartbeatResp>('ServerDb', 'Heartbeat', pb.Heartbeat, pb.HeartbeatResp, false),
  SysCat: method<pbt.ISysCat, pbt.IScResp>('ServerDb', 'SysCat', pb.SysCat, pb.ScResp, true),
  Command: method<pbt.ICommand, pbt.IComResp>('ServerDb', 'Command', pb.Command, pb.ComResp, false),
  DbState: method<pbt.IDbStateRequest, pbt.IDbStateReply>('ServerDb', 'DbState', pb.DbStateRequest, pb.DbStateReply, false),
} satisfies ServiceDefinition;
