/*
 * verify.ts — walks data.mdb's B-trees with plain reads before lmdb maps the file. lmdb
 * trusts its pages: a branch node pointing past the end of the file, or a node offset
 * outside its page, is a SIGSEGV/SIGBUS that takes the whole daemon down. Every page the
 * newest meta page reaches is checked here first, so such damage is a clean 8008 instead.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LMDB_LAST_PAGE_OFFSET, LMDB_MAGIC, LMDB_MAGIC_OFFSET, LMDB_PAGE_SIZE_OFFSET, LMDB_TXNID_OFFSET } from './steady.js';

/*
 * The layout lmdb-js 3.5's LMDB (mdb.c, 64-bit, little-endian) writes:
 *   page header (24 bytes): pgno u64 @0, txnid u64 @8, pad u16 @16, flags u16 @18,
 *     lower u16 @20 / upper u16 @22 (branch and leaf pages; both relative to the end of
 *     the header), or the page count u32 @20 (the first page of an overflow run);
 *   then lower/2 node offsets u16 (each relative to the end of the header);
 *   node: lo u16, hi u16, flags u16, key size u16, key, data. A branch node's child page is
 *     lo | hi << 16 | flags << 32; a leaf node's data size is lo | hi << 16, and with
 *     F_BIGDATA its data is an overflow reference (pgno u64, txnid u64, pages u64);
 *   MDB_db (48 bytes): pad u32, flags u16, depth u16, branch/leaf/overflow pages u64,
 *     entries u64, root u64 @40 (P_INVALID = all ones: empty tree). A meta page holds
 *     the free-page tree's at byte 48 of the page and the main tree's at 96;
 *     each named database is a main-tree leaf node with F_SUBDATA whose data is its MDB_db.
 */
const PAGE_HEADER = 24;
const NODE_HEADER = 8;
const P_BRANCH = 0x01;
const P_LEAF = 0x02;
const P_OVERFLOW = 0x04;
const F_BIGDATA = 0x01;
const F_SUBDATA = 0x02;
const F_DUPDATA = 0x04;
const DB_BYTES = 48;
const DB_ROOT_AT = 40;
const FREE_DB_AT = 48;
const MAIN_DB_AT = 96;
const OVERFLOW_REF_BYTES = 24;
/** deeper than any tree of 2^64 pages can be: a cycle otherwise */
const MAX_DEPTH = 64;

export interface VerifyReport {
  /** pages reached from the newest meta page (both trees, named databases, overflow runs) */
  readonly pagesInUse: number;
  /** pages the free-page tree lists (lmdb reuses them: each must be in the file too) */
  readonly pagesFree: number;
  /** pages 2..lastPage neither in use nor free: leaked (harmless to lmdb; 0 when whole) */
  readonly pagesUnreached: number;
  readonly pagesInFile: number;
  readonly lastPage: number;
  readonly txnId: number;
}

type TreeKind = 'main' | 'named' | 'free';

/** told each page in use after it checked: its number, what it is, and whose ('the main
 *  tree', `database 'tuples'`, 'the free-page tree') */
export type PageVisitor = (pgno: number, kind: 'branch' | 'leaf' | 'overflow', tree: string) => void;

/** Thrown with what is wrong; database.ts turns it into 8008. */
export class EnvDamage extends Error {}

/** Check every page reachable from the newest valid meta page of the lmdb file at `path`
 *  (one read per page). Throws EnvDamage naming the first bad page. */
export function verifyEnvFile(path: string, visit?: PageVisitor): VerifyReport {
  const fd = openSync(path, 'r');
  try {
    return new Walker(fd, fstatSync(fd).size, visit).run();
  } finally {
    closeSync(fd);
  }
}

class Walker {
  private pageBytes = 0;
  private pages = 0;
  private lastPage = 0;
  private txnId = 0n;
  private seen = new Uint8Array(0);
  private inUse = 0;
  private free = 0;
  /** one buffer per level of the walk (a named database's tree goes on below the main
   *  tree's leaf that names it) */
  private readonly page: Buffer[] = [];
  private level = 0;

  constructor(private readonly fd: number, private readonly fileBytes: number, private readonly visit?: PageVisitor) {}

