/*
 * copy-transfer.ts — the daemon's side of `copy` files, which are the client's: read and
 * written by the client with its own rights (session.proto, CopyFile / CopyPiece), never
 * opened by the daemon. One ClientFiles per Exchange call; the session's `copy` statement
 * works on a local stand-in in the temporary directory (0600, removed afterwards).
 */
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errnoReason as reason, writeFully } from '../common/files.js';
import type { CopyFiles, CopyLocal } from '../dbsys/session-api.js';
import type { pbt } from './gen/index.js';

/** bytes per CopyPiece (well under the 64 MiB message limit; a few per turn of the loop) */
export const COPY_PIECE_BYTES = 1 << 20;

/** what a transfer waiting for the client does with its next piece, or when the call ends */
interface Waiting {
  readonly piece: (piece: pbt.ICopyPiece) => void;
  readonly fail: (why: string) => void;
}

function removeQuietly(path: string): void {
  rmSync(path, { force: true });
}

export class ClientFiles implements CopyFiles {
  private transfers = 0;
  private readonly waiting = new Map<number, Waiting>();
  /** copy … into: the transfer number of each prepared stand-in */
  private readonly prepared = new Map<string, number>();
  private ended: string | null = null;

  /** `send`: one part to the client, resolved when the stream takes more */
  constructor(private readonly send: (part: pbt.IRunReply) => Promise<void>, private readonly directory = tmpdir()) {}

  /** A CopyPiece the client sent (RunRequest.copy); one for no transfer in progress is dropped. */
  piece(piece: pbt.ICopyPiece): void {
    this.waiting.get(piece.number ?? 0)?.piece(piece);
  }

  /** The call ended: transfers in progress fail, later ones at once. */
  end(why: string): void {
    this.ended = why;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const transfer of waiting) transfer.fail(why);
  }

  private standIn(number: number): string {
    return join(this.directory, `ingres-copy-${process.pid}-${number}-${randomBytes(4).toString('hex')}`);
  }

  receive(path: string): Promise<CopyLocal> {
    if (this.ended !== null) return Promise.resolve({ error: this.ended });
    const number = ++this.transfers;
    const local = this.standIn(number);
    let fd: number;
    try {
      fd = openSync(local, 'wx', 0o600);
    } catch (error) {
      return Promise.resolve({ error: `the daemon cannot hold it (${reason(error)} in ${this.directory})` });
    }
    return this.ask({ number, path, into: false }, (piece, settle) => {
      try {
        if (piece.data && piece.data.length > 0) writeFully(fd, piece.data);
      } catch (error) {
        settle({ error: `the daemon cannot hold it (${reason(error)} in ${this.directory})` });
        return;
      }
      if (piece.last === true) settle({ local });
    }, (outcome) => {
      closeSync(fd);
      if ('error' in outcome) removeQuietly(local);
    });
  }

  prepare(path: string): Promise<CopyLocal> {
    if (this.ended !== null) return Promise.resolve({ error: this.ended });
    const number = ++this.transfers;
    return this.ask({ number, path, into: true }, (_piece, settle) => {
      const local = this.standIn(number);
      this.prepared.set(local, number);
      settle({ local });
    });
  }

  /** Send `file` to the client and feed its answering pieces to `onPiece` (a piece with an
   *  error settles the transfer with it) until it settles; `onSettled` runs first. */
  private ask(
    file: pbt.ICopyFile,
    onPiece: (piece: pbt.ICopyPiece, settle: (outcome: CopyLocal) => void) => void,
    onSettled: (outcome: CopyLocal) => void = () => undefined,
  ): Promise<CopyLocal> {
    const number = file.number ?? 0;
    return new Promise<CopyLocal>((resolve) => {
      let settled = false;
      const settle = (outcome: CopyLocal): void => {
        if (settled) return;
        settled = true;
        this.waiting.delete(number);
        onSettled(outcome);
        resolve(outcome);
      };
      this.waiting.set(number, {
        piece: (piece) => {
          if (piece.error) settle({ error: piece.error });
          else onPiece(piece, settle);
        },
        fail: (why) => settle({ error: why }),
      });
      this.send({ copyFile: file }).catch((error: unknown) => settle({ error: reason(error) }));
    });
  }

  async deliver(local: string, written: boolean): Promise<string | undefined> {
    const number = this.prepared.get(local);
    this.prepared.delete(local);
    if (number === undefined) return 'no such transfer';
    try {
      if (!written) {
        // the statement failed: the client drops its target, and answers nothing
        if (this.ended === null) await this.send({ copyPiece: { number, last: true, error: 'the statement failed' } });
        return undefined;
      }
      if (this.ended !== null) return this.ended;
      const answer = new Promise<string | undefined>((resolve) => {
        this.waiting.set(number, {
          piece: (piece) => {
            this.waiting.delete(number);
            resolve(piece.error ? piece.error : undefined);
          },
          fail: (why) => resolve(why),
        });
      });
      const fd = openSync(local, 'r');
      try {
        const buffer = Buffer.allocUnsafe(COPY_PIECE_BYTES);
        for (;;) {
          const length = readSync(fd, buffer, 0, buffer.length, null);
          if (length === 0) break;
          // (a copy: the buffer is refilled while the message may still wait to be sent)
          await this.send({ copyPiece: { number, data: Buffer.from(buffer.subarray(0, length)) } });
          if (this.ended !== null) break;
        }
      } finally {
        closeSync(fd);
      }
      if (this.ended === null) await this.send({ copyPiece: { number, last: true } });
      return await answer;
    } catch (error) {
      this.waiting.delete(number);
      return reason(error);
    } finally {
      removeQuietly(local);
    }
  }

  release(local: string): void {
    removeQuietly(local);
  }
}

/** For a client that runs buffers as Run calls (no stream back to it): copy cannot reach
 *  its files, and never opens them itself. */
export const NO_CLIENT_FILES: CopyFiles = {
  receive: () => Promise.resolve({ error: 'this client cannot send files (its buffers go as Run calls, not on the Exchange stream)' }),
  prepare: () => Promise.resolve({ error: 'this client cannot take files (its buffers go as Run calls, not on the Exchange stream)' }),
  deliver: () => Promise.resolve(undefined),
  release: () => undefined,
};
