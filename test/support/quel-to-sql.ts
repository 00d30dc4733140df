/*
 * quel-to-sql.ts — a parsed QUEL retrieve of random-quel.ts's kind rendered as PostgreSQL
 * SQL with INGRES's meaning: chars compared without their blanks (byte order), patterns as
 * anchored regular expressions, simple aggregates fully local, aggregate functions linked
 * to the outer query by their by-list, an empty set's aggregate 0, bag semantics; and its
 * replace, delete and append (deferred, INGRES's conversions on store).
 */
import type { Aggregate, AppendStmt, DeleteStmt, Expr, ReplaceStmt, RetrieveStmt } from '../../src/parser/ast.js';

export interface SqlRelation {
  readonly name: string;
  /** attribute → QUEL type (i2, i4, f4, f8, cN) */
  readonly types: Readonly<Record<string, string>>;
}

/** `create` for PostgreSQL: cN → char(N) (padded, as INGRES stores it), f4 → real */
export function sqlCreate(rel: SqlRelation): string {
  const type = (t: string): string =>
    t === 'i2' ? 'smallint' : t === 'i4' ? 'integer' : t === 'f4' ? 'real' : t === 'f8' ? 'double precision' : `char(${t.slice(1)})`;
  return `create table ${rel.name} (${Object.entries(rel.types).map(([a, t]) => `${a} ${type(t)}`).join(', ')})`;
}

type Scope = ReadonlyMap<string, string>; // QUEL variable → SQL alias

const isPattern = (text: string): boolean => /(^|[^\\])[*?[]/.test(text);
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;
/** a QUEL string constant's characters (`\x` is x) */
const unescape = (text: string): string => text.replace(/\\(.)/g, '$1');

/** an INGRES pattern (blanks ignored, as in every char comparison) as a POSIX regex */
function patternRegex(text: string): string {
  let out = '^';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === ' ') continue;
    if (ch === '\\' && i + 1 < text.length) out += `\\${text[++i] as string}`;
    else if (ch === '*') out += '.*';
    else if (ch === '?') out += '.';
    else if (ch === '[') {
      const end = text.indexOf(']', i);
      out += text.slice(i, end + 1);
      i = end;
    } else out += /[a-zA-Z0-9]/.test(ch) ? ch : `\\${ch}`;
  }
  return `${out}$`;
}

export class QuelToSql {
  private aliases = 0;

  constructor(
    private readonly relations: readonly SqlRelation[],
    /** range variable → relation name */
    private readonly ranges: ReadonlyMap<string, string>,
  ) {}

  /** the SELECT for a retrieve; `unique` makes chars blank-folded (as INGRES's duplicate test) */
  retrieve(stmt: RetrieveStmt): string {
    const outer = new Map<string, string>();
    for (const v of this.outerVariables(stmt)) outer.set(v, this.alias(v));
    const columns = stmt.targets.map((t) => {
      if (t.kind !== 'TargetExpr') throw new Error('var.all is not translated');
      const value = this.value(t.expr, outer);
      return stmt.unique && this.isChar(t.expr) ? `replace(${value}, ' ', '')` : value;
    });
    const from = [...outer].map(([v, alias]) => `${this.relationOf(v)} ${alias}`);
    const where = stmt.where === null ? '' : ` where ${this.qual(stmt.where, outer)}`;
    return `select${stmt.unique ? ' distinct' : ''} ${columns.join(', ')}${from.length === 0 ? '' : ` from ${from.join(', ')}`}${where}`;
  }

