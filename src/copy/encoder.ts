/*
 * encoder.ts — writes copy files (copy REL (...) into "file") as dbu/copy.c rel_file and
 * transfer did: binary numbers little-endian; cN text truncated/blank padded to N bytes,
 * numbers right-justified in it; c0 as fixed width (chars: the domain length, numbers: the
 * monitor print width) followed by its delimiter; dN writes the character named by the
 * domain name N times; d0DELIM writes DELIM. Numbers that do not fit → 5808.
 */
import { ingresError } from '../common/errors.js';
import { columnWidth, DEFAULT_FORMAT_OPTIONS, formatFloat } from '../types/format.js';
import { parseNumberText } from '../types/functions.js';
import { INT_RANGE } from '../types/qtype.js';
import type { FormatOptions, QType, Value } from '../types/value.js';
import type { CopyCodecOptions, CopyField } from './decoder.js';
import { DEFAULT_DELIMITERS, delimiterValue } from './format.js';

const BACKSLASH = 0x5c;
const BLANK = 0x20;

/** A growable byte buffer. */
class ByteWriter {
  private buffer: Buffer;
  length = 0;

  constructor(capacity = 4096) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const next = Buffer.allocUnsafe(capacity);
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  byte(value: number, count = 1): void {
    if (count <= 0) return;
    this.ensure(count);
    const buffer = this.buffer;
    // (a short run by hand: Buffer.fill's checks cost more than the bytes, per field)
    if (count <= 64) for (let at = this.length, end = at + count; at < end; at++) buffer[at] = value;
    else buffer.fill(value, this.length, this.length + count);
    this.length += count;
  }

  /** `text`, all of whose UTF-16 units are below 0x80, one byte each (no encoder call) */
  ascii(text: string): void {
    const n = text.length;
    this.ensure(n);
    const buffer = this.buffer;
    for (let i = 0, at = this.length; i < n; i++, at++) buffer[at] = text.charCodeAt(i);
    this.length += n;
  }

  bytes(source: Uint8Array): void {
    this.ensure(source.length);
    this.buffer.set(source, this.length);
    this.length += source.length;
  }

  /** `text` encoded as `encoding` (utf8: at most 3 bytes a UTF-16 unit; latin1: 1) */
  text(text: string, encoding: 'utf8' | 'latin1'): void {
    this.ensure(encoding === 'utf8' ? 3 * text.length : text.length);
    this.length += this.buffer.write(text, this.length, encoding);
  }

  binary(value: number, type: QType): void {
    this.ensure(8);
    const target = this.buffer;
    const at = this.length;
    if (type.kind === 'i') {
      if (type.length === 1) target.writeInt8(value, at);
      else if (type.length === 2) target.writeInt16LE(value, at);
      else target.writeInt32LE(value, at);
    } else if (type.length === 4) {
      target.writeFloatLE(value, at);
    } else {
      target.writeDoubleLE(value, at);
    }
    this.length += type.length;
  }

