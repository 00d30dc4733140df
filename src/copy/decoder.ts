/*
 * decoder.ts — reads copy files (copy REL (...) from "file") into domain values, the way
 * dbu/copy.c file_rel/bread/transfer did: fixed fields by length, c0/d0 fields up to
 * their delimiter with `\` escaping the next byte, control characters in char domains
 * turned into blanks, numbers parsed from text. Streaming: push() chunks, end() at EOF;
 * records are numbered from 1 ("line" in errors 5805 5806 5807).
 */
import { ingresError } from '../common/errors.js';
import { trimTrailingBlanks } from '../types/arith.js';
import { DEFAULT_FORMAT_OPTIONS, formatFloat } from '../types/format.js';
import { INT_RANGE } from '../types/qtype.js';
import type { FormatOptions, QType, Value } from '../types/value.js';
import { DEFAULT_DELIMITERS, type CopyFormat } from './format.js';

/** One entry of the copy domain list: the relation domain (or dummy name), its file
 *  format, and the relation domain's type (absent for dummies / untyped decoding). */
export interface CopyField {
  readonly domain: string;
  readonly format: CopyFormat;
  readonly type?: QType | undefined;
}

export interface CopyRecord {
  /** 1-based record number (a line of a text file with one record per line). */
  readonly line: number;
  readonly values: Map<string, Value>;
}

/** Counts behind INGRES's warnings 5820 (control characters) and 5821 (c0 truncation). */
export interface CopyWarnings {
  controlCharacters: number;
  truncated: number;
}

export interface CopyCodecOptions {
  /** Monitor formats: float precision/style used when a number becomes text. */
  readonly formatOptions?: FormatOptions;
}

const BACKSLASH = 0x5c;
const INCOMPLETE = -1;
const END_OF_DATA = -2;
const CONTROL_RE = /[\x00-\x1f]/;
const CONTROL_GLOBAL_RE = /[\x00-\x1f]/g;
const INTEGER_RE = /^[+-]?\d+$/;
const FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const BLANKS_RE = /^[ \t\r\0]+|[ \t\r\0]+$/g;

/** Read one little-endian binary number of `type` at `start`. */
export function readBinary(buffer: Buffer, start: number, type: QType): number {
  if (type.kind === 'i') {
    if (type.length === 1) return buffer.readInt8(start);
    if (type.length === 2) return buffer.readInt16LE(start);
    return buffer.readInt32LE(start);
  }
  return type.length === 4 ? buffer.readFloatLE(start) : buffer.readDoubleLE(start);
}

/**
 * End offset of `count` UTF-8 characters starting at `start` (a cN field is N characters of
 * UTF-8 text, so c20 holds what a c20 domain holds); -1 when the buffer ends first. A byte
 * that does not start a well-formed sequence counts as one character.
 */
export function advanceCharacters(buffer: Uint8Array, start: number, count: number): number {
  const length = buffer.length;
  let position = start;
  for (let remaining = count; remaining > 0; remaining--) {
    if (position >= length) return -1;
    const lead = buffer[position] as number;
    let size = 1;
    if (lead >= 0xf0 && lead <= 0xf7) size = 4;
    else if (lead >= 0xe0 && lead < 0xf0) size = 3;
    else if (lead >= 0xc2 && lead < 0xe0) size = 2;
    if (size > 1) {
      if (position + size > length) {
        // Not enough bytes to tell; a truncated buffer needs more input.
        let valid = true;
        for (let index = position + 1; index < length; index++) {
          if (((buffer[index] as number) & 0xc0) !== 0x80) valid = false;
        }
        if (valid) return -1;
        size = 1;
      } else {
        for (let index = 1; index < size; index++) {
          if (((buffer[position + index] as number) & 0xc0) !== 0x80) {
            size = 1;
            break;
          }
        }
      }
    }
    position += size;
  }
  return position;
}

/** Blank, tab, CR or NUL: what may surround a number in a text field. */
function isBlankByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x00;
}

/**
 * A plain decimal integer (blanks around, optional sign, at most 15 digits) parsed from
 * bytes without making a string; 0 for an all-blank field; NaN when it is anything else
 * (the caller then takes the string path, which reports the error).
 */