  /**
   * An update as INGRES does it: the qualifying tuples found first (deferred), each changed
   * once; values converted as INGRES stores them (floats to integers toward zero, chars cut
   * to the attribute's width).
   */
  update(stmt: AppendStmt | ReplaceStmt | DeleteStmt): string {
    const quals = stmt.where === null ? [] : [stmt.where];
    if (stmt.kind === 'Append') {
      const scope = new Map<string, string>();
      const targets = stmt.targets.map((t) => {
        if (t.kind !== 'TargetExpr' || t.name === null) throw new Error('append targets are name = value');
        return { name: t.name, expr: t.expr };
      });
      for (const v of variablesOf([...targets.map((t) => t.expr), ...quals])) scope.set(v, this.alias(v));
      const from = [...scope].map(([v, alias]) => `${this.relationOf(v)} ${alias}`);
      const values = targets.map((t) => this.stored(t.expr, this.typeIn(stmt.relation, t.name), scope));
      return `insert into ${stmt.relation} (${targets.map((t) => t.name).join(', ')}) select ${values.join(', ')}` +
        `${from.length === 0 ? '' : ` from ${from.join(', ')}`}${stmt.where === null ? '' : ` where ${this.qual(stmt.where, scope)}`}`;
    }
    const target = this.relationOf(stmt.variable);
    const self = this.alias(stmt.variable);
    const scope = new Map<string, string>([[stmt.variable, self]]);
    for (const v of variablesOf(quals)) if (v !== stmt.variable) scope.set(v, this.alias(v));
    const others = [...scope].filter(([v]) => v !== stmt.variable).map(([v, alias]) => `${this.relationOf(v)} ${alias}`);
    const where = stmt.where === null ? ''
      : others.length === 0 ? ` where ${this.qual(stmt.where, scope)}`
      : ` where exists (select 1 from ${others.join(', ')} where ${this.qual(stmt.where, scope)})`;
    if (stmt.kind === 'Delete') return `delete from ${target} ${self}${where}`;
    const sets = stmt.targets.map((t) => {
      if (t.kind !== 'TargetExpr' || t.name === null) throw new Error('replace targets are name = value');
      return `${t.name} = ${this.stored(t.expr, this.typeIn(target, t.name), scope)}`;
    });
    return `update ${target} ${self} set ${sets.join(', ')}${where}`;
  }

  /** a value as an attribute of `type` stores it */
  private stored(e: Expr, type: string, scope: Scope): string {
    if (type.startsWith('c')) return `left(${this.charText(e, scope)}, ${type.slice(1)})`;
    if (type.startsWith('i')) return `trunc((${this.num(e, scope)})::float8)`;
    return this.num(e, scope);
  }

  private typeIn(relation: string, attribute: string): string {
    const type = this.relations.find((r) => r.name === relation)?.types[attribute];
    if (type === undefined) throw new Error(`no attribute ${relation}.${attribute}`);
    return type;
  }

  /** chars as text without their trailing blanks (INGRES's values) */
  private value(e: Expr, scope: Scope): string {
    if (this.isChar(e)) return `rtrim(${this.charText(e, scope)})`;
    return this.num(e, scope);
  }

  private isChar(e: Expr): boolean {
    if (e.kind === 'StringConst') return true;
    if (e.kind === 'AttrRef') return this.typeOf(e.variable, e.attribute).startsWith('c');
    if (e.kind === 'Call') return e.fn === 'concat' || e.fn === 'ascii';
    return false;
  }

  /** a char expression as text (padded attributes keep no trailing blanks: ::text drops them) */
  private charText(e: Expr, scope: Scope): string {
    switch (e.kind) {
      case 'StringConst':
        return literal(unescape(e.value));
      case 'AttrRef':
        return `${this.attr(e.variable, e.attribute, scope)}::text`;
      case 'Call': {
        // ascii of an integer: its digits (left-justified, blank-padded to the print width)
        if (e.fn === 'ascii') return `(${this.num(e.args[0] as Expr, scope)})::text`;
        // concat: the first operand's trailing blanks go (never to nothing), the second follows
        const [a, b] = e.args as [Expr, Expr];
        const left = `rtrim(${this.charText(a, scope)})`;
        return `((case when ${left} = '' then ' ' else ${left} end) || ${this.charText(b, scope)})`;
      }
      default:
        throw new Error(`not a char expression: ${e.kind}`);
    }
  }

