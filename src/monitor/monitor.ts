/*
 * monitor.ts — the INGRES terminal monitor's loop (QUEL.md §8): feeds input lines through
 * the command scanner and the query buffer, runs `\g` on the session, prints results in
 * INGRES layout and every message of normal mode (banner, Executing . . ., continue, go,
 * logout). All I/O goes through MonitorIO, so tests drive it with fakes.
 */
import { IngresError, toIngresError } from '../common/errors.js';
import type { QuelSession, StatementResult } from '../dbsys/session-api.js';
import { formatTable, type FormatOptions } from '../types/index.js';
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
}

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

/** The tuple count of the last statement that had one ({tuplecount}). */
export function tupleCount(results: readonly StatementResult[]): number | null {
  let count: number | null = null;
  for (const result of results) {
    if (result.kind === 'rows') count = result.rows.length;
    else if (result.kind === 'done' && result.tuples !== null) count = result.tuples;
  }
  return count;
}

export class Monitor {
  readonly buffer: QueryBuffer;
  readonly macros = new Macros();
  private quitting = false;
  /** input from an include file: no prompts or messages, like INGRES's Nodayfile = -1 */
  private includeDepth = 0;

  constructor(
    private readonly config: MonitorConfig,
    private readonly session: QuelSession,
    private readonly io: MonitorIO,
  ) {
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
    return !this.config.silent && this.includeDepth === 0;
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
        this.io.write(this.macros.expand(this.buffer.contents));
        this.continueOrGo();
        break;
      case 'eval':
        this.buffer.replace(this.macros.expand(this.buffer.contents));
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
      case 'branch': case 'mark':
        // goto inside include files is not supported; the commands are accepted and ignored
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
    const text = this.macros.expand(this.buffer.take());
    this.say('Executing . . .\n\n');
    if (text.trim() !== '') {
      let results: StatementResult[];
      try {
        results = await this.session.run(text);
      } catch (error) {
        results = [{ kind: 'error', error: toIngresError(error) }];
      }
      for (const result of results) this.io.write(formatResult(result, this.config.format));
      const count = tupleCount(results);
      if (count !== null) this.macros.define('tuplecount', String(count));
    }
    this.say(`${BELL}\ncontinue\n`);
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
    if (this.includeDepth >= INCLUDE_DEPTH_MAX) {
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
    this.includeDepth++;
    try {
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const line of lines) {
        if (!(await this.line(line))) break;
      }
    } finally {
      this.includeDepth--;
    }
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
