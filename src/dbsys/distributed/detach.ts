/*
 * detach.ts — decomposition (DISTRIBUTED.md decision 5): for each range variable whose
 * relation lives on another host, the one-variable subquery the owner host runs — the
 * top-level `and` conjuncts that mention only that variable, of the one query it is used
 * in (the statement's or an aggregate's; none when in several) and the attributes used;
 * and the aggregates whose relations all live on one other host, which it computes whole.
 */
import type * as ast from '../../parser/ast.js';
import type { RelationDesc, Transaction } from '../../storage/api.js';

/** What the owner host of one relation runs for the master. */
export interface FetchSpec {
  readonly relation: RelationDesc;
  /** the range variable `where` is written over */
  readonly variable: string;
  /** attributes to ship (relation order); all of them when the statement needs all */
  readonly attributes: readonly string[];
  readonly where: ast.Expr | null;
  /**
   * The equi-joins `variable.attribute = other.otherAttribute` among the top-level
   * conjuncts of the one query that reads `variable` — the statement's own, or a simple
   * aggregate's (no by-list) — so every tuple of it that can count matches a tuple of
   * `other` there: a semi-join may restrict it to the values the other side has
   * (master.ts). Empty otherwise.
   */
  readonly joins: readonly EquiJoin[];
}

export interface EquiJoin {
  readonly attribute: string;
  readonly other: string;
  readonly otherAttribute: string;
}

/** The conjuncts `variable.a = w.b` (w another variable) of `all`, as seen from `variable`. */
function equiJoins(all: readonly ast.Expr[], variable: string): EquiJoin[] {
  const out: EquiJoin[] = [];
  for (const c of all) {
    if (c.kind !== 'Compare' || c.op !== '=' || c.left.kind !== 'AttrRef' || c.right.kind !== 'AttrRef') continue;
    const pairs: [ast.AttrRef, ast.AttrRef][] = [[c.left, c.right], [c.right, c.left]];
    for (const [mine, other] of pairs) {
      if (mine.variable === variable && other.variable !== variable) {
        out.push({ attribute: mine.attribute, other: other.variable, otherAttribute: other.attribute });
      }
    }
  }
  return out;
}

interface VariableUse {
  readonly attributes: Set<string>;
  all: boolean;
  /** where it is used: the statement's own query (null) or inside these aggregates */
  readonly scopes: Set<ast.Aggregate | null>;
}

/**
 * Every use of each variable in the statement (targets, qualification, update variable),
 * but those inside the aggregates of `skip` (computed by the host of their relations)
 * other than their by-lists, which link them to the outer query's tuples.
 */
function variableUses(stmt: ast.Statement, skip: ReadonlySet<ast.Aggregate> = new Set()): Map<string, VariableUse> {
  const uses = new Map<string, VariableUse>();
  const use = (variable: string, scope: ast.Aggregate | null): VariableUse => {
    let u = uses.get(variable);
    if (u === undefined) {
      u = { attributes: new Set(), all: false, scopes: new Set() };
      uses.set(variable, u);
    }
    u.scopes.add(scope);
    return u;
  };
  const walk = (e: ast.Expr, scope: ast.Aggregate | null): void => {
    switch (e.kind) {
      case 'AttrRef':
        use(e.variable, scope).attributes.add(e.attribute);
        return;
      case 'Unary':
      case 'Not':
        walk(e.operand, scope);
        return;
      case 'Binary':
      case 'Compare':
      case 'Logical':
        walk(e.left, scope);
        walk(e.right, scope);
        return;
      case 'Call':
        for (const a of e.args) walk(a, scope);
        return;
      case 'Aggregate':
        // a by-list is evaluated in the aggregate and, as its link, in the enclosing query
        for (const b of e.by) walk(b, scope);
        if (skip.has(e)) return;
        walk(e.arg, e);
        for (const b of e.by) walk(b, e);
        if (e.where !== null) walk(e.where, e);
        return;
      default:
        return;
    }
  };
  const targets = (list: readonly ast.TargetElem[]): void => {
    for (const t of list) {
      if (t.kind === 'TargetAll') use(t.variable, null).all = true;
      else walk(t.expr, null);
    }
  };
  switch (stmt.kind) {
    case 'Retrieve':
    case 'Append':
      targets(stmt.targets);
      if (stmt.where !== null) walk(stmt.where, null);
      break;
    case 'Replace':
      use(stmt.variable, null).all = true;
      targets(stmt.targets);
      if (stmt.where !== null) walk(stmt.where, null);
      break;
    case 'Delete':
      use(stmt.variable, null).all = true;
      if (stmt.where !== null) walk(stmt.where, null);
      break;
    default:
      break;
  }
  return uses;
}

