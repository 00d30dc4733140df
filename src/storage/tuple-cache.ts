/*
 * tuple-cache.ts — the buffer pool behind store.ts: whole user relations, in key order, as
 * compact columns off the JS heap (every key in one Buffer, numbers in typed arrays, chars
 * as a dictionary when they repeat, else in one string Buffer), filled while a complete
 * scan streams by. Tuples are decoded from the columns a block of BLOCK at a time when
 * first read; the most recently used blocks stay pinned within a budget of decoded bytes,
 * the others are held through WeakRefs only (the GC may take them back; the next read
 * decodes them again, several times faster than lmdb + msgpack). README.md "Tuple cache"
 * has the measurements behind the byte counts.
 */
import type { RelationDesc, StoredTuple } from './api.js';
import type { Value } from '../types/value.js';
import { tidAt } from './keys.js';

/** tuples per decoded block (a range seek decodes only the blocks it touches) */
const BLOCK_SHIFT = 10;
const BLOCK = 1 << BLOCK_SHIFT;
/** a char column keeps a dictionary while it has at most this many distinct values, and
 *  at most one new value in every DICTIONARY_RATIO values after the first block */
const DICTIONARY_MAX = 0xffff;
const DICTIONARY_RATIO = 16;

// Heap layout of V8 on 64 bits without pointer compression (Node's default), used to count
// decoded tuples; test/unit/storage/tuple-cache.test.ts measures it against the heap.
/** an object's map, properties and elements pointers */
const OBJECT_HEADER_BYTES = 24;
/** a JSArray (header + length) and its FixedArray's header (map, length) */
const ARRAY_BYTES = 32 + 16;
const POINTER_BYTES = 8;
/** a flat string: map, hash, length; then 1 or 2 bytes a character, rounded up to 8 */
const STRING_HEADER_BYTES = 16;
/** a number that is not a small integer is boxed */
const HEAP_NUMBER_BYTES = 16;
/** a CachedTuple: header + values, relation, at */
const TUPLE_BYTES = OBJECT_HEADER_BYTES + 3 * POINTER_BYTES;

/** heap bytes of a flat string of `length` characters (`wide`: any above U+00FF) */
export function stringBytes(length: number, wide: boolean): number {
  return STRING_HEADER_BYTES + ((length * (wide ? 2 : 1) + 7) & ~7);
}

/** counts of tuples decoded from columns (the scan that fills a relation decodes none) */
export const decodeCounters = { blocks: 0, tuples: 0 };

type Column =
  | { readonly kind: 'int'; readonly data: Int32Array }
  | { readonly kind: 'float'; readonly data: Float64Array }
  | { readonly kind: 'dictionary'; readonly codes: Uint16Array; readonly dictionary: readonly string[] }
  | { readonly kind: 'latin1' | 'utf16le'; readonly blob: Buffer; readonly starts: Uint32Array };

function grown<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** the first `length` bytes of `buffer` in a Buffer of their own size (no copy if it is one) */
function trimmed(buffer: Buffer, length: number): Buffer {
  if (buffer.length === length) return buffer;
  const out = Buffer.allocUnsafeSlow(length);
  buffer.copy(out, 0, 0, length);
  return out;
}

function grownBuffer(buffer: Buffer, needed: number): Buffer {
  if (needed <= buffer.length) return buffer;
  const next = Buffer.allocUnsafeSlow(Math.max(needed, buffer.length * 2));
  buffer.copy(next);
  return next;
}

/** an i or f attribute: doubles while filling, int32 at the end if every value is one */
class NumberColumnBuilder {
  private data: Float64Array;
  private ints: boolean;

  constructor(kind: 'i' | 'f', capacity: number) {
    this.data = new Float64Array(capacity);
    this.ints = kind === 'i';
  }

  add(index: number, value: Value): boolean {
    if (typeof value !== 'number') return false;
    if (index >= this.data.length) this.data = grown(this.data, index + 1);
    this.data[index] = value;
    // an integer column stays int32 while every value is one (and not -0)
    if (this.ints && ((value | 0) !== value || (value === 0 && 1 / value < 0))) this.ints = false;
    return true;
  }

