/*
 * hash-set32.ts — a set of 32-bit hashes in one typed array (open addressing, linear
 * probing, at most half full): 8–12 bytes per member and no JS object per member, so a
 * statement can remember millions of them without growing the heap V8 collects. A member
 * says "maybe seen"; callers that need certainty check the rare hits themselves.
 */

export class HashSet32 {
  /** stored hash by slot; 0 = free (a hash of 0 is stored as 1) */
  private table = new Uint32Array(1024);
  private members = 0;

  get size(): number {
    return this.members;
  }

  /** Adds `hash` (any integer; its low 32 bits count); false when it was a member already. */
  add(hash: number): boolean {
    const stored = hash >>> 0 || 1;
    const table = this.table;
    const mask = table.length - 1;
    let slot = (Math.imul(stored, 0x9e3779b1) >>> 0) & mask;
    for (let entry = table[slot]!; entry !== 0; entry = table[slot]!) {
      if (entry === stored) return false;
      slot = (slot + 1) & mask;
    }
    table[slot] = stored;
    if (++this.members * 2 > table.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.table;
    const table = new Uint32Array(old.length * 2);
    const mask = table.length - 1;
    for (const entry of old) {
      if (entry === 0) continue;
      let slot = (Math.imul(entry, 0x9e3779b1) >>> 0) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = entry;
    }
    this.table = table;
  }
}
