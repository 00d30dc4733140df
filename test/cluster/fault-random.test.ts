/*
 * fault-random.test.ts — SIGKILL of random hosts at random moments under the bank
 * workload (seeded: INGRES_FAULT_SEED=N reproduces a run; the seed is printed). Accounts
 * on h1 and h2, the ledger on h3, four clients on h3 reconnecting whenever their host
 * dies. Afterwards: money conserved, every acknowledged transfer applied, nothing in
 * doubt, no transfer ever hung, the same catalog on every host.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, test } from 'vitest';
import { BankCluster, helpFingerprints, liveDigests, offlineDigests, waitFor, waitNothingInDoubt, withTimeout } from './support/bank-cluster.js';
import { Bank, rng, runWorkload, summarize } from './support/bank.js';

const DB = 'bank';
const USER_HOST = 'h3';
const KILLS = 5;
const SEED = Number(process.env['INGRES_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const bank = new Bank({
  accounts: [{ name: 'acct1', host: 'h1' }, { name: 'acct2', host: 'h2' }],
  ledger: { name: 'ledger', host: 'h3' },
  accountsPerRelation: 16,
  initialBalance: 1000,
});

let cluster: BankCluster | undefined;

afterAll(async () => {
  await cluster?.destroy();
}, 60_000);

describe('random host kills under load', () => {
  test(`${KILLS} kills of random hosts at random moments (seed ${SEED})`, async () => {
    console.log(`fault-random: seed ${SEED} (rerun with INGRES_FAULT_SEED=${SEED})`);
    const random = rng(SEED);
    const c = await BankCluster.create(3, 'ingres-fault-random-');
    cluster = c;
    await c.start();
    await c.creatdb(DB, USER_HOST);
    const setup = await waitFor('a session on the user host', () => c.session(USER_HOST, DB), 30_000, 200);
    await bank.create(setup);
    await setup.close();

    let stopping = false;
    const workload = runWorkload({
      bank, clients: 4, seed: SEED, firstXid: 1,
      connect: () => c.session(USER_HOST, DB, 3_000),
      stop: () => stopping,
      hangMs: 20_000,
      reconnectMs: 200,
    });
    const kills: string[] = [];
    try {
      for (let k = 0; k < KILLS; k++) {
        // a random moment (this is the point of the test, not a synchronisation)
        await delay(300 + Math.floor(random() * 1500));
        const victim = c.hosts[Math.floor(random() * c.hosts.length)] ?? 'h1';
        kills.push(victim);
        await c.kill(victim);
        await delay(100 + Math.floor(random() * 900));
        await c.start([victim]);
      }
      await delay(500);
    } finally {
      stopping = true;
    }
    const result = await workload;
    const summary = `kills ${kills.join(' ')}: ${summarize(result.records)}`;
    console.log(`fault-random (seed ${SEED}): ${summary}`);
    expect(result.hung, `transfers that never answered (seed ${SEED})`).toEqual([]);
    expect(result.records.filter((r) => r.outcome === 'acked').length, summary).toBeGreaterThan(0);

    await waitNothingInDoubt(c, DB, 30_000);
    const state = await waitFor('the bank to be readable', async () => {
      const session = await c.session(USER_HOST, DB);
      try {
        return await withTimeout(bank.read(session), 15_000, 'read the bank');
      } finally {
        await session.close().catch(() => undefined);
      }
    }, 30_000, 200);
    expect(bank.check(state, result.records), `seed ${SEED}: ${summary}`).toEqual([]);

    // the cluster still takes transfers
    const after = await runWorkload({
      bank, clients: 2, seed: SEED + 1, firstXid: result.nextXid, connect: () => c.session(USER_HOST, DB),
      stop: () => false, maxTransfers: 6,
    });
    expect(after.records.map((r) => r.outcome)).toEqual(Array(6).fill('acked'));

    const help = await helpFingerprints(c, DB, ['acct1', 'acct2', 'ledger']);
    expect(new Set(help.values()).size, JSON.stringify(Object.fromEntries(help))).toBe(1);
    const live = await liveDigests(c, DB);
    expect(new Set(live.values()).size, JSON.stringify(Object.fromEntries(live))).toBe(1);
    await c.stop();
    const digests = await offlineDigests(c, DB);
    expect(new Set(digests.values()).size, JSON.stringify(Object.fromEntries(digests))).toBe(1);
  }, 180_000);
});
