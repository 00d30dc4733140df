/*
 * ddl-text.ts — the QUEL text of a catalog statement, as shipped to the other hosts in the
 * 2PC (UP_SYS, DISTRIBUTED.md decision 3): create (placement always explicit), destroy,
 * index, modify, save, destroy permit/integrity, define view/permit/integrity (their own
 * text after the range declarations they need), and retrieve into's create + modify.
 */
import type * as ast from '../../parser/ast.js';
import type { RelationDesc } from '../../storage/api.js';
import { formatName } from '../../types/value.js';

/** Statement kinds that change the catalog (shipped as UP_SYS). */
export const CATALOG_KINDS = new Set<ast.StatementKind>([
  'Create', 'Destroy', 'DestroyPermit', 'DestroyIntegrity', 'Index', 'Modify', 'Save',
  'DefineView', 'DefinePermit', 'DefineIntegrity',
]);

export function isCatalogStatement(stmt: ast.Statement): boolean {
  return CATALOG_KINDS.has(stmt.kind) || (stmt.kind === 'Retrieve' && stmt.into !== null);
}

/**
 * UP_SYS texts say whose statement they are (the owner of what they create, the user
 * whose rights they need): a leading comment `/* user NAME *\/`, read by userOf.
 */
export function withUser(user: string, text: string): string {
  return `/* user ${user} */\n${text}`;
}

/** The user a shipped catalog text runs as (withUser's comment), else `fallback`. */
export function userOf(text: string, fallback: string): string {
  return /^\/\* user (\S+) \*\//.exec(text)?.[1] ?? fallback;
}

function ids(list: readonly number[] | 'all'): string {
  return list === 'all' ? 'all' : list.join(', ');
}

/**
 * The text of a catalog statement. `ranges` are the session's range declarations (a define
 * statement's text refers to them); `created` is a retrieve into's new relation.
 */
export function catalogText(stmt: ast.Statement, ranges: ReadonlyMap<string, string>, created?: RelationDesc): string {
  const rangeLines = (): string =>
    [...ranges].map(([v, r]) => `range of ${v} is ${r}\n`).join('');
  switch (stmt.kind) {
    case 'Create':
      return `create ${stmt.relation} (${stmt.attributes.map((a) => `${a.name} = ${a.format}`).join(', ')})` +
        (stmt.placement !== null ? ` at ${stmt.placement}` : '');
    case 'Destroy':
      return `destroy ${stmt.relations.join(', ')}`;
    case 'DestroyPermit':
      return `destroy permit ${stmt.relation} ${ids(stmt.ids)}`;
    case 'DestroyIntegrity':
      return `destroy integrity ${stmt.relation} ${ids(stmt.ids)}`;
    case 'Index':
      return `index on ${stmt.relation} is ${stmt.name} (${stmt.attributes.join(', ')})`;
    case 'Modify': {
      let text = `modify ${stmt.relation} to ${stmt.structure}`;
      if (stmt.keys.length > 0) {
        text += ` on ${stmt.keys.map((k) => (k.order === null ? k.name : `${k.name}:${k.order}`)).join(', ')}`;
      }
      if (stmt.options.length > 0) text += ` where ${stmt.options.map((o) => `${o.name} = ${o.value}`).join(', ')}`;
      return text;
    }
    case 'Save':
      return stmt.until === null
        ? `save ${stmt.relation}`
        : `save ${stmt.relation} until ${stmt.until.month} ${stmt.until.day} ${stmt.until.year}`;
    case 'DefineView':
    case 'DefinePermit':
    case 'DefineIntegrity':
      return rangeLines() + stmt.text;
    case 'Retrieve': {
      if (created === undefined) throw new Error('retrieve into without its relation');
      let text = `create ${created.name} (${created.attributes.map((a) => `${a.name} = ${formatName(a.type)}`).join(', ')})` +
        (created.host !== null ? ` at ${created.host}` : '');
      const structure = (created.compressed ? 'c' : '') + created.structure;
      if (created.structure !== 'heap' || created.compressed) {
        text += `\nmodify ${created.name} to ${structure}`;
        if (created.keys.length > 0) {
          text += ` on ${created.keys.map((k) => `${created.attributes[k.attribute]?.name ?? ''}:${k.order}`).join(', ')}`;
        }
      }
      return text;
    }
    default:
      throw new Error(`${stmt.kind} is not a catalog statement`);
  }
}
