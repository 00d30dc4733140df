/*
 * commands.test.ts — the monitor's line scanner: backslash command names and synonyms,
 * stacking, rest-of-line arguments, swallowed newlines and literal backslashes.
 */
import { describe, expect, test } from 'vitest';
import { COMMAND_NAMES, scanLine } from '../../../src/monitor/commands.js';

describe('scanLine', () => {
  test('plain text keeps its newline', () => {
    expect(scanLine('retrieve (p.all)')).toEqual([{ kind: 'text', text: 'retrieve (p.all)\n' }]);
  });

  test('an empty line is a newline of text', () => {
    expect(scanLine('')).toEqual([{ kind: 'text', text: '\n' }]);
  });

  test('a command at the end of a line swallows the newline', () => {
    expect(scanLine('retrieve (p.all)\\g')).toEqual([
      { kind: 'text', text: 'retrieve (p.all)' },
      { kind: 'command', code: 'go', name: 'g', argument: '' },
    ]);
  });

  test('stacked commands: \\date\\go\\date', () => {
    const items = scanLine('\\date\\go\\date');
    expect(items.map((i) => (i.kind === 'command' ? i.code : i.text))).toEqual(['time', 'go', 'time']);
  });

  test('text after a command continues the line', () => {
    expect(scanLine('\\r retrieve')).toEqual([
      { kind: 'command', code: 'reset', name: 'r', argument: '' },
      { kind: 'text', text: ' retrieve\n' },
    ]);
  });

  test('file commands take the rest of the line, trimmed', () => {
    expect(scanLine('\\i  /tmp/some file.q ')).toEqual([
      { kind: 'command', code: 'include', name: 'i', argument: '/tmp/some file.q' },
    ]);
    expect(scanLine('\\w out.q\\g')).toEqual([
      { kind: 'command', code: 'write', name: 'w', argument: 'out.q\\g' },
    ]);
    expect(scanLine('\\cd /tmp')[0]).toMatchObject({ code: 'chdir', argument: '/tmp' });
  });

  test('every synonym of monitor.c is known', () => {
    for (const [name, code] of Object.entries(COMMAND_NAMES)) {
      expect(scanLine(`\\${name}`)[0]).toMatchObject({ kind: 'command', code });
    }
    expect(COMMAND_NAMES['date']).toBe('time');
    expect(COMMAND_NAMES['read']).toBe('include');
    expect(COMMAND_NAMES['editor']).toBe('edit');
  });

  test('a backslash before a non-command stays in the text', () => {
    expect(scanLine('where e.name = "Ross, S\\*"')).toEqual([{ kind: 'text', text: 'where e.name = "Ross, S\\*"\n' }]);
    expect(scanLine('\\xyz')).toEqual([{ kind: 'text', text: '\\xyz\n' }]);
    // a longer word is not its prefix command: \gox is not \go
    expect(scanLine('\\gox')).toEqual([{ kind: 'text', text: '\\gox\n' }]);
  });

  test('a doubled backslash is one backslash', () => {
    expect(scanLine('a\\\\g')).toEqual([{ kind: 'text', text: 'a\\g\n' }]);
  });
});
