/*
 * wisconsin-data.ts — the Wisconsin benchmark relations as DeWitt specifies them in "The
 * Wisconsin Benchmark: Past, Present, and Future" (1993): 13 integer attributes derived from
 * a random permutation (unique1) and a sequence (unique2), and three 52-character strings.
 * Written as tab-separated text, one tuple a line: loaded unchanged by QUEL `copy ... from`
 * (c0tab/c0nl formats) and by PostgreSQL's COPY (text format), so both hold the same data.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Attribute names, ≤ 12 characters (INGRES limit), in relation order; the same in SQL. */
export const WISC_ATTRS = [
  'unique1', 'unique2', 'two', 'four', 'ten', 'twenty', 'onepct', 'tenpct', 'twentypct',
  'fiftypct', 'unique3', 'evenonepct', 'oddonepct', 'stringu1', 'stringu2', 'string4',
] as const;
export type WiscAttr = (typeof WISC_ATTRS)[number];
export const WISC_STRING_ATTRS: ReadonlySet<string> = new Set(['stringu1', 'stringu2', 'string4']);
export const STRING_LEN = 52;

/** mulberry32: a small deterministic PRNG, so every run loads the same data (and a test's
 *  seed reproduces its run: test/cluster/support/bank.ts, test/support/list-append.ts). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random permutation of 0..n-1 (DeWitt uses a congruential generator; any permutation serves). */
export function permutation(n: number, seed: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  const rnd = prng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

const XS = 'x'.repeat(STRING_LEN);

/**
 * DeWitt's convert(): seven significant letters, the value in base 26 ('A' = 0) written
 * from the right into "AAAAAAA", then 45 x's: 52 characters in all.
 */
export function uniqueString(v: number): string {
  const chars = ['A', 'A', 'A', 'A', 'A', 'A', 'A'];
  let i = 6;
  let u = v;
  while (u > 0 && i >= 0) {
    chars[i] = String.fromCharCode(65 + (u % 26));
    u = Math.floor(u / 26);
    i--;
  }
  return chars.join('') + XS.slice(7);
}

const STRING4 = ['AAAA', 'HHHH', 'OOOO', 'VVVV'].map((s) => s + XS.slice(4));

/** The tuple whose unique2 = `unique2` and unique1 = `unique1`. */
export function wiscTuple(unique1: number, unique2: number): (number | string)[] {
  const onepct = unique1 % 100;
  return [
    unique1,
    unique2,
    unique1 % 2,
    unique1 % 4,
    unique1 % 10,
    unique1 % 20,
    onepct,
    unique1 % 10,
    unique1 % 5,
    unique1 % 2,
    unique1,
    onepct * 2,
    onepct * 2 + 1,
    uniqueString(unique1),
    uniqueString(unique2),
    STRING4[unique2 % 4]!,
  ];
}

/**
 * Writes a relation of `n` tuples (unique2 = 0..n-1 in order, unique1 a permutation) to
 * `file`; with `limit`, only the tuples with unique2 < limit (BPRIME is TENKTUP2's first
 * tenth, which has the same unique1 values as TENKTUP2).
 */
export async function writeWiscFile(file: string, n: number, seed: number, limit = n): Promise<number> {
  const perm = permutation(n, seed);
  const out = createWriteStream(file);
  let buf: string[] = [];
  let written = 0;
  for (let u2 = 0; u2 < Math.min(n, limit); u2++) {
    buf.push(wiscTuple(perm[u2]!, u2).join('\t'));
    written++;
    if (buf.length >= 2000) {
      if (!out.write(buf.join('\n') + '\n')) await once(out, 'drain');
      buf = [];
    }
  }
  if (buf.length > 0) out.write(buf.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
  return written;
}

/** CREATE statements for both systems. */
export function quelCreate(rel: string): string {
  const doms = WISC_ATTRS.map((a) => `${a} = ${WISC_STRING_ATTRS.has(a) ? `c${STRING_LEN}` : 'i4'}`);
  return `create ${rel} (${doms.join(', ')})`;
}
export function sqlCreate(rel: string): string {
  const cols = WISC_ATTRS.map((a) => `${a} ${WISC_STRING_ATTRS.has(a) ? `char(${STRING_LEN})` : 'integer'} not null`);
  return `create table ${rel} (${cols.join(', ')})`;
}

/** QUEL `copy` of a tab-separated file into a relation. */
export function quelCopyFrom(rel: string, file: string): string {
  const doms = WISC_ATTRS.map((a, i) => `${a} = ${i === WISC_ATTRS.length - 1 ? 'c0nl' : 'c0tab'}`);
  return `copy ${rel} (${doms.join(', ')}) from "${file}"`;
}

/** One tuple as a QUEL `append` target list and as SQL values. */
export function quelAppend(rel: string, t: readonly (number | string)[]): string {
  return `append to ${rel} (${WISC_ATTRS.map((a, i) => `${a} = ${fmtQuel(t[i]!)}`).join(', ')})`;
}
export function sqlInsert(rel: string, t: readonly (number | string)[]): string {
  return `insert into ${rel} values (${t.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ')})`;
}
function fmtQuel(v: number | string): string {
  return typeof v === 'number' ? String(v) : `"${v}"`;
}
