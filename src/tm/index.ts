/*
 * index.ts — the public surface of src/tm: the per-database transaction manager (2PC
 * coordinator and participant), its gRPC service and peers, the dbst writer and the small
 * Membership used until serverdb's is wired. See src/tm/README.md.
 */
export { TransactionManagerImpl, userHostOf, type TmOptions, type TmState, type DecisionRecord } from './tm.js';
export { GrpcTmPeers, type TmPeers } from './peers.js';
export { registerTmService } from './service.js';
export { writeDbst, readDbst, dbstPath } from '../serverdb/dbst.js';
export { SimpleMembership } from './simple-membership.js';
export { TmHost, type TmHostOptions } from './host.js';
