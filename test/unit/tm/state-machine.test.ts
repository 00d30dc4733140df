/*
 * state-machine.test.ts — the TM's states and durable records without the network: TMs of
 * three hosts wired by in-memory peers. Checks the state at each named point (init_coord →
 * wait_coord → commit; init_parti → wait_parti), votes (no when a participant is
 * unreachable), the decision record surviving a reopen, presumed abort, ages, failpoints.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { failpoints, Failpoints, parseFailpoints } from '../../../src/common/failpoints.js';
import { pb, type pbt } from '../../../src/net/gen/index.js';
import { createDatabase, openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import {
  SimpleMembership, TransactionManagerImpl, readDbst, userHostOf, writeDbst, type TmPeers,
} from '../../../src/tm/index.js';
import { tempDirectory } from '../storage/helpers.js';
import { testApplier, until } from './cluster.js';

const i4 = { kind: 'i', length: 4 } as const;

/** Routes calls straight to the TMs of `tms`; hosts in `down` are unreachable. */
class MemoryPeers implements TmPeers {
  readonly down = new Set<string>();
  constructor(private readonly tms: Map<string, TransactionManagerImpl>) {}
  protected tm(host: string): TransactionManagerImpl {
    const tm = this.tms.get(host);
    if (tm === undefined || this.down.has(host)) throw Object.assign(new Error(`host ${host} is unreachable`), { code: 7001 });
    return tm;
  }
  trStart(host: string, m: pbt.ITrStart): Promise<pbt.ITrResp> { return Promise.resolve().then(() => this.tm(host).trStart(m)); }
  comAbt(host: string, m: pbt.IComAbt): Promise<pbt.IComAbtAck> { return Promise.resolve().then(() => this.tm(host).comAbt(m)); }
  outcome(host: string, m: pbt.IOutcomeRequest): Promise<pbt.IOutcomeReply> {
    return Promise.resolve().then(() => ({ globalId: m.globalId ?? '', decision: this.tm(host).outcome(m.globalId ?? '') }));
  }
  coordinate(host: string, m: pbt.ITrReq): Promise<pbt.ITrResp> { return Promise.resolve().then(() => this.tm(host).coordinate(m)); }
  waitsFor(host: string, m: pbt.IWaitsForRequest): Promise<pbt.IWaitsForReply> { return Promise.resolve().then(() => this.tm(host).waitsFor(m)); }
  close(): void {}
}

/** MemoryPeers that also answer Tm.Prepared: their TMs stage commits. */
class StagingPeers extends MemoryPeers {
  prepared(host: string, m: pbt.IPreparedRequest): Promise<pbt.IPreparedReply> {
    return Promise.resolve().then(async () => ({ globalId: m.globalId ?? '', state: await this.tm(host).preparedFor(m.globalId ?? '', m.coordinator ?? '') }));
  }
}

/** Failpoints that record every TM's state of `gid` at each point. */
class Recorder extends Failpoints {
  readonly seen: string[] = [];
  gid = '';
  constructor(private readonly tms: Map<string, TransactionManagerImpl>) { super(''); }
  override hit(name: string): Promise<void> | undefined {
    const states = [...this.tms].map(([host, tm]) => `${host}:${tm.stateOf(this.gid) ?? '-'}`).join(' ');
    this.seen.push(`${name} ${states}`);
    return undefined;
  }
}

const dbs: DatabaseImpl[] = [];
const tms = new Map<string, TransactionManagerImpl>();
/** each TM's view of the group (markDown: that host has left it) */
const memberships = new Map<string, SimpleMembership>();
let clock = 1_000_000;

async function setup(names = ['a', 'b', 'c'], failpoints?: Failpoints, extra: { awaitPhaseTwo?: boolean; deadlockAfterMs?: number; deadlockCheckMs?: number } = { awaitPhaseTwo: true }, staging = false): Promise<MemoryPeers> {
  const peers = staging ? new StagingPeers(tms) : new MemoryPeers(tms);
  for (const name of names) {
    const db = await createDatabase(tempDirectory(), 'bank');
    dbs.push(db);
    const txn = db.begin('ingres');
    txn.statement(() => txn.createRelation({ name: 'acct', owner: 'ingres', attributes: [{ name: 'v', type: i4 }] }));
    await txn.commit();
    const membership = new SimpleMembership('bank', name, names);
    memberships.set(name, membership);
    tms.set(name, new TransactionManagerImpl({
      database: db, localHost: name, membership, peers,
      applyCatalogStatements: testApplier, now: () => clock, retryMs: 10_000, askAfterMs: 10_000,
      ...(failpoints === undefined ? {} : { failpoints }),
      ...extra,
    }));
  }
  return peers;
}

function tm(name: string): TransactionManagerImpl {
  const found = tms.get(name);
  if (found === undefined) throw new Error(name);
  return found;
}

async function insert(host: string, gid: string, value: number): Promise<void> {
  const part = tm(host).part(gid, 'ingres');
  await part.txn.lock([{ name: 'acct', mode: 'X' }]);
  part.txn.statement(() => { const acct = part.txn.relation('acct'); if (acct) part.txn.insert(acct, [value]); });
  part.wrote = true;
}

/** the committed values of acct on host number `index` of setup's names */
async function valuesOf(index: number): Promise<number[]> {
  const db = dbs[index] as DatabaseImpl;
  const txn = db.begin('reader');
  await txn.lock([{ name: 'acct', mode: 'S' }]);
  const acct = txn.relation('acct');
  const out = acct === undefined ? [] : [...txn.scan(acct)].map((t) => t.values[0] as number);
  await txn.commit();
  return out.sort((x, y) => x - y);
}

/** COM_ABT calls of `peers` wait until the returned function is called */
function holdComAbt(peers: MemoryPeers): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const realComAbt = peers.comAbt.bind(peers);
  peers.comAbt = (host, m) => gate.then(() => realComAbt(host, m));
  return release;
}

afterEach(async () => {
  for (const t of tms.values()) t.close();
  tms.clear();
  memberships.clear();
  for (const db of dbs.splice(0)) await db.close();
});

