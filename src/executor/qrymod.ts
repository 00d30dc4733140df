/*
 * qrymod.ts — query modification objects: views, permits and integrity constraints
 * (define / destroy / help), integrity enforcement on append and replace, and the
 * permit check for users who do not own a relation. Definitions are stored as QUEL text
 * (definitions.ts) and re-analyzed when used.
 */
import type * as ast from '../parser/ast.js';
import type { StatementResult } from '../dbsys/session-api.js';
import type { DefinitionDesc, RelationDesc } from '../storage/api.js';
import { CATALOG_LOCK } from '../storage/api.js';
import { ingresError } from '../common/errors.js';
import type { Value } from '../types/value.js';
import { charType } from '../types/index.js';
import { bindQual, bindTargetList, fixedScope, lookupRelation, newContext } from './analyzer.js';
import type { ScopeEntry } from './analyzer.js';
import { compilePred } from './compile.js';
import { runBlock } from './block-exec.js';
import { definitionBody, definitionText, parseDefinitionDesc, variablesOf } from './definitions.js';
import type { ParsedDefinition } from './definitions.js';
import { BOOL } from './bound.js';
import type { BExpr, Block } from './bound.js';
import { lockSet } from './env.js';
import type { PreparedStatement, StatementEnv } from './env.js';

export type PermitOp = 'retrieve' | 'append' | 'replace' | 'delete';

function needsPermit(env: StatementEnv, relation: RelationDesc): boolean {
  return relation.kind !== 'catalog' && relation.owner !== env.user && env.user !== env.dba;
}

/** The permits of `relation` that let this user do `op` on all of `domains`. */
function applicablePermits(
  env: StatementEnv,
  relation: RelationDesc,
  op: PermitOp,
  domains: Iterable<string>,
): ParsedDefinition[] {
  const wanted = [...domains];
  const found: ParsedDefinition[] = [];
  let now: Date | undefined;
  for (const desc of env.txn.definitions(relation.name, 'permit')) {
    const parsed = parseDefinitionDesc(desc);
    const stmt = parsed.statement;
    if (stmt.kind !== 'DefinePermit') continue;
    const opOk = stmt.ops.includes('all') || stmt.ops.includes(op);
    const userOk = stmt.user === 'all' || stmt.user === env.user;
    const domainsOk = stmt.domains.length === 0 || wanted.every((d) => stmt.domains.includes(d));
    if (opOk && userOk && domainsOk && permitApplies(stmt, now ??= new Date())) found.push(parsed);
  }
  return found;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** `mon` or `monday` → 1 (Sunday 0); 3594 for anything else */
function dayOfWeek(name: string, line: number): number {
  const day = name.toLowerCase();
  const index = DAYS.findIndex((d) => d === day || d.slice(0, 3) === day);
  if (index < 0) throw ingresError(3594, line, name);
  return index;
}

/** `H:MM` → minutes after midnight (0:00 … 24:00); 3593 for a time that is not one */
function minuteOfDay(time: string, line: number): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (!(h >= 0 && h <= 24 && m >= 0 && m <= 59) || h === 24 && m !== 0) throw ingresError(3593, line, time);
  return h * 60 + m;
}

/**
 * A permit's terminal, time-of-day and day-of-week clauses allow `now` (the daemon's local
 * time, as INGRES's proappl read the machine's clock): both ends inclusive, and a window
 * whose end comes before its start wraps (`from 22:00 to 6:00`, `on fri to mon`). A permit
 * for one terminal (`at tty4`) never applies here: sessions come over the network and name
 * no terminal, so it is kept for `help permit` and grants nothing.
 */
export function permitApplies(stmt: ast.DefinePermitStmt, now: Date): boolean {
  if (stmt.terminal !== 'all') return false;
  const line = stmt.pos.line;
  const within = (from: number, to: number, at: number): boolean => from <= to ? from <= at && at <= to : at >= from || at <= to;
  if (stmt.timeFrom !== null && stmt.timeTo !== null) {
    const minute = now.getHours() * 60 + now.getMinutes();
    if (!within(minuteOfDay(stmt.timeFrom, line), minuteOfDay(stmt.timeTo, line), minute)) return false;
  }
  if (stmt.dayFrom !== null && stmt.dayTo !== null) {
    if (!within(dayOfWeek(stmt.dayFrom, line), dayOfWeek(stmt.dayTo, line), now.getDay())) return false;
  }
  return true;
}

