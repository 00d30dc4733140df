/*
 * protocol-check.test.ts — a host whose build speaks another cluster protocol
 * (INGRES_CLUSTER_PROTOCOL, as an older or newer build would) is not admitted to the group:
 * the others keep it down and say why in status, a statement that needs its relation fails
 * with 7004 naming it instead of running 2PC with a host that would misread it, and once it
 * runs the same build again it rejoins. Real ingresd processes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLUSTER_PROTOCOL } from '../../src/common/protocol.js';
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { BankCluster, dbStateOn, rowsOf as rows, waitFor } from './support/bank-cluster.js';

const DB = 'protocols';
const OTHER = CLUSTER_PROTOCOL - 1;
let cluster: BankCluster;

async function runOn(host: string, text: string): Promise<StatementResult[]> {
  return await cluster.runOn(host, DB, text, 20_000);
}

beforeAll(async () => {
  cluster = await BankCluster.serving(3, 'ingres-protocol-', DB, 'h3');
  rows(await runOn('h3', 'create r2 (id = i4, v = i4) at h2\nappend to r2 (id = 1, v = 7)'));
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
}, 60_000);

describe('hosts of different builds', () => {
  test('a host speaking another cluster protocol is kept out of the group, and rejoins on the same build', async () => {
    await cluster.stop(['h2']);
    await cluster.start(['h2'], undefined, { INGRES_CLUSTER_PROTOCOL: String(OTHER) });

    // h3 hears h2 again, but does not admit it, and says why
    const expected = `host h2 speaks cluster protocol ${OTHER} (this host ${CLUSTER_PROTOCOL}): not admitted`;
    const state = await waitFor('h3 to refuse h2', async () => {
      const s = await dbStateOn(cluster, 'h3', DB);
      return (s.note ?? '').includes(expected) ? s : null;
    }, 30_000, 100);
    expect(state.rows?.find((r) => r.host === 'h2')?.up).toBe(false);
    // … and h2 refuses the others likewise
    expect((await dbStateOn(cluster, 'h2', DB)).note ?? '').toContain(`host h3 speaks cluster protocol ${CLUSTER_PROTOCOL} (this host ${OTHER}): not admitted`);

    // what lives on h2 is not available from h3; the statement fails at once, naming h2
    const blocked = await runOn('h3', 'range of b is r2\nretrieve (v = b.v)');
    const error = blocked.find((r) => r.kind === 'error');
    expect(error?.kind === 'error' ? `${error.error.code}: ${error.error.message}` : 'no error').toBe('7004: host h2 is down; relation r2 is not available');

    // the same build again: h2 rejoins, the note goes, r2 is served
    await cluster.stop(['h2']);
    await cluster.start(['h2']);
    const back = await waitFor('h2 to rejoin', async () => {
      const s = await dbStateOn(cluster, 'h3', DB);
      return s.rows?.find((r) => r.host === 'h2')?.up === true ? s : null;
    }, 30_000, 100);
    expect(back.note ?? '').toBe('');
    const served = await waitFor('r2 to be served', async () => rows(await runOn('h3', 'range of b is r2\nretrieve (v = b.v)')), 30_000, 200);
    expect(served).toEqual([[7]]);
  }, 120_000);
});