describe('TM state machine', () => {
  test('states at each point of a commit with a writing and a read-only participant', async () => {
    const recorder = new Recorder(tms);
    await setup(['a', 'b', 'c'], recorder);
    const gid = recorder.gid = 'a.1.1';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    tm('c').part(gid, 'ingres');
    await tm('a').commitAsCoordinator(gid, { userHost: 'a' });
    expect(recorder.seen).toEqual([
      'tm.coord.before-phase1 a:init_coord b:- c:-',
      'tm.parti.before-prepare a:wait_coord b:init_parti c:-',
      'tm.parti.before-prepare a:wait_coord b:init_parti c:init_parti',
      'tm.parti.after-prepare a:wait_coord b:wait_parti c:-', // c voted read_only and left
      'tm.coord.after-votes a:wait_coord b:wait_parti c:-',
      'tm.coord.after-decision a:- b:wait_parti c:-',
      'tm.parti.after-vote a:- b:wait_parti c:-',
      'tm.parti.after-commit a:- b:- c:-',
      'tm.coord.mid-delivery a:- b:- c:-',
    ]);
  });

  test('the periodic checks (deadlocks across hosts, orphans, abandoned parts) are armed only while a host has parts', async () => {
    await setup(['a', 'b'], undefined, { awaitPhaseTwo: true, deadlockCheckMs: 20 });
    // an idle TM does not wake (until 12-07: every 100 ms, for every open database)
    expect([tm('a').checksArmed, tm('b').checksArmed]).toEqual([false, false]);
    const gid = 'a.1.7';
    await insert('a', gid, 1);
    expect([tm('a').checksArmed, tm('b').checksArmed]).toEqual([true, false]);
    await insert('b', gid, 2);
    expect(tm('b').checksArmed).toBe(true);
    await tm('a').commitAsCoordinator(gid, { userHost: 'a' });
    // the next check finds no part and does not arm another
    await vi.waitFor(() => expect([tm('a').checksArmed, tm('b').checksArmed]).toEqual([false, false]), { timeout: 5000, interval: 10 });
    expect(await valuesOf(1)).toEqual([2]);
  });

  test('an unreachable participant counts as a no vote: abort, the parts rolled back', async () => {
    const peers = await setup();
    const gid = 'a.1.2';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    peers.down.add('c');
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'a' })).rejects.toMatchObject({ code: 6011 });
    expect(tm('a').stateOf(gid)).toBeNull();
    expect(tm('b').stateOf(gid)).toBeNull(); // b voted yes and was told abort
    for (const db of dbs) expect(db.activeTransactions()).toEqual([]);
  });

  test('the decision record is durable and survives a reopen until every yes voter acked', async () => {
    const peers = await setup(['a', 'b']);
    const gid = 'a.1.3';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    const realComAbt = peers.comAbt.bind(peers);
    peers.comAbt = () => Promise.reject(new Error('lost'));
    await tm('a').commitAsCoordinator(gid, { userHost: 'a' });
    expect(tm('a').heldDecisions()).toEqual([gid]);
    expect(tm('b').inDoubt()).toEqual([{ globalId: gid, coordinator: 'a', ageMs: 0 }]);
    clock += 1500;
    expect(tm('b').inDoubt()[0]?.ageMs).toBe(1500);
    // reopen a's database: the record is still there
    tm('a').close();
    const a = dbs[0] as DatabaseImpl;
    await a.close();
    const reopened = await openDatabase(a.directory, 'bank');
    dbs[0] = reopened;
    tms.set('a', new TransactionManagerImpl({
      database: reopened, localHost: 'a', membership: new SimpleMembership('bank', 'a', ['a', 'b']), peers, retryMs: 10_000,
    }));
    expect(tm('a').heldDecisions()).toEqual([gid]);
    expect(tm('a').outcome(gid)).toBe(1); // COMMIT
    peers.comAbt = realComAbt;
    await tm('a').retry();
    expect(tm('a').heldDecisions()).toEqual([]);
    expect(tm('b').inDoubt()).toEqual([]);
  });

  test('a coordinator whose own part was rolled back (deadlock victim) releases every host', async () => {
    await setup(['a', 'b']);
    const gid = 'a.1.7';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    tm('a').part(gid, 'ingres').txn.abort(); // as lock() does for a victim
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'a' })).rejects.toMatchObject({ code: 6011 });
    expect(tm('b').stateOf(gid)).toBeNull();
    for (const db of dbs) expect(db.activeTransactions()).toEqual([]);
  });

  test('a TR_START arriving after the part was rolled back votes no, never read_only', async () => {
    await setup(['a', 'b']);
    const gid = 'u.1.8';
    await insert('b', gid, 2);
    (tm('b') as unknown as { hostDown(host: string): void }).hostDown('u'); // user host left: abandoned
    const vote = await tm('b').trStart({ database: 'bank', globalId: gid, coordinator: 'a', userHost: 'u', upSys: { statements: [] } });
    expect(vote.vote).toBe(2); // VOTE_NO
    expect(() => tm('b').part(gid, 'ingres')).toThrow(expect.objectContaining({ code: 6011 }));
  });

  test('awaitPhaseTwo=false: the commit resolves once the decision is durable, COM_ABT follows', async () => {
    const peers = await setup(['a', 'b'], undefined, { awaitPhaseTwo: false });
    const gid = 'a.1.9';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    const release = holdComAbt(peers);
    await tm('a').commitAsCoordinator(gid, { userHost: 'a' });
    expect(tm('a').heldDecisions()).toEqual([gid]); // durable, not yet delivered
    expect(tm('b').stateOf(gid)).toBe('wait_parti');
    release();
    const b = dbs[1] as DatabaseImpl;
    const reader = b.begin('r');
    await reader.lock([{ name: 'acct', mode: 'S' }]); // granted once COM_ABT released b's part
    expect(tm('b').stateOf(gid)).toBeNull();
    await reader.commit();
    await until(() => tm('a').heldDecisions().length === 0); // b's ack, after its commit's fsync
  });

  test('a duplicate COM_ABT is acked only after the first one made the commit durable', async () => {
    await setup(['a', 'b']);
    const gid = 'a.1.10';
    await insert('b', gid, 2);
    await tm('b').trStart({ database: 'bank', globalId: gid, coordinator: 'a', userHost: 'a', upSys: { statements: [] } });
    const commit = { database: 'bank', globalId: gid, coordinator: 'a', decision: 1 };
    const order: string[] = [];
    const first = tm('b').comAbt(commit).then(() => order.push('first'));
    const second = tm('b').comAbt(commit).then(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect(tm('b').stateOf(gid)).toBeNull();
  });

  test('a host that served the transaction and restarted since votes no, not read_only', async () => {
    await setup(['a', 'b', 'c']);
    const gid = 'a.1.11';
    await insert('a', gid, 1);
    const part = tm('a').part(gid, 'ingres');
    part.contacted?.add('b'); // the master shipped work to b; b "restarted": it has no part
    tm('c').part(gid, 'ingres'); // c was never contacted by the master: read_only is fine
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'a' })).rejects.toMatchObject({
      code: 6011, message: expect.stringMatching(/restarted and lost its part/),
    });
    expect(dbs[0]?.activeTransactions()).toEqual([]);
  });

  test('a host that served the transaction and is out of the group now votes no: it is asked, up or not', async () => {
    await setup(['a', 'b']);
    const gid = 'a.1.13';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    tm('a').part(gid, 'ingres').contacted?.add('b');
    // a's view: b left the group (it restarted and is not back yet in a's view)
    (tm('a') as unknown as { options: { membership: SimpleMembership } }).options.membership.markDown('b');
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'a' })).rejects.toMatchObject({
      code: 6011, message: expect.stringMatching(/host b is down/),
    });
    expect(dbs[0]?.activeTransactions()).toEqual([]);
  });

  test('a catalog change whose vote from a dying host is lost is aborted, there too', async () => {
    const peers = await setup(['a', 'b', 'c']);
    const gid = 'a.1.14';
    tm('a').part(gid, 'ingres').catalogStatements.push('create x');
    // c gets TR_START, applies UP_SYS, prepares and votes yes — and the reply is lost as c
    // dies (in a's view: its link fails, then membership has it out of the group)
    const realTrStart = peers.trStart.bind(peers);
    peers.trStart = async (host, m) => {
      const reply = await realTrStart(host, m);
      if (host !== 'c') return reply;
      expect(reply.vote).toBe(pb.Vote.VOTE_YES);
      peers.down.add('c');
      memberships.get('a')?.markDown('c');
      throw Object.assign(new Error('host c is unreachable'), { code: 7001 });
    };
    // no answer is a no, though c is out of the group now: it may hold the UP_SYS prepared
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'a' })).rejects.toMatchObject({ code: 6011 });
    expect(tm('c').stateOf(gid)).toBe('wait_parti');
    expect(tm('a').awaitingAcks()).toEqual([]);
    // back, c asks and hears abort (presumed abort): x is nowhere
    peers.down.delete('c');
    clock += 60_000;
    await tm('c').retry();
    expect(tm('c').stateOf(gid)).toBeNull();
    for (const db of dbs.slice(1)) {
      const txn = db.begin('reader');
      expect(txn.relation('x')).toBeUndefined();
      await txn.commit();
    }
  });

  test('a commit that a participant has not acknowledged is shown (awaitingAcks) until it does', async () => {
    const peers = await setup(['a', 'b', 'c']);
    const gid = 'a.1.15';
    tm('a').part(gid, 'ingres').catalogStatements.push('create y');
    // c voted yes, then died before COM_ABT came
    const realComAbt = peers.comAbt.bind(peers);
    let died = false;
    peers.comAbt = async (host, m) => {
      if (host === 'c' && !died) {
        died = true;
        peers.down.add('c');
        memberships.get('a')?.markDown('c');
      }
      return realComAbt(host, m);
    };
    await tm('a').commitAsCoordinator(gid, { userHost: 'a' });
    expect(tm('c').stateOf(gid)).toBe('wait_parti');
    expect(tm('a').awaitingAcks()).toEqual([{ globalId: gid, hosts: ['c'], ageMs: 0 }]); // b acked
    clock += 1500;
    expect(tm('a').awaitingAcks()[0]?.ageMs).toBe(1500);
    // back: the coordinator's retry delivers COM_ABT (it skipped c while c was out of the group)
    peers.down.delete('c');
    memberships.get('a')?.markUp('c');
    await tm('a').retry();
    expect(tm('c').stateOf(gid)).toBeNull();
    expect(tm('a').awaitingAcks()).toEqual([]);
    const txn = (dbs[2] as DatabaseImpl).begin('reader');
    expect(txn.relation('y')).toBeDefined();
    await txn.commit();
  });

  test('a remote coordinator that served the transaction and restarted since refuses to coordinate', async () => {
    await setup(['a', 'b']);
    const gid = 'a.1.12';
    await insert('a', gid, 1);
    tm('a').part(gid, 'ingres').contacted?.add('b');
    await expect(tm('a').requestCommit(gid, { userHost: 'a', coordinator: 'b' })).rejects.toMatchObject({ code: 6011 });
    expect(tm('a').stateOf(gid)).toBeNull();
    expect(dbs[0]?.activeTransactions()).toEqual([]);
  });

  test('presumed abort: a coordinator that knows nothing answers abort', async () => {
    await setup(['a']);
    expect(tm('a').outcome('z.9.9')).toBe(2);
  });

  test('a coordinator asked about its own unknown transaction: pending if begun in this process, abort if before it', async () => {
    await setup(['a']);
    const young = `a.${Date.now()}.77`; // may still reach us: the master is still running it
    expect(tm('a').outcome(young)).toBe(3);
    // begun before this process started: its master died with the process that ran it
    const older = `a.${Math.floor(performance.timeOrigin) - 5}.78`;
    expect(tm('a').outcome(older)).toBe(2);
  });

  test('a prepared part ignores an abort that does not come from its coordinator', async () => {
    const peers = await setup(['a', 'b']);
    const gid = 'a.1.4';
    await insert('b', gid, 2);
    const vote = await tm('b').trStart({ database: 'bank', globalId: gid, coordinator: 'a', userHost: 'a', upSys: { statements: [] } });
    expect(vote.vote).toBe(1);
    await tm('b').comAbt({ database: 'bank', globalId: gid, coordinator: 'x', decision: 2 });
    expect(tm('b').stateOf(gid)).toBe('wait_parti');
    await expect(tm('b').abort(gid)).rejects.toMatchObject({ code: 6013 });
    await tm('b').comAbt({ database: 'bank', globalId: gid, coordinator: 'a', decision: 2 });
    expect(tm('b').stateOf(gid)).toBeNull();
    void peers;
  });

  test('a part cannot be coordinated twice', async () => {
    await setup(['a']);
    await tm('a').commitAsCoordinator('a.1.5', { userHost: 'a' });
    await insert('a', 'a.1.6', 1);
    const first = tm('a').commitAsCoordinator('a.1.6', { userHost: 'a' });
    await expect(tm('a').commitAsCoordinator('a.1.6', { userHost: 'a' })).rejects.toMatchObject({ code: 6013 });
    await first;
  });
});

