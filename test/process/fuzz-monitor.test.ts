/*
 * fuzz-monitor.test.ts — garbage into the real monitor and daemon: a seeded fast-check
 * sample of random bytes and QUEL-token soup, each buffer sent with \g. Never a stack
 * trace, every failure a numbered error, the monitor serves to the end, the daemon lives
 * on and the demo data is unchanged.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { alive, cleanup, daemonPid, envFor, hasStackTrace, runProgram, tempRoot } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-fuzz-');
const env = envFor(iiSystem, home);
const SEED = 20_261_121;

const TOKENS = ['retrieve', 'range', 'of', 'is', 'where', 'help', 'print', 'unique', 'into', 'sort', 'by',
  'count', 'avg', 'sum', 'and', 'or', 'not', '(', ')', ',', '=', '<', '>=', '!=', '+', '*', '/', '.', ':',
  '"Oak*"', '"', '/*', '*/', '12', '-3', '3.5e2', 'store', 'parts', 's', 's.number', 's.all', 'p.pname',
  'x', 'nosuch', '\\p', '\\r', '\\t', '{tuplecount}', '\n'];

const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }).map((t) => t.join(' ')),
);

beforeAll(async () => {
  expect((await runProgram('demodb', ['demo'], env)).status).toBe(0);
});

afterAll(async () => {
  await cleanup(dir, iiSystem);
});

describe('monitor fuzz through the daemon', () => {
  test(`seed ${SEED}: 150 garbage buffers, then the data is intact`, async () => {
    const buffers = fc.sample(garbage, { seed: SEED, numRuns: 150 })
      // a line that is only "\q" would end the script early; everything else is fair
      .map((text) => text.replace(/\\q/g, 'q'));
    const script = buffers.map((text) => `${text}\n\\g\n`).join('') +
      '\\r\nrange of s is store\nretrieve (n = count(s.number), t = sum(s.number))\n\\g\n';
    const pid = daemonPid(iiSystem);
    const result = await runProgram('ingres', ['-s', 'demo'], env, script, 120_000);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(hasStackTrace(result.stdout)).toBe(false);
    expect(result.stdout).not.toMatch(/^9000: /m);
    expect(result.stdout.endsWith(
      '\n|n            |t            |\n|---------------------------|\n|            3|           20|\n|---------------------------|\n',
    )).toBe(true);
    expect(pid !== null && alive(pid)).toBe(true);
    expect(daemonPid(iiSystem)).toBe(pid);
  });
});
