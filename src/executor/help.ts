/*
 * help.ts — `help`, `help all`, `help R…`, `help "section"` and help view/permit/integrity,
 * laid out as University INGRES's dbu/help.c printed them (relation list, then per
 * relation: Relation/Owner/Tuple width/Saved until/Number of tuples/Storage structure/
 * Relation type, and the attribute table). Views show their columns from the definition.
 */
import type * as ast from '../parser/ast.js';
import type { StatementResult } from '../dbsys/session-api.js';
import type { RelationDesc } from '../storage/api.js';
import { CATALOG_LOCK } from '../storage/api.js';
import { ingresError, toIngresError } from '../common/errors.js';
import type { QType } from '../types/value.js';
import { bindVariable, lookupRelation, newContext } from './analyzer.js';
import { lockSet } from './env.js';
import type { PreparedStatement, StatementEnv } from './env.js';
import { helpDefinitions } from './qrymod.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** C library ctime() layout: "Sat Nov 21 11:31:03 2026\n". */
export function ctime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getDay()]} ${MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2)} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} ${d.getFullYear()}\n`;
}

function structureText(relation: RelationDesc): string {
  const prefix = relation.compressed ? 'compressed ' : '';
  switch (relation.structure) {
    case 'heap':
      return `${prefix}paged heap`;
    case 'heapsort':
      // INGRES's help knew only heap, ISAM and hash: a sorted heap is a heap
      return `${prefix}paged heap`;
    case 'isam':
      return `${prefix}ISAM file`;
    case 'hash':
      return `${prefix}random hash`;
    case 'btree':
      return `${prefix}B-tree file`;
  }
}

function relationType(relation: RelationDesc): string {
  switch (relation.kind) {
    case 'catalog':
      return 'system catalog';
    case 'view':
      return 'view';
    case 'index':
      return `secondary index on ${relation.indexOf ?? 'unknown relation'}`;
    case 'user':
      return 'user relation';
  }
}

function attributeLines(attributes: readonly { name: string; type: QType; keyNo: number }[]): string {
  let text = '\n attribute name    type  length  keyno.\n\n';
  for (const a of attributes) {
    text += ` ${a.name}\t    ${a.type.kind}${String(a.type.length).padStart(8)}`;
    if (a.keyNo !== 0) text += String(a.keyNo).padStart(7);
    text += '\n';
  }
  return `${text}\n`;
}

function viewColumns(env: StatementEnv, name: string): { name: string; type: QType; keyNo: number }[] {
  const ctx = newContext(
    { txn: env.txn, user: env.user, dba: env.dba },
    {
      id: '$help',
      resolve: () => ({ kind: 'view', name }),
    },
  );
  const bound = bindVariable(ctx, name, 1);
  if (typeof bound === 'number') return [];
  return bound.columnOrder.map((c) => ({ name: c, type: bound.columns.get(c)!.type, keyNo: 0 }));
}

/** One relation's description (rel_fmt). */
export function describeRelation(env: StatementEnv, name: string): string {
  const entry = lookupRelation(env.txn, name);
  if (entry === undefined) throw ingresError(5401, name);
  const relation = entry.kind === 'relation' ? entry.relation : env.txn.relation(name);
  if (relation === undefined || entry.kind === 'view') {
    const owner = relation?.owner ?? env.user;
    let text = `\nRelation:\t\t${name}\nOwner:\t\t\t${owner}\n`;
    if (relation?.host != null) text += `Host:\t\t\t${relation.host}\n`;
    text += `Tuple width:\t\t${viewColumns(env, name).reduce((w, c) => w + c.type.length, 0)}\n`;
    text += 'Relation type:\t\tview\n\n';
    return text + attributeLines(viewColumns(env, name));
  }
  let text = `\nRelation:\t\t${relation.name}\nOwner:\t\t\t${relation.owner}\n`;
  if (relation.host !== null) text += `Host:\t\t\t${relation.host}\n`;
  text += `Tuple width:\t\t${relation.width}\n`;
  if (relation.saveUntil !== 0) text += `Saved until:\t\t${ctime(relation.saveUntil)}`;
  // (negative: held by a host that is down — the distributed master's help counts)
  text += `Number of tuples:\t${relation.tupleCount < 0 ? `unknown (host ${relation.host ?? '?'} is down)` : relation.tupleCount}\n`;
  text += `Storage structure:\t${structureText(relation)}\n`;
  text += `Relation type:\t\t${relationType(relation)}\n`;
  if (relation.indexes.length > 0) text += `Secondary Indices:\t${relation.indexes.join(', ')}`;
  text += '\n';
  return text + attributeLines(relation.attributes);
}

/** `help`: every relation with its owner. */
function relationList(env: StatementEnv): string {
  let text = '\n relation name     relation owner\n\n';
  for (const relation of env.txn.relations()) text += ` ${relation.name.padEnd(12)}      ${relation.owner}\n`;
  return `${text}\n`;
}

const SECTIONS: ReadonlyMap<string, string> = new Map([
  ['append', 'append [to] REL (dom = expr {, dom = expr}) [where QUAL]'],
  ['copy', 'copy REL ([dom = FMT {, dom = FMT}]) into|from "/full/path"'],
  ['create', 'create REL (dom = FMT {, dom = FMT}) [at HOST]'],
  ['define', 'define view|permit|integrity ...'],
  ['delete', 'delete VAR [where QUAL]'],
  ['destroy', 'destroy REL {, REL} | destroy permit|integrity REL (INT {, INT} | all)'],
  ['help', 'help [all | REL {, REL} | "section" | view|permit|integrity REL]'],
  ['index', 'index on REL is NAME (dom {, dom})'],
  ['modify', 'modify REL to STRUCTURE [on key[:ORDER] {, key}] [where OPTION = N {, ...}]'],
  ['print', 'print REL {, REL}'],
  ['range', 'range of VAR is REL'],
  ['replace', 'replace VAR (dom = expr {, dom = expr}) [where QUAL]'],
  [
    'retrieve',
    'retrieve [[into] REL] [unique] (TLIST) [where QUAL] [sort by dom[:ascending|:descending] {, ...}]',
  ],
  ['save', 'save REL [until MONTH DAY YEAR]'],
  ['transaction', 'begin transaction | end transaction | abort'],
]);

function section(name: string, line: number): string {
  if (name === '') return `\nQUEL statements:\n\n${[...SECTIONS.keys()].map((k) => `\t${k}\n`).join('')}\n`;
  const text = SECTIONS.get(name);
  if (text === undefined) throw ingresError(2141, line, name);
  return `\n${name}:\n\n\t${text}\n\n`;
}

export function prepareHelp(env: StatementEnv, stmt: ast.HelpStmt): PreparedStatement {
  const names = stmt.names.filter((n) => !n.section).map((n) => n.name);
  return {
    locks: lockSet([...names, CATALOG_LOCK], []),
    writes: false,
    run(): StatementResult[] {
      switch (stmt.mode) {
        case 'list':
          return [{ kind: 'text', text: relationList(env) }];
        case 'all': {
          const visible = env.txn
            .relations()
            .filter(
              (r) =>
                r.kind !== 'catalog' &&
                !r.name.startsWith('_sys') &&
                (r.owner === env.user || r.owner === env.dba),
            );
          return [{ kind: 'text', text: visible.map((r) => describeRelation(env, r.name)).join('') }];
        }
        case 'relations':
          return stmt.names.map((n) => {
            try {
              return {
                kind: 'text',
                text: n.section ? section(n.name, stmt.pos.line) : describeRelation(env, n.name),
              };
            } catch (error) {
              return { kind: 'error', error: toIngresError(error) };
            }
          });
        case 'view':
        case 'permit':
        case 'integrity':
          return stmt.names.map((n) => {
            try {
              return { kind: 'text', text: helpDefinitions(env, stmt.mode as 'view', n.name) };
            } catch (error) {
              return { kind: 'error', error: toIngresError(error) };
            }
          });
      }
    },
  };
}