describe('a block dispatched to every host at once (await_work_ms)', () => {
  /** b's work for `gid` as a slave runs it: an insert, its vote on request, then workDone */
  async function workOnB(gid: string, write: boolean): Promise<number | null | undefined> {
    if (write) await insert('b', gid, 7);
    else await tm('b').part(gid, 'ingres').txn.lock([{ name: 'acct', mode: 'S' }]);
    const vote = await tm('b').prepareLast(gid, 'a', 'u', { onRequest: true });
    tm('b').workDone(gid);
    return vote.vote;
  }

  test('the coordinator asks before the work reached the participant: the vote waits for it, then commits', async () => {
    await setup(['a', 'b']);
    const gid = 'u.1.20';
    await insert('a', gid, 1);
    await tm('a').askEarly(gid, ['b'], 'u', { awaitWorkMs: 5000 });
    expect(tm('b').stateOf(gid)).toBeNull(); // b has no part yet: its TR_START waits
    const commit = tm('a').commitAsCoordinator(gid, { userHost: 'u', preparing: ['b'], participantsKnown: true });
    let settled = false;
    void commit.finally(() => { settled = true; });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(await workOnB(gid, true)).toBe(pb.Vote.VOTE_PREPARING);
    await commit;
    expect(await valuesOf(1)).toEqual([7]);
    expect(tm('b').stateOf(gid)).toBeNull();
  });

  test('work that never arrives: no vote after await_work_ms, the transaction aborts, the late work is refused', async () => {
    await setup(['a', 'b']);
    const gid = 'u.1.21';
    await insert('a', gid, 1);
    await tm('a').askEarly(gid, ['b'], 'u', { awaitWorkMs: 30 });
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'u', preparing: ['b'], participantsKnown: true })).rejects.toMatchObject({
      code: 6011, message: expect.stringMatching(/its work on host b did not arrive within 30 ms/),
    });
    expect(() => tm('b').part(gid, 'ingres')).toThrow(expect.objectContaining({ code: 6011 }));
    expect(await valuesOf(0)).toEqual([]);
    for (const db of dbs) expect(db.activeTransactions()).toEqual([]);
  });

  test('work that ended before it had a part (it failed at once): the waiting TR_START votes no at once', async () => {
    await setup(['a', 'b']);
    const gid = 'u.1.24';
    await insert('a', gid, 1);
    await tm('a').askEarly(gid, ['b'], 'u', { awaitWorkMs: 60_000 });
    tm('b').workDone(gid); // b's Execute failed before it began a part
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'u', preparing: ['b'], participantsKnown: true })).rejects.toMatchObject({ code: 6011 });
    expect(() => tm('b').part(gid, 'ingres')).toThrow(expect.objectContaining({ code: 6011 }));
    for (const db of dbs) expect(db.activeTransactions()).toEqual([]);
  });

  test('a participant whose work only read answers holding early and is asked again at phase one', async () => {
    await setup(['a', 'b']);
    const gid = 'u.1.22';
    await insert('a', gid, 1);
    const work = workOnB(gid, false);
    await tm('a').askEarly(gid, ['b'], 'u', { awaitWorkMs: 5000 });
    expect(await work).toBe(pb.Vote.VOTE_HOLDING);
    // until phase one b keeps its read lock (the coordinator has its own share to run)
    expect(tm('b').stateOf(gid)).toBeNull();
    expect((dbs[1] as DatabaseImpl).activeTransactions().length).toBe(1);
    await tm('a').commitAsCoordinator(gid, { userHost: 'u', preparing: ['b'], participantsKnown: true });
    expect(await valuesOf(0)).toEqual([1]);
    for (const db of dbs) expect(db.activeTransactions()).toEqual([]);
  });

  test('a coordinator whose own work failed, and whose master never told it to abort, answers abort to a host prepared for it', async () => {
    await setup(['a', 'b'], undefined, { awaitPhaseTwo: true }, true);
    const gid = 'u.1.61';
    await insert('b', gid, 2);
    expect((await tm('b').prepareLast(gid, 'a', 'u', { onRequest: true })).vote).toBe(pb.Vote.VOTE_PREPARING);
    // a's share rolled its part back (a lock it could not have at once, 6017); the master's
    // abort (Slave.EndTxn) was lost
    const part = tm('a').part(gid, 'ingres');
    part.txn.abort();
    expect(tm('a').outcome(gid)).toBe(pb.Decision.DECISION_ABORT);
    expect(tm('a').stateOf(gid)).toBeNull();
    // b asks in time, hears abort, and rolls back (until 12-06 it heard pending for good)
    clock += 20_000;
    await tm('b').retry();
    expect(tm('b').stateOf(gid)).toBeNull();
    expect(await valuesOf(1)).toEqual([]);
    // and a refuses the transaction from then on
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'u' })).rejects.toMatchObject({ code: 6011 });
  });

  test('an abort whose COM_ABT was lost is sent again by the retry loop, until acknowledged or the reaper\'s age', async () => {
    const peers = await setup(['a', 'b']);
    const gid = 'a.1.71';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    const realComAbt = peers.comAbt.bind(peers);
    const sent: string[] = [];
    let lose = 1;
    peers.comAbt = (host, m) => {
      sent.push(`${host} ${m.globalId}`);
      if (host === 'b' && lose-- > 0) return Promise.reject(Object.assign(new Error('host b is unreachable'), { code: 7001 }));
      return realComAbt(host, m);
    };
    await tm('a').abort(gid);
    // b's part is still active, holding its lock (until 12-06: until b's reaper, 5 s on)
    expect((dbs[1] as DatabaseImpl).activeTransactions()).toHaveLength(1);
    await tm('a').retry();
    await until(() => (dbs[1] as DatabaseImpl).activeTransactions().length === 0);
    expect(sent).toEqual([`b ${gid}`, `b ${gid}`]);
    expect(await valuesOf(1)).toEqual([]);

    // a host that never answers is asked until the reaper's age, then no more
    const gone = 'a.1.72';
    await insert('b', gone, 3);
    peers.down.add('b');
    await tm('a').abort(gone);
    await tm('a').retry();
    await until(() => sent.filter((s) => s === `b ${gone}`).length === 2);
    clock += 5_000;
    await tm('a').retry();
    await tm('a').retry();
    expect(sent.filter((s) => s === `b ${gone}`)).toHaveLength(2);
    peers.down.delete('b');
    tm('b').part(gone, 'ingres').txn.abort();
  });

  test('a coordinator that decided commit refuses an abort in its name (its participants would roll back)', async () => {
    const peers = await setup(['a', 'b'], undefined, { awaitPhaseTwo: false });
    const gid = 'u.1.23';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    const release = holdComAbt(peers);
    await tm('a').commitAsCoordinator(gid, { userHost: 'u' });
    await expect(tm('a').abort(gid)).rejects.toMatchObject({ code: 6013 });
    release();
    await until(() => tm('a').heldDecisions().length === 0);
    expect(await valuesOf(1)).toEqual([2]);
  });
});

