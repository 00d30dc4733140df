/*
 * list-append-check.ts — a serializability checker for list-append histories, after
 * Kingsbury and Alvaro's Elle (VLDB 2020): every key holds a list that transactions append
 * unique elements to and read whole, so a read shows which writes came before it, and the
 * longest list of a key gives its version order. From that: the dependency graph (ww, wr,
 * rw, and real time) between committed transactions, whose cycles are the anomalies of
 * Adya's hierarchy (G0, G1c, G-single/G2), plus the anomalies one read shows by itself.
 */

/** One operation of a transaction: an append of `element` to `key`'s list, or a read of it. */
export type ListOp =
  | { readonly f: 'append'; readonly key: number; readonly element: number }
  | { readonly f: 'read'; readonly key: number; readonly list: readonly number[] };

/**
 * A transaction as its client saw it. `ok`: committed (acknowledged); `fail`: known not
 * committed (nothing of it may be seen); `info`: not known (it may have committed). Times
 * are the client's clock when it sent the first statement and when the last answered.
 */
export interface ListTxn {
  readonly id: number;
  readonly ops: readonly ListOp[];
  readonly outcome: 'ok' | 'fail' | 'info';
  readonly invokedAt: number;
  readonly completedAt: number;
}

export interface Anomaly {
  /** Adya's name where there is one (G0, G1a, G1b, G1c, G-single, G2), else what broke */
  readonly kind: string;
  readonly detail: string;
}

type EdgeKind = 'ww' | 'wr' | 'rw' | 'rt';
interface Edge { readonly to: number; readonly kind: EdgeKind; readonly why: string }

/**
 * The anomalies of `history`, given `final`: each key's list read after every transaction
 * ended (the version order; a key never read there counts as empty). An empty answer means
 * the history is strictly serializable as far as its reads can show.
 */
