/*
 * index.ts — the parser's public surface: parse(text) → Statement[].
 * Scans with grammar/lexer.ts, parses with ONE shared grammar/quel-parser.ts instance (its
 * input is reset per call), and turns every failure into an IngresError: lexical errors keep
 * their own numbers (27xx), syntax errors are 2500, or 2502–2515 for a word right after a
 * complete command (as INGRES 6.3). All statements or an error: never a part.
 */
import { EOF } from '../../grammar/chevrotain.js';
import type { IRecognitionException, IToken } from 'chevrotain';
import { IngresError, ingresError, toIngresError } from '../common/errors.js';
import { NESTING_MAX, tokenize, type QuelToken } from '../../grammar/lexer.js';
import { QuelParser } from '../../grammar/quel-parser.js';
import { Semicolon } from '../../grammar/tokens.js';
import type { Statement } from './ast.js';
import {
  decodeMessage, expectedAfter, syntaxError, tokenShown, wordAfterCode, wordAfterError,
} from './diagnostics.js';

export type * from './ast.js';
export { tokenize, type QuelToken } from '../../grammar/lexer.js';

/** longest statement whose possible continuations a "cannot follow" error lists */
const CONTINUATION_TOKENS_MAX = 400;

let shared: QuelParser | null = null;

/** The one parser instance (built on first use: self-analysis takes a few milliseconds). */
export function quelParser(): QuelParser {
  shared ??= new QuelParser();
  return shared;
}

/**
 * Parse a query buffer holding any number of statements (no separators needed; `;` between
 * statements is allowed and ignored). Throws IngresError, and nothing else.
 */
export function parse(text: string): Statement[] {
  try {
    const tokens = tokenize(text);
    const parser = quelParser();
    parser.source = text;
    parser.input = tokens;
    const statements = parser.statements();
    const errors = parser.errors;
    if (errors.length > 0) {
      throw toSyntaxError(errors[0] as IRecognitionException, tokens, statements);
    }
    // a tree is at most a few levels deeper than its statement has tokens (every
    // expression node but a parenthesis consumes one): a short buffer cannot be too deep
    if (tokens.length >= DEPTH_CHECK_TOKENS) checkDepth(statements);
    return statements;
  } catch (error) {
    if (error instanceof IngresError) throw error;
    // a stack overflow can only come from nesting the lexer's limits did not catch
    if (error instanceof RangeError) throw ingresError(2712, 1, NESTING_MAX);
    throw toIngresError(error);
  }
}

/** deepest expression tree the analyzer and executor (recursive walks) are given */
export const EXPRESSION_DEPTH_MAX = 1000;
/** buffers with fewer tokens than this are not walked by checkDepth (the margin covers the
 *  few wrapper levels — statement, target element, position — that consume no token) */
const DEPTH_CHECK_TOKENS = EXPRESSION_DEPTH_MAX / 2;

/**
 * Operator chains (`1 + 1 + … + 1`, `a or b or …`) are parsed by loops, so only the tree they
 * build is deep — deep enough, at a few hundred thousand terms, to overflow the recursive
 * walks after the parser. Measured here without recursion: 2713 past EXPRESSION_DEPTH_MAX.
 */
function checkDepth(statements: readonly Statement[]): void {
  const stack: { node: unknown; depth: number }[] = statements.map((node) => ({ node, depth: 1 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) continue;
    if (depth > EXPRESSION_DEPTH_MAX) {
      const pos = (node as { pos?: { line?: number } }).pos;
      throw ingresError(2713, pos?.line ?? 1, EXPRESSION_DEPTH_MAX);
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: Array.isArray(child) ? depth : depth + 1 });
    }
  }
}

function toSyntaxError(
  error: IRecognitionException,
  tokens: readonly QuelToken[],
  statements: readonly Statement[],
): IngresError {
  if (error.name === 'NotAllInputParsedException') {
    const after = wordAfterStatement(error.token, tokens, statements);
    if (after !== null) return after;
  }
  const { depth, expected } = decodeMessage(error.message);
  let token: IToken | undefined = error.token;
  if (depth > 0 && token !== undefined && token.tokenType !== EOF) {
    const index = tokens.indexOf(token as QuelToken);
    token = index >= 0 ? tokens[index + depth] : undefined;
  }
  const atEnd = token === undefined || token.tokenType === EOF;
  const last = tokens[tokens.length - 1];
  const line = atEnd ? (last?.endLine ?? 1) : (token?.startLine ?? 1);
  return syntaxError(line, tokenShown(atEnd ? undefined : token), expected);
}

/**
 * The error for `word` when it directly follows a complete statement (INGRES's endquelst:
 * the next token does not start a command). Null after a `;` or before any statement.
 */
function wordAfterStatement(
  word: IToken,
  tokens: readonly QuelToken[],
  statements: readonly Statement[],
): IngresError | null {
  // (the statements are chevrotain's result of the completed top rule; guard all the same)
  const statement = Array.isArray(statements) ? statements[statements.length - 1] : undefined;
  const index = tokens.indexOf(word as QuelToken);
  const previous = tokens[index - 1];
  if (statement === undefined || previous === undefined || previous.tokenType === Semicolon) {
    return null;
  }
  // the statement's first token is at its pos; what could have continued it, from the grammar
  // (chevrotain's content assist: ~0.1 ms per token, so long statements skip it)
  let start = index - 1;
  while (start > 0 && !startsAt(tokens[start], statement)) start--;
  const continuations = index - start > CONTINUATION_TOKENS_MAX ? []
    : quelParser().computeContentAssist('statement', tokens.slice(start, index));
  const expected = expectedAfter(continuations.map((path) => path.nextTokenType));
  return wordAfterError(wordAfterCode(statement), word, expected);
}

function startsAt(token: QuelToken | undefined, statement: Statement): boolean {
  return token?.startLine === statement.pos.line && token.startColumn === statement.pos.column;
}
