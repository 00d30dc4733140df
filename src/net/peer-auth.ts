/*
 * peer-auth.ts — host-to-host calls (ingres.Link, Slave, Tm, ServerDb) prove that their
 * sender holds the cluster key (etc/cluster.key, src/install/cluster-key.ts): metadata
 * `ingres-peer: v1 HOST MS MAC`, MAC = HMAC-SHA256(key, "v1 HOST MS PATH"). A daemon with
 * a key refuses a peer method without a good proof (7005, UNAUTHENTICATED); clients'
 * services (Session, Admin, SessionControl) and two read-only status methods need none.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  InterceptingCall, Metadata, ServerInterceptingCall, status as GrpcStatus, type Interceptor, type ServerInterceptor,
} from '@grpc/grpc-js';
import { IngresError } from '../common/errors.js';
import { errorToStatus } from './wire.js';

export const PEER_PROOF_HEADER = 'ingres-peer';
/** how far a proof's clock may be from ours: hosts' clocks are kept by NTP */
export const PEER_PROOF_SKEW_MS = 5 * 60_000;

const PEER_SERVICES = ['/ingres.Link/', '/ingres.Slave/', '/ingres.Tm/', '/ingres.ServerDb/'];
/** read-only status any local user's `ingres-cluster status` (and the benchmarks) may ask */
const OPEN_METHODS = new Set(['/ingres.ServerDb/DbState', '/ingres.Slave/ShipStats']);

/** Is `path` a host-to-host method that needs the key? */
export function needsPeerProof(path: string): boolean {
  return !OPEN_METHODS.has(path) && PEER_SERVICES.some((prefix) => path.startsWith(prefix));
}

function mac(key: Buffer, host: string, ms: number, path: string): Buffer {
  return createHmac('sha256', key).update(`v1 ${host} ${ms} ${path}`).digest();
}

/** The proof `host` sends with a call of `path` at `nowMs`. */
export function peerProof(key: Buffer, host: string, path: string, nowMs = Date.now()): string {
  return `v1 ${host} ${nowMs} ${mac(key, host, nowMs, path).toString('hex')}`;
}

/** Why `proof` does not show `localHost`'s key for a call of `path` ('' when it does). */
export function checkPeerProof(key: Buffer, localHost: string, path: string, proof: string | undefined, nowMs = Date.now()): string {
  if (proof === undefined || proof === '') return 'the call carries no proof of the cluster key';
  const match = /^v1 ([A-Za-z0-9_.-]{1,64}) (\d{1,16}) ([0-9a-f]{64})$/.exec(proof);
  if (match === null) return 'its proof of the cluster key is malformed';
  const [, host = '', msText = '', hex = ''] = match;
  const ms = Number(msText);
  if (!timingSafeEqual(mac(key, host, ms, path), Buffer.from(hex, 'hex'))) {
    return `the etc/cluster.key of host ${host} differs from host ${localHost}'s`;
  }
  if (Math.abs(nowMs - ms) > PEER_PROOF_SKEW_MS) {
    return `the clock of host ${host} is ${Math.round((ms - nowMs) / 1000)} s off host ${localHost}'s (more than ${PEER_PROOF_SKEW_MS / 1000} s)`;
  }
  return '';
}

// ---------------------------------------------------------------- client side

/** This process's identity on peer calls: set once by ingresd (and by tools that act as
 *  the installation owner); until then peer calls carry no proof. */
let identity: { readonly host: string; readonly key: Buffer } | null = null;

export function setPeerIdentity(host: string, key: Buffer): void {
  identity = { host, key: Buffer.from(key) };
}

export function clearPeerIdentity(): void {
  identity = null;
}

/** A client interceptor adding the proof to every peer method's call (none to others). */
export const peerProofInterceptor: Interceptor = (options, nextCall) => {
  const path = options.method_definition.path;
  const self = identity;
  // nothing to add: the call itself, with no extra step on its messages (grpc-js chains
  // client interceptors through the interface alone)
  if (self === null || !needsPeerProof(path)) return nextCall(options) as InterceptingCall;
  return new InterceptingCall(nextCall(options), {
    start(metadata, listener, next) {
      metadata.set(PEER_PROOF_HEADER, peerProof(self.key, self.host, path));
      next(metadata, listener);
    },
  });
};

/** grpc-js Client options carrying the proof (spread into a peer client's options). */
export function peerClientOptions(): { interceptors: Interceptor[] } {
  return { interceptors: [peerProofInterceptor] };
}

// ---------------------------------------------------------------- server side

/**
 * A server interceptor refusing peer methods without a good proof: the call ends with
 * 7005 (UNAUTHENTICATED) before its handler sees it. `refused` hears each refusal (the
 * daemon logs them). Other methods pass untouched (no wrapper on their messages).
 */
export function peerProofCheck(key: Buffer, localHost: string, refused: (path: string, why: string, peer: string) => void): ServerInterceptor {
  const secret = Buffer.from(key);
  return (descriptor, call) => {
    // (grpc-js chains interceptors through the interface alone: the call itself passes on
    // unwrapped, so clients' messages take no extra step)
    if (!needsPeerProof(descriptor.path)) return call as ServerInterceptingCall;
    const intercepting: ServerInterceptingCall = new ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(metadata: Metadata, pass: (metadata: Metadata) => void) {
            const proof = metadata.get(PEER_PROOF_HEADER)[0];
            const why = checkPeerProof(secret, localHost, descriptor.path, typeof proof === 'string' ? proof : proof?.toString());
            if (why === '') {
              pass(metadata);
              return;
            }
            refused(descriptor.path, why, call.getPeer());
            const status = errorToStatus(new IngresError(7005, `host ${localHost} refused the call: ${why}`, {
              host: localHost,
              hint: 'Every host of a cluster holds the same etc/cluster.key (ingres-cluster init writes it).',
            }));
            intercepting.sendStatus({ code: status.code ?? GrpcStatus.UNAUTHENTICATED, details: status.details ?? why, metadata: status.metadata ?? null });
          },
        });
      },
    });
    return intercepting;
  };
}
