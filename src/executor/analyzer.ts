/*
 * analyzer.ts — semantic analysis: resolves range variables (through a Scope), attribute
 * names and view definitions (query modification), computes result types with the
 * types/ rules, and builds the Block/BExpr form the planner runs. Every user mistake is
 * a numbered IngresError carrying the statement line.
 */
import type * as ast from '../parser/ast.js';
import type { RelationDesc, Transaction } from '../storage/api.js';
import { IngresError, ingresError } from '../common/errors.js';
import {
  F8,
  I2,
  I4,
  arithResultType,
  charType,
  functionResultType,
  hasPattern,
  intConstType,
  unescapeString,
} from '../types/index.js';
import type { QType } from '../types/value.js';
import { BOOL, Block, conjuncts, isBool } from './bound.js';
import type { AggFn, AggSpec, BExpr, TargetColumn, ViewInstance } from './bound.js';
import { loadStoredDefinition } from './definitions.js';

/** What a range variable name stands for in one scope. */
export type ScopeEntry =
  | { readonly kind: 'relation'; readonly relation: RelationDesc }
  | { readonly kind: 'view'; readonly name: string };

/** A namespace of range variables: the session's range table, or a view's own ranges. */
export interface Scope {
  readonly id: string;
  resolve(variable: string, line: number): ScopeEntry;
}

export interface AnalyzeEnv {
  readonly txn: Transaction;
  readonly user: string;
  readonly dba: string;
}

interface Ctx {
  readonly env: AnalyzeEnv;
  readonly block: Block;
  readonly scope: Scope;
  readonly inTarget: boolean;
}

/** the analyses (one AnalyzeEnv per statement's analysis) that read a view's stored definition */
const viewReaders = new WeakSet<AnalyzeEnv>();

/** Whether the analysis with `env` read a view's stored definition (dml.ts catalogReads). */
export function readViews(env: AnalyzeEnv): boolean {
  return viewReaders.has(env);
}

/** Look a name up: a stored relation, or a view (relation entry of kind view or a view definition). */
export function lookupRelation(txn: Transaction, name: string): ScopeEntry | undefined {
  const relation = txn.relation(name);
  if (relation !== undefined && relation.kind !== 'view') return { kind: 'relation', relation };
  if (relation !== undefined || txn.definitions(name, 'view').length > 0) return { kind: 'view', name };
  return undefined;
}

/** A scope over a fixed map variable → relation name (views, integrities, permits). */
export function fixedScope(txn: Transaction, id: string, ranges: ReadonlyMap<string, string>): Scope {
  return {
    id,
    resolve(variable: string, line: number): ScopeEntry {
      const relationName = ranges.get(variable);
      if (relationName === undefined) throw ingresError(2109, line, variable);
      const entry = lookupRelation(txn, relationName);
      if (entry === undefined) throw ingresError(2106, line, relationName);
      return entry;
    },
  };
}

// ---------------------------------------------------------------- variables

/** The slot (stored relation) or view instance a variable name denotes in this block. */
export function bindVariable(ctx: Ctx, name: string, line: number): number | ViewInstance {
  const key = `${ctx.scope.id}\u0000${name}`;
  const existing = ctx.block.bindings.get(key);
  if (existing !== undefined) return existing;
  const entry = ctx.scope.resolve(name, line);
  if (entry.kind === 'relation') {
    const slot = ctx.block.addSlot(name, entry.relation);
    ctx.block.bindings.set(key, slot);
    return slot;
  }
  return instantiateView(ctx, key, entry.name, line);
}

function instantiateView(ctx: Ctx, key: string, viewName: string, line: number): ViewInstance {
  viewReaders.add(ctx.env);
  const definition = loadStoredDefinition(ctx.env.txn, viewName, 'view', line);
  const stmt = definition.statement;
  if (stmt.kind !== 'DefineView') throw ingresError(9000, `view ${viewName} has a bad definition`);
  const inner: Ctx = {
    env: ctx.env,
    block: ctx.block,
    scope: fixedScope(ctx.env.txn, `${key}>${viewName}`, definition.ranges),
    inTarget: false,
  };
  const firstSlot = ctx.block.slots.length;
  let columns: TargetColumn[];
  try {
    columns = bindTargetList(inner, stmt.targets);
    if (stmt.where !== null) {
      for (const clause of conjuncts(bindQual(inner, stmt.where))) ctx.block.clauses.push(clause);
    }
  } catch (error) {
    // a relation the view reads was destroyed (or re-created without an attribute) after the
    // view was defined: say so on the user's line, not on a line of the stored view text
    if (error instanceof IngresError && (error.code === 2106 || error.code === 2100)) {
      throw ingresError(3301, line, viewName, error.message.replace(/^line \d+, /, ''));
    }
    throw error;
  }
  const slots: number[] = [];
  for (let slot = firstSlot; slot < ctx.block.slots.length; slot++) slots.push(slot);
  const instance: ViewInstance = {
    kind: 'view',
    viewName,
    columns: new Map(columns.map((c) => [c.name, c.expr])),
    columnOrder: columns.map((c) => c.name),
    slots,
  };
  ctx.block.bindings.set(key, instance);
  return instance;
}

