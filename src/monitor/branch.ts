/*
 * branch.ts — `\b [?expr] label` and `\k label` inside include files, as University
 * INGRES's monitor/branch.c and expr.c did: the optional condition is an integer
 * expression without blanks (after macro expansion), > 0 means branch; the label is
 * looked for from the top of the file, so a branch may go backward or forward. Pure.
 */
import { ingresError, type IngresError } from '../common/errors.js';
import { scanLine } from './commands.js';

export interface BranchCommand {
  /** the `?expr` text without the `?` (not yet macro-expanded), or null: always branch */
  readonly condition: string | null;
  readonly label: string;
}

/** Split the argument of `\b`: `?expr label` or `label`. The expression ends at the first
 *  blank outside braces, so a macro call with blanks in it stays one expression. */
export function parseBranch(argument: string): BranchCommand {
  const text = argument.trim();
  if (!text.startsWith('?')) return { condition: null, label: text };
  let depth = 0;
  let end = 1;
  for (; end < text.length; end++) {
    const char = text[end] as string;
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth <= 0 && /\s/.test(char)) break;
  }
  return { condition: text.slice(1, end), label: text.slice(end).trim() };
}

/**
 * The index of the first line holding `\k label` (or `\mark label`), or -1. `expand`
 * macro-expands a mark's label before it is compared, as INGRES read it through getfilename.
 */
export async function findMark(
  lines: readonly string[],
  label: string,
  expand: (text: string) => Promise<string> | string,
): Promise<number> {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (!line.includes('\\')) continue;
    for (const item of scanLine(line)) {
      if (item.kind === 'command' && item.code === 'mark' && (await expand(item.argument)).trim() === label) {
        return index;
      }
    }
  }
  return -1;
}

/** Operator precedence of expr.c (higher binds tighter); all are left-associative. */
const PRECEDENCE: Readonly<Record<string, number>> = {
  '|': 1, '&': 2, '=': 3, '!=': 3, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6,
};

/**
 * Evaluate a branch condition: signed integers, `+ - * / %`, `< <= > >= = !=`, `&` and `|`
 * (true = a value > 0), unary `-` and `!` (1 when the operand is <= 0), parentheses. The
 * expression ends at the first blank. Anything else is 8025.
 */
export function evaluateCondition(text: string): number {
  const source = text.trim().split(/\s/)[0] ?? '';
  const bad = (reason: string): IngresError => ingresError(8025, source, reason);
  let at = 0;
  const operand = (): number => {
    const char = source[at];
    if (char === undefined) throw bad('an operand is missing at the end');
    if (char === '!') {
      at++;
      return operand() <= 0 ? 1 : 0;
    }
    if (char === '-') {
      at++;
      return -operand();
    }
    if (char === '(') {
      at++;
      const value = expression(0);
      if (source[at] !== ')') throw bad('a closing parenthesis is missing');
      at++;
      return value;
    }
    const digits = /^\d+/.exec(source.slice(at));
    if (digits === null) throw bad(`an operand was expected, '${char}' found`);
    at += digits[0].length;
    return Number.parseInt(digits[0], 10);
  };
  const operator = (): string | null => {
    const two = source.slice(at, at + 2);
    if (two === '<=' || two === '>=' || two === '!=') return two;
    const one = source[at];
    return one !== undefined && one in PRECEDENCE ? one : null;
  };
  const expression = (minimum: number): number => {
    let left = operand();
    for (;;) {
      const op = operator();
      if (op === null) {
        const next = source[at];
        if (next === undefined || next === ')') return left;
        throw bad(`an operator was expected, '${next}' found`);
      }
      const precedence = PRECEDENCE[op] as number;
      if (precedence <= minimum) return left;
      at += op.length;
      left = apply(op, left, expression(precedence), bad);
    }
  };
  if (source === '') throw bad('the expression is empty');
  const value = expression(0);
  if (at < source.length) throw bad(`unexpected '${source[at]}'`);
  return value;
}

function apply(op: string, left: number, right: number, bad: (reason: string) => IngresError): number {
  switch (op) {
    case '|': return left > 0 || right > 0 ? 1 : 0;
    case '&': return left > 0 && right > 0 ? 1 : 0;
    case '=': return left === right ? 1 : 0;
    case '!=': return left !== right ? 1 : 0;
    case '<': return left < right ? 1 : 0;
    case '<=': return left <= right ? 1 : 0;
    case '>': return left > right ? 1 : 0;
    case '>=': return left >= right ? 1 : 0;
    case '+': return left + right;
    case '-': return left - right;
    case '*': return left * right;
    case '/': case '%':
      if (right === 0) throw bad('division by zero');
      return op === '/' ? Math.trunc(left / right) : left % right;
    default: throw bad(`unknown operator '${op}'`);
  }
}
