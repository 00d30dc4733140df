/*
 * reconnect.test.ts — ReconnectingSession: a session lost with a transaction open is
 * replaced by one that starts inside it, rolled back (SessionOptions.lost_transaction);
 * `openAfter` decides from the lost buffer's text when the daemon never answered.
 * (The real thing, with a killed daemon: test/process/daemon.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import type { QuelSession, StatementResult } from '../../../src/dbsys/session-api.js';
import { LOST_TRANSACTION, openAfter, ReconnectingSession } from '../../../src/monitor/reconnect.js';

describe('openAfter', () => {
  test('the last begin / end / abort of the buffer decides', () => {
    expect(openAfter(false, 'begin transaction\nappend to t (a = 1)')).toBe(true);
    expect(openAfter(false, 'begin transaction append to t (a = 1) end transaction')).toBe(false);
    expect(openAfter(true, 'append to t (a = 1)')).toBe(true);
    expect(openAfter(true, 'ABORT')).toBe(false);
    expect(openAfter(true, 'end   transaction\nbegin\ttransaction')).toBe(true);
    expect(openAfter(false, 'retrieve (x = 1)')).toBe(false);
  });

  test('words in comments and strings do not count', () => {
    expect(openAfter(false, '/* begin transaction */ retrieve (x = 1)')).toBe(false);
    expect(openAfter(true, 'append to t (s = "end transaction")')).toBe(true);
    expect(openAfter(true, 'append to t (s = "say \\"abort\\"")')).toBe(true);
    expect(openAfter(false, 'append to t (s = "x") begin transaction')).toBe(true);
  });
});

/** A session whose runs answer or fail as told; records how it was opened. */
class FakeSession implements QuelSession {
  inTransaction: boolean | undefined;
  constructor(readonly lostTransaction: string | undefined, private readonly answer: (text: string) => StatementResult[] | Error, open?: boolean) {
    this.inTransaction = open;
  }
  run(text: string): Promise<StatementResult[]> {
    const answer = this.answer(text);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe('ReconnectingSession', () => {
  const done: StatementResult[] = [{ kind: 'done', statement: 'Append', tuples: 1 }];
  const gone = (): Error => new IngresError(7001, 'host h1 is unreachable');

  /** One run answered (the daemon saying whether a transaction is open), the next lost, one more. */
  async function loseAfterOneRun(openAfterIt: boolean): Promise<{ opened: (string | undefined)[]; session: ReconnectingSession }> {
    const opened: (string | undefined)[] = [];
    let daemonUp = true;
    const first = new FakeSession(undefined, () => (daemonUp ? done : gone()), openAfterIt);
    const session = new ReconnectingSession(first, (lost) => {
      opened.push(lost);
      return Promise.resolve(new FakeSession(lost, () => done, lost !== undefined));
    }, () => undefined);
    await session.run('append to t (a = 1)');
    daemonUp = false;
    await expect(session.run('append to t (a = 2)')).rejects.toThrow(/unreachable/);
    await session.run('append to t (a = 3)');
    return { opened, session };
  }

  test('lost inside a transaction the daemon reported open: the next session starts inside it, rolled back', async () => {
    const { opened, session } = await loseAfterOneRun(true);
    expect(opened).toEqual([LOST_TRANSACTION]);
    expect(session.inTransaction).toBe(true);
  });

  test('lost with no transaction open: a plain new session', async () => {
    const { opened, session } = await loseAfterOneRun(false);
    expect(opened).toEqual([undefined]);
    expect(session.inTransaction).toBe(false);
  });

  test('the lost buffer itself began the transaction (the daemon never answered it)', async () => {
    const opened: (string | undefined)[] = [];
    const first = new FakeSession(undefined, () => gone(), false);
    const session = new ReconnectingSession(first, (lost) => {
      opened.push(lost);
      return Promise.resolve(new FakeSession(lost, () => done, undefined));
    }, () => undefined);
    await expect(session.run('begin transaction\nappend to t (a = 2)')).rejects.toThrow(/unreachable/);
    await session.run('append to t (a = 3)');
    expect(opened).toEqual([LOST_TRANSACTION]);
  });
});
