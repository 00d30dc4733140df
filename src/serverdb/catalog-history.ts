/*
 * catalog-history.ts — whose catalog is newer. Every transaction that changes a database's
 * logical catalog appends its global id to the catalog history of every host that applies
 * it (src/storage/store.ts, in the same lmdb write as the change); a catalog copy adopts
 * its source's history. One history is a prefix of another exactly when its last entry
 * sits at the same position in the other: the other host saw every change this one saw.
 */
import type { CatalogHistory } from '../storage/api.js';
import type { pbt } from '../net/gen/index.js';

/** How many ids a rise / rise_resp carries (heartbeats carry the last one). */
export const RISE_HISTORY_TAIL = 1024;

/**
 * How `mine` stands to `theirs`: `same`; `behind` (theirs saw every change of mine, and
 * more); `ahead` (the reverse); `diverged` (each has changes the other lacks: the hosts
 * changed the catalog while apart); `unknown` (the shorter tail does not reach back far
 * enough to tell: ask for a longer one).
 */
export type HistoryOrder = 'same' | 'behind' | 'ahead' | 'diverged' | 'unknown';

/** The id of entry `seq` (1-based), '' for seq 0 (the empty prefix), undefined if not in the tail. */
function idAt(history: CatalogHistory, seq: number): string | undefined {
  if (seq === 0) return '';
  const index = seq - (history.count - history.tail.length + 1);
  return index >= 0 && index < history.tail.length ? history.tail[index] : undefined;
}

export function compareHistories(mine: CatalogHistory, theirs: CatalogHistory): HistoryOrder {
  if (mine.count === theirs.count) {
    const a = idAt(mine, mine.count);
    const b = idAt(theirs, theirs.count);
    if (a === undefined || b === undefined) return 'unknown';
    return a === b ? 'same' : 'diverged';
  }
  const [shorter, longer] = mine.count < theirs.count ? [mine, theirs] : [theirs, mine];
  const last = idAt(shorter, shorter.count);
  const there = idAt(longer, shorter.count);
  if (last === undefined || there === undefined) return 'unknown';
  if (last !== there) return 'diverged';
  return shorter === mine ? 'behind' : 'ahead';
}

export function historyToWire(history: CatalogHistory, tail: number): pbt.ICatalogHistory {
  return { count: history.count, tail: history.tail.slice(Math.max(0, history.tail.length - tail)) };
}

/** A history off the wire; a missing one is the empty history (count 0). */
export function historyFromWire(message: pbt.ICatalogHistory | null | undefined): CatalogHistory {
  const count = Number(message?.count ?? 0);
  const tail = (message?.tail ?? []).slice(Math.max(0, (message?.tail ?? []).length - count));
  return { count, tail };
}

/** For logs and notes: "7 changes, last h1.1733….3". */
export function describeHistory(history: CatalogHistory): string {
  const last = idAt(history, history.count);
  return history.count === 0 ? 'no catalog changes' : `${history.count} catalog change(s), last ${last ?? '?'}`;
}
