/*
 * redo.ts — the redo log of a group-commit environment: every committed lmdb write
 * transaction's puts and deletes, appended in commit order to `data.redo0`/`data.redo1`
 * (O_DSYNC). A commit is acknowledged once its record is on disk; lmdb's own pages reach
 * the disk at checkpoints (the steady point, steady.ts). After a machine crash the
 * environment is set back to the last checkpoint and its later records are applied again.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, write, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { syncDirectory } from '../common/files.js';
import { failpoint } from '../common/failpoints.js';

/** the two log files: a checkpoint switches to the other one (steady.ts names it) */
export const REDO_FILES = ['data.redo0', 'data.redo1'] as const;

/*
 * A file starts with a header (written with the file's first records):
 *   0 magic "IIREDOLG"  8 version u32  12 epoch u32  16 first sequence number u64  24 crc32 of 0..23
 * then records, each
 *   0 magic u32  4 epoch u32  8 sequence number u64  16 payload bytes u32  20 crc32 of 0..19 + payload
 *   24 payload: operations, each
 *     op u8 (1 put, 2 delete)  dbi u8  key kind u8 (0 bytes, 1 string)  key length u32  key
 *     [put: value length u32  value, as the DBI's own encoder wrote it]
 * A record is valid when its magic, epoch, sequence number (one more than the previous)
 * and crc all check; reading stops at the first that does not (a torn write, the zeros a
 * file was extended with, or a record of an earlier epoch the file held before).
 */
const FILE_MAGIC = Buffer.from('IIREDOLG', 'ascii');
const FILE_VERSION = 1;
export const FILE_HEADER_BYTES = 32;
const RECORD_MAGIC = 0x52454331; // "REC1"
export const RECORD_HEADER_BYTES = 24;
const OP_PUT = 1;
const OP_DELETE = 2;

/** errors that mean the file system has no room for the write (not a failed device) */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** each file is made this big (zeros) when the log opens: its space is the log's before
 *  the disk can fill up, and writes overwrite, needing no metadata update */
export const REDO_FILE_BYTES = 1024 * 1024;
/** past that, files grow by this much at a time (with zeros, in the same O_DSYNC write as
 *  the records that pass the end) */
const EXTEND_BYTES = 256 * 1024;

/** one operation read back from the log */
export interface RedoOp {
  readonly op: 'put' | 'delete';
  readonly dbi: number;
  readonly key: Buffer | string;
  /** put: the value's bytes as the DBI's encoder wrote them */
  readonly value: Buffer | null;
}

/** The operations of the write transaction in progress, encoded as they happen. */
export class RedoCapture {
  private buffer = Buffer.allocUnsafe(4096);
  private length = RECORD_HEADER_BYTES;
  /** more than `limit` bytes: the transaction is too big to log (a checkpoint commits it) */
  overflowed = false;

  constructor(private readonly limit: number) {}

  get mark(): number {
    return this.length;
  }

  /** a nested write rolled back: forget what it captured */
  resetTo(mark: number): void {
    if (!this.overflowed) this.length = mark;
  }

