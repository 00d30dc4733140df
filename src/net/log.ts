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

/**
 * Appends lines to `path`. A line that cannot be written (a full disk, a quota) is dropped,
 * never thrown: logging must not fail the request that logs, nor kill the daemon. The first
 * drop is said once on stderr; the next line that can be written is preceded by a count of
 * the lines lost and why.
 */
function fileSink(path: string): Sink {
  const fd = openSync(path, 'a');
  let open = true;
  let dropped = 0;
  let why = '';
  // a short write left a line without its end: the next line written starts a new one
  let torn = false;
  const append = (text: string): boolean => {
    try {
      const bytes = Buffer.from(torn ? `\n${text}` : text);
      const written = writeSync(fd, bytes);
      if (written === bytes.length) {
        torn = false;
        return true;
      }
      if (written > 0) torn = true;
      throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    } catch (error) {
      if (dropped === 0) {
        why = (error as { code?: string }).code ?? String(error);
        try { process.stderr.write(`ingres log: cannot write ${path} (${why}); lines are dropped until it can\n`); } catch { /* nowhere to say it */ }
      }
      return false;
    }
  };
  return {
    write: (line) => {
      if (!open) return;
      if (dropped > 0) {
        const notice = `${JSON.stringify({ level: 40, time: Date.now(), pid: process.pid, msg: `${dropped} log line(s) dropped: ${why}` })}\n`;
        if (!append(notice)) { dropped++; return; }
        dropped = 0;
      }
      if (!append(line)) dropped++;
    },
    close: () => { if (open) { open = false; try { closeSync(fd); } catch { /* already gone */ } } },
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