export function checkListAppend(history: readonly ListTxn[], final: ReadonlyMap<number, readonly number[]>): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const writerOf = new Map<number, ListTxn>();
  for (const txn of history) {
    for (const op of txn.ops) {
      if (op.f !== 'append') continue;
      const other = writerOf.get(op.element);
      if (other !== undefined) throw new Error(`element ${op.element} appended by T${other.id} and T${txn.id}: the workload must not repeat one`);
      writerOf.set(op.element, txn);
    }
  }
  const orderOf = (key: number): readonly number[] => final.get(key) ?? [];
  const checkDuplicates = (where: string, list: readonly number[]): void => {
    if (new Set(list).size !== list.length) anomalies.push({ kind: 'duplicate', detail: `${where} repeats an element` });
  };
  /** a list (`where`: whose) holding an element nobody, or a rolled-back transaction, appended */
  const checkElements = (where: string, list: readonly number[]): void => {
    for (const element of list) {
      const writer = writerOf.get(element);
      if (writer === undefined) anomalies.push({ kind: 'garbage', detail: `${where} holds ${element}, which nobody appended` });
      else if (writer.outcome === 'fail') anomalies.push({ kind: 'G1a', detail: `${where} holds ${element} of T${writer.id}, which did not commit` });
    }
  };

  // what the final lists show alone
  for (const [key, list] of final) {
    const where = `key ${key}'s final list [${list.join(' ')}]`;
    checkDuplicates(where, list);
    checkElements(where, list);
  }
  for (const txn of history) {
    if (txn.outcome !== 'ok') continue;
    for (const op of txn.ops) {
      if (op.f === 'append' && !orderOf(op.key).includes(op.element)) {
        anomalies.push({ kind: 'lost-write', detail: `T${txn.id} committed its append of ${op.element} to key ${op.key}; the final list lacks it` });
      }
    }
  }

  // what each committed read shows alone
  for (const txn of history) {
    if (txn.outcome !== 'ok') continue;
    const own = new Map<number, number[]>(); // key → what this transaction saw and did so far
    for (const op of txn.ops) {
      if (op.f === 'append') {
        own.get(op.key)?.push(op.element);
        continue;
      }
      const { key, list } = op;
      const where = `T${txn.id}'s read of key ${key} [${list.join(' ')}]`;
      const order = orderOf(key);
      checkDuplicates(where, list);
      if (list.length > order.length || list.some((element, i) => order[i] !== element)) {
        anomalies.push({ kind: 'incompatible-order', detail: `${where} is no prefix of the final list [${order.join(' ')}]` });
      }
      checkElements(where, list);
      const last = list[list.length - 1];
      const lastWriter = last === undefined ? undefined : writerOf.get(last);
      if (last !== undefined && lastWriter !== undefined && lastWriter !== txn) {
        const appends = lastWriter.ops.filter((o) => o.f === 'append' && o.key === key).map((o) => (o as { element: number }).element);
        if (appends[appends.length - 1] !== last) {
          anomalies.push({ kind: 'G1b', detail: `${where} ends with ${last}, not the last of T${lastWriter.id}'s appends to it [${appends.join(' ')}]` });
        }
      }
      // within the transaction: a read shows its earlier read and its own appends since
      const before = own.get(key);
      if (before !== undefined) {
        if (before.length !== list.length || before.some((e, i) => list[i] !== e)) {
          anomalies.push({ kind: 'internal', detail: `${where}: its earlier read and appends since give [${before.join(' ')}]` });
        }
      } else {
        const mine = txn.ops.slice(0, txn.ops.indexOf(op)).filter((o) => o.f === 'append' && o.key === key).map((o) => (o as { element: number }).element);
        if (mine.some((e, i) => list[list.length - mine.length + i] !== e)) {
          anomalies.push({ kind: 'internal', detail: `${where} does not end with its own appends [${mine.join(' ')}]` });
        }
      }
      own.set(key, [...list]);
    }
  }

  // the dependency graph over the transactions that committed (or may have, and were seen)
  const seen = new Set<ListTxn>();
  for (const list of final.values()) for (const element of list) {
    const writer = writerOf.get(element);
    if (writer !== undefined && writer.outcome === 'info') seen.add(writer);
  }
  const nodes = history.filter((t) => t.outcome === 'ok' || seen.has(t));
  const edges = new Map<number, Edge[]>();
  const add = (from: ListTxn | undefined, to: ListTxn | undefined, kind: EdgeKind, why: string): void => {
    if (from === undefined || to === undefined || from === to) return;
    if (from.outcome === 'fail' || to.outcome === 'fail') return;
    let out = edges.get(from.id);
    if (out === undefined) edges.set(from.id, out = []);
    out.push({ to: to.id, kind, why });
  };
  for (const [key, order] of final) {
    for (let i = 1; i < order.length; i++) {
      add(writerOf.get(order[i - 1] as number), writerOf.get(order[i] as number), 'ww', `key ${key}: ${order[i - 1]} then ${order[i]}`);
    }
  }
  for (const txn of nodes) {
    if (txn.outcome !== 'ok') continue; // an unknown transaction's reads were never seen
    for (const op of txn.ops) {
      if (op.f !== 'read') continue;
      const order = orderOf(op.key);
      const last = op.list[op.list.length - 1];
      if (last !== undefined) add(writerOf.get(last), txn, 'wr', `key ${op.key}: read [.. ${last}]`);
      const next = order[op.list.length];
      if (next !== undefined) add(txn, writerOf.get(next), 'rw', `key ${op.key}: read ${op.list.length} elements, ${next} came next`);
    }
  }
  // real time: a transaction that ended before another began precedes it. Only the latest-
  // ending predecessors need an edge (the rest follow through them), but all is simpler and
  // the histories here are small.
  const byStart = [...nodes].sort((a, b) => a.invokedAt - b.invokedAt);
  for (const before of nodes) {
    for (const after of byStart) {
      if (after.invokedAt > before.completedAt) add(before, after, 'rt', ''); // described when reported
    }
  }

  const levels: readonly { kind: string; allowed: ReadonlySet<EdgeKind> }[] = [
    { kind: 'G0 (write cycle)', allowed: new Set(['ww']) },
    { kind: 'G1c (circular information flow)', allowed: new Set(['ww', 'wr']) },
    { kind: 'G2 (anti-dependency cycle)', allowed: new Set(['ww', 'wr', 'rw']) },
    { kind: 'real-time order (not strictly serializable)', allowed: new Set(['ww', 'wr', 'rw', 'rt']) },
  ];
  for (const level of levels) {
    const cycle = findCycle(nodes.map((t) => t.id), edges, level.allowed);
    if (cycle === null) continue;
    let kind = level.kind;
    if (level.allowed.has('rw') && !level.allowed.has('rt') && cycle.filter((e) => e.edge.kind === 'rw').length === 1) kind = 'G-single (read skew)';
    const byId = new Map(nodes.map((t) => [t.id, t]));
    const why = (from: number, edge: Edge): string => edge.kind !== 'rt' ? edge.why
      : `ended at ${byId.get(from)?.completedAt.toFixed(1)} ms, before T${edge.to} began at ${byId.get(edge.to)?.invokedAt.toFixed(1)}`;
    anomalies.push({ kind, detail: cycle.map((e) => `T${e.from} -${e.edge.kind} (${why(e.from, e.edge)})-> T${e.edge.to}`).join(', ') });
    break; // a cycle at one level is one at every level above
  }
  return anomalies;
}

/** A shortest cycle through the edges of the allowed kinds, or null (Tarjan's SCCs, then BFS). */
function findCycle(nodes: readonly number[], edges: ReadonlyMap<number, readonly Edge[]>, allowed: ReadonlySet<EdgeKind>): { from: number; edge: Edge }[] | null {
  const out = (n: number): Edge[] => (edges.get(n) ?? []).filter((e) => allowed.has(e.kind));
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  let counter = 0;
  let found: number[] | null = null;
  // iterative Tarjan (histories of thousands of transactions would overflow recursion)
  for (const root of nodes) {
    if (index.has(root) || found !== null) continue;
    const work: { node: number; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
    while (work.length > 0 && found === null) {
      const frame = work[work.length - 1] as { node: number; next: number };
      const successors = out(frame.node);
      if (frame.next < successors.length) {
        const to = (successors[frame.next++] as Edge).to;
        if (!index.has(to)) {
          index.set(to, counter); low.set(to, counter++); stack.push(to); onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) found = component;
      }
    }
  }
  if (found === null) return null;
  // the shortest cycle through the component's first member, by BFS inside the component
  const inside = new Set(found);
  const start = found[0] as number;
  const via = new Map<number, { from: number; edge: Edge }>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as number;
    for (const edge of out(node)) {
      if (!inside.has(edge.to) || via.has(edge.to)) continue;
      via.set(edge.to, { from: node, edge });
      if (edge.to === start) queue.length = 0;
      else queue.push(edge.to);
      if (edge.to === start) break;
    }
  }
  const cycle: { from: number; edge: Edge }[] = [];
  let at = start;
  do {
    const step = via.get(at) as { from: number; edge: Edge };
    cycle.unshift(step);
    at = step.from;
  } while (at !== start);
  return cycle;
}