  private ensure(bytes: number): boolean {
    if (this.overflowed) return false;
    const need = this.length + bytes;
    if (need > this.limit) {
      this.overflowed = true;
      this.buffer = Buffer.alloc(0);
      return false;
    }
    if (need > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    return true;
  }

  put(dbi: number, key: Uint8Array | string, value: Uint8Array): void {
    this.op(OP_PUT, dbi, key, value);
  }

  delete(dbi: number, key: Uint8Array | string): void {
    this.op(OP_DELETE, dbi, key, null);
  }

  private op(op: number, dbi: number, key: Uint8Array | string, value: Uint8Array | null): void {
    const keyBytes = typeof key === 'string' ? Buffer.byteLength(key) : key.length;
    if (!this.ensure(7 + keyBytes + (value === null ? 0 : 4 + value.length))) return;
    const b = this.buffer;
    let at = this.length;
    b[at++] = op;
    b[at++] = dbi;
    b[at++] = typeof key === 'string' ? 1 : 0;
    b.writeUInt32LE(keyBytes, at);
    at += 4;
    if (typeof key === 'string') at += b.write(key, at, 'utf8');
    else {
      b.set(key, at);
      at += key.length;
    }
    if (value !== null) {
      b.writeUInt32LE(value.length, at);
      at += 4;
      b.set(value, at);
      at += value.length;
    }
    this.length = at;
  }

  /** The finished record of sequence number `seq` (a copy: the capture is reused). */
  record(epoch: number, seq: number): Buffer {
    const record = Buffer.from(this.buffer.subarray(0, this.length));
    record.writeUInt32LE(RECORD_MAGIC, 0);
    record.writeUInt32LE(epoch, 4);
    record.writeBigUInt64LE(BigInt(seq), 8);
    record.writeUInt32LE(this.length - RECORD_HEADER_BYTES, 16);
    record.writeUInt32LE(crc32(record.subarray(RECORD_HEADER_BYTES), crc32(record.subarray(0, 20))), 20);
    return record;
  }

  clear(): void {
    this.length = RECORD_HEADER_BYTES;
    this.overflowed = false;
    if (this.buffer.length === 0 || this.buffer.length > 1024 * 1024) this.buffer = Buffer.allocUnsafe(4096);
  }
}

function fileHeader(epoch: number, firstSeq: number): Buffer {
  const header = Buffer.alloc(FILE_HEADER_BYTES);
  FILE_MAGIC.copy(header, 0);
  header.writeUInt32LE(FILE_VERSION, 8);
  header.writeUInt32LE(epoch, 12);
  header.writeBigUInt64LE(BigInt(firstSeq), 16);
  header.writeUInt32LE(crc32(header.subarray(0, 24)), 24);
  return header;
}

function readHeader(bytes: Buffer): { epoch: number; firstSeq: number } | null {
  if (bytes.length < FILE_HEADER_BYTES || !bytes.subarray(0, 8).equals(FILE_MAGIC)) return null;
  if (bytes.readUInt32LE(8) !== FILE_VERSION || crc32(bytes.subarray(0, 24)) !== bytes.readUInt32LE(24)) return null;
  return { epoch: bytes.readUInt32LE(12), firstSeq: Number(bytes.readBigUInt64LE(16)) };
}

/** a queued record and the file it belongs in (the active one when it committed) */
interface Queued {
  readonly seq: number;
  readonly file: number;
  readonly bytes: Buffer;
}

/**
 * The two files of an open environment. Records are queued at commit and written in
 * order, one O_DSYNC write at a time (every record queued meanwhile goes in the next one:
 * group commit). `switchTo` starts the other file at a checkpoint.
 */
export class RedoLog {
  private readonly fds: number[];
  /** next write offset and the size written so far (header included) of each file */
  private readonly offset = [0, 0];
  private readonly size: number[];
  private readonly firstSeq = [0, 0];
  private active: number;
  private readonly queue: Queued[] = [];
  private queuedBytes = 0;
  private inFlight = false;
  /** the newest sequence number on disk (so is every record before it, but for the ones
   *  a write with no room dropped: Store keeps those as gaps) */
  written: number;
  /** bytes written to the active file since the last switch */
  get activeBytes(): number {
    return this.offset[this.active] as number;
  }

  constructor(directory: string, readonly epoch: number, startSeq: number, file: number) {
    const created = REDO_FILES.map((name) => !existsSync(join(directory, name)));
    this.fds = REDO_FILES.map((name) => openSync(join(directory, name), constants.O_RDWR | constants.O_CREAT | constants.O_DSYNC, 0o600));
    this.size = this.fds.map((fd) => preallocate(fd, fstatSync(fd).size));
    if (created.some(Boolean)) syncDirectory(directory);
    this.active = file;
    this.firstSeq[file] = startSeq + 1;
    this.written = startSeq;
  }

  /** the file records after a checkpoint at `seq` go to (steady.ts names it in the slot) */
  get activeFile(): number {
    return this.active;
  }

  /** queue the record of `seq` (the next sequence number) */
  append(seq: number, bytes: Buffer): void {
    this.queue.push({ seq, file: this.active, bytes });
    this.queuedBytes += bytes.length;
  }

