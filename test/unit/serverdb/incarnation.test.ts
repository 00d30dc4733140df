/*
 * incarnation.test.ts — incarnation files and tombstones on disk: written whole, read back,
 * removed; names that are not database names never reach the file system (they come from
 * peers' messages); incarnations order by creation time, then host; unknown ones never order.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  compareIncarnations, newIncarnation, readIncarnation, readTombstone, removeTombstone, writeIncarnation, writeTombstone,
} from '../../../src/serverdb/incarnation.js';

const made: string[] = [];
afterEach(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function dataDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'ingres-incarnation-'));
  made.push(root);
  mkdirSync(join(root, 'data', 'shop'), { recursive: true });
  return join(root, 'data', 'shop');
}

describe('incarnations and tombstones', () => {
  test('files round-trip; a missing one reads as unknown / no tombstone', () => {
    const dir = dataDir();
    expect(readIncarnation(dir, 'shop')).toBe('');
    expect(readTombstone(dir, 'shop')).toBeNull();
    const incarnation = newIncarnation('h1');
    expect(incarnation).toMatch(/^\d+\.h1$/);
    writeIncarnation(dir, 'shop', incarnation);
    expect(readIncarnation(dir, 'shop')).toBe(incarnation);
    writeTombstone(dir, 'shop', incarnation);
    expect(readTombstone(dir, 'shop')).toBe(incarnation);
    removeTombstone(dir, 'shop');
    expect(readTombstone(dir, 'shop')).toBeNull();
  });

  test('a name from a peer that is not a database name reads nothing', () => {
    const dir = dataDir();
    writeFileSync(join(dir, '..', '..', 'secret.destroyed'), 'do not send\n');
    expect(readTombstone(join(dir, '..', '..', 'x'), '../secret')).toBeNull();
    expect(readTombstone(dir, '../../secret')).toBeNull();
    expect(readIncarnation(dir, '../shop')).toBe('');
  });

  test('order: by time, then host; unknown or garbage never orders', () => {
    expect(compareIncarnations('100.h1', '200.h1')).toBe(-1);
    expect(compareIncarnations('200.h1', '100.h2')).toBe(1);
    expect(compareIncarnations('100.h1', '100.h2')).toBe(-1);
    expect(compareIncarnations('100.h1', '100.h1')).toBe(0);
    expect(compareIncarnations('', '100.h1')).toBeNull();
    expect(compareIncarnations('x.h1', '100.h1')).toBeNull();
  });
});
