/*
 * tmux-control.test.ts — the monitor's long queries on a real terminal (a tmux pane): a
 * big copy shows the progress bar while it runs and leaves no trace of it after; Ctrl-C
 * cancels a cross product that would run for hours (8022, then the `* ` prompt, and the
 * next query runs); Ctrl-C at the prompt still just discards the line being typed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT, cleanup, envFor, runProgram, tempRoot } from './helpers.js';
import { TmuxPane, count } from './support/tmux.js';

const { dir, iiSystem, home } = tempRoot('ingres-tmux-control-');
const env = envFor(iiSystem, home);
const bigFile = join(dir, 'big.txt');
const BIG_ROWS = 1_000_000;
/** what the bar draws: `copy t from FILE [====----] 42% | 12.3 MB of 49.4 MB | 850000 records` */
const BAR = /copy t from \S+ \[[=-]+\] \d+% \| [\d.]+ [KMG]?B of [\d.]+ MB \| \d+ records/;
let pane: TmuxPane;

/** The prompt is back: the screen ends with `continue` then `*` (capture drops the blank). */
const prompted = (text: string, continues: number): boolean =>
  count(text, '\ncontinue\n') >= continues && text.trimEnd().endsWith('\n*');

beforeAll(async () => {
  expect(await runProgram('creatdb', ['db'], env)).toMatchObject({ status: 0, stderr: '' });
  const lines: string[] = [];
  for (let i = 0; i < BIG_ROWS; i++) lines.push(`${i},name${i},${i * 3}`);
  writeFileSync(bigFile, `${lines.join('\n')}\n`);
  const command = `cd ${PROJECT} && env II_SYSTEM=${iiSystem} HOME=${home} USER=tester ` +
    `INGRES_HISTORY=${join(home, '.ingres_history')} TERM=xterm ${process.execPath} bin/ingres.js db`;
  pane = new TmuxPane(dir, `ingres-control-${process.pid}`, command);
  await pane.until('the prompt', (t) => /\ngo\n\*$/.test(t.trimEnd()));
  pane.type('create t (a = i4, b = c20, c = i4)');
  pane.type('\\g');
  await pane.until('the create', (t) => prompted(t, 1));
}, 120_000);

afterAll(async () => {
  pane?.kill();
  await cleanup(dir, iiSystem);
});

describe('long queries on a terminal', () => {
  test('a big copy shows a progress bar while it runs, and none after', async () => {
    pane.type(`copy t (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"`);
    pane.type('\\g');
    const during = await pane.until('the progress bar', (t) => BAR.test(t), 60_000);
    expect(during).toContain('Executing . . .');
    const after = await pane.until('the copy to end', (t) => prompted(t, 2), 120_000);
    // the bar was drawn in place on stderr and cleared: nothing of it stays on the screen
    expect(after).not.toMatch(BAR);
    pane.type('range of x is t retrieve (n = count(x.a))');
    pane.type('\\g');
    const counted = await pane.until('the count', (t) => prompted(t, 3));
    expect(counted).toContain(`|${String(BIG_ROWS).padStart(13)}|`);
  }, 180_000);

  test('Ctrl-C cancels a cross product; the monitor goes on with the * prompt', async () => {
    pane.type('range of y is t retrieve (n = count(x.a where x.c + y.c > 5))');
    pane.type('\\g');
    await pane.until('the query to start', (t) => count(t, 'Executing . . .') === 4);
    pane.keys('C-c');
    const cancelled = await pane.until('the cancel', (t) => prompted(t, 4), 30_000);
    expect(cancelled).toContain('8022: query interrupted: the statement was cancelled and rolled back\n');
    // the monitor is still there and the session still works
    pane.type('retrieve (n = count(x.a where x.a < 10))');
    pane.type('\\g');
    const next = await pane.until('the next query', (t) => prompted(t, 5));
    expect(next).toContain(`|${'10'.padStart(13)}|`);
  }, 120_000);

  test('Ctrl-C at the prompt discards the line being typed', async () => {
    pane.typeText('this line is discarded');
    pane.keys('C-c');
    await pane.until('the ^C', (t) => t.includes('this line is discarded^C'));
    pane.type('\\p');
    const printed = await pane.until('the buffer', (t) => count(t, '* \\p') === 1 && t.trimEnd().endsWith('\n*'));
    expect(printed.slice(printed.lastIndexOf('* \\p'))).not.toContain('this line is discarded');
    pane.type('\\q');
    await pane.until('goodbye', (t) => t.includes('goodbye tester -- come again'));
  }, 60_000);
});
