/*
 * progress.test.ts — the monitor's copy progress bar: what a report shows (bytes of the
 * file size, else records of the relation's tuples), byte units, and the bar drawn on a
 * terminal stream, updated, and cleared when the query ends; nothing on a non-terminal.
 */
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { RunProgress } from '../../../src/dbsys/session-api.js';
import { ProgressBar, formatBytes, progressView } from '../../../src/monitor/progress.js';

/** A stream that says it is a terminal and keeps what is written to it. */
class FakeTerminal extends Writable {
  text = '';
  constructor(readonly isTTY: boolean, readonly columns = 100) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const from = (bytes: number, records: number): RunProgress =>
  ({ what: 'copy t from /tmp/big.txt', records, recordsTotal: 0, bytes, bytesTotal: 7_240_740 });

describe('progressView', () => {
  test('copy from: bytes of the file size', () => {
    expect(progressView(from(3_145_728, 130_000))).toEqual({
      value: 3_145_728, total: 7_240_740, done: '3.0 MB of 6.9 MB', detail: '130000 records',
    });
  });

  test('copy into: records of the relation size; unknown sizes show the count only', () => {
    const into = { what: 'copy t into /tmp/out', records: 4096, recordsTotal: 300_000, bytes: 100_000, bytesTotal: 0 };
    expect(progressView(into)).toEqual({ value: 4096, total: 300_000, done: '4096 of 300000 records', detail: '97.7 KB' });
    expect(progressView({ ...into, recordsTotal: 0 })).toEqual({ value: 0, total: 0, done: '4096 records', detail: '97.7 KB' });
    // a relation that grew past its catalog count never goes past 100%
    expect(progressView({ ...into, records: 400_000 }).value).toBe(300_000);
  });

  test('formatBytes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB');
  });
});

describe('ProgressBar', () => {
  test('draws on a terminal, updates in place, and clears the line when the query ends', () => {
    const terminal = new FakeTerminal(true);
    const bar = new ProgressBar(terminal as unknown as NodeJS.WriteStream);
    bar.update(from(1_048_576, 40_000));
    expect(terminal.text).toContain('copy t from /tmp/big.txt [');
    expect(terminal.text).toContain('14% | 1.0 MB of 6.9 MB | 40000 records');
    bar.update(from(7_240_740, 300_000));
    bar.update(null);
    expect(terminal.text).toContain('100% | 6.9 MB of 6.9 MB | 300000 records');
    // clearOnComplete: the last thing written erases the bar's line
    expect(terminal.text.endsWith('\x1b[0K') || terminal.text.endsWith('\x1b[2K')).toBe(true);
    bar.update(null);
  });

  test('draws nothing when the stream is not a terminal', () => {
    const pipe = new FakeTerminal(false);
    const bar = new ProgressBar(pipe as unknown as NodeJS.WriteStream);
    bar.update(from(1_048_576, 40_000));
    bar.update(null);
    expect(pipe.text).toBe('');
  });
});