/** The top-level `and` conjuncts of a qualification. */
export function conjuncts(e: ast.Expr | null): ast.Expr[] {
  if (e === null) return [];
  if (e.kind === 'Logical' && e.op === 'and') return [...conjuncts(e.left), ...conjuncts(e.right)];
  return [e];
}

/**
 * The variables an expression mentions (into `into`); false when it has `dba`/`usercode`,
 * or an aggregate unless `aggregates` (then theirs count too).
 */
function mentioned(e: ast.Expr, into: Set<string>, aggregates = false): boolean {
  const walk = (x: ast.Expr): boolean => mentioned(x, into, aggregates);
  switch (e.kind) {
    case 'AttrRef':
      into.add(e.variable);
      return true;
    case 'Unary':
    case 'Not':
      return walk(e.operand);
    case 'Binary':
    case 'Compare':
    case 'Logical':
      return walk(e.left) && walk(e.right);
    case 'Call':
      return e.args.every(walk);
    case 'Aggregate':
      return aggregates && walk(e.arg) && e.by.every(walk) && (e.where === null || walk(e.where));
    case 'SpecialConst':
      // `dba` and `usercode` are evaluated by the master (the slave runs as the owner)
      return false;
    default:
      return true;
  }
}

function isConstant(e: ast.Expr): boolean {
  return e.kind === 'IntConst' || e.kind === 'FloatConst' || e.kind === 'StringConst' ||
    (e.kind === 'Unary' && (e.operand.kind === 'IntConst' || e.operand.kind === 'FloatConst'));
}

