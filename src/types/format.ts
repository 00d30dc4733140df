/*
 * format.ts — the terminal monitor's output layout (QUEL.md §8, iutil/printup.c and
 * gutil/ftoa.c): column widths from the -c -i -f flags, numbers right-justified with '*'
 * fill on overflow, floats in the e/E/f/F/g/G/n/N styles (n10.3 by default: F form when it
 * fits, else E form, correctly rounded), chars left-justified, and the whole `|`-separated
 * block with header and rule lines.
 */
import type { FloatFormat, FormatOptions, QType, Value } from './value.js';

/** INGRES's MAXNAME: a header never shows more than 12 characters of a domain name. */
export const HEADER_NAME_MAX = 12;

export const DEFAULT_FORMAT_OPTIONS: FormatOptions = Object.freeze({
  charWidthMin: 6,
  intWidth: Object.freeze({ 1: 6, 2: 6, 4: 13 }),
  floatFormat: Object.freeze({
    4: Object.freeze({ style: 'n', width: 10, precision: 3 }),
    8: Object.freeze({ style: 'n', width: 10, precision: 3 }),
  }),
  separator: '|',
}) as FormatOptions;

/** Column width for a type under the options (i1/i2 6, i4 13, f 10, c max(len, 6)). */
export function columnWidth(type: QType, options: FormatOptions): number {
  switch (type.kind) {
    case 'i':
      return type.length === 1
        ? options.intWidth[1]
        : type.length === 2
          ? options.intWidth[2]
          : options.intWidth[4];
    case 'f':
      return type.length === 4 ? options.floatFormat[4].width : options.floatFormat[8].width;
    case 'c':
      return Math.max(type.length, options.charWidthMin);
  }
}

function stars(width: number): string {
  return '*'.repeat(Math.max(0, width));
}

/** Digits of |value| with exactly `precision` decimals (C's fcvt), split at the point. */
function fixedDigits(magnitude: number, precision: number): { integer: string; fraction: string } {
  if (magnitude < 1e21) {
    const text = magnitude.toFixed(precision);
    const point = text.indexOf('.');
    if (point < 0) return { integer: text, fraction: '' };
    return { integer: text.slice(0, point), fraction: text.slice(point + 1) };
  }
  // Doubles this large are integers: BigInt prints them exactly.
  return { integer: BigInt(magnitude).toString(), fraction: '0'.repeat(precision) };
}

/**
 * C-style ftoa(value, width, precision, style): the text of a float, at most `width`
 * characters when it fits (right-justify it yourself), else `width` stars.
 * e/E: E form; f/F: F form; g/G: F form if it fits with 4 columns to spare (then 4 trailing
 * blanks, so points line up with E-form rows), else E form; n/N: F form if it fits, else E.
 * Upper-case styles print 'E', lower-case 'e'.
 */
export function formatFloat(value: number, format: FloatFormat): string {
  const { width, style } = format;
  const precision = Math.max(0, Math.min(100, Math.trunc(format.precision)));
  const mode = style.toUpperCase();
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value)) return stars(width);
  if (mode !== 'E') {
    const { integer, fraction } = fixedDigits(magnitude, precision);
    // A value that prints as zero gets no sign (C would print -0.000 for -0.0001).
    const zero = /^[0.]*$/.test(integer + fraction);
    const text = `${value < 0 && !zero ? '-' : ''}${integer}.${fraction}`;
    const spare = mode === 'G' ? 4 : 0;
    if (text.length + spare <= width) return mode === 'G' ? `${text}    ` : text;
    if (mode === 'F') return stars(width);
  }
  const negative = value < 0;
  const sign = negative ? '-' : '';
  const available = width - 5 - (negative ? 1 : 0);
  if (available < precision) return stars(width);
  const exponential = magnitude.toExponential(precision);
  const split = exponential.indexOf('e');
  let mantissa = exponential.slice(0, split);
  if (!mantissa.includes('.')) mantissa += '.';
  const exponent = Number(exponential.slice(split + 1));
  const exponentText = String(Math.abs(exponent)).padStart(2, '0');
  const letter = style === mode ? 'E' : 'e';
  const text = `${sign}${mantissa}${letter}${exponent < 0 ? '-' : '+'}${exponentText}`;
  return text.length > width ? stars(width) : text;
}

/** Right-justify `text` in `width`, or stars when it is wider (printfatt). */
function rightJustify(text: string, width: number): string {
  if (text.length > width) return stars(width);
  return text.padStart(width, ' ');
}

/** The text of a value without padding, as `ascii()` and copy `c0` produce it (numbers by
 *  the monitor widths: an int wider than its width is cut, a float gets stars). */
export function valueText(value: Value, type: QType, options: FormatOptions): string {
  if (typeof value === 'string') return value;
  if (type.kind === 'f') {
    const format = type.length === 4 ? options.floatFormat[4] : options.floatFormat[8];
    return formatFloat(value, format);
  }
  return String(value === 0 ? 0 : value);
}

/** One field's text, exactly `columnWidth` characters: numbers right-justified, overflow
 *  → '*' × width, floats n10.3 style; chars left-justified and blank padded. */
export function formatValue(value: Value, type: QType, options: FormatOptions): string {
  const width = columnWidth(type, options);
  if (typeof value === 'string') {
    return value.length >= width ? value.slice(0, width) : value.padEnd(width, ' ');
  }
  if (type.kind === 'f') {
    const format = type.length === 4 ? options.floatFormat[4] : options.floatFormat[8];
    return rightJustify(formatFloat(value, format), width);
  }
  return rightJustify(String(value === 0 ? 0 : value), width);
}