  private num(e: Expr, scope: Scope): string {
    switch (e.kind) {
      case 'IntConst':
        return `(${e.value})`;
      case 'FloatConst':
        return `(${e.value}::float8)`;
      case 'AttrRef':
        return this.attr(e.variable, e.attribute, scope);
      case 'Unary':
        return `(${e.op}${this.num(e.operand, scope)})`;
      case 'Binary': {
        // INGRES's result types: float op float is the shorter float (f4 wins), int op
        // float the float's, ** always a float: an f4 result is rounded to f4
        const type = this.numType(e);
        const [left, right] = [this.num(e.left, scope), this.num(e.right, scope)];
        const value = e.op === '**' ? `power(${left}::float8, ${right}::float8)`
          : type === 'int' ? `(${left} ${e.op} ${right})` : `(${left}::float8 ${e.op} ${right}::float8)`;
        return type === 'f4' ? `(${value})::real` : value;
      }
      case 'Call':
        if (e.fn === 'abs') return `abs(${this.num(e.args[0] as Expr, scope)})`;
        if (e.fn === 'mod') return `mod(${this.num(e.args[0] as Expr, scope)}, ${this.num(e.args[1] as Expr, scope)})`;
        // INGRES's int4 truncates toward zero
        if (e.fn === 'int4') return `trunc(${this.num(e.args[0] as Expr, scope)})::integer`;
        if (e.fn === 'float8') return `(${this.num(e.args[0] as Expr, scope)})::float8`;
        if (e.fn === 'float4') return `(${this.num(e.args[0] as Expr, scope)})::real`;
        if (e.fn === 'sqrt') return `sqrt((${this.num(e.args[0] as Expr, scope)})::float8)`;
        throw new Error(`function ${e.fn} is not translated`);
      case 'Aggregate':
        return this.aggregate(e, scope);
      default:
        throw new Error(`not a numeric expression: ${e.kind}`);
    }
  }

  /** the INGRES type class of a numeric expression */
  private numType(e: Expr): 'int' | 'f4' | 'f8' {
    switch (e.kind) {
      case 'IntConst':
        return 'int';
      case 'AttrRef': {
        const type = this.typeOf(e.variable, e.attribute);
        return type === 'f4' ? 'f4' : type === 'f8' ? 'f8' : 'int';
      }
      case 'Unary':
        return this.numType(e.operand);
      case 'Binary': {
        const [a, b] = [this.numType(e.left), this.numType(e.right)];
        if (a === 'f4' || b === 'f4') return 'f4';
        return a === 'f8' || b === 'f8' || e.op === '**' ? 'f8' : 'int';
      }
      case 'Call':
        if (e.fn === 'abs') return this.numType(e.args[0] as Expr);
        if (e.fn === 'float4') return 'f4';
        return e.fn === 'mod' || e.fn.startsWith('int') ? 'int' : 'f8';
      case 'Aggregate':
        if (e.fn === 'avg' || e.fn === 'avgu') return 'f8';
        return e.fn === 'sum' || e.fn === 'sumu' || e.fn === 'min' || e.fn === 'max' ? this.numType(e.arg) : 'int';
      default:
        return 'f8';
    }
  }

  private qual(e: Expr, scope: Scope): string {
    switch (e.kind) {
      case 'Logical':
        return `(${this.qual(e.left, scope)} ${e.op} ${this.qual(e.right, scope)})`;
      case 'Not':
        return `(not ${this.qual(e.operand, scope)})`;
      case 'Compare': {
        if (!this.isChar(e.left) && !this.isChar(e.right)) return `(${this.num(e.left, scope)} ${e.op === '!=' ? '<>' : e.op} ${this.num(e.right, scope)})`;
        const patternSide = [e.left, e.right].find((x) => x.kind === 'StringConst' && isPattern(x.value));
        if (patternSide !== undefined && patternSide.kind === 'StringConst') {
          const other = patternSide === e.left ? e.right : e.left;
          return `(${this.folded(other, scope)} ${e.op === '=' ? '~' : '!~'} ${literal(patternRegex(patternSide.value))})`;
        }
        return `(${this.folded(e.left, scope)} ${e.op === '!=' ? '<>' : e.op} ${this.folded(e.right, scope)})`;
      }
      default:
        throw new Error(`not a qualification: ${e.kind}`);
    }
  }

