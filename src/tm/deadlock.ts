/*
 * deadlock.ts — the distributed deadlock detector's graph work. Each host's lock manager
 * finds the cycles inside it at once (6001); a cycle through parts of global transactions
 * on several hosts is seen by none of them. A host whose global part has waited a while
 * gathers every live host's waits (Tm.WaitsFor) into one waits-for graph and looks for a
 * cycle through its waiter; the victim is the youngest global transaction of the cycle.
 */
import { globalPriority } from '../common/global-id.js';
import type { LockWait } from '../txn/lock-manager.js';

/** waiter → holder, both named as in WaitEdge: a global id or "<host>/<transaction id>" */
export interface WaitEdge {
  readonly waiter: string;
  readonly holder: string;
}

/**
 * A lock manager's waits as edges between transactions: a part of a global transaction is
 * named by its global id (`globalOf`), any other transaction by `<host>/<id>`.
 */
export function edgesOf(waits: readonly LockWait[], host: string, globalOf: (owner: string) => string | undefined): WaitEdge[] {
  const name = (owner: string): string => globalOf(owner) ?? `${host}/${owner}`;
  const edges: WaitEdge[] = [];
  for (const wait of waits) {
    for (const blocker of wait.blockers) edges.push({ waiter: name(wait.owner), holder: name(blocker) });
  }
  return edges;
}

/**
 * A cycle of the graph `edges` through `start`, as the list of its nodes (start first), or
 * null. Depth-first, each node visited once: a cycle through start is found if one exists.
 */
export function cycleThrough(edges: readonly WaitEdge[], start: string): string[] | null {
  const next = new Map<string, string[]>();
  for (const { waiter, holder } of edges) {
    let out = next.get(waiter);
    if (out === undefined) next.set(waiter, (out = []));
    if (!out.includes(holder)) out.push(holder);
  }
  const visited = new Set<string>([start]);
  const path: string[] = [start];
  const iterators: Iterator<string>[] = [(next.get(start) ?? [])[Symbol.iterator]()];
  while (iterators.length > 0) {
    const step = (iterators.at(-1) as Iterator<string>).next();
    if (step.done === true) {
      iterators.pop();
      path.pop();
      continue;
    }
    const node = step.value;
    if (node === start) return [...path];
    if (visited.has(node)) continue;
    visited.add(node);
    path.push(node);
    iterators.push((next.get(node) ?? [])[Symbol.iterator]());
  }
  return null;
}

/**
 * The victim of a cycle: its youngest global transaction (the one that began last; see
 * globalPriority), so an old transaction is never the one to lose over and over.
 * Transactions local to one host ("<host>/<id>") are not candidates: each can only wait
 * where it runs, and the global ones around it are what closes the cycle across hosts.
 */
export function victimOf(cycle: readonly string[]): string | undefined {
  let victim: string | undefined;
  for (const node of cycle) {
    if (node.includes('/')) continue;
    if (victim === undefined || globalPriority(node) > globalPriority(victim)) victim = node;
  }
  return victim;
}
