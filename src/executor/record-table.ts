/*
 * record-table.ts — which of the records numbered 0, 1, 2, … a new one equals: a hash per
 * record and an open-addressing table of record numbers (typed arrays, at most half full),
 * the equality left to the caller. No key string, Map entry or bucket array per record.
 * Used for the rows of `retrieve unique` (dml.ts) and the keys a replace or delete
 * collects (targets.ts).
 */

export class RecordTable {
  /** record number → its hash */
  private hashes = new Int32Array(8);
  /** record number + 1 by slot; 0 = free */
  private table = new Int32Array(16);
  private records = 0;

  get size(): number {
    return this.records;
  }

  /**
   * Adds record number `size` under `hash`, unless `same(n)` holds for a record n already
   * added under the same hash: then false, and nothing is added.
   */
  add(hash: number, same: (record: number) => boolean): boolean {
    const mask = this.table.length - 1;
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    for (let entry = this.table[slot]!; entry !== 0; entry = this.table[slot]!) {
      if (this.hashes[entry - 1] === hash && same(entry - 1)) return false;
      slot = (slot + 1) & mask;
    }
    const number = this.records++;
    if (number === this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[number] = hash;
    this.table[slot] = number + 1;
    if (this.records * 2 > this.table.length) this.grow();
    return true;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let number = 0; number < this.records; number++) {
      let slot = (Math.imul(this.hashes[number]!, 0x9e3779b1) >>> 0) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = number + 1;
    }
    this.table = table;
  }
}
