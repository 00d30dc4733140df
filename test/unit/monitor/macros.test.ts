/*
 * macros.test.ts — the monitor's macro subset: define/remove, {name} calls, word
 * templates outside strings, ifsame, and unknown braces left alone.
 */
import { describe, expect, test } from 'vitest';
import { Macros } from '../../../src/monitor/macros.js';

describe('Macros', () => {
  test('{tuplecount} and other specials expand', () => {
    const macros = new Macros();
    macros.define('tuplecount', '14');
    macros.define('database', 'demo');
    expect(macros.expand('count = {tuplecount} in {database}')).toBe('count = 14 in demo');
  });

  test('define then call, in one text', () => {
    const macros = new Macros();
    expect(macros.expand('{define; rel; parts}print {rel}\n')).toBe('print parts\n');
    expect(macros.get('rel')).toBe('parts');
  });

  test('a word template expands standalone words outside strings only', () => {
    const macros = new Macros();
    macros.define('emp', 'employee');
    expect(macros.expand('range of e is emp where e.name = "emp" and e.empno = 1'))
      .toBe('range of e is employee where e.name = "emp" and e.empno = 1');
  });

  test('remove forgets a macro; unknown braces stay as typed', () => {
    const macros = new Macros();
    macros.define('x', '1');
    expect(macros.expand('{remove; x}{x} {nosuch}')).toBe('{x} {nosuch}');
  });

  test('ifsame chooses', () => {
    const macros = new Macros();
    macros.define('database', 'demo');
    expect(macros.expand('{ifsame; {database}; demo; yes; no}')).toBe('yes');
    expect(macros.expand('{ifsame; {database}; other; yes; no}')).toBe('no');
  });

  test('self-recursive macros stop', () => {
    const macros = new Macros();
    macros.define('loop', '{loop}');
    expect(typeof macros.expand('{loop}')).toBe('string');
  });
});
