/*
 * log.ts — the daemon's logger: JSON lines in pino's format ({level, time, pid, hostname,
 * msg, ...fields}, levels 10..60) written synchronously, so no line is lost on exit or
 * kill. pino itself is not in package.json yet; this keeps its call shape (`info(fields,
 * msg)`, `child(bindings)`) so switching to `pino(opts, pino.destination({sync:true}))` is local.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
const LEVEL_NUMBER: Readonly<Record<LogLevel, number>> = {
  trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60,
};

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  trace(fields: LogFields | string, message?: string): void;
  debug(fields: LogFields | string, message?: string): void;
  info(fields: LogFields | string, message?: string): void;
  warn(fields: LogFields | string, message?: string): void;
  error(fields: LogFields | string, message?: string): void;
  fatal(fields: LogFields | string, message?: string): void;
  child(bindings: LogFields): Logger;
  close(): void;
}

interface Sink {
  write(line: string): void;
  close(): void;
}

function fileSink(path: string): Sink {
  const fd = openSync(path, 'a');
  let open = true;
  return {
    write: (line) => { if (open) writeSync(fd, line); },
    close: () => { if (open) { open = false; closeSync(fd); } },
  };
}

function serialiseError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  return { type: value.name, message: value.message, stack: value.stack, ...(code === undefined ? {} : { code }) };
}

function makeLogger(sink: Sink, bindings: LogFields, minimum: number): Logger {
  const emit = (level: LogLevel, fields: LogFields | string, message?: string): void => {
    if (LEVEL_NUMBER[level] < minimum) return;
    const extra = typeof fields === 'string' ? {} : fields;
    const msg = typeof fields === 'string' ? fields : message;
    const record: Record<string, unknown> = { level: LEVEL_NUMBER[level], time: Date.now(), ...bindings };
    for (const [key, value] of Object.entries(extra)) record[key] = key === 'err' ? serialiseError(value) : value;
    if (msg !== undefined) record['msg'] = msg;
    sink.write(`${JSON.stringify(record)}\n`);
  };
  return {
    trace: (f, m) => emit('trace', f, m),
    debug: (f, m) => emit('debug', f, m),
    info: (f, m) => emit('info', f, m),
    warn: (f, m) => emit('warn', f, m),
    error: (f, m) => emit('error', f, m),
    fatal: (f, m) => emit('fatal', f, m),
    child: (more) => makeLogger(sink, { ...bindings, ...more }, minimum),
    close: () => sink.close(),
  };
}

/** A root logger appending to `path` (created if missing); `base` fields go on every line. */
export function createFileLogger(path: string, base: LogFields, level: LogLevel = 'info'): Logger {
  return makeLogger(fileSink(path), { pid: process.pid, hostname: hostname(), ...base }, LEVEL_NUMBER[level]);
}

/** A logger that drops everything (tests, in-process use). */
export function createNullLogger(): Logger {
  return makeLogger({ write: () => undefined, close: () => undefined }, {}, Infinity);
}
