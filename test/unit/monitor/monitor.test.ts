/*
 * monitor.test.ts — the monitor loop over a fake session and fake I/O: normal-mode
 * messages (banner, Executing, continue, go, logout), -s silence, results in INGRES
 * layout, errors then going on, {tuplecount}, \i \w \p \t \q and autoclear.
 */
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import type { QuelSession, StatementResult } from '../../../src/dbsys/session-api.js';
import { Monitor, ctime, type MonitorIO } from '../../../src/monitor/monitor.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../../src/types/index.js';

const NOW = new Date(2026, 10, 21, 9, 5, 7);

class FakeSession implements QuelSession {
  readonly sent: string[] = [];
  constructor(private readonly answer: (text: string) => StatementResult[]) {}
  run(text: string): Promise<StatementResult[]> {
    this.sent.push(text);
    return Promise.resolve(this.answer(text));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

function setup(options: { silent?: boolean; autoclear?: boolean; files?: Record<string, string> } = {}) {
  let out = '';
  const files: Record<string, string> = { ...options.files };
  const io: MonitorIO = {
    write: (text) => { out += text; },
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    writeFile: (path, text) => { files[path] = text; },
    chdir: () => undefined,
    edit: (text) => Promise.resolve(`${text}edited\n`),
    shell: () => Promise.resolve(),
    now: () => NOW,
  };
  const session = new FakeSession((text) => {
    if (text.includes('bad')) return [{ kind: 'error', error: new IngresError(2500, 'syntax error on line 1\nlast symbol read was: bad') }];
    if (text.includes('parts')) {
      return [{
        kind: 'rows', title: null,
        columns: [{ name: 'pnum', type: { kind: 'i', length: 2 } }, { name: 'pname', type: { kind: 'c', length: 20 } }],
        rows: [[1, 'central processor'], [2, 'memory']],
      }];
    }
    return [{ kind: 'done', statement: 'Append', tuples: 3 }];
  });
  const monitor = new Monitor({
    database: 'demo', user: 'fred', version: '6.3/test', silent: options.silent ?? false,
    autoclear: options.autoclear ?? true, format: DEFAULT_FORMAT_OPTIONS, pathname: '/ii',
  }, session, io);
  const feed = async (...lines: string[]): Promise<void> => {
    for (const line of lines) await monitor.line(line);
  };
  return { monitor, session, files, feed, output: () => out };
}

const TABLE = '\n|pnum  |pname               |\n|---------------------------|\n' +
  '|     1|central processor   |\n|     2|memory              |\n|---------------------------|\n';

describe('Monitor', () => {
  test('normal mode: banner, Executing, results, continue, logout', async () => {
    const { monitor, feed, output, session } = setup();
    monitor.start();
    await feed('retrieve (p.all) from parts', '\\g', '\\q');
    expect(monitor.quit).toBe(true);
    expect(session.sent).toEqual(['retrieve (p.all) from parts\n']);
    expect(output()).toBe(
      `INGRES version 6.3/test login\n${ctime(NOW)}\n\ngo\n` +
      `Executing . . .\n\n${TABLE}\x07\ncontinue\n` +
      `INGRES version 6.3/test logout\n${ctime(NOW)}\ngoodbye fred -- come again\n`);
  });

  test('-s: only results and errors', async () => {
    const { monitor, feed, output } = setup({ silent: true });
    monitor.start();
    await feed('print parts', '\\g', 'bad query', '\\g', '\\r');
    monitor.finish(true);
    expect(output()).toBe(`${TABLE}2500: syntax error on line 1\nlast symbol read was: bad\n`);
  });

  test('an error does not stop the monitor; the next query runs', async () => {
    const { feed, output, session } = setup({ silent: true });
    await feed('bad', '\\g', 'print parts', '\\g');
    expect(session.sent).toHaveLength(2);
    expect(output()).toContain('2500: syntax error');
    expect(output()).toContain('|     2|memory');
  });

  test('autoclear after \\g, \\a keeps the buffer', async () => {
    const { feed, session } = setup({ silent: true });
    await feed('range of p is parts', '\\g', 'append to x (a = 1)', '\\g');
    expect(session.sent[1]).toBe('append to x (a = 1)\n');
    await feed('\\a', 'append to y (a = 2)', '\\g');
    expect(session.sent[2]).toBe('append to x (a = 1)\nappend to y (a = 2)\n');
  });

  test('\\p prints the buffer even in silent mode and keeps it', async () => {
    const { feed, output, session } = setup({ silent: true });
    await feed('help', '\\g', '\\p', 'print parts', '\\g');
    expect(output().startsWith('help\n')).toBe(true);
    expect(session.sent[1]).toBe('help\nprint parts\n');
  });

  test('{tuplecount} after a query', async () => {
    const { feed, output } = setup({ silent: true });
    await feed('append to t (a = 1)', '\\g', '\\r', 'x {tuplecount}', '\\l');
    expect(output()).toBe('x 3\n');
  });

  test('\\w writes the buffer; \\i reads a file as input', async () => {
    const { feed, files, session } = setup({ silent: true, files: { 'in.q': 'print parts\n\\g\n' } });
    await feed('help', '\\w out.q');
    expect(files['out.q']).toBe('help\n');
    await feed('\\r', '\\i in.q');
    expect(session.sent).toEqual(['print parts\n']);
  });

  test('\\i of a missing file is error 8014 and the monitor goes on', async () => {
    const { feed, output, monitor } = setup({ silent: true });
    await feed('\\i nosuch.q');
    expect(output()).toBe("8014: cannot open 'nosuch.q': no such file\n");
    expect(monitor.quit).toBe(false);
  });

  test('include nesting is bounded', async () => {
    const { feed, output } = setup({ silent: true, files: { 'self.q': '\\i self.q\n' } });
    await feed('\\i self.q');
    expect(output()).toContain('8015: include files nested too deep');
  });

  test('stacked \\date\\go\\date, \\t prints ctime', async () => {
    const { feed, output } = setup({ silent: true });
    await feed('print parts', '\\date\\go\\date');
    expect(output()).toBe(`${ctime(NOW)}\n${TABLE}${ctime(NOW)}\n`);
  });

  test('\\e replaces the buffer with the editor result', async () => {
    const { feed, session } = setup({ silent: true });
    await feed('help', '\\e', '\\g');
    expect(session.sent[0]).toBe('help\nedited\n');
  });

  test('\\r in normal mode says go; empty \\g runs nothing', async () => {
    const { feed, output, session } = setup();
    await feed('junk', '\\r', '\\g');
    expect(session.sent).toEqual([]);
    expect(output()).toBe('\x07go\nExecuting . . .\n\n\x07\ncontinue\n');
  });

  test('control characters become blanks with INGRES message', async () => {
    const { feed, session } = setup();
    await feed('print\x01parts', '\\g');
    expect(session.sent[0]).toBe('print parts\n');
  });

  test('\\q inside an include file quits', async () => {
    const { feed, monitor } = setup({ silent: true, files: { 'q.q': '\\q\nprint parts\n\\g\n' } });
    await feed('\\i q.q', 'help', '\\g');
    expect(monitor.quit).toBe(true);
  });
});
