/*
 * targets.ts — the tuples a replace or delete will change, collected before any is changed
 * (deferred update): each tuple's key once, with its new values, packed into byte chunks
 * outside the JS object heap (~30 bytes plus the values per tuple, against ~370 as arrays
 * and objects), so a statement over tens of millions of tuples does not take the daemon's
 * heap, and every session on it, down. Keys already collected are found by hash.
 */
import type { Value } from '../types/value.js';
import { RecordTable } from './record-table.js';

/** bytes of the first chunk; each next one is twice the last, up to CHUNK_BYTES_MAX (a
 *  statement that changes one tuple allocates little: a replace runs thousands of times a
 *  second, and a 1 MiB chunk each time cost TPC-B ~12% in malloc and GC) */
const CHUNK_BYTES_MIN = 256;
/** bytes per chunk once many were needed (a larger record gets a chunk of its own size) */
const CHUNK_BYTES_MAX = 1 << 20;
const TAG_NUMBER = 0;
/** a string as UTF-16 code units: every JS string round-trips, lone surrogates too */
const TAG_STRING = 1;

export interface Target {
  /** the stored tuple's key (a fresh Buffer) */
  readonly ref: Buffer;
  /** its new values (replace), or null (delete) */
  readonly values: Value[] | null;
}

export class TargetList {
  private readonly chunks: Buffer[] = [];
  private chunk: Buffer = Buffer.alloc(0);
  private used = 0;
  /** record number → chunk number * 2^32 + offset of its record */
  private starts = new Float64Array(8);
  /** record numbers by the hash of their keys */
  private readonly table = new RecordTable();
  /** the key being added, for `sameAsCandidate` (one bound function, no closure per key) */
  private candidate: Uint8Array = new Uint8Array(0);
  private readonly sameAsCandidate = (number: number): boolean => this.sameRef(number, this.candidate);

  get size(): number {
    return this.table.size;
  }

  /**
   * Adds a tuple's key and its new values, `values()` (called only then), unless the key
   * was added before (false then).
   */
  add(ref: Uint8Array, values: () => readonly Value[] | null): boolean {
    this.candidate = ref;
    const number = this.table.size;
    if (!this.table.add(bytesHash(ref), this.sameAsCandidate)) return false;
    if (number === this.starts.length) {
      const starts = new Float64Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    this.starts[number] = this.write(ref, values());
    return true;
  }

  /** The targets in the order they were added. */
  *[Symbol.iterator](): IterableIterator<Target> {
    for (let number = 0; number < this.table.size; number++) {
      const start = this.starts[number]!;
      const chunk = this.chunks[Math.floor(start / 2 ** 32)]!;
      let at = start % 2 ** 32;
      const refLength = chunk.readUInt16LE(at);
      at += 2;
      const ref = Buffer.from(chunk.subarray(at, at + refLength));
      at += refLength;
      const width = chunk.readInt32LE(at);
      at += 4;
      if (width < 0) {
        yield { ref, values: null };
        continue;
      }
      const values = new Array<Value>(width);
      for (let index = 0; index < width; index++) {
        if (chunk[at++] === TAG_NUMBER) {
          values[index] = chunk.readDoubleLE(at);
          at += 8;
        } else {
          const bytes = chunk.readUInt32LE(at);
          values[index] = chunk.toString('utf16le', at + 4, at + 4 + bytes);
          at += 4 + bytes;
        }
      }
      yield { ref, values };
    }
  }

  /** writes one record; returns where it starts */
  private write(ref: Uint8Array, values: readonly Value[] | null): number {
    if (ref.length > 0xffff) throw new RangeError(`a tuple key of ${ref.length} bytes`);
    let bytes = 2 + ref.length + 4;
    for (const value of values ?? []) bytes += typeof value === 'number' ? 9 : 5 + 2 * value.length;
    if (this.used + bytes > this.chunk.length) {
      const size = Math.min(CHUNK_BYTES_MAX, Math.max(CHUNK_BYTES_MIN, 2 * this.chunk.length));
      this.chunk = Buffer.allocUnsafe(Math.max(size, bytes));
      this.chunks.push(this.chunk);
      this.used = 0;
    }
    const chunk = this.chunk;
    const start = (this.chunks.length - 1) * 2 ** 32 + this.used;
    let at = chunk.writeUInt16LE(ref.length, this.used);
    chunk.set(ref, at);
    at += ref.length;
    at = chunk.writeInt32LE(values === null ? -1 : values.length, at);
    for (const value of values ?? []) {
      if (typeof value === 'number') {
        chunk[at++] = TAG_NUMBER;
        at = chunk.writeDoubleLE(value, at);
      } else {
        chunk[at++] = TAG_STRING;
        const written = chunk.write(value, at + 4, 'utf16le');
        chunk.writeUInt32LE(written, at);
        at += 4 + written;
      }
    }
    this.used = at;
    return start;
  }

  private sameRef(number: number, ref: Uint8Array): boolean {
    const start = this.starts[number]!;
    const chunk = this.chunks[Math.floor(start / 2 ** 32)]!;
    const at = start % 2 ** 32;
    if (chunk.readUInt16LE(at) !== ref.length) return false;
    for (let index = 0; index < ref.length; index++) if (chunk[at + 2 + index] !== ref[index]) return false;
    return true;
  }
}

/** FNV-1a over a key's bytes */
function bytesHash(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < bytes.length; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
  return hash | 0;
}
