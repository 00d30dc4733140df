/*
 * random-quel.ts — well-formed random QUEL over a small fixed schema, for differential
 * tests (the same statement on two engines must give the same bag of rows or the same
 * error): relations big/mid/tiny with attributes k i4, g i2, f f8|f4, s c6|c4|c8, data with
 * duplicates, equal values of different types, chars that differ only in blanks.
 */
import fc from 'fast-check';

/** relation → its size and variables (c is a second variable over big, for self joins) */
export const RANDOM_RELATIONS = [
  { name: 'big', types: { k: 'i4', g: 'i2', f: 'f8', s: 'c6' }, tuples: 120, variables: ['b', 'c'] },
  { name: 'mid', types: { k: 'i4', g: 'i2', f: 'f4', s: 'c4' }, tuples: 24, variables: ['m'] },
  { name: 'tiny', types: { k: 'i4', g: 'i2', f: 'f8', s: 'c8' }, tuples: 5, variables: ['t'] },
] as const;

/** a view over a join (query modification): read like a relation, never updated here */
export const RANDOM_VIEW = {
  name: 'vw', types: { k: 'i4', g: 'i2', f: 'f8', s: 'c4' }, tuples: 60, variables: ['w'],
  quel: 'define view vw (k = b.k, g = m.g, f = b.f, s = m.s) where b.k = m.k',
  sql: 'create view vw as select b.k, m.g, b.f, m.s from big b, mid m where b.k = m.k',
  range: 'range of w is vw',
} as const;

/** every relation a query may read: the three, and the view */
export const RANDOM_READABLE = [...RANDOM_RELATIONS, RANDOM_VIEW] as const;

/** a char as INGRES compares it: its blanks (and NULs) do not count */
export function withoutBlanks(text: string): string {
  return text.replace(/[ \0]/g, '');
}

/** as QUEL string bodies (the \\* is a star, not a pattern) */
const CHARS = ['ab', 'a b', 'ab  ', ' ab', 'xy', 'x', '', 'abc', 'ABC', 'b\\*c', 'zz z'];
const PATTERNS = ['ab', 'a*', '*b', '?b', '[a-b]*', 'x', '*', 'ABC', 'a?c', 'b\\*c', 'z*'];

/** Deterministic data (a small LCG): the same tuples every run, so a failure replays. */
export function randomQuelData(): string[] {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const statements: string[] = [];
  for (const rel of RANDOM_RELATIONS) {
    const width = Number(rel.types.s.slice(1));
    const tuples: string[] = [];
    for (let n = 0; n < rel.tuples; n++) {
      const k = rel.name === 'big' ? next(60) : rel.name === 'mid' ? next(40) * 2 : next(70);
      const g = next(7) - 3;
      const f = (next(41) - 20) / (rel.name === 'mid' ? 4 : 2);
      const s = (CHARS[next(CHARS.length)] as string).slice(0, width);
      tuples.push(`append to ${rel.name} (k = ${k}, g = ${g}, f = ${f.toFixed(2)}, s = "${s}")`);
    }
    statements.push(['begin transaction', ...tuples, 'end transaction'].join('\n'));
  }
  return statements;
}

export function randomQuelCreates(at: (relation: string) => string = () => ''): string[] {
  return RANDOM_RELATIONS.map((rel) => {
    const fields = Object.entries(rel.types).map(([name, type]) => `${name} = ${type}`).join(', ');
    return `create ${rel.name} (${fields})${at(rel.name)}`;
  });
}

/** keyed structures and secondary indexes over the same relations: the planner's key and
 *  range lookups (a float key, a char key whose values differ only in blanks) */
export const RANDOM_STRUCTURES = [
  'modify big to btree on k, g', 'modify mid to isam on f', 'modify tiny to hash on s',
  'index on big is bigs (s)', 'index on mid is midk (k)',
];
/** the compressed variants, other keys, fill factors; an index on two attributes */
export const RANDOM_COMPRESSED = [
  'modify big to cbtree on s, k where fillfactor = 40', 'modify mid to chash on g where minpages = 3',
  'modify tiny to cisam on f, k where fillfactor = 100', 'index on big is bigfg (f, g)', 'modify bigfg to cbtree on f',
];

