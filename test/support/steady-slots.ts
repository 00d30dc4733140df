/*
 * steady-slots.ts — for tests that simulate a machine restart or an older build:
 * data.steady's slots rewritten as if written in an earlier boot (boot id replaced), or by
 * a format 3 build (version 1, no redo position), crc recomputed, using the slot layout
 * documented in src/storage/steady.ts.
 */
import { crc32 } from 'node:zlib';

const SLOT = 4096;
const BOOT_AT = 32;
const BOOT_END = 96;
const REDO_AT = 2144;
const REDO_END = 2164;

/** each intact slot of `steady` changed by `edit`, its crc recomputed */
function rewriteSlots(steady: Buffer, edit: (out: Buffer, offset: number) => void): Buffer {
  const out = Buffer.from(steady);
  for (let offset = 0; offset + SLOT <= out.length; offset += SLOT) {
    if (out.toString('ascii', offset, offset + 8) !== 'IISTEADY') continue;
    edit(out, offset);
    out.writeUInt32LE(crc32(out.subarray(offset, offset + SLOT - 4)), offset + SLOT - 4);
  }
  return out;
}

/** a copy of data.steady's bytes whose intact slots name another boot of the machine */
export function fromEarlierBoot(steady: Buffer): Buffer {
  return rewriteSlots(steady, (out, offset) => {
    out.fill(0, offset + BOOT_AT, offset + BOOT_END);
    out.write('an-earlier-boot', offset + BOOT_AT, 'ascii');
  });
}

/** data.steady's slots as a format 3 build wrote them: version 1, no redo position */
export function asVersion1(steady: Buffer): Buffer {
  return rewriteSlots(steady, (out, offset) => {
    out.writeUInt32LE(1, offset + 8);
    out.fill(0, offset + REDO_AT, offset + REDO_END);
  });
}
