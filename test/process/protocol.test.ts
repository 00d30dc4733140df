/*
 * protocol.test.ts — the gRPC protocol in one process: a real grpc-js server running
 * HostDaemon over a fake engine, and the real client. Typed values survive the wire, big
 * results arrive in chunks, IngresErrors come back with code/detail/hint, a busy session
 * is refused, a cancelled OpenSession stream closes its session, and the Exchange stream
 * keeps consecutive query buffers apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IngresError } from '../../src/common/errors.js';
import type { QuelSession, StatementResult } from '../../src/dbsys/session-api.js';
import type { Database } from '../../src/storage/api.js';
import { HostDaemon, type Engine } from '../../src/cli/daemon/host-daemon.js';
import { freePort, writeInstallation } from '../../src/install/installation.js';
import { HostClient } from '../../src/net/client.js';
import { createNullLogger } from '../../src/net/log.js';
import { startHostServer, type HostServer } from '../../src/net/server.js';
import { ROWS_PER_CHUNK } from '../../src/net/wire.js';
import { pb, type pbt } from '../../src/net/gen/index.js';
import { Client, credentials } from '@grpc/grpc-js';
import { waitFor } from './helpers.js';

const closed: string[] = [];
let release: (() => void) | null = null;

/** A session whose answers are chosen by the query text. */
function fakeSession(id: string): QuelSession {
  return {
    async run(text: string): Promise<StatementResult[]> {
      if (text === 'slow') await new Promise<void>((resolve) => { release = resolve; });
      if (text === 'big') {
        const rows = Array.from({ length: ROWS_PER_CHUNK * 3 + 7 }, (_, i) => [i, `row ${i}`]);
        return [{ kind: 'rows', title: null, columns: [
          { name: 'n', type: { kind: 'i', length: 4 } }, { name: 's', type: { kind: 'c', length: 12 } }], rows }];
      }
      if (text === 'throw') throw new Error('boom');
      if (text === 'odd') {
        // a number in a char column: not packable, sent value by value
        return [{ kind: 'rows', title: null, columns: [
          { name: 'c', type: { kind: 'c', length: 3 } }, { name: 'n', type: { kind: 'i', length: 4 } }],
        rows: [['abc', 1], [2.5, 3]] }];
      }
      return [
        { kind: 'rows', title: 'mixed relation', columns: [
          { name: 'i1', type: { kind: 'i', length: 1 } },
          { name: 'f8', type: { kind: 'f', length: 8 } },
          { name: 'f4', type: { kind: 'f', length: 4 } },
          { name: 'c', type: { kind: 'c', length: 5 } }],
        rows: [[-128, 0.1, Math.fround(1.5), ''], [127, -1e300, -0, 'a"b\\c']] },
        { kind: 'rows', title: null, columns: [{ name: 'x', type: { kind: 'i', length: 2 } }], rows: [] },
        { kind: 'text', text: 'help text\n' },
        { kind: 'done', statement: 'Append', tuples: 2 },
        { kind: 'done', statement: 'Range', tuples: null },
        { kind: 'error', error: new IngresError(2109, "line 1, Variable 'x' not declared in RANGE statement", { detail: 'd', hint: 'h' }) },
      ];
    },
    close(): Promise<void> {
      closed.push(id);
      return Promise.resolve();
    },
  };
}

let counter = 0;
const fakeDatabase = (directory: string, name: string): Database =>
  ({ name, directory, begin: () => { throw new Error('unused'); }, close: () => Promise.resolve() }) as unknown as Database;
const engine: Engine = {
  createDatabase: fakeDatabase,
  openDatabase: fakeDatabase,
  destroyDatabase: () => undefined,
  createSession: () => fakeSession(`s${++counter}`),
};

const root = mkdtempSync(join(tmpdir(), 'ingres-protocol-'));
let server: HostServer;
let client: HostClient;

beforeAll(async () => {
  const port = await freePort();
  const installation = writeInstallation(join(root, 'ii'), { hostname: 'h1', hosts: [{ name: 'h1', address: `127.0.0.1:${port}` }] });
  const daemon = new HostDaemon(installation, engine, createNullLogger());
  server = await startHostServer(daemon, installation.address, createNullLogger());
  client = new HostClient(installation.address, 'h1');
  await client.createDatabase('db', 'tester');
});

