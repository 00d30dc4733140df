/*
 * incarnation.ts — which creatdb a host's copy of a database came from, and which copies
 * were destroyed. creatdb names the database's incarnation (`<ms>.<host>`); every host that
 * creates it (the command, or learning it from a peer) keeps that name in
 * `data/<db>/<db>_incarnation`; destroydb leaves `data/<db>.destroyed` naming the
 * incarnation it destroyed. A host that was down meanwhile learns from its peers that its
 * copy is gone (a tombstone names its incarnation) or was replaced (a newer incarnation).
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { replaceFileDurably } from '../common/files.js';

/** A new incarnation name for a creatdb on `host`. */
export function newIncarnation(host: string): string {
  return `${Date.now()}.${host}`;
}

/** Database names as creatdb takes them: a name from a peer's message never leaves data/. */
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function incarnationPath(directory: string, database: string): string {
  return join(directory, `${database}_incarnation`);
}

/** The tombstone of `database`, beside its (removed) data directory. */
function tombstonePath(directory: string, database: string): string {
  return join(dirname(directory), `${database}.destroyed`);
}

function readLine(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/** temp + fsync + rename + directory fsync: the file is there whole or not at all */
function writeLine(path: string, text: string): void {
  replaceFileDurably(path, `${text}\n`);
}

/** The incarnation of the copy in `directory` ('' = unknown: made before incarnations were kept). */
export function readIncarnation(directory: string, database: string): string {
  if (!NAME.test(database)) return '';
  return readLine(incarnationPath(directory, database)) ?? '';
}

export function writeIncarnation(directory: string, database: string, incarnation: string): void {
  if (incarnation !== '') writeLine(incarnationPath(directory, database), incarnation);
}

/** The incarnation destroydb destroyed here, or null when there is no tombstone. */
export function readTombstone(directory: string, database: string): string | null {
  if (!NAME.test(database)) return null;
  return readLine(tombstonePath(directory, database));
}

export function writeTombstone(directory: string, database: string, incarnation: string): void {
  writeLine(tombstonePath(directory, database), incarnation);
}

export function removeTombstone(directory: string, database: string): void {
  rmSync(tombstonePath(directory, database), { force: true });
}

/**
 * Order of two incarnations by their creatdb time (then host): -1 = `a` older, 1 = newer,
 * 0 = the same, null = cannot tell (either unknown).
 */
export function compareIncarnations(a: string, b: string): -1 | 0 | 1 | null {
  if (a === '' || b === '') return null;
  if (a === b) return 0;
  const [ams = '', ahost = ''] = a.split(/\.(.*)/s);
  const [bms = '', bhost = ''] = b.split(/\.(.*)/s);
  const byTime = Number(ams) - Number(bms);
  if (!Number.isFinite(byTime)) return null;
  if (byTime !== 0) return byTime < 0 ? -1 : 1;
  return ahost < bhost ? -1 : 1;
}
