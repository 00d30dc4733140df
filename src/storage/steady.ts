/*
 * steady.ts — the steady point of a group-commit environment (sync 'group'). Statements
 * commit with MDB_NOSYNC, so the kernel may write lmdb's meta page before the pages it
 * points to; an fsync is not ordered either. Each checkpoint (redo.ts; without the redo
 * log, each group fsync) therefore copies the two meta pages it flushed into `data.steady`
 * (O_DSYNC, two checksummed slots) with where the redo records after it start, and after
 * a machine restart (a new boot id) the environment is opened at that copy. Store pins
 * the copied snapshot with a read transaction until the next copy is durable.
 */
import { closeSync, constants, existsSync, fdatasyncSync, openSync, readFileSync, readSync, rmSync, write, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { syncDirectory } from '../common/files.js';
import { REDO_FILES } from './redo.js';

export const STEADY_FILE = 'data.steady';

/*
 * lmdb's meta pages (pages 0 and 1 of data.mdb) as LMDB 0.9 (lmdb-js 3.5) lays them out,
 * read as little-endian fields at these offsets from the page start. Checked against
 * files written by this version (database.ts checks them before lmdb opens a file).
 */
export const LMDB_MAGIC = 0xbeefc0de;
export const LMDB_MAGIC_OFFSET = 24;
export const LMDB_PAGE_SIZE_OFFSET = 0x30;
export const LMDB_LAST_PAGE_OFFSET = 0x90;
export const LMDB_TXNID_OFFSET = 0x98;
export const LMDB_META_BYTES = LMDB_TXNID_OFFSET + 8;

/** bytes copied from the start of each meta page: the page header and MDB_meta, with room */
const META_COPY_BYTES = 1024;

/*
 * A slot of data.steady (one 4 KiB block; the file holds two, written alternately):
 *   0 magic "IISTEADY"  8 version u32  12 lmdb page size u32  16 seq u64  24 txn id u64
 *   32 boot id (64 bytes, ASCII)  96 meta page 0's first 1024 bytes  1120 meta page 1's
 *   2144 redo log epoch u32  2148 the checkpoint's sequence number u64  2156 redo file u32
 *   2160 redo present u32 (1; version 1 slots have no redo log)
 *   4092 crc32 of bytes 0..4091
 * The slot with the highest seq whose magic and crc check is the steady point; a slot torn
 * by a crash fails its crc and the other one (the previous point) stands.
 */
const SLOT_BYTES = 4096;
const MAGIC = Buffer.from('IISTEADY', 'ascii');
const VERSION = 2;
const VERSIONS_READ = [1, 2];
const PAGE_SIZE_AT = 12;
const SEQ_AT = 16;
const TXNID_AT = 24;
const BOOT_AT = 32;
const BOOT_BYTES = 64;
const METAS_AT = 96;
const REDO_EPOCH_AT = METAS_AT + 2 * 1024;
const REDO_SEQ_AT = REDO_EPOCH_AT + 4;
const REDO_FILE_AT = REDO_SEQ_AT + 8;
const REDO_PRESENT_AT = REDO_FILE_AT + 4;
const CRC_AT = SLOT_BYTES - 4;

/** Where the redo log (redo.ts) continues after a checkpoint: the records of `epoch` from
 *  sequence number `seq + 1`, in redo file `file`. */
export interface RedoPosition {
  readonly epoch: number;
  readonly seq: number;
  readonly file: number;
}

export interface SteadyPoint {
  readonly seq: number;
  readonly txnId: number;
  readonly bootId: string;
  readonly pageSize: number;
  /** the first META_COPY_BYTES of meta page 0, then of meta page 1 */
  readonly metas: Buffer;
  /** null: a slot written without a redo log (version 1) */
  readonly redo: RedoPosition | null;
}

/** What opening did to reach the last acknowledged state after a machine restart. */
export interface SteadyRestore {
  /** lmdb's newest transaction on disk (equal to toTxnId when its meta pages were the point's) */
  readonly fromTxnId: number;
  /** the transaction of the last checkpoint, where the environment was opened */
  readonly toTxnId: number;
  /** redo records applied on top of it (every commit acknowledged after the checkpoint) */
  readonly replayed: number;
}

/** restoreSteadyPoint's findings: meta pages written back, and the redo records to apply */
export interface SteadyFindings {
  readonly restored: { readonly fromTxnId: number; readonly toTxnId: number } | null;
  /** the transaction of the steady point (0 when there is none to go back to) */
  readonly txnId: number;
  /** after a machine restart: where the redo records after the checkpoint start */
  readonly replay: RedoPosition | null;
}

let bootIdCache: string | null = null;

/** This boot of the machine (Linux's boot id); 'unknown' elsewhere, which never matches. */
export function currentBootId(): string {
  if (bootIdCache !== null) return bootIdCache;
  try {
    bootIdCache = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().slice(0, BOOT_BYTES);
  } catch {
    bootIdCache = 'unknown';
  }
  return bootIdCache;
}

/** lmdb's page size, read from meta page 0 of the open descriptor of data.mdb */
export function pageSizeOf(dataFd: number): number {
  const header = Buffer.alloc(LMDB_META_BYTES);
  readSync(dataFd, header, 0, header.length, 0);
  return header.readUInt32LE(LMDB_PAGE_SIZE_OFFSET);
}

/** The meta pages' leading bytes as lmdb last wrote them (page cache: what it committed). */
export function readMetas(dataFd: number, pageSize: number): Buffer {
  const metas = Buffer.alloc(2 * META_COPY_BYTES);
  readSync(dataFd, metas, 0, META_COPY_BYTES, 0);
  readSync(dataFd, metas, META_COPY_BYTES, META_COPY_BYTES, pageSize);
  return metas;
}

/** The transaction id lmdb opens at: the newer of the two meta pages. */
export function newestTxnId(metas: Buffer): number {
  const first = Number(metas.readBigUInt64LE(LMDB_TXNID_OFFSET));
  const second = Number(metas.readBigUInt64LE(META_COPY_BYTES + LMDB_TXNID_OFFSET));
  return Math.max(first, second);
}

function encodeSlot(point: SteadyPoint): Buffer {
  const slot = Buffer.alloc(SLOT_BYTES);
  MAGIC.copy(slot, 0);
  slot.writeUInt32LE(VERSION, MAGIC.length);
  slot.writeUInt32LE(point.pageSize, PAGE_SIZE_AT);
  slot.writeBigUInt64LE(BigInt(point.seq), SEQ_AT);
  slot.writeBigUInt64LE(BigInt(point.txnId), TXNID_AT);
  slot.write(point.bootId, BOOT_AT, BOOT_BYTES, 'ascii');
  point.metas.copy(slot, METAS_AT, 0, 2 * META_COPY_BYTES);
  if (point.redo !== null) {
    slot.writeUInt32LE(point.redo.epoch, REDO_EPOCH_AT);
    slot.writeBigUInt64LE(BigInt(point.redo.seq), REDO_SEQ_AT);
    slot.writeUInt32LE(point.redo.file, REDO_FILE_AT);
    slot.writeUInt32LE(1, REDO_PRESENT_AT);
  }
  slot.writeUInt32LE(crc32(slot.subarray(0, CRC_AT)), CRC_AT);
  return slot;
}

function decodeSlot(slot: Buffer): SteadyPoint | null {
  if (slot.length < SLOT_BYTES || !slot.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const version = slot.readUInt32LE(MAGIC.length);
  if (!VERSIONS_READ.includes(version)) return null;
  if (crc32(slot.subarray(0, CRC_AT)) !== slot.readUInt32LE(CRC_AT)) return null;
  const bootEnd = slot.indexOf(0, BOOT_AT);
  return {
    seq: Number(slot.readBigUInt64LE(SEQ_AT)),
    txnId: Number(slot.readBigUInt64LE(TXNID_AT)),
    bootId: slot.toString('ascii', BOOT_AT, bootEnd < 0 || bootEnd > BOOT_AT + BOOT_BYTES ? BOOT_AT + BOOT_BYTES : bootEnd),
    pageSize: slot.readUInt32LE(PAGE_SIZE_AT),
    metas: Buffer.from(slot.subarray(METAS_AT, METAS_AT + 2 * META_COPY_BYTES)),
    redo: version < 2 || slot.readUInt32LE(REDO_PRESENT_AT) !== 1 ? null : {
      epoch: slot.readUInt32LE(REDO_EPOCH_AT),
      seq: Number(slot.readBigUInt64LE(REDO_SEQ_AT)),
      file: slot.readUInt32LE(REDO_FILE_AT),
    },
  };
}

/** The newest intact steady point of `directory`, or null (no file: never opened in group mode). */
export function readSteadyPoint(directory: string): SteadyPoint | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(directory, STEADY_FILE));
  } catch {
    return null;
  }
  let best: SteadyPoint | null = null;
  for (let offset = 0; offset + SLOT_BYTES <= bytes.length; offset += SLOT_BYTES) {
    const point = decodeSlot(bytes.subarray(offset, offset + SLOT_BYTES));
    if (point !== null && (best === null || point.seq > best.seq)) best = point;
  }
  return best;
}

