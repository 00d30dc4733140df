/*
 * protocol.ts — the cluster protocol: the meaning of the messages host daemons exchange
 * (rise, heartbeats, Slave.Execute, the TM's 2PC messages). It travels in every rise and
 * heartbeat; a host that speaks another one is not admitted to the group (serverdb.heard),
 * so builds that would misread each other's 2PC messages never run a transaction together.
 */
import { ingresError } from './errors.js';

/**
 * Raise it whenever a message between daemons changes meaning (a field a receiver must act
 * on, a new vote). 2: VOTE_PREPARING / CommitRequest.preparing (12-04, voting on request);
 * 3: VOTE_HOLDING / CommitRequest.holding (12-04, read-only shares keep their locks);
 * 4: FetchChunk.more / FetchRequest.cursor (12-05, a fetch past 8 MiB goes in several
 * replies: a master of an older build would take the first reply for all the rows), and
 * tuples between hosts only packed (FetchChunk.packed, ExecuteRequest.insert_packed);
 * 5: FetchRequest.aggregate_json (12-05, an aggregate computed at its relations' host: an
 * older slave would answer with the relation's tuples instead).
 */
export const CLUSTER_PROTOCOL = 5;

/**
 * The protocol this daemon speaks. INGRES_CLUSTER_PROTOCOL overrides it — only for tests
 * that need a host of another build; a value that is not a positive integer is refused.
 */
export function clusterProtocol(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['INGRES_CLUSTER_PROTOCOL'];
  if (raw === undefined || raw === '') return CLUSTER_PROTOCOL;
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw ingresError(8000, `INGRES_CLUSTER_PROTOCOL must be a positive integer, not '${raw}'`);
  return Number(raw);
}