export interface TableColumn {
  readonly name: string;
  readonly type: QType;
}

/** The header line (domain names truncated to the width and to 12 characters). */
export function formatHeader(columns: readonly TableColumn[], options: FormatOptions): string {
  let line = '';
  for (const column of columns) {
    const width = columnWidth(column.type, options);
    const name = column.name.slice(0, Math.min(width, HEADER_NAME_MAX));
    line += options.separator + name.padEnd(width, ' ');
  }
  return `${line}${options.separator}\n`;
}

/** The rule line: separator, dashes × (Σ(width+1) − 1), separator. */
export function formatRule(columns: readonly TableColumn[], options: FormatOptions): string {
  let total = 0;
  for (const column of columns) total += columnWidth(column.type, options) + 1;
  return `${options.separator}${'-'.repeat(Math.max(0, total - 1))}${options.separator}\n`;
}

/** One field's formatter, with width and float format looked up once. */
function fieldFormatter(type: QType, options: FormatOptions): (value: Value | undefined) => string {
  const width = columnWidth(type, options);
  const blanks = ' '.repeat(width);
  if (type.kind === 'c') {
    return (value) => {
      const text = typeof value === 'string' ? value : '';
      return text.length >= width ? text.slice(0, width) : text + blanks.slice(text.length);
    };
  }
  const justify = (text: string): string =>
    text.length > width ? stars(width) : blanks.slice(text.length) + text;
  if (type.kind === 'f') {
    const format = type.length === 4 ? options.floatFormat[4] : options.floatFormat[8];
    return (value) => justify(formatFloat(typeof value === 'number' ? value : 0, format));
  }
  return (value) => justify(typeof value === 'number' && value !== 0 ? String(value) : '0');
}

/** A function printing row lines for these columns (the per-column work done once). */
export function rowFormatter(
  columns: readonly TableColumn[],
  options: FormatOptions,
): (row: readonly Value[]) => string {
  const fields = columns.map((column) => fieldFormatter(column.type, options));
  const separator = options.separator;
  const end = `${separator}\n`;
  return (row) => {
    let line = '';
    for (let index = 0; index < fields.length; index++) {
      line += separator + (fields[index] as (value: Value | undefined) => string)(row[index]);
    }
    return line + end;
  };
}

/** One row line: separator before every field and at the end. */
export function formatRow(
  columns: readonly TableColumn[],
  row: readonly Value[],
  options: FormatOptions,
): string {
  return rowFormatter(columns, options)(row);
}

/** The title line `print R` puts before its block: "R relation". */
export function printTitle(relation: string): string {
  return `${relation} relation`;
}

/**
 * The INGRES block: [`\n` + title + `\n`] + `\n` + header + rule + rows + rule.
 * `title` is the whole title line (use printTitle(name) for `print`), null for retrieve.
 */
export function formatTable(
  title: string | null,
  columns: readonly TableColumn[],
  rows: readonly (readonly Value[])[],
  options: FormatOptions,
): string {
  const parts: string[] = [formatTableHead(title, columns, options)];
  const format = rowFormatter(columns, options);
  for (const row of rows) parts.push(format(row));
  parts.push(formatRule(columns, options));
  return parts.join('');
}

/** formatTable up to the rows: [title], header, rule (a table printed as its rows come). */
export function formatTableHead(title: string | null, columns: readonly TableColumn[], options: FormatOptions): string {
  return `${title === null ? '' : `\n${title}\n`}\n${formatHeader(columns, options)}${formatRule(columns, options)}`;
}

const FLOAT_FLAG_RE = /^f([48])([eEfFgGnN])(\d+)(?:\.(\d+))?$/;

/**
 * Apply one monitor format flag (without its leading '-'): `cN`, `i1N` `i2N` `i4N`,
 * `f4xM.N` `f8xM.N`, `vX`. Returns the new options, or null when the flag is not a format
 * flag or is malformed. Widths are limited to 1..255.
 */
export function applyFormatFlag(flag: string, options: FormatOptions): FormatOptions | null {
  const body = flag.startsWith('-') ? flag.slice(1) : flag;
  const letter = body[0];
  const rest = body.slice(1);
  const width = (text: string): number | null => {
    if (!/^\d{1,3}$/.test(text)) return null;
    const number = Number(text);
    return number >= 1 && number <= 255 ? number : null;
  };
  if (letter === 'c') {
    const charWidthMin = rest === '' ? 0 : /^\d{1,3}$/.test(rest) ? Number(rest) : null;
    if (charWidthMin === null || charWidthMin > 255) return null;
    return { ...options, charWidthMin };
  }
  if (letter === 'i') {
    const length = rest[0];
    const value = width(rest.slice(1));
    if (value === null || (length !== '1' && length !== '2' && length !== '4')) return null;
    return { ...options, intWidth: { ...options.intWidth, [length]: value } };
  }
  if (letter === 'f') {
    const match = FLOAT_FLAG_RE.exec(body);
    if (match === null) return null;
    const value = width(match[3] as string);
    if (value === null) return null;
    const precision = match[4] === undefined ? 0 : Number(match[4]);
    const floatFormat: FloatFormat = {
      style: match[2] as FloatFormat['style'],
      width: value,
      precision: Math.min(precision, 100),
    };
    const floatFormats = { ...options.floatFormat, [match[1] as string]: floatFormat };
    return { ...options, floatFormat: floatFormats };
  }
  if (letter === 'v' && rest.length === 1) return { ...options, separator: rest };
  return null;
}