/**
 * Before lmdb opens `directory`: when the machine restarted since the last steady point
 * was written and data.mdb's meta pages moved past it, write the steady copies back over
 * them (and fsync), so lmdb opens at the snapshot the last checkpoint covered; the redo
 * records after it (`replay`) then bring back every commit acknowledged later. lmdb
 * transactions after the last of those were never acknowledged to anyone.
 */
export function restoreSteadyPoint(directory: string): SteadyFindings {
  const nothing: SteadyFindings = { restored: null, txnId: 0, replay: null };
  const point = readSteadyPoint(directory);
  if (point === null || point.bootId === currentBootId() && point.bootId !== 'unknown') return nothing;
  const fd = openSync(join(directory, 'data.mdb'), 'r+');
  try {
    const onDisk = readMetas(fd, point.pageSize);
    if (onDisk.equals(point.metas)) return { restored: null, txnId: point.txnId, replay: point.redo };
    const fromTxnId = newestTxnId(onDisk);
    // the steady point's meta pages were on disk before its slot was written, and lmdb's
    // transaction ids only grow: after a crash one meta page may be torn, but the other
    // holds at least the point's predecessor. A data.mdb older than that is not the file
    // this slot was written for (one restored from a backup without its data.steady):
    // leave it as it is (openSteady then writes a slot for it)
    if (fromTxnId < point.txnId - 1) return nothing;
    writeSync(fd, point.metas, 0, META_COPY_BYTES, 0);
    writeSync(fd, point.metas, META_COPY_BYTES, META_COPY_BYTES, point.pageSize);
    fdatasyncSync(fd);
    return { restored: { fromTxnId, toTxnId: point.txnId }, txnId: point.txnId, replay: point.redo };
  } finally {
    closeSync(fd);
  }
}

