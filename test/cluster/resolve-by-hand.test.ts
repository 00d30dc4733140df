/*
 * resolve-by-hand.test.ts — `ingres-cluster resolve` through real processes: h2 holds a
 * transfer prepared for coordinator h1, which is SIGKILLed right after deciding commit
 * (tm.coord.after-decision). The operator rolls h2's part back by hand: its locks go at
 * once. When h1 returns, its commit reaches h2, which reports the contradiction as
 * heuristic damage in `ingres-cluster status` — and the balances show what the operator's
 * decision did (acct1 committed on h1, acct2 rolled back on h2).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { BankCluster, dbStateOn, errorOf, inDoubtOn, rowsOf as rows, run, transferLeftInDoubt, waitFor } from './support/bank-cluster.js';

const DB = 'byhand';
let cluster: BankCluster;

async function runOn(host: string, text: string): Promise<StatementResult[]> {
  return await cluster.runOn(host, DB, text, 20_000);
}

const BALANCES = 'range of a is acct1\nrange of b is acct2\nretrieve (x = a.balance) where a.id = 1\nretrieve (y = b.balance) where b.id = 1';

beforeAll(async () => {
  cluster = await BankCluster.serving(3, 'ingres-byhand-', DB, 'h3');
  for (const h of [1, 2]) {
    rows(await runOn('h3', `create acct${h} (id = i4, balance = i4) at h${h}\nappend to acct${h} (id = 1, balance = 100)`));
  }
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
}, 60_000);

describe('ingres-cluster resolve', () => {
  test('rolls back a part in doubt for a dead coordinator and frees its locks; the coordinator\'s commit is then reported as heuristic damage', async () => {
    const { doubt } = await transferLeftInDoubt(cluster, DB, BALANCES);
    const gid = doubt.globalId ?? '';

    const resolve = (host: string, ...args: string[]) => run('ingres-cluster', ['resolve', cluster.dir, host, DB, ...args], cluster.env());
    // bad requests change nothing: no such transaction here, a wrong outcome
    let result = await resolve('h3', gid, 'abort');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`7014: transaction ${gid} is not in doubt on host h3`);
    result = await resolve('h2', gid, 'maybe');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/usage: ingres-cluster/);
    // h1 must have left the group first (while it is up, it decides): wait for h2 to see it
    await waitFor('h2 to see h1 leave the group', async () =>
      (await dbStateOn(cluster, 'h2', DB)).rows?.find((r) => r.host === 'h1')?.up === false, 20_000, 100);
    // (until then a statement needing acct2 fails: the part holds its lock)
    expect(errorOf(await runOn('h3', 'range of b is acct2\nretrieve (y = b.balance) where b.id = 1'))).toBe('7004: host h1 is down; relation acct2 is not available');

    result = await resolve('h2', gid, 'abort');
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toBe(`h2: transaction ${gid} of database ${DB}: rolled back by hand\n`);
    expect(await inDoubtOn(cluster, 'h2', DB)).toEqual([]);
    // the locks are gone: acct2 reads (and writes) again, with the transfer's leg undone
    expect(rows(await runOn('h3', 'range of b is acct2\nretrieve (y = b.balance) where b.id = 1'))).toEqual([[100]]);
    let status = await cluster.status();
    expect(status.stdout).toContain(`decided by hand: ${gid} abort`);
    expect(status.stdout).toContain('coordinator h1 not heard yet');

    // h1 returns holding its commit decision: it sends it, and h2 reports the contradiction
    await cluster.start(['h1']);
    await waitFor('h2 to hear h1\'s decision', async () =>
      (await dbStateOn(cluster, 'h2', DB)).heuristics?.find((h) => h.globalId === gid && h.coordinatorOutcome === 'commit'), 30_000, 200);
    status = await cluster.status();
    expect(status.stdout).toContain(`decided by hand: ${gid} abort`);
    expect(status.stdout).toContain('HEURISTIC DAMAGE: coordinator h1 decided commit');
    // which is what the balances show: h1's leg committed, h2's rolled back by hand
    const after = await waitFor('the balances to be readable', async () => rows(await runOn('h3', BALANCES)), 30_000, 200);
    expect(after).toEqual([[93], [100]]);
    // the operator repairs acct2 and drops the record
    rows(await runOn('h3', 'range of b is acct2\nreplace b (balance = 107) where b.id = 1'));
    result = await resolve('h2', gid, 'forget');
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 0, stdout: `h2: transaction ${gid} of database ${DB}: its decision by hand forgotten\n` });
    expect((await dbStateOn(cluster, 'h2', DB)).heuristics ?? []).toEqual([]);
    expect((await cluster.status()).stdout).not.toContain('decided by hand');
    // forgetting twice, or on a database the host does not have: numbered errors, no change
    result = await resolve('h2', gid, 'forget');
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 1, stderr: `7016: no decision by hand of transaction ${gid} on host h2` });
    result = await run('ingres-cluster', ['resolve', cluster.dir, 'h2', 'nosuchdb', gid, 'abort'], cluster.env());
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 1, stderr: "8001: database 'nosuchdb' does not exist on host h2" });
    expect(rows(await runOn('h3', BALANCES))).toEqual([[93], [107]]);
  }, 180_000);
});
