/*
 * monitor-fuzz.test.ts — fast-check over the monitor: random bytes and backslash-heavy
 * garbage never make the scanner, buffer, macros or the monitor loop throw; every line
 * reaches the buffer or a command, and the monitor keeps serving afterwards.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { QuelSession, StatementResult } from '../../../src/dbsys/session-api.js';
import { scanLine } from '../../../src/monitor/commands.js';
import { Macros } from '../../../src/monitor/macros.js';
import { Monitor, type MonitorIO } from '../../../src/monitor/monitor.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../../src/types/index.js';

const monitorish = fc.array(
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('\\g', '\\p', '\\r', '\\a', '\\l', '\\v', '\\t', '\\date\\go', '\\\\', '\\', '{', '}',
      '{define; a; b}', '{tuplecount}', '{remove; a}', '{type x}', '{read x}', '{dump}', '`', "'",
      '{ifeq; 1; 1; a; b}', '{substr;1;3;abc}', '{define; {f; $x}; $x}', '{f; 1}', '\\b ?1 x', '\\b ?(', '\\i nosuch', '\\w', '\\cd', '\\b x', '\\k x', '"\\*"'),
  ),
  { maxLength: 12 },
).map((parts) => parts.join(''));

describe('monitor fuzz', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 200 })])('scanLine keeps every character outside commands', (line) => {
    const items = scanLine(line.replace(/\n/g, ' '));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      if (item.kind === 'text') expect(item.text.length).toBeGreaterThan(0);
    }
  });

  test.prop([monitorish])('macro expansion terminates and never throws', async (text) => {
    const macros = new Macros();
    macros.define('tuplecount', '1');
    expect(typeof (await macros.expand(text))).toBe('string');
  });

  test.prop([fc.array(monitorish, { maxLength: 8 })])('the monitor loop never throws and keeps serving', async (lines) => {
    let runs = 0;
    const session: QuelSession = {
      run: (text: string): Promise<StatementResult[]> => {
        runs++;
        return Promise.resolve([{ kind: 'done', statement: 'Append', tuples: text.length }]);
      },
      close: () => Promise.resolve(),
    };
    const io: MonitorIO = {
      write: () => undefined,
      readFile: () => { throw Object.assign(new Error('no'), { code: 'ENOENT' }); },
      writeFile: () => undefined,
      chdir: () => undefined,
      edit: (text) => Promise.resolve(text),
      shell: () => Promise.resolve(),
      now: () => new Date(0),
    };
    const monitor = new Monitor({
      database: 'demo', user: 'u', version: 'v', silent: false, autoclear: true,
      format: DEFAULT_FORMAT_OPTIONS, pathname: '/',
    }, session, io);
    for (const line of lines) {
      if (!(await monitor.line(line.replace(/\n/g, ' ')))) break;
    }
    const before = runs;
    if (!monitor.quit) {
      await monitor.line('\\r');
      await monitor.line('print x');
      await monitor.line('\\g');
      expect(runs).toBe(before + 1);
    }
  });
});
