/*
 * keys.ts — the byte layout of every lmdb key in a database (tuples, index and txnlog
 * DBIs all use keyEncoding 'binary'). One place decides how a value becomes key bytes, so
 * that lmdb's memcmp order of keys equals the executor's compareValues order of values.
 * Layout (all integers big-endian):
 *   tuple key  = relId:u32 [hash:u32 (hash only)] component* [tupleHash:u32 (keyed)] tid:u64
 *   index key  = indexId:u32 component* baseKey (the primary tuple's whole key)
 *   component  = number: 8 bytes, IEEE-754 double made memcmp-sortable
 *                (sign bit flipped for >= 0, all bits flipped for < 0; -0 written as 0)
 *              | char:   UTF-8 of the value without blanks/NULs (collation form), then 0x00
 *   descending = every byte of that component XOR 0xFF (so 0x00 terminators become 0xFF,
 *                and a string sorts after its own extensions, as descending order needs)
 */
import type { Value } from '../types/value.js';
import { collationKey, ignored } from '../types/collation.js';

/** lmdb's key limit is 1978 bytes at the default page size; keep headroom for the tid. */
export const KEY_BYTES_MAX = 1900;
export const REL_ID_BYTES = 4;
export const TID_BYTES = 8;
const SURROGATE = /[\ud800-\udfff]/;

/** The storage-key form of a value: chars lose blanks and NULs, -0 becomes 0 — the one
 *  collation of types/collation.ts, so key order equals the executor's compareValues. */
export function keyForm(value: Value): Value {
  return collationKey(value);
}

/** A growable scratch buffer into which a key is encoded; `take()` copies the result. */
export class KeyWriter {
  private buffer = Buffer.allocUnsafe(512);
  private view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
  length = 0;

  reset(): this {
    this.length = 0;
    return this;
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
    this.view = new DataView(next.buffer, next.byteOffset, next.byteLength);
  }

  u32(value: number): this {
    this.ensure(4);
    this.view.setUint32(this.length, value >>> 0);
    this.length += 4;
    return this;
  }

  /** an unsigned integer below 2^53 as 8 bytes */
  u64(value: number): this {
    this.ensure(8);
    this.view.setUint32(this.length, Math.floor(value / 0x1_0000_0000));
    this.view.setUint32(this.length + 4, value >>> 0);
    this.length += 8;
    return this;
  }

  bytes(source: Uint8Array): this {
    this.ensure(source.length);
    this.buffer.set(source, this.length);
    this.length += source.length;
    return this;
  }

  /** one key component (see the layout above) */
  value(value: Value, descending: boolean): this {
    const start = this.length;
    if (typeof value === 'number') {
      this.ensure(8);
      this.view.setFloat64(this.length, value === 0 ? 0 : value);
      const high = this.view.getUint32(this.length);
      if (high & 0x8000_0000) {
        this.view.setUint32(this.length, ~high >>> 0);
        this.view.setUint32(this.length + 4, ~this.view.getUint32(this.length + 4) >>> 0);
      } else {
        this.view.setUint32(this.length, (high | 0x8000_0000) >>> 0);
      }
      this.length += 8;
    } else {
      const text = keyForm(value) as string;
      this.ensure(text.length * 3 + 1);
      if (SURROGATE.test(text)) this.wtf8(text);
      else this.length += this.buffer.write(text, this.length, 'utf8');
      this.buffer[this.length++] = 0;
    }
    if (descending) {
      for (let index = start; index < this.length; index++) {
        this.buffer[index] = ~(this.buffer[index] as number) & 0xff;
      }
    }
    return this;
  }

  /** Generalised UTF-8 (WTF-8): lone surrogates keep their own code point, so byte order
   *  stays code point order (Buffer.write would turn them all into U+FFFD). */
  private wtf8(text: string): void {
    for (let index = 0; index < text.length; index++) {
      let point = text.codePointAt(index) as number;
      if (point > 0xffff) index++;
      const b = this.buffer;
      if (point < 0x80) {
        b[this.length++] = point;
      } else if (point < 0x800) {
        b[this.length++] = 0xc0 | (point >> 6);
        b[this.length++] = 0x80 | (point & 0x3f);
      } else if (point < 0x10000) {
        b[this.length++] = 0xe0 | (point >> 12);
        b[this.length++] = 0x80 | ((point >> 6) & 0x3f);
        b[this.length++] = 0x80 | (point & 0x3f);
      } else {
        b[this.length++] = 0xf0 | (point >> 18);
        b[this.length++] = 0x80 | ((point >> 12) & 0x3f);
        b[this.length++] = 0x80 | ((point >> 6) & 0x3f);
        b[this.length++] = 0x80 | (point & 0x3f);
        point = 0;
      }
    }
  }

