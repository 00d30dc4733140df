/*
 * demo.ts — the University INGRES demo database as QUEL: one `create` per relation of
 * data/demo/*.tsv (header `domain:format`, QUEL.md §11.A) followed by `append`s of its
 * tuples in file order (in one transaction per relation), run through an ordinary
 * session (the path the monitor uses), in demo/qry's relation order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IngresError } from '../common/errors.js';
import type { QuelSession } from '../dbsys/session-api.js';
import { projectFile } from './project.js';

/** demo/qry's order; any other .tsv files follow alphabetically. */
export const DEMO_RELATIONS: readonly string[] = ['item', 'sale', 'employee', 'dept', 'supplier', 'store', 'parts', 'supply'];

export interface DemoRelation {
  readonly name: string;
  readonly domains: readonly { readonly name: string; readonly format: string }[];
  readonly tuples: readonly (readonly string[])[];
}

export function demoDirectory(): string {
  return projectFile('data', 'demo');
}

/** Parse one demo TSV file. */
export function parseDemoFile(name: string, text: string): DemoRelation {
  const lines = text.split('\n').filter((line) => line !== '');
  const header = lines[0];
  if (header === undefined) throw new IngresError(8008, `data directory of database 'demo' is damaged: ${name}.tsv is empty`);
  const domains = header.split('\t').map((field) => {
    const [domain, format] = field.split(':');
    if (domain === undefined || format === undefined || !/^[ifc]\d+$/.test(format)) {
      throw new IngresError(8000, `demo file ${name}.tsv: bad header field '${field}'`);
    }
    return { name: domain, format };
  });
  const tuples = lines.slice(1).map((line) => line.split('\t'));
  return { name, domains, tuples };
}

export function readDemoRelations(directory = demoDirectory()): DemoRelation[] {
  const files = readdirSync(directory).filter((f) => f.endsWith('.tsv')).map((f) => f.slice(0, -4));
  const order = [...DEMO_RELATIONS.filter((r) => files.includes(r)), ...files.filter((f) => !DEMO_RELATIONS.includes(f)).sort()];
  return order.map((name) => parseDemoFile(name, readFileSync(join(directory, `${name}.tsv`), 'utf8')));
}

/** A QUEL string constant: quotes and pattern characters escaped. */
export function quelString(text: string): string {
  return `"${text.replace(/[\\"*?[\]]/g, (char) => `\\${char}`)}"`;
}

function constant(value: string, format: string): string {
  if (format.startsWith('c')) return quelString(value);
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) throw new IngresError(8000, `demo data: '${value}' is not a number`);
  return value.startsWith('-') ? `(${value})` : value;
}

/** The QUEL statements that create and fill one relation. */
export function demoRelationQuel(relation: DemoRelation): string {
  const create = `create ${relation.name} (${relation.domains.map((d) => `${d.name} = ${d.format}`).join(', ')})\n`;
  const appends = relation.tuples.map((tuple) => {
    const assignments = relation.domains.map((d, index) => `${d.name} = ${constant(tuple[index] ?? '', d.format)}`);
    return `append to ${relation.name} (${assignments.join(', ')})\n`;
  });
  // one transaction for the tuples: one durable commit instead of one per tuple; then,
  // as demo/qry did, everyone may use the relation
  return `${create}begin transaction\n${appends.join('')}end transaction\n` +
    `range of v is ${relation.name}\ndefine permit all on v to all\n`;
}

/** Load the demo relations through `session`; the first error stops the load. */
export async function loadDemo(session: QuelSession, relations = readDemoRelations()): Promise<number> {
  let tuples = 0;
  for (const relation of relations) {
    const results = await session.run(demoRelationQuel(relation));
    for (const result of results) {
      if (result.kind === 'error') throw result.error;
    }
    tuples += relation.tuples.length;
  }
  return tuples;
}
