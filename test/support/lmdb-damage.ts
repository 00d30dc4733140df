/*
 * lmdb-damage.ts — damage a real data.mdb the way a bad disk or a stray write would: find
 * a page in use (the storage verifier lists them) and overwrite chosen bytes of it. Used
 * by the tests that check a damaged file is a clean 8008, never a crashed process.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { verifyEnvFile } from '../../src/storage/verify.js';

export const PAGE_BYTES = 4096;
const HEADER = 24;

export interface PageInUse {
  readonly pgno: number;
  readonly kind: 'branch' | 'leaf' | 'overflow';
  readonly tree: string;
}

/** every page the newest snapshot of `path` uses */
export function pagesInUse(path: string): PageInUse[] {
  const pages: PageInUse[] = [];
  verifyEnvFile(path, (pgno, kind, tree) => pages.push({ pgno, kind, tree }));
  return pages;
}

/** read page `pgno`, let `edit` change it, write it back */
export function editPage(path: string, pgno: number, edit: (page: Buffer) => void): void {
  const fd = openSync(path, 'r+');
  try {
    const page = Buffer.alloc(PAGE_BYTES);
    readSync(fd, page, 0, PAGE_BYTES, pgno * PAGE_BYTES);
    edit(page);
    writeSync(fd, page, 0, PAGE_BYTES, pgno * PAGE_BYTES);
  } finally {
    closeSync(fd);
  }
}

/** where node `index` of a branch or leaf page starts */
export function nodeAt(page: Buffer, index: number): number {
  return HEADER + page.readUInt16LE(HEADER + 2 * index);
}

/** The kinds of damage lmdb does not check for itself, each on a page of the right kind. */
export const DAMAGES: readonly { readonly name: string; readonly kind: PageInUse['kind']; readonly edit: (page: Buffer) => void }[] = [
  // lmdb reads the node wherever the offset says: past the page, into the next one or the void
  { name: 'a node offset past its page', kind: 'leaf', edit: (page) => page.writeUInt16LE(PAGE_BYTES - 10, HEADER) },
  { name: 'a branch pointing past the end of the file', kind: 'branch', edit: (page) => page.writeUInt16LE(0x7fff, nodeAt(page, 0) + 2) },
  { name: 'a value size running past its page', kind: 'leaf', edit: (page) => page.writeUInt16LE(0x0100, nodeAt(page, 0) + 2) },
  { name: 'a key size running past the page', kind: 'leaf', edit: (page) => page.writeUInt16LE(60_000, nodeAt(page, 0) + 6) },
  { name: 'page bounds crossed', kind: 'leaf', edit: (page) => page.writeUInt16LE(page.readUInt16LE(22) + 2, 20) },
  { name: 'a page that is not the one asked for', kind: 'leaf', edit: (page) => page.writeUInt32LE(page.readUInt32LE(0) + 1, 0) },
  { name: 'a page from a future transaction', kind: 'branch', edit: (page) => page.writeUInt32LE(0x7fff_ffff, 12) },
  { name: 'a leaf where a branch belongs', kind: 'branch', edit: (page) => page.writeUInt16LE(0x02, 18) },
  { name: 'an overflow run of the wrong length', kind: 'overflow', edit: (page) => page.writeUInt32LE(page.readUInt32LE(20) + 7, 20) },
];
