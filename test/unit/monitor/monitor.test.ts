/*
 * monitor.test.ts — the monitor loop over a fake session and fake I/O: normal-mode
 * messages (banner, Executing, continue, go, logout), -s silence, results in INGRES
 * layout, errors then going on, {tuplecount}, \i \w \p \t \q and autoclear, \b/\k in
 * include files, the macro traps and {read}, Ctrl-C (interrupt) of a query or an include.
 */
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import type { QuelSession, RunOptions, StatementResult } from '../../../src/dbsys/session-api.js';
import { Monitor, ctime, type MonitorIO } from '../../../src/monitor/monitor.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../../src/types/index.js';

const NOW = new Date(2026, 10, 21, 9, 5, 7);

class FakeSession implements QuelSession {
  readonly sent: string[] = [];
  constructor(private readonly answer: (text: string, options?: RunOptions) => StatementResult[] | Promise<StatementResult[]>) {}
  run(text: string, options?: RunOptions): Promise<StatementResult[]> {
    this.sent.push(text);
    return Promise.resolve(this.answer(text, options));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** A query that runs until its run is cancelled, then answers as the daemon does (8022). */
function untilCancelled(options: RunOptions | undefined): Promise<StatementResult[]> {
  return new Promise((resolve) => {
    options?.signal?.addEventListener('abort', () => {
      resolve([{ kind: 'error', error: new IngresError(8022, 'query interrupted: the statement was cancelled and rolled back') }]);
    });
  });
}

function setup(options: {
  silent?: boolean; autoclear?: boolean; files?: Record<string, string>; input?: string[];
  answer?: (text: string, options?: RunOptions) => StatementResult[] | Promise<StatementResult[]> | null;
} = {}) {
  let out = '';
  const files: Record<string, string> = { ...options.files };
  const input = [...(options.input ?? [])];
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
    readLine: (prompt) => {
      out += prompt;
      return Promise.resolve(input.shift() ?? null);
    },
    appendFile: (path, text) => { files[path] = (files[path] ?? '') + text; },
  };
  const session = new FakeSession((text, runOptions) => {
    const answered = options.answer?.(text, runOptions);
    if (answered !== undefined && answered !== null) return answered;
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

  test('a session that takes the output: results print as they arrive, in statement order, rows chunk by chunk', async () => {
    const printedWhenRowsCame: string[] = [];
    let out = (): string => '';
    const { feed, output } = setup({
      silent: true,
      answer: (_text, options) => {
        const sink = options?.output;
        if (sink === undefined) throw new Error('the monitor passed no output');
        const columns = [{ name: 'pnum', type: { kind: 'i', length: 2 } }, { name: 'pname', type: { kind: 'c', length: 20 } }] as const;
        const error: StatementResult = { kind: 'error', error: new IngresError(2500, 'syntax error on line 1\nlast symbol read was: bad') };
        const done: StatementResult = { kind: 'done', statement: 'Append', tuples: 3 };
        sink.result(error);
        sink.result({ kind: 'rows', title: null, columns: [...columns], rows: [] });
        sink.rows([[1, 'central processor']]);
        printedWhenRowsCame.push(out());
        sink.rows([[2, 'memory']]);
        sink.result(done);
        sink.result({ kind: 'rows', title: null, columns: [...columns], rows: [] });
        sink.rows([[1, 'central processor'], [2, 'memory']]);
        return [error, { kind: 'rows', title: null, columns: [...columns], rows: [], count: 2 }, done,
          { kind: 'rows', title: null, columns: [...columns], rows: [], count: 2 }];
      },
    });
    out = output;
    await feed('anything', '\\g', '\\r', 'x {tuplecount}', '\\l');
    const error = '2500: syntax error on line 1\nlast symbol read was: bad\n';
    // the first row is out before the second arrives
    expect(printedWhenRowsCame).toEqual([`${error}${TABLE.slice(0, TABLE.indexOf('|     2'))}`]);
    expect(output()).toBe(`${error}${TABLE}${TABLE}x 2\n`);
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

  test('\\b label jumps forward to its \\k; the lines between do not run', async () => {
    const script = 'print parts\n\\g\n\\b done\nbad query\n\\g\n\\k done\nhelp\n\\g\n';
    const { feed, session, output } = setup({ silent: true, files: { 's.q': script } });
    await feed('\\i s.q');
    expect(session.sent).toEqual(['print parts\n', 'help\n']);
    expect(output()).not.toContain('2500');
  });

  test('\\b ?condition loops backward while {tuplecount} says so, \\mark and \\branch too', async () => {
    // each run answers with one tuple less: 3, 2, 1, 0 — the loop stops at 0
    let left = 4;
    const script = '\\mark top\nappend to t (a = 1)\n\\g\n\\branch ?{tuplecount}>0 top\nhelp\n\\g\n';
    const { feed, session } = setup({
      silent: true,
      files: { 'loop.q': script },
      answer: (text) => (text.startsWith('append') ? [{ kind: 'done', statement: 'Append', tuples: --left }] : null),
    });
    await feed('\\i loop.q');
    expect(session.sent).toEqual([...Array<string>(4).fill('append to t (a = 1)\n'), 'help\n']);
  });

  test('a false condition does not branch; a bad one is 8025 and does not branch', async () => {
    const script = '\\b ?2<1 end\nprint parts\n\\g\n\\b ?1+ end\nhelp\n\\g\n\\k end\n';
    const { feed, session, output } = setup({ silent: true, files: { 'c.q': script } });
    await feed('\\i c.q');
    expect(session.sent).toEqual(['print parts\n', 'help\n']);
    expect(output()).toContain("8025: bad \\b condition '1+': an operand is missing at the end\n");
  });

  test('a missing label is 8024 and ends the include file; {default} names a fallback label', async () => {
    const { feed, session, output } = setup({
      silent: true,
      files: {
        'm.q': '\\b nowhere\nprint parts\n\\g\n',
        'd.q': '{define; default; fallback}\n\\v\n\\r\n\\b nowhere\nbad\n\\g\n\\k fallback\nhelp\n\\g\n',
      },
    });
    await feed('\\i m.q');
    expect(output()).toBe("8024: cannot branch: label 'nowhere' is not marked in 'm.q'\n");
    expect(session.sent).toEqual([]);
    await feed('\\i d.q');
    expect(session.sent).toEqual(['help\n']);
  });

  test('\\b at the terminal is 8023; \\k there is a no-op', async () => {
    const { feed, output, monitor } = setup({ silent: true });
    await feed('\\k here', '\\b here');
    expect(output()).toBe('8023: cannot branch outside an include file\n');
    expect(monitor.quit).toBe(false);
  });

  test('{catcherror; N} expanding to 0 keeps error N quiet; other errors still print', async () => {
    const { feed, output } = setup({ silent: true });
    await feed('{define; {catcherror; 2500}; 0}', '\\v', '\\r', 'bad', '\\g');
    expect(output()).toBe('');
    await feed('{define; {catcherror; $n}; {ifeq; $n; 2500; 1; 0}}', '\\v', '\\r', 'bad', '\\g');
    expect(output()).toContain('2500: syntax error');
  });

  test('{begintrap} and {endtrap} go around every query, {continuetrap} runs after it', async () => {
    const { feed, session, output } = setup({ silent: true });
    // \v only for the defines' side effect (the traps are sprung into the buffer, \r drops it)
    await feed('{define; begintrap; range of s is store}{define; endtrap; help}', '\\v', '\\r');
    await feed('{define; continuetrap; {type done with {tuplecount}}}', '\\v', '\\r');
    await feed('append to t (a = 1)', '\\g');
    expect(session.sent).toEqual(['range of s is store\nappend to t (a = 1)\nhelp\n']);
    expect(output()).toBe('done with 3\n');
  });

  test('{querytrap} logs each query without error and its tuple count to the file it names', async () => {
    const { feed, files } = setup({ silent: true });
    await feed('{define; querytrap; /tmp/trap.log}', '\\v', '\\r', 'append to t (a = 1)', '\\g', 'bad', '\\g', 'help', '\\g');
    expect(files['/tmp/trap.log']).toBe(`${ctime(NOW)}\nappend to t (a = 1)\n3\nhelp\n3\n`);
  });

  test('{read} prompts on the output and takes the next input line', async () => {
    const { feed, session, output } = setup({ silent: true, input: ['parts'] });
    await feed('print {read which relation?}', '\\g');
    expect(session.sent).toEqual(['print parts\n']);
    expect(output()).toContain('which relation? ');
  });

  test('interrupt() cancels the query in flight: its error prints and the monitor goes on', async () => {
    const { feed, monitor, output, session } = setup({
      silent: true,
      answer: (text, runOptions) => (text.includes('forever') ? untilCancelled(runOptions) : null),
    });
    expect(monitor.interrupt()).toBe(false);
    const running = feed('retrieve forever', '\\g');
    await new Promise((resolve) => setImmediate(resolve));
    expect(monitor.interrupt()).toBe(true);
    await running;
    expect(output()).toBe('8022: query interrupted: the statement was cancelled and rolled back\n');
    await feed('print parts', '\\g');
    expect(session.sent).toEqual(['retrieve forever\n', 'print parts\n']);
    expect(monitor.interrupt()).toBe(false);
  });

  test('interrupt() during a query of an include file cancels it and stops the include files', async () => {
    const { feed, monitor, session } = setup({
      silent: true,
      files: { 'outer.q': '\\i inner.q\nprint parts\n\\g\n', 'inner.q': 'retrieve forever\n\\g\nhelp\n\\g\n' },
      answer: (text, runOptions) => (text.includes('forever') ? untilCancelled(runOptions) : null),
    });
    const running = feed('\\i outer.q');
    await new Promise((resolve) => setImmediate(resolve));
    expect(monitor.interrupt()).toBe(true);
    await running;
    expect(session.sent).toEqual(['retrieve forever\n']);
    await feed('help', '\\g');
    expect(session.sent).toEqual(['retrieve forever\n', 'help\n']);
  });

  test('interrupt() stops an include file that loops forever', async () => {
    const { feed, monitor } = setup({ silent: true, files: { 'forever.q': '\\k top\n\\b top\n' } });
    const running = feed('\\i forever.q');
    await new Promise((resolve) => setImmediate(resolve));
    expect(monitor.interrupt()).toBe(true);
    await running;
    expect(monitor.interrupt()).toBe(false);
  });
});
