/*
 * older-daemon.test.ts — a client of this build against a daemon of an earlier one, which
 * has no Admin.Challenge (UNIMPLEMENTED) and checks no proofs: the session still opens,
 * without a proof, instead of failing on the missing call.
 */
import { Server, ServerCredentials, type ServerWritableStream } from '@grpc/grpc-js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HostClient } from '../../../src/net/client.js';
import type { pbt } from '../../../src/net/gen/index.js';
import { SessionService } from '../../../src/net/services.js';

let server: Server;
let port = 0;
const requests: pbt.IOpenSessionRequest[] = [];

beforeAll(async () => {
  server = new Server();
  // only OpenSession: every other method of the daemon answers UNIMPLEMENTED, Admin's too
  server.addService({ OpenSession: SessionService.OpenSession }, {
    OpenSession: (call: ServerWritableStream<{ ok: true; message: pbt.IOpenSessionRequest }, pbt.ISessionEvent>) => {
      requests.push(call.request.message);
      call.write({ opened: { sessionId: 's1', host: 'old', version: 'old', daemonPid: 1 } });
    },
  });
  port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound)));
  });
});

afterAll(() => {
  server.forceShutdown();
});

test('a daemon without Admin.Challenge: the session opens without a proof', async () => {
  const client = new HostClient(`127.0.0.1:${String(port)}`, 'old');
  try {
    const session = await client.openSession('db', { user: 'tester' });
    expect(session.id).toBe('s1');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.proof ?? '').toBe('');
  } finally {
    client.close();
  }
});