describe('distributed deadlocks', () => {
  test('a cycle of waits across two hosts: the youngest global transaction gets 6001 where it waits, the other goes on', async () => {
    await setup(['a', 'b'], undefined, { awaitPhaseTwo: true, deadlockAfterMs: 0, deadlockCheckMs: 3_600_000 });
    const older = 'a.1000.1';
    const younger = 'b.2000.2';
    await insert('a', older, 1);
    await insert('b', younger, 2);
    // each now wants the relation the other holds, on the other's host: no lock manager sees a cycle
    const olderWaits = tm('b').part(older, 'ingres').txn.lock([{ name: 'acct', mode: 'X' }]);
    const youngerWaits = tm('a').part(younger, 'ingres').txn.lock([{ name: 'acct', mode: 'X' }]);
    const settled = { older: false, younger: false };
    void olderWaits.then(() => { settled.older = true; }, () => { settled.older = true; });
    const youngerFailed = youngerWaits.then(() => null, (error: unknown) => error);
    void youngerFailed.then(() => { settled.younger = true; });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toEqual({ older: false, younger: false });
    expect(tm('a').waitsFor().edges).toEqual([{ waiter: younger, holder: older }]);
    expect(tm('b').waitsFor().edges).toEqual([{ waiter: older, holder: younger }]);
    // host b's detector finds the cycle, but its waiter is the older one: it waits on
    await tm('b').detectDeadlocks();
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toEqual({ older: false, younger: false });
    // host a's detector ends the younger one's wait there
    await tm('a').detectDeadlocks();
    expect(await youngerFailed).toMatchObject({ code: 6001, retryable: true });
    // its global transaction aborts everywhere: the older one gets its lock on b and commits
    await tm('a').abort(younger);
    await tm('b').abort(younger);
    await olderWaits;
    tm('b').part(older, 'ingres').wrote = true;
    await tm('a').commitAsCoordinator(older, { userHost: 'a' });
    expect(tm('a').waitsFor().edges).toEqual([]);
    expect(tm('b').waitsFor().edges).toEqual([]);
  });

  test('a wait that is no deadlock is left alone, and a host that does not answer adds no edges', async () => {
    const peers = await setup(['a', 'b', 'c'], undefined, { awaitPhaseTwo: true, deadlockAfterMs: 0, deadlockCheckMs: 3_600_000 });
    await insert('a', 'c.1000.1', 1);
    const waiting = tm('a').part('b.2000.2', 'ingres').txn.lock([{ name: 'acct', mode: 'X' }]);
    let done = false;
    void waiting.then(() => { done = true; }, () => { done = true; });
    peers.down.add('c');
    await tm('a').detectDeadlocks();
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    await tm('a').abort('c.1000.1');
    await waiting;
    expect(done).toBe(true);
    await tm('a').abort('b.2000.2');
  });
});

