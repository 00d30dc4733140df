/*
 * tmux.test.ts — the monitor on a real terminal (a tmux pane): banner and `* ` prompt,
 * typing a query and \g, line editing, history recalled with the up arrow (and persisted
 * to ~/.ingres_history), a bad query's error then more work, and \q's goodbye.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT, cleanup, envFor, runProgram, tempRoot, waitFor } from './helpers.js';
import { TmuxPane, count } from './support/tmux.js';

const { dir, iiSystem, home } = tempRoot('ingres-tmux-');
const env = envFor(iiSystem, home);
let pane: TmuxPane;
const keys = (...sequence: string[]): void => pane.keys(...sequence);
const type = (line: string): void => pane.type(line);
const until = (what: string, predicate: (text: string) => boolean): Promise<string> => pane.until(what, predicate);

beforeAll(async () => {
  const result = await runProgram('demodb', ['demo'], env);
  expect(result).toMatchObject({ status: 0, stderr: '' });
  const command = `cd ${PROJECT} && env II_SYSTEM=${iiSystem} HOME=${home} USER=tester ` +
    `INGRES_HISTORY=${join(home, '.ingres_history')} TERM=xterm EDITOR='sed -i s/emp/employee/' ` +
    `${process.execPath} bin/ingres.js demo`;
  // the pane stays after the monitor exits, so \q's goodbye can still be read
  pane = new TmuxPane(dir, `ingres-test-${process.pid}`, command);
});

afterAll(async () => {
  pane?.kill();
  await cleanup(dir, iiSystem);
});

describe('the monitor in a terminal', () => {
  test('banner, go and the * prompt', async () => {
    // capture-pane drops trailing blanks: the prompt "* " shows as "*"
    const text = await until('the prompt', (t) => /\ngo\n\*$/.test(t.trimEnd()));
    expect(text).toMatch(/^INGRES version 6\.3\/\S+ login$/m);
  });

  test('a query, \\g, the result and continue', async () => {
    type('print store');
    type('\\g');
    const text = await until('the result', (t) => t.includes('continue'));
    expect(text).toContain('* print store\n* \\g\nExecuting . . .');
    expect(text).toContain('|     7|Oakland        |Calif |');
    expect(text.trimEnd()).toMatch(/\ncontinue\n\*$/);
  });

  test('line editing: cursor keys and backspace fix a typo before Enter', async () => {
    pane.typeText('prnt store');
    keys('Home', 'Right', 'Right');
    pane.typeText('i');
    keys('End', 'BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace');
    pane.typeText('parts');
    keys('Enter');
    type('\\g');
    const text = await until('the parts table', (t) => t.includes('|    14|paper tape punch'));
    expect(text).toContain('* print parts');
  });

  test('history: up arrow recalls earlier lines', async () => {
    type('\\r');
    // up 1: \r; up 2: \g; up 3: print parts
    keys('Up', 'Up', 'Up');
    await until('the recalled line', (t) => /\* print parts$/m.test(t.trimEnd()));
    keys('Enter');
    type('\\g');
    await until('parts printed twice', (t) => count(t, '|    14|paper tape punch') === 2);
  });

  test('an error, then the monitor goes on', async () => {
    type('retrieve (x.nothing)');
    type('\\g');
    await until('the error', (t) => t.includes("2109: line 1, Variable 'x' not declared in RANGE statement"));
    type('print store');
    type('\\g');
    await until('store again', (t) => count(t, '|     8|El Cerrito') === 2);
  });

  test('\\e runs the editor on the buffer, the terminal still works after', async () => {
    type('\\r');
    type('range of e is emp');
    type('retrieve (n = count(e.number))');
    type('\\e');
    type('\\p');
    await until('the edited buffer', (t) => t.includes('range of e is employee\nretrieve (n = count(e.number))'));
    type('\\g');
    await until('the count', (t) => t.includes('|           25|'));
  });

  test('\\q says goodbye and the history is saved', async () => {
    type('\\q');
    await until('goodbye', (t) => t.includes('goodbye tester -- come again'));
    const path = join(home, '.ingres_history');
    await waitFor('the history file', () => existsSync(path));
    const history = readFileSync(path, 'utf8').split('\n');
    expect(history).toContain('print store');
    expect(history).toContain('print parts');
    expect(history[history.length - 2]).toBe('\\q');
  });
});
