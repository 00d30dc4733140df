/*
 * value-shape.ts — a stored msgpack value walked item by item before it is decoded: every
 * length and count must fit in the value's own bytes. msgpackr trusts them, and lmdb-js
 * hands it a shared buffer longer than the value, so a garbled count (an array of 2^32 - 1
 * items where 13 were) had it decode the memory past the value for 24 s and 1.4 GB before
 * it failed (test/process/damaged-data.test.ts). The walk costs ~45 ns for a 16-field tuple.
 */

const u16 = (b: Uint8Array, at: number): number => ((b[at] as number) << 8) | (b[at + 1] as number);
const u32 = (b: Uint8Array, at: number): number =>
  (b[at] as number) * 0x1000000 + (((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number));

/**
 * Do the first `size` bytes of `bytes` hold one whole msgpack item whose every string,
 * binary, extension, array and map fits in them? (Bytes after the item are not looked at;
 * the decoder says what it makes of them.)
 */
export function msgpackFits(bytes: Uint8Array, size: number): boolean {
  let at = 0;
  // items still to read: each takes at least one byte
  let pending = 1;
  while (pending > 0) {
    if (at >= size) return false;
    const t = bytes[at] as number;
    pending--;
    if (t < 0x80 || t >= 0xe0) {
      at += 1; // fixint (also msgpackr's record references)
      continue;
    }
    if (t < 0x90) {
      pending += 2 * (t & 0x0f);
      at += 1;
    } else if (t < 0xa0) {
      pending += t & 0x0f;
      at += 1;
    } else if (t < 0xc0) {
      at += 1 + (t & 0x1f);
      continue;
    } else {
      switch (t) {
        case 0xc0: case 0xc2: case 0xc3: at += 1; continue;
        case 0xc4: case 0xd9: at += 2 + (bytes[at + 1] ?? 0); continue;
        case 0xc5: case 0xda: at += 3 + u16(bytes, at + 1); continue;
        case 0xc6: case 0xdb: at += 5 + u32(bytes, at + 1); continue;
        case 0xc7: at += 3 + (bytes[at + 1] ?? 0); continue;
        case 0xc8: at += 4 + u16(bytes, at + 1); continue;
        case 0xc9: at += 6 + u32(bytes, at + 1); continue;
        case 0xcc: case 0xd0: at += 2; continue;
        case 0xcd: case 0xd1: at += 3; continue;
        case 0xca: case 0xce: case 0xd2: at += 5; continue;
        case 0xcb: case 0xcf: case 0xd3: at += 9; continue;
        case 0xd4: at += 3; continue;
        case 0xd5: at += 4; continue;
        case 0xd6: at += 6; continue;
        case 0xd7: at += 10; continue;
        case 0xd8: at += 18; continue;
        case 0xdc: pending += u16(bytes, at + 1); at += 3; break;
        case 0xdd: pending += u32(bytes, at + 1); at += 5; break;
        case 0xde: pending += 2 * u16(bytes, at + 1); at += 3; break;
        case 0xdf: pending += 2 * u32(bytes, at + 1); at += 5; break;
        default: return false; // 0xc1: never used
      }
    }
    if (pending > size - at) return false;
  }
  return at <= size;
}
