/*
 * tm-grpc.test.ts — two-phase commit between several TMs over real gRPC on loopback, each
 * host with its own lmdb database: commit with a writing and a read-only participant,
 * a participant voting no, presumed abort after a coordinator crash, in-doubt resolution
 * after a participant restart, decisions re-sent by a restarted coordinator, UP_SYS.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { readDbst } from '../../../src/tm/index.js';
import { TestCluster, until } from './cluster.js';
import { endGlobalId, isRunningGlobalId, newGlobalId } from '../../../src/common/global-id.js';

let cluster: TestCluster | null = null;
afterEach(async () => {
  await cluster?.stop();
  cluster = null;
});

async function start(relations = ['acct']): Promise<TestCluster> {
  cluster = await TestCluster.start(['a', 'b', 'c'], relations);
  return cluster;
}

describe('two-phase commit over gRPC', () => {
  test('commit with one writing and one read-only participant', async () => {
    const cl = await start();
    const [a, b, c] = [cl.host('a'), cl.host('b'), cl.host('c')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    expect(await c.read(gid, 'acct')).toBe(0); // c only reads: it votes read_only
    expect(c.tm.stateOf(gid)).toBeNull();
    await a.tm.commitAsCoordinator(gid, { userHost: 'a' });
    expect(await a.values('acct')).toEqual([1]);
    expect(await b.values('acct')).toEqual([2]);
    for (const host of [a, b, c]) {
      expect(host.tm.stateOf(gid)).toBeNull();
      expect(host.tm.inDoubt()).toEqual([]);
      expect(host.db.activeTransactions()).toEqual([]);
    }
    expect(a.tm.heldDecisions()).toEqual([]); // every yes voter acked: forgotten
    for (const host of [a, b, c]) host.tm.flushDbst(); // written off the commit path
    expect(readDbst(a.db.directory, 'bank')).toEqual({ userhost: true, membership: 'coord', cons: true });
    expect(readDbst(b.db.directory, 'bank')).toEqual({ userhost: false, membership: 'parti', cons: true });
    expect(readDbst(c.db.directory, 'bank')).toEqual({ userhost: false, membership: 'parti', cons: true });
  });

  test('a participant voting no aborts the transaction everywhere', async () => {
    const cl = await start();
    const [a, b, c] = [cl.host('a'), cl.host('b'), cl.host('c')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    await c.insert(gid, 'acct', 3);
    c.fail.set('tm.parti.before-prepare=error');
    await expect(a.tm.commitAsCoordinator(gid, { userHost: 'a' })).rejects.toMatchObject({ code: 6011 });
    for (const host of [a, b, c]) {
      expect(await host.values('acct')).toEqual([]);
      expect(host.tm.stateOf(gid)).toBeNull();
      expect(host.db.activeTransactions()).toEqual([]);
    }
    expect(a.tm.heldDecisions()).toEqual([]);
  });

  test('UP_SYS catalog statements are applied and committed on every participant', async () => {
    const cl = await start();
    const gid = cl.gid('a');
    const a = cl.host('a');
    const part = a.tm.part(gid, 'ingres');
    await part.txn.lock([{ name: 'newrel', mode: 'X' }]);
    part.txn.statement(() => part.txn.createRelation({
      name: 'newrel', owner: 'ingres', attributes: [{ name: 'v', type: { kind: 'i', length: 4 } }],
    }));
    part.catalogStatements.push('create newrel');
    part.wrote = true;
    await a.tm.commitAsCoordinator(gid, { userHost: 'a' });
    for (const name of ['a', 'b', 'c']) {
      const txn = cl.host(name).db.begin('x');
      expect(txn.relation('newrel')?.name).toBe('newrel');
      await txn.commit();
    }
  });

  test('a participant that cannot apply UP_SYS votes no (NOT_PROC)', async () => {
    const cl = await start();
    const gid = cl.gid('a');
    const a = cl.host('a');
    a.tm.part(gid, 'ingres').catalogStatements.push('frobnicate everything');
    await expect(a.tm.commitAsCoordinator(gid, { userHost: 'a' })).rejects.toMatchObject({ code: 6011 });
    expect(cl.host('b').db.activeTransactions()).toEqual([]);
  });

  test('presumed abort: the coordinator dies before deciding; the prepared participant learns abort', async () => {
    const cl = await start();
    const [a, b] = [cl.host('a'), cl.host('b')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    a.fail.set('tm.coord.after-votes=crash');
    void a.tm.commitAsCoordinator(gid, { userHost: 'a' });
    expect(await a.crashed).toBe('tm.coord.after-votes');
    expect(b.tm.stateOf(gid)).toBe('wait_parti');
    expect(b.tm.inDoubt().map((d) => d.globalId)).toEqual([gid]);
    await b.restart(); // and b restarts too: the prepared part is recovered in doubt
    expect(b.tm.stateOf(gid)).toBe('in_doubt');
    const [entry] = b.tm.inDoubt();
    expect(entry?.coordinator).toBe('a');
    expect(entry?.ageMs).toBeGreaterThanOrEqual(0);
    await a.restart();
    await until(() => b.tm.inDoubt().length === 0);
    expect(await b.values('acct')).toEqual([]);
    expect(await a.values('acct')).toEqual([]);
  });

  test('a coordinator that never saw a young transaction asks its user host whether a master still runs it', async () => {
    const cl = await start();
    const a = cl.host('a');
    const gid = newGlobalId('c'); // c's master runs it (the registry is per process)
    expect(a.tm.outcome(gid)).toBe(3); // PENDING: its request to coordinate may still come
    expect(await a.tm.outcomeAsked(gid)).toBe(3); // c: still running
    endGlobalId(gid); // c's master is done with it (failed, or its answer was lost)
    expect(await a.tm.outcomeAsked(gid)).toBe(2); // ABORT, at once instead of after 30 s …
    expect(() => a.tm.part(gid, 'ingres')).toThrow(/6011|aborted/); // … and kept as a promise
    expect(isRunningGlobalId(gid)).toBe(false);
  });

  test('Outcome is PENDING while the coordinator collects votes', async () => {
    const cl = await start();
    const [a, b] = [cl.host('a'), cl.host('b')];
    const gid = cl.gid('a');
    await b.insert(gid, 'acct', 2);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    a.fail.set('tm.coord.after-votes=delay:0');
    const origHit = a.fail.hit.bind(a.fail);
    a.fail.hit = (name: string) => (name === 'tm.coord.after-votes' ? gate : origHit(name));
    const committing = a.tm.commitAsCoordinator(gid, { userHost: 'a' });
    await until(() => b.tm.stateOf(gid) === 'wait_parti');
    expect(a.tm.stateOf(gid)).toBe('wait_coord');
    expect(a.tm.outcome(gid)).toBe(3); // DECISION_PENDING
    release();
    await committing;
    // every yes voter acked: the durable record is gone, the outcome is still remembered
    expect(a.tm.heldDecisions()).toEqual([]);
    expect(a.tm.outcome(gid)).toBe(1); // DECISION_COMMIT
    expect(await b.values('acct')).toEqual([2]);
  });

  test('a participant restarted after voting yes resolves with the coordinator: commit', async () => {
    const cl = await start();
    const [a, b, c] = [cl.host('a'), cl.host('b'), cl.host('c')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    await c.insert(gid, 'acct', 3);
    b.fail.set('tm.parti.after-vote=crash'); // dies when COM_ABT arrives, before applying it
    await a.tm.commitAsCoordinator(gid, { userHost: 'a' });
    expect(await b.crashed).toBe('tm.parti.after-vote');
    expect(a.tm.heldDecisions()).toEqual([gid]); // b never acked
    expect(await c.values('acct')).toEqual([3]);
    b.fail.set(''); // the restarted process runs without the failpoint
    await b.restart();
    await until(() => b.tm.inDoubt().length === 0 && a.tm.heldDecisions().length === 0);
    expect(await b.values('acct')).toEqual([2]);
    expect(await a.values('acct')).toEqual([1]);
  });

  test('a coordinator restarted after its decision re-sends it', async () => {
    const cl = await start();
    const [a, b, c] = [cl.host('a'), cl.host('b'), cl.host('c')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    await c.insert(gid, 'acct', 3);
    a.fail.set('tm.coord.after-decision=crash');
    void a.tm.commitAsCoordinator(gid, { userHost: 'a' });
    expect(await a.crashed).toBe('tm.coord.after-decision');
    expect(b.tm.stateOf(gid)).toBe('wait_parti');
    await a.restart();
    expect(a.tm.heldDecisions()).toEqual([gid]);
    await until(() => a.tm.heldDecisions().length === 0);
    expect(await a.values('acct')).toEqual([1]);
    expect(await b.values('acct')).toEqual([2]);
    expect(await c.values('acct')).toEqual([3]);
  });

  test('requestCommit from the user host lets the target host coordinate (TR_REQ)', async () => {
    const cl = await start();
    const [a, b] = [cl.host('a'), cl.host('b')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    await a.tm.requestCommit(gid, { userHost: 'a', coordinator: 'b' });
    a.tm.flushDbst();
    b.tm.flushDbst();
    expect(readDbst(b.db.directory, 'bank')?.membership).toBe('coord');
    expect(readDbst(a.db.directory, 'bank')).toEqual({ userhost: true, membership: 'parti', cons: true });
    expect(await a.values('acct')).toEqual([1]);
    expect(await b.values('acct')).toEqual([2]);
  });

  test('remote coordinator dies after the decision reached the user host: requestCommit resolves', async () => {
    const cl = await start();
    const [a, b] = [cl.host('a'), cl.host('b')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    b.fail.set('tm.coord.mid-delivery=crash'); // a is the only yes voter: its ack comes first
    await a.tm.requestCommit(gid, { userHost: 'a', coordinator: 'b' });
    expect(await b.crashed).toBe('tm.coord.mid-delivery');
    expect(await a.values('acct')).toEqual([1]);
    b.fail.set('');
    await b.restart();
    expect(await b.values('acct')).toEqual([2]);
    // (the acks of a round are written once it is in: a's, which came before the crash, was
    // not, so the restarted b sends a its COM_ABT again — acked at once, then forgotten)
    await until(() => b.tm.heldDecisions().length === 0);
  });

  test('remote coordinator dies before deciding: requestCommit says 6014, then the part resolves to abort', async () => {
    const cl = await start();
    const [a, b] = [cl.host('a'), cl.host('b')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    b.fail.set('tm.coord.after-votes=crash');
    await expect(a.tm.requestCommit(gid, { userHost: 'a', coordinator: 'b' })).rejects.toMatchObject({ code: 6014 });
    expect(a.tm.stateOf(gid)).toBe('wait_parti');
    b.fail.set('');
    await b.restart();
    await until(() => a.tm.inDoubt().length === 0);
    expect(await a.values('acct')).toEqual([]);
    expect(await b.values('acct')).toEqual([]);
  });

  test('abort releases every host part', async () => {
    const cl = await start();
    const [a, b] = [cl.host('a'), cl.host('b')];
    const gid = cl.gid('a');
    await a.insert(gid, 'acct', 1);
    await b.insert(gid, 'acct', 2);
    await a.tm.abort(gid);
    expect(b.tm.stateOf(gid)).toBeNull();
    expect(await b.values('acct')).toEqual([]);
    expect(await a.values('acct')).toEqual([]);
  });

  test('an unprepared part whose master no longer runs it is rolled back; one whose master runs it stays', async () => {
    // the registry of running transactions is per process: these ids are run by "a"'s
    // master in this process until endGlobalId
    const warned: string[] = [];
    cluster = await TestCluster.start(['a', 'b'], ['acct', 'other'], { abandonedAfterMs: 200, log: { info: () => undefined, error: () => undefined, warn: (_fields, message) => { warned.push(message ?? ''); } } });
    const b = cluster.host('b');
    const running = newGlobalId('a');
    const forgotten = newGlobalId('a');
    try {
      await b.insert(running, 'acct', 1);
      await b.insert(forgotten, 'other', 2);
      endGlobalId(forgotten); // its master is done, but the abort never reached b
      // the older part is checked in the same round or an earlier one: it must still be there
      await until(() => b.tm.stateOf(forgotten) === null && b.db.activeTransactions().length === 1);
      expect(warned).toEqual(['rolled back an abandoned part: no master on its user host runs its transaction any more']);
      expect(await b.values('other')).toEqual([]); // rolled back, and its X lock is free
      await expect(b.insert(forgotten, 'other', 3)).rejects.toMatchObject({ code: 6011 }); // late work refused
      // the running part kept its work and its lock, and commits
      await b.tm.commitAsCoordinator(running, { userHost: 'a' });
      expect(await b.values('acct')).toEqual([1]);
    } finally {
      endGlobalId(running);
    }
  });

  test('an unprepared part is abandoned when its user host leaves the group', async () => {
    const cl = await start();
    const b = cl.host('b');
    const gid = cl.gid('a');
    await b.insert(gid, 'acct', 2);
    b.membership.markDown('a');
    expect(b.tm.stateOf(gid)).toBeNull();
    expect(b.db.activeTransactions()).toEqual([]);
  });
});
