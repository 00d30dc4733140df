/*
 * golden.test.ts — runs every test/golden/*.quel.test file: per file a fresh temporary
 * database with the demo relations, per block one vitest test named `file:line text`
 * so a failure points at the statement. Format: test/golden/README.md. Blocks of a file
 * run in order and share the database, like a monitor script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSession } from '../../src/dbsys/index.js';
import { createDatabase } from '../../src/storage/index.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src/dbsys/session-api.js';
import { parseGoldenFile, type GoldenBlock } from '../support/golden-format.js';
import { GoldenContext } from '../support/golden-runner.js';

const directory = import.meta.dirname;
const files = readdirSync(directory).filter((f) => f.endsWith('.quel.test')).sort();

function title(file: string, block: GoldenBlock): string {
  const head = block.kind === 'wait' ? `wait ${block.session}` : (block.text.split('\n')[0] ?? '');
  const kind = block.kind === 'statement' ? (block.error === null ? 'ok' : block.error === 'maybe' ? 'maybe' : `error ${block.error === 'any' ? '' : block.error.join('|')}`) : block.kind;
  return `${file}:${block.line} [${kind}${block.session === 'main' ? '' : ` @${block.session}`}] ${head.slice(0, 70)}`;
}

test('the golden corpus is present', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const parsed = parseGoldenFile(file, readFileSync(join(directory, file), 'utf8'));
  describe(file, () => {
    let context: GoldenContext | null = null;
    let setupError: unknown = null;

    beforeAll(async () => {
      try {
        context = await GoldenContext.open(
          (dir, name) => createDatabase(dir, name),
          (db, user) => createSession(db, { ...DEFAULT_SESSION_OPTIONS, user: user ?? DEFAULT_SESSION_OPTIONS.user }),
        );
      } catch (error) {
        setupError = error;
      }
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const block of parsed.blocks) {
      test(title(file, block), async () => {
        if (context === null) throw new Error(`demo database setup failed: ${String(setupError)}`);
        const outcome = await context.run(block);
        expect(outcome.ok, `${file}:${block.line}\n${outcome.message}`).toBe(true);
      });
    }
  });
}