// ---------------------------------------------------------------- expressions

function checkValue(expr: BExpr, line: number): BExpr {
  if (isBool(expr)) throw ingresError(2138, line);
  return expr;
}

/** Bind a value expression (not a qualification). */
export function bindValue(ctx: Ctx, expr: ast.Expr): BExpr {
  return checkValue(bindExpr(ctx, expr), expr.pos.line);
}

/** Bind a qualification: must be a comparison or a boolean combination of them (2138). */
export function bindQual(ctx: Ctx, expr: ast.Expr): BExpr {
  const bound = bindExpr({ ...ctx, inTarget: false }, expr);
  if (!isBool(bound)) throw ingresError(2138, expr.pos.line);
  return bound;
}

function bindExpr(ctx: Ctx, expr: ast.Expr): BExpr {
  const line = expr.pos.line;
  switch (expr.kind) {
    case 'IntConst':
      return { k: 'const', type: intConstType(expr.value), value: expr.value };
    case 'FloatConst':
      return { k: 'const', type: F8, value: expr.value };
    case 'StringConst': {
      if (ctx.inTarget && hasPattern(expr.value)) throw ingresError(2120, line);
      const value = unescapeString(expr.value).replace(/ +$/, '');
      return { k: 'const', type: charType(Math.max(1, unescapeString(expr.value).length)), value };
    }
    case 'SpecialConst': {
      const name = expr.name === 'usercode' ? ctx.env.user : expr.name === 'dba' ? ctx.env.dba : null;
      if (name === null) throw ingresError(2134, line, expr.name);
      return { k: 'const', type: charType(Math.max(2, name.length)), value: name };
    }
    case 'AttrRef':
      return bindAttr(ctx, expr);
    case 'Unary': {
      const operand = bindValue(ctx, expr.operand);
      if (operand.type.kind === 'c') throw ingresError(2129, line);
      return expr.op === '+' ? operand : { k: 'neg', type: operand.type, operand };
    }
    case 'Binary': {
      const left = bindValue(ctx, expr.left);
      const right = bindValue(ctx, expr.right);
      const type = arithResultType(expr.op, left.type, right.type, line);
      return { k: 'arith', type, op: expr.op, left, right };
    }
    case 'Call': {
      const args = expr.args.map((a) => bindValue(ctx, a));
      const type = functionResultType(
        expr.fn,
        args.map((a) => a.type),
        line,
      );
      return { k: 'call', type, fn: expr.fn, args };
    }
    case 'Aggregate':
      return bindAggregate(ctx, expr);
    case 'Compare':
      return bindCompare(ctx, expr);
    case 'Not': {
      const operand = bindExpr({ ...ctx, inTarget: false }, expr.operand);
      if (!isBool(operand)) throw ingresError(2138, line);
      return { k: 'not', type: BOOL, operand };
    }
    case 'Logical': {
      const left = bindExpr({ ...ctx, inTarget: false }, expr.left);
      const right = bindExpr({ ...ctx, inTarget: false }, expr.right);
      if (!isBool(left) || !isBool(right)) throw ingresError(2138, line);
      return { k: 'logic', type: BOOL, op: expr.op, left, right };
    }
  }
}

function bindAttr(ctx: Ctx, expr: ast.AttrRef): BExpr {
  const line = expr.pos.line;
  const bound = bindVariable(ctx, expr.variable, line);
  if (typeof bound === 'number') {
    const relation = ctx.block.slots[bound]!.relation;
    const index = relation.attributes.findIndex((a) => a.name === expr.attribute);
    if (index < 0) throw ingresError(2100, line, expr.attribute, relation.name);
    return { k: 'attr', type: relation.attributes[index]!.type, slot: bound, index };
  }
  const column = bound.columns.get(expr.attribute);
  if (column === undefined) throw ingresError(2100, line, expr.attribute, bound.viewName);
  return column;
}