  /** Cut the components part back so that the key plus a tid fits lmdb's limit. */
  clamp(): this {
    if (this.length > KEY_BYTES_MAX) this.length = KEY_BYTES_MAX;
    return this;
  }

  /** FNV-1a over the bytes written since `start` */
  hashFrom(start: number): number {
    let hash = 0x811c9dc5;
    for (let index = start; index < this.length; index++) {
      hash ^= this.buffer[index] as number;
      hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
  }

  /** Overwrite a u32 at an earlier offset (the hash slot of a hash key). */
  patchU32(offset: number, value: number): void {
    this.view.setUint32(offset, value >>> 0);
  }

  /** a fresh Buffer holding the key written so far */
  take(): Buffer {
    const out = Buffer.allocUnsafe(this.length);
    this.buffer.copy(out, 0, 0, this.length);
    return out;
  }
}

/** The key of the first entry of a relation id's key space. */
export function relStart(relId: number): Buffer {
  const out = Buffer.allocUnsafe(REL_ID_BYTES);
  out.writeUInt32BE(relId >>> 0, 0);
  return out;
}

/** The smallest key after every key that starts with `prefix` (end bound, exclusive). */
export function prefixEnd(prefix: Uint8Array): Buffer {
  const out = Buffer.from(prefix);
  let index = out.length - 1;
  while (index >= 0 && out[index] === 0xff) index--;
  if (index < 0) {
    // all 0xff: nothing sorts after with this prefix except longer keys; extend instead
    return Buffer.concat([out, Buffer.alloc(KEY_BYTES_MAX, 0xff)]);
  }
  const end = out.subarray(0, index + 1);
  end[index] = (end[index] as number) + 1;
  return Buffer.from(end);
}

/**
 * FNV-1a over a whole tuple's values in their collation form (chars without blanks or NULs,
 * -0 as 0): tuples that compare equal — duplicates, blank-insensitively as INGRES's
 * dup_check and ksort compared chars — hash alike, so keyed structures put it before the
 * tid to find duplicates quickly. Keys written before 12-07 hold `exactTupleHash`.
 */
export function tupleHash(values: readonly Value[]): number {
  return hashValues(values, true);
}

/** The tuple hash of keys written before 12-07: over the exact values (a char's blanks
 *  count). Only looked up, for duplicates stored then; never written any more. */
export function exactTupleHash(values: readonly Value[]): number {
  return hashValues(values, false);
}

function hashValues(values: readonly Value[], collated: boolean): number {
  let hash = 0x811c9dc5;
  for (const value of values) {
    if (typeof value === 'number') {
      const v = value === 0 ? 0 : value;
      const low = v | 0;
      hash = Math.imul(hash ^ (low === v ? low : Math.floor(v * 1e6) | 0), 0x01000193);
      hash = Math.imul(hash ^ 0x6e, 0x01000193);
    } else {
      for (let index = 0; index < value.length; index++) {
        const code = value.charCodeAt(index);
        if (collated && ignored(code)) continue;
        hash = Math.imul(hash ^ code, 0x01000193);
      }
      hash = Math.imul(hash ^ 0x73, 0x01000193);
    }
  }
  return hash >>> 0;
}

/** The tid in the 8 bytes before `end` of a tuple key or an index key (both end with one),
 *  read without making a Buffer (this runs once per index entry). */
export function tidAt(key: Uint8Array, end: number = key.length): number {
  const high = (((key[end - 8] as number) << 24) | ((key[end - 7] as number) << 16) | ((key[end - 6] as number) << 8) | (key[end - 5] as number)) >>> 0;
  const low = (((key[end - 4] as number) << 24) | ((key[end - 3] as number) << 16) | ((key[end - 2] as number) << 8) | (key[end - 1] as number)) >>> 0;
  return high * 0x1_0000_0000 + low;
}
