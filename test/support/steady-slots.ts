/*
 * steady-slots.ts — for tests that simulate a machine restart: data.steady's slots
 * rewritten as if written in an earlier boot (boot id replaced, crc recomputed), using
 * the slot layout documented in src/storage/steady.ts.
 */
import { crc32 } from 'node:zlib';

const SLOT = 4096;
const BOOT_AT = 32;
const BOOT_END = 96;

/** a copy of data.steady's bytes whose intact slots name another boot of the machine */
export function fromEarlierBoot(steady: Buffer): Buffer {
  const out = Buffer.from(steady);
  for (let offset = 0; offset + SLOT <= out.length; offset += SLOT) {
    if (out.toString('ascii', offset, offset + 8) !== 'IISTEADY') continue;
    out.fill(0, offset + BOOT_AT, offset + BOOT_END);
    out.write('an-earlier-boot', offset + BOOT_AT, 'ascii');
    out.writeUInt32LE(crc32(out.subarray(offset, offset + SLOT - 4)), offset + SLOT - 4);
  }
  return out;
}
