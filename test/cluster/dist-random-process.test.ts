/*
 * dist-random-process.test.ts — random QUEL on one host (in-process reference) and on a
 * database spread over three real ingresd hosts (ingres-cluster, serverdb, the TMs' two-phase
 * commit, sessions over gRPC on h1 and h3): the same rows, errors and relations after every
 * update, transactions that commit or abort included (test/support/random-differential.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { createSession } from '../../src/dbsys/index.js';
import { DEFAULT_SESSION_OPTIONS, type QuelSession } from '../../src/dbsys/session-api.js';
import { HostClient } from '../../src/net/client.js';
import type { Database } from '../../src/storage/api.js';
import { createDatabase } from '../../src/storage/index.js';
import { RANDOM_RUNS, RandomDifferential } from '../support/random-differential.js';
import { TestCluster } from './support/cluster.js';

const PLACEMENT: Record<string, string> = { big: 'h2', mid: 'h3', tiny: 'h1' };
const MAX_COMBINATIONS = 20_000;
const USER_HOSTS = ['h1', 'h3'];

let cluster: TestCluster;
const clients: HostClient[] = [];
const sessions = new Map<string, QuelSession>();
let oneDir: string;
let oneDb: Database;
let one: QuelSession;
let differential: RandomDifferential;

beforeAll(async () => {
  cluster = await TestCluster.init(3);
  await cluster.start();
  const made = await cluster.creatdb('h1', 'rnd');
  if (made.status !== 0) throw new Error(`creatdb: ${made.stderr}`);
  for (const host of ['h1', 'h2', 'h3']) await cluster.waitReady(host, 'rnd');
  for (const host of USER_HOSTS) {
    const client = new HostClient(cluster.address(host), host);
    clients.push(client);
    sessions.set(host, await client.openSession('rnd', { user: 'ingres' }));
  }
  oneDir = mkdtempSync(join(tmpdir(), 'dist-random-one-'));
  oneDb = await createDatabase(oneDir, 'rnd');
  one = createSession(oneDb, DEFAULT_SESSION_OPTIONS);
  differential = new RandomDifferential(one, sessions, MAX_COMBINATIONS);
  await differential.create((rel) => ` at ${PLACEMENT[rel] ?? 'h1'}`);
}, 120_000);

afterAll(async () => {
  for (const session of sessions.values()) await session.close().catch(() => undefined);
  for (const client of clients) client.close();
  await cluster?.cleanup();
  await one?.close();
  await oneDb?.close();
  if (oneDir !== undefined) rmSync(oneDir, { recursive: true, force: true });
});

describe('random QUEL on one host and on three ingresd hosts', () => {
  test('retrieves give the same rows or the same error, from h1 and from h3', async () => {
    await differential.retrieves(120 * RANDOM_RUNS);
  }, 120_000 * RANDOM_RUNS);

  test('updates leave the same relations, alone or in a distributed transaction that commits or aborts', async () => {
    await differential.updates(30 * RANDOM_RUNS);
  }, 180_000 * RANDOM_RUNS);
});