export function parseIntegerBytes(buffer: Uint8Array, start: number, end: number): number {
  let position = start;
  let last = end;
  while (position < last && isBlankByte(buffer[position] as number)) position++;
  while (last > position && isBlankByte(buffer[last - 1] as number)) last--;
  if (position === last) return 0;
  const first = buffer[position] as number;
  const negative = first === 0x2d;
  if (negative || first === 0x2b) position++;
  if (position === last || last - position > 15) return NaN;
  let value = 0;
  for (; position < last; position++) {
    const digit = (buffer[position] as number) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** Field plan compiled once per copy statement. */
interface FieldPlan {
  readonly domain: string;
  readonly format: CopyFormat;
  readonly type: QType | undefined;
  /** Size of a fixed field: bytes of a binary one, characters of cN/dN (N > 0); 0 for
   *  delimited ones. */
  readonly size: number;
  /** Delimiter bytes of a delimited field. */
  readonly delimiters: Uint8Array;
  readonly isDummy: boolean;
}

function planField(field: CopyField): FieldPlan {
  const { format } = field;
  let size = 0;
  let delimiters = new Uint8Array(0);
  if (format.kind === 'binary') {
    size = format.type.length;
  } else if (format.length > 0) {
    size = format.length;
  } else {
    delimiters = Buffer.from(format.delimiter ?? DEFAULT_DELIMITERS, 'latin1');
  }
  return {
    domain: field.domain,
    format,
    type: field.type,
    size,
    delimiters,
    isDummy: format.kind === 'dummy',
  };
}

/** Decodes a copy file into records; see the file header. */
export class CopyDecoder {
  readonly warnings: CopyWarnings = { controlCharacters: 0, truncated: 0 };
  private readonly plans: readonly FieldPlan[];
  private readonly formatOptions: FormatOptions;
  private pending: Buffer | null = null;
  /** The field scanDelimited found: bytes fieldStart..fieldEnd, or fieldText if escaped. */
  private fieldStart = 0;
  private fieldEnd = 0;
  private fieldText: string | null = null;
  /** nextByte's cache: the buffer it describes and the next position of every byte value. */
  private scanBuffer: Buffer | null = null;
  private readonly nextPosition = new Int32Array(256);
  private recordCount = 0;
  private ended = false;

  constructor(fields: readonly CopyField[], options: CopyCodecOptions = {}) {
    this.plans = fields.map(planField);
    this.formatOptions = options.formatOptions ?? DEFAULT_FORMAT_OPTIONS;
  }

  /** Number of records decoded so far. */
  get records(): number {
    return this.recordCount;
  }

  /** Decode a whole file held in one buffer. */
  *decode(buffer: Buffer): Generator<CopyRecord> {
    yield* this.push(buffer);
    yield* this.end();
  }

  /** Feed the next chunk; returns the records it completed. */
  push(chunk: Buffer): CopyRecord[] {
    const buffer = this.pending === null || this.pending.length === 0
      ? chunk
      : Buffer.concat([this.pending, chunk]);
    const out: CopyRecord[] = [];
    const offset = this.parse(buffer, false, out);
    // Copy the tail: the caller may reuse its chunk buffer for the next read.
    this.pending = offset >= buffer.length ? null : Buffer.from(buffer.subarray(offset));
    return out;
  }

  /** End of file: decode what is left (a partial record is error 5806). */
  end(): CopyRecord[] {
    if (this.ended) return [];
    this.ended = true;
    const buffer = this.pending ?? Buffer.alloc(0);
    this.pending = null;
    const out: CopyRecord[] = [];
    this.parse(buffer, true, out);
    return out;
  }

  /** Parse records from `buffer`; returns the offset of the first unconsumed byte. */
  private parse(buffer: Buffer, final: boolean, out: CopyRecord[]): number {
    let offset = 0;
    this.scanBuffer = null; // callers may refill the same Buffer object between pushes
    if (this.plans.length === 0) return buffer.length;
    for (;;) {
      const values = new Map<string, Value>();
      const next = this.parseRecord(buffer, offset, final, values);
      if (next === INCOMPLETE || next === END_OF_DATA) return offset;
      this.recordCount++;
      out.push({ line: this.recordCount, values });
      if (next === offset) {
        // Only dummies of length 0 and no delimiter: nothing is read, stop rather than loop.
        return buffer.length;
      }
      offset = next;
    }
  }

  private parseRecord(
    buffer: Buffer,
    start: number,
    final: boolean,
    values: Map<string, Value>,
  ): number {
    const line = this.recordCount + 1;
    let offset = start;
    const length = buffer.length;
    for (let index = 0; index < this.plans.length; index++) {
      const plan = this.plans[index] as FieldPlan;
      if (offset >= length && final) {
        if (index === 0) return END_OF_DATA;
        throw ingresError(5806, line);
      }
      if (plan.size > 0) {
        const end = plan.format.kind === 'binary'
          ? offset + plan.size
          : advanceCharacters(buffer, offset, plan.size);
        if (end < 0 || end > length) {
          if (!final) return INCOMPLETE;
          throw ingresError(5806, line);
        }
        if (!plan.isDummy) {
          values.set(plan.domain, this.fixedValue(plan, buffer, offset, end, line));
        }
        offset = end;
        continue;
      }
      const next = this.scanDelimited(plan, buffer, offset, final, line);
      if (next === INCOMPLETE) return INCOMPLETE;
      if (!plan.isDummy) {
        const text = this.fieldText;
        values.set(
          plan.domain,
          text === null
            ? this.rawValue(plan, buffer, this.fieldStart, this.fieldEnd, line, true)
            : this.textValue(plan, text, line, true),
        );
      }
      offset = next;
    }
    return offset;
  }

  /**
   * Scan a delimited field starting at `start`: returns the offset after its delimiter, or
   * INCOMPLETE when more input is needed. The field is left in fieldStart..fieldEnd, or in
   * fieldText when escapes had to be removed.
   */
  private scanDelimited(
    plan: FieldPlan,
    buffer: Buffer,
    start: number,
    final: boolean,
    line: number,
  ): number {
    const delimiters = plan.delimiters;
    const length = buffer.length;
    let segmentStart = start;
    let text: string | null = null;
    let position = start;
    this.fieldStart = start;
    for (;;) {
      let delimiterAt = length;
      for (const delimiter of delimiters) {
        const at = this.nextByte(buffer, delimiter, position);
        if (at < delimiterAt) delimiterAt = at;
      }
      const backslashAt = this.nextByte(buffer, BACKSLASH, position);
      if (backslashAt < delimiterAt) {
        if (backslashAt + 1 >= length) {
          if (!final) return INCOMPLETE;
          break; // a backslash at the very end of the file is data
        }
        text = (text ?? '') + buffer.toString('utf8', segmentStart, backslashAt);
        segmentStart = backslashAt + 1; // the escaped byte starts the next segment
        position = backslashAt + 2;
        continue;
      }
      if (delimiterAt < length) {
        this.fieldEnd = delimiterAt;
        this.fieldText = text === null
          ? null
          : text + buffer.toString('utf8', segmentStart, delimiterAt);
        return delimiterAt + 1;
      }
      break;
    }
    if (!final) return INCOMPLETE;
    // End of file inside the field: accept it as the field's end (files often lack a final
    // newline); a field that has not started is a truncated record.
    if (start >= length) throw ingresError(5806, line);
    this.fieldEnd = length;
    this.fieldText = text === null ? null : text + buffer.toString('utf8', segmentStart, length);
    return length;
  }

  /**
   * Position of the next `byte` at or after `position` (buffer.length when none), from a
   * per-buffer cache of next occurrences: each byte value is searched (memchr) at most once
   * per occurrence, so scanning stays linear even for delimiters that never occur.
   */
  private nextByte(buffer: Buffer, byte: number, position: number): number {
    if (buffer !== this.scanBuffer) {
      this.scanBuffer = buffer;
      this.nextPosition.fill(-1);
    }
    const cached = this.nextPosition[byte] as number;
    if (cached >= position) return cached;
    const found = buffer.indexOf(byte, position);
    const next = found < 0 ? buffer.length : found;
    this.nextPosition[byte] = next;
    return next;
  }

  /** The value of the field text in buffer[start, end): integers are parsed straight from
   *  the bytes when they are plain, everything else goes through textValue. */
  private rawValue(
    plan: FieldPlan,
    buffer: Buffer,
    start: number,
    end: number,
    line: number,
    variable: boolean,
  ): Value {
    const type = plan.type;
    if (type !== undefined && type.kind === 'i') {
      const value = parseIntegerBytes(buffer, start, end);
      if (!Number.isNaN(value)) return this.rangeChecked(plan, type, value, line);
    }
    return this.textValue(plan, buffer.toString('utf8', start, end), line, variable);
  }

  private fixedValue(
    plan: FieldPlan,
    buffer: Buffer,
    start: number,
    end: number,
    line: number,
  ): Value {
    const { format } = plan;
    if (format.kind !== 'binary') return this.rawValue(plan, buffer, start, end, line, false);
    const value = readBinary(buffer, start, format.type);
    if (!Number.isFinite(value)) {
      throw ingresError(5805, line, `domain '${plan.domain}' holds a float that is not a number`);
    }
    return this.numberValue(plan, value, line);
  }

  /** A binary number stored into the domain's type. */
  private numberValue(plan: FieldPlan, value: number, line: number): Value {
    const type = plan.type;
    if (type === undefined) return value;
    if (type.kind === 'c') {
      // numeric → char: right-justified in the domain length (copy.c transfer)
      const text = plan.format.kind === 'binary' && plan.format.type.kind === 'f'
        ? formatFloat(value, {
            ...this.formatOptions.floatFormat[plan.format.type.length === 4 ? 4 : 8],
            width: type.length,
          })
        : String(value);
      if (text.length > type.length || text.startsWith('*')) {
        throw ingresError(5807, line, plan.domain);
      }
      return trimTrailingBlanks(text.padStart(type.length, ' '));
    }
    return this.rangeChecked(plan, type, value, line);
  }

  private rangeChecked(plan: FieldPlan, type: QType, value: number, line: number): number {
    if (type.kind === 'i') {
      const truncated = Math.trunc(value);
      const range = INT_RANGE[type.length];
      if (range === undefined || truncated < range[0] || truncated > range[1]) {
        throw ingresError(5807, line, plan.domain);
      }
      return truncated === 0 ? 0 : truncated;
    }
    if (type.length === 4) {
      const rounded = Math.fround(value);
      if (!Number.isFinite(rounded)) throw ingresError(5807, line, plan.domain);
      return rounded;
    }
    return value;
  }

  /** Text read from the file stored into the domain's type. */
  private textValue(plan: FieldPlan, text: string, line: number, variable: boolean): Value {
    const type = plan.type;
    if (type === undefined) return trimTrailingBlanks(text);
    if (type.kind === 'c') {
      let chars = text;
      if (CONTROL_RE.test(chars)) {
        chars = chars.replace(CONTROL_GLOBAL_RE, ' ');
        this.warnings.controlCharacters++;
      }
      if (chars.length > type.length) {
        if (variable && trimTrailingBlanks(chars).length > type.length) this.warnings.truncated++;
        chars = chars.slice(0, type.length);
      }
      return trimTrailingBlanks(chars);
    }
    const trimmed = text.replace(BLANKS_RE, '');
    if (trimmed === '') return 0;
    const pattern = type.kind === 'i' ? INTEGER_RE : FLOAT_RE;
    if (!pattern.test(trimmed)) {
      const expected = type.kind === 'i' ? 'an integer' : 'a number';
      throw ingresError(5805, line, `'${trimmed}' is not ${expected} (domain '${plan.domain}')`);
    }
    const value = Number(trimmed);
    if (!Number.isFinite(value)) throw ingresError(5807, line, plan.domain);
    return this.rangeChecked(plan, type, value, line);
  }
}

/** Decode a whole buffer (convenience for small files and tests). */
export function decodeCopyFile(
  fields: readonly CopyField[],
  buffer: Buffer,
  options: CopyCodecOptions = {},
): CopyRecord[] {
  return [...new CopyDecoder(fields, options).decode(buffer)];
}
