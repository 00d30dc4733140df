/*
 * diagnostics.ts — INGRES-style syntax errors from chevrotain's recognition errors: 2500
 * `syntax error on line N` / `last symbol read was: X` / `expected: …`, and INGRES 6.3's
 * 2502–2515 `The word 'X', cannot follow a RETRIEVE command` (…) for a word right after a
 * complete command. X is the token the parser could not accept ("end of query" at the end);
 * the expected list is short (at most a handful of alternatives).
 */
import { EOF } from '../../grammar/chevrotain.js';
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { ErrorCode } from '../common/error-codes.js';
import { IngresError, ingresError } from '../common/errors.js';
import type { Statement } from './ast.js';

const EXPECTED_MAX = 6;
/** rules whose ')' ends a comma-separated list */
const LIST_RULES: ReadonlySet<string> = new Set([
  'targetList', 'createStmt', 'copyStmt', 'indexStmt', 'definePermit', 'idList',
]);

/** How a token type is named in an "expected" list. */
export function tokenTypeLabel(type: TokenType): string {
  if (type === EOF) return 'end of query';
  return type.LABEL ?? type.name;
}

/** How an offending token is shown after "last symbol read was:". */
export function tokenShown(token: IToken | undefined): string {
  if (token === undefined || token.tokenType === EOF || token.image === '') return 'end of query';
  const image = token.image.length > 40 ? `${token.image.slice(0, 40)}…` : token.image;
  return image.replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** Join alternatives: "a, b or c"; long lists are cut. */
export function expectedList(labels: readonly string[]): string {
  const unique = [...new Set(labels)];
  if (unique.length === 0) return '';
  if (unique.length > EXPECTED_MAX) return `${unique.slice(0, EXPECTED_MAX).join(', ')}, …`;
  if (unique.length === 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1] ?? ''}`;
}

/**
 * The 2500 error. `line` is the offending token's line (or the last real token's line at
 * the end of the query); `expected` may be empty.
 */
export function syntaxError(line: number, shown: string, expected: string): IngresError {
  const suffix = expected === '' ? '' : `\nexpected: ${expected}`;
  return ingresError(2500, Number.isFinite(line) && line > 0 ? line : 1, shown, suffix);
}

/**
 * INGRES 6.3's number for a word right after a complete command (parser/yyerror.y
 * `Messages[]`, indexed by the command), or null for commands INGRES did not check that
 * way — the ones with a fixed end (range, create, index, copy, save) and ours (the
 * transaction statements): a bad word after them is the plain 2500.
 */
export function wordAfterCode(statement: Statement): ErrorCode | null {
  switch (statement.kind) {
    case 'Retrieve': return statement.unique ? 2510 : 2502;
    case 'Append': return 2503;
    case 'Replace': return 2504;
    case 'Delete': return 2505;
    case 'Destroy': return 2506;
    case 'Help': return statement.mode === 'view' || statement.mode === 'permit'
      || statement.mode === 'integrity' ? 2512 : 2507;
    case 'Modify': return 2508;
    case 'Print': return 2509;
    case 'DefineView': return 2511;
    case 'DefinePermit': return 2513;
    case 'DefineIntegrity': return 2514;
    case 'DestroyPermit':
    case 'DestroyIntegrity': return 2515;
    case 'Range':
    case 'Create':
    case 'Index':
    case 'Copy':
    case 'Save':
    case 'BeginTransaction':
    case 'EndTransaction':
    case 'Abort': return null;
  }
}

const ARITH_LABELS: ReadonlySet<string> = new Set(["'+'", "'-'", "'*'", "'/'", "'**'"]);

/**
 * The expected list after a complete statement: the tokens that could have continued it
 * (operators summarised), then "a statement".
 */
export function expectedAfter(continuations: readonly TokenType[]): string {
  const labels = [...new Set(continuations.map(tokenTypeLabel))];
  const compare = labels.includes('a comparison operator');
  const words = labels.filter((l) => !ARITH_LABELS.has(l) && !(compare && l === "'=' or 'is'")
    && l !== 'a comparison operator');
  if (compare) words.push('a comparison operator');
  if (labels.some((l) => ARITH_LABELS.has(l))) words.push('an operator');
  const shown = words.length <= EXPECTED_MAX ? words : [...words.slice(0, EXPECTED_MAX - 1), '…'];
  return [...shown, 'a statement'].join(', ').replace(/, (?=a statement$)/, ' or ');
}

/**
 * The 25xx error for `word` right after a complete statement (`code` from wordAfterCode),
 * or the 2500 error when INGRES had no special number for that command.
 */
export function wordAfterError(code: ErrorCode | null, word: IToken, expected: string): IngresError {
  const line = word.startLine ?? 1;
  if (code === null) return syntaxError(line, tokenShown(word), expected);
  return ingresError(code, line, tokenShown(word), `\nexpected: ${expected}`);
}

function matches(token: IToken | undefined, type: TokenType): boolean {
  if (token === undefined) return false;
  if (token.tokenTypeIdx === type.tokenTypeIdx) return true;
  const map = type.categoryMatchesMap;
  return map !== undefined && token.tokenTypeIdx !== undefined && map[token.tokenTypeIdx] === true;
}

/**
 * The message chevrotain stores in its exception: `DEPTH\nEXPECTED`, where DEPTH says how
 * many tokens after the exception's token the input left every expected path (LL(k)).
 * diagnostics turns it into the 2500 error (see parseErrorToIngres).
 */
export const QUEL_ERROR_MESSAGES: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, ruleName }) {
    // a ')' that closes a comma-separated list could also have been another ','
    if (expected.name === 'RParen' && LIST_RULES.has(ruleName)) return "0\n',' or ')'";
    return `0\n${tokenTypeLabel(expected)}`;
  },
  buildNotAllInputParsedMessage() {
    return '0\na statement';
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual }) {
    return divergence(expectedPathsPerAlt.flat(), actual);
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual }) {
    return divergence(expectedIterationPaths, actual);
  },
};

function divergence(paths: readonly TokenType[][], actual: readonly IToken[]): string {
  let depth = 0;
  let labels: string[] = [];
  for (const path of paths) {
    let k = 0;
    while (k < path.length && k < actual.length && matches(actual[k], path[k] as TokenType)) k++;
    const next = path[k];
    if (next === undefined) continue;
    if (k > depth) {
      depth = k;
      labels = [];
    }
    if (k === depth) labels.push(tokenTypeLabel(next));
  }
  return `${depth}\n${expectedList(summarise(labels))}`;
}

/** The many tokens that can start an expression read better as one phrase. */
function summarise(labels: readonly string[]): string[] {
  if (!labels.includes('an integer') || !labels.includes('a string')) return [...labels];
  const phrase = labels.includes('not') ? 'a qualification' : 'an expression';
  const starters = new Set([
    'not', "'+'", "'-'", 'an integer', 'a number', 'a string', 'a name', "'('",
    'a function name', 'mod or concat', 'an aggregate name',
  ]);
  return [phrase, ...labels.filter((l) => !starters.has(l))];
}

/** Decode a chevrotain error message made by QUEL_ERROR_MESSAGES. */
export function decodeMessage(message: string): { depth: number; expected: string } {
  const cut = message.indexOf('\n');
  if (cut < 0) return { depth: 0, expected: '' };
  const depth = Number(message.slice(0, cut));
  const expected = message.slice(cut + 1);
  return { depth: Number.isInteger(depth) && depth >= 0 ? depth : 0, expected };
}