  finish(count: number): { column: Column; bytes: number; decodedBytes: number } {
    if (this.ints) {
      const data = new Int32Array(this.data.subarray(0, count));
      return { column: { kind: 'int', data }, bytes: data.byteLength, decodedBytes: 0 };
    }
    const data = this.data.length === count ? this.data : this.data.slice(0, count);
    // decoded, a number that is not a small integer is boxed
    return { column: { kind: 'float', data }, bytes: data.byteLength, decodedBytes: HEAP_NUMBER_BYTES };
  }
}

/**
 * A c attribute: a dictionary while the distinct values stay few; else one Buffer, a byte a
 * character while every value is ASCII (written here: a native call per value costs more),
 * else UTF-16 code units (exact for every JS string, lone surrogates included).
 */
class CharColumnBuilder {
  private codes: Uint16Array | null;
  private readonly seen = new Map<string, number>();
  private readonly dictionary: string[] = [];
  private blob: Buffer = Buffer.allocUnsafeSlow(0);
  private starts = new Uint32Array(0);
  private length = 0;
  private wide = false;
  private ascii = true;

  /** `capacity` tuples of at most `length` characters each (chars lose trailing blanks) */
  constructor(
    private readonly capacity: number,
    private readonly declared: number,
  ) {
    this.codes = new Uint16Array(capacity);
  }

  add(index: number, value: Value): boolean {
    if (typeof value !== 'string') return false;
    if (this.codes !== null) {
      let code = this.seen.get(value);
      if (code === undefined) {
        code = this.dictionary.length;
        if (code < DICTIONARY_MAX && (index < BLOCK || code * DICTIONARY_RATIO <= index)) {
          this.seen.set(value, code);
          this.dictionary.push(value);
        } else {
          this.toBlob(index);
        }
      }
      if (this.codes !== null) {
        if (index >= this.codes.length) this.codes = grown(this.codes, index + 1);
        this.codes[index] = code;
        return true;
      }
    }
    this.write(index, value);
    return true;
  }

  /** the dictionary failed: its first `count` values go to the blob */
  private toBlob(count: number): void {
    const codes = this.codes as Uint16Array;
    this.codes = null;
    this.seen.clear();
    this.blob = Buffer.allocUnsafeSlow(this.capacity * this.declared);
    this.starts = new Uint32Array(this.capacity + 1);
    for (let index = 0; index < count; index++) this.write(index, this.dictionary[codes[index] as number] as string);
  }

  private write(index: number, text: string): void {
    if (index + 1 >= this.starts.length) this.starts = grown(this.starts, index + 2);
    this.starts[index] = this.length;
    if (this.ascii) {
      this.blob = grownBuffer(this.blob, this.length + text.length);
      const blob = this.blob;
      let at = this.length;
      for (let char = 0; char < text.length; char++) {
        const code = text.charCodeAt(char);
        if (code > 0x7f) {
          this.toUtf16();
          this.write(index, text);
          return;
        }
        blob[at++] = code;
      }
      this.length = at;
      return;
    }
    this.blob = grownBuffer(this.blob, this.length + text.length * 2);
    this.length += this.blob.write(text, this.length, 'utf16le');
    if (!this.wide) {
      for (let char = 0; char < text.length; char++) {
        if (text.charCodeAt(char) > 0xff) {
          this.wide = true;
          break;
        }
      }
    }
  }

  /** a non-ASCII value: the bytes so far become UTF-16 code units */
  private toUtf16(): void {
    const next = Buffer.allocUnsafeSlow(Math.max(16, this.blob.length * 2));
    for (let at = 0; at < this.length; at++) {
      next[2 * at] = this.blob[at] as number;
      next[2 * at + 1] = 0;
    }
    this.blob = next;
    for (let index = 0; index < this.starts.length; index++) this.starts[index] = (this.starts[index] as number) * 2;
    this.length *= 2;
    this.ascii = false;
  }

  finish(count: number): { column: Column; bytes: number; decodedBytes: number } {
    if (this.codes !== null) {
      const codes = this.codes.length === count ? this.codes : this.codes.slice(0, count);
      let bytes = codes.byteLength + this.dictionary.length * POINTER_BYTES;
      for (const text of this.dictionary) bytes += stringBytes(text.length, /[^\0-\xff]/.test(text));
      // decoded tuples share the dictionary's strings
      return { column: { kind: 'dictionary', codes, dictionary: this.dictionary }, bytes, decodedBytes: 0 };
    }
    const starts = new Uint32Array(count + 1);
    starts.set(this.starts.subarray(0, count));
    starts[count] = this.length;
    const blob = trimmed(this.blob, this.length);
    const characters = this.ascii ? this.length : this.length / 2;
    const average = count === 0 ? 0 : Math.ceil(characters / count);
    return {
      column: { kind: this.ascii ? 'latin1' : 'utf16le', blob, starts },
      bytes: blob.byteLength + starts.byteLength,
      decodedBytes: stringBytes(average, this.wide),
    };
  }
}