describe('decided by hand (ingres-cluster resolve)', () => {
  /** a and b; b holds gid prepared for coordinator a (its value 2), a's part unprepared */
  async function preparedOnB(gid: string): Promise<MemoryPeers> {
    const peers = await setup(['a', 'b']);
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    const vote = await tm('b').trStart({ database: 'bank', globalId: gid, coordinator: 'a', userHost: 'a', upSys: { statements: [] }, worked: true });
    expect(vote.vote).toBe(pb.Vote.VOTE_YES);
    expect(tm('b').inDoubt().map((d) => d.globalId)).toEqual([gid]);
    return peers;
  }

  test('refused while the coordinator is up (it decides), and for a transaction not in doubt here', async () => {
    const gid = 'a.1.20';
    await preparedOnB(gid);
    await expect(tm('b').resolveByHand(gid, 'abort')).rejects.toMatchObject({ code: 7015, message: `the coordinator a of transaction ${gid} is up: it decides the outcome` });
    await expect(tm('b').resolveByHand('a.1.99', 'abort')).rejects.toMatchObject({ code: 7014, message: 'transaction a.1.99 is not in doubt on host b' });
    expect(tm('b').inDoubt().map((d) => d.globalId)).toEqual([gid]);
    expect(tm('b').heuristics()).toEqual([]);
  });

  test('an abort by hand ends the part and frees its locks; the coordinator\'s commit then is heuristic damage, kept across a restart', async () => {
    const gid = 'a.1.21';
    await preparedOnB(gid);
    memberships.get('b')?.markDown('a');
    await tm('b').resolveByHand(gid, 'abort');
    expect(tm('b').inDoubt()).toEqual([]);
    expect(await valuesOf(1)).toEqual([]); // (a read of acct: its lock is free)
    expect(tm('b').heuristics()).toEqual([{ globalId: gid, coordinator: 'a', outcome: 'abort', ageMs: 0, coordinatorOutcome: null }]);
    // a restarted coordinator resolving a staged commit hears "not prepared": it aborts too
    expect(await tm('b').preparedFor(gid, 'a')).toBe(pb.PreparedState.PREPARED_NO);
    // but a has decided commit (its decision record): its COM_ABT finds the part gone
    await tm('b').comAbt({ database: 'bank', globalId: gid, coordinator: 'a', decision: pb.Decision.DECISION_COMMIT });
    expect(tm('b').heuristics()).toEqual([{ globalId: gid, coordinator: 'a', outcome: 'abort', ageMs: 0, coordinatorOutcome: 'commit' }]);
    // durable: b's database reopened still lists it
    tm('b').close();
    const b = dbs[1] as DatabaseImpl;
    await b.close();
    const reopened = await openDatabase(b.directory, 'bank');
    dbs[1] = reopened;
    tms.set('b', new TransactionManagerImpl({
      database: reopened, localHost: 'b', membership: new SimpleMembership('bank', 'b', ['a', 'b']), peers: new MemoryPeers(tms), now: () => clock, retryMs: 10_000,
    }));
    expect(tm('b').heuristics().map((h) => `${h.globalId} ${h.outcome} ${h.coordinatorOutcome}`)).toEqual([`${gid} abort commit`]);
    // the operator repaired the data: the record goes; a second forget finds none
    await tm('b').forgetByHand(gid);
    expect(tm('b').heuristics()).toEqual([]);
    await expect(tm('b').forgetByHand(gid)).rejects.toMatchObject({ code: 7016, message: `no decision by hand of transaction ${gid} on host b` });
  });

  test('a part recovered in doubt after a restart of its host can be decided by hand too', async () => {
    const gid = 'a.1.24';
    await preparedOnB(gid);
    tm('b').close();
    const b = dbs[1] as DatabaseImpl;
    await b.close();
    const reopened = await openDatabase(b.directory, 'bank');
    dbs[1] = reopened;
    const membership = new SimpleMembership('bank', 'b', ['a', 'b']);
    tms.set('b', new TransactionManagerImpl({ database: reopened, localHost: 'b', membership, peers: new MemoryPeers(tms), now: () => clock, retryMs: 10_000 }));
    expect(tm('b').inDoubt().map((d) => d.globalId)).toEqual([gid]);
    membership.markDown('a');
    await tm('b').resolveByHand(gid, 'abort');
    expect(tm('b').inDoubt()).toEqual([]);
    expect(await valuesOf(1)).toEqual([]);
    expect(reopened.activeTransactions()).toEqual([]);
    expect(tm('b').heuristics().map((h) => `${h.globalId} ${h.outcome} ${h.coordinatorOutcome}`)).toEqual([`${gid} abort null`]);
  });

  test('a commit by hand that the coordinator confirms when asked (Outcome, by the retry loop) is forgotten', async () => {
    const gid = 'a.1.22';
    const peers = await preparedOnB(gid);
    memberships.get('b')?.markDown('a');
    await tm('b').resolveByHand(gid, 'commit');
    expect(await valuesOf(1)).toEqual([2]);
    expect(await tm('b').preparedFor(gid, 'a')).toBe(pb.PreparedState.PREPARED_COMMITTED);
    // while a is out of the group nobody is asked
    let asked = 0;
    peers.outcome = (_host, m) => { asked++; return Promise.resolve({ globalId: m.globalId ?? '', decision: pb.Decision.DECISION_COMMIT }); };
    await tm('b').retry();
    expect(asked).toBe(0);
    expect(tm('b').heuristics()).toHaveLength(1);
    memberships.get('b')?.markUp('a');
    await tm('b').retry();
    expect(asked).toBe(1);
    expect(tm('b').heuristics()).toEqual([]);
  });

  test('the coordinator\'s answer contradicting a commit by hand is damage too', async () => {
    const gid = 'a.1.23';
    const peers = await preparedOnB(gid);
    memberships.get('b')?.markDown('a');
    await tm('b').resolveByHand(gid, 'commit');
    peers.outcome = (_host, m) => Promise.resolve({ globalId: m.globalId ?? '', decision: pb.Decision.DECISION_ABORT });
    memberships.get('b')?.markUp('a');
    await tm('b').retry();
    expect(tm('b').heuristics().map((h) => `${h.outcome} ${h.coordinatorOutcome}`)).toEqual(['commit abort']);
  });
});

