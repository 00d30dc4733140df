/*
 * row-codec.ts — tuples between hosts as one packed buffer (a `bytes` field), not as a
 * protobuf message per row and per value: protobufjs spends about a microsecond on each
 * row each way, which made a fetch of 600,000 tuples take 3 s. Numbers keep their exact
 * value (-0 included), chars their UTF-16 code units. Decoding checks every bound: a bad
 * buffer is a 7003 (bad message), never a wrong tuple.
 */
import type { Value } from '../types/value.js';
import { badMessage } from './wire.js';

/**
 * `count:u32le width:u16le`, then row after row, value after value, a tag byte and:
 * - INT: an integer in int32 range (not -0), `i32le`;
 * - FLOAT: any other number, `f64le`;
 * - CHARS: a string of at most 85 UTF-16 units (at most 255 UTF-8 bytes), `bytes:u8` + UTF-8;
 * - LONG_CHARS: a longer string, `bytes:u32le` + UTF-8.
 * A string with a lone surrogate (not UTF-8) is sent as UTF16, `units:u32le` + UTF-16LE.
 */
const INT = 1;
const FLOAT = 2;
const CHARS = 3;
const LONG_CHARS = 4;
const UTF16 = 5;
const HEADER = 6;

/** a UTF-16 unit UTF-8 cannot carry: a high surrogate not followed by a low one, or a low one alone */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** the rows, all of one width, packed */
export function encodeRows(rows: readonly (readonly Value[])[]): Buffer {
  const width = rows[0]?.length ?? 0;
  let bound = HEADER;
  for (const row of rows) {
    if (row.length !== width) throw new Error(`packed rows of two widths (${width}, ${row.length})`);
    for (const value of row) bound += typeof value === 'number' ? 9 : 5 + 3 * value.length;
  }
  const out = Buffer.allocUnsafe(bound);
  out.writeUInt32LE(rows.length, 0);
  out.writeUInt16LE(width, 4);
  let at = HEADER;
  for (const row of rows) {
    for (const value of row) {
      if (typeof value === 'number') {
        if ((value | 0) === value && !Object.is(value, -0)) {
          out[at] = INT;
          out.writeInt32LE(value, at + 1);
          at += 5;
        } else {
          out[at] = FLOAT;
          out.writeDoubleLE(value, at + 1);
          at += 9;
        }
      } else if (LONE_SURROGATE.test(value)) {
        out[at] = UTF16;
        out.writeUInt32LE(value.length, at + 1);
        at += 5 + out.write(value, at + 5, 'utf16le');
      } else if (value.length <= 85) {
        out[at] = CHARS;
        const bytes = out.write(value, at + 2, 'utf8');
        out[at + 1] = bytes;
        at += 2 + bytes;
      } else {
        out[at] = LONG_CHARS;
        const bytes = out.write(value, at + 5, 'utf8');
        out.writeUInt32LE(bytes, at + 1);
        at += 5 + bytes;
      }
    }
  }
  return out.subarray(0, at);
}

/** the rows of a packed buffer; 7003 naming `from` when it is not one */
export function decodeRows(buffer: Uint8Array, from: string): Value[][] {
  const data = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const bad = (what: string): Error => badMessage(`packed rows: ${what}`, from);
  if (data.length < HEADER) throw bad('no header');
  const count = data.readUInt32LE(0);
  const width = data.readUInt16LE(4);
  // every value takes at least 2 bytes: a count the buffer cannot hold is refused before
  // anything is allocated for it
  if (count * width * 2 > data.length - HEADER || (width === 0 && count > 0)) throw bad(`${count} rows of ${width} values do not fit in ${data.length} bytes`);
  const rows: Value[][] = new Array<Value[]>(count);
  const end = data.length;
  let at = HEADER;
  const need = (bytes: number): void => {
    if (at + bytes > end) throw bad('truncated');
  };
  for (let r = 0; r < count; r++) {
    const row = new Array<Value>(width);
    for (let c = 0; c < width; c++) {
      need(1);
      const tag = data[at];
      if (tag === INT) {
        need(5);
        row[c] = data.readInt32LE(at + 1);
        at += 5;
      } else if (tag === FLOAT) {
        need(9);
        row[c] = data.readDoubleLE(at + 1);
        at += 9;
      } else if (tag === CHARS) {
        need(2);
        const bytes = data[at + 1] as number;
        at += 2;
        need(bytes);
        row[c] = data.toString('utf8', at, at + bytes);
        at += bytes;
      } else if (tag === LONG_CHARS || tag === UTF16) {
        need(5);
        const size = data.readUInt32LE(at + 1) * (tag === UTF16 ? 2 : 1);
        at += 5;
        need(size);
        row[c] = data.toString(tag === UTF16 ? 'utf16le' : 'utf8', at, at + size);
        at += size;
      } else {
        throw bad(`unknown tag ${String(tag)} at byte ${at}`);
      }
    }
    rows[r] = row;
  }
  if (at !== end) throw bad(`${end - at} bytes after the last row`);
  return rows;
}
