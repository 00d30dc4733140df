/*
 * golden-format.test.ts — the golden harness's own parts: the file reader (blocks, modes,
 * sessions, error-code alternatives, format errors), output normalisation (empty lines,
 * error numbers, rowsort) and the block checker, so a harness bug cannot make the corpus
 * pass by accident.
 */
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../src/common/errors.js';
import type { StatementResult } from '../../src/dbsys/session-api.js';
import { GoldenFormatError, parseGoldenFile } from '../support/golden-format.js';
import { containsInOrder, normalizeLines } from '../support/golden-output.js';
import { checkBlock } from '../support/golden-runner.js';

const SAMPLE = `# name: sample
# description: a sample

statement ok
range of e is employee

statement error 5102|2135 @s2
retrieve into parts (e.all)

# twin: select 1
query rowsort
retrieve (e.name)
where e.salary > 1
----
|name  |
|------|
|b     |
|a     |
|------|

session s1 user bob
query contains pending
help
----
 relation name     relation owner

wait s1
`;

describe('golden file reader', () => {
  const file = parseGoldenFile('sample.quel.test', SAMPLE);

  test('header comments and block kinds', () => {
    expect(file.name).toBe('sample');
    expect(file.description).toBe('a sample');
    expect(file.blocks.map((b) => b.kind)).toEqual(['statement', 'statement', 'query', 'query', 'wait']);
  });

  test('statement blocks: ok, error alternatives, sessions and lines', () => {
    const [ok, error] = file.blocks;
    expect(ok).toMatchObject({ kind: 'statement', line: 4, session: 'main', error: null, text: 'range of e is employee' });
    expect(error).toMatchObject({ kind: 'statement', line: 7, session: 's2', error: [5102, 2135] });
  });

  test('query blocks: multi-line text, expected lines, twin, mode, session switch, pending', () => {
    const query = file.blocks[2];
    expect(query).toMatchObject({
      kind: 'query', mode: 'rowsort', text: 'retrieve (e.name)\nwhere e.salary > 1', twin: 'select 1',
      expected: ['|name  |', '|------|', '|b     |', '|a     |', '|------|'],
    });
    expect(file.blocks[3]).toMatchObject({ kind: 'query', mode: 'contains', session: 's1', pending: true, user: 'bob' });
    expect(file.blocks[4]).toMatchObject({ kind: 'wait', session: 's1', user: 'bob' });
    expect(file.blocks[0]).toMatchObject({ user: null });
  });

  test('format errors name the file and line', () => {
    expect(() => parseGoldenFile('bad', 'statement perhaps\nx\n')).toThrow(GoldenFormatError);
    expect(() => parseGoldenFile('bad', 'query\nretrieve (x = 1)\n\n')).toThrow(/bad:3: query block needs/);
    expect(() => parseGoldenFile('bad', 'query sideways\nx\n----\n')).toThrow(/unknown query mode/);
    expect(() => parseGoldenFile('bad', 'statement error 21\nx\n')).toThrow(/bad error code/);
    expect(() => parseGoldenFile('bad', 'frobnicate\n')).toThrow(/unknown block/);
  });
});

describe('normalisation and checking', () => {
  test('empty lines go, error lines keep their number, rowsort sorts rows inside each table', () => {
    const lines = ['', '|n |', '|--|', '|b |', '|a |', '|--|', '2109: line 1, Variable', '', '|m |', '|--|', '|d |', '|c |', '|--|'];
    expect(normalizeLines(lines, false)).toEqual(['|n |', '|--|', '|b |', '|a |', '|--|', '2109:', '|m |', '|--|', '|d |', '|c |', '|--|']);
    expect(normalizeLines(lines, true)).toEqual(['|n |', '|--|', '|a |', '|b |', '|--|', '2109:', '|m |', '|--|', '|c |', '|d |', '|--|']);
  });

  test('contains means in order', () => {
    expect(containsInOrder(['a', 'b', 'c'], ['a', 'c'])).toBe(true);
    expect(containsInOrder(['a', 'b', 'c'], ['c', 'a'])).toBe(false);
    expect(containsInOrder(['a'], ['a', 'a'])).toBe(false);
  });

  const error = (code: 2109 | 5102): StatementResult => ({ kind: 'error', error: new IngresError(code, 'boom') });
  const done: StatementResult = { kind: 'done', statement: 'Range', tuples: null };
  const statement = (err: readonly number[] | 'any' | 'maybe' | null) =>
    ({ kind: 'statement', line: 1, session: 'main', pending: false, user: null, error: err, text: 'x' }) as const;

  test('statement expectations', () => {
    expect(checkBlock(statement(null), [done]).ok).toBe(true);
    expect(checkBlock(statement(null), [done, error(2109)]).ok).toBe(false);
    expect(checkBlock(statement([2109]), [error(2109)]).ok).toBe(true);
    expect(checkBlock(statement([5102, 2109]), [error(2109)]).ok).toBe(true);
    expect(checkBlock(statement([5102]), [error(2109)]).ok).toBe(false);
    expect(checkBlock(statement([5102]), [done]).ok).toBe(false);
    expect(checkBlock(statement('any'), [error(5102)]).ok).toBe(true);
    expect(checkBlock(statement('any'), [done]).ok).toBe(false);
    expect(checkBlock(statement('maybe'), [done]).ok).toBe(true);
    expect(checkBlock(statement('maybe'), [error(5102)]).ok).toBe(true);
    expect(checkBlock(statement('maybe'), [{ kind: 'error', error: new IngresError(9000, 'internal') }]).ok).toBe(false);
  });

  test('query expectations compare the rendered text', () => {
    const text: StatementResult = { kind: 'text', text: 'line one\nline two\n' };
    const query = (mode: 'nosort' | 'rowsort' | 'contains', expected: string[]) =>
      ({ kind: 'query', line: 1, session: 'main', pending: false, user: null, mode, text: 'help', expected, twin: null }) as const;
    expect(checkBlock(query('nosort', ['line one', 'line two']), [text]).ok).toBe(true);
    expect(checkBlock(query('nosort', ['line one']), [text]).ok).toBe(false);
    expect(checkBlock(query('contains', ['line two']), [text]).ok).toBe(true);
    expect(checkBlock(query('contains', ['line three']), [text]).ok).toBe(false);
  });
});
