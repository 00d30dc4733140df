/*
 * peers.ts — how one TM reaches the TMs of other hosts: the TmPeers interface (what
 * src/tm/tm.ts needs) and its implementation over service ingres.Tm, carried on the peer
 * link (src/net/peer-link.ts, one stream per host address, waiting for a restarting peer up
 * to the deadline), or as plain unary calls to a peer without the link; failures come back
 * as IngresErrors (7001 unreachable, 7002 deadline, or the remote TM's own numbered error).
 */
import { Client, Metadata, credentials, type ServiceError } from '@grpc/grpc-js';
import type { HostDirectory } from '../cluster/api.js';
import { IngresError } from '../common/errors.js';
import type { pbt } from '../net/gen/index.js';
import { callMethod, PeerLinks, type LinkMethod } from '../net/peer-link.js';
import { TmService } from '../net/tm-service.js';
import { errorFromStatus } from '../net/wire.js';
import { peerClientOptions } from '../net/peer-auth.js';

export interface TmPeers {
  trStart(host: string, message: pbt.ITrStart, timeoutMs: number): Promise<pbt.ITrResp>;
  comAbt(host: string, message: pbt.IComAbt, timeoutMs: number): Promise<pbt.IComAbtAck>;
  outcome(host: string, message: pbt.IOutcomeRequest, timeoutMs: number): Promise<pbt.IOutcomeReply>;
  coordinate(host: string, message: pbt.ITrReq, timeoutMs: number): Promise<pbt.ITrResp>;
  waitsFor(host: string, message: pbt.IWaitsForRequest, timeoutMs: number): Promise<pbt.IWaitsForReply>;
  /** Tm.Active: does a master on `host` still run the transaction? (optional: in-process test peers) */
  active?(host: string, message: pbt.IActiveRequest, timeoutMs: number): Promise<pbt.IActiveReply>;
  /**
   * Tm.Prepared: is `host` prepared for this coordinator's transaction? Without it (in-process
   * test peers) the TM never stages a commit: it could not resolve one after a restart.
   */
  prepared?(host: string, message: pbt.IPreparedRequest, timeoutMs: number): Promise<pbt.IPreparedReply>;
  close(): void;
}

/** TmPeers over gRPC: a peer link per host (unary calls to a peer without it), made on first use and kept. */
export class GrpcTmPeers implements TmPeers {
  private readonly clients = new Map<string, Client>();
  // wait for a (re)connecting peer up to the deadline instead of failing at once:
  // a host that just came back must not see its first transactions refused
  private readonly links = new PeerLinks({ waitForReady: true });

  constructor(private readonly directory: Pick<HostDirectory, 'address'>) {}

  trStart(host: string, message: pbt.ITrStart, timeoutMs: number): Promise<pbt.ITrResp> {
    return this.call(host, TmService.TrStart, message, timeoutMs);
  }

  comAbt(host: string, message: pbt.IComAbt, timeoutMs: number): Promise<pbt.IComAbtAck> {
    return this.call(host, TmService.ComAbt, message, timeoutMs);
  }

  outcome(host: string, message: pbt.IOutcomeRequest, timeoutMs: number): Promise<pbt.IOutcomeReply> {
    return this.call(host, TmService.Outcome, message, timeoutMs);
  }

  coordinate(host: string, message: pbt.ITrReq, timeoutMs: number): Promise<pbt.ITrResp> {
    return this.call(host, TmService.Coordinate, message, timeoutMs);
  }

  waitsFor(host: string, message: pbt.IWaitsForRequest, timeoutMs: number): Promise<pbt.IWaitsForReply> {
    return this.call(host, TmService.WaitsFor, message, timeoutMs);
  }

  active(host: string, message: pbt.IActiveRequest, timeoutMs: number): Promise<pbt.IActiveReply> {
    return this.call(host, TmService.Active, message, timeoutMs);
  }

  prepared(host: string, message: pbt.IPreparedRequest, timeoutMs: number): Promise<pbt.IPreparedReply> {
    return this.call(host, TmService.Prepared, message, timeoutMs);
  }

  close(): void {
    this.links.close();
    for (const client of this.clients.values()) client.close();
    this.clients.clear();
  }

  private client(host: string): Client {
    let client = this.clients.get(host);
    if (client === undefined) {
      const address = this.directory.address(host);
      if (address === undefined) throw new IngresError(7001, `host ${host} is unreachable`, { host, detail: 'not in etc/hosts' });
      client = new Client(address, credentials.createInsecure(), {
        'grpc.enable_retries': 0,
        // a restarted peer should be reached again quickly, not after grpc's long backoff
        'grpc.initial_reconnect_backoff_ms': 50,
        'grpc.max_reconnect_backoff_ms': 500,
        ...peerClientOptions(),
      });
      this.clients.set(host, client);
    }
    return client;
  }

  private async call<Req, Res>(host: string, method: LinkMethod<Req, Res>, message: Req, timeoutMs: number): Promise<Res> {
    const address = this.directory.address(host);
    if (address === undefined) throw new IngresError(7001, `host ${host} is unreachable`, { host, detail: 'not in etc/hosts' });
    return callMethod(this.links.get(address), method, message, timeoutMs, host,
      (remainingMs) => this.unaryCall(host, method, message, remainingMs));
  }

  /** the same call as a grpc unary call (a peer that does not serve the link) */
  private unaryCall<Req, Res>(host: string, method: LinkMethod<Req, Res>, message: Req, timeoutMs: number): Promise<Res> {
    return new Promise((resolve, reject) => {
      let client: Client;
      try {
        client = this.client(host);
      } catch (error) {
        reject(error);
        return;
      }
      // wait for a (re)connecting channel up to the deadline instead of failing at once:
      // a host that just came back must not see its first transactions refused
      const metadata = new Metadata();
      metadata.setOptions({ waitForReady: true });
      client.makeUnaryRequest(
        method.path, method.requestSerialize, method.responseDeserialize, message, metadata,
        { deadline: Date.now() + timeoutMs },
        (error: ServiceError | null, reply?: Res) => {
          if (error !== null) reject(errorFromStatus(error, host));
          else if (reply === undefined) reject(new IngresError(7000, 'network error: empty reply', { host }));
          else resolve(reply);
        },
      );
    });
  }
}
