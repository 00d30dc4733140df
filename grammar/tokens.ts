/*
 * tokens.ts — the QUEL token types (chevrotain TokenTypes, no regex patterns: the scanner in
 * lexer.ts is hand-written and emits these types directly).
 * Reserved words are those of University INGRES 6.3 (QUEL.md §2); words the grammar adds
 * (sort, order, begin, end, transaction, abort, only) are "soft": their token types carry the
 * Name category, so they still work as relation, variable and domain names.
 */
import { createToken, Lexer } from './chevrotain.js';
import type { TokenType } from 'chevrotain';

const NA = Lexer.NA;

/** Any name: relation, range variable, domain, format (c10, i2, c0nl), structure, user… */
export const Name = createToken({ name: 'Name', pattern: NA, label: 'a name' });
export const IntLit = createToken({ name: 'IntLit', pattern: NA, label: 'an integer' });
export const FloatLit = createToken({ name: 'FloatLit', pattern: NA, label: 'a number' });
export const StringLit = createToken({ name: 'StringLit', pattern: NA, label: 'a string' });

// ---- punctuation and operators
export const Comma = createToken({ name: 'Comma', pattern: NA, label: "','" });
export const LParen = createToken({ name: 'LParen', pattern: NA, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: NA, label: "')'" });
export const Dot = createToken({ name: 'Dot', pattern: NA, label: "'.'" });
export const Colon = createToken({ name: 'Colon', pattern: NA, label: "':'" });
export const Semicolon = createToken({ name: 'Semicolon', pattern: NA, label: "';'" });
export const Plus = createToken({ name: 'Plus', pattern: NA, label: "'+'" });
export const Minus = createToken({ name: 'Minus', pattern: NA, label: "'-'" });
export const Star = createToken({ name: 'Star', pattern: NA, label: "'*'" });
export const Slash = createToken({ name: 'Slash', pattern: NA, label: "'/'" });
export const Power = createToken({ name: 'Power', pattern: NA, label: "'**'" });
/** relational operators other than `=` (which is also the assignment in target lists) */
export const RelOp = createToken({ name: 'RelOp', pattern: NA, label: 'a comparison operator' });
export const Lt = createToken({ name: 'Lt', pattern: NA, label: "'<'", categories: [RelOp] });
export const Le = createToken({ name: 'Le', pattern: NA, label: "'<='", categories: [RelOp] });
export const Gt = createToken({ name: 'Gt', pattern: NA, label: "'>'", categories: [RelOp] });
export const Ge = createToken({ name: 'Ge', pattern: NA, label: "'>='", categories: [RelOp] });
export const Ne = createToken({ name: 'Ne', pattern: NA, label: "'!='", categories: [RelOp] });
/** `=` and the keyword `is` are the same token (QUEL.md §2) */
export const Eq = createToken({ name: 'Eq', pattern: NA, label: "'=' or 'is'" });

// ---- reserved words (University INGRES 6.3) used by the grammar
function kw(word: string, categories: TokenType[] = []): TokenType {
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  return createToken({ name, pattern: NA, label: word, categories });
}

/** scalar functions of one argument (FOP) */
export const Fop = createToken({ name: 'Fop', pattern: NA, label: 'a function name' });
/** scalar functions of two arguments (FBOP): mod concat */
export const Fbop = createToken({ name: 'Fbop', pattern: NA, label: 'mod or concat' });
/** aggregate names */
export const Agg = createToken({ name: 'Agg', pattern: NA, label: 'an aggregate name' });

export const All = kw('all');
export const And = kw('and');
export const Append = kw('append');
export const At = kw('at');
export const By = kw('by');
export const Copy = kw('copy');
export const Create = kw('create');
export const Define = kw('define');
export const Delete = kw('delete');
export const Destroy = kw('destroy');
export const From = kw('from');
export const Help = kw('help');
export const In = kw('in');
export const Index = kw('index');
export const Integrity = kw('integrity');
export const Into = kw('into');
export const Modify = kw('modify');
export const Not = kw('not');
export const Of = kw('of');
export const On = kw('on');
export const Onto = kw('onto');
export const Or = kw('or');
export const Permit = kw('permit');
export const Print = kw('print');
export const Range = kw('range');
export const Replace = kw('replace');
export const Retrieve = kw('retrieve');
export const Save = kw('save');
export const To = kw('to');
export const Unique = kw('unique');
export const Until = kw('until');
export const View = kw('view');
export const Where = kw('where');

// ---- soft keywords: usable as names everywhere a name fits
export const Sort = kw('sort', [Name]);
export const Order = kw('order', [Name]);
export const Begin = kw('begin', [Name]);
export const End = kw('end', [Name]);
export const Transaction = kw('transaction', [Name]);
export const Abort = kw('abort', [Name]);
export const Only = kw('only', [Name]);

const FOP_WORDS = [
  'abs', 'ascii', 'atan', 'cos', 'exp', 'gamma', 'log', 'sin', 'sqrt',
  'int1', 'int2', 'int4', 'float4', 'float8',
] as const;
const FBOP_WORDS = ['mod', 'concat'] as const;
const AGG_WORDS = ['count', 'countu', 'sum', 'sumu', 'avg', 'avgu', 'max', 'min', 'any'] as const;

/** lower-case word → token type, for every word the scanner must not return as a Name */
export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
  ...FOP_WORDS.map((w): [string, TokenType] => [w, Fop]),
  ...FBOP_WORDS.map((w): [string, TokenType] => [w, Fbop]),
  ...AGG_WORDS.map((w): [string, TokenType] => [w, Agg]),
  ['is', Eq],
  ...[
    All, And, Append, At, By, Copy, Create, Define, Delete, Destroy, From, Help, In, Index,
    Integrity, Into, Modify, Not, Of, On, Onto, Or, Permit, Print, Range, Replace, Retrieve,
    Save, To, Unique, Until, View, Where, Sort, Order, Begin, End, Transaction, Abort, Only,
  ].map((t): [string, TokenType] => [t.name.toLowerCase(), t]),
]);

/** every token type, categories first (chevrotain wants categories declared) */
export const ALL_TOKENS: TokenType[] = [
  Name, IntLit, FloatLit, StringLit, Comma, LParen, RParen, Dot, Colon, Semicolon,
  Plus, Minus, Star, Slash, Power, RelOp, Lt, Le, Gt, Ge, Ne, Eq, Fop, Fbop, Agg,
  All, And, Append, At, By, Copy, Create, Define, Delete, Destroy, From, Help, In, Index,
  Integrity, Into, Modify, Not, Of, On, Onto, Or, Permit, Print, Range, Replace, Retrieve,
  Save, To, Unique, Until, View, Where, Sort, Order, Begin, End, Transaction, Abort, Only,
];