  /** chars as INGRES compares them: without blanks, byte order */
  private folded(e: Expr, scope: Scope): string {
    return `(replace(${this.charText(e, scope)}, ' ', '') collate "C")`;
  }

  /**
   * An aggregate: its own copies of every variable in it; an aggregate function's by-list
   * links it to the outer query's tuples (blank-insensitive for chars); nothing → 0.
   */
  private aggregate(agg: Aggregate, outer: Scope): string {
    const inner = new Map<string, string>();
    for (const v of variablesOf([agg.arg, ...agg.by, ...agg.where === null ? [] : [agg.where]])) inner.set(v, this.alias(v));
    // (count and countu take chars too: countu's duplicates are equal without blanks)
    const arg = this.isChar(agg.arg) ? this.folded(agg.arg, inner) : this.num(agg.arg, inner);
    // an f4 sum accumulates in f8 and is rounded to f4 once, at the end (PostgreSQL's
    // sum(real) rounds the running sum to real at each step, as INGRES did: src/executor/README.md)
    const f4 = !this.isChar(agg.arg) && this.numType(agg.arg) === 'f4';
    const sum = (distinct: string): string => (f4 ? `sum(${distinct}(${arg})::float8)::real` : `sum(${distinct}${arg})`);
    const fn = {
      count: 'count(*)', countu: `count(distinct ${arg})`, sum: sum(''), sumu: sum('distinct '),
      avg: `avg(${arg})::float8`, avgu: `avg(distinct ${arg})::float8`, min: `min(${arg})`, max: `max(${arg})`,
      any: 'case when count(*) > 0 then 1 else 0 end',
    }[agg.fn];
    const conditions = [
      ...agg.where === null ? [] : [this.qual(agg.where, inner)],
      ...agg.by.map((b) => (this.isChar(b) ? `${this.folded(b, inner)} = ${this.folded(b, outer)}` : `${this.num(b, inner)} = ${this.num(b, outer)}`)),
    ];
    const from = [...inner].map(([v, alias]) => `${this.relationOf(v)} ${alias}`).join(', ');
    return `(select coalesce(${fn}, 0)${from === '' ? '' : ` from ${from}`}${conditions.length === 0 ? '' : ` where ${conditions.join(' and ')}`})`;
  }

  /** the variables of the outer query: outside aggregates, and in aggregate functions' by-lists */
  private outerVariables(stmt: RetrieveStmt): Set<string> {
    const exprs = stmt.targets.flatMap((t) => (t.kind === 'TargetExpr' ? [t.expr] : []));
    return variablesOf(stmt.where === null ? exprs : [...exprs, stmt.where]);
  }

  private attr(variable: string, attribute: string, scope: Scope): string {
    const alias = scope.get(variable);
    if (alias === undefined) throw new Error(`variable ${variable} is not in scope`);
    return `${alias}.${attribute}`;
  }

  private alias(variable: string): string {
    return `${variable}_${++this.aliases}`;
  }

  private relationOf(variable: string): string {
    const name = this.ranges.get(variable);
    if (name === undefined) throw new Error(`no range for ${variable}`);
    return name;
  }

  private typeOf(variable: string, attribute: string): string {
    const rel = this.relations.find((r) => r.name === this.relationOf(variable));
    const type = rel?.types[attribute];
    if (type === undefined) throw new Error(`no attribute ${variable}.${attribute}`);
    return type;
  }
}

/**
 * The variables of a query (block) whose parts are `exprs`: those they mention outside
 * aggregates, and those of aggregate functions' by-lists (which link them to it). An
 * aggregate's other variables are its own, even when they share a name (simple aggregates
 * are fully local).
 */
function variablesOf(exprs: readonly Expr[]): Set<string> {
  const found = new Set<string>();
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'AttrRef':
        found.add(e.variable);
        return;
      case 'Aggregate':
        e.by.forEach(walk);
        return;
      case 'Unary': case 'Not':
        walk(e.operand);
        return;
      case 'Binary': case 'Compare': case 'Logical':
        walk(e.left);
        walk(e.right);
        return;
      case 'Call':
        e.args.forEach(walk);
        return;
      default:
    }
  };
  exprs.forEach(walk);
  return found;
}
