/*
 * tmux.ts — a real terminal for process tests: a detached tmux session on a private
 * socket whose pane runs a program; keys are sent with send-keys and the screen is read
 * with capture-pane, polled until a condition holds (with the screen in the failure).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '../helpers.js';

export class TmuxPane {
  private readonly socket: string;

  /** Start `command` in a 120x50 pane; the pane stays after the program exits. */
  constructor(dir: string, private readonly session: string, command: string) {
    this.socket = join(dir, 'tmux.sock');
    this.tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '50', command,
      ';', 'set-option', '-t', session, 'remain-on-exit', 'on');
  }

  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }

  /** The pane's text, 200 lines of history included. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session, '-S', '-200');
  }

  keys(...sequence: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...sequence);
  }

  /** Type text literally, without Enter. */
  typeText(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  /** Type a line literally, then Enter. */
  type(line: string): void {
    this.typeText(line);
    this.keys('Enter');
  }

  /** Poll the screen until `predicate` holds; a timeout says what the terminal showed. */
  async until(what: string, predicate: (text: string) => boolean, timeoutMs?: number): Promise<string> {
    try {
      return await waitFor(what, () => {
        const text = this.screen();
        return predicate(text) ? text : null;
      }, timeoutMs);
    } catch (error) {
      let shown = '';
      try { shown = this.screen(); } catch { shown = '(pane gone)'; }
      throw new Error(`${(error as Error).message}\n--- screen ---\n${shown}`);
    }
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}

/** How many times `part` occurs in `text`. */
export function count(text: string, part: string): number {
  return text.split(part).length - 1;
}