/**
 * Permits on a whole relation (print, copy): the owner (and everyone for catalogs) may do
 * anything; any other user needs a permit for the operation without a qualification.
 */
export function checkAccess(env: StatementEnv, relation: RelationDesc, op: PermitOp): void {
  if (!needsPermit(env, relation)) return;
  const names = relation.attributes.map((a) => a.name);
  const permits = applicablePermits(env, relation, op, names);
  if (!permits.some((p) => p.statement.kind === 'DefinePermit' && p.statement.where === null)) {
    throw ingresError(3500, relation.name);
  }
}

/** Permit check for the target of an append: the operation on the assigned domains. */
export function checkAppendPermit(env: StatementEnv, relation: RelationDesc, domains: readonly string[]): void {
  if (needsPermit(env, relation) && applicablePermits(env, relation, 'append', domains).length === 0) {
    throw ingresError(3500, relation.name);
  }
}

function attributesUsed(expr: BExpr, into: Map<number, Set<number>>): void {
  switch (expr.k) {
    case 'attr': {
      const set = into.get(expr.slot) ?? new Set<number>();
      set.add(expr.index);
      into.set(expr.slot, set);
      break;
    }
    case 'neg':
    case 'not':
      attributesUsed(expr.operand, into);
      break;
    case 'arith':
    case 'cmp':
    case 'logic':
      attributesUsed(expr.left, into);
      attributesUsed(expr.right, into);
      break;
    case 'call':
      for (const a of expr.args) attributesUsed(a, into);
      break;
    case 'agg':
    case 'aggPresent':
      for (const b of expr.agg.outerBy) attributesUsed(b, into);
      break;
    case 'const':
      break;
  }
}

/**
 * Query modification for permits (users who do not own a relation): every slot needs a
 * permit for its operation covering every domain the statement uses of it (3500
 * otherwise); the qualifications of the applicable permits, ORed, are ANDed to the block
 * (a permit without one leaves the slot unrestricted). Aggregate blocks are checked the
 * same way. A permit applies only within its time of day and days of week
 * (`permitApplies`).
 */
export function applyPermits(
  env: StatementEnv,
  block: Block,
  extra: readonly BExpr[],
  target?: { readonly slot: number; readonly op: PermitOp; readonly attributes: readonly number[] },
): void {
  for (const agg of block.aggs) applyPermits(env, agg.block, [agg.arg, ...agg.by]);
  const used = new Map<number, Set<number>>();
  for (const c of block.clauses) attributesUsed(c, used);
  for (const e of extra) attributesUsed(e, used);
  if (target !== undefined) {
    const set = used.get(target.slot) ?? new Set<number>();
    for (const a of target.attributes) set.add(a);
    used.set(target.slot, set);
  }
  const slotCount = block.slots.length;
  for (let slot = 0; slot < slotCount; slot++) {
    const relation = block.slots[slot]!.relation;
    if (!needsPermit(env, relation)) continue;
    const op = target?.slot === slot ? target.op : 'retrieve';
    const names = [...(used.get(slot) ?? [])].map((i) => relation.attributes[i]!.name);
    const permits = applicablePermits(env, relation, op, names);
    if (permits.length === 0) throw ingresError(3500, relation.name);
    let combined: BExpr | null = null;
    let unrestricted = false;
    for (const permit of permits) {
      const stmt = permit.statement;
      if (stmt.kind !== 'DefinePermit') continue;
      if (stmt.where === null) {
        unrestricted = true;
        break;
      }
      const scope = fixedScope(env.txn, `$permit${permit.id}@${slot}`, permit.ranges);
      block.bindings.set(`${scope.id}\u0000${stmt.variable}`, slot);
      const ctx = newContext({ txn: env.txn, user: env.user, dba: env.dba }, scope, block);
      const qual = bindQual(ctx, stmt.where);
      combined = combined === null ? qual : { k: 'logic', type: BOOL, op: 'or', left: combined, right: qual };
    }
    if (!unrestricted && combined !== null) block.clauses.push(combined);
  }
}