/**
 * Fills the columns of one relation from the tuples of a complete scan, in key order, as
 * they stream by (nothing of a tuple is kept but its bytes). `finish` gives null when a
 * value was not of its attribute's kind (such a relation is not cached).
 */
export class RelationBuilder {
  private count = 0;
  private keys: Buffer;
  private keyLength = 0;
  private keyStarts: Uint32Array;
  private builders: readonly (NumberColumnBuilder | CharColumnBuilder)[];
  private failed = false;

  /** bytes of a tuple in the columns, roughly (declared width, key, offsets): a builder
   *  whose relation will not fit `budget` stops early */
  private readonly rowBytes: number;

  /** whether a relation of this many tuples could fit `budget` (not worth filling if not) */
  static mayFit(desc: RelationDesc, budget: number): boolean {
    return desc.tupleCount * (desc.width + 32) <= budget;
  }

  constructor(
    private readonly desc: RelationDesc,
    private readonly budget: number,
  ) {
    this.rowBytes = desc.width + 32;
    const capacity = Math.max(16, Math.min(desc.tupleCount, Math.floor(budget / this.rowBytes)));
    this.keys = Buffer.allocUnsafeSlow(capacity * 24);
    this.keyStarts = new Uint32Array(capacity + 1);
    this.builders = desc.attributes.map((a) =>
      a.type.kind === 'c' ? new CharColumnBuilder(capacity, a.type.length) : new NumberColumnBuilder(a.type.kind, capacity));
  }

  add(key: Uint8Array, values: readonly Value[]): void {
    if (this.failed) return;
    const builders = this.builders;
    const width = builders.length;
    const index = this.count++;
    if (values.length !== width || ((index & (BLOCK - 1)) === 0 && index * this.rowBytes > this.budget)) {
      this.failed = true;
      return;
    }
    if (index + 1 >= this.keyStarts.length) this.keyStarts = grown(this.keyStarts, index + 2);
    const at = this.keyLength;
    this.keyStarts[index] = at;
    if (at + key.length > this.keys.length) this.keys = grownBuffer(this.keys, at + key.length);
    // keys are ~20 bytes: a loop costs less than a native call per key
    const keys = this.keys;
    for (let byte = 0; byte < key.length; byte++) keys[at + byte] = key[byte] as number;
    this.keyLength = at + key.length;
    for (let attribute = 0; attribute < width; attribute++) {
      if (!(builders[attribute] as NumberColumnBuilder | CharColumnBuilder).add(index, values[attribute] as Value)) {
        this.failed = true;
        return;
      }
    }
  }

  /** the relation, once (the builder lets go of its buffers: a scan generator may live on) */
  finish(): CachedRelation | null {
    const relation = this.failed ? null : this.build();
    this.failed = true;
    this.builders = [];
    this.keys = Buffer.alloc(0);
    this.keyStarts = new Uint32Array(0);
    return relation;
  }

  private build(): CachedRelation {
    const count = this.count;
    const keys = trimmed(this.keys, this.keyLength);
    const keyStarts = new Uint32Array(count + 1);
    keyStarts.set(this.keyStarts.subarray(0, count));
    keyStarts[count] = this.keyLength;
    const columns: Column[] = [];
    let bytes = keys.byteLength + keyStarts.byteLength;
    let decoded = TUPLE_BYTES + ARRAY_BYTES + POINTER_BYTES * this.builders.length;
    for (const builder of this.builders) {
      const built = builder.finish(count);
      columns.push(built.column);
      bytes += built.bytes;
      decoded += built.decodedBytes;
    }
    return new CachedRelation(this.desc.id, keys, keyStarts, columns, bytes, decoded);
  }
}

/** A cached tuple: its key is cut from the relation's key buffer only when asked for. */
class CachedTuple implements StoredTuple {
  constructor(
    readonly values: readonly Value[],
    private readonly relation: CachedRelation,
    private readonly at: number,
  ) {}

