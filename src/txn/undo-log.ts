/*
 * undo-log.ts — the txnlog DBI: per multi-statement transaction, a header record and the
 * before-image of every key it wrote, in the same lmdb transaction as the write itself.
 * Rolling back = writing the before-images back in reverse order (abort, and recovery at
 * open for every transaction whose records are still there: no commit ever happened).
 * Key layout: txnNo:u64 seq:u32 (seq 0 = header {state}); value = [dbi, key, has, prior].
 */
import type { Value } from '../types/value.js';
import type { LockMode, LockRequest } from '../storage/api.js';
import { prefixEnd } from '../storage/keys.js';
import { DBI_INDEX, type Store, type UndoSink } from '../storage/store.js';

/** Transaction states recorded in the header. 'prepared' is the hook for two-phase commit
 *  (issue 3): a prepared transaction survives restarts until its outcome is known. */
export type LoggedState = 'active' | 'prepared';
export interface LogHeader {
  readonly state: LoggedState;
  readonly user: string;
  /** two-phase commit (src/tm): the global transaction and its coordinator, once prepared */
  readonly prepared?: PreparedInfo;
  /** prepared: the tuple count changes its commit applies (TransactionImpl's deferred
   *  counts, [relation, storage id, delta]), for a commit after a restart */
  readonly counts?: readonly CountChange[];
  /** prepared: it changed the catalog beyond its relations' tuple counts (recovery locks
   *  the whole catalog for it). Absent in logs of builds before 12-06: taken as yes. */
  readonly catalog?: boolean;
  /** prepared: every lock it held, [name, mode], taken again after a restart — its reads'
   *  too, since the global transaction may still take locks on another host then (its
   *  coordinator's share of a one-request block runs after the others prepared). Absent
   *  in logs of builds before 12-07: only what it wrote is locked again. */
  readonly locks?: readonly (readonly [name: string, mode: LockMode])[];
}

/** A change of one relation's tuple count, applied when its transaction commits: the
 *  relation by name and storage id (a modify or destroy since makes it void), the delta. */
export type CountChange = readonly [name: string, id: number, delta: number];

/** What a prepared transaction records so a restarted participant can ask its coordinator. */
export interface PreparedInfo {
  readonly globalId: string;
  readonly coordinator: string;
  /** ms since epoch when it was prepared (the age operators see) */
  readonly at: number;
}

/** [dbi, key, kind, prior]: kind 0 = key was absent (remove it), 1 = put prior back,
 *  2 = remove every key of key's relation from key on (heap inserts) */
export type UndoRecord = [number, Buffer, 0 | 1 | 2, Value[] | Buffer | null];

export function logKey(txnNo: number, seq: number): Buffer {
  const out = Buffer.allocUnsafe(12);
  out.writeUInt32BE(Math.floor(txnNo / 0x1_0000_0000), 0);
  out.writeUInt32BE(txnNo >>> 0, 4);
  out.writeUInt32BE(seq, 8);
  return out;
}

export function txnPrefix(txnNo: number): Buffer {
  return logKey(txnNo, 0).subarray(0, 8);
}

/** The undo sink of one transaction: appends records to txnlog inside the current write. */
export class UndoLog implements UndoSink {
  private seq = 0;

  constructor(
    private readonly store: Store,
    readonly txnNo: number,
    private readonly user: string,
    /** storage ids created by this transaction: their writes need no undo */
    private readonly skipIds: ReadonlySet<number>,
  ) {}

  get written(): boolean {
    return this.seq > 0 || this.headerWritten;
  }

  private headerWritten = false;

  record(dbi: number, key: Buffer, prior: Value[] | Buffer | undefined): void {
    if (this.skipIds.size > 0 && this.skipIds.has(key.readUInt32BE(0))) return;
    this.writeRecord(prior === undefined ? [dbi, key, 0, null] : [dbi, key, 1, prior]);
  }

  private writeRecord(record: UndoRecord): void {
    if (this.seq === 0 && !this.headerWritten) {
      const header: LogHeader = { state: 'active', user: this.user };
      this.store.txnlog.putSync(logKey(this.txnNo, 0), header);
    }
    this.seq++;
    this.store.txnlog.putSync(logKey(this.txnNo, this.seq), record);
  }

  /** relation id → seq of its heap-insert range record */
  private readonly heapRanges = new Map<number, number>();
  /** heap relations whose inserts are undone one by one: other transactions append to
   *  them meanwhile (this one holds IX), so a range from its first insert on is not its own */
  private readonly perTuple = new Set<number>();