/** A predicate over a new tuple of `relation`: true when every integrity constraint holds. */
export function integrityCheck(
  env: StatementEnv,
  relation: RelationDesc,
): (values: readonly Value[]) => boolean {
  const preds: ((values: readonly Value[]) => boolean)[] = [];
  for (const desc of env.txn.definitions(relation.name, 'integrity')) {
    const parsed = parseDefinitionDesc(desc);
    const stmt = parsed.statement;
    if (stmt.kind !== 'DefineIntegrity') continue;
    const ctx = newContext(
      { txn: env.txn, user: env.user, dba: env.dba },
      fixedScope(env.txn, `$int${desc.id}`, parsed.ranges),
    );
    const qual = bindQual(ctx, stmt.where);
    if (ctx.block.slots.length !== 1) continue;
    const pred = compilePred(qual, new Map());
    preds.push((values) => pred([{ ref: null, values }]));
  }
  if (preds.length === 0) return () => true;
  return (values) => preds.every((p) => p(values));
}

/** variable → relation name for the variables a definition uses (from the session scope). */
function usedRanges(env: StatementEnv, variables: Iterable<string>, line: number): Map<string, string> {
  const ranges = new Map<string, string>();
  for (const variable of variables) {
    const entry: ScopeEntry = env.scope.resolve(variable, line);
    ranges.set(variable, entry.kind === 'relation' ? entry.relation.name : entry.name);
  }
  return ranges;
}

function ownedRelation(env: StatementEnv, entry: ScopeEntry, line: number): RelationDesc | string {
  if (entry.kind === 'view') return entry.name;
  const relation = entry.relation;
  if (relation.kind === 'catalog' || relation.kind === 'index') throw ingresError(2107, line, relation.name);
  if (relation.owner !== env.user && env.user !== env.dba) throw ingresError(3500, relation.name);
  return relation;
}

// ---------------------------------------------------------------- define

export function prepareDefineView(env: StatementEnv, stmt: ast.DefineViewStmt): PreparedStatement {
  const line = stmt.pos.line;
  if (lookupRelation(env.txn, stmt.name) !== undefined) throw ingresError(5102, stmt.name);
  const variables = new Set<string>();
  for (const t of stmt.targets) variablesOf(t, variables);
  variablesOf(stmt.where, variables);
  const ranges = usedRanges(env, variables, line);
  // the definer must own every relation and view it reads (QUEL.md §7; the DBA owns all)
  if (env.user !== env.dba) {
    for (const name of new Set(ranges.values())) {
      if (env.txn.relation(name)?.owner !== env.user) throw ingresError(3500, name);
    }
  }
  // analyze now so that errors show at definition time
  const ctx = newContext(
    { txn: env.txn, user: env.user, dba: env.dba },
    fixedScope(env.txn, '$defview', ranges),
  );
  const columns = bindTargetList(ctx, stmt.targets);
  const names = new Set<string>();
  for (const c of columns) {
    if (names.has(c.name)) throw ingresError(2118, line, c.name);
    names.add(c.name);
  }
  if (stmt.where !== null) bindQual(ctx, stmt.where);
  const text = definitionText(ranges, stmt.text);
  return {
    locks: lockSet([...ranges.values()], [stmt.name, CATALOG_LOCK]),
    writes: true,
    run(): StatementResult[] {
      // a relation entry of kind 'view' (storage extension of CreateRelationSpec) makes the
      // view visible to help and to name checks; its tuples never exist
      const spec = {
        name: stmt.name,
        owner: env.user,
        attributes: columns.map((c) => ({
          name: c.name,
          type: c.expr.type.kind === 'c' && c.expr.type.length === 0 ? charType(1) : c.expr.type,
        })),
        saveDays: 0,
        kind: 'view' as const,
      };
      env.txn.createRelation(spec);
      env.txn.defineObject({ relation: stmt.name, kind: 'view', text });
      return [{ kind: 'done', statement: 'DefineView', tuples: null }];
    },
  };
}

export function prepareDefinePermit(env: StatementEnv, stmt: ast.DefinePermitStmt): PreparedStatement {
  const line = stmt.pos.line;
  const entry = env.scope.resolve(stmt.variable, line);
  const owned = ownedRelation(env, entry, line);
  const relationName = typeof owned === 'string' ? owned : owned.name;
  const variables = new Set<string>([stmt.variable]);
  variablesOf(stmt.where, variables);
  const ranges = usedRanges(env, variables, line);
  // a bad time of day or day of week is refused now (3593, 3594), not at every use
  permitApplies(stmt, new Date());
  if (stmt.where !== null) {
    const ctx = newContext(
      { txn: env.txn, user: env.user, dba: env.dba },
      fixedScope(env.txn, '$defpermit', ranges),
    );
    bindQual(ctx, stmt.where);
  }
  const text = definitionText(ranges, stmt.text);
  return {
    locks: lockSet([], [relationName, CATALOG_LOCK]),
    writes: true,
    run(): StatementResult[] {
      env.txn.defineObject({ relation: relationName, kind: 'permit', text });
      return [{ kind: 'done', statement: 'DefinePermit', tuples: null }];
    },
  };
}

