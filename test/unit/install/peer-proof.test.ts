/*
 * peer-proof.test.ts — ProofDesk, the daemon's check of who a local client is: a nonce it
 * handed out, and a plain file of that name the client made (its owner is the client's
 * uid). Each proof serves once and only while fresh; a link to another file, a symbolic
 * link, a made-up or missing proof is 8033.
 */
import { linkSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ProofDesk, dropProof, makeProof } from '../../../src/install/peer-proof.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function desk(ttlMs?: number): ProofDesk {
  const root = mkdtempSync(join(tmpdir(), 'ingres-proof-'));
  roots.push(root);
  const made = new ProofDesk(root, (uid) => `user${String(uid)}`, ttlMs);
  made.prepare();
  return made;
}

const uid = process.getuid?.() ?? 0;

describe('ProofDesk', () => {
  test('the directory: anyone may add a file, nobody else may list it, and only owners remove', () => {
    const d = desk();
    expect(statSync(d.directory).mode & 0o7777).toBe(0o1733);
  });

  test('a file made for a fresh nonce proves its owner once; the file goes', () => {
    const d = desk();
    const { directory, nonce } = d.challenge();
    expect(directory).toBe(d.directory);
    expect(makeProof(directory, nonce)).toBe(true);
    expect(d.verify(nonce)).toEqual({ uid, login: `user${String(uid)}` });
    expect(() => statSync(join(directory, nonce))).toThrow();
    // the same nonce again: used up
    expect(makeProof(directory, nonce)).toBe(true);
    expect(() => d.verify(nonce)).toThrow(expect.objectContaining({ code: 8033, message: 'cannot tell who you are: the proof was not asked for, was used already, or is too old' }));
    dropProof(directory, nonce);
  });

  test('no proof, a malformed one, one never handed out, or one without its file: 8033', () => {
    const d = desk();
    expect(() => d.verify('')).toThrow(expect.objectContaining({ code: 8033, message: 'cannot tell who you are: the client sent no proof of its user' }));
    expect(() => d.verify('../../etc/passwd')).toThrow(expect.objectContaining({ code: 8033, message: 'cannot tell who you are: a malformed proof' }));
    expect(() => d.verify('0123456789abcdef0123456789abcdef')).toThrow(expect.objectContaining({ code: 8033 }));
    const { nonce } = d.challenge();
    expect(() => d.verify(nonce)).toThrow(expect.objectContaining({ code: 8033, message: 'cannot tell who you are: no proof file (ENOENT)' }));
  });

  test('a hard link or a symbolic link to another file (which would carry its owner) is refused', () => {
    const d = desk();
    const other = join(d.directory, '..', 'someone-elses');
    writeFileSync(other, 'x');
    const hard = d.challenge().nonce;
    linkSync(other, join(d.directory, hard));
    expect(() => d.verify(hard)).toThrow(expect.objectContaining({ code: 8033, message: 'cannot tell who you are: the proof is not a plain file' }));
    const soft = d.challenge().nonce;
    symlinkSync(other, join(d.directory, soft));
    expect(() => d.verify(soft)).toThrow(expect.objectContaining({ code: 8033, message: 'cannot tell who you are: the proof is not a plain file' }));
  });

  test('a proof too old is refused, and its file removed by the next challenge', async () => {
    const d = desk(20);
    const { directory, nonce } = d.challenge();
    expect(makeProof(directory, nonce)).toBe(true);
    await new Promise((resolve) => { setTimeout(resolve, 40); });
    d.challenge();
    expect(() => statSync(join(directory, nonce))).toThrow();
    expect(() => d.verify(nonce)).toThrow(expect.objectContaining({ code: 8033 }));
  });

  test('makeProof refuses a name that is not a nonce (no file outside the directory)', () => {
    const d = desk();
    expect(makeProof(d.directory, '../escape')).toBe(false);
  });
});
