/*
 * row-spool.ts — the rows of a retrieve to the monitor, past what the daemon holds in
 * memory, kept in a temporary file: a result is then bounded by the disk, not by V8's
 * heap. The file is unlinked as soon as it is made (a killed daemon leaves nothing
 * behind); its chunks are read back in order, once, by whoever sends the rows on.
 */
import { closeSync, openSync, readSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingresError } from '../common/errors.js';
import { RESULT_CHUNK_ROWS, type SpooledRows } from '../dbsys/session-api.js';
import { writeFully } from '../common/files.js';
import { rowBytes, rowOverhead } from './result-budget.js';
import type { Value } from '../types/value.js';

/** what a result may hold in memory before its further rows go to a file (estimated JS
 *  bytes, as ResultBudget counts them); INGRES_RESULT_MEMORY_MB sets it for a daemon */
export const SPOOL_MEMORY_DEFAULT = 64 * 1024 * 1024;

let spoolMemory = memoryFromEnv(process.env['INGRES_RESULT_MEMORY_MB']) ?? SPOOL_MEMORY_DEFAULT;

function memoryFromEnv(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,6}$/.test(text.trim())) return null;
  return Number(text.trim()) * 1024 * 1024;
}

/** what a result built now may hold in memory (estimated JS bytes) */
export function spoolMemoryNow(): number {
  return spoolMemory;
}

/** Sets what results built from now on hold in memory (tests); returns the one before. */
export function setSpoolMemory(bytes: number): number {
  const before = spoolMemory;
  spoolMemory = bytes;
  return before;
}

/** rows per chunk of the file (one write, one read, one message's worth of rows) */
const CHUNK_ROWS = RESULT_CHUNK_ROWS;
const TAG_NUMBER = 0;
const TAG_CHARS = 1;

let spools = 0;

/**
 * Rows in arrival order: the first ones in memory (`head`), the rest, once the estimate
 * passes the memory bound, encoded in chunks into an unlinked temporary file (`tail()`).
 * Values keep their exact form: numbers as doubles (-0 included), chars as UTF-16 code
 * units (lone surrogates included).
 */
export class RowSpool {
  readonly head: Value[][] = [];
  private bytes = 0;
  private readonly perRow: number;
  private readonly memory: number;
  private fd: number | null = null;
  private pending: (readonly Value[])[] = [];
  private spooled = 0;
  private writeAt = 0;

  /** `memory`: what the head may hold (default: the spool memory; 0 = every row to the file) */
  constructor(width: number, memory = spoolMemory) {
    this.perRow = rowOverhead(width);
    this.memory = memory;
  }

  /** keeps `values` (the array itself while in memory) */
  add(values: Value[]): void {
    if (this.fd === null) {
      this.bytes += rowBytes(values, this.perRow);
      if (this.bytes <= this.memory) {
        this.head.push(values);
        return;
      }
      this.open();
    }
    this.pending.push(values);
    if (this.pending.length >= CHUNK_ROWS) this.flush();
  }

  /** The rows past `head`, to be read once and closed; null when all are in memory. */
  tail(): SpooledRows | null {
    const kept = this.keep();
    return kept === null ? null : new SpoolReader(kept);
  }

  /**
   * The rows past `head`, to be read any number of times (each `chunks()` starts at the
   * first) until `close()`; null when all are in memory. For rows that are scanned more
   * than once, such as the tuples a master fetched from another host.
   */
  keep(): KeptRows | null {
    if (this.fd === null) return null;
    this.flush();
    const fd = this.fd;
    this.fd = null;
    return new KeptRows(fd, this.spooled, this.writeAt);
  }

  /** frees the file of a spool whose rows nobody will read (a failed statement) */
  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.pending = [];
  }

  private open(): void {
    const path = join(tmpdir(), `ingres-spool-${process.pid}-${++spools}`);
    try {
      this.fd = openSync(path, 'wx+', 0o600);
      unlinkSync(path);
    } catch (error) {
      throw ingresError(4131, tmpdir(), error instanceof Error ? error.message : String(error));
    }
  }

  private flush(): void {
    if (this.pending.length === 0 || this.fd === null) return;
    const rows = this.pending;
    this.pending = [];
    const chunk = encodeChunk(rows);
    try {
      writeFully(this.fd, chunk, this.writeAt);
    } catch (error) {
      this.discard();
      throw ingresError(4131, tmpdir(), error instanceof Error ? error.message : String(error));
    }
    this.writeAt += chunk.length;
    this.spooled += rows.length;
  }
}

/**
 * The rows `fill` hands over, kept as a RowSpool keeps them (`memory` as there): those in
 * memory, and `spooled` when there are more. A throw from `fill` frees the file.
 */
