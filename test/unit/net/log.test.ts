/*
 * log.test.ts — the daemon's logger: JSON lines appended to its file, and a file that
 * cannot be written (/dev/full: every write is ENOSPC) never turns into a throw in the
 * code that logs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { createFileLogger } from '../../../src/net/log.js';

const dir = mkdtempSync(join(tmpdir(), 'ingres-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('lines are JSON in pino shape, with bindings of children', () => {
  const path = join(dir, 'a.log');
  const log = createFileLogger(path, { role: 'test' });
  log.child({ session: 's1' }).info({ n: 1 }, 'hello');
  log.close();
  const [line] = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(line).toMatchObject({ level: 30, role: 'test', session: 's1', n: 1, msg: 'hello' });
});

test('a log file on a full device: every call returns, one notice on stderr', () => {
  const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const log = createFileLogger('/dev/full', { role: 'test' });
    for (let k = 0; k < 5; k++) expect(() => log.error({ k }, 'cannot be written')).not.toThrow();
    log.close();
    const notices = said.mock.calls.map((c) => String(c[0])).filter((t) => t.includes('/dev/full'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('ENOSPC');
  } finally {
    said.mockRestore();
  }
});
