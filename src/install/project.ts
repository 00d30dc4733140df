/*
 * project.ts — files the project carries and programs need at run time (the rc.ingres
 * template, the demo data): found from this module's location, which is src/install/
 * under tsx and dist/src/install/ after the build, by walking up to package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The project's root directory (the one holding package.json). */
export function projectRoot(): string {
  if (root !== null) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'etc', 'rc.ingres'))) {
      root = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error('project root not found above ' + fileURLToPath(import.meta.url));
}

/** A path inside the project, e.g. projectFile('data', 'demo'). */
export function projectFile(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