  get pendingBytes(): number {
    return this.queuedBytes;
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  get busy(): boolean {
    return this.inFlight;
  }

  /** A checkpoint holding every transaction through `seq` is durable: their queued
   *  records need not be written (their file is reused at the next checkpoint). */
  dropThrough(seq: number): void {
    let count = 0;
    while (count < this.queue.length && (this.queue[count] as Queued).seq <= seq) this.queuedBytes -= (this.queue[count++] as Queued).bytes.length;
    if (count > 0) this.queue.splice(0, count);
  }

  /** A checkpoint at `seq` (everything up to it is in its snapshot): later records go to
   *  the other file, from its start. */
  switchTo(seq: number): number {
    this.active = 1 - this.active;
    this.offset[this.active] = 0;
    this.firstSeq[this.active] = seq + 1;
    return this.active;
  }

  /**
   * Write every queued record of the first queued file's run (one write; `sync`: on this
   * thread, `done` called before flush returns; else on libuv's pool; `done` once it is
   * durable, with the newest sequence number it holds). Nothing to write or a write in
   * flight: false. A write that finds no room (ENOSPC, a quota, a short write) is not an
   * I/O failure: `done` gets `noRoom` with the batch's first sequence number, the records
   * are dropped and the file's end stays where it was (those commits need a checkpoint).
   */
  flush(done: (error: Error | null, noRoom: number | null) => void, sync = false): boolean {
    if (this.inFlight || this.queue.length === 0) return false;
    const file = (this.queue[0] as Queued).file;
    let count = 0;
    let bytes = 0;
    while (count < this.queue.length && (this.queue[count] as Queued).file === file) bytes += (this.queue[count++] as Queued).bytes.length;
    const batch = this.queue.splice(0, count);
    this.queuedBytes -= bytes;
    const at = this.offset[file] as number;
    const header = at === 0 ? fileHeader(this.epoch, this.firstSeq[file] as number) : null;
    const end = at + (header?.length ?? 0) + bytes;
    const size = this.size[file] as number;
    // past the end: zeros up to the next EXTEND_BYTES in the same write
    const length = end > size ? Math.ceil(end / EXTEND_BYTES) * EXTEND_BYTES - at : end - at;
    const out = Buffer.alloc(length);
    let position = 0;
    if (header !== null) position += header.copy(out, 0);
    for (const queued of batch) position += queued.bytes.copy(out, position);
    this.offset[file] = end;
    this.inFlight = true;
    const first = (batch[0] as Queued).seq;
    const last = (batch[batch.length - 1] as Queued).seq;
    const finish = (error: NodeJS.ErrnoException | null, wrote: number): void => {
      this.inFlight = false;
      if (error === null && wrote === length) {
        this.size[file] = Math.max(size, at + length);
        this.written = Math.max(this.written, last);
        done(null, null);
        return;
      }
      if (error === null || NO_ROOM.has(error.code ?? '')) {
        // whatever part reached the file is overwritten by the next write from here
        if (this.offset[file] === end) this.offset[file] = at;
        done(null, first);
        return;
      }
      done(error, null);
    };
    let injected: Promise<void> | undefined;
    try {
      injected = failpoint('storage.redo');
    } catch {
      finish(Object.assign(new Error('no space left on device (failpoint storage.redo)'), { code: 'ENOSPC' }), 0);
      return true;
    }
    const go = (): void => write(this.fds[file] as number, out, 0, length, at, finish);
    if (injected !== undefined) void injected.then(go);
    else if (!sync) go();
    else {
      let wrote = 0;
      let failure: NodeJS.ErrnoException | null = null;
      try {
        wrote = writeSync(this.fds[file] as number, out, 0, length, at);
      } catch (error) {
        failure = error as NodeJS.ErrnoException;
      }
      finish(failure, wrote);
    }
    return true;
  }

  close(): void {
    for (const fd of this.fds) closeSync(fd);
  }
}

/** Zeros up to REDO_FILE_BYTES (O_DSYNC: durable on return); the size it has then. A full
 *  file system leaves it shorter: writes then grow it, or fall back to checkpoints. */
function preallocate(fd: number, size: number): number {
  if (size >= REDO_FILE_BYTES) return size;
  try {
    writeSync(fd, Buffer.alloc(REDO_FILE_BYTES - size), 0, REDO_FILE_BYTES - size, size);
    return REDO_FILE_BYTES;
  } catch (error) {
    if (!NO_ROOM.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    return fstatSync(fd).size;
  }
}

/**
 * The records after a checkpoint: epoch `epoch`, from sequence number `afterSeq + 1`, in
 * file `file` and then, when that one ends, in the other file if it continues the run.
 * Each record is handed to `apply` in order; returns the last sequence number read.
 */
export function readRedo(directory: string, epoch: number, afterSeq: number, file: number,
  apply: (seq: number, ops: RedoOp[]) => void): number {
  let next = afterSeq + 1;
  let current = file;
  for (let hop = 0; hop < 2; hop++) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(directory, REDO_FILES[current] as string));
    } catch {
      break;
    }
    const header = readHeader(bytes);
    if (header === null || header.epoch !== epoch || header.firstSeq !== next) break;
    let at = FILE_HEADER_BYTES;
    for (;;) {
      const record = readRecord(bytes, at, epoch, next);
      if (record === null) break;
      apply(next, record.ops);
      next++;
      at = record.end;
    }
    current = 1 - current;
  }
  return next - 1;
}

function readRecord(bytes: Buffer, at: number, epoch: number, seq: number): { ops: RedoOp[]; end: number } | null {
  if (at + RECORD_HEADER_BYTES > bytes.length) return null;
  if (bytes.readUInt32LE(at) !== RECORD_MAGIC || bytes.readUInt32LE(at + 4) !== epoch) return null;
  if (Number(bytes.readBigUInt64LE(at + 8)) !== seq) return null;
  const length = bytes.readUInt32LE(at + 16);
  const end = at + RECORD_HEADER_BYTES + length;
  if (end > bytes.length) return null;
  const payload = bytes.subarray(at + RECORD_HEADER_BYTES, end);
  if (crc32(payload, crc32(bytes.subarray(at, at + 20))) !== bytes.readUInt32LE(at + 20)) return null;
  const ops: RedoOp[] = [];
  let p = 0;
  while (p < payload.length) {
    const op = payload[p++];
    const dbi = payload[p++] as number;
    const kind = payload[p++];
    const keyLength = payload.readUInt32LE(p);
    p += 4;
    const key = kind === 1 ? payload.toString('utf8', p, p + keyLength) : Buffer.from(payload.subarray(p, p + keyLength));
    p += keyLength;
    let value: Buffer | null = null;
    if (op === OP_PUT) {
      const valueLength = payload.readUInt32LE(p);
      p += 4;
      value = Buffer.from(payload.subarray(p, p + valueLength));
      p += valueLength;
    }
    ops.push({ op: op === OP_PUT ? 'put' : 'delete', dbi, key, value });
  }
  return { ops, end };
}
