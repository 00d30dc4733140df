/*
 * slave-service.ts — the grpc-js definition of service ingres.Slave (slave.proto): the
 * slave database system a remote master calls to run detached one-variable subqueries
 * (Fetch), shipped updates (Execute) and to end a global transaction (EndTxn). The logic
 * is in src/dbsys/distributed/; this file only binds message classes to method paths.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import { pb, type pbt } from './gen/index.js';
import { method } from './services.js';

export const SlaveService = {
  Fetch: method<pbt.IFetchRequest, pbt.IFetchChunk>('Slave', 'Fetch', pb.FetchRequest, pb.FetchChunk, true),
  FetchAll: method<pbt.IFetchRequest, pbt.IFetchChunk>('Slave', 'FetchAll', pb.FetchRequest, pb.FetchChunk, false),
  Execute: method<pbt.IExecuteRequest, pbt.IExecuteReply>('Slave', 'Execute', pb.ExecuteRequest, pb.ExecuteReply, false),
  EndTxn: method<pbt.IEndTxnRequest, pbt.IEndTxnReply>('Slave', 'EndTxn', pb.EndTxnRequest, pb.EndTxnReply, false),
  ShipStats: method<pbt.IShipStatsRequest, pbt.IShipStatsReply>(
    'Slave', 'ShipStats', pb.ShipStatsRequest, pb.ShipStatsReply, false),
} satisfies ServiceDefinition;
