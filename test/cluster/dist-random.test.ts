/*
 * dist-random.test.ts — random QUEL (test/support/random-quel.ts) on one host and on three
 * (in-process cluster, real gRPC on loopback; big on h2, mid on h3, tiny on h1; keyed
 * structures and secondary indexes on both, a view over a join): every retrieve gives the
 * same bag of rows (in the same order of its sort keys) or the same error, and every update
 * leaves the same relations, whichever host the user is on (test/support/random-differential.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { createSession } from '../../src/dbsys/index.js';
import { DEFAULT_SESSION_OPTIONS, type QuelSession } from '../../src/dbsys/session-api.js';
import type { Database } from '../../src/storage/api.js';
import { createDatabase } from '../../src/storage/index.js';
import { RANDOM_RUNS, RandomDifferential } from '../support/random-differential.js';
import { InProcessCluster } from './support/dist-cluster.js';

const PLACEMENT: Record<string, string> = { big: 'h2', mid: 'h3', tiny: 'h1' };
/** statements whose variables could combine more tuples than this are not generated */
const MAX_COMBINATIONS = 20_000;

let cluster: InProcessCluster;
let oneDir: string;
let oneDb: Database;
let one: QuelSession;
const dist = new Map<string, QuelSession>();
let differential: RandomDifferential;

beforeAll(async () => {
  cluster = await InProcessCluster.start(['h1', 'h2', 'h3']);
  oneDir = mkdtempSync(join(tmpdir(), 'dist-random-'));
  oneDb = await createDatabase(oneDir, 'demo');
  one = createSession(oneDb, DEFAULT_SESSION_OPTIONS);
  for (const host of ['h1', 'h3']) dist.set(host, cluster.session(host));
  differential = new RandomDifferential(one, dist, MAX_COMBINATIONS);
  await differential.create((rel) => ` at ${PLACEMENT[rel] ?? 'h1'}`);
});

afterAll(async () => {
  for (const session of dist.values()) await session.close();
  await one?.close();
  await cluster?.close();
  await oneDb?.close();
  rmSync(oneDir, { recursive: true, force: true });
});

describe('random QUEL on one host and on three', () => {
  test('retrieves give the same rows or the same error, from h1 and from h3', async () => {
    await differential.retrieves(250 * RANDOM_RUNS);
  }, 120_000 * RANDOM_RUNS);

  test('updates leave the same relations, alone or in a transaction over the hosts that commits or aborts; retrieves after them still agree', async () => {
    await differential.updates(60 * RANDOM_RUNS);
  }, 120_000 * RANDOM_RUNS);
});
