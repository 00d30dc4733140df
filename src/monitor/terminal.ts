/*
 * terminal.ts — the monitor's real I/O: stdin lines through node:readline (line editing
 * and history persisted to ~/.ingres_history on a terminal; no prompt or echo when stdin
 * is not a terminal; Ctrl-C interrupts the query in flight), files, the editor (\e:
 * {editor} macro, $EDITOR, else ed) and the shell (\s: {shell} macro, $SHELL, else /bin/sh).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, fstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { IngresError } from '../common/errors.js';
import type { Monitor, MonitorIO } from './monitor.js';
import { ProgressBar } from './progress.js';

/** How many lines of history are kept in ~/.ingres_history. */
export const HISTORY_SIZE = 1000;

export function historyPath(): string {
  return process.env['INGRES_HISTORY'] ?? join(homedir(), '.ingres_history');
}

function loadHistory(path: string): string[] {
  try {
    const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
    return lines.slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

function saveHistory(path: string, history: readonly string[]): void {
  try {
    writeFileSync(path, [...history].reverse().map((line) => `${line}\n`).join(''), { mode: 0o600 });
  } catch {
    // history is a convenience: an unwritable home directory must not stop the monitor
  }
}

function stdinIsRaw(): boolean {
  return process.stdin.isTTY && process.stdin.isRaw;
}

/** Run a program on the terminal, readline out of the way meanwhile. */
function runOnTerminal(command: string, args: readonly string[], rl: Interface | null): void {
  const raw = stdinIsRaw();
  rl?.pause();
  if (raw) process.stdin.setRawMode(false);
  try {
    const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
    if (result.error) {
      const reason = (result.error as { code?: string }).code === 'ENOENT' ? 'not found' : result.error.message;
      throw new IngresError(8016, `cannot run ${command}: ${reason}`);
    }
  } finally {
    if (raw) process.stdin.setRawMode(true);
    rl?.resume();
  }
}

/** Split a command macro like "vi -n" into program and arguments. */
function commandWords(text: string): [string, string[]] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  return [words[0] ?? '', words.slice(1)];
}

/**
 * The monitor's input lines, read through readline: the main loop takes them one by one,
 * and `{read}` takes the next one with its own prompt.
 */
export class TerminalInput {
  private readonly lines: AsyncIterator<string>;

  constructor(readonly rl: Interface, private readonly interactive: boolean, private readonly prompt: string) {
    this.lines = rl[Symbol.asyncIterator]();
  }

  /** The next line without its newline (a trailing CR dropped), or null at end of input. */
  async next(): Promise<string | null> {
    const next = await this.lines.next();
    if (next.done === true) return null;
    const raw = next.value;
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  }

  /** `{read}`: show `prompt` (as readline's prompt on a terminal), then read a line. */
  async ask(prompt: string): Promise<string | null> {
    if (this.interactive) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    } else {
      process.stdout.write(prompt);
    }
    try {
      return await this.next();
    } finally {
      this.rl.setPrompt(this.prompt);
    }
  }
}

/**
 * The real MonitorIO. `progressBar`: draw long copies' progress on stderr (a terminal, and
 * not -s); otherwise nothing is drawn and the output is what it always was.
 */
