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
const KILLS = 4;
const SEED = Number(process.env['INGRES_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const bank = new Bank({
  accounts: [{ name: 'acct1', host: 'h1' }, { name: 'acct2', host: 'h2' }],
  ledger: { name: 'ledger', host: 'h3' },
  accountsPerRelation: 16,
  initialBalance: 1000,
});

const clusters: BankCluster[] = [];

afterAll(async () => {
  for (const c of clusters) await c.destroy();
}, 60_000);

/**
 * Two regimes: a killed host stays down past the host timeout (1500 ms: the others see it
 * leave the group), or comes back before anyone noticed (a new boot epoch, same group).
 */
const REGIMES = [
  { name: 'down past the host timeout', downMs: [1800, 3000] },
  { name: 'back before the host timeout', downMs: [100, 800] },
] as const;

describe('random host kills under load', () => {
  test.each(REGIMES)(`${KILLS} kills of random hosts at random moments, $name (seed ${SEED})`, async ({ name, downMs }) => {
    console.log(`fault-random (${name}): seed ${SEED} (rerun with INGRES_FAULT_SEED=${SEED})`);
    const random = rng(SEED + downMs[0]);
    const c = await BankCluster.create(3, 'ingres-fault-random-');
    clusters.push(c);
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
        await delay(downMs[0] + Math.floor(random() * (downMs[1] - downMs[0])));
        await c.start([victim]);
      }
      await delay(500);
    } finally {
      stopping = true;
    }
    const result = await workload;
    const summary = `kills ${kills.join(' ')}: ${summarize(result.records)}`;
    console.log(`fault-random (${name}, seed ${SEED}): ${summary}`);
    for (const r of result.records.filter((x) => x.outcome === 'aborted' || x.outcome === 'uncertain')) {
      console.log(`  transfer ${r.transfer.xid}: ${r.outcome} (${r.error ?? ''})`);
    }
    expect(result.hung.map((r) => `transfer ${r.transfer.xid}: ${r.error ?? ''}`), `transfers that never answered (seed ${SEED})`).toEqual([]);
    expect(result.records.filter((r) => r.outcome === 'acked').length, summary).toBeGreaterThan(0);
    expect(result.records.filter((r) => r.error?.startsWith('6017') === true).map((r) => r.error), summary).toEqual([]);

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
  }, 150_000);
});
