/*
 * tm-failpoints.test.ts — 2PC with real processes and real SIGKILL at each named crash
 * point. Hosts a (coordinator, +2k), b and c (writing participants, −k each), d (read-only
 * participant). Transfer 3 meets the armed point; the victim dies (SIGKILL by its own
 * failpoint) and is restarted. Then nothing is in doubt, no decision is held, every host
 * has all or nothing of each transfer, every acknowledged one is applied, the crashed one
 * has the outcome its crash point implies, the money sums to zero, and the next one commits.
 * Without d (`staged`), b and c are the only hosts asked and both vote yes: the coordinator
 * stages its commit (src/tm/README.md, "Staged commits"), so all votes in means committed.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { TmNodes, until } from './support/tm-nodes.js';

let cluster: TmNodes | null = null;
afterEach(async () => {
  await cluster?.stop();
  cluster = null;
});

interface Case {
  readonly point: string;
  readonly victim: 'a' | 'b';
  /** the outcome of the transfer the crash hits */
  readonly outcome: 'commit' | 'abort';
  /** no read-only host d: every host asked votes yes, so the commit is staged */
  readonly staged?: boolean;
}

const CASES: readonly Case[] = [
  { point: 'tm.coord.before-phase1', victim: 'a', outcome: 'abort' },
  { point: 'tm.coord.after-votes', victim: 'a', outcome: 'abort' },
  { point: 'tm.coord.after-decision', victim: 'a', outcome: 'commit' },
  { point: 'tm.coord.mid-delivery', victim: 'a', outcome: 'commit' },
  { point: 'tm.parti.before-prepare', victim: 'b', outcome: 'abort' },
  { point: 'tm.parti.after-prepare', victim: 'b', outcome: 'abort' },
  { point: 'tm.parti.after-vote', victim: 'b', outcome: 'commit' },
  { point: 'tm.parti.after-commit', victim: 'b', outcome: 'commit' },
  // staged: a's part and record are durable and b, c prepared when the votes are in
  { point: 'tm.coord.after-votes', victim: 'a', outcome: 'commit', staged: true },
  { point: 'tm.coord.after-decision', victim: 'a', outcome: 'commit', staged: true },
  { point: 'tm.parti.after-prepare', victim: 'b', outcome: 'abort', staged: true },
  { point: 'tm.parti.after-vote', victim: 'b', outcome: 'commit', staged: true },
];

const CRASH_AT = 3;

/** one transfer k as global transaction u.1.k; true when acknowledged (commit answered
 *  ok), else the reason */
async function transfer(nodes: TmNodes, k: number, staged = false): Promise<true | string> {
  const gid = `u.1.${k}`;
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => nodes.node(n));
  await a?.must({ op: 'insert', gid, value: 2 * k });
  await b?.must({ op: 'insert', gid, value: -k });
  await c?.must({ op: 'insert', gid, value: -k });
  if (!staged) await d?.must({ op: 'read', gid });
  const reply = await a?.call({ op: 'commit', gid, userHost: 'u', ...(staged ? { participants: ['b', 'c'] } : {}) });
  if (reply?.ok === true) return true;
  // the user host's cleanup after a failed commit: unprepared parts are released
  // (prepared ones ignore it: only their coordinator decides them)
  await Promise.all([b, c, d].map((n) => n?.call({ op: 'abort', gid })));
  return `${reply?.code} ${reply?.message}`;
}

describe('2PC under SIGKILL at each crash point', () => {
  test.each(CASES)('$point on $victim → $outcome (staged: $staged)', async ({ point, victim, outcome, staged = false }) => {
    cluster = await TmNodes.start(['a', 'b', 'c', 'd'], { [victim]: `${point}=crash@${CRASH_AT}` });
    const acked: number[] = [];
    for (let k = 1; k < CRASH_AT; k++) {
      expect(await transfer(cluster, k, staged)).toBe(true);
      acked.push(k);
    }
    const node = cluster.node(victim);
    const crashedTransfer = transfer(cluster, CRASH_AT, staged).catch((error: unknown) => String(error));
    expect(await node.exited).toBe('SIGKILL');
    expect(node.stderr).toContain(`failpoint ${point}: crash`);
    if (victim === 'b') {
      // the coordinator survives: its answer to the client is the outcome (or unknown)
      if (await crashedTransfer === true) acked.push(CRASH_AT);
    }
    await node.start(false);
    const all = [...cluster.nodes.values()];
    await until('nothing in doubt and no decision held', async () => {
      const states = await Promise.all(all.map((n) => n.state()));
      return states.every((s) => s.inDoubt.length === 0 && s.held.length === 0);
    });
    const [a, b, c, d] = await Promise.all(all.map((n) => n.state()));
    const ks = (a?.values ?? []).map((v) => v / 2);
    expect(b?.values).toEqual(ks.map((k) => -k).sort((x, y) => x - y));
    expect(c?.values).toEqual(b?.values);
    expect(d?.values).toEqual([]);
    for (const k of acked) expect(ks).toContain(k);
    expect(ks.includes(CRASH_AT)).toBe(outcome === 'commit');
    const sum = [a, b, c].flatMap((s) => s?.values ?? []).reduce((x, y) => x + y, 0);
    expect(sum).toBe(0);
    // the cluster goes on
    expect(await transfer(cluster, CRASH_AT + 1, staged)).toBe(true);
    expect((await cluster.node('b').state()).values).toContain(-(CRASH_AT + 1));
  });
});

describe('a staged commit whose coordinator restarts while a participant is down', () => {
  test('the coordinator holds its own part in doubt until every named host answers, then commits', async () => {
    cluster = await TmNodes.start(['a', 'b', 'c', 'd'], { a: `tm.coord.after-votes=crash@${CRASH_AT}` });
    for (let k = 1; k < CRASH_AT; k++) expect(await transfer(cluster, k, true)).toBe(true);
    const a = cluster.node('a');
    const b = cluster.node('b');
    const crashed = transfer(cluster, CRASH_AT, true).catch((error: unknown) => String(error));
    expect(await a.exited).toBe('SIGKILL');
    expect(await crashed).not.toBe(true); // the answer died with a
    // b (prepared, in doubt for a) dies too before a is back
    b.kill();
    await b.exited;
    await a.start(false);
    // a cannot tell whether b is prepared: its staged record stays, its part stays in doubt
    const gid = `u.1.${CRASH_AT}`;
    await until('a to hold its own part in doubt', async () => {
      const state = await a.doubt();
      return state.held.includes(gid) && state.inDoubt.some((t) => t.globalId === gid && t.coordinator === 'a');
    });
    expect((await cluster.node('c').doubt()).inDoubt.map((t) => t.globalId)).toEqual([gid]);
    await b.start(false);
    const all = [...cluster.nodes.values()];
    await until('nothing in doubt and no decision held', async () => {
      const states = await Promise.all(all.map((n) => n.state()));
      return states.every((s) => s.inDoubt.length === 0 && s.held.length === 0);
    });
    const [sa, sb, sc] = await Promise.all(all.map((n) => n.state()));
    expect(sa?.values).toContain(2 * CRASH_AT);
    expect(sb?.values).toContain(-CRASH_AT);
    expect(sc?.values).toContain(-CRASH_AT);
    expect([sa, sb, sc].flatMap((s) => s?.values ?? []).reduce((x, y) => x + y, 0)).toBe(0);
    expect(await transfer(cluster, CRASH_AT + 1, true)).toBe(true);
  });
});
