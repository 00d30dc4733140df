/*
 * detach.ts — decomposition (DISTRIBUTED.md decision 5): for each range variable whose
 * relation lives on another host, the one-variable subquery the owner host runs — the
 * top-level `and` conjuncts of the qualification that mention only that variable (none
 * when the variable is used inside an aggregate) and the attributes the statement uses.
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
}

interface VariableUse {
  readonly attributes: Set<string>;
  all: boolean;
  inAggregate: boolean;
}

/** Every use of each variable in the statement (targets, qualification, update variable). */
function variableUses(stmt: ast.Statement): Map<string, VariableUse> {
  const uses = new Map<string, VariableUse>();
  const use = (variable: string): VariableUse => {
    let u = uses.get(variable);
    if (u === undefined) {
      u = { attributes: new Set(), all: false, inAggregate: false };
      uses.set(variable, u);
    }
    return u;
  };
  const walk = (e: ast.Expr, inAggregate: boolean): void => {
    switch (e.kind) {
      case 'AttrRef': {
        const u = use(e.variable);
        u.attributes.add(e.attribute);
        if (inAggregate) u.inAggregate = true;
        return;
      }
      case 'Unary':
      case 'Not':
        walk(e.operand, inAggregate);
        return;
      case 'Binary':
      case 'Compare':
      case 'Logical':
        walk(e.left, inAggregate);
        walk(e.right, inAggregate);
        return;
      case 'Call':
        for (const a of e.args) walk(a, inAggregate);
        return;
      case 'Aggregate':
        walk(e.arg, true);
        for (const b of e.by) walk(b, true);
        if (e.where !== null) walk(e.where, true);
        return;
      default:
        return;
    }
  };
  const targets = (list: readonly ast.TargetElem[]): void => {
    for (const t of list) {
      if (t.kind === 'TargetAll') use(t.variable).all = true;
      else walk(t.expr, false);
    }
  };
  switch (stmt.kind) {
    case 'Retrieve':
    case 'Append':
      targets(stmt.targets);
      if (stmt.where !== null) walk(stmt.where, false);
      break;
    case 'Replace':
      use(stmt.variable).all = true;
      targets(stmt.targets);
      if (stmt.where !== null) walk(stmt.where, false);
      break;
    case 'Delete':
      use(stmt.variable).all = true;
      if (stmt.where !== null) walk(stmt.where, false);
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

/** The variables a conjunct mentions; null when it contains an aggregate. */
function mentioned(e: ast.Expr, into: Set<string>): boolean {
  switch (e.kind) {
    case 'AttrRef':
      into.add(e.variable);
      return true;
    case 'Unary':
    case 'Not':
      return mentioned(e.operand, into);
    case 'Binary':
    case 'Compare':
    case 'Logical':
      return mentioned(e.left, into) && mentioned(e.right, into);
    case 'Call':
      return e.args.every((a) => mentioned(a, into));
    case 'Aggregate':
      return false;
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
): FetchSpec[] {
  const uses = variableUses(stmt);
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
    const permits = user !== relation.owner && user !== dba && txn.definitions(relation.name, 'permit').length > 0;
    if (viaView || permits || vars.length === 0) {
      specs.push({ relation, variable: vars[0] ?? 'r', attributes: all, where: null });
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
    if (vars.length === 1 && uses.get(variable)?.inAggregate !== true) {
      const all = conjuncts(qual);
      // the other side of an implied restriction must be a variable restricted as written:
      // every variable of the statement is (top-level conjuncts hold for every result row)
      where = and([
        ...all.filter((c) => {
          const seen = new Set<string>();
          return mentioned(c, seen) && seen.size === 1 && seen.has(variable);
        }),
        ...implied(all, variable),
      ]);
    }
    specs.push({ relation, variable, attributes, where });
  }
  return specs;
}