  /** The bytes written so far (a copy), and reset. */
  take(): Buffer {
    const out = Buffer.from(this.buffer.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}

/** Encodes relation tuples into copy-file bytes; see the file header. */
export class CopyEncoder {
  private readonly fields: readonly CopyField[];
  private readonly formatOptions: FormatOptions;
  /** Byte written by each dN field (from its domain name); -1 for other fields. */
  private readonly dummyBytes: readonly number[];
  /** per c0 field, the ASCII bytes it protects with a backslash (escapeTable); null for others */
  private readonly escapeTables: readonly (Uint8Array | null)[];
  private readonly writer = new ByteWriter();
  private recordCount = 0;

  constructor(fields: readonly CopyField[], options: CopyCodecOptions = {}) {
    this.fields = fields;
    this.formatOptions = options.formatOptions ?? DEFAULT_FORMAT_OPTIONS;
    this.dummyBytes = fields.map((field) => {
      if (field.format.kind !== 'dummy' || field.format.length === 0) return -1;
      const character = delimiterValue(field.domain);
      if (character === null) throw ingresError(5809, field.domain);
      return character.charCodeAt(0);
    });
    this.escapeTables = fields.map(({ format }) =>
      format.kind === 'dummy' || format.kind === 'binary' || format.length > 0 ? null : escapeTable(format.delimiter ?? DEFAULT_DELIMITERS));
  }

  /** Encode one tuple; `values` maps domain names to values (missing → 0 / blank). */
  encode(values: ReadonlyMap<string, Value>): Buffer {
    this.write(values);
    return this.writer.take();
  }

  /** Encode many tuples into one buffer. */
  encodeRows(rows: Iterable<ReadonlyMap<string, Value>>): Buffer {
    for (const values of rows) this.write(values);
    return this.writer.take();
  }

  /** Encode one tuple after those added before (`take` gets them all). */
  add(values: ReadonlyMap<string, Value>): void {
    this.write(values);
  }

  /** bytes added and not yet taken */
  get pending(): number {
    return this.writer.length;
  }

  /** the bytes added since the last take (a copy), and reset */
  take(): Buffer {
    return this.writer.take();
  }

  private write(values: ReadonlyMap<string, Value>): void {
    this.recordCount++;
    const line = this.recordCount;
    for (let index = 0; index < this.fields.length; index++) {
      const field = this.fields[index] as CopyField;
      const { format } = field;
      if (format.kind === 'dummy') {
        if (format.length > 0) this.writer.byte(this.dummyBytes[index] as number, format.length);
        else if (format.delimiter !== null) this.writer.byte(format.delimiter.charCodeAt(0));
        continue;
      }
      const value = values.get(field.domain) ?? (field.type?.kind === 'c' ? '' : 0);
      if (format.kind === 'binary') {
        this.writer.binary(this.binaryNumber(field, format.type, value, line), format.type);
        continue;
      }
      if (format.length > 0) {
        this.writeText(field, value, format.length, null, null, line);
        continue;
      }
      const width = this.c0Width(field, value);
      this.writeText(field, value, width, format.delimiter ?? DEFAULT_DELIMITERS, this.escapeTables[index] ?? null, line);
      if (format.delimiter !== null) this.writer.byte(format.delimiter.charCodeAt(0));
    }
  }

  /** Width of a c0 field: chars the domain length, numbers the monitor print width. */
  private c0Width(field: CopyField, value: Value): number {
    const type = field.type;
    if (type === undefined) return typeof value === 'string' ? 0 : String(value).length;
    if (type.kind === 'c') return type.length;
    return columnWidth(type, this.formatOptions);
  }

  private binaryNumber(field: CopyField, fileType: QType, value: Value, line: number): number {
    let number: number;
    if (typeof value === 'number') {
      number = value;
    } else {
      try {
        number = parseNumberText(value === '' ? '0' : value);
      } catch {
        throw ingresError(5808, field.domain, field.format.text, line);
      }
    }
    if (fileType.kind === 'i') {
      const truncated = Math.trunc(number);
      const range = INT_RANGE[fileType.length];
      if (range === undefined || !(truncated >= range[0] && truncated <= range[1])) {
        throw ingresError(5808, field.domain, field.format.text, line);
      }
      return truncated;
    }
    if (fileType.length === 4 && !Number.isFinite(Math.fround(number))) {
      throw ingresError(5808, field.domain, field.format.text, line);
    }
    return number;
  }

  /** Text of `value` in `width` bytes (chars left-justified, numbers right-justified);
   *  `escapes` (c0 only) are the bytes to protect with a backslash, `table` their ASCII ones. */
  private writeText(
    field: CopyField,
    value: Value,
    width: number,
    escapes: string | null,
    table: Uint8Array | null,
    line: number,
  ): void {
    if (typeof value === 'number') {
      const text = this.numberText(field, value, width);
      if (text.length > width || text.startsWith('*')) {
        throw ingresError(5808, field.domain, field.format.text, line);
      }
      this.writer.byte(BLANK, width - text.length);
      this.writer.ascii(text);
      return;
    }
    // the common case in one pass: ASCII, nothing to protect, no longer than the width
    if (value.length <= width && plainAscii(value, table)) {
      this.writer.ascii(value);
      this.writer.byte(BLANK, width - value.length);
      return;
    }
    // Widths count characters (code points), as cN fields are read (decoder.ts).
    let text = value;
    let characters = 0;
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) index++;
      }
      characters++;
      if (escapes === null && characters === width) {
        text = text.slice(0, index + 1);
        break;
      }
    }
    if (escapes === null || table === null || !protectsAny(text, table)) {
      this.writer.text(text, 'utf8');
    } else {
      for (const byte of Buffer.from(text, 'utf8')) {
        const special = byte === BACKSLASH || escapes.includes(String.fromCharCode(byte));
        if (special) this.writer.byte(BACKSLASH);
        this.writer.byte(byte);
      }
    }
    if (characters < width) this.writer.byte(BLANK, width - characters);
  }

  private numberText(field: CopyField, value: number, width: number): string {
    const type = field.type;
    if (type !== undefined && type.kind === 'f') {
      const format = this.formatOptions.floatFormat[type.length === 4 ? 4 : 8];
      return formatFloat(value, { ...format, width }).trimEnd();
    }
    if (type === undefined && !Number.isInteger(value)) {
      return formatFloat(value, { ...this.formatOptions.floatFormat[8], width });
    }
    return String(value === 0 ? 0 : value);
  }
}

/** A 128-entry table: 1 for the ASCII bytes c0 protects with a backslash (`escapes`, and backslash). */
function escapeTable(escapes: string): Uint8Array {
  const table = new Uint8Array(128);
  table[BACKSLASH] = 1;
  for (let i = 0; i < escapes.length; i++) {
    const unit = escapes.charCodeAt(i);
    if (unit < 0x80) table[unit] = 1;
  }
  return table;
}

/** Every unit of `text` ASCII and none of those `table` protects (null: none protected). */
function plainAscii(text: string, table: Uint8Array | null): boolean {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x80 || (table !== null && table[unit] === 1)) return false;
  }
  return true;
}

/** Whether `text` holds one of the ASCII units `table` protects. */
function protectsAny(text: string, table: Uint8Array): boolean {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80 && table[unit] === 1) return true;
  }
  return false;
}

/** Encode one row (convenience; build one CopyEncoder for many rows). */
export function encodeCopyRow(
  fields: readonly CopyField[],
  values: ReadonlyMap<string, Value>,
  options: CopyCodecOptions = {},
): Buffer {
  return new CopyEncoder(fields, options).encode(values);
}