  get ref(): Buffer {
    return this.relation.keyAt(this.at);
  }
}

/** Where a relation reports the blocks it decodes (so the most recent ones stay pinned)
 *  and the bytes it adds later (its tid table). */
interface Pinner {
  used(relation: CachedRelation, block: number, tuples: readonly StoredTuple[]): void;
  grew(relation: CachedRelation, bytes: number): void;
}

/** slot of a tid in an open-addressing table of `mask + 1` slots */
function tidSlot(tid: number, mask: number): number {
  return Math.imul((tid | 0) ^ ((tid / 0x1_0000_0000) | 0), 0x9e3779b1) >>> 0 & mask;
}

let serials = 0;

/** One relation in the cache: its tuples in key order, as columns. Immutable once built. */
export class CachedRelation {
  readonly count: number;
  /** a number for pin keys, distinct for every CachedRelation of the process */
  readonly serial = ++serials;
  /** bytes held by the columns and keys (off the JS heap but for dictionaries) */
  bytes: number;
  /** estimated heap bytes of one decoded tuple (its object, values array, new strings) */
  readonly decodedTupleBytes: number;
  private readonly blocks: (WeakRef<readonly StoredTuple[]> | undefined)[];
  /** strong references to the pinned blocks (set by the TupleCache) */
  readonly pinned: (readonly StoredTuple[] | undefined)[];
  pinner: Pinner | null = null;
  /** the cache pool's use stamp of its last use (larger = more recent) */
  lastUse = 0;
  private everything: WeakRef<readonly StoredTuple[]> | undefined;
  /** position + 1 of each tuple by its tid (open addressing), built at the first lookup */
  private tids: Int32Array | null = null;

  constructor(
    readonly id: number,
    private readonly keys: Buffer,
    private readonly keyStarts: Uint32Array,
    private readonly columns: readonly Column[],
    bytes: number,
    decodedTupleBytes: number,
  ) {
    this.count = keyStarts.length - 1;
    this.bytes = bytes;
    this.decodedTupleBytes = decodedTupleBytes;
    const blocks = (this.count + BLOCK - 1) >> BLOCK_SHIFT;
    this.blocks = new Array<WeakRef<readonly StoredTuple[]> | undefined>(blocks);
    this.pinned = new Array<readonly StoredTuple[] | undefined>(blocks);
  }

  /** estimated heap bytes of decoded block `block` */
  blockBytes(block: number): number {
    const tuples = Math.min(BLOCK, this.count - (block << BLOCK_SHIFT));
    return ARRAY_BYTES + tuples * (POINTER_BYTES + this.decodedTupleBytes);
  }

  /** a copy of the key of the tuple at `index` */
  keyAt(index: number): Buffer {
    const start = this.keyStarts[index] as number;
    const end = this.keyStarts[index + 1] as number;
    const key = Buffer.allocUnsafe(end - start);
    this.keys.copy(key, 0, start, end);
    return key;
  }

