/*
 * copy-files.ts — the client's side of `copy`: the daemon asks for a `copy … from` file and
 * sends a `copy … into` file (session.proto, CopyFile / CopyPiece), and this process reads
 * and writes them with its own rights, as INGRES's copy ran in a child under the user's
 * real uid. A relative name is this process's (its working directory).
 */
import { closeSync, fchmodSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ClientDuplexStream } from '@grpc/grpc-js';
// what a failed open, read or write says: the errno code (EACCES, ENOENT), as the daemon's own file errors did
import { errnoReason as reason, writeFully } from '../common/files.js';
import type { pbt } from './gen/index.js';
import { drained } from './wire.js';

/** bytes per piece sent (the daemon's pieces are as large: copy-transfer.ts) */
const PIECE_BYTES = 1 << 20;

type Exchange = ClientDuplexStream<pbt.IRunRequest, pbt.IRunBatch>;

async function send(stream: Exchange, piece: pbt.ICopyPiece): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return;
  // (a stream that ends instead: its own error reaches the run)
  if (!stream.write({ copy: piece })) await drained(stream);
}

let targets = 0;

/**
 * A `copy … into` target: a regular or new file is written under a temporary name beside
 * it and renamed over it at the end, keeping the old file's mode, so a copy that fails
 * leaves the file as it was; a character device (/dev/null), or a file in a directory we
 * may not add to, is written directly.
 */
class Target {
  private readonly fd: number;
  private readonly temp: string | null;
  private readonly path: string;

  constructor(name: string) {
    this.path = resolve(name);
    let mode: number | null = null;
    let regular = true;
    let device = false;
    try {
      const stat = statSync(this.path);
      regular = stat.isFile();
      device = stat.isCharacterDevice();
      mode = stat.mode & 0o7777;
    } catch {
      // a new file
    }
    if (!regular && !device) throw new Error('not a regular file');
    let temp: string | null = null;
    let fd: number | null = null;
    if (regular) {
      temp = join(dirname(this.path), `.${basename(this.path)}.copy-${process.pid}-${++targets}`);
      try {
        fd = openSync(temp, 'wx', 0o666);
        if (mode !== null) fchmodSync(fd, mode);
      } catch {
        if (fd !== null) closeSync(fd);
        if (fd !== null) rmSync(temp, { force: true });
        temp = null;
        fd = null;
      }
    }
    this.fd = fd ?? openSync(this.path, 'w', 0o666);
    this.temp = temp;
  }

  write(bytes: Uint8Array): void {
    writeFully(this.fd, bytes);
  }

  finish(): void {
    closeSync(this.fd);
    if (this.temp !== null) renameSync(this.temp, this.path);
  }

  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    if (this.temp !== null) rmSync(this.temp, { force: true });
  }
}

/** One session's copy files in progress. */
export class CopyFilesHere {
  private readonly targets = new Map<number, Target>();

  /** A CopyFile or CopyPiece part from the daemon on `stream`. */
  part(message: pbt.RunReply, stream: Exchange): void {
    if (message.copyFile) this.file(message.copyFile, stream);
    else if (message.copyPiece) this.piece(message.copyPiece, stream);
  }

  /** A new stream: targets left by the old one (the daemon went away mid-copy) are dropped. */
  dropAll(): void {
    for (const target of this.targets.values()) target.abandon();
    this.targets.clear();
  }

  private file(file: pbt.ICopyFile, stream: Exchange): void {
    const number = file.number ?? 0;
    const name = file.path ?? '';
    if (file.into !== true) {
      void this.sendFile(number, name, stream);
      return;
    }
    try {
      this.targets.set(number, new Target(name));
      void send(stream, { number, last: true });
    } catch (error) {
      void send(stream, { number, last: true, error: reason(error) });
    }
  }

  private piece(piece: pbt.ICopyPiece, stream: Exchange): void {
    const number = piece.number ?? 0;
    const target = this.targets.get(number);
    if (target === undefined) return;
    if (piece.error) {
      // the statement failed: the file stays as it was, and nobody waits for an answer
      this.targets.delete(number);
      target.abandon();
      return;
    }
    try {
      if (piece.data && piece.data.length > 0) target.write(piece.data);
      if (piece.last === true) {
        this.targets.delete(number);
        target.finish();
        void send(stream, { number, last: true });
      }
    } catch (error) {
      this.targets.delete(number);
      target.abandon();
      void send(stream, { number, last: true, error: reason(error) });
    }
  }

  /** `copy … from`: the file in pieces, or why it cannot be read. */
  private async sendFile(number: number, name: string, stream: Exchange): Promise<void> {
    let handle;
    try {
      handle = await open(resolve(name), 'r');
    } catch (error) {
      await send(stream, { number, last: true, error: reason(error) });
      return;
    }
    try {
      if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
      const buffer = Buffer.allocUnsafe(PIECE_BYTES);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        await send(stream, { number, data: Buffer.from(buffer.subarray(0, bytesRead)) });
      }
      await send(stream, { number, last: true });
    } catch (error) {
      await send(stream, { number, last: true, error: reason(error) });
    } finally {
      await handle.close();
    }
  }
}