function hasAggregate(expr: ast.Expr | null): boolean {
  if (expr === null) return false;
  switch (expr.kind) {
    case 'Aggregate':
      return true;
    case 'Unary':
    case 'Not':
      return hasAggregate(expr.operand);
    case 'Binary':
    case 'Compare':
    case 'Logical':
      return hasAggregate(expr.left) || hasAggregate(expr.right);
    case 'Call':
      return expr.args.some(hasAggregate);
    default:
      return false;
  }
}

export function prepareDefineIntegrity(env: StatementEnv, stmt: ast.DefineIntegrityStmt): PreparedStatement {
  const line = stmt.pos.line;
  if (hasAggregate(stmt.where)) throw ingresError(3490);
  const variables = variablesOf(stmt.where, new Set<string>());
  for (const v of variables) if (v !== stmt.variable) throw ingresError(3491);
  const entry = env.scope.resolve(stmt.variable, line);
  if (entry.kind === 'view') throw ingresError(2107, line, entry.name);
  const owned = ownedRelation(env, entry, line);
  const relation = owned as RelationDesc;
  const ranges = new Map([[stmt.variable, relation.name]]);
  const ctx = newContext(
    { txn: env.txn, user: env.user, dba: env.dba },
    fixedScope(env.txn, '$defint', ranges),
  );
  const qual = bindQual(ctx, stmt.where);
  const text = definitionText(ranges, stmt.text);
  return {
    locks: lockSet([], [relation.name, CATALOG_LOCK]),
    writes: true,
    run(): StatementResult[] {
      // the constraint must hold now
      let violated = false;
      const block = ctx.block;
      block.clauses.length = 0;
      block.clauses.push({ k: 'not', type: qual.type, operand: qual });
      runBlock(block, { txn: env.txn, results: new Map() }, () => {
        violated = true;
      });
      if (violated) throw ingresError(3492, relation.name);
      env.txn.defineObject({ relation: relation.name, kind: 'integrity', text });
      return [{ kind: 'done', statement: 'DefineIntegrity', tuples: null }];
    },
  };
}

// ---------------------------------------------------------------- destroy permit / integrity

export function prepareDestroyObjects(
  env: StatementEnv,
  stmt: ast.DestroyPermitStmt | ast.DestroyIntegrityStmt,
): PreparedStatement {
  const kind: DefinitionDesc['kind'] = stmt.kind === 'DestroyPermit' ? 'permit' : 'integrity';
  const entry = lookupRelation(env.txn, stmt.relation);
  if (entry === undefined) throw ingresError(5201, stmt.relation);
  if (entry.kind === 'relation') ownedRelation(env, entry, stmt.pos.line);
  return {
    locks: lockSet([], [stmt.relation, CATALOG_LOCK]),
    writes: true,
    run(): StatementResult[] {
      if (stmt.ids !== 'all') {
        const existing = new Set(env.txn.definitions(stmt.relation, kind).map((d) => d.id));
        for (const id of stmt.ids) {
          if (!existing.has(id)) throw ingresError(kind === 'permit' ? 3501 : 3502, id, stmt.relation);
        }
      }
      const count = env.txn.destroyObjects(stmt.relation, kind, stmt.ids);
      return [{ kind: 'done', statement: stmt.kind, tuples: count }];
    },
  };
}

// ---------------------------------------------------------------- help view / permit / integrity

export function helpDefinitions(
  env: StatementEnv,
  mode: 'view' | 'permit' | 'integrity',
  name: string,
): string {
  const entry = lookupRelation(env.txn, name);
  if (entry === undefined) throw ingresError(5401, name);
  const defs = env.txn.definitions(name, mode);
  if (mode === 'view') {
    const def = defs[0];
    if (def === undefined) return `\n${name} is not a view\n`;
    return `\nView ${name}:\n\n${definitionBody(def.text)}\n\n`;
  }
  if (defs.length === 0) {
    return mode === 'permit' ? `\nNo permissions on ${name}\n` : `\nNo integrity constraints on ${name}\n`;
  }
  const label = mode === 'permit' ? 'Permission' : 'Integrity constraint';
  return defs.map((d) => `\n${label} ${d.id}:\n\n${definitionBody(d.text)}\n`).join('') + '\n';
}
