/*
 * index.ts — the parser's public surface: parse(text) → Statement[].
 * Scans with grammar/lexer.ts, parses with ONE shared grammar/quel-parser.ts instance (its
 * input is reset per call), and turns every failure into an IngresError: lexical errors keep
 * their own numbers (27xx), syntax errors are 2500. All statements or an error: never a part.
 */
import { EOF, type IRecognitionException, type IToken } from 'chevrotain';
import { IngresError, ingresError, toIngresError } from '../common/errors.js';
import { NESTING_MAX, tokenize, type QuelToken } from '../../grammar/lexer.js';
import { QuelParser } from '../../grammar/quel-parser.js';
import type { Statement } from './ast.js';
import { decodeMessage, syntaxError, tokenShown } from './diagnostics.js';

export type * from './ast.js';
export { tokenize, type QuelToken } from '../../grammar/lexer.js';

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
    if (errors.length > 0) throw toSyntaxError(errors[0] as IRecognitionException, tokens);
    return statements;
  } catch (error) {
    if (error instanceof IngresError) throw error;
    // a stack overflow can only come from nesting the lexer's limits did not catch
    if (error instanceof RangeError) throw ingresError(2712, 1, NESTING_MAX);
    throw toIngresError(error);
  }
}

function toSyntaxError(error: IRecognitionException, tokens: readonly QuelToken[]): IngresError {
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