  /** first position whose key is >= `key` */
  lowerBound(key: Uint8Array): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compareAt(middle, key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Position of the tuple with this tid, or -1 (what an index entry names: its key ends
   * with the base tuple's key, which ends with the tid; a tid is never reused). The table
   * costs 8-16 bytes a tuple, off the heap, and is built at the first lookup.
   */
  positionOfTid(tid: number): number {
    let table = this.tids;
    if (table === null) table = this.buildTids();
    const mask = table.length - 1;
    for (let slot = tidSlot(tid, mask); ; slot = (slot + 1) & mask) {
      const entry = table[slot] as number;
      if (entry === 0) return -1;
      if (tidAt(this.keys, this.keyStarts[entry] as number) === tid) return entry - 1;
    }
  }

  private buildTids(): Int32Array {
    let size = 16;
    while (size < this.count * 2) size *= 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let index = 0; index < this.count; index++) {
      let slot = tidSlot(tidAt(this.keys, this.keyStarts[index + 1] as number), mask);
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = index + 1;
    }
    this.tids = table;
    this.bytes += table.byteLength;
    this.pinner?.grew(this, table.byteLength);
    return table;
  }

  /** the key at `index` against `key`, memcmp order (compared here: a native
   *  Buffer.compare call costs ~130 ns, more than comparing two 20-byte keys in JS) */
  private compareAt(index: number, key: Uint8Array): number {
    const keys = this.keys;
    const start = this.keyStarts[index] as number;
    const length = (this.keyStarts[index + 1] as number) - start;
    const common = Math.min(length, key.length);
    for (let byte = 0; byte < common; byte++) {
      const difference = (keys[start + byte] as number) - (key[byte] as number);
      if (difference !== 0) return difference;
    }
    return length - key.length;
  }

  /**
   * Positions of the tuples whose number attribute `attribute` lies between `low` and
   * `high` (null = unbounded), in order — read from the column, nothing decoded; undefined
   * when the attribute is not kept as a number column. A scan with a range on a column
   * then decodes only the tuples it returns (sel1% of a 100,000-tuple heap: 1,000).
   */
  positionsIn(attribute: number, low: number | null, lowInclusive: boolean, high: number | null, highInclusive: boolean): number[] | undefined {
    const column = this.columns[attribute];
    if (column === undefined || (column.kind !== 'int' && column.kind !== 'float')) return undefined;
    const data = column.data;
    const lo = low ?? -Infinity;
    const hi = high ?? Infinity;
    const out: number[] = [];
    for (let index = 0; index < this.count; index++) {
      const value = data[index] as number;
      if ((value > lo || (lowInclusive && value === lo)) && (value < hi || (highInclusive && value === hi))) out.push(index);
    }
    return out;
  }

  /** the tuple at `index`: from its decoded block when that is alive, else decoded alone
   *  (random probes through an index do not decode whole blocks) */
  tupleAt(index: number): StoredTuple {
    const tuples = this.pinned[index >> BLOCK_SHIFT] ?? this.blocks[index >> BLOCK_SHIFT]?.deref();
    if (tuples !== undefined) return tuples[index & (BLOCK - 1)] as StoredTuple;
    return this.decode(index, index + 1)[0] as StoredTuple;
  }

  /**
   * The tuples at positions [from, to): an array when their blocks are all decoded (all of
   * them: one shared frozen array), else an iterable that decodes block by block as it is
   * read, so a reader that stops early (min of a key, `any`) decodes one block, not all.
   */
  tuples(from: number, to: number): Iterable<StoredTuple> {
    const all = from === 0 && to === this.count;
    if (all) {
      const everything = this.everything?.deref();
      if (everything !== undefined) {
        for (let block = 0; block < this.blocks.length; block++) this.aliveBlock(block);
        return everything;
      }
    }
    for (let block = from >> BLOCK_SHIFT; from < to && block <= (to - 1) >> BLOCK_SHIFT; block++) {
      if (this.pinned[block] === undefined && this.blocks[block]?.deref() === undefined) return this.blockwise(from, to);
    }
    if (!all) return this.collect(from, to);
    const everything = Object.freeze(this.collect(0, this.count));
    this.everything = new WeakRef(everything);
    return everything;
  }

  private *blockwise(from: number, to: number): Generator<StoredTuple> {
    for (let start = from; start < to; start = ((start >> BLOCK_SHIFT) + 1) << BLOCK_SHIFT) {
      yield* this.collect(start, Math.min(to, ((start >> BLOCK_SHIFT) + 1) << BLOCK_SHIFT));
    }
  }

  /** positions [from, to): whole blocks from (or into) the decoded blocks; the part of a
   *  block that is not decoded yet and not wholly wanted is decoded alone, not kept (a
   *  point or short range seek decodes what it returns, not 1024 tuples) */
  private collect(from: number, to: number): StoredTuple[] {
    const out = new Array<StoredTuple>(Math.max(0, to - from));
    for (let block = from >> BLOCK_SHIFT; from < to && block <= (to - 1) >> BLOCK_SHIFT; block++) {
      const base = block << BLOCK_SHIFT;
      const start = Math.max(from, base);
      const end = Math.min(to, base + BLOCK);
      const whole = start === base && end === Math.min(this.count, base + BLOCK);
      const alive = whole ? this.block(block) : this.aliveBlock(block);
      if (alive === undefined) {
        const decoded = this.decode(start, end);
        for (let index = start; index < end; index++) out[index - from] = decoded[index - start] as StoredTuple;
        continue;
      }
      for (let index = start; index < end; index++) out[index - from] = alive[index - base] as StoredTuple;
    }
    return out;
  }

  /** decoded block `block` if it is still there (reported as used), else undefined */
  private aliveBlock(block: number): readonly StoredTuple[] | undefined {
    const tuples = this.pinned[block] ?? this.blocks[block]?.deref();
    if (tuples !== undefined) this.pinner?.used(this, block, tuples);
    return tuples;
  }

  /** decoded block `block` (decoded now if the GC took it), reported as used */
  private block(block: number): readonly StoredTuple[] {
    let tuples = this.pinned[block] ?? this.blocks[block]?.deref();
    if (tuples === undefined) {
      const from = block << BLOCK_SHIFT;
      tuples = Object.freeze(this.decode(from, Math.min(this.count, from + BLOCK)));
      this.blocks[block] = new WeakRef(tuples);
      decodeCounters.blocks++;
    }
    this.pinner?.used(this, block, tuples);
    return tuples;
  }

  /** new tuples for positions [from, to): each values array is allocated next to its tuple
   *  (as lmdb's decoder leaves them), then filled a column at a time; frozen (shared) */
  private decode(from: number, to: number): StoredTuple[] {
    const width = this.columns.length;
    const rows = new Array<Value[]>(to - from);
    const tuples = new Array<StoredTuple>(to - from);
    for (let index = 0; index < rows.length; index++) {
      const values = new Array<Value>(width);
      rows[index] = values;
      tuples[index] = new CachedTuple(values, this, from + index);
    }
    for (let attribute = 0; attribute < width; attribute++) {
      const column = this.columns[attribute] as Column;
      switch (column.kind) {
        case 'int':
        case 'float': {
          const data = column.data;
          for (let index = from; index < to; index++) (rows[index - from] as Value[])[attribute] = data[index] as number;
          break;
        }
        case 'dictionary': {
          const { codes, dictionary } = column;
          for (let index = from; index < to; index++) {
            (rows[index - from] as Value[])[attribute] = dictionary[codes[index] as number] as string;
          }
          break;
        }
        case 'latin1':
        case 'utf16le': {
          const { blob, starts, kind } = column;
          for (let index = from; index < to; index++) {
            (rows[index - from] as Value[])[attribute] = blob.toString(kind, starts[index], starts[index + 1]);
          }
          break;
        }
      }
    }
    for (const values of rows) Object.freeze(values);
    decodeCounters.tuples += rows.length;
    return tuples;
  }

  /** forget every decoded block (what a full collection does to the unpinned ones) */
  forgetDecoded(): void {
    this.blocks.fill(undefined);
    this.pinned.fill(undefined);
    this.everything = undefined;
  }
}

/**
 * What the tuple caches of one process share: one budget for columns and one for pinned
 * decoded blocks. A host daemon serves every database of its host, and each database has its
 * own cache: with a budget each, N databases could hold N times the memory. Past the shared
 * budget, the least recently used relation (or block) of *any* database goes first.
 */
export class CachePool {
  readonly caches = new Set<TupleCache>();
  columns = 0;
  pinned = 0;
  private clock = 0;