  /** undo the heap inserts into relation `relId` one tuple at a time from now on */
  perTupleInserts(relId: number): void {
    this.perTuple.add(relId);
  }

  recordHeapInsert(dbi: number, key: Buffer): void {
    const relId = key.readUInt32BE(0);
    if (this.heapRanges.has(relId) || (this.skipIds.size > 0 && this.skipIds.has(relId))) return;
    if (this.perTuple.has(relId)) {
      this.writeRecord([dbi, key, 0, null]);
      return;
    }
    this.writeRecord([dbi, key, 2, null]);
    this.heapRanges.set(relId, this.seq);
  }

  /** A statement failed and its lmdb transaction rolled back: forget its records too. */
  resetTo(seq: number): void {
    this.seq = seq;
    for (const [relId, at] of this.heapRanges) if (at > seq) this.heapRanges.delete(relId);
  }

  get position(): number {
    return this.seq;
  }

  /** Write the header with a new state (inside a write transaction). */
  setState(state: LoggedState, prepared?: PreparedInfo, counts?: readonly CountChange[], catalog?: boolean, locks?: readonly LockRequest[]): void {
    const header: LogHeader = {
      state,
      user: this.user,
      ...(prepared === undefined ? {} : { prepared }),
      ...(counts === undefined || counts.length === 0 ? {} : { counts }),
      ...(catalog === undefined ? {} : { catalog }),
      ...(locks === undefined ? {} : { locks: locks.map((l) => [l.name, l.mode] as const) }),
    };
    this.store.txnlog.putSync(logKey(this.txnNo, 0), header);
    this.headerWritten = true;
  }
}

/** Undo every record of `txnNo` (newest first) and delete its log. Inside a write txn. */
export function rollBackLogged(store: Store, txnNo: number): number {
  store.invalidateAll();
  const start = txnPrefix(txnNo);
  const end = prefixEnd(start);
  const keys: Buffer[] = [];
  let undone = 0;
  for (const { key, value } of store.txnlog.getRange({ start, end, reverse: false })) {
    keys.push(key);
    void value;
  }
  for (let n = keys.length - 1; n >= 0; n--) {
    const key = keys[n] as Buffer;
    if (key.readUInt32BE(8) === 0) continue;
    const record = store.txnlog.get(key) as UndoRecord | undefined;
    if (record === undefined) continue;
    const [code, target, has, prior] = record;
    const dbi = store.dbiByCode(code) as unknown as { putSync(k: Buffer, v: unknown): void; removeSync(k: Buffer): boolean };
    const targetKey = Buffer.from(target);
    if (has === 1) dbi.putSync(targetKey, code === DBI_INDEX ? Buffer.from(prior as Buffer) : prior);
    else if (has === 0) dbi.removeSync(targetKey);
    else {
      const end = prefixEnd(targetKey.subarray(0, 4));
      for (const key of [...(dbi as unknown as Store['tuples']).getKeys({ start: targetKey, end })]) dbi.removeSync(key);
    }
    undone++;
  }
  for (const key of keys) store.txnlog.removeSync(key);
  return undone;
}

/** Delete the log of a committed transaction (this deletion is its commit point). */
export function forgetLogged(store: Store, txnNo: number): void {
  const start = txnPrefix(txnNo);
  for (const key of store.txnlog.getKeys({ start, end: prefixEnd(start) })) store.txnlog.removeSync(key);
}

/** The header of `txnNo`'s log (its state, and what a prepared one records), if any. */
export function loggedHeader(store: Store, txnNo: number): LogHeader | undefined {
  return store.txnlog.get(logKey(txnNo, 0)) as LogHeader | undefined;
}

/** Every transaction with records in the log, with its header state. */
export function loggedTransactions(store: Store): Map<number, LogHeader> {
  const out = new Map<number, LogHeader>();
  for (const { key, value } of store.txnlog.getRange({})) {
    const txnNo = key.readUInt32BE(0) * 0x1_0000_0000 + key.readUInt32BE(4);
    if (key.readUInt32BE(8) === 0) out.set(txnNo, value as LogHeader);
    else if (!out.has(txnNo)) out.set(txnNo, { state: 'active', user: '' });
  }
  return out;
}

/** The undo records of one transaction, oldest first. */
export function undoRecords(store: Store, txnNo: number): UndoRecord[] {
  const start = txnPrefix(txnNo);
  const out: UndoRecord[] = [];
  for (const { key, value } of store.txnlog.getRange({ start, end: prefixEnd(start) })) {
    if (key.readUInt32BE(8) !== 0) out.push(value as UndoRecord);
  }
  return out;
}
