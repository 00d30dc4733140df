/*
 * fuzz.test.ts — fast-check properties: on random text (binary included), on grammar-shaped
 * garbage built from QUEL tokens and on complete statements followed by a random word,
 * parse() returns statements or throws an IngresError with a parser/lexer number — never
 * another exception, never 9000, never a hang. Also a round trip: a random expression
 * printed fully parenthesised parses back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import { parse } from '../../../src/parser/index.js';
import { show } from './helpers.js';

/** parse must either succeed or fail with a 25xx/27xx IngresError */
function parsesOrFailsCleanly(text: string): boolean {
  try {
    const statements = parse(text);
    return Array.isArray(statements);
  } catch (error) {
    if (!(error instanceof IngresError)) return false;
    return (error.code >= 2500 && error.code < 2800) && !error.message.includes('\n    at ');
  }
}

const WORDS = [
  'range', 'of', 'is', 'retrieve', 'unique', 'into', 'to', 'where', 'sort', 'order', 'by',
  'append', 'onto', 'on', 'replace', 'in', 'delete', 'from', 'create', 'at', 'destroy',
  'permit', 'integrity', 'all', 'print', 'help', 'view', 'index', 'modify', 'copy', 'save',
  'until', 'define', 'begin', 'end', 'transaction', 'abort', 'only', 'and', 'or', 'not',
  'count', 'countu', 'sum', 'avg', 'max', 'min', 'any', 'abs', 'sqrt', 'mod', 'concat',
  'e', 'x', 'employee', 'name', 'salary', 'hash', 'heapsort', 'fillfactor', 'c0nl', 'i2',
  'jan', 'usercode', 'e.name', 'e.all', 'a:d', '8:00',
  '0', '1', '32768', '2147483648', '1.5', '1e10', '.5', '"str"', '"a*"', '""', '"\\""',
  '(', ')', ',', '.', ':', ';', '+', '-', '*', '/', '**', '<', '<=', '>', '>=', '=', '!=',
  '/* c */', '"open', '/* open', '#', 'abcdefghijklmn',
];

const garbage = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 })
  .chain((words) => fc.array(fc.constantFrom(' ', '\n', '', '\t'), {
    minLength: words.length, maxLength: words.length,
  }).map((seps) => words.map((w, i) => w + (seps[i] ?? ' ')).join('')));

describe('fuzz: parse never crashes', () => {
  it('on random printable text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), parsesOrFailsCleanly), { numRuns: 500 });
  });
  it('on random binary text (NUL, controls, surrogates, astral characters)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), parsesOrFailsCleanly),
      { numRuns: 500 });
  });
  it('on grammar-shaped garbage from QUEL tokens', () => {
    fc.assert(fc.property(garbage, parsesOrFailsCleanly), { numRuns: 2000 });
  });
  it('on valid statements with a random word spliced in', () => {
    const base = [
      'range of e is employee',
      'retrieve unique into r (e.name, s = avg(e.salary by e.manager where e.a > 1)) where e.b = 1 sort by s:d',
      'define permit retrieve on e (a) to all at all from 8:00 to 17:00 on mon to fri where e.a = 1',
      'modify r to hash on a where fillfactor = 50',
      'copy r (a = c0nl, b = "c0&") from "/tmp/x"',
    ];
    fc.assert(fc.property(fc.constantFrom(...base), fc.nat(), fc.constantFrom(...WORDS), (text, at, word) => {
      const cut = at % (text.length + 1);
      return parsesOrFailsCleanly(`${text.slice(0, cut)} ${word} ${text.slice(cut)}`);
    }), { numRuns: 1000 });
  });
  it('a word after a complete statement: its number is 2500 or one of 2502–2515', () => {
    const complete = [
      'retrieve unique (e.name) where e.a = 1', 'append to r (a = 1)', 'delete e',
      'help view v', 'destroy permit r 1', 'modify r to hash on a', 'print r', 'save r',
      'define integrity on e is e.a > 1', 'create r (a = i2)', 'range of e is r',
    ];
    fc.assert(fc.property(fc.constantFrom(...complete), fc.constantFrom(...WORDS), (text, word) => {
      try {
        parse(`${text} ${word}`);
        return true;
      } catch (error) {
        if (!(error instanceof IngresError)) return false;
        const { code } = error;
        return code === 2500 || (code >= 2502 && code <= 2515) || (code >= 2700 && code < 2800);
      }
    }), { numRuns: 500 });
  });
  it('detects a non-IngresError (the property can fail)', () => {
    expect(parsesOrFailsCleanly('retrieve (e.name)')).toBe(true);
    expect(parsesOrFailsCleanly('retrieve (')).toBe(true);
    expect(parsesOrFailsCleanly('x'.repeat(30))).toBe(true);
  });
});

// ---- round trip: random expression → fully parenthesised text → parse → same shape

type Tree = { text: string; shown: string };
const leaf: fc.Arbitrary<Tree> = fc.oneof(
  fc.integer({ min: 0, max: 100000 }).map((n) => ({ text: String(n), shown: String(n) })),
  fc.constantFrom('a.b', 'x.y', 'e.salary').map((s) => ({ text: s, shown: s })),
  fc.constantFrom('"s"', '"Ross*"').map((s) => ({ text: s, shown: s })),
);
const arith = fc.letrec<{ value: Tree }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('value'), fc.constantFrom('+', '-', '*', '/', '**'), tie('value')).map(([l, op, r]) => ({
      text: `(${l.text} ${op} ${r.text})`, shown: `(${l.shown} ${op} ${r.shown})`,
    })),
    fc.tuple(fc.constantFrom('+', '-'), tie('value')).map(([op, v]) => ({
      text: `(${op}${v.text})`, shown: `(${op}${v.shown})`,
    })),
    tie('value').map((v) => ({ text: `abs(${v.text})`, shown: `abs(${v.shown})` })),
  ),
})).value;
const qualArb = fc.letrec<{ q: Tree }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(arith, fc.constantFrom('=', '!=', '<', '<=', '>', '>='), arith).map(([l, op, r]) => ({
      text: `${l.text} ${op} ${r.text}`, shown: `(${l.shown} ${op} ${r.shown})`,
    })),
    fc.tuple(tie('q'), fc.constantFrom('and', 'or'), tie('q')).map(([l, op, r]) => ({
      text: `(${l.text}) ${op} (${r.text})`, shown: `(${l.shown} ${op} ${r.shown})`,
    })),
    tie('q').map((v) => ({ text: `not (${v.text})`, shown: `(not ${v.shown})` })),
  ),
})).q;

describe('round trip', () => {
  it('fully parenthesised qualifications parse back to the same tree', () => {
    fc.assert(fc.property(qualArb, (q) => {
      const [s] = parse(`retrieve (x = 1) where ${q.text}`);
      return s?.kind === 'Retrieve' && s.where !== null && show(s.where) === q.shown;
    }), { numRuns: 500 });
  });
});
