/*
 * monitor.ts — the INGRES terminal monitor's loop (QUEL.md §8): feeds input lines through
 * the command scanner and the query buffer, runs `\g` on the session, prints results in
 * INGRES layout and every message of normal mode (banner, Executing . . ., continue, go,
 * logout), include files with `\b`/`\k`, the macro traps. All I/O goes through MonitorIO,
 * so tests drive it with fakes.
 */
import { IngresError, ingresError, toIngresError } from '../common/errors.js';
import { rowCount, type QuelSession, type RunOutput, type RunProgress, type StatementResult } from '../dbsys/session-api.js';
import { formatRule, formatTable, formatTableHead, rowFormatter, type FormatOptions } from '../types/index.js';
import type { Value } from '../types/value.js';
import { evaluateCondition, findMark, parseBranch } from './branch.js';
import { QueryBuffer } from './buffer.js';
import { scanLine, type LineItem } from './commands.js';
import { Macros } from './macros.js';

/** Include files nest at most this deep (INGRES: 5). */
export const INCLUDE_DEPTH_MAX = 5;
const BELL = '\x07';

export interface MonitorIO {
  /** standard output */
  write(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  chdir(directory: string): void;
  /** run the editor on `text` (or on `file`); returns the new buffer text */
  edit(text: string, file: string | null): Promise<string>;
  /** run a shell (or the shell script `file` with the buffer's file as $1) */
  shell(file: string | null, text: string): Promise<void>;
  now(): Date;
  /** `{read}`: print `prompt`, read the next line of the monitor's input (null at its end) */
  readLine?(prompt: string): Promise<string | null>;
  /** `{querytrap}`: append to a file */
  appendFile?(path: string, text: string): void;
  /** how far the statement in flight got (a long copy); null when the query ended */
  progress?(progress: RunProgress | null): void;
}

/** One include file being read: its lines and the next one to run (`\b` moves it). */
interface IncludeFrame {
  readonly file: string;
  readonly lines: readonly string[];
  next: number;
}

/** Include files yield to the event loop every this many lines, so Ctrl-C can stop a loop. */
const INCLUDE_YIELD_LINES = 256;

export interface MonitorConfig {
  readonly database: string;
  readonly user: string;
  readonly version: string;
  /** -s */
  readonly silent: boolean;
  readonly autoclear: boolean;
  readonly format: FormatOptions;
  /** {pathname}: the installation directory */
  readonly pathname: string;
}

/** ctime(3) without the newline: "Sat Nov 21 11:31:04 2026". */
export function ctime(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${days[date.getDay()]} ${months[date.getMonth()]} ${String(date.getDate()).padStart(2, ' ')} ` +
    `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())} ${date.getFullYear()}`;
}

/** Print one statement's result the INGRES way. */
export function formatResult(result: StatementResult, format: FormatOptions): string {
  switch (result.kind) {
    case 'rows': return formatTable(result.title, result.columns, result.rows, format);
    case 'text': return result.text;
    case 'done': return '';
    case 'error': return `${result.error.format()}\n`;
  }
}

/**
 * Prints a run's output as it arrives (RunOutput): each result in INGRES's layout, a
 * table's header first and its rows chunk by chunk, so nothing is held whole.
 */
class TableOutput implements RunOutput {
  /** results the caller still prints (a failure of the run as a whole) */
  readonly unprinted = new Set<StatementResult>();
  /** results printed so far (they come in statement order) */
  private printed = 0;
  private open: { format: (row: readonly Value[]) => string; rule: string } | null = null;

  constructor(private readonly io: MonitorIO, private readonly format: FormatOptions) {}

  /** how many of a run's results were printed here: the rest (a failure of the whole
   *  run, or all of them from a session that does not take an output) the caller prints */
  printedOf(results: readonly StatementResult[]): number {
    if (results.some((result) => this.unprinted.has(result))) return 0;
    return Math.min(this.printed, results.length);
  }

  result(result: StatementResult): void {
    this.end();
    this.printed++;
    if (result.kind !== 'rows') {
      this.io.write(formatResult(result, this.format));
      return;
    }
    this.io.write(formatTableHead(result.title, result.columns, this.format));
    this.open = { format: rowFormatter(result.columns, this.format), rule: formatRule(result.columns, this.format) };
  }

  rows(rows: readonly (readonly Value[])[]): void {
    const open = this.open;
    if (open === null) return;
    let text = '';
    for (const row of rows) text += open.format(row);
    this.io.write(text);
  }

  /** closes the table being printed */
  end(): void {
    if (this.open === null) return;
    this.io.write(this.open.rule);
    this.open = null;
  }
}

/** The tuple count of the last statement that had one ({tuplecount}). */
export function tupleCount(results: readonly StatementResult[]): number | null {
  let count: number | null = null;
  for (const result of results) {
    if (result.kind === 'rows') count = rowCount(result);
    else if (result.kind === 'done' && result.tuples !== null) count = result.tuples;
  }
  return count;
}

export class Monitor {
  readonly buffer: QueryBuffer;
  readonly macros: Macros;
  private quitting = false;
  /** the include files being read, innermost last: no prompts or messages inside them,
   *  like INGRES's Nodayfile = -1 */
  private readonly includes: IncludeFrame[] = [];
  /** the query in flight (`\g`), cancelled by `interrupt()` */
  private running: AbortController | null = null;
  /** set by `interrupt()` while include files run: they all stop */
  private includesInterrupted = false;
  /** `{querytrap}`: the file queries are logged to (fixed at the first use, as INGRES) */
  private trapFile: string | null = null;

  constructor(
    private readonly config: MonitorConfig,
    private readonly session: QuelSession,
    private readonly io: MonitorIO,
  ) {
    this.macros = new Macros({
      write: (text) => io.write(text),
      readLine: (prompt) => io.readLine?.(prompt) ?? Promise.resolve(null),
    });
    this.buffer = new QueryBuffer(config.autoclear);
    this.macros.define('database', config.database);
    this.macros.define('usercode', config.user);
    this.macros.define('pathname', config.pathname);
  }

  get quit(): boolean {
    return this.quitting;
  }

  /** Normal mode and not inside an include file: print the monitor's own messages. */
  private get chatty(): boolean {
    return !this.config.silent && this.includes.length === 0;
  }

  /**
   * Ctrl-C on a terminal: cancel the query in flight (the daemon rolls its statement back
   * and answers 8022) and stop the include files being read (INGRES's rubproc went back to
   * the terminal). False when there was nothing to interrupt (at the prompt Ctrl-C then
   * just discards the line being typed).
   */
  interrupt(): boolean {
    this.running?.abort();
    if (this.includes.length > 0) this.includesInterrupted = true;
    return this.running !== null || this.includes.length > 0;
  }

  private say(text: string): void {
    if (this.chatty) this.io.write(text);
  }

  private error(error: unknown): void {
    this.io.write(`${toIngresError(error).format()}\n`);
  }

  /** The login banner (normal mode only). */
  start(): void {
    this.say(`INGRES version ${this.config.version} login\n${ctime(this.io.now())}\n\ngo\n`);
  }

  /** End of input (EOF or \q): the logout lines (normal mode only). */
  finish(eof: boolean): void {
    if (eof) this.say('\n');
    this.say(`INGRES version ${this.config.version} logout\n${ctime(this.io.now())}\n` +
      `goodbye ${this.config.user} -- come again\n`);
    this.quitting = true;
  }

  /** Process one input line (without its newline). Resolves false once the monitor quits. */
  async line(text: string): Promise<boolean> {
    for (const item of scanLine(text)) {
      if (this.quitting) break;
      await this.item(item);
    }
    return !this.quitting;
  }

  private async item(item: LineItem): Promise<void> {
    if (item.kind === 'text') {
      this.buffer.addText(replaceControlCharacters(item.text, (message) => this.say(message)));
      return;
    }
    switch (item.code) {
      case 'go': await this.go(); break;
      case 'reset':
        this.buffer.reset();
        this.say(`${BELL}go\n`);
        break;
      case 'print':
        this.buffer.keep();
        this.buffer.endLine();
        this.io.write(this.buffer.contents);
        this.continueOrGo();
        break;
      case 'list':
        this.buffer.keep();
        this.buffer.endLine();
        this.io.write(await this.macros.expandQuery(this.buffer.contents));
        this.continueOrGo();
        break;
      case 'eval':
        this.buffer.replace(await this.macros.expandQuery(this.buffer.contents));
        break;
      case 'append':
        this.buffer.keep();
        break;
      case 'time':
        this.io.write(`${ctime(this.io.now())}\n`);
        break;
      case 'quit':
        this.buffer.endLine();
        this.finish(false);
        break;
      case 'edit':
        await this.edit(item.argument);
        break;
      case 'shell':
        await this.attempt(() => this.io.shell(item.argument === '' ? null : item.argument, this.buffer.contents));
        this.continueOrGo();
        break;
      case 'chdir':
        await this.attempt(() => this.io.chdir(item.argument === '' ? (process.env['HOME'] ?? '/') : item.argument));
        this.continueOrGo();
        break;
      case 'include':
        await this.include(item.argument);
        this.continueOrGo();
        break;
      case 'write':
        this.buffer.endLine();
        await this.attempt(() => this.io.writeFile(item.argument, this.buffer.contents));
        this.continueOrGo();
        break;
      case 'branch':
        await this.branch(item.argument);
        break;
      case 'mark':
        // a label for \b: nothing to do when reached
        break;
    }
  }

  private async attempt(work: () => unknown): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.error(error);
    }
  }

  private continueOrGo(): void {
    this.say(this.buffer.isEmpty || this.buffer.willClear ? `${BELL}go\n` : `${BELL}continue\n`);
  }

  /** `\g`: send the buffer (after macro processing), print the results. */
  private async go(): Promise<void> {
    const buffer = this.buffer.take();
    this.say('Executing . . .\n\n');
    const text = await this.macros.expandQuery(buffer);
    if (text.trim() !== '') {
      // results are printed as they arrive, rows chunk by chunk, so a result of any size
      // passes through; with a {catcherror} trap (which decides, asynchronously, whether
      // an error prints) they are printed once the buffer has run
      const output = this.macros.defines('catcherror') ? null : new TableOutput(this.io, this.config.format);
      const results = await this.run(text, output ?? undefined);
      output?.end();
      for (const result of results.slice(output?.printedOf(results) ?? 0)) {
        // {catcherror; N} expanding to 0 keeps error N quiet (INGRES's proc_error)
        if (result.kind === 'error' && (await this.macros.call(`{catcherror; ${result.error.code}}`)).trim() === '0') continue;
        this.io.write(formatResult(result, this.config.format));
      }
      const count = tupleCount(results);
      if (count !== null) this.macros.define('tuplecount', String(count));
      if (!results.some((result) => result.kind === 'error')) await this.trapQuery(text, count);
    }
    await this.macros.call('{continuetrap}');
    this.say(`${BELL}\ncontinue\n`);
  }

  /** Run one query buffer; Ctrl-C (`interrupt()`) cancels it, progress goes to the I/O. */
  private async run(text: string, output?: TableOutput): Promise<StatementResult[]> {
    const controller = new AbortController();
    this.running = controller;
    const progress = this.io.progress;
    try {
      return await this.session.run(text, {
        signal: controller.signal,
        ...(progress === undefined ? {} : { onProgress: (p: RunProgress) => progress(p) }),
        ...(output === undefined ? {} : { output }),
      });
    } catch (error) {
      const failed: StatementResult = { kind: 'error', error: toIngresError(error) };
      output?.unprinted.add(failed);
      return [failed];
    } finally {
      this.running = null;
      progress?.(null);
    }
  }

  /** `{querytrap}`: append every query that ran without error, and its tuple count, to the
   *  file the macro names (the first time with the date, as INGRES's trapquery.c). */
  private async trapQuery(text: string, count: number | null): Promise<void> {
    const name = this.macros.get('querytrap');
    if (name === undefined || this.io.appendFile === undefined) return;
    const first = this.trapFile === null;
    this.trapFile ??= (await this.macros.expand(name)).trim();
    const log = `${first ? `${ctime(this.io.now())}\n` : ''}${text}${count === null ? '' : `${count}\n`}`;
    await this.attempt(() => this.io.appendFile?.(this.trapFile ?? '', log));
  }

  private async edit(file: string): Promise<void> {
    try {
      const text = await this.io.edit(this.buffer.contents, file === '' ? null : file);
      if (file === '') this.buffer.replace(text);
      else this.buffer.keep();
    } catch (error) {
      this.error(error);
    }
    this.continueOrGo();
  }

  /** `\i file`: read input from a file; its lines run as if typed, without prompts. */
  private async include(file: string): Promise<void> {
    if (this.includes.length >= INCLUDE_DEPTH_MAX) {
      this.error(new IngresError(8015, `include files nested too deep (limit ${INCLUDE_DEPTH_MAX})`));
      return;
    }
    let text: string;
    try {
      text = this.io.readFile(file);
    } catch (error) {
      const reason = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
      this.error(new IngresError(8014, `cannot open '${file}': ${reason}`));
      return;
    }
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const frame: IncludeFrame = { file, lines, next: 0 };
    this.includes.push(frame);
    try {
      let run = 0;
      while (frame.next < frame.lines.length && !this.includesInterrupted) {
        const line = frame.lines[frame.next++] as string;
        if (!(await this.line(line))) break;
        if (++run % INCLUDE_YIELD_LINES === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.includes.pop();
      if (this.includes.length === 0) this.includesInterrupted = false;
    }
  }

  /**
   * `\b [?expr] label` (branch.c): with a condition, branch only when it is > 0; then run
   * the innermost include file on from the line after its first `\k label` (or the
   * `{default}` macro's label). A missing label ends that include file (INGRES: EOF).
   */
  private async branch(argument: string): Promise<void> {
    const command = parseBranch(argument);
    if (command.condition !== null) {
      let value: number;
      try {
        value = evaluateCondition(await this.macros.expand(command.condition));
      } catch (error) {
        this.error(error);
        return;
      }
      if (value <= 0) return;
    }
    const frame = this.includes[this.includes.length - 1];
    if (frame === undefined) {
      this.error(ingresError(8023));
      return;
    }
    const expand = (text: string): Promise<string> => this.macros.expand(text);
    const label = (await expand(command.label)).trim();
    let index = await findMark(frame.lines, label, expand);
    const fallback = this.macros.get('default');
    if (index < 0 && fallback !== undefined) index = await findMark(frame.lines, (await expand(fallback)).trim(), expand);
    if (index < 0) {
      this.error(ingresError(8024, label, frame.file));
      frame.next = frame.lines.length;
      return;
    }
    frame.next = index + 1;
  }
}

/** INGRES turned control characters in the input into blanks, with a message. */
function replaceControlCharacters(text: string, say: (message: string) => void): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (char) => {
    say(`Funny character 0${char.charCodeAt(0).toString(8)} converted to blank\n`);
    return ' ';
  });
}
