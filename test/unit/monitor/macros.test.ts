/*
 * macros.test.ts — the monitor's macro processor (INGRES source/monitor/mac.c): define,
 * remove, {name} calls, word templates outside strings, `{name; $x}` templates, quoting,
 * ifsame/ifeq/ifgt, substr, type, read/readdefine, dump, the traps, and unknown braces.
 */
import { describe, expect, test } from 'vitest';
import { Macros, macroNumber, substring, type MacroIO } from '../../../src/monitor/macros.js';

/** A MacroIO that records what {type} printed and answers {read} from `lines`. */
function scripted(...lines: string[]): MacroIO & { printed: string; prompts: string[] } {
  const io = {
    printed: '',
    prompts: [] as string[],
    write: (text: string) => { io.printed += text; },
    readLine: (prompt: string) => {
      io.prompts.push(prompt);
      return Promise.resolve(lines.shift() ?? null);
    },
  };
  return io;
}

describe('Macros', () => {
  test('{tuplecount} and other specials expand', async () => {
    const macros = new Macros();
    macros.define('tuplecount', '14');
    macros.define('database', 'demo');
    expect(await macros.expand('count = {tuplecount} in {database}')).toBe('count = 14 in demo');
  });

  test('define then call, in one text', async () => {
    const macros = new Macros();
    expect(await macros.expand('{define; rel; parts}print {rel}\n')).toBe('print parts\n');
    expect(macros.get('rel')).toBe('parts');
  });

  test('a define value runs up to the closing brace, semicolons included', async () => {
    const macros = new Macros();
    await macros.expand('{define; two; print parts; print store}');
    expect(macros.get('two')).toBe('print parts; print store');
  });

  test('a word template expands standalone words outside strings only', async () => {
    const macros = new Macros();
    macros.define('emp', 'employee');
    expect(await macros.expand('range of e is emp where e.name = "emp" and e.empno = 1'))
      .toBe('range of e is employee where e.name = "emp" and e.empno = 1');
  });

  test('remove forgets a macro; unknown braces stay as typed', async () => {
    const macros = new Macros();
    macros.define('x', '1');
    expect(await macros.expand('{remove; x}{x} {nosuch}')).toBe('{x} {nosuch}');
  });

  test('{remove} without a name forgets every macro', async () => {
    const macros = new Macros();
    macros.define('x', '1');
    macros.define('database', 'demo');
    expect(await macros.expand('{remove}{x}{database}')).toBe('{x}{database}');
  });

  test('ifsame compares text', async () => {
    const macros = new Macros();
    macros.define('database', 'demo');
    expect(await macros.expand('{ifsame; {database}; demo; yes; no}')).toBe('yes');
    expect(await macros.expand('{ifsame; {database}; other; yes; no}')).toBe('no');
    // INGRES asks for prescan with @; it is accepted (arguments are always prescanned here)
    expect(await macros.expand('{ifsame; @{database}; demo; yes; no}')).toBe('yes');
  });

  test('ifeq and ifgt compare numbers (atoi: leading blanks and sign, digits, rest ignored)', async () => {
    const macros = new Macros();
    macros.define('tuplecount', '14');
    expect(await macros.expand('{ifeq; {tuplecount}; 014; same; differ}')).toBe('same');
    expect(await macros.expand('{ifeq; 14; 15; same; differ}')).toBe('differ');
    expect(await macros.expand('{ifgt; {tuplecount}; 9; big; small}')).toBe('big');
    expect(await macros.expand('{ifgt; -3; 2; big; small}')).toBe('small');
    expect(await macros.expand('{ifgt; 12abc; 11; big; small}')).toBe('big');
    expect(await macros.expand('{ifeq; x; 0; zero; other}')).toBe('zero');
  });

  test('only the chosen branch of an if is expanded', async () => {
    const macros = new Macros();
    await macros.expand('{ifgt; 2; 1; {define; chosen; then}; {define; chosen; else}}');
    expect(macros.get('chosen')).toBe('then');
    await macros.expand('{ifeq; 2; 1; {define; other; then}; {define; other; else}}');
    expect(macros.get('other')).toBe('else');
  });

  test('substr takes characters from..to (1-based), empty when from >= to, as macsstr', async () => {
    const macros = new Macros();
    expect(await macros.expand('{substr;2;4;abcdef}')).toBe('bcd');
    expect(await macros.expand('{substr;0;3;abcdef}')).toBe('abc');
    expect(await macros.expand('{substr;3;3;abcdef}')).toBe('');
    expect(await macros.expand('{substr;4;99;abcdef}')).toBe('def');
    // the string starts right after the third `;`: a blank there is kept (no delimiter skip)
    expect(await macros.expand('{substr; 1; 3; abcdef}')).toBe(' ab');
    macros.define('database', 'demonstration');
    expect(await macros.expand('{substr;1;4;{database}}')).toBe('demo');
    expect(substring(5, 2, 'abc')).toBe('');
    expect(macroNumber('  - 42x')).toBe(-42);
  });

  test('{type} prints its text and a newline, and drops the rest of its line', async () => {
    const io = scripted();
    const macros = new Macros(io);
    macros.define('tuplecount', '3');
    expect(await macros.expand('{type found {tuplecount} tuples} ignored\nprint parts\n')).toBe('print parts\n');
    expect(io.printed).toBe('found 3 tuples\n');
  });

  test('{read} prompts, and the line read replaces the call (and is expanded)', async () => {
    const io = scripted('{database}s');
    const macros = new Macros(io);
    macros.define('database', 'part');
    expect(await macros.expand('print {read relation?}\n')).toBe('print parts\n');
    expect(io.prompts).toEqual(['relation? ']);
    expect(macros.get('readcount')).toBe('11');
    expect(await macros.expand('x{read more?}y')).toBe('xy');
    expect(macros.get('readcount')).toBe('-1');
  });

  test('{readdefine} defines a macro from the line read and gives its length', async () => {
    const io = scripted('parts');
    const macros = new Macros(io);
    expect(await macros.expand('{readdefine; rel; which relation?}')).toBe('5');
    expect(io.prompts).toEqual(['which relation? ']);
    expect(await macros.expand('print {rel}')).toBe('print parts');
    expect(await macros.expand('{readdefine; rel; again?}')).toBe('-1');
    expect(macros.get('rel')).toBe('');
  });

  test('{dump} lists the macros, newest first, as rawdefines that are not expanded again', async () => {
    const macros = new Macros();
    macros.define('emp', 'employee');
    macros.define('rel', 'parts');
    expect(await macros.expand('{dump}\n')).toBe('{rawdefine; rel; parts}\n{rawdefine; emp; employee}\n');
    expect(await macros.expand('{dump; emp} rest of line\nnext\n')).toBe('{rawdefine; emp; employee}\nnext\n');
    expect(macros.get('rel')).toBe('parts');
  });

  test('backquotes pass text through unexpanded, one level of quotes removed', async () => {
    const macros = new Macros();
    macros.define('x', 'expanded');
    macros.define('emp', 'employee');
    expect(await macros.expand("{x} `{x} emp' ``{x}''")).toBe("expanded {x} emp `{x}'");
    // a quoted define value is stored as is and expanded when called
    await macros.expand("{define; later; `{x}'}");
    expect(macros.get('later')).toBe('{x}');
    expect(await macros.expand('{later}')).toBe('expanded');
    // a backquote without its quote stays as typed
    expect(await macros.expand('a ` b')).toBe('a ` b');
  });

  test('templates with $ parameters: {define; {max; $a; $b}; …}', async () => {
    const macros = new Macros();
    await macros.expand('{define; {max; $a; $b}; {ifgt; $a; $b; $a; $b}}');
    expect(await macros.expand('{max; 3; 7} {max; 9; 2}')).toBe('7 9');
    await macros.expand('{define; {greet; $n}; hello $n}');
    expect(await macros.expand('{greet; a; b}')).toBe('hello a;b');
    expect(await macros.expand('{max; 1}')).toBe('{max; 1}');
  });

  test('traps: {begintrap} and {endtrap} surround a query, {catcherror; N} is callable', async () => {
    const macros = new Macros();
    expect(await macros.expandQuery('print parts\n')).toBe('print parts\n');
    await macros.expand('{define; {begintrap}; range of p is parts}{define; endtrap; print store}');
    expect(await macros.expandQuery('retrieve (p.all)\n')).toBe('range of p is parts\nretrieve (p.all)\nprint store\n');
    expect(await macros.call('{catcherror; 2109}')).toBe('{catcherror; 2109}');
    await macros.expand('{define; {catcherror; 2109}; 0}');
    expect(await macros.call('{catcherror; 2109}')).toBe('0');
    await macros.expand('{define; {catcherror; $n}; {ifgt; $n; 5000; 0; 1}}');
    expect(await macros.call('{catcherror; 5001}')).toBe('0');
    expect(await macros.call('{catcherror; 2500}')).toBe('1');
  });

  test('self-recursive macros stop', async () => {
    const macros = new Macros();
    macros.define('loop', '{loop}');
    expect(typeof (await macros.expand('{loop}'))).toBe('string');
  });
});
