/*
 * wire.ts — conversions between the session contract (StatementResult, Value, QType,
 * IngresError) and the protobuf messages of src/net/proto/. Rows travel in chunks so a
 * large retrieve never becomes one huge message (packed by column kind, PackedRows); the
 * client reassembles them here too.
 * Errors cross the wire as code + message (+ detail, hint, host) and are rebuilt as IngresError.
 * And `drained`, the wait for a stream that refused a write, on either side.
 */
import { Metadata, status as GrpcStatus, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { IngresError, toIngresError } from '../common/errors.js';
import type { ErrorCode } from '../common/error-codes.js';
import { RESULT_CHUNK_ROWS, rowChunks, type ResultColumn, type RunOutput, type StatementResult } from '../dbsys/session-api.js';
import type { StatementKind } from '../parser/ast.js';
import type { QType, Value } from '../types/value.js';
import { pb, type pbt } from './gen/index.js';
import { ResultBudget } from '../executor/result-budget.js';

/** Rows per RowChunk message; with ≤498-byte tuples a chunk stays well under 1 MB. */
export const ROWS_PER_CHUNK = RESULT_CHUNK_ROWS;

// ---------------------------------------------------------------- types and values

export function typeToWire(type: QType): pbt.IQType {
  const kind =
    type.kind === 'i' ? pb.TypeKind.TYPE_KIND_INT
    : type.kind === 'f' ? pb.TypeKind.TYPE_KIND_FLOAT
    : pb.TypeKind.TYPE_KIND_CHAR;
  return { kind, length: type.length };
}

export function typeFromWire(type: pbt.IQType | null | undefined): QType {
  const length = type?.length ?? 0;
  switch (type?.kind) {
    case pb.TypeKind.TYPE_KIND_INT: return { kind: 'i', length };
    case pb.TypeKind.TYPE_KIND_FLOAT: return { kind: 'f', length };
    case pb.TypeKind.TYPE_KIND_CHAR: return { kind: 'c', length };
    default: throw badMessage(`column type ${String(type?.kind)} is unknown`);
  }
}

export function valueToWire(value: Value, type: QType): pbt.IValue {
  if (typeof value === 'string') return { charValue: value };
  return type.kind === 'i' ? { intValue: value } : { floatValue: value };
}

export function valueFromWire(value: pbt.IValue): Value {
  const message = value as pbt.Value;
  switch (message.value) {
    case 'intValue': return Number(message.intValue);
    case 'floatValue': return Number(message.floatValue);
    case 'charValue': return String(message.charValue);
    default: throw badMessage('a value without a type');
  }
}

// ---------------------------------------------------------------- errors

export function errorToWire(error: IngresError): pbt.IErrorInfo {
  return {
    code: error.code,
    message: error.message,
    detail: error.detail ?? '',
    hint: error.hint ?? '',
    host: error.host ?? '',
    retryable: error.retryable,
  };
}

export function errorFromWire(info: pbt.IErrorInfo | null | undefined): IngresError {
  const options: { detail?: string; hint?: string; host?: string } = {};
  if (info?.detail) options.detail = info.detail;
  if (info?.hint) options.hint = info.hint;
  if (info?.host) options.host = info.host;
  // a code from a newer peer may be missing from our table: keep the number anyway
  return new IngresError((info?.code ?? 9000) as ErrorCode, info?.message ?? 'error', options);
}

/**
 * Statement results as JSON between hosts (a slave's block): error results carry their
 * IngresError as ErrorInfo (an Error's message is not an own enumerable property, so plain
 * JSON would drop it), rebuilt by resultsFromJson. Values are numbers and strings.
 */
export function resultsToJson(results: readonly (readonly StatementResult[])[]): string {
  return JSON.stringify(results.map((rs) => rs.map((r) => (r.kind === 'error' ? { kind: 'error', error: errorToWire(r.error) } : r))));
}

export function resultsFromJson(text: string | null | undefined): StatementResult[][] {
  if (text === null || text === undefined || text === '') return [];
  const parsed = peerJson<(StatementResult | { kind: 'error'; error: pbt.IErrorInfo })[][]>(text, 'results_json');
  return parsed.map((rs) => rs.map((r) => (r.kind === 'error' ? { kind: 'error', error: errorFromWire(r.error as pbt.IErrorInfo) } : r as StatementResult)));
}

/** 7003: a message that could not be decoded or makes no sense. */
export function badMessage(what: string, from = 'peer'): IngresError {
  return new IngresError(7003, `bad message from ${from}: ${what}`);
}

/** A JSON field of a peer's message (statements, qualifications, results); 7003 naming
 *  the field when it is not JSON (a peer of another build, a damaged message). */
export function peerJson<T>(text: string, field: string, from = 'peer'): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw badMessage(`${field} is not JSON (${error instanceof Error ? error.message : String(error)})`, from);
  }
}

