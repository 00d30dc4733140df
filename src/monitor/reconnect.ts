/*
 * reconnect.ts — a QuelSession that survives its daemon: when a query fails because the
 * daemon or the connection went away (7000–7002), the error is reported as is; the next
 * query first opens a new session (starting the daemon again if needed) and says so, since
 * range declarations and any open transaction of the old session are gone. A transaction
 * that was open stays "rolled back" in the new session (statements refused until end
 * transaction or abort): the rest of it must never run as lone, self-committing statements.
 */
import { IngresError } from '../common/errors.js';
import type { QuelSession, RunOptions, StatementResult } from '../dbsys/session-api.js';

/** Errors that mean "the session is gone", not "the statement failed". */
export function isConnectionLoss(error: unknown): boolean {
  return error instanceof IngresError && error.code >= 7000 && error.code <= 7002;
}

/** What the new session's rolled-back transaction says (SessionOptions.lost_transaction). */
export const LOST_TRANSACTION = 'the connection to the host daemon was lost with this transaction open';

/**
 * Whether a transaction may be open after `text` ran, given whether one was open before:
 * the last of its `begin transaction`, `end transaction` and `abort` decides (the run was
 * lost, so the daemon never said). Comments and strings are skipped; a buffer that ends a
 * transaction leaves none open here, whatever that end's outcome was.
 */
export function openAfter(openBefore: boolean, text: string): boolean {
  let open = openBefore;
  const words = /\/\*[\s\S]*?(?:\*\/|$)|"(?:\\.|[^"\\])*(?:"|$)|\b(begin\s+transaction|end\s+transaction|abort)\b/gi;
  for (const match of text.matchAll(words)) {
    const word = match[1]?.toLowerCase();
    if (word === undefined) continue;
    open = word.startsWith('begin');
  }
  return open;
}

export class ReconnectingSession implements QuelSession {
  private lost = false;
  /** the lost session had (or may have had) a transaction open */
  private lostOpen = false;
  /** a transaction is open as far as this side knows (the daemon's word after each run) */
  private open = false;

  constructor(
    private current: QuelSession,
    private readonly reopen: (lostTransaction?: string) => Promise<QuelSession>,
    private readonly notice: (text: string) => void,
  ) {}

  get inTransaction(): boolean {
    return this.open;
  }

  async run(text: string, options?: RunOptions): Promise<StatementResult[]> {
    if (this.lost) {
      this.current = await this.reopen(this.lostOpen ? LOST_TRANSACTION : undefined);
      this.lost = false;
      this.open = this.lostOpen;
      this.notice('reconnected to the host daemon in a new session: range declarations of the old session are gone' +
        (this.lostOpen ? '; its open transaction was rolled back (statements are ignored until end transaction or abort)' : ''));
    }
    try {
      const results = await this.current.run(text, options);
      this.open = this.current.inTransaction ?? openAfter(this.open, text);
      return results;
    } catch (error) {
      if (isConnectionLoss(error)) {
        this.lost = true;
        this.lostOpen = openAfter(this.open, text);
      }
      throw error;
    }
  }

  close(): Promise<void> {
    return this.lost ? Promise.resolve() : this.current.close();
  }
}
