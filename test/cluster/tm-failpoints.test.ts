/*
 * tm-failpoints.test.ts — 2PC with real processes and real SIGKILL at each named crash
 * point. Hosts a (coordinator, +2k), b and c (writing participants, −k each), d (read-only
 * participant). Transfer 3 meets the armed point; the victim dies (SIGKILL by its own
 * failpoint) and is restarted. Then nothing is in doubt, no decision is held, every host
 * has all or nothing of each transfer, every acknowledged one is applied, the crashed one
 * has the outcome its crash point implies, the money sums to zero, and the next one commits.
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
];

const CRASH_AT = 3;

/** one transfer k as global transaction u.1.k; true when acknowledged (commit answered
 *  ok), else the reason */
async function transfer(nodes: TmNodes, k: number): Promise<true | string> {
  const gid = `u.1.${k}`;
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => nodes.node(n));
  await a?.must({ op: 'insert', gid, value: 2 * k });
  await b?.must({ op: 'insert', gid, value: -k });
  await c?.must({ op: 'insert', gid, value: -k });
  await d?.must({ op: 'read', gid });
  const reply = await a?.call({ op: 'commit', gid, userHost: 'u' });
  if (reply?.ok === true) return true;
  // the user host's cleanup after a failed commit: unprepared parts are released
  // (prepared ones ignore it: only their coordinator decides them)
  await Promise.all([b, c, d].map((n) => n?.call({ op: 'abort', gid })));
  return `${reply?.code} ${reply?.message}`;
}

describe('2PC under SIGKILL at each crash point', () => {
  test.each(CASES)('$point on $victim → $outcome', async ({ point, victim, outcome }) => {
    cluster = await TmNodes.start(['a', 'b', 'c', 'd'], { [victim]: `${point}=crash@${CRASH_AT}` });
    const acked: number[] = [];
    for (let k = 1; k < CRASH_AT; k++) {
      expect(await transfer(cluster, k)).toBe(true);
      acked.push(k);
    }
    const node = cluster.node(victim);
    const crashedTransfer = transfer(cluster, CRASH_AT).catch((error: unknown) => String(error));
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
    expect(await transfer(cluster, CRASH_AT + 1)).toBe(true);
    expect((await cluster.node('b').state()).values).toContain(-(CRASH_AT + 1));
  });
});
