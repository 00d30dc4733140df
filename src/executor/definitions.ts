/*
 * definitions.ts — stored views, permits and integrity constraints. A definition is kept
 * as QUEL text: the `range of v is r` lines for the variables it uses, then the define
 * statement itself, so it can be re-parsed and re-analyzed on its own later (query
 * modification) without the session that defined it.
 */
import type * as ast from '../parser/ast.js';
import type { DefinitionDesc, Transaction } from '../storage/api.js';
import { ingresError } from '../common/errors.js';
import { parse } from '../parser/index.js';

export interface ParsedDefinition {
  readonly id: number;
  readonly text: string;
  readonly statement: ast.Statement;
  /** variable → relation name, from the stored range lines */
  readonly ranges: ReadonlyMap<string, string>;
}

const parsedCache = new Map<string, { statement: ast.Statement; ranges: Map<string, string> }>();

/** Parse stored definition text (cached by text: definitions never change in place). */
export function parseDefinition(text: string): { statement: ast.Statement; ranges: Map<string, string> } {
  const cached = parsedCache.get(text);
  if (cached !== undefined) return cached;
  const statements = parse(text);
  const ranges = new Map<string, string>();
  let statement: ast.Statement | undefined;
  for (const s of statements) {
    if (s.kind === 'Range') for (const b of s.bindings) ranges.set(b.variable, b.relation);
    else statement = s;
  }
  if (statement === undefined) throw ingresError(9000, 'stored definition has no statement');
  const result = { statement, ranges };
  if (parsedCache.size > 1000) parsedCache.clear();
  parsedCache.set(text, result);
  return result;
}

export function parseDefinitionDesc(desc: DefinitionDesc): ParsedDefinition {
  const { statement, ranges } = parseDefinition(desc.text);
  return { id: desc.id, text: desc.text, statement, ranges };
}

/** The (first) stored definition of a view etc.; 2106 when there is none. */
export function loadStoredDefinition(
  txn: Transaction,
  relation: string,
  kind: DefinitionDesc['kind'],
  line: number,
): ParsedDefinition {
  const desc = txn.definitions(relation, kind)[0];
  if (desc === undefined) throw ingresError(2106, line, relation);
  return parseDefinitionDesc(desc);
}

/** Variables used anywhere in an expression / target list. */
export function variablesOf(node: ast.Expr | ast.TargetElem | null, into: Set<string>): Set<string> {
  if (node === null) return into;
  switch (node.kind) {
    case 'TargetAll':
      into.add(node.variable);
      break;
    case 'TargetExpr':
      variablesOf(node.expr, into);
      break;
    case 'AttrRef':
      into.add(node.variable);
      break;
    case 'Unary':
    case 'Not':
      variablesOf(node.operand, into);
      break;
    case 'Binary':
    case 'Compare':
    case 'Logical':
      variablesOf(node.left, into);
      variablesOf(node.right, into);
      break;
    case 'Call':
      for (const a of node.args) variablesOf(a, into);
      break;
    case 'Aggregate':
      variablesOf(node.arg, into);
      for (const b of node.by) variablesOf(b, into);
      variablesOf(node.where, into);
      break;
    default:
      break;
  }
  return into;
}

/** The stored text: one `range of` line per used variable, then the statement's own text. */
export function definitionText(ranges: ReadonlyMap<string, string>, statementText: string): string {
  const lines: string[] = [];
  for (const [variable, relation] of ranges) lines.push(`range of ${variable} is ${relation}`);
  lines.push(statementText.trim());
  return lines.join('\n');
}

/** The user-visible part of a stored definition (without the range lines). */
export function definitionBody(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^range of /.test(line))
    .join('\n');
}