const GRPC_CODE_OF: Readonly<Record<number, GrpcStatus>> = {
  7003: GrpcStatus.INVALID_ARGUMENT,
  7005: GrpcStatus.UNAUTHENTICATED,
  8001: GrpcStatus.NOT_FOUND,
  8002: GrpcStatus.ALREADY_EXISTS,
  8003: GrpcStatus.INVALID_ARGUMENT,
  8010: GrpcStatus.FAILED_PRECONDITION,
  8011: GrpcStatus.NOT_FOUND,
  8012: GrpcStatus.FAILED_PRECONDITION,
  8013: GrpcStatus.UNAVAILABLE,
};

/** The gRPC status that carries an IngresError: code and texts in trailing metadata. */
export function errorToStatus(error: unknown): Partial<StatusObject> {
  const ingres = toIngresError(error);
  const metadata = new Metadata();
  metadata.set('ingres-code', String(ingres.code));
  if (ingres.detail !== undefined) metadata.set('ingres-detail', toMetadataText(ingres.detail));
  if (ingres.hint !== undefined) metadata.set('ingres-hint', toMetadataText(ingres.hint));
  if (ingres.host !== undefined) metadata.set('ingres-host', toMetadataText(ingres.host));
  return {
    code: GRPC_CODE_OF[ingres.code] ?? GrpcStatus.UNKNOWN,
    details: ingres.message,
    metadata,
  };
}

/**
 * A text as a metadata value: grpc-js throws on anything but printable ASCII there (a
 * detail naming a non-ASCII relation, or a '→', took a daemon down), so '%' and every
 * other character are percent-encoded as their UTF-8 bytes; metadataText decodes.
 */
