/*
 * helpers.ts — shared fixtures for the copy codec tests: field lists from a compact
 * `domain=format` spec, the demo `parts` relation, demo-style binary files (i2 little-endian
 * plus blank-padded chars, as University INGRES's demo/ files), and record → row helpers.
 */
import { parseCopyFormat, relationCopyFormat } from '../../../src/copy/index.js';
import type { CopyField, CopyRecord } from '../../../src/copy/index.js';
import { I2, charType } from '../../../src/types/index.js';
import type { QType, Value } from '../../../src/types/index.js';

/** `fields('a=c0tab,b=c0nl', { a: I2 })`: the copy domain list of a statement. */
export function fields(spec: string, types: Record<string, QType> = {}): CopyField[] {
  return spec.split(',').map((entry) => {
    const [domain, format] = entry.split('=') as [string, string];
    return { domain, format: parseCopyFormat(format, domain), type: types[domain] };
  });
}

export interface Column {
  readonly name: string;
  readonly type: QType;
}

export const PARTS: readonly Column[] = [
  { name: 'pnum', type: I2 },
  { name: 'pname', type: charType(20) },
  { name: 'color', type: charType(8) },
  { name: 'weight', type: I2 },
  { name: 'qoh', type: I2 },
];
export const PARTS_NAMES = PARTS.map((column) => column.name);

export const PARTS_ROWS: readonly Value[][] = [
  [1, 'central processor', 'pink', 10, 1],
  [2, 'memory', 'gray', 20, 32],
  [3, 'disk drive', 'black', 685, 2],
  [4, 'tape drive', 'black', 450, 4],
  [-5, 'tapes', 'gray', 1, 250],
];

/** `copy R (d is <its own format>, ...)` for every domain of R. */
export function namedFormats(columns: readonly Column[]): CopyField[] {
  return columns.map((column) => ({
    domain: column.name,
    format: parseCopyFormat(`${column.type.kind}${column.type.length}`, column.name),
    type: column.type,
  }));
}

/** `copy R () ...`: the relation's own formats. */
export function relationFormats(columns: readonly Column[]): CopyField[] {
  return columns.map((column) => ({
    domain: column.name,
    format: relationCopyFormat(column.type),
    type: column.type,
  }));
}

/** A demo-style data file: i2 little-endian, chars blank padded to their length. */
export function demoFile(columns: readonly Column[], rows: readonly Value[][]): Buffer {
  const parts: Buffer[] = [];
  for (const row of rows) {
    columns.forEach((column, index) => {
      const value = row[index] as Value;
      if (column.type.kind === 'c') {
        parts.push(Buffer.from(String(value).padEnd(column.type.length, ' '), 'latin1'));
      } else {
        const field = Buffer.alloc(2);
        field.writeInt16LE(value as number);
        parts.push(field);
      }
    });
  }
  return Buffer.concat(parts);
}

/** Values of the records in the order of `names`. */
export function rowsOf(records: readonly CopyRecord[], names: readonly string[]): Value[][] {
  return records.map((record) => names.map((name) => record.values.get(name) as Value));
}

/** A Map of domain values from an object. */
export function valuesOf(entries: Record<string, Value>): Map<string, Value> {
  return new Map(Object.entries(entries));
}
