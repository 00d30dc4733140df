/*
 * compiled-storage.ts — for process tests whose child runs the storage module as plain JS:
 * compile src/storage (and what it imports) into node_modules/.cache/<name> and import it,
 * plus the seeded PRNG they share (mulberry32) so a failing run can be replayed.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export type StorageModule = typeof import('../../../src/storage/index.js');

/** Compile storage into its own cache folder (one per test file: files run in parallel). */
export async function compileStorage(name: string): Promise<{ readonly path: string; readonly storage: StorageModule }> {
  const build = join(ROOT, 'node_modules', '.cache', name);
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--outDir', build, '--rootDir', ROOT,
    '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2023', '--types', 'node',
    '--strict', '--skipLibCheck', '--sourceMap', 'false', '--ignoreConfig', join(ROOT, 'src', 'storage', 'index.ts'),
  ], { stdio: 'inherit' });
  const path = join(build, 'src', 'storage', 'index.js');
  return { path, storage: (await import(path)) as StorageModule };
}

/** tiny seeded PRNG (mulberry32) */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