function bindCompare(ctx: Ctx, expr: ast.Compare): BExpr {
  const line = expr.pos.line;
  const inner = { ...ctx, inTarget: false };
  const patternOf = (side: ast.Expr): boolean => side.kind === 'StringConst' && hasPattern(side.value);
  const leftPattern = patternOf(expr.left);
  const rightPattern = patternOf(expr.right);
  const left: BExpr = leftPattern
    ? {
        k: 'const',
        type: charType(Math.max(1, (expr.left as ast.StringConst).value.length)),
        value: (expr.left as ast.StringConst).value,
      }
    : bindValue(inner, expr.left);
  const right: BExpr =
    rightPattern && !leftPattern
      ? {
          k: 'const',
          type: charType(Math.max(1, (expr.right as ast.StringConst).value.length)),
          value: (expr.right as ast.StringConst).value,
        }
      : bindValue(inner, expr.right);
  if ((left.type.kind === 'c') !== (right.type.kind === 'c')) throw ingresError(2133, line);
  const patternSide = leftPattern ? 'left' : rightPattern ? 'right' : null;
  return { k: 'cmp', type: BOOL, op: expr.op, left, right, patternSide };
}

function aggregateType(fn: AggFn, argType: QType, line: number): QType {
  switch (fn) {
    case 'count':
    case 'countu':
      return I4;
    case 'any':
      return I2;
    case 'avg':
    case 'avgu':
      if (argType.kind === 'c') throw ingresError(2125, line);
      return F8;
    case 'sum':
    case 'sumu':
      if (argType.kind === 'c') throw ingresError(2126, line);
      return argType.kind === 'i' ? I4 : argType;
    case 'max':
    case 'min':
      return argType;
  }
}

function bindAggregate(ctx: Ctx, expr: ast.Aggregate): BExpr {
  const line = expr.pos.line;
  const block = new Block();
  const inner: Ctx = { env: ctx.env, block, scope: ctx.scope, inTarget: false };
  const arg = bindValue({ ...inner, inTarget: ctx.inTarget }, expr.arg);
  const by = expr.by.map((b) => bindValue(inner, b));
  if (expr.where !== null) {
    for (const clause of conjuncts(bindQual(inner, expr.where))) block.clauses.push(clause);
  }
  const outerBy = expr.by.map((b) => bindValue({ ...ctx, inTarget: false }, b));
  const type = aggregateType(expr.fn, arg.type, line);
  const agg: AggSpec = {
    fn: expr.fn,
    type,
    argType: arg.type,
    block,
    arg,
    by,
    outerBy,
    onlyWhere: expr.onlyWhere,
    source: expr,
  };
  ctx.block.aggs.push(agg);
  if (agg.onlyWhere && by.length > 0) ctx.block.clauses.push({ k: 'aggPresent', type: BOOL, agg });
  return { k: 'agg', type, agg };
}

// ---------------------------------------------------------------- target lists

/** Expand and bind a target list; every element gets a result name (2132 otherwise). */
export function bindTargetList(ctx: Ctx, targets: readonly ast.TargetElem[]): TargetColumn[] {
  const columns: TargetColumn[] = [];
  for (const target of targets) {
    if (target.kind === 'TargetAll') {
      const bound = bindVariable(ctx, target.variable, target.pos.line);
      if (typeof bound === 'number') {
        const relation = ctx.block.slots[bound]!.relation;
        relation.attributes.forEach((a, index) => {
          columns.push({ name: a.name, expr: { k: 'attr', type: a.type, slot: bound, index } });
        });
      } else {
        for (const name of bound.columnOrder) columns.push({ name, expr: bound.columns.get(name)! });
      }
      continue;
    }
    let name = target.name;
    if (name === null) {
      if (target.expr.kind !== 'AttrRef') throw ingresError(2132, target.pos.line);
      name = target.expr.attribute;
    }
    columns.push({ name, expr: bindValue({ ...ctx, inTarget: true }, target.expr) });
  }
  return columns;
}

export function newContext(env: AnalyzeEnv, scope: Scope, block = new Block()): Ctx {
  return { env, block, scope, inTarget: false };
}

export type { Ctx as AnalyzeContext };