afterAll(async () => {
  client.close();
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('the session protocol', () => {
  test('every result kind and typed value survives the wire', async () => {
    const session = await client.openSession('db', { user: 'tester' });
    expect(session.host).toBe('h1');
    const results = await session.run('mixed');
    expect(results).toHaveLength(6);
    expect(results[0]).toEqual({
      kind: 'rows', title: 'mixed relation',
      columns: [
        { name: 'i1', type: { kind: 'i', length: 1 } }, { name: 'f8', type: { kind: 'f', length: 8 } },
        { name: 'f4', type: { kind: 'f', length: 4 } }, { name: 'c', type: { kind: 'c', length: 5 } }],
      rows: [[-128, 0.1, 1.5, ''], [127, -1e300, -0, 'a"b\\c']],
    });
    expect(results[1]).toEqual({ kind: 'rows', title: null, columns: [{ name: 'x', type: { kind: 'i', length: 2 } }], rows: [] });
    expect(results[2]).toEqual({ kind: 'text', text: 'help text\n' });
    expect(results[3]).toEqual({ kind: 'done', statement: 'Append', tuples: 2 });
    expect(results[4]).toEqual({ kind: 'done', statement: 'Range', tuples: null });
    const error = results[5];
    expect(error?.kind).toBe('error');
    if (error?.kind === 'error') {
      expect(error.error).toBeInstanceOf(IngresError);
      expect(error.error.format()).toBe("2109: line 1, Variable 'x' not declared in RANGE statement\nDETAIL: d\nHINT: h");
    }
    await session.close();
  });

  test('a big result arrives whole, in order', async () => {
    const session = await client.openSession('db', { user: 'tester' });
    const [result] = await session.run('big');
    expect(result?.kind).toBe('rows');
    if (result?.kind === 'rows') {
      expect(result.rows).toHaveLength(ROWS_PER_CHUNK * 3 + 7);
      expect(result.rows[ROWS_PER_CHUNK * 2 + 5]).toEqual([ROWS_PER_CHUNK * 2 + 5, `row ${ROWS_PER_CHUNK * 2 + 5}`]);
    }
    await session.close();
  });

  test('a session that throws gives an error result, not a broken call', async () => {
    const session = await client.openSession('db', { user: 'tester' });
    const [result] = await session.run('throw');
    expect(result).toMatchObject({ kind: 'error', error: { code: 9000 } });
    await session.close();
  });

  test('one query at a time per session: 8012', async () => {
    const session = await client.openSession('db', { user: 'tester' });
    const slow = session.run('slow');
    await waitFor('the slow query to start', () => release !== null);
    await expect(session.run('mixed')).rejects.toMatchObject({ code: 8012 });
    release?.();
    await expect(slow).resolves.toHaveLength(6);
    await session.close();
  });

  test('query buffers in a row on one session keep their results apart', async () => {
    const session = await client.openSession('db', { user: 'tester' });
    for (let round = 0; round < 3; round++) {
      const [big] = await session.run('big');
      expect(big?.kind === 'rows' ? big.rows.length : -1).toBe(ROWS_PER_CHUNK * 3 + 7);
      expect(await session.run('mixed')).toHaveLength(6);
      expect(await session.run('throw')).toMatchObject([{ kind: 'error', error: { code: 9000 } }]);
      expect(await session.run('odd')).toMatchObject([{ kind: 'rows', rows: [['abc', 1], [2.5, 3]] }]);
    }
    await session.close();
  });

  test('an undecodable request on the Exchange stream is 7003, and the stream goes on', async () => {
    const session = await client.openSession('db', { user: 'tester' });
    const raw = new Client(client.address, credentials.createInsecure());
    const call = raw.makeBidiStreamRequest('/ingres.Session/Exchange', (b: Buffer) => b, (b: Buffer) => b);
    const replies: pbt.RunReply[] = [];
    call.on('data', (bytes: Buffer) => replies.push(...(pb.RunBatch.decode(bytes).parts as pbt.RunReply[])));
    call.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x12]));
    call.write(Buffer.from(pb.RunRequest.encode({ sessionId: session.id, text: 'throw' }).finish()));
    await waitFor('two ends', () => replies.filter((r) => r.part === 'end').length === 2);
    expect(replies[0]?.end?.failure).toMatchObject({ code: 7003 });
    expect(replies.map((r) => r.part)).toEqual(['end', 'error', 'end']);
    expect(replies[2]?.end?.failure ?? null).toBeNull();
    call.end();
    raw.close();
    await session.close();
  });

  test('a closed session is gone: 8011', async () => {
    const session = await client.openSession('db', { user: 'tester' });
    await session.close();
    await expect(session.run('mixed')).rejects.toMatchObject({ code: 8011 });
  });

  test('dropping the OpenSession stream closes the session', async () => {
    const other = new HostClient(client.address, 'h1');
    const session = await other.openSession('db', { user: 'tester' });
    const before = closed.length;
    other.close();
    await waitFor('the session to close', () => closed.length > before);
    expect((await client.status()).sessions).toBe(0);
    expect(session.id).not.toBe('');
  });

  test('admin errors carry their numbers', async () => {
    await expect(client.createDatabase('db', 'x')).rejects.toMatchObject({ code: 8002 });
    await expect(client.destroyDatabase('nosuch', 'x')).rejects.toMatchObject({ code: 8001 });
    await expect(client.openSession('9bad', { user: 'x' })).rejects.toMatchObject({ code: 8003 });
  });

  test('an unreachable daemon is 7001', async () => {
    const nobody = new HostClient(`127.0.0.1:${await freePort()}`, 'ghost');
    await expect(nobody.status(2000)).rejects.toMatchObject({ code: 7001, host: 'ghost' });
    nobody.close();
  });
});
