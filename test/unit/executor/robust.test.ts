/*
 * robust.test.ts — grammar-shaped random statements over the demo schema through a real
 * session: every outcome is a result or a numbered user error, never an internal error
 * (9000) and never a thrown exception; the session keeps serving afterwards. Operator chains
 * near and past the expression depth limit: evaluated, or 2713 — never a stack overflow.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuelSession } from '../../../src/dbsys/index.js';
import { errors, loadDemo, ok, openTestDb, rows } from './helpers.js';
import type { TestDb } from './helpers.js';

let t: TestDb;
let s: QuelSession;

beforeAll(async () => {
  t = await openTestDb();
  s = t.session();
  await loadDemo(s);
  await ok(s, 'range of e is employee range of d is dept range of p is parts range of y is supply');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const numAttrs = fc.constantFrom(
  'e.salary',
  'e.manager',
  'e.number',
  'd.floor',
  'd.manager',
  'p.weight',
  'y.pnum',
  'y.quan',
  'p.qoh',
);
const charAttrs = fc.constantFrom('e.name', 'd.name', 'p.pname', 'p.color', 'y.shipdate');
const badAttrs = fc.constantFrom('e.bogus', 'q.x', 'e.name');
const numConsts = fc.constantFrom('1', '0', '2.5', '32767', '100000', '-3', '7');
const charConsts = fc.constantFrom('"gray"', '"J*"', '"a b"', '"[A-M]*"', '"?ar*"', 'usercode');
const num: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numAttrs,
    numConsts,
    fc.tuple(tie('v'), fc.constantFrom('+', '-', '*', '/'), tie('v')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    fc.tuple(fc.constantFrom('abs', 'int4', 'float8', 'float4'), tie('v')).map(([f, a]) => `${f}(${a})`),
    fc
      .tuple(
        fc.constantFrom('count', 'countu', 'sum', 'avg', 'min', 'max', 'any', 'sumu', 'avgu'),
        tie('v'),
        fc.option(fc.oneof(numAttrs, charAttrs), { nil: null }),
        fc.option(tie('v'), { nil: null }),
        fc.boolean(),
      )
      .map(
        ([f, a, by, w, only]) =>
          `${f}(${a}${by === null ? '' : ` by ${by}`}${w === null ? '' : ` ${only && by !== null ? 'only ' : ''}where ${w} > 0`})`,
      ),
  ),
})).v;
const chr = fc.oneof(
  charAttrs,
  fc.tuple(charAttrs, charAttrs).map(([a, b]) => `concat(${a}, ${b})`),
  num.map((n) => `ascii(${n})`),
);
const value = fc.oneof(num, chr, badAttrs);
const cmp = fc.constantFrom('=', '!=', '<', '<=', '>', '>=');
const clause = fc.oneof(
  fc.tuple(num, cmp, num).map(([a, op, b]) => `${a} ${op} ${b}`),
  fc.tuple(chr, cmp, fc.oneof(chr, charConsts)).map(([a, op, b]) => `${a} ${op} ${b}`),
  fc.tuple(value, cmp, value).map(([a, op, b]) => `${a} ${op} ${b}`),
);
const qual = fc
  .tuple(clause, fc.option(fc.tuple(fc.constantFrom('and', 'or', 'and not'), clause), { nil: null }))
  .map(([a, more]) => (more === null ? a : `${a} ${more[0]} ${more[1]}`));
const statement = fc.oneof(
  fc
    .tuple(
      fc.array(fc.oneof(num, num, chr), { minLength: 1, maxLength: 3 }),
      fc.option(qual, { nil: null }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(
      ([vs, w, u, sort]) =>
        `retrieve ${u ? 'unique ' : ''}(${vs.map((v, i) => `c${i} = ${v}`).join(', ')})${w === null ? '' : ` where ${w}`}${sort ? ' sort by c0:descending' : ''}`,
    ),
  fc
    .tuple(num, fc.option(qual, { nil: null }))
    .map(([v, w]) => `replace e (salary = ${v})${w === null ? '' : ` where ${w}`}`),
  fc
    .tuple(num, fc.option(qual, { nil: null }))
    .map(([v, w]) => `append to parts (weight = ${v})${w === null ? '' : ` where ${w}`}`),
  fc.option(qual, { nil: null }).map((w) => `delete y${w === null ? '' : ` where ${w}`}`),
);

describe('random statements', () => {
  it('never fail internally', async () => {
    const outcomes = new Map<string | number, number>();
    await fc.assert(
      fc.asyncProperty(statement, async (text) => {
        // run inside a transaction that is aborted, so the data stays the demo data
        const results = await s.run(`begin transaction ${text} abort`);
        for (const r of results) {
          outcomes.set(
            r.kind === 'error' ? r.error.code : r.kind,
            (outcomes.get(r.kind === 'error' ? r.error.code : r.kind) ?? 0) + 1,
          );
          if (r.kind === 'error') expect(r.error.code, `${text}\n${r.error.format()}`).not.toBe(9000);
        }
        expect(results.at(-1)?.kind === 'done' || results[0]?.kind === 'error').toBe(true);
      }),
      { numRuns: 150, seed: 20261121 },
    );
    expect(await rows(s, 'retrieve (n = count(e.name))')).toEqual([[25]]);
    // the generator must reach execution, not only errors
    expect(outcomes.get('rows') ?? 0).toBeGreaterThan(15);
  }, 120_000);
});

describe('operator chains', () => {
  it('a chain just under the depth limit runs; a longer one is 2713, not a stack overflow (9000)', async () => {
    expect(await rows(s, `retrieve (x = 1${' + 1'.repeat(950)})`)).toEqual([[951]]);
    const ors = Array.from({ length: 900 }, (_, k) => `e.number = ${k}`).join(' or ');
    expect((await rows(s, `retrieve (n = count(e.number where ${ors}))`))[0]?.[0]).toBeGreaterThan(0);
    expect(await errors(s, `retrieve (x = 1${' + 1'.repeat(200_000)})`)).toEqual([2713]);
    expect(await errors(s, `retrieve (x = e.name) where ${Array.from({ length: 5000 }, () => 'e.number > 0').join(' and ')}`)).toEqual([2713]);
    expect(await rows(s, 'retrieve (y = 3)')).toEqual([[3]]);
  });
});