  run(): VerifyReport {
    const first = this.read(0, 512);
    this.pageBytes = first.readUInt32LE(LMDB_PAGE_SIZE_OFFSET);
    if (this.pageBytes < 512 || this.pageBytes > 65536 || (this.pageBytes & (this.pageBytes - 1)) !== 0) {
      throw new EnvDamage(`bad page size ${this.pageBytes}`);
    }
    this.pages = Math.floor(this.fileBytes / this.pageBytes);
    if (this.pages < 2) throw new EnvDamage('shorter than its two meta pages');
    const metas = [first, this.read(this.pageBytes, 512)]
      .filter((m) => m.readUInt32LE(LMDB_MAGIC_OFFSET) === LMDB_MAGIC)
      .sort((a, b) => Number(b.readBigUInt64LE(LMDB_TXNID_OFFSET) - a.readBigUInt64LE(LMDB_TXNID_OFFSET)));
    const meta = metas[0];
    if (meta === undefined) throw new EnvDamage('no valid meta page');
    this.lastPage = Number(meta.readBigUInt64LE(LMDB_LAST_PAGE_OFFSET));
    this.txnId = meta.readBigUInt64LE(LMDB_TXNID_OFFSET);
    if (this.lastPage >= this.pages + 1 || this.lastPage < 1) {
      throw new EnvDamage(`last page ${this.lastPage} but the file holds ${this.pages}`);
    }
    this.seen = new Uint8Array(Math.max(this.pages, this.lastPage + 1));
    this.tree(meta.subarray(MAIN_DB_AT, MAIN_DB_AT + DB_BYTES), 'the main tree', 'main');
    this.tree(meta.subarray(FREE_DB_AT, FREE_DB_AT + DB_BYTES), 'the free-page tree', 'free');
    return {
      pagesInUse: this.inUse, pagesFree: this.free, pagesUnreached: this.lastPage - 1 - this.inUse - this.free,
      pagesInFile: this.pages, lastPage: this.lastPage,
      txnId: Number(this.txnId),
    };
  }

  private tree(db: Buffer, what: string, kind: TreeKind): void {
    const root = db.readBigUInt64LE(DB_ROOT_AT);
    if (root === 0xffff_ffff_ffff_ffffn) return; // empty
    const depth = db.readUInt16LE(6);
    if (depth < 1 || depth > MAX_DEPTH) throw new EnvDamage(`${what} has depth ${depth}`);
    this.walk(this.pgno(root, what), depth, what, kind);
  }

  /** a page number that may be read: in the file, not a meta page, not reached before */
  private pgno(value: bigint, what: string): number {
    if (value < 2n || value > BigInt(this.lastPage) || value >= BigInt(this.pages)) {
      throw new EnvDamage(`${what} points at page ${value}, outside pages 2..${Math.min(this.lastPage, this.pages - 1)}`);
    }
    return Number(value);
  }

  private claim(pgno: number, count: number, what: string): void {
    for (let p = pgno; p < pgno + count; p++) {
      if (this.seen[p] === 1) throw new EnvDamage(`page ${p} is reached twice (${what})`);
      this.seen[p] = 1;
    }
    this.inUse += count;
  }

  private walk(pgno: number, depth: number, what: string, kind: TreeKind): void {
    this.claim(pgno, 1, what);
    this.level += 1;
    try {
      this.check(pgno, this.pageAt(pgno, this.level), depth, what, kind);
    } finally {
      this.level -= 1;
    }
  }

  private check(pgno: number, page: Buffer, depth: number, what: string, kind: TreeKind): void {
    const at = `page ${pgno} of ${what}`;
    if (page.readBigUInt64LE(0) !== BigInt(pgno)) throw new EnvDamage(`${at} carries page number ${page.readBigUInt64LE(0)}`);
    // lmdb writes in place any page whose txnid is not older than the writing transaction:
    // a committed page claiming a future one would be written through the read-only map
    if (page.readBigUInt64LE(8) > this.txnId) throw new EnvDamage(`${at} claims transaction ${page.readBigUInt64LE(8)}, after ${this.txnId}`);
    const flags = page.readUInt16LE(18);
    const want = depth > 1 ? P_BRANCH : P_LEAF;
    if (flags !== want) {
      throw new EnvDamage(`${at} has flags 0x${flags.toString(16)} where a ${depth > 1 ? 'branch' : 'leaf'} page belongs`);
    }
    const lower = page.readUInt16LE(20);
    const upper = page.readUInt16LE(22);
    const room = this.pageBytes - PAGE_HEADER;
    if (lower % 2 !== 0 || lower > upper || upper > room) throw new EnvDamage(`${at} has bounds ${lower}..${upper}`);
    const keys = lower / 2;
    if (keys === 0) throw new EnvDamage(`${at} is empty`);
    this.visit?.(pgno, depth > 1 ? 'branch' : 'leaf', what);
    for (let i = 0; i < keys; i++) {
      const offset = page.readUInt16LE(PAGE_HEADER + 2 * i);
      if (offset < upper || offset + NODE_HEADER > room) throw new EnvDamage(`${at}: node ${i} at ${offset} is outside ${upper}..${room}`);
      const node = PAGE_HEADER + offset;
      const lo = page.readUInt16LE(node);
      const hi = page.readUInt16LE(node + 2);
      const nodeFlags = page.readUInt16LE(node + 4);
      const keyBytes = page.readUInt16LE(node + 6);
      const keyEnd = node + NODE_HEADER + keyBytes;
      if (keyEnd > this.pageBytes) throw new EnvDamage(`${at}: node ${i}'s key runs past the page`);
      if (depth > 1) {
        const child = BigInt(lo) | (BigInt(hi) << 16n) | (BigInt(nodeFlags) << 32n);
        this.walk(this.pgno(child, `${at}, node ${i}`), depth - 1, what, kind);
        continue;
      }
      const dataBytes = lo | (hi << 16);
      if ((nodeFlags & F_DUPDATA) !== 0) throw new EnvDamage(`${at}: node ${i} has duplicates (no INGRES database has)`);
      let data: Buffer;
      if ((nodeFlags & F_BIGDATA) !== 0) {
        if (keyEnd + OVERFLOW_REF_BYTES > this.pageBytes) throw new EnvDamage(`${at}: node ${i}'s overflow reference runs past the page`);
        const start = this.overflow(page.subarray(keyEnd, keyEnd + OVERFLOW_REF_BYTES), dataBytes, `${at}, node ${i}`, what);
        if (kind !== 'free') continue;
        data = this.read(start * this.pageBytes + PAGE_HEADER, dataBytes);
      } else {
        if (keyEnd + dataBytes > this.pageBytes) throw new EnvDamage(`${at}: node ${i}'s data runs past the page`);
        data = page.subarray(keyEnd, keyEnd + dataBytes);
      }
      if ((nodeFlags & F_SUBDATA) !== 0) {
        if (kind !== 'main' || dataBytes !== DB_BYTES) throw new EnvDamage(`${at}: node ${i} is a misplaced named database`);
        const name = page.toString('latin1', node + NODE_HEADER, keyEnd).replace(/\0$/, '');
        this.tree(Buffer.from(data), `database '${name}'`, 'named');
      } else if (kind === 'free') {
        this.freeList(Buffer.from(data), `${at}, node ${i}`);
      }
    }
  }