export function createTerminalIO(
  getMonitor: () => Monitor | null,
  getInput: () => TerminalInput | null,
  options: { readonly progressBar?: boolean } = {},
): MonitorIO {
  const rl = (): Interface | null => getInput()?.rl ?? null;
  const bar = options.progressBar === true ? new ProgressBar(process.stderr) : null;
  return {
    ...(bar === null ? {} : { progress: (progress) => bar.update(progress) }),
    write: (text) => { if (text !== '') process.stdout.write(text); },
    readFile: (path) => readFileSync(resolve(path), 'utf8'),
    writeFile: (path, text) => {
      if (path === '') throw new IngresError(8014, "cannot open '': no file name given");
      try {
        writeFileSync(resolve(path), text);
      } catch (error) {
        throw new IngresError(8014, `cannot open '${path}': ${(error as Error).message}`);
      }
    },
    chdir: (directory) => {
      try {
        process.chdir(directory);
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new IngresError(8017, `cannot change directory to '${directory}': ${code === 'ENOENT' ? 'no such directory' : (error as Error).message}`);
      }
    },
    edit: (text, file) => {
      const macro = getMonitor()?.macros.get('editor');
      const [program, args] = commandWords(macro ?? process.env['EDITOR'] ?? process.env['VISUAL'] ?? 'ed');
      if (file !== null) {
        runOnTerminal(program, [...args, file], rl());
        return Promise.resolve(text);
      }
      const dir = mkdtempSync(join(tmpdir(), 'ingres-edit-'));
      const path = join(dir, 'query.quel');
      try {
        writeFileSync(path, text);
        runOnTerminal(program, [...args, path], rl());
        return Promise.resolve(existsSync(path) ? readFileSync(path, 'utf8') : text);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    shell: (file, text) => {
      const macro = getMonitor()?.macros.get('shell');
      const [program, args] = commandWords(macro ?? process.env['SHELL'] ?? '/bin/sh');
      if (file === null) {
        runOnTerminal(program, args, rl());
        return Promise.resolve();
      }
      const dir = mkdtempSync(join(tmpdir(), 'ingres-shell-'));
      const bufferFile = join(dir, 'query.quel');
      try {
        writeFileSync(bufferFile, text);
        runOnTerminal(program, [...args, file, bufferFile], rl());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      return Promise.resolve();
    },
    now: () => new Date(),
    readLine: (prompt) => getInput()?.ask(prompt) ?? Promise.resolve(null),
    appendFile: (path, text) => {
      try {
        appendFileSync(resolve(path), text);
      } catch (error) {
        throw new IngresError(8014, `cannot open '${path}': ${(error as Error).message}`);
      }
    },
  };
}

function stdinIsDirectory(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Feed stdin to the monitor line by line until \q or end of input. On a terminal, with
 * line editing, history and the `* ` prompt (normal mode only).
 */
export async function runTerminal(
  monitor: Monitor,
  options: { readonly interactive: boolean; readonly prompt: boolean; readonly setInput: (input: TerminalInput) => void },
): Promise<void> {
  const history = options.interactive ? historyPath() : null;
  // stdin that cannot be read (a directory: `ingres db < /tmp`) is an error, not an empty
  // script (node reads a directory as empty)
  if (!options.interactive && stdinIsDirectory()) throw new IngresError(8014, "cannot open 'standard input': it is a directory");
  let unreadable: NodeJS.ErrnoException | null = null;
  process.stdin.once('error', (error: NodeJS.ErrnoException) => { unreadable = error; });
  const rl = createInterface({
    input: process.stdin,
    output: options.interactive ? process.stdout : undefined,
    terminal: options.interactive,
    history: history === null ? [] : loadHistory(history),
    historySize: options.interactive ? HISTORY_SIZE : 0,
    removeHistoryDuplicates: true,
    prompt: options.prompt ? '* ' : '',
    crlfDelay: Infinity,
  });
  const input = new TerminalInput(rl, options.interactive, options.prompt ? '* ' : '');
  options.setInput(input);
  if (history !== null) {
    rl.on('history', (lines: string[]) => saveHistory(history, lines));
    rl.on('SIGINT', () => {
      // a query in flight is cancelled (its error says so), include files stop
      if (monitor.interrupt()) return;
      // INGRES: an interrupt throws away the line being typed
      process.stdout.write('^C\n');
      rl.write(null, { ctrl: true, name: 'u' });
      if (options.prompt) rl.prompt();
    });
  }
  if (options.prompt) rl.prompt();
  let eof = true;
  for (let line = await input.next(); line !== null; line = await input.next()) {
    if (!(await monitor.line(line))) {
      eof = false;
      break;
    }
    if (options.prompt) rl.prompt();
  }
  rl.close();
  const failed = unreadable as NodeJS.ErrnoException | null;
  if (failed !== null) throw new IngresError(8014, `cannot open 'standard input': ${failed.code ?? failed.message}`);
  if (eof) monitor.finish(true);
}
