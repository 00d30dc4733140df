/*
 * in-doubt-restart.test.ts — a host killed (real SIGKILL) while two transactions are
 * prepared on it, each having changed the tuple count of its own relation there (a delete
 * under an X lock), comes back: both are in doubt at its restart, its coordinator (the
 * user host) settles them, and the relations are as before. Until 12-06 such a host would
 * not open the database again: recovery locked the whole catalog for each ("damaged", 8008).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { BankCluster, inDoubtOn, rowsOf as rows, waitFor, waitNothingInDoubt } from './support/bank-cluster.js';

const DB = 'twodoubts';
let cluster: BankCluster;

async function runOn(host: string, text: string): Promise<StatementResult[]> {
  return await cluster.runOn(host, DB, text, 30_000);
}

/** delete tuple 1 of r<n> (a heap on h1: X on it, its count changes) and bump s<n> on h3 */
const block = (n: number): string => `begin transaction\nrange of a is r${n}\nrange of c is s${n}\n` +
  `delete a where a.id = 1\nreplace c (v = c.v + 1) where c.id = 1\nend transaction`;
const STATE = 'range of a is r1\nrange of b is r2\nrange of c is s1\nrange of d is s2\n' +
  'retrieve (n1 = count(a.id), n2 = count(b.id), v1 = max(c.v), v2 = max(d.v))';

beforeAll(async () => {
  cluster = await BankCluster.serving(3, 'ingres-twodoubts-', DB, 'h3');
  for (const n of [1, 2]) {
    rows(await runOn('h3', `create r${n} (id = i4, v = i4) at h1\nappend to r${n} (id = 1, v = 0)\nappend to r${n} (id = 2, v = 0)`));
    rows(await runOn('h3', `create s${n} (id = i4, v = i4) at h3\nappend to s${n} (id = 1, v = 0)`));
  }
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
}, 60_000);

describe('a host killed with two transactions prepared on it', () => {
  test('opens again, and both are settled by their coordinator', async () => {
    expect(rows(await runOn('h3', STATE))).toEqual([[2, 2, 0, 0]]);
    // h1 holds every prepare, once durable, before it votes
    await cluster.stop(['h1']);
    await cluster.start(['h1'], 'tm.parti.after-prepare=delay:60000');
    await waitFor('h1 to serve r1', async () => rows(await runOn('h3', STATE)).length === 1, 30_000, 200);

    const first = cluster.runOn('h3', DB, block(1), 60_000);
    const second = cluster.runOn('h3', DB, block(2), 60_000);
    await waitFor('both prepared on h1', async () => (await inDoubtOn(cluster, 'h1', DB)).length === 2, 30_000, 100);
    await cluster.kill('h1');
    // their votes never came: the user host, their coordinator, rolled both back
    for (const results of [await first, await second]) {
      const end = results.at(-1);
      expect(end?.kind).toBe('error');
      if (end?.kind === 'error') expect([6009, 6011]).toContain(end.error.code);
    }

    // h1 comes back with both in doubt, and asks h3: abort
    await cluster.start(['h1']);
    await waitNothingInDoubt(cluster, DB, 30_000);
    expect(await waitFor('h1 to serve r1 again', async () => {
      const results = await runOn('h3', STATE);
      return results.some((r) => r.kind === 'error') ? null : rows(results);
    }, 30_000, 200)).toEqual([[2, 2, 0, 0]]);
    // and both blocks commit now
    for (const n of [1, 2]) expect((await runOn('h3', block(n))).at(-1)?.kind).not.toBe('error');
    expect(rows(await runOn('h3', STATE))).toEqual([[1, 1, 1, 1]]);
  }, 180_000);
});