  /** a free-page record: u64 n, then n slots: 0 (room to grow), a page number, or -count
   *  followed by the first page of a run of count pages */
  private freeList(data: Buffer, what: string): void {
    if (data.length < 8 || data.length % 8 !== 0) throw new EnvDamage(`${what}: a free-page list of ${data.length} bytes`);
    const slots = data.readBigUInt64LE(0);
    if (slots > BigInt(data.length / 8 - 1)) throw new EnvDamage(`${what}: a free-page list of ${slots} slots in ${data.length} bytes`);
    for (let i = 1; i <= Number(slots); i++) {
      const entry = data.readBigInt64LE(8 * i);
      if (entry === 0n) continue;
      let count = 1n;
      let first = entry;
      if (entry < 0n) {
        count = -entry;
        i += 1;
        if (i > Number(slots)) throw new EnvDamage(`${what}: a free run without its first page`);
        first = data.readBigInt64LE(8 * i);
      }
      if (first < 2n || first + count - 1n > BigInt(this.lastPage)) {
        throw new EnvDamage(`${what}: free pages ${first}..${first + count - 1n} outside pages 2..${this.lastPage}`);
      }
      for (let p = Number(first); p < Number(first + count); p++) {
        if (this.seen[p] === 1) throw new EnvDamage(`page ${p} is both in use and free (${what})`);
        this.seen[p] = 1;
      }
      this.free += Number(count);
    }
  }

  /** checks and claims the overflow run a reference names; its first page */
  private overflow(ref: Buffer, dataBytes: number, what: string, tree: string): number {
    const pgno = this.pgno(ref.readBigUInt64LE(0), what);
    const count = ref.readBigUInt64LE(16);
    const need = Math.ceil((dataBytes + PAGE_HEADER) / this.pageBytes);
    if (count !== BigInt(need) || pgno + need - 1 > this.lastPage || pgno + need > this.pages) {
      throw new EnvDamage(`${what}: an overflow run of ${count} pages at ${pgno} for ${dataBytes} bytes`);
    }
    this.claim(pgno, need, what);
    const header = this.read(pgno * this.pageBytes, PAGE_HEADER);
    if (header.readBigUInt64LE(0) !== BigInt(pgno) || header.readUInt16LE(18) !== P_OVERFLOW || header.readUInt32LE(20) !== need
      || header.readBigUInt64LE(8) > this.txnId) {
      throw new EnvDamage(`page ${pgno} (${what}) is not the overflow run it should be`);
    }
    this.visit?.(pgno, 'overflow', tree);
    return pgno;
  }

  private pageAt(pgno: number, level: number): Buffer {
    let buffer = this.page[level];
    if (buffer === undefined) {
      buffer = Buffer.alloc(this.pageBytes);
      this.page[level] = buffer;
    }
    if (readSync(this.fd, buffer, 0, this.pageBytes, pgno * this.pageBytes) < this.pageBytes) {
      throw new EnvDamage(`page ${pgno} is past the end of the file`);
    }
    return buffer;
  }

  private read(position: number, bytes: number): Buffer {
    const buffer = Buffer.alloc(bytes);
    if (readSync(this.fd, buffer, 0, bytes, position) < bytes) throw new EnvDamage(`truncated at byte ${position}`);
    return buffer;
  }
}
