/*
 * dist-golden.test.ts — the unchanged golden QUEL corpus (test/golden/*.quel.test) on a
 * 3-host cluster: demo relations spread over h1, h2, h3, sessions on h1. Every block must
 * give what it gives on one host (help's `Host:` line aside). Per file a fresh cluster.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseGoldenFile, type GoldenBlock } from '../support/golden-format.js';
import { DistGoldenContext } from './support/dist-golden-context.js';

// The in-process cluster's minimal TM has no WaitsFor: a deadlock across hosts (the one
// transactions.quel.test provokes, whose statements accept either outcome) ends by the
// distributed lock timeout, 20 s by default; 4 s here (this file's own process)
process.env['INGRES_DIST_LOCK_TIMEOUT_MS'] ??= '4000';

const directory = join(import.meta.dirname, '..', 'golden');
const files = readdirSync(directory).filter((f) => f.endsWith('.quel.test')).sort();

function title(file: string, block: GoldenBlock): string {
  const head = block.kind === 'wait' ? `wait ${block.session}` : (block.text.split('\n')[0] ?? '');
  return `${file}:${block.line} ${head.slice(0, 70)}`;
}

test('the golden corpus is present', () => {
  expect(files.length).toBeGreaterThan(5);
});

for (const file of files) {
  const parsed = parseGoldenFile(file, readFileSync(join(directory, file), 'utf8'));
  describe(`3 hosts: ${file}`, () => {
    let context: DistGoldenContext | null = null;
    let setupError: unknown = null;
    beforeAll(async () => {
      try {
        context = await DistGoldenContext.open();
      } catch (error) {
        setupError = error;
      }
    });
    afterAll(async () => {
      await context?.close();
    });
    for (const block of parsed.blocks) {
      test(title(file, block), async () => {
        if (context === null) throw new Error(`cluster setup failed: ${String(setupError)}`);
        const outcome = await context.run(block);
        expect(outcome.ok, `${file}:${block.line}\n${outcome.message}`).toBe(true);
      });
    }
  });
}