describe('locks held in doubt', () => {
  test('a lock wait that begins behind a part prepared for a coordinator that is down ends at once with 7004', async () => {
    const db = await createDatabase(tempDirectory(), 'bank');
    dbs.push(db);
    const setupTxn = db.begin('ingres');
    setupTxn.statement(() => setupTxn.createRelation({ name: 'acct', owner: 'ingres', attributes: [{ name: 'v', type: i4 }] }));
    await setupTxn.commit();
    const membership = new SimpleMembership('bank', 'b', ['a', 'b']);
    // no periodic check in this test: only the wait itself can end the wait
    const b = new TransactionManagerImpl({
      database: db, localHost: 'b', membership, peers: new MemoryPeers(tms),
      applyCatalogStatements: testApplier, now: () => clock, retryMs: 3_600_000, askAfterMs: 3_600_000, deadlockCheckMs: 3_600_000,
    });
    tms.set('b', b);
    const gid = 'a.1000.9';
    await insert('b', gid, 1);
    const vote = await b.trStart({ database: 'bank', globalId: gid, coordinator: 'a', userHost: 'a', upSys: { statements: [] }, worked: true });
    expect(vote.vote).toBe(pb.Vote.VOTE_YES);
    membership.markDown('a');

    // a reader that comes later would wait until a returns (no lock timeout here): 7004
    const reader = db.begin('ingres');
    await expect(reader.lock([{ name: 'acct', mode: 'S' }])).rejects.toMatchObject({
      code: 7004, message: 'host a is down; relation acct is not available', retryable: true,
    });
    reader.abort();
    expect(b.inDoubt().map((d) => d.globalId)).toEqual([gid]);
  });
});

describe('dbst records', () => {
  test('a catalog-changing commit writes cons=no durably before its changes; others only their changed role, coalesced', async () => {
    const written: string[] = [];
    const db = await createDatabase(tempDirectory(), 'bank');
    dbs.push(db);
    const solo = new TransactionManagerImpl({
      database: db, localHost: 'a', membership: new SimpleMembership('bank', 'a', ['a']), peers: new MemoryPeers(tms),
      writeDbst: (r, sync) => written.push(`${r.membership} cons=${r.cons ? 'yes' : 'no'} sync=${sync ? 'yes' : 'no'}`),
    });
    tms.set('a', solo);
    const part = solo.part('a.1.1', 'ingres');
    part.catalogStatements.push('create x');
    await solo.commitAsCoordinator('a.1.1', { userHost: 'a' });
    expect(written).toEqual(['coord cons=no sync=yes', 'coord cons=yes sync=yes']);
    await solo.commitAsCoordinator('a.1.2', { userHost: 'a' });
    solo.flushDbst();
    expect(written).toHaveLength(2); // a data-only transaction in the same role writes nothing
    // a data-only transaction as a participant: its role, unsynced, off the commit path
    const vote = await solo.trStart({ database: 'bank', globalId: 'b.1.1', coordinator: 'b', userHost: 'b', upSys: { statements: [] } });
    expect(vote.vote).toBe(pb.Vote.VOTE_READ_ONLY);
    expect(written).toHaveLength(2);
    solo.flushDbst();
    expect(written).toEqual(['coord cons=no sync=yes', 'coord cons=yes sync=yes', 'parti cons=yes sync=no']);
    // a catalog change in flight keeps its cons=no under later data-only records
    const catalogPart = solo.part('a.1.3', 'ingres');
    catalogPart.catalogStatements.push('create y');
    const coordinating = solo.commitAsCoordinator('a.1.3', { userHost: 'a' });
    expect(written[3]).toBe('coord cons=no sync=yes');
    await solo.trStart({ database: 'bank', globalId: 'b.1.2', coordinator: 'b', userHost: 'b', upSys: { statements: [] } });
    solo.flushDbst();
    expect(written[4]).toBe('parti cons=no sync=no');
    await coordinating;
    expect(written[5]).toBe('coord cons=yes sync=yes');
  });
});

describe('helpers', () => {
  test('userHostOf takes the host from "<userhost>.<epoch>.<counter>"', () => {
    expect(userHostOf('h1.3.17')).toBe('h1');
    expect(userHostOf('host.example.2.5')).toBe('host.example');
    expect(userHostOf('bad')).toBe('');
  });

  test('dbst round trip', () => {
    const dir = tempDirectory();
    mkdirSync(dir, { recursive: true });
    expect(readDbst(dir, 'bank')).toBeNull();
    writeDbst(dir, 'bank', { userhost: false, membership: 'parti', cons: false }, true);
    expect(readDbst(dir, 'bank')).toEqual({ userhost: false, membership: 'parti', cons: false });
  });

  test('failpoints: parse, nth hit, error, delay, bad specs', async () => {
    expect([...parseFailpoints('a.b=crash, c-d=delay:5@2,e=error').keys()]).toEqual(['a.b', 'c-d', 'e']);
    expect(() => parseFailpoints('x=explode')).toThrow(/bad entry/);
    const crashes: string[] = [];
    const f = new Failpoints('p=crash@2,q=error,r=delay:1', (name) => { crashes.push(name); return Promise.resolve(); });
    expect(f.hit('p')).toBeUndefined();
    await f.hit('p');
    expect(crashes).toEqual(['p']);
    expect(f.hit('p')).toBeUndefined();
    expect(() => f.hit('q')).toThrow(expect.objectContaining({ code: 6010 }));
    await expect(f.hit('r')).resolves.toBeUndefined();
    expect(f.hit('unarmed')).toBeUndefined();
  });
});

/** Failpoints where the first host to reach `point` stops there for good (its process would be gone) until disarmed. */
class StopAt extends Failpoints {
  private stopping = true;
  constructor(private readonly point: string) { super(''); }
  disarm(): void { this.stopping = false; }
  override hit(name: string): Promise<void> | undefined {
    return name === this.point && this.stopping ? new Promise<void>(() => undefined) : undefined;
  }
}