const FLIP: Record<ast.CompareOp, ast.CompareOp> = { '=': '=', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/**
 * Restrictions on `variable` implied through equi-joins (as the executor derives them):
 * `v.x = w.y and w.y < 10` gives `v.x < 10`. Only attribute = attribute joins and
 * comparisons of an attribute with a constant.
 */
function implied(all: readonly ast.Expr[], variable: string): ast.Expr[] {
  const out: ast.Expr[] = [];
  const same = (a: ast.AttrRef, b: ast.AttrRef): boolean => a.variable === b.variable && a.attribute === b.attribute;
  for (const j of all) {
    if (j.kind !== 'Compare' || j.op !== '=' || j.left.kind !== 'AttrRef' || j.right.kind !== 'AttrRef') continue;
    const pairs: [ast.AttrRef, ast.AttrRef][] = [[j.left, j.right], [j.right, j.left]];
    for (const [mine, other] of pairs) {
      if (mine.variable !== variable || other.variable === variable) continue;
      for (const c of all) {
        if (c.kind !== 'Compare') continue;
        if (c.left.kind === 'AttrRef' && same(c.left, other) && isConstant(c.right)) {
          out.push({ kind: 'Compare', op: c.op, left: mine, right: c.right, pos: c.pos });
        } else if (c.right.kind === 'AttrRef' && same(c.right, other) && isConstant(c.left)) {
          out.push({ kind: 'Compare', op: FLIP[c.op], left: mine, right: c.left, pos: c.pos });
        }
      }
    }
  }
  return out;
}

/** AND of a list of conjuncts (null for none). */
function and(list: readonly ast.Expr[]): ast.Expr | null {
  let result: ast.Expr | null = null;
  for (const c of list) result = result === null ? c : { kind: 'Logical', op: 'and', left: result, right: c, pos: c.pos };
  return result;
}

/**
 * The one-variable subqueries of `stmt` for the remote relations it reads. `ranges` maps
 * the session's variables to relation names. A relation used by several variables, through
 * a view, or guarded by permits of another user is shipped whole (all attributes, no
 * restriction) — still only its owner's tuples, never more than the relation.
 */
export function detach(
  stmt: ast.Statement,
  ranges: ReadonlyMap<string, string>,
  remote: readonly RelationDesc[],
  txn: Transaction,
  user: string,
  dba: string,
  pushed: readonly PushedAggregate[] = [],
): FetchSpec[] {
  const uses = variableUses(stmt, new Set(pushed.map((p) => p.aggregate)));
  const pushedRelations = new Set(pushed.flatMap((p) => p.ranges.map(([, relation]) => relation)));
  let viaView = false;
  for (const variable of uses.keys()) {
    const name = ranges.get(variable);
    const rel = name === undefined ? undefined : txn.relation(name);
    if (rel === undefined || rel.kind === 'view') viaView = true;
  }
  const qual = stmt.kind === 'Retrieve' || stmt.kind === 'Append' || stmt.kind === 'Replace' || stmt.kind === 'Delete'
    ? stmt.where
    : null;
  const specs: FetchSpec[] = [];
  for (const relation of remote) {
    const all = relation.attributes.map((a) => a.name);
    const vars = [...uses.keys()].filter((v) => ranges.get(v) === relation.name);
    // read only by aggregates computed at its host: nothing of it to fetch
    if (vars.length === 0 && !viaView && pushedRelations.has(relation.name)) continue;
    const permits = user !== relation.owner && user !== dba && txn.definitions(relation.name, 'permit').length > 0;
    if (viaView || permits || vars.length === 0) {
      specs.push({ relation, variable: vars[0] ?? 'r', attributes: all, where: null, joins: [] });
      continue;
    }
    const used = new Set<string>();
    let wantAll = false;
    for (const v of vars) {
      const u = uses.get(v);
      if (u === undefined) continue;
      if (u.all) wantAll = true;
      for (const a of u.attributes) used.add(a);
    }
    let attributes = wantAll ? all : all.filter((a) => used.has(a));
    if (attributes.length === 0) attributes = all.slice(0, 1);
    const variable = vars[0] as string;
    let where: ast.Expr | null = null;
    let joins: EquiJoin[] = [];
    // used in one query only — the statement's own, or one aggregate's (not its by-list,
    // which the enclosing query reads too) — it is restricted by that query's conjuncts
    const scopes = [...(uses.get(variable)?.scopes ?? [])];
    const scope = scopes.length === 1 ? scopes[0] : undefined;
    if (vars.length === 1 && scope !== undefined) {
      const all = conjuncts(scope === null ? qual : scope.where);
      // the other side of an implied restriction must be a variable restricted as written:
      // every variable of that query is (top-level conjuncts hold for every row of it)
      where = and([
        ...all.filter((c) => {
          const seen = new Set<string>();
          return mentioned(c, seen) && seen.size === 1 && seen.has(variable);
        }),
        ...implied(all, variable),
      ]);
      // (a simple aggregate's value comes only from the tuples its qualification keeps, so
      // its joins restrict as the statement's do; an aggregate function's, with a by-list,
      // are not used: its relation comes as before)
      if (scope === null || scope.by.length === 0) joins = equiJoins(all, variable);
    }
    specs.push({ relation, variable, attributes, where, joins });
  }
  return specs;
}

/** The top-level expressions of a statement's targets and qualification. */
function expressions(stmt: ast.Statement): ast.Expr[] {
  switch (stmt.kind) {
    case 'Retrieve':
    case 'Append':
    case 'Replace': {
      const out: ast.Expr[] = [];
      for (const t of stmt.targets) if (t.kind !== 'TargetAll') out.push(t.expr);
      if (stmt.where !== null) out.push(stmt.where);
      return out;
    }
    case 'Delete':
      return stmt.where === null ? [] : [stmt.where];
    default:
      return [];
  }
}

/** The aggregates of a statement not inside another aggregate, in the order written. */
function outermostAggregates(stmt: ast.Statement): ast.Aggregate[] {
  const found: ast.Aggregate[] = [];
  const walk = (e: ast.Expr): void => {
    switch (e.kind) {
      case 'Aggregate':
        found.push(e);
        return;
      case 'Unary':
      case 'Not':
        walk(e.operand);
        return;
      case 'Binary':
      case 'Compare':
      case 'Logical':
        walk(e.left);
        walk(e.right);
        return;
      case 'Call':
        for (const a of e.args) walk(a);
        return;
      default:
        return;
    }
  };
  for (const e of expressions(stmt)) walk(e);
  return found;
}

/** An aggregate the host of its relations computes for the master (FetchRequest.aggregate_json). */
export interface PushedAggregate {
  readonly aggregate: ast.Aggregate;
  readonly host: string;
  /** its variables and their relations */
  readonly ranges: readonly (readonly [string, string])[];
}

/**
 * The aggregates of `stmt` that ONE other host computes whole: every variable inside one
 * (nested aggregates included) ranges over a stored relation of that host, with no
 * permits of another user on it (the master enforces those on the whole statement) and no
 * `dba`/`usercode` (the master's to evaluate). Only their partitions cross the network,
 * not their relations' tuples.
 */
export function pushableAggregates(
  stmt: ast.Statement,
  ranges: ReadonlyMap<string, string>,
  txn: Transaction,
  localHost: string,
  user: string,
  dba: string,
): PushedAggregate[] {
  const pushed: PushedAggregate[] = [];
  for (const aggregate of outermostAggregates(stmt)) {
    const variables = new Set<string>();
    if (!mentioned(aggregate, variables, true)) continue;
    let host: string | null = null;
    const bound: (readonly [string, string])[] = [];
    for (const variable of variables) {
      const name = ranges.get(variable);
      const relation = name === undefined ? undefined : txn.relation(name);
      if (relation === undefined || relation.kind !== 'user' || !relation.host || relation.host === localHost ||
        (host !== null && relation.host !== host) ||
        (user !== relation.owner && user !== dba && txn.definitions(relation.name, 'permit').length > 0)) {
        host = null;
        break;
      }
      host = relation.host;
      bound.push([variable, relation.name]);
    }
    if (host !== null) pushed.push({ aggregate, host, ranges: bound });
  }
  return pushed;
}