export function spoolRows(
  width: number, fill: (add: (values: Value[]) => void) => void, memory = spoolMemory,
): { rows: Value[][]; spooled?: SpooledRows } {
  const spool = new RowSpool(width, memory);
  try {
    fill((values) => spool.add(values));
  } catch (error) {
    spool.discard();
    throw error;
  }
  const spooled = spool.tail();
  return spooled === null ? { rows: spool.head } : { rows: spool.head, spooled };
}

/**
 * A spool file dropped without close() (a path that discards results it did not expect to
 * hold rows) still gives its descriptor back once it is garbage-collected; close()
 * unregisters it, so the descriptor is never closed twice.
 */
const unclosed = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** Kept rows read once, in order (RowSpool.tail); nothing more once closed. */
class SpoolReader implements SpooledRows {
  private readonly chunks: Iterator<Value[][]>;
  private closed = false;

  constructor(private readonly file: KeptRows) {
    this.chunks = file.chunks();
  }

  get count(): number {
    return this.file.count;
  }

  next(): Value[][] | null {
    if (this.closed) return null;
    const next = this.chunks.next();
    return next.done === true ? null : next.value;
  }

  close(): void {
    this.closed = true;
    this.file.close();
  }
}

/** Spooled rows read again from the start by every `chunks()` (RowSpool.keep). */
export class KeptRows {
  private fd: number | null;

  constructor(fd: number, readonly count: number, private readonly size: number) {
    this.fd = fd;
    unclosed.register(this, fd, this);
  }

  /** the rows in order, a chunk at a time, from the first */
  *chunks(): Generator<Value[][]> {
    let readAt = 0;
    while (readAt < this.size) {
      if (this.fd === null) throw ingresError(4131, tmpdir(), 'the spool file was closed while it was read');
      const { rows, end } = readChunk(this.fd, readAt);
      readAt = end;
      yield rows;
    }
  }

  close(): void {
    if (this.fd !== null) {
      unclosed.unregister(this);
      closeSync(this.fd);
    }
    this.fd = null;
  }
}

/** the chunk that starts at `at`, and where the next one starts */
function readChunk(fd: number, at: number): { rows: Value[][]; end: number } {
  const header = Buffer.allocUnsafe(4);
  readFully(fd, header, at);
  const chunk = Buffer.allocUnsafe(header.readUInt32LE(0));
  readFully(fd, chunk, at + 4);
  return { rows: decodeChunk(chunk), end: at + 4 + chunk.length };
}

function readFully(fd: number, into: Buffer, position: number): void {
  let done = 0;
  while (done < into.length) {
    const read = readSync(fd, into, done, into.length - done, position + done);
    if (read === 0) throw ingresError(4131, tmpdir(), 'the spool file ended early');
    done += read;
  }
}

/** `length:u32le rows:u32le width:u32le` then per value a tag byte and a double or
 *  `units:u32le` + UTF-16LE code units */
function encodeChunk(rows: readonly (readonly Value[])[]): Buffer {
  const width = rows[0]?.length ?? 0;
  let size = 12;
  for (const row of rows) for (const value of row) size += typeof value === 'number' ? 9 : 5 + 2 * value.length;
  const out = Buffer.allocUnsafe(size);
  out.writeUInt32LE(size - 4, 0);
  out.writeUInt32LE(rows.length, 4);
  out.writeUInt32LE(width, 8);
  let at = 12;
  for (const row of rows) {
    for (const value of row) {
      if (typeof value === 'number') {
        out[at] = TAG_NUMBER;
        out.writeDoubleLE(value, at + 1);
        at += 9;
      } else {
        out[at] = TAG_CHARS;
        out.writeUInt32LE(value.length, at + 1);
        at += 5;
        at += out.write(value, at, 'utf16le');
      }
    }
  }
  return out;
}

function decodeChunk(chunk: Buffer): Value[][] {
  const count = chunk.readUInt32LE(0);
  const width = chunk.readUInt32LE(4);
  const rows: Value[][] = new Array<Value[]>(count);
  let at = 8;
  for (let r = 0; r < count; r++) {
    const row = new Array<Value>(width);
    for (let c = 0; c < width; c++) {
      if (chunk[at] === TAG_NUMBER) {
        row[c] = chunk.readDoubleLE(at + 1);
        at += 9;
      } else {
        const units = chunk.readUInt32LE(at + 1);
        at += 5;
        row[c] = chunk.toString('utf16le', at, at + 2 * units);
        at += 2 * units;
      }
    }
    rows[r] = row;
  }
  return rows;
}