  constructor(readonly budget: number, readonly decodedBudget: number) {}

  /** a use stamp: larger = more recent */
  tick(): number {
    return ++this.clock;
  }

  /** drop relations, least recently used first across every cache, until `bytes` more fit */
  makeRoom(bytes: number): void {
    while (this.columns + bytes > this.budget) {
      const oldest = this.oldest((cache) => cache.oldestRelationUse());
      if (oldest === null) return;
      oldest.dropOldestRelation();
    }
  }

  /** unpin blocks, least recently used first across every cache, until `bytes` more fit */
  makePinRoom(bytes: number): void {
    while (this.pinned + bytes > this.decodedBudget) {
      const oldest = this.oldest((cache) => cache.oldestPinUse());
      if (oldest === null) return;
      oldest.unpinOldest();
    }
  }

  private oldest(useOf: (cache: TupleCache) => number | null): TupleCache | null {
    let best: TupleCache | null = null;
    let bestUse = Infinity;
    for (const cache of this.caches) {
      const use = useOf(cache);
      if (use !== null && use < bestUse) {
        best = cache;
        bestUse = use;
      }
    }
    return best;
  }
}

/**
 * Relations filled by a complete scan, least recently used first out, within the pool's
 * budget of columns; decoded blocks pinned within its `decodedBudget` estimated heap bytes,
 * least recently used first out. Knows nothing of writes: the store drops an id whenever it
 * may have changed. `release()` when its database closes (it leaves the pool).
 */
export class TupleCache implements Pinner {
  private readonly relations = new Map<number, CachedRelation>();
  private total = 0;
  /** pinned blocks by serial·2^21 + block, least recently used first */
  private readonly pins = new Map<number, { readonly relation: CachedRelation; readonly block: number; readonly bytes: number; use: number }>();
  private pinnedTotal = 0;