export function toMetadataText(text: string): string {
  return text.replace(/[^\x20-\x24\x26-\x7e]/gu, (ch) => [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

function metadataText(metadata: Metadata | undefined, key: string): string | undefined {
  const values = metadata?.get(key) ?? [];
  const first = values[0];
  if (first === undefined) return undefined;
  const text = String(first);
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Rebuild the IngresError a failed call carries; transport failures become 7xxx errors. */
export function errorFromStatus(error: Partial<ServiceError>, host: string): IngresError {
  const code = metadataText(error.metadata, 'ingres-code');
  if (code !== undefined && /^\d+$/.test(code)) {
    const options: { detail?: string; hint?: string; host?: string } = {};
    const detail = metadataText(error.metadata, 'ingres-detail');
    const hint = metadataText(error.metadata, 'ingres-hint');
    const errorHost = metadataText(error.metadata, 'ingres-host');
    if (detail !== undefined) options.detail = detail;
    if (hint !== undefined) options.hint = hint;
    if (errorHost !== undefined) options.host = errorHost;
    return new IngresError(Number(code) as ErrorCode, error.details ?? 'error', options);
  }
  switch (error.code) {
    case GrpcStatus.UNAVAILABLE:
      return new IngresError(7001, `host ${host} is unreachable`, { host, detail: error.details ?? '' });
    case GrpcStatus.DEADLINE_EXCEEDED:
      return new IngresError(7002, `host daemon did not answer in time`, { host });
    case GrpcStatus.CANCELLED:
      return new IngresError(7000, 'network error: the call was cancelled', { host });
    default:
      return new IngresError(7000, `network error: ${error.details ?? error.message ?? 'unknown'}`, { host });
  }
}

// ---------------------------------------------------------------- statement results

/** The RunReply messages of one query buffer's results, rows split into chunks (spooled
 *  rows read back as the generator is pulled: callers close them with closeSpools). */
export function* resultsToWire(results: readonly StatementResult[], packedBytes = false): Generator<pbt.IRunReply> {
  for (let statement = 0; statement < results.length; statement++) {
    const result = results[statement];
    if (result === undefined) continue;
    switch (result.kind) {
      case 'rows': {
        yield {
          statement,
          rowsStart: {
            hasTitle: result.title !== null,
            title: result.title ?? '',
            columns: result.columns.map((c) => ({ name: c.name, type: typeToWire(c.type) })),
          },
        };
        const chars = result.columns.map((c) => c.type.kind === 'c');
        const chunk = (slice: readonly (readonly Value[])[]): pbt.IRunReply => {
          const packed = packRows(slice, chars, packedBytes);
          if (packed !== null) return { statement, packed };
          const rows = slice.map((row) => ({
            values: row.map((value, index) => valueToWire(value, columnType(result.columns, index))),
          }));
          return { statement, rows: { rows } };
        };
        // rows the daemon spooled are read back a chunk at a time, as the caller asks
        for (const rows of rowChunks(result)) yield chunk(rows);
        break;
      }
      case 'text':
        yield { statement, text: { text: result.text } };
        break;
      case 'done':
        yield {
          statement,
          done: { statement: result.statement, hasTuples: result.tuples !== null, tuples: result.tuples ?? 0 },
        };
        break;
      case 'error':
        yield { statement, error: errorToWire(result.error) };
        break;
    }
  }
}

/** Rows as PackedRows (numbers and chars in two flat arrays, row-major), or null when a
 *  value is not of its column's kind or a row has another width (sent as RowChunk then).
 *  `bytes`: in the byte forms (numbers_le; chars_utf8 and char_lengths unless a string
 *  has a lone surrogate, which UTF-8 cannot carry). */
export function packRows(rows: readonly (readonly Value[])[], chars: readonly boolean[], bytes = false): pbt.IPackedRows | null {
  const width = chars.length;
  const numbers: number[] = [];
  const strings: string[] = [];
  for (const row of rows) {
    if (row.length !== width) return null;
    for (let column = 0; column < width; column++) {
      const value = row[column];
      if (chars[column] === true) {
        if (typeof value !== 'string') return null;
        strings.push(value);
      } else {
        if (typeof value !== 'number') return null;
        numbers.push(value);
      }
    }
  }
  if (!bytes || !LITTLE_ENDIAN) return { count: rows.length, numbers, chars: strings };
  const packed: pbt.IPackedRows = { count: rows.length, numbersLe: Buffer.from(Float64Array.from(numbers).buffer) };
  const text = strings.join('');
  if (!isWellFormed(text)) return { ...packed, chars: strings };
  return { ...packed, charsUtf8: Buffer.from(text, 'utf8'), charLengths: strings.map((s) => s.length) };
}

/** Float64Array's bytes are little-endian doubles here (numbers_le is read and written
 *  through it; a big-endian process neither asks for nor sends the byte forms) */
export const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** no lone surrogate (String.prototype.isWellFormed: Node 20, not yet in TypeScript's es2023 lib) */
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** The numbers of a PackedRows message, in whichever form it has them. */
function packedNumbers(packed: pbt.IPackedRows): ArrayLike<number> {
  const le = packed.numbersLe;
  if (le === null || le === undefined || le.length === 0) return packed.numbers ?? [];
  if (le.length % 8 !== 0) throw badMessage('packed numbers are not whole doubles', 'host daemon');
  // (copied: the bytes may sit at any offset of the message)
  return new Float64Array(le.buffer.slice(le.byteOffset, le.byteOffset + le.length));
}

/** The chars of a PackedRows message, in whichever form it has them. */
function packedChars(packed: pbt.IPackedRows): readonly string[] {
  // (the lengths say which form: the text of empty strings is empty)
  const lengths = packed.charLengths ?? [];
  if (lengths.length === 0) return packed.chars ?? [];
  const utf8 = packed.charsUtf8 ?? new Uint8Array(0);
  const text = Buffer.from(utf8.buffer, utf8.byteOffset, utf8.length).toString('utf8');
  const out = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = at + (lengths[i] ?? 0);
    out[i] = text.slice(at, end);
    at = end;
  }
  if (at !== text.length) throw badMessage('packed chars do not match their lengths', 'host daemon');
  return out;
}

/** The rows of a PackedRows message, given which columns are chars. */
export function unpackRows(packed: pbt.IPackedRows, chars: readonly boolean[], into: Value[][]): void {
  const count = packed.count ?? 0;
  const numbers = packedNumbers(packed);
  const strings = packedChars(packed);
  const width = chars.length;
  let charCount = 0;
  for (const isChar of chars) if (isChar) charCount++;
  if (numbers.length !== count * (width - charCount) || strings.length !== count * charCount) {
    throw badMessage('packed rows do not match their columns', 'host daemon');
  }
  let n = 0;
  let c = 0;
  for (let r = 0; r < count; r++) {
    const row: Value[] = new Array<Value>(width);
    for (let column = 0; column < width; column++) {
      row[column] = chars[column] === true ? (strings[c++] as string) : (numbers[n++] as number);
    }
    into.push(row);
  }
}

function columnType(columns: readonly ResultColumn[], index: number): QType {
  return columns[index]?.type ?? { kind: 'c', length: 0 };
}

/** Reassembles StatementResults from RunReply messages as they arrive (rows come as
 *  PackedRows from this version's daemons, as RowChunks from older ones or when a value
 *  is not of its column's kind). */
export class ResultAssembler {
  private readonly results: StatementResult[] = [];
  private rows: { title: string | null; columns: ResultColumn[]; chars: boolean[]; rows: Value[][]; count: number; budget: ResultBudget | null } | null = null;

  /**
   * `output`: each result and each chunk of rows goes there as it arrives; the results
   * `finish` returns then carry no rows, only their `count`. Without it the rows are kept,
   * within the result budget: the daemon spools a large result instead of refusing it, so
   * a caller that keeps rows gets 4130 here rather than a heap that grows without end.
   */
  constructor(private readonly output?: RunOutput) {}

  add(reply: pbt.IRunReply): void {
    const message = reply as pbt.RunReply;
    if (message.part !== 'rows' && message.part !== 'packed') this.flushRows();
    switch (message.part) {
      case 'rowsStart': {
        const start = message.rowsStart;
        if (!start) throw badMessage('empty rows start', 'host daemon');
        const columns = (start.columns ?? []).map((c) => ({ name: c.name ?? '', type: typeFromWire(c.type) }));
        const title = start.hasTitle ? (start.title ?? '') : null;
        const budget = this.output === undefined ? new ResultBudget(columns.length) : null;
        this.rows = { title, columns, chars: columns.map((c) => c.type.kind === 'c'), rows: [], count: 0, budget };
        this.output?.result({ kind: 'rows', title, columns, rows: [] });
        break;
      }
      case 'packed': {
        if (this.rows === null || !message.packed) throw badMessage('rows without a header', 'host daemon');
        const into = this.output === undefined ? this.rows.rows : [];
        const before = into.length;
        unpackRows(message.packed, this.rows.chars, into);
        this.rowsArrived(into, into.length - before);
        break;
      }
      case 'rows': {
        if (this.rows === null) throw badMessage('rows without a header', 'host daemon');
        const into = this.output === undefined ? this.rows.rows : [];
        const before = into.length;
        for (const row of message.rows?.rows ?? []) into.push((row.values ?? []).map(valueFromWire));
        this.rowsArrived(into, into.length - before);
        break;
      }
      case 'text':
        this.push({ kind: 'text', text: message.text?.text ?? '' });
        break;
      case 'done': {
        const done = message.done;
        this.push({
          kind: 'done',
          statement: (done?.statement ?? '') as StatementKind,
          tuples: done?.hasTuples ? Number(done.tuples ?? 0) : null,
        });
        break;
      }
      case 'error':
        this.push({ kind: 'error', error: errorFromWire(message.error) });
        break;
      default:
        throw badMessage('a reply without a part', 'host daemon');
    }
  }

  finish(): StatementResult[] {
    this.flushRows();
    return this.results;
  }

  private push(result: StatementResult): void {
    this.results.push(result);
    this.output?.result(result);
  }

  private rowsArrived(rows: Value[][], count: number): void {
    if (this.rows === null) return;
    this.rows.count += count;
    const budget = this.rows.budget;
    if (budget !== null) for (let i = rows.length - count; i < rows.length; i++) budget.add(rows[i]!);
    if (this.output !== undefined && rows.length > 0) this.output.rows(rows);
  }

  private flushRows(): void {
    const rows = this.rows;
    if (rows === null) return;
    this.results.push(this.output === undefined
      ? { kind: 'rows', title: rows.title, columns: rows.columns, rows: rows.rows }
      : { kind: 'rows', title: rows.title, columns: rows.columns, rows: [], count: rows.count });
    this.rows = null;
  }
}

/** Resolves when a stream (a server's call or a client's) that refused more writes drains,
 *  or ends any other way (cancelled, closed, failed, finished): a send waiting here never
 *  outlives its call. */
export function drained(call: {
  once(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
  readonly cancelled?: boolean;
}): Promise<void> {
  if (call.cancelled === true) return Promise.resolve();
  const events = ['drain', 'cancelled', 'close', 'error', 'finish'];
  return new Promise((resolve) => {
    const done = (): void => {
      for (const event of events) call.removeListener(event, done);
      resolve();
    };
    for (const event of events) call.once(event, done);
  });
}