export const RANDOM_RANGES = RANDOM_RELATIONS.flatMap((rel) => rel.variables.map((v) => `range of ${v} is ${rel.name}`)).join('\n');

const variable = fc.constantFrom(...RANDOM_READABLE.flatMap((rel) => rel.variables));
/** the variables an update may change (not the view's) */
const updatable = fc.constantFrom(...RANDOM_RELATIONS.flatMap((rel) => rel.variables));
const attrOf = (v: fc.Arbitrary<string>, names: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(v, fc.constantFrom(...names)).map(([name, a]) => `${name}.${a}`);
const intAttr = attrOf(variable, ['k', 'g']);
const numAttr = attrOf(variable, ['k', 'g', 'f']);
const charAttr = variable.map((v) => `${v}.s`);
const intConst = fc.integer({ min: -4, max: 62 }).map(String);
const floatConst = fc.integer({ min: -40, max: 40 }).map((n) => (n / 4).toFixed(2));
const numConst = fc.oneof(intConst, floatConst);
const charConst = fc.constantFrom(...CHARS).map((s) => `"${s}"`);
const pattern = fc.constantFrom(...PATTERNS).map((s) => `"${s}"`);
const relop = fc.constantFrom('=', '!=', '<', '<=', '>', '>=');

/** numeric expressions over the variables `over` gives: no division by an attribute (so
 *  no division by zero), small enough operands that one statement cannot overflow */
function numExprOver(over: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const attr = attrOf(over, ['k', 'g', 'f']);
  const ints = attrOf(over, ['k', 'g']);
  return fc.oneof(
    { weight: 4, arbitrary: attr },
    { weight: 2, arbitrary: numConst },
    { weight: 1, arbitrary: fc.tuple(attr, fc.constantFrom('+', '-', '*'), fc.oneof(attr, intConst)).map(([a, op, b]) => `${a} ${op} ${b}`) },
    { weight: 1, arbitrary: fc.tuple(attr, fc.integer({ min: 1, max: 7 })).map(([a, d]) => `${a} / ${d}`) },
    { weight: 1, arbitrary: attr.map((a) => `abs(${a})`) },
    { weight: 1, arbitrary: fc.tuple(ints, fc.integer({ min: 2, max: 5 })).map(([a, d]) => `mod(${a}, ${d})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('int4', 'float8', 'float4'), attr).map(([fn, a]) => `${fn}(${a} / 3)`) },
    { weight: 1, arbitrary: attr.map((a) => `sqrt(abs(${a}))`) },
    { weight: 1, arbitrary: ints.map((a) => `${a} ** 2`) },
    { weight: 1, arbitrary: attr.map((a) => `-${a}`) },
  );
}
const numExpr = numExprOver(variable);
const charExpr: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: charAttr },
  { weight: 1, arbitrary: charConst },
  { weight: 1, arbitrary: fc.tuple(charAttr, fc.constantFrom('"z"', 'c.s', 't.s')).map(([a, b]) => `concat(${a}, ${b})`) },
  { weight: 1, arbitrary: intAttr.map((a) => `ascii(${a})`) },
);

const comparison: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(numExpr, relop, numExpr).map(([a, op, b]) => `${a} ${op} ${b}`) },
  // equi-joins on attributes: what the distributed planner may turn into semi-joins
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('k', 'g', 'f'), variable, variable, fc.constantFrom('k', 'g', 'f')).map(([a, v, w, b]) => `${v}.${a} = ${w}.${b}`) },
  { weight: 1, arbitrary: fc.tuple(charExpr, relop, charConst).map(([a, op, b]) => `${a} ${op} ${b}`) },
  { weight: 1, arbitrary: fc.tuple(charAttr, fc.constantFrom('=', '!='), pattern).map(([a, op, b]) => `${a} ${op} ${b}`) },
  { weight: 1, arbitrary: fc.tuple(charAttr, relop, charAttr).map(([a, op, b]) => `${a} ${op} ${b}`) },
);

/** qualifications: and/or (same precedence in QUEL, left to right), not, parentheses */
export const qualification: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: comparison },
    { weight: 2, arbitrary: fc.tuple(tie('q'), fc.constantFrom('and', 'or'), tie('q')).map(([a, op, b]) => `${a} ${op} ${b}`) },
    { weight: 1, arbitrary: tie('q').map((a) => `not (${a})`) },
    { weight: 1, arbitrary: tie('q').map((a) => `(${a})`) },
  ),
})).q;

const aggName = fc.constantFrom('count', 'countu', 'sum', 'sumu', 'avg', 'avgu', 'min', 'max', 'any');
const where = fc.option(qualification, { nil: undefined, freq: 2 }).map((q) => (q === undefined ? '' : ` where ${q}`));

const simpleAggregate = fc.tuple(aggName, numExpr, where).map(([agg, e, w]) => `${agg}(${e}${w})`);
/** an aggregate's own qualification, sometimes with a simple aggregate nested in it */
const innerWhere = fc.oneof(
  { weight: 4, arbitrary: where },
  { weight: 1, arbitrary: fc.tuple(numAttr, relop, simpleAggregate).map(([a, op, agg]) => ` where ${a} ${op} ${agg}`) },
);

/** a simple aggregate, or an aggregate function by one or two attributes of the outer query;
 *  count and countu of chars too (countu compares them without blanks) */
export const aggregate: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(aggName, numExpr, innerWhere).map(([agg, e, w]) => `${agg}(${e}${w})`),
  fc.tuple(aggName, numAttr, fc.array(fc.oneof(intAttr, charAttr, intAttr.map((a) => `mod(${a}, 3)`)), { minLength: 1, maxLength: 2 }), innerWhere)
    .map(([agg, e, by, w]) => `${agg}(${e} by ${by.join(', ')}${w})`),
  fc.tuple(fc.constantFrom('count', 'countu'), charAttr, fc.option(fc.oneof(intAttr, charAttr), { nil: undefined }), where)
    .map(([agg, e, by, w]) => `${agg}(${e}${by === undefined ? '' : ` by ${by}`}${w})`),
);

const targetItem = fc.oneof(
  { weight: 4, arbitrary: numExpr },
  { weight: 2, arbitrary: charExpr },
  { weight: 1, arbitrary: aggregate },
);

export interface RandomRetrieve {
  readonly text: string;
  /** result columns that order the rows (sort by), first to last */
  readonly sortedBy: readonly number[];
  /** for each of sortedBy: descending */
  readonly descending: readonly boolean[];
  /** retrieve unique: of chars that differ only in blanks, which one stays is the engine's */
  readonly unique: boolean;
}

export const randomRetrieve: fc.Arbitrary<RandomRetrieve> = fc.record({
  unique: fc.boolean(),
  items: fc.array(targetItem, { minLength: 1, maxLength: 4 }),
  qual: fc.option(qualification, { nil: undefined, freq: 4 }),
  aggQual: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(aggregate, relop, numConst) }),
  sort: fc.option(fc.array(fc.tuple(fc.nat(3), fc.constantFrom('', ':ascending', ':descending')), { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 }),
}).map(({ unique, items, qual, aggQual, sort }) => {
  const target = items.map((e, n) => `x${n} = ${e}`).join(', ');
  const quals = [qual, aggQual === undefined ? undefined : aggQual.join(' ')].filter((q) => q !== undefined);
  const sortedBy = sort === undefined ? [] : [...new Set(sort.map(([n]) => n % items.length))];
  const orders = sortedBy.map((n) => sort?.find(([m]) => m % items.length === n)?.[1] ?? '');
  const sortText = sort === undefined ? '' : ` sort by ${sortedBy.map((n, k) => `x${n}${orders[k] ?? ''}`).join(', ')}`;
  const whereText = quals.length === 0 ? '' : ` where ${quals.map((q) => `(${q})`).join(' and ')}`;
  return { text: `retrieve${unique ? ' unique' : ''} (${target})${whereText}${sortText}`, sortedBy, descending: orders.map((o) => o === ':descending'), unique };
});

/** replace, delete and append with multi-variable qualifications. A replace computes its
 *  new values from its own variable (from another one, which of several matching tuples
 *  supplies the value is up to the engine); an append takes its tuples from tiny or mid. */
export const randomUpdate: fc.Arbitrary<string> = fc.oneof(
  updatable.chain((v) => fc.tuple(fc.constantFrom('k', 'g', 'f'), numExprOver(fc.constant(v)), fc.option(qualification, { nil: undefined, freq: 5 }))
    .map(([a, e, q]) => `replace ${v} (${a} = ${e})${q === undefined ? '' : ` where ${q}`}`)),
  updatable.chain((v) => fc.tuple(fc.constantFrom(`${v}.s`, '"z z"', `concat(${v}.s, "q")`), qualification)
    .map(([e, q]) => `replace ${v} (s = ${e}) where ${q}`)),
  fc.tuple(updatable, qualification).map(([v, q]) => `delete ${v} where ${q}`),
  fc.tuple(fc.constantFrom('big', 'mid'), fc.constantFrom('t', 'm'), numExpr, qualification)
    .map(([rel, v, e, q]) => `append to ${rel} (k = ${v}.k, g = ${v}.g, f = ${e}, s = ${v}.s) where ${q}`),
);

/** the tuples a statement's variables could combine: product of their relations' sizes */
export function combinations(text: string, sizes: ReadonlyMap<string, number>): number {
  let product = 1;
  for (const rel of RANDOM_READABLE) {
    // (a replace's or delete's own variable counts even where no attribute of it is named)
    for (const v of rel.variables) if (new RegExp(`\\b${v}\\.|^(replace|delete) ${v}\\b`).test(text)) product *= sizes.get(rel.name) ?? rel.tuples;
  }
  return product;
}

const relationName = fc.constantFrom(...RANDOM_RELATIONS.map((rel) => rel.name));
const keyAttributes = fc.subarray(['k', 'g', 'f', 's'], { minLength: 1, maxLength: 2 });

/** storage changes — modify to every structure (on one or two attributes, with its
 *  options), a secondary index — for two engines that both apply them (one host, three) */
export const randomStorageChange: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(relationName, fc.constantFrom('hash', 'chash'), keyAttributes, fc.constantFrom('', ' where fillfactor = 30', ' where minpages = 4'))
    .map(([rel, structure, keys, options]) => `modify ${rel} to ${structure} on ${keys.join(', ')}${options}`) },
  { weight: 4, arbitrary: fc.tuple(relationName, fc.constantFrom('isam', 'cisam', 'btree', 'cbtree'), keyAttributes, fc.constantFrom('', ' where fillfactor = 100'))
    .map(([rel, structure, keys, options]) => `modify ${rel} to ${structure} on ${keys.join(', ')}${options}`) },
  { weight: 2, arbitrary: fc.tuple(relationName, fc.constantFrom('heapsort', 'cheapsort'), keyAttributes, fc.constantFrom('', ':descending'))
    .map(([rel, structure, keys, order]) => `modify ${rel} to ${structure} on ${keys.join(', ')}${order}`) },
  { weight: 1, arbitrary: fc.tuple(relationName, fc.constantFrom('heap', 'cheap', 'truncated')).map(([rel, structure]) => `modify ${rel} to ${structure}`) },
  { weight: 2, arbitrary: fc.tuple(relationName, keyAttributes).map(([rel, keys]) => `index on ${rel} is ${rel}_${keys.join('')} (${keys.join(', ')})`) },
);