describe('staged commits (the coordinator prepares itself while the votes come)', () => {
  /** a's database closed without a word to anyone (a crash after its writes), then reopened with a new TM */
  async function restartA(peers: MemoryPeers, names: string[], membership = new SimpleMembership('bank', 'a', names)): Promise<void> {
    tm('a').close(false);
    const a = dbs[0] as DatabaseImpl;
    await a.close(); // (a prepared transaction stays prepared: it is in doubt at the reopen)
    const reopened = await openDatabase(a.directory, 'bank');
    dbs[0] = reopened;
    tms.set('a', new TransactionManagerImpl({
      database: reopened, localHost: 'a', membership, peers,
      applyCatalogStatements: testApplier, now: () => clock, retryMs: 10_000, askAfterMs: 10_000, awaitPhaseTwo: true,
    }));
  }

  test('all yes: committed when the votes are in, with the staged record and the coordinator prepared then', async () => {
    const seen: string[] = [];
    const points = new (class extends Failpoints {
      override hit(name: string): Promise<void> | undefined {
        if (name === 'tm.coord.after-votes') {
          seen.push(`${tm('a').stateOf(gid)} held=${tm('a').heldDecisions().join()} prepared=${(dbs[0] as DatabaseImpl).activeTransactions().map((t) => t.state).join()}`);
        }
        return undefined;
      }
    })('');
    await setup(['a', 'b', 'c'], points, { awaitPhaseTwo: true }, true);
    const gid = 'u.1.40';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    await insert('c', gid, 3);
    await tm('a').commitAsCoordinator(gid, { userHost: 'u', contacted: ['b', 'c'], participantsKnown: true });
    expect(seen).toEqual([`wait_coord held=${gid} prepared=prepared`]);
    expect(await valuesOf(0)).toEqual([1]);
    expect(await valuesOf(1)).toEqual([2]);
    expect(await valuesOf(2)).toEqual([3]);
    expect(tm('a').heldDecisions()).toEqual([]);
    for (const db of dbs) expect(db.activeTransactions()).toEqual([]);
  });

  test('a no vote: the staged record is gone, durably, before the abort is told; a reopen finds nothing in doubt', async () => {
    const peers = await setup(['a', 'b', 'c'], undefined, { awaitPhaseTwo: true }, true);
    const gid = 'u.1.41';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    peers.down.add('c');
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'u', contacted: ['b', 'c'], participantsKnown: true })).rejects.toMatchObject({ code: 6011 });
    expect(tm('a').heldDecisions()).toEqual([]);
    expect(tm('b').stateOf(gid)).toBeNull();
    await restartA(peers, ['a', 'b', 'c']);
    expect(tm('a').heldDecisions()).toEqual([]);
    expect(tm('a').inDoubt()).toEqual([]);
    expect(await valuesOf(0)).toEqual([]);
    expect(await valuesOf(1)).toEqual([]);
  });

  /** a, b, c write gid; a stages its commit and stops after the votes (b and c prepared,
   *  a's staged record held): the state a crash there leaves */
  async function stagedThenStopped(gid: string): Promise<MemoryPeers> {
    const points = new StopAt('tm.coord.after-votes');
    const peers = await setup(['a', 'b', 'c'], points, { awaitPhaseTwo: true }, true);
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    await insert('c', gid, 3);
    void tm('a').commitAsCoordinator(gid, { userHost: 'u', contacted: ['b', 'c'], participantsKnown: true });
    await until(() => tm('b').stateOf(gid) === 'wait_parti' && tm('c').stateOf(gid) === 'wait_parti' && tm('a').heldDecisions().length === 1);
    points.disarm();
    return peers;
  }

  test('a coordinator that restarts holding a staged commit: every host prepared → commit everywhere', async () => {
    const gid = 'u.1.42';
    const peers = await stagedThenStopped(gid);
    await restartA(peers, ['a', 'b', 'c']);
    // a's own part is in doubt for itself, and the participants hear "pending" meanwhile
    expect(tm('a').inDoubt().map((t) => `${t.globalId} ${t.coordinator}`)).toEqual([`${gid} a`]);
    expect(tm('a').outcome(gid)).toBe(pb.Decision.DECISION_PENDING);
    await tm('a').retry();
    expect(await valuesOf(0)).toEqual([1]);
    expect(await valuesOf(1)).toEqual([2]);
    expect(await valuesOf(2)).toEqual([3]);
    expect(tm('a').heldDecisions()).toEqual([]);
    expect(tm('a').inDoubt()).toEqual([]);
    expect(tm('b').stateOf(gid)).toBeNull();
  });

  test('a host whose part was committed by hand while the coordinator was down: the restarted coordinator commits, and tells it', async () => {
    const gid = 'u.1.45';
    const peers = await stagedThenStopped(gid);
    memberships.get('b')?.markDown('a');
    await tm('b').resolveByHand(gid, 'commit');
    expect(await valuesOf(1)).toEqual([2]);
    memberships.get('b')?.markUp('a');
    // a restarts holding its staged record: b answers "committed" (its record), c "prepared"
    await restartA(peers, ['a', 'b', 'c']);
    await tm('a').retry();
    expect(await valuesOf(0)).toEqual([1]);
    expect(await valuesOf(2)).toEqual([3]);
    // b heard the commit (it answered "committed", so it is among those told): agreement,
    // the record goes — it would otherwise ask a later, when a's answer is a presumed abort
    expect(tm('b').heuristics()).toEqual([]);
    expect(tm('a').heldDecisions()).toEqual([]);
  });

  test('… and one host not prepared → abort everywhere, and that host refuses the transaction from then on', async () => {
    const peers = await setup(['a', 'b', 'c'], undefined, { awaitPhaseTwo: true }, true);
    const gid = 'u.1.43';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    await insert('c', gid, 3);
    // c's TR_START never arrives: a waits for its vote with the staged record written
    const realTrStart = peers.trStart.bind(peers);
    peers.trStart = (host, m) => host === 'c' ? new Promise(() => undefined) : realTrStart(host, m);
    void tm('a').commitAsCoordinator(gid, { userHost: 'u', contacted: ['b', 'c'], participantsKnown: true });
    await until(() => tm('b').stateOf(gid) === 'wait_parti' && tm('a').heldDecisions().length === 1);
    peers.trStart = realTrStart;
    await restartA(peers, ['a', 'b', 'c']);
    await tm('a').retry();
    for (const i of [0, 1, 2]) expect(await valuesOf(i)).toEqual([]);
    expect(tm('a').heldDecisions()).toEqual([]);
    expect(tm('a').inDoubt()).toEqual([]);
    expect(tm('b').stateOf(gid)).toBeNull(); // told abort
    // c's part was rolled back when it answered "not prepared": a TR_START now votes no
    const late = await tm('c').trStart({ database: 'bank', globalId: gid, coordinator: 'a', userHost: 'u' });
    expect(late.vote).toBe(pb.Vote.VOTE_NO);
  });

  test('restarted with a staged commit while a named host is down: its own part stays in doubt, a wait for its locks ends with 7004 naming that host', async () => {
    const points = new StopAt('tm.coord.after-votes');
    const peers = await setup(['a', 'b'], points, { awaitPhaseTwo: true }, true);
    const gid = 'u.1.44';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    void tm('a').commitAsCoordinator(gid, { userHost: 'u', contacted: ['b'], participantsKnown: true });
    await until(() => tm('b').stateOf(gid) === 'wait_parti' && tm('a').heldDecisions().length === 1);
    points.disarm();
    peers.down.add('b');
    const membership = new SimpleMembership('bank', 'a', ['a', 'b']);
    membership.markDown('b');
    await restartA(peers, ['a', 'b'], membership);
    await tm('a').retry(); // b cannot answer: nothing decided
    expect(tm('a').heldDecisions()).toEqual([gid]);
    expect(tm('a').inDoubt().map((t) => t.globalId)).toEqual([gid]);
    const reader = (dbs[0] as DatabaseImpl).begin('ingres');
    await expect(reader.lock([{ name: 'acct', mode: 'S' }])).rejects.toMatchObject({
      code: 7004, message: 'host b is down; relation acct is not available',
    });
    reader.abort();
    // b is back: it is prepared, so the staged commit commits
    peers.down.delete('b');
    membership.markUp('b');
    await tm('a').retry();
    expect(await valuesOf(0)).toEqual([1]);
    expect(await valuesOf(1)).toEqual([2]);
    expect(tm('a').inDoubt()).toEqual([]);
    expect(tm('a').heldDecisions()).toEqual([]);
  });

  test('a no vote whose staged record cannot be removed (a full disk then): 6014, outcome not known; the retry loop aborts everywhere once it can write', async () => {
    // when the votes are in (c: no), the next write of this process fails as on a full disk:
    // the removal of the staged record, which must be durable before anyone hears "abort"
    const points = new (class extends Failpoints {
      override hit(name: string): Promise<void> | undefined {
        if (name === 'tm.coord.after-votes') failpoints.set('storage.write=error@1');
        return undefined;
      }
    })('');
    const peers = await setup(['a', 'b', 'c'], points, { awaitPhaseTwo: true }, true);
    const gid = 'u.1.48';
    try {
      await insert('a', gid, 1);
      await insert('b', gid, 2);
      peers.down.add('c');
      await expect(tm('a').commitAsCoordinator(gid, { userHost: 'u', contacted: ['b', 'c'], participantsKnown: true }))
        .rejects.toMatchObject({ code: 6014, message: expect.stringMatching(/outcome of global transaction u\.1\.48 is not known yet/) });
    } finally {
      failpoints.set('');
    }
    // the staged record stays; nobody was told abort: b is still prepared
    expect(tm('a').heldDecisions()).toEqual([gid]);
    expect(tm('b').stateOf(gid)).toBe('wait_parti');
    // c is back and was never prepared: the staged commit aborts everywhere
    peers.down.delete('c');
    await tm('a').retry();
    expect(tm('a').heldDecisions()).toEqual([]);
    expect(tm('b').stateOf(gid)).toBeNull();
    for (const i of [0, 1, 2]) expect(await valuesOf(i)).toEqual([]);
    for (const db of dbs) expect(db.activeTransactions()).toEqual([]);
  });

  test('stageEarly: a user host that coordinates stages while the others flush; their yes in reply commits at once', async () => {
    await setup(['a', 'b'], undefined, { awaitPhaseTwo: true }, true);
    const gid = 'a.1.45';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    tm('a').stageEarly(gid, ['b'], 'a');
    expect(tm('a').heldDecisions()).toEqual([gid]); // written at once, flushing
    const vote = await tm('b').prepareLast(gid, 'a', 'a');
    expect(vote.vote).toBe(pb.Vote.VOTE_YES);
    await tm('a').commitAsCoordinator(gid, { userHost: 'a', prepared: ['b'], participantsKnown: true });
    expect(await valuesOf(0)).toEqual([1]);
    expect(await valuesOf(1)).toEqual([2]);
    expect(tm('a').heldDecisions()).toEqual([]);
  });

  test('stageEarly, then the master gives up (a share failed): abort removes the record before the parts roll back', async () => {
    const peers = await setup(['a', 'b'], undefined, { awaitPhaseTwo: true }, true);
    const gid = 'a.1.46';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    tm('a').stageEarly(gid, ['b'], 'a');
    expect((await tm('b').prepareLast(gid, 'a', 'a')).vote).toBe(pb.Vote.VOTE_YES);
    await tm('a').abort(gid);
    expect(tm('a').heldDecisions()).toEqual([]);
    expect(tm('b').stateOf(gid)).toBeNull(); // told abort
    await restartA(peers, ['a', 'b']);
    expect(tm('a').inDoubt()).toEqual([]);
    expect(await valuesOf(0)).toEqual([]);
    expect(await valuesOf(1)).toEqual([]);
  });

  test('stageEarly, then an abort: the retry loop running while the record goes never commits it', async () => {
    await setup(['a', 'b'], undefined, { awaitPhaseTwo: true }, true);
    const gid = 'a.1.48';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    tm('a').stageEarly(gid, ['b'], 'a');
    expect((await tm('b').prepareLast(gid, 'a', 'a')).vote).toBe(pb.Vote.VOTE_YES);
    // the abort removes the staged record (a flushed write) while a retry round starts: every
    // named host is prepared, so a round that took the record for a restart's would commit
    const aborting = tm('a').abort(gid);
    const round = tm('a').retry();
    await Promise.all([aborting, round]);
    expect(tm('a').heldDecisions()).toEqual([]);
    expect(tm('b').stateOf(gid)).toBeNull();
    expect(await valuesOf(0)).toEqual([]);
    expect(await valuesOf(1)).toEqual([]);
  });

  test('a retry round that read a staged record before its abort never commits it afterwards', async () => {
    const peers = await setup(['a', 'b', 'c'], undefined, { awaitPhaseTwo: false }, true);
    // h: a commit whose COM_ABT to c waits, so that a retry round of a waits there
    const h = 'a.1.10';
    await insert('a', h, 10);
    await insert('c', h, 30);
    const release = holdComAbt(peers);
    await tm('a').commitAsCoordinator(h, { userHost: 'a' });
    expect(tm('a').outcome(h)).toBe(pb.Decision.DECISION_COMMIT);
    // g: staged early by a, b prepared for it
    const g = 'a.1.49';
    await insert('a', g, 1);
    await insert('b', g, 2);
    tm('a').stageEarly(g, ['b'], 'a');
    expect((await tm('b').prepareLast(g, 'a', 'a')).vote).toBe(pb.Vote.VOTE_YES);
    // the round reads both records, then waits on h's delivery
    const round = tm('a').retry();
    // meanwhile the master gives up on g; b (and c) have left a's group, so nobody is told
    memberships.get('a')?.markDown('b');
    memberships.get('a')?.markDown('c');
    await tm('a').abort(g);
    expect(tm('a').heldDecisions()).toEqual([h]);
    // b, still prepared, answers Tm.Prepared yes once the round goes on: the record it read is gone
    release();
    await round;
    expect(await valuesOf(0)).toEqual([10]);
    // (not committed by the round: still in doubt, its lock held — a read would wait)
    expect(tm('b').stateOf(g)).toBe('wait_parti');
    // b asks its coordinator in time: abort
    clock += 20_000;
    await tm('b').retry();
    expect(tm('b').stateOf(g)).toBeNull();
    expect(await valuesOf(1)).toEqual([]);
    expect(await valuesOf(2)).toEqual([30]);
  });

  test('a failure after a staged commit committed (phase two) never turns it into an abort', async () => {
    await setup(['a', 'b'], new Failpoints('tm.coord.after-decision=error'), { awaitPhaseTwo: true }, true);
    const gid = 'u.1.47';
    await insert('a', gid, 1);
    await insert('b', gid, 2);
    await expect(tm('a').commitAsCoordinator(gid, { userHost: 'u', contacted: ['b'], participantsKnown: true })).rejects.toThrow(/after-decision/);
    expect(await valuesOf(0)).toEqual([1]);
    expect(tm('a').heldDecisions()).toEqual([gid]); // the decision, not yet delivered
    expect(tm('b').stateOf(gid)).toBe('wait_parti');
    await tm('a').retry();
    expect(await valuesOf(1)).toEqual([2]);
    expect(tm('a').heldDecisions()).toEqual([]);
  });
});