  /** a share of `pool` (the host's: HOST_CACHE_POOL in store.ts) */
  constructor(readonly pool: CachePool) {
    pool.caches.add(this);
  }

  /** bytes of the columns held now, and estimated heap bytes of the pinned decoded blocks */
  get bytes(): { readonly columns: number; readonly pinned: number } {
    return { columns: this.total, pinned: this.pinnedTotal };
  }

  has(id: number): boolean {
    return this.relations.has(id);
  }

  /** the cached relation (now the most recently used), or undefined */
  get(id: number): CachedRelation | undefined {
    const relation = this.relations.get(id);
    if (relation !== undefined) {
      this.relations.delete(id);
      this.relations.set(id, relation);
      relation.lastUse = this.pool.tick();
    }
    return relation;
  }

  ids(): number[] {
    return [...this.relations.keys()];
  }

  drop(id: number): void {
    const relation = this.relations.get(id);
    if (relation === undefined) return;
    this.relations.delete(id);
    this.total -= relation.bytes;
    this.pool.columns -= relation.bytes;
    relation.pinner = null;
    for (let block = 0; block < relation.pinned.length; block++) {
      if (relation.pinned[block] !== undefined) this.unpin(relation, block);
    }
  }

  /** keep a relation filled by a complete scan, the least recently used (of any cache) out */
  adopt(relation: CachedRelation): void {
    if (relation.bytes > this.pool.budget) return;
    this.drop(relation.id);
    this.pool.makeRoom(relation.bytes);
    this.relations.set(relation.id, relation);
    relation.lastUse = this.pool.tick();
    this.total += relation.bytes;
    this.pool.columns += relation.bytes;
    relation.pinner = this;
  }

  /** the database closes: everything goes, and the cache leaves its pool */
  release(): void {
    for (const id of [...this.relations.keys()]) this.drop(id);
    this.pool.caches.delete(this);
  }

  /** use stamp of the least recently used relation (null: none) — for the pool */
  oldestRelationUse(): number | null {
    for (const relation of this.relations.values()) return relation.lastUse;
    return null;
  }

  dropOldestRelation(): void {
    for (const id of this.relations.keys()) {
      this.drop(id);
      return;
    }
  }

  /** use stamp of the least recently used pinned block (null: none) — for the pool */
  oldestPinUse(): number | null {
    for (const pin of this.pins.values()) return pin.use;
    return null;
  }

  unpinOldest(): void {
    for (const pin of this.pins.values()) {
      this.unpin(pin.relation, pin.block);
      return;
    }
  }

  grew(_relation: CachedRelation, bytes: number): void {
    this.total += bytes;
    this.pool.columns += bytes;
  }

  used(relation: CachedRelation, block: number, tuples: readonly StoredTuple[]): void {
    const key = relation.serial * 0x20_0000 + block;
    const pin = this.pins.get(key);
    if (pin !== undefined) {
      this.pins.delete(key);
      pin.use = this.pool.tick();
      this.pins.set(key, pin);
      return;
    }
    const bytes = relation.blockBytes(block);
    if (bytes > this.pool.decodedBudget) return;
    this.pool.makePinRoom(bytes);
    relation.pinned[block] = tuples;
    this.pins.set(key, { relation, block, bytes, use: this.pool.tick() });
    this.pinnedTotal += bytes;
    this.pool.pinned += bytes;
  }

  private unpin(relation: CachedRelation, block: number): void {
    const key = relation.serial * 0x20_0000 + block;
    const pin = this.pins.get(key);
    relation.pinned[block] = undefined;
    if (pin === undefined) return;
    this.pins.delete(key);
    this.pinnedTotal -= pin.bytes;
    this.pool.pinned -= pin.bytes;
  }
}
