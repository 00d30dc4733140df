/*
 * reconnect.ts — a QuelSession that survives its daemon: when a query fails because the
 * daemon or the connection went away (7000–7002), the error is reported as is; the next
 * query first opens a new session (starting the daemon again if needed) and says so, since
 * range declarations and any open transaction of the old session are gone.
 */
import { IngresError } from '../common/errors.js';
import type { QuelSession, RunOptions, StatementResult } from '../dbsys/session-api.js';

/** Errors that mean "the session is gone", not "the statement failed". */
export function isConnectionLoss(error: unknown): boolean {
  return error instanceof IngresError && error.code >= 7000 && error.code <= 7002;
}

export class ReconnectingSession implements QuelSession {
  private lost = false;

  constructor(
    private current: QuelSession,
    private readonly reopen: () => Promise<QuelSession>,
    private readonly notice: (text: string) => void,
  ) {}

  async run(text: string, options?: RunOptions): Promise<StatementResult[]> {
    if (this.lost) {
      this.current = await this.reopen();
      this.lost = false;
      this.notice('reconnected to the host daemon in a new session: ' +
        'range declarations and any open transaction of the old session are gone');
    }
    try {
      return await this.current.run(text, options);
    } catch (error) {
      if (isConnectionLoss(error)) this.lost = true;
      throw error;
    }
  }

  close(): Promise<void> {
    return this.lost ? Promise.resolve() : this.current.close();
  }
}