/** Remove `directory`'s steady file ('statement' mode: lmdb's own ordered commits stand). */
export function removeSteadyPoint(directory: string): void {
  for (const file of [STEADY_FILE, ...REDO_FILES]) rmSync(join(directory, file), { force: true });
  syncDirectory(directory);
}

/** data.steady of an open environment: writes the next slot, O_DSYNC (durable on return). */
export class SteadyFile {
  private readonly fd: number;
  private seq: number;
  /** the meta pages of the last slot written (null: none yet by this process) */
  private last: Buffer | null = null;

  /** true while the file this process made has no slot yet: its directory entry is
   *  synced after the first one, or a crash could lose the file */
  private created: boolean;

  constructor(private readonly directory: string, readonly pageSize: number) {
    const path = join(directory, STEADY_FILE);
    this.seq = readSteadyPoint(directory)?.seq ?? 0;
    this.created = !existsSync(path);
    this.fd = openSync(path, constants.O_RDWR | constants.O_CREAT | constants.O_DSYNC, 0o600);
  }

  /** true when the last slot written holds these meta pages already (nothing committed
   *  since; without a redo log, which moves on with every checkpoint) */
  holds(metas: Buffer, redo: RedoPosition | null): boolean {
    return redo === null && this.last !== null && this.last.equals(metas);
  }

  /** the point `metas` (captured when its fsync started) as the next slot */
  private next(metas: Buffer, redo: RedoPosition | null): { slot: Buffer; offset: number } {
    this.seq++;
    this.last = metas;
    const point = { seq: this.seq, txnId: newestTxnId(metas), bootId: currentBootId(), pageSize: this.pageSize, metas, redo };
    return { slot: encodeSlot(point), offset: (this.seq % 2) * SLOT_BYTES };
  }

  /** Write synchronously (at open, before any write of this process). */
  writeSync(metas: Buffer, redo: RedoPosition | null): void {
    const { slot, offset } = this.next(metas, redo);
    writeSync(this.fd, slot, 0, slot.length, offset);
    if (this.created) syncDirectory(this.directory);
    this.created = false;
  }

  /** Write on libuv's pool; `done` once it is durable (or failed). */
  write(metas: Buffer, redo: RedoPosition | null, done: (error: Error | null) => void): void {
    const { slot, offset } = this.next(metas, redo);
    write(this.fd, slot, 0, slot.length, offset, (error) => done(error));
  }

  close(): void {
    closeSync(this.fd);
  }
}
