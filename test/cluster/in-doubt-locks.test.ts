/*
 * in-doubt-locks.test.ts — a transaction prepared on h2 for coordinator h1, which dies
 * right after deciding (real SIGKILL at tm.coord.after-decision), keeps its locks on h2
 * until h1 is back. A statement that needs them fails with 7004 naming h1 instead of
 * waiting for it; other relations go on; once h1 returns the transaction commits everywhere
 * and the same statement runs. The transfer is one buffer (the one-request block path:
 * h2 prepares on request, h1's TR_START fetches its vote).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { BankCluster, dbStateOn, rowsOf as rows, transferLeftInDoubt, waitFor, waitNothingInDoubt } from './support/bank-cluster.js';

const DB = 'orphans';
let cluster: BankCluster;

async function runOn(host: string, text: string): Promise<StatementResult[]> {
  return await cluster.runOn(host, DB, text, 20_000);
}

const BALANCES = 'range of a is acct1\nrange of b is acct2\nretrieve (x = a.balance) where a.id = 1\nretrieve (y = b.balance) where b.id = 1';

beforeAll(async () => {
  cluster = await BankCluster.serving(3, 'ingres-orphans-', DB, 'h3');
  for (const h of [1, 2, 3]) {
    rows(await runOn('h3', `create acct${h} (id = i4, balance = i4) at h${h}\nappend to acct${h} (id = 1, balance = 100)\nappend to acct${h} (id = 2, balance = 100)`));
  }
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
}, 60_000);

describe('locks of a transaction in doubt for a dead coordinator', () => {
  test('a statement needing them fails at once with 7004 naming the coordinator; after its return the commit is everywhere', async () => {
    // h1 dies right after its first commit decision as coordinator (acct2@h2 first, acct1@h1
    // last: h1 coordinates, h2 prepares on its last work)
    const { results, doubt } = await transferLeftInDoubt(cluster, DB, BALANCES);
    // one result per statement, whatever the outcome (a lost reply from the coordinator
    // gives its statements the 6014 too)
    expect(results).toHaveLength(6);
    const end = results.at(-1);
    // h1 stages its commit: it answers once h2 is prepared and its own staged record is
    // durable, before the decision record whose write the failpoint follows — so the
    // answer is "done", unless the kill overtook it on the wire (then it was lost with h1)
    if (end?.kind === 'error') expect([6014, 7000, 7001]).toContain(end.error.code);
    else expect(end?.kind).toBe('done');

    // h2 holds the prepared part, in doubt, for coordinator h1 …
    expect(doubt.globalId).toMatch(/^h3\./);
    await waitFor('h2 to see h1 leave the group', async () =>
      (await dbStateOn(cluster, 'h2', DB)).rows?.find((r) => r.host === 'h1')?.up === false, 20_000, 100);

    // … so reading acct2 cannot go on: 7004 naming h1, not a wait until h1 returns
    const blocked = await runOn('h3', 'range of b is acct2\nretrieve (y = b.balance) where b.id = 2');
    const error = blocked.find((r) => r.kind === 'error');
    expect(error?.kind).toBe('error');
    if (error?.kind === 'error') {
      expect(`${error.error.code}: ${error.error.message}`).toBe('7004: host h1 is down; relation acct2 is not available');
      expect(error.error.detail).toContain(`global transaction ${doubt.globalId ?? '?'}, prepared and waiting for the decision of its coordinator h1`);
    }
    // a relation the part does not hold is served as usual
    expect(rows(await runOn('h3', 'range of c is acct3\nretrieve (z = c.balance) where c.id = 1'))).toEqual([[100]]);
    // a one-request block that needs acct2 answers every one of its statements (until 12-07
    // a statement whose share had not run yet when another host's failed had no result at
    // all: the monitor printed results against the wrong statements) and commits nothing
    const block = await runOn('h3', 'begin transaction\nrange of b is acct2\nrange of c is acct3\n' +
      'retrieve (z = c.balance) where c.id = 1\nretrieve (y = b.balance) where b.id = 2\nreplace c (balance = c.balance + 1) where c.id = 2\nend transaction');
    expect(block).toHaveLength(7);
    const codes = block.map((r) => r.kind === 'error' ? r.error.code : r.kind);
    expect(codes.slice(0, 3)).toEqual(['done', 'done', 'done']);
    expect([['rows'], [6008]]).toContainEqual([codes[3]]);
    expect(codes.slice(4)).toEqual([7004, 6008, 6009]);
    expect(rows(await runOn('h3', 'range of c is acct3\nretrieve (z = c.balance) where c.id = 2'))).toEqual([[100]]);

    // h1 returns: the decision (commit) reaches h2, nothing stays in doubt
    await cluster.start(['h1']);
    await waitNothingInDoubt(cluster, DB, 30_000);
    const after = await waitFor('the balances to be readable', async () => rows(await runOn('h3', BALANCES)), 30_000, 200);
    expect(after).toEqual([[93], [107]]);
    expect(rows(await runOn('h3', 'range of b is acct2\nretrieve (y = b.balance) where b.id = 2'))).toEqual([[100]]);
  }, 180_000);
});
