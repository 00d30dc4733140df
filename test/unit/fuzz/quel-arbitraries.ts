/*
 * quel-arbitraries.ts — fast-check generators of bad QUEL input for the fuzz tests: raw
 * bytes, grammar-shaped garbage (random sequences of keywords, names, constants,
 * operators, unbalanced parentheses/quotes/comments), and valid demo-database statements
 * with tokens deleted, duplicated or replaced. Names of the demo relations are included on
 * purpose, so garbage reaches the analyzer and executor, not only the parser.
 */
import fc from 'fast-check';

export const KEYWORDS = [
  'abs', 'all', 'and', 'any', 'append', 'ascii', 'at', 'atan', 'avg', 'avgu', 'by', 'concat',
  'copy', 'cos', 'count', 'countu', 'create', 'define', 'delete', 'destroy', 'exp', 'float4',
  'float8', 'from', 'help', 'in', 'index', 'int1', 'int2', 'int4', 'integrity', 'into', 'is',
  'log', 'max', 'min', 'mod', 'modify', 'not', 'of', 'on', 'onto', 'or', 'permit', 'print',
  'range', 'replace', 'retrieve', 'save', 'sin', 'sqrt', 'sum', 'sumu', 'to', 'unique',
  'until', 'view', 'where', 'sort', 'begin', 'end', 'transaction', 'abort', 'heap', 'hash',
  'isam', 'btree', 'cheapsort', 'heapsort', 'truncated', 'fillfactor', 'ascending',
  'descending', 'usercode', 'dba',
] as const;

export const NAMES = [
  'e', 'p', 's', 'x', 'employee', 'parts', 'supply', 'store', 'dept', 'item', 'name', 'pnum',
  'salary', 'color', 'weight', 'number', 'manager', 'city', 'relation', 'attribute',
  'nosuch', 'abcdefghijklmnop', '_x', 'c0nl', 'c0comma', 'i2', 'c20', 'f8', 'd1',
] as const;

export const CONSTANTS = [
  '0', '1', '-1', '7', '32767', '32768', '65535', '2147483647', '2147483648',
  '99999999999999999999999', '1.5', '0.0', '1e308', '1e999', '1e-999', '.5', '5.',
  '"abc"', '""', '"*"', '"[a-"', '"Ross, S*"', '"a\\"b"', '"\\*"', '"?"', '"[]"', '"/tmp/x"',
] as const;

export const PUNCTUATION = [
  ',', '(', ')', '.', ':', '=', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '**',
  '"', '/*', '*/', ';', '$', '#', '\\', '{', '}', '[', ']', '@', '%', '&', '|', '\t', '\n',
] as const;

const PIECES = [...KEYWORDS, ...NAMES, ...CONSTANTS, ...PUNCTUATION];

/** A token-ish piece, including var.dom and var.all references. */
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('e', 'p', 's', 'x', 'nosuch'), fc.constantFrom('name', 'all', 'pnum', 'salary', 'zz')).map(([v, d]) => `${v}.${d}`) },
  { weight: 1, arbitrary: fc.integer({ min: -2_000_000, max: 2_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((t) => `"${t.replace(/"/g, '')}"`) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\t', '  ');

/** Random sequences of QUEL-looking pieces. */
export const grammarGarbage: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Valid statements against the demo database that change nothing (they are mutated). */
export const VALID_READS = [
  'range of e is employee retrieve (e.name, e.salary) where e.salary > 10000',
  'range of p is parts retrieve unique (p.color, n = count(p.pnum by p.color))',
  'range of s is supply range of p is parts retrieve (p.pname, s.snum) where p.pnum = s.pnum and s.quan > 10',
  'range of e is employee retrieve (x = avg(e.salary by e.manager where e.startdate < 1970))',
  'range of e is employee retrieve (e.name) where e.name = "[B-F]*" or e.name = "*,Paul*"',
  'range of p is parts retrieve (t = p.qoh * p.weight, m = mod(p.pnum, 3), a = ascii(p.weight)) sort by t:descending',
  'help parts',
  'print store',
  'range of e is employee retrieve (c = concat(e.name, "x"), f = float4(e.salary) / 3, i = int1(e.manager))',
] as const;

/** A valid statement with a few tokens deleted, duplicated or replaced. */
export const mutatedStatement: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...VALID_READS),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'replace'), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 4 }),
  )
  .map(([statement, edits]) => {
    const tokens = statement.split(' ');
    for (const [at, how, with_] of edits) {
      const i = at % Math.max(tokens.length, 1);
      if (how === 'delete') tokens.splice(i, 1);
      else if (how === 'duplicate') tokens.splice(i, 0, tokens[i] ?? with_);
      else tokens[i] = with_;
    }
    return tokens.join(' ');
  });

/** Raw bytes as a JS string (each char 0..255). */
export const binaryText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 200 });

/** Everything the fuzzers throw at the system. */
export const badQuel: fc.Arbitrary<string> = fc.oneof(binaryText, grammarGarbage, mutatedStatement);
