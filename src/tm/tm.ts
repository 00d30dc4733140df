/*
 * tm.ts — the per-database transaction manager of seed 004 §4: registry globalId → local
 * part, the coordinator (TR_START, durable decision, COM_ABT, forget after acks) and the
 * participant (UP_SYS, prepare durably, vote, apply the decision, ack), presumed abort,
 * in-doubt resolution by asking the coordinator (Outcome), and re-sending held decisions
 * after a restart. The state diagram and the durable records are in src/tm/README.md.
 */
import { mark } from '../common/timeline.js';
import type { Database as LmdbDatabase } from 'lmdb';
import type {
  CatalogApplier, DbstRecord, HeuristicDecision, LocalPart, Membership, TransactionManager,
} from '../cluster/api.js';
import { IngresError, ingresError, toIngresError } from '../common/errors.js';
import { isLinkFailure } from '../net/peer-link.js';
import { failpoints as processFailpoints, type Failpoints } from '../common/failpoints.js';
import { pb, type pbt } from '../net/gen/index.js';
import { inDoubtOwner, type DatabaseImpl } from '../storage/database.js';
import { isKeyLock, lockRelation } from '../txn/lock-manager.js';
import type { TransactionImpl } from '../txn/transaction.js';
import { loggedTransactions } from '../txn/undo-log.js';
import { currentDbst, writeDbst as writeDbstFile } from '../serverdb/dbst.js';
import type { Logger } from '../net/log.js';
import type { TmPeers } from './peers.js';
import { cycleThrough, edgesOf, victimOf, type WaitEdge } from './deadlock.js';

/** The TM states of seed 004 §4. */
export type TmState = 'init_coord' | 'init_parti' | 'wait_coord' | 'wait_parti' | 'commit' | 'abort';

export const Vote = pb.Vote;
export const Decision = pb.Decision;
export const PreparedState = pb.PreparedState;

/**
 * The coordinator's durable record (lmdb DBI `tmlog`, key = global id): `commit`, the
 * decision; or `staged`, written with the coordinator's own part prepared while the votes
 * come (a staged commit): the transaction is committed once every listed participant is
 * prepared, and a coordinator that restarts holding one asks them (Tm.Prepared).
 */
export interface DecisionRecord {
  readonly outcome: 'commit' | 'staged';
  /** commit: participants that voted yes and have not acked yet; staged: every host that must be prepared */
  readonly participants: readonly string[];
  readonly userHost: string;
  /** ms since epoch when decided */
  readonly at: number;
}

/**
 * An operator's decision of a part prepared here whose coordinator is down (resolveByHand),
 * kept in the database's `meta` DBI under HEURISTIC_PREFIX + global id until the
 * coordinator's own outcome agrees with it; one it contradicts stays, with that outcome.
 */
interface HeuristicRecord {
  readonly outcome: 'commit' | 'abort';
  readonly coordinator: string;
  /** ms since epoch when decided */
  readonly at: number;
  readonly coordinatorOutcome: 'commit' | 'abort' | null;
}

const HEURISTIC_PREFIX = 'heuristic:';

/** What the coordinator knows beyond the global id (TR_REQ's fields). */
export interface CoordinateOptions {
  readonly userHost: string;
  /** hosts that already applied the UP_SYS (the user host of a catalog change) */
  readonly appliedBy?: readonly string[];
  /** hosts the user host's DB system sent work to */
  readonly contacted?: readonly string[];
  /** hosts that already voted on their last work: yes (prepared for this coordinator) */
  readonly prepared?: readonly string[];
  /** … and read_only (they have dropped out) */
  readonly readOnly?: readonly string[];
  /**
   * The caller knows every host that holds a part of this data-only transaction (prepared,
   * readOnly, contacted): TR_START goes only to those of them that have not voted, instead
   * of to every live host (a host without a part could only vote read_only).
   */
  readonly participantsKnown?: boolean;
  /**
   * hosts prepared on their last work that vote only when asked (VOTE_PREPARING): they get
   * TR_START whether or not they are up (no answer = no), reusing a call askEarly started
   */
  readonly preparing?: readonly string[];
  /**
   * hosts whose part only read (VOTE_HOLDING): asked at phase one, after this host's own
   * share ran, up or not — never early (a read-only part drops out, its locks with it,
   * when it votes; a transaction may not release a lock before it has taken all of them)
   */
  readonly holding?: readonly string[];
}

/** How a participant votes on its last work (prepareLast); a TR_START sets neither. */
interface VoteHow {
  /** prepared: reply VOTE_PREPARING once the prepare is written, yes to the TR_START once durable */
  readonly onRequest?: boolean;
  /** nothing changed: reply VOTE_HOLDING and keep the part (and its locks) for phase one */
  readonly holdReadOnly?: boolean;
}

/** A vote as the coordinator collects it. */
interface CollectedVote {
  readonly host: string;
  readonly vote: number;
  readonly why: string;
  /** the host could not be reached (its link failed, or it left the group while asked) */
  readonly unreachable?: boolean;
}

/** a call to another TM unanswered this long has membership check its host (unlessDown) */
const SUSPECT_AFTER_MS = 250;

/** One host's local part of a global transaction. */
class Part implements LocalPart {
  wrote = false;
  readonly catalogStatements: string[] = [];
  readonly contacted = new Set<string>();
  state: TmState | null = null;
  coordinator = '';
  preparedAt = 0;
  /** prepared on request (prepareLast early): the flush of its prepare (null otherwise) */
  flushing: Promise<void> | null = null;
  /** its work for a block dispatched to every host at once has ended (workDone) */
  workDone = false;

  constructor(readonly globalId: string, readonly txn: TransactionImpl, readonly userHost: string, readonly bornAt: number) {}
}

/** A prepared transaction found at open: only its txnNo survives (no Transaction object). */
interface Recovered {
  readonly globalId: string;
  readonly txnNo: number;
  readonly coordinator: string;
  readonly at: number;
}

export interface TmOptions {
  readonly database: DatabaseImpl;
  readonly localHost: string;
  readonly membership: Pick<Membership, 'liveHosts' | 'onChange' | 'suspect'>;
  readonly peers: TmPeers;
  /** PROC_QRY/UP_SYS: apply catalog statements (QUEL) in a part; throws = NOT_PROC */
  readonly applyCatalogStatements?: CatalogApplier;
  /** the <db>_dbst writer (default: src/serverdb/dbst.ts in the database directory) */
  readonly writeDbst?: (record: DbstRecord, sync: boolean) => void;
  readonly failpoints?: Failpoints;
  readonly now?: () => number;
  /** deadline of each TM-to-TM call (default 5000 ms) */
  readonly rpcTimeoutMs?: number;
  /** how often held decisions are re-sent and in-doubt parts re-asked (default 250 ms) */
  readonly retryMs?: number;
  /** a live prepared part asks its coordinator after this long without a decision (default 2000 ms) */
  readonly askAfterMs?: number;
  /** owner name for parts begun by TR_START (default 'ingres') */
  readonly dba?: string;
  /**
   * true: commitAsCoordinator resolves after every yes voter acked COM_ABT. Default false:
   * it resolves once the decision is durable — the commit is final then — and COM_ABT goes
   * out in the background (one round trip and one participant fsync less for the user;
   * participants keep their locks until it arrives, a lost one is re-sent).
   */
  readonly awaitPhaseTwo?: boolean;
  /** how often this host looks for its global parts' long lock waits (default 500 ms) … */
  readonly deadlockCheckMs?: number;
  /** … and how long such a wait lasts before a distributed deadlock is looked for (default 1000 ms) */
  readonly deadlockAfterMs?: number;
  /**
   * Stage commits (default true when the peers can answer Tm.Prepared): the coordinator
   * writes its part prepared, with a staged record, while the votes come, instead of
   * writing its decision after them — one flush on the user's path instead of two.
   */
  readonly stagedCommits?: boolean;
  /** an unprepared part this old is checked with its user host's masters (default 5000 ms) */
  readonly abandonedAfterMs?: number;
  /** where the TM says what it did on its own: in-doubt parts found and settled, staged
   *  commits resolved after a restart (info), a part rolled back as abandoned (warn) */
  readonly log?: Pick<Logger, 'info' | 'warn' | 'error'>;
}

const DEFAULT_RPC_TIMEOUT_MS = 5000;
/**
 * How long a coordinator answers "pending" for a transaction it has never seen while its
 * user host is up: as long as the master's calls may take (the slave call deadline).
 */
const UNKNOWN_PENDING_MS = 30_000;
const DEFAULT_RETRY_MS = 250;
/** When this process started (wall clock ms, like a global id's start). */
const PROCESS_START_MS = Math.floor(performance.timeOrigin);
// (12-07: 500 / 1000 before. A modify of every host's catalog against a distributed load
// deadlocked again and again, each cycle found only 1–1.5 s later: list-append transactions
// took p50 1.5 s, max 10 s; with 100 / 250, p50 0.36–0.45 s, max 2.4 s — src/tm/README.md)
const DEFAULT_DEADLOCK_CHECK_MS = 100;
const DEFAULT_DEADLOCK_AFTER_MS = 250;
const DEFAULT_ASK_AFTER_MS = 2000;
const DEFAULT_ABANDONED_AFTER_MS = 5000;
const SETTLED_KEPT = 1024;

/** The host named in a global id "<userhost>.<start ms>.<counter>". */
export { userHostOf } from '../common/global-id.js';
import { isRunningGlobalId, startOf, userHostOf } from '../common/global-id.js';

export class TransactionManagerImpl implements TransactionManager {
  readonly database: DatabaseImpl;
  readonly localHost: string;
  private readonly parts = new Map<string, Part>();
  private readonly recovered = new Map<string, Recovered>();
  /** global ids this TM is coordinating and has not decided yet (Outcome answers PENDING) */
  private readonly deciding = new Set<string>();
  /** settlements in progress (until their commit/abort is durable) */
  private readonly settling = new Map<string, Promise<boolean>>();
  /** recent outcomes of parts settled here (a user host whose remote coordinator died
   *  mid-call learns from it whether the commit reached it); bounded, oldest dropped */
  private readonly settled = new Map<string, 'commit' | 'abort' | 'read_only'>();
  /** TR_STARTs this coordinator sent before its own work ran (askEarly), by global id */
  private readonly earlyVotes = new Map<string, Map<string, Promise<CollectedVote>>>();
  /** TR_STARTs waiting for this host's work on their transaction to end (await_work_ms) */
  private readonly workWaiters = new Map<string, Set<() => void>>();
  /** commits staged by stageEarly (the master's share done, the others' still out): the write, the hosts named */
  private readonly earlyStaged = new Map<string, { readonly written: Promise<void>; readonly hosts: readonly string[] }>();
  private readonly decisions;
  private readonly fail: Failpoints;
  private readonly now: () => number;
  private readonly rpcTimeoutMs: number;
  private readonly retryMs: number;
  private readonly askAfterMs: number;
  private applier: CatalogApplier | undefined;
  private readonly staging: boolean;
  private readonly writeDbstNow: (record: DbstRecord, sync: boolean) => void;
  /** the newest dbst record not yet written (coalesced, written on the next turn) */
  private pendingDbst: DbstRecord | null = null;
  /** the record this TM wrote last (what is on disk, when a writeDbst hook replaces the file) */
  private lastDbst: DbstRecord | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** the periodic checks (armChecks): armed only while this host has parts of global transactions */
  private deadlockTimer: NodeJS.Timeout | null = null;
  private readonly deadlockCheckMs: number;
  private detecting = false;
  private retrying = false;
  private closed = false;
  private readonly abandonedAfterMs: number;
  private reaping = false;
  private lastReapMs = 0;
  /**
   * COM_ABT aborts whose call failed ("<host> <global id>"): the retry loop sends each again
   * until it is acknowledged or `abandonedAfterMs` has passed (the reaper there has ended
   * an unprepared part by then). Without this an active part kept its locks until that
   * reaper ran. A late abort is harmless: a prepared part obeys only its coordinator.
   */
  private readonly abortsToResend = new Map<string, { readonly host: string; readonly globalId: string; readonly until: number; inFlight: boolean }>();
  private readonly unsubscribe: () => void;

  constructor(private readonly options: TmOptions) {
    this.database = options.database;
    this.localHost = options.localHost;
    this.decisions = options.database.store.tmlog as LmdbDatabase<DecisionRecord, string>;
    this.fail = options.failpoints ?? processFailpoints;
    this.now = options.now ?? Date.now;
    this.rpcTimeoutMs = options.rpcTimeoutMs ?? DEFAULT_RPC_TIMEOUT_MS;
    this.retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
    this.askAfterMs = options.askAfterMs ?? DEFAULT_ASK_AFTER_MS;
    this.abandonedAfterMs = options.abandonedAfterMs ?? DEFAULT_ABANDONED_AFTER_MS;
    this.applier = options.applyCatalogStatements;
    this.staging = options.stagedCommits ?? options.peers.prepared !== undefined;
    const { directory, name } = options.database;
    this.writeDbstNow = options.writeDbst ?? ((record, sync) => writeDbstFile(directory, name, record, sync));
    this.unsubscribe = options.membership.onChange((host, up) => { if (!up) this.hostDown(host); });
    this.deadlockCheckMs = options.deadlockCheckMs ?? DEFAULT_DEADLOCK_CHECK_MS;
    this.adoptRecovered();
    this.armChecks();
    // a wait that begins behind a part in doubt for a dead coordinator ends at once
    this.database.locks.onWait = () => this.breakWaitsOnOrphans();
    this.database.locks.orphanWait = (name, blockers) => this.closed ? null : this.orphanWaitError(this.orphans(), name, blockers);
    // heuristic decisions whose coordinator has not answered yet: ask it when it is back
    if (this.heuristics().some((h) => h.coordinatorOutcome === null)) this.schedule();
  }

  /**
   * Every deadlockCheckMs while this host has parts of global transactions (live or
   * recovered in doubt): waits behind parts whose coordinator is down end, cycles of waits
   * across hosts are broken, abandoned parts are rolled back. Each concerns a part, so with
   * none there is nothing to check, and an idle daemon does not wake for it (until 12-07 it
   * ran every 100 ms for every open database). Armed when a part begins or is recovered.
   */
  /** whether the periodic checks are armed (tests: an idle TM does not wake) */
  get checksArmed(): boolean {
    return this.deadlockTimer !== null;
  }

  private armChecks(): void {
    if (this.deadlockTimer !== null || this.closed || (this.parts.size === 0 && this.recovered.size === 0)) return;
    this.deadlockTimer = setTimeout(() => {
      this.deadlockTimer = null;
      this.breakWaitsOnOrphans();
      this.detectDeadlocks().catch(() => undefined);
      this.reapAbandoned().catch(() => undefined);
      this.armChecks();
    }, this.deadlockCheckMs);
    this.deadlockTimer.unref?.();
  }

  // ================================================================= distributed deadlocks

  /** WaitsFor: this host's lock waits as edges between transactions (deadlock.ts). */
  waitsFor(_request?: pbt.IWaitsForRequest): pbt.IWaitsForReply {
    return { host: this.localHost, edges: this.localEdges() };
  }

  private globalOfOwner(): Map<string, string> {
    const owners = new Map<string, string>();
    for (const part of this.parts.values()) owners.set(part.txn.id, part.globalId);
    return owners;
  }

  private localEdges(owners = this.globalOfOwner()): WaitEdge[] {
    return edgesOf(this.database.locks.waits(), this.localHost, (owner) => owners.get(owner));
  }

  /**
   * One round of the detector: when a part of a global transaction has waited here for a
   * lock longer than deadlockAfterMs, gather every live host's waits and look for a cycle
   * through it. The victim is the cycle's youngest global transaction; this host ends the
   * victim's wait when it waits here (6001, as a local deadlock) — where it waits elsewhere,
   * that host's detector finds the same cycle. A host that does not answer adds no edges.
   */
  async detectDeadlocks(): Promise<void> {
    if (this.closed || this.detecting) return;
    const owners = this.globalOfOwner();
    if (owners.size === 0) return;
    const now = Date.now();
    const after = this.options.deadlockAfterMs ?? DEFAULT_DEADLOCK_AFTER_MS;
    const long = this.database.locks.waits().filter((w) => owners.has(w.owner) && now - w.since >= after);
    if (long.length === 0) return;
    this.detecting = true;
    try {
      const edges = this.localEdges(owners);
      const peers = this.options.membership.liveHosts().filter((host) => host !== this.localHost);
      const replies = await Promise.allSettled(peers.map((host) => this.options.peers.waitsFor(host, {
        database: this.database.name, host: this.localHost,
      }, this.rpcTimeoutMs)));
      for (const reply of replies) {
        if (reply.status !== 'fulfilled') continue;
        for (const edge of reply.value.edges ?? []) edges.push({ waiter: edge.waiter ?? '', holder: edge.holder ?? '' });
      }
      for (const wait of long) {
        const globalId = owners.get(wait.owner) as string;
        const cycle = cycleThrough(edges, globalId);
        if (cycle === null || victimOf(cycle) !== globalId) continue;
        this.database.locks.breakWait(wait.owner, new IngresError(6001, 'deadlock: this transaction was chosen as the victim and rolled back', {
          detail: `a cycle of lock waits across hosts: ${cycle.join(' -> ')} -> ${globalId}; ${globalId} is its youngest global transaction`,
          hint: 'Run the transaction again.',
          host: this.localHost,
        }));
      }
    } finally {
      this.detecting = false;
    }
  }

  /**
   * A lock wait behind a part prepared for a coordinator that is out of the group would
   * last until that host returns (only it can settle the part). End such waits now with
   * 7004 naming the coordinator — the waiting statement fails as one that needs a dead
   * host's relation does, retryable — instead of hanging. Runs when a host leaves the group,
   * when a lock wait begins (LockManager.onWait) and with every deadlock check.
   */
  private breakWaitsOnOrphans(): void {
    if (this.closed) return;
    const orphans = this.orphans();
    if (orphans.size === 0) return;
    for (const wait of this.database.locks.waits()) {
      const error = this.orphanWaitError(orphans, wait.name, wait.blockers);
      if (error !== null) this.database.locks.breakWait(wait.owner, error);
    }
  }

  /** The parts in doubt for a host that is down, by lock owner: the host whose return
   *  settles each, and why it waits for that host. */
  private orphans(): Map<string, { readonly globalId: string; readonly host: string; readonly waiting: string }> {
    // (runs at every lock wait: the live hosts are looked up only once a part is prepared)
    let live: Set<string> | undefined;
    const down = (host: string): boolean => !(live ??= new Set(this.options.membership.liveHosts())).has(host);
    const orphans = new Map<string, { readonly globalId: string; readonly host: string; readonly waiting: string }>();
    for (const p of this.parts.values()) {
      if (p.state === 'wait_parti' && down(p.coordinator)) orphans.set(p.txn.id, { globalId: p.globalId, host: p.coordinator, waiting: `waiting for the decision of its coordinator ${p.coordinator}` });
    }
    for (const r of this.recovered.values()) {
      if (r.coordinator !== this.localHost) {
        if (down(r.coordinator)) orphans.set(inDoubtOwner(r.txnNo), { globalId: r.globalId, host: r.coordinator, waiting: `waiting for the decision of its coordinator ${r.coordinator}` });
        continue;
      }
      // our own part of a staged commit we restarted with: settled once every host it names answers
      const record = this.decisions.get(r.globalId);
      const gone = record?.outcome === 'staged' ? record.participants.find(down) : undefined;
      if (gone !== undefined) orphans.set(inDoubtOwner(r.txnNo), { globalId: r.globalId, host: gone, waiting: `a staged commit of this host waiting to hear whether host ${gone} is prepared` });
    }
    return orphans;
  }

  /** 7004 for a wait on lock `name` behind `blockers` when one of them is an orphan, else null. */
  private orphanWaitError(orphans: ReturnType<TransactionManagerImpl['orphans']>, name: string, blockers: readonly string[]): IngresError | null {
    const holder = blockers.map((b) => orphans.get(b)).find((o) => o !== undefined);
    if (holder === undefined) return null;
    const relation = lockRelation(name);
    return new IngresError(7004, ingresError(7004, holder.host, relation).message, {
      detail: `${relation}${isKeyLock(name) ? ' (a key of it)' : ''} is locked on host ${this.localHost} by global transaction ${holder.globalId}, prepared and ${holder.waiting}`,
      hint: `Run the statement again once host ${holder.host} is back; the transaction is settled then.`,
      host: this.localHost,
    });
  }

  // ================================================================= registry

  part(globalId: string, user: string, options?: { readonly waitDie?: boolean; readonly noWait?: boolean }): LocalPart {
    return this.partOf(globalId, user, options?.waitDie === true, options?.noWait === true);
  }

  private partOf(globalId: string, user: string, waitDie = false, noWait = false): Part {
    let part = this.parts.get(globalId);
    if (part === undefined) {
      if (this.recovered.has(globalId)) throw ingresError(6013, globalId);
      // a late message (TR_START, slave work) for a transaction already ended here must not
      // begin a fresh, empty part: it would vote read_only for work that was rolled back
      const ended = this.settled.get(globalId);
      if (ended === 'abort') throw ingresError(6011, globalId, `its part on host ${this.localHost} was rolled back`);
      if (ended !== undefined) throw ingresError(6013, globalId);
      part = new Part(globalId, this.database.begin(user, { catalogHistoryId: globalId, ...waitDie ? { globalId } : {}, ...noWait ? { noWait } : {} }), userHostOf(globalId), this.now());
      this.parts.set(globalId, part);
      this.armChecks();
    }
    return part;
  }

  /** the part of `globalId` if this host has one (the DB system's lookup) */
  existingPart(globalId: string): LocalPart | undefined {
    return this.parts.get(globalId);
  }

  setCatalogApplier(applier: CatalogApplier): void {
    this.applier = applier;
  }

  /**
   * Commits decided here whose decision record still names participants that have not
   * acknowledged COM_ABT (a host down since it voted yes), oldest first — for operators.
   */
  awaitingAcks(): { globalId: string; hosts: readonly string[]; ageMs: number }[] {
    const now = this.now();
    const out: { globalId: string; hosts: readonly string[]; ageMs: number }[] = [];
    for (const { key, value } of this.decisions.getRange({})) {
      if (value.outcome === 'commit') out.push({ globalId: String(key), hosts: value.participants, ageMs: now - value.at });
    }
    return out.sort((a, b) => b.ageMs - a.ageMs);
  }

  /** the state of `globalId` here: a TM state, 'in_doubt' (recovered prepared), or null */
  stateOf(globalId: string): TmState | 'in_doubt' | null {
    if (this.recovered.has(globalId)) return 'in_doubt';
    return this.parts.get(globalId)?.state ?? null;
  }

  /** global ids whose commit decision this coordinator still holds (not every ack in) */
  heldDecisions(): string[] {
    return [...this.decisions.getKeys({})].map(String);
  }

  inDoubt(): readonly { readonly globalId: string; readonly coordinator: string; readonly ageMs: number }[] {
    const now = this.now();
    const out: { globalId: string; coordinator: string; ageMs: number }[] = [];
    for (const r of this.recovered.values()) out.push({ globalId: r.globalId, coordinator: r.coordinator, ageMs: now - r.at });
    for (const p of this.parts.values()) {
      if (p.state === 'wait_parti') out.push({ globalId: p.globalId, coordinator: p.coordinator, ageMs: now - p.preparedAt });
    }
    return out.sort((a, b) => b.ageMs - a.ageMs);
  }

  // ================================================================= by hand

  /**
   * The operator's decision (`ingres-cluster resolve`) of a part prepared here whose
   * coordinator is out of the group: the part commits or rolls back now, and its locks go.
   * This is a heuristic decision — the coordinator may have decided otherwise — so it is
   * recorded durably first, and compared with the coordinator's outcome when that can be
   * had: the coordinator's COM_ABT, or its answer to Outcome (asked by the retry loop once
   * it is back). Agreement removes the record; a contradiction is heuristic damage,
   * logged and listed by heuristics() (`ingres-cluster status`). Tm.Prepared answers from
   * the record, so a restarted coordinator resolving a staged commit follows it.
   */
  async resolveByHand(globalId: string, outcome: 'commit' | 'abort'): Promise<void> {
    const part = this.parts.get(globalId);
    const coordinator = part?.state === 'wait_parti' ? part.coordinator : this.recovered.get(globalId)?.coordinator;
    if (coordinator === undefined) throw ingresError(7014, globalId, this.localHost);
    if (coordinator === this.localHost || this.options.membership.liveHosts().includes(coordinator)) {
      throw ingresError(7015, coordinator, globalId);
    }
    const record: HeuristicRecord = { outcome, coordinator, at: this.now(), coordinatorOutcome: null };
    const store = this.database.store;
    store.write(() => { store.meta.putSync(HEURISTIC_PREFIX + globalId, record); });
    // durable before the part ends: the comparison must survive a restart of this host
    await store.durable();
    if (!await this.settle(globalId, outcome === 'commit')) {
      // its coordinator's decision came meanwhile and settled it: nothing was decided by hand
      store.write(() => { store.meta.removeSync(HEURISTIC_PREFIX + globalId); });
      throw ingresError(7014, globalId, this.localHost);
    }
    this.options.log?.warn({ database: this.database.name, globalId, coordinator, outcome }, 'in-doubt part decided by hand');
    this.schedule();
  }

  /** The operator drops the record of a decision by hand (`ingres-cluster resolve … forget`),
   *  having repaired what a contradiction damaged; a record not yet compared is dropped too
   *  (its coordinator will never be asked). */
  async forgetByHand(globalId: string): Promise<void> {
    const record = this.heuristic(globalId);
    if (record === undefined) throw ingresError(7016, globalId, this.localHost);
    const store = this.database.store;
    store.write(() => { store.meta.removeSync(HEURISTIC_PREFIX + globalId); });
    await store.durable();
    this.options.log?.warn({ database: this.database.name, globalId, coordinator: record.coordinator, byHand: record.outcome,
      coordinatorOutcome: record.coordinatorOutcome }, 'decision by hand forgotten');
  }

  heuristics(): HeuristicDecision[] {
    const now = this.now();
    const out: HeuristicDecision[] = [];
    for (const { key, value } of this.database.store.meta.getRange({ start: HEURISTIC_PREFIX, end: `${HEURISTIC_PREFIX}\uffff` })) {
      const record = value as HeuristicRecord;
      out.push({
        globalId: String(key).slice(HEURISTIC_PREFIX.length), coordinator: record.coordinator, outcome: record.outcome,
        ageMs: now - record.at, coordinatorOutcome: record.coordinatorOutcome,
      });
    }
    return out;
  }

  private heuristic(globalId: string): HeuristicRecord | undefined {
    return this.database.store.meta.get(HEURISTIC_PREFIX + globalId) as HeuristicRecord | undefined;
  }

  /** The coordinator's outcome of a transaction decided here by hand: agreement forgets
   *  the decision, a contradiction keeps it with that outcome (heuristic damage). */
  private async coordinatorDecided(globalId: string, outcome: 'commit' | 'abort'): Promise<void> {
    const record = this.heuristic(globalId);
    if (record === undefined || record.coordinatorOutcome !== null) return;
    const store = this.database.store;
    const key = HEURISTIC_PREFIX + globalId;
    const facts = { database: this.database.name, globalId, coordinator: record.coordinator, byHand: record.outcome, coordinatorOutcome: outcome };
    if (record.outcome === outcome) {
      store.write(() => { store.meta.removeSync(key); });
      this.options.log?.info(facts, 'the coordinator decided as the operator did');
    } else {
      store.write(() => { store.meta.putSync(key, { ...record, coordinatorOutcome: outcome }); });
      this.options.log?.error(facts, 'heuristic damage: the coordinator decided otherwise than the operator');
    }
    await store.durable();
  }

  /** ask the coordinator of a decision made by hand for its outcome (retry loop) */
  private async askHeuristic(globalId: string, coordinator: string): Promise<void> {
    if (!this.options.membership.liveHosts().includes(coordinator)) return;
    let decision: number;
    try {
      const reply = await this.options.peers.outcome(coordinator, { database: this.database.name, globalId, host: this.localHost }, this.rpcTimeoutMs);
      decision = reply.decision ?? Decision.DECISION_PENDING;
    } catch {
      return; // ask again next round
    }
    if (decision === Decision.DECISION_COMMIT) await this.coordinatorDecided(globalId, 'commit');
    else if (decision === Decision.DECISION_ABORT) await this.coordinatorDecided(globalId, 'abort');
  }

  // ================================================================= coordinator

  /**
   * init_coord → wait_coord → commit | abort. Phase one: TR_START (with UP_SYS) to every
   * other live host, in parallel; all votes yes/read_only → the decision is written in the
   * same lmdb write as the local commit and flushed → COM_ABT to the yes voters → record
   * forgotten once all acked. Any no/unreachable → abort everywhere (nothing durable).
   */
  async commitAsCoordinator(globalId: string, options: CoordinateOptions): Promise<void> {
    const part = this.partOf(globalId, this.options.dba ?? 'ingres');
    if (part.state !== null) throw ingresError(6013, globalId);
    part.state = 'init_coord';
    const catalog = part.catalogStatements.length > 0;
    this.dbst({ userhost: options.userHost === this.localHost, membership: 'coord', cons: false }, catalog);
    this.deciding.add(globalId);
    let yes: string[] = [];
    let others: string[] = [];
    /** hosts whose vote could not be asked: the abort does not wait for them */
    const unreachable = new Set<string>();
    /** the staged commit's durable write, when we staged one */
    let staging: Promise<void> | null = null;
    /** committed by the staged commit: past the commit point, nothing may abort it any more */
    let staged: DecisionRecord | null = null;
    // hosts prepared on their last work: they hear the decision, whatever it is
    const prepared = (options.prepared ?? []).filter((h) => h !== this.localHost);
    // the hosts a staged commit names (all must be prepared for it to have committed)
    let stagedHosts: readonly string[] = [];
    const early = this.earlyStaged.get(globalId);
    this.earlyStaged.delete(globalId);
    if (early !== undefined) {
      staging = early.written;
      stagedHosts = early.hosts;
    }
    try {
      await this.fail.hit('tm.coord.before-phase1');
      const expected = early === undefined ? 'active' : 'prepared';
      if (part.txn.state !== expected) throw ingresError(6011, globalId, `its local transaction is ${part.txn.state}`);
      // ---- phase one
      part.state = 'wait_coord';
      const applied = new Set(options.appliedBy ?? []);
      // hosts that must still hold a part: those our DB system (or the remote user host's)
      // sent work to, and the user host that asked us to coordinate
      const worked = new Set([...part.contacted, ...(options.contacted ?? []), ...(options.appliedBy ?? [])]);
      const voted = new Set([...prepared, ...(options.readOnly ?? [])]);
      // a catalog change reaches every live host (UP_SYS); a data-only transaction whose
      // participants are known only the hosts with a part that have not voted yet
      const known = options.participantsKnown === true && !catalog;
      // hosts prepared on request, holding ones, and every host that did work for the
      // transaction must vote, up or not: one that cannot answer votes no. (Until 12-05 a
      // worked host out of the group was not asked at all: one that had restarted and was
      // not yet back in this host's view lost its part and the rest committed without it —
      // test/cluster/fault-2pc "h2 restarted inside an open transfer" failed so in 1 of 3 runs.)
      const mustAnswer = [...options.preparing ?? [], ...options.holding ?? [], ...worked].filter((h) => h !== this.localHost && !voted.has(h));
      others = [...new Set([...mustAnswer, ...this.options.membership.liveHosts()
        .filter((h) => h !== this.localHost && !voted.has(h) && (!known || worked.has(h)))])];
      // (votes asked early carried no UP_SYS: a catalog change asks every host afresh)
      const asked = catalog ? undefined : this.earlyVotes.get(globalId);
      this.earlyVotes.delete(globalId);
      // a staged commit: our part prepared, with the list of hosts that must be prepared,
      // written while the votes come (data only: a catalog change keeps the decision after
      // the votes, whose UP_SYS answers may still refuse it)
      if (staging === null && this.staging && !catalog && others.length > 0) {
        stagedHosts = [...new Set([...prepared, ...others])];
        staging = this.stage(part, globalId, stagedHosts, options.userHost);
      }
      const votes = await Promise.all(others.map(async (host) => {
        // (an early vote of holding: that part only read, and is asked now, after our share)
        const earlyVote = asked?.get(host);
        const vote = earlyVote === undefined ? undefined : await earlyVote;
        if (vote !== undefined && vote.vote !== Vote.VOTE_HOLDING) return vote;
        // A host asked that cannot answer votes no, even one that membership then finds
        // down: its TR_START may have reached it, or may still reach a restarted daemon (the
        // call waits for its link), so it may hold the UP_SYS prepared — only an abort makes
        // that harmless. Why neither read_only nor yes will do: src/tm/README.md.
        return this.askVote(host, globalId, {
          userHost: options.userHost,
          statements: applied.has(host) ? [] : part.catalogStatements,
          worked: worked.has(host) || mustAnswer.includes(host),
        });
      }));
      for (const v of votes) if (v.unreachable === true) unreachable.add(v.host);
      yes = [...prepared, ...votes.filter((v) => v.vote === Vote.VOTE_YES).map((v) => v.host)];
      const refused = votes.find((v) => v.vote !== Vote.VOTE_YES && v.vote !== Vote.VOTE_READ_ONLY);
      if (staging !== null) await staging;
      await this.fail.hit('tm.coord.after-votes');
      if (refused !== undefined) {
        throw ingresError(6011, globalId, refused.why === '' ? `host ${refused.host} voted no` : refused.why);
      }
      mark('tm.votes', globalId);
      const record: DecisionRecord = { outcome: 'commit', participants: yes, userHost: options.userHost, at: this.now() };
      // committed when every host the staged record names voted yes — and nobody else did:
      // a restart asks only those hosts, and a yes voter it forgot would never hear commit
      const yesSet = new Set(yes);
      const named = new Set(stagedHosts);
      if (staging !== null && stagedHosts.every((h) => yesSet.has(h)) && yes.every((h) => named.has(h))) {
        // committed: the staged record is durable and every host it lists is prepared. The
        // decision record follows in the background (before any COM_ABT: a participant that
        // committed and forgot could no longer tell a restarted coordinator it was prepared)
        mark('tm.decided', globalId);
        staged = record;
      } else {
        // ---- the decision: durable before anyone hears it (one flushed lmdb write with the
        // local commit; no participant voted yes → nothing to remember, and a staged record
        // — some host voted read_only — goes)
        await part.txn.commit(yes.length === 0
          ? staging === null ? undefined : () => { this.decisions.removeSync(globalId); }
          : () => { this.decisions.putSync(globalId, record); });
        part.state = 'commit';
        mark('tm.decided', globalId);
        this.remember(globalId, true);
        this.deciding.delete(globalId);
      }
    } catch (error) {
      let ingres = toIngresError(error);
      if (staging !== null && !await this.unstage(globalId, staging)) {
        // the staged record could not be removed: the retry loop decides it (Tm.Prepared)
        this.deciding.delete(globalId);
        this.schedule();
        throw new IngresError(6014, `the outcome of global transaction ${globalId} is not known yet: ${ingres.message}`, { cause: ingres });
      }
      this.deciding.delete(globalId);
      this.drop(part, 'abort');
      this.dbst({ userhost: options.userHost === this.localHost, membership: 'coord', cons: true }, catalog);
      // presumed abort: tell every host now (best effort): yes voters would ask otherwise,
      // and hosts not yet asked release their unprepared parts
      const asked = others.length > 0 ? others : this.options.membership.liveHosts().filter((h) => h !== this.localHost);
      const tell = [...new Set([...asked, ...prepared])];
      // (a host out of the group, or one whose vote could not be asked, is told without
      // waiting: its call would wait for it to come back — up to the call's deadline, 5 s,
      // for a host that died and is not out of the group yet; it asks us when it is back,
      // and no record means abort. Nor does the wait outlast a host leaving the group.)
      const live = new Set(this.options.membership.liveHosts());
      await Promise.all(tell.map((host) => {
        const told = this.sendDecision(host, globalId, Decision.DECISION_ABORT).catch(() => undefined);
        return live.has(host) && !unreachable.has(host) ? this.unlessDown(host, told, undefined) : undefined;
      }));
      if (ingres.code !== 6011 && ingres.code !== 6010) {
        ingres = new IngresError(6011, `global transaction ${globalId} was aborted: ${ingres.message}`, { cause: ingres });
      }
      throw ingres;
    }
    if (staged !== null) {
      // (outside the try: a failure from here on is phase two's, never an abort)
      const record = staged;
      if (this.options.awaitPhaseTwo === true) {
        await this.finishStaged(part, record, catalog);
        return;
      }
      // committed: the user hears it first. Our part's own commit (an lmdb write that
      // releases its locks) and COM_ABT follow in the next turn of the event loop, once the
      // reply is on its way and long before this client's next request can come (0.13 ms
      // of the 2-host transfer's p50, bench:2pc). Another session's statement read
      // meanwhile waits for those locks, as for any prepared part. A crash in between
      // finds the staged record with every host prepared: committed, as after any crash
      // past this point
      setImmediate(() => {
        this.finishStaged(part, record, catalog).catch(() => { if (!this.closed) this.schedule(); });
      });
      return;
    }
    this.parts.delete(globalId);
    await this.fail.hit('tm.coord.after-decision');
    // ---- phase two
    const phaseTwo = this.deliver(globalId, yes, true).then(() => {
      this.dbst({ userhost: options.userHost === this.localHost, membership: 'coord', cons: true }, catalog);
    });
    if (this.options.awaitPhaseTwo !== true) {
      // the decision is durable: the commit is final; acks arrive (or are re-sent) later
      phaseTwo.catch(() => { if (!this.closed) this.schedule(); });
      return;
    }
    await phaseTwo;
  }

  /**
   * Write the staged commit: our part prepared for ourselves (or, with nothing changed
   * here, no part to prepare) and the staged record naming `hosts`, in one lmdb write
   * (throws if that fails); resolves once it is durable. Its caller awaits it later (a
   * failed flush aborts there), so a rejection is not left unhandled meanwhile.
   */
  private stage(part: Part, globalId: string, hosts: readonly string[], userHost: string): Promise<void> {
    const record: DecisionRecord = { outcome: 'staged', participants: hosts, userHost, at: this.now() };
    const put = (): void => { this.decisions.putSync(globalId, record); };
    part.preparedAt = record.at;
    let durable: Promise<void>;
    if (part.txn.hasChanges) durable = part.txn.prepareUnflushed({ globalId, coordinator: this.localHost, at: record.at }, put);
    else {
      this.database.store.write(put);
      durable = this.database.store.durable();
    }
    durable.catch(() => undefined);
    return durable;
  }

  /**
   * The master's local share is done and it coordinates: stage the commit now, naming
   * `hosts` (the block's other hosts, whose prepares are still being flushed), so that our
   * flush overlaps theirs. commitAsCoordinator or abort follows, always. Nothing happens
   * when staging is off, or the part is not an active, data-only one.
   */
  stageEarly(globalId: string, hosts: readonly string[], userHost: string): void {
    const part = this.parts.get(globalId);
    const named = hosts.filter((h) => h !== this.localHost);
    if (!this.staging || part === undefined || part.state !== null || part.txn.state !== 'active'
      || part.catalogStatements.length > 0 || this.earlyStaged.has(globalId) || named.length === 0) return;
    let written: Promise<void>;
    try {
      written = this.stage(part, globalId, named, userHost);
    } catch {
      return; // not written (a full disk): commitAsCoordinator goes the usual way, or fails
    }
    this.earlyStaged.set(globalId, { written, hosts: named });
  }

  /**
   * A staged commit that will not commit (a no vote, a failed write): remove the record,
   * durably, before anyone hears "abort" — else a restart could find every host prepared
   * (a late yes) and commit what the user was told rolled back. False when it cannot.
   */
  private async unstage(globalId: string, staging: Promise<void>): Promise<boolean> {
    await staging.catch(() => undefined);
    try {
      // (failpoint: the removal fails, as on a full disk at that moment)
      await this.fail.hit('tm.coord.unstage');
      this.database.store.write(() => { this.decisions.removeSync(globalId); });
      await this.database.store.durable();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The rest of a staged commit that committed: the decision record replaces the staged
   * one in the write that commits our part (flushed), then COM_ABT to the participants.
   * A failure leaves the staged record, which the retry loop resolves (resolveStaged).
   */
  private async finishStaged(part: Part, record: DecisionRecord, catalog: boolean): Promise<void> {
    const globalId = part.globalId;
    try {
      // (not lazy, though nobody waits for it but COM_ABT: the participants keep their
      // locks until COM_ABT comes, and a lazy flush may come 50 ms later)
      // (nobody to tell: the staged record simply goes)
      await part.txn.commit(record.participants.length === 0
        ? () => { this.decisions.removeSync(globalId); }
        : () => { this.decisions.putSync(globalId, record); });
    } finally {
      this.deciding.delete(globalId);
    }
    part.state = 'commit';
    this.parts.delete(globalId);
    this.remember(globalId, true);
    await this.fail.hit('tm.coord.after-decision');
    await this.deliver(globalId, record.participants, true);
    this.dbst({ userhost: record.userHost === this.localHost, membership: 'coord', cons: true }, catalog);
  }

  /**
   * TR_START to `host`; its vote — no, with the reason, when it cannot be reached or leaves
   * the group while we wait (the call would wait for a restarted host up to its deadline).
   */
  private async askVote(host: string, globalId: string, what: {
    userHost: string; statements: readonly string[]; worked: boolean; awaitWorkMs?: number;
  }): Promise<CollectedVote> {
    const gone: CollectedVote = { host, vote: Vote.VOTE_NO, why: `host ${host} is down`, unreachable: true };
    if (!this.options.membership.liveHosts().includes(host)) return gone;
    const asked = this.options.peers.trStart(host, {
      database: this.database.name, globalId, coordinator: this.localHost, userHost: what.userHost,
      upSys: { statements: [...what.statements] },
      worked: what.worked,
      awaitWorkMs: what.awaitWorkMs ?? 0,
    }, this.rpcTimeoutMs + (what.awaitWorkMs ?? 0)).then(
      (reply): CollectedVote => ({ host, vote: reply.vote ?? Vote.VOTE_UNSPECIFIED, why: reply.errorMessage ?? '' }),
      (error: unknown): CollectedVote => {
        const ingres = toIngresError(error);
        const why = `host ${host}: ${ingres.message}${ingres.detail === undefined ? '' : ` (${ingres.detail})`}`;
        const unreachable = isLinkFailure(ingres);
        // (a daemon that died leaves the group at once: the abort does not wait for it)
        if (unreachable) this.options.membership.suspect?.(host);
        return { host, vote: Vote.VOTE_NO, why, unreachable };
      },
    );
    return this.unlessDown(host, asked, gone);
  }

  /**
   * `work`, or `fallback` once `host` leaves the group, whichever comes first. The TM's
   * calls wait for a host that died until their deadlines (its links wait for ready, so a
   * refused connection is never seen): one unanswered after SUSPECT_AFTER_MS has membership
   * check the host (Membership.suspect: a dead daemon leaves the group at once).
   */
  private async unlessDown<T>(host: string, work: Promise<T>, fallback: T): Promise<T> {
    let off: () => void = () => undefined;
    const down = new Promise<T>((resolve) => {
      off = this.options.membership.onChange((changed, up) => { if (changed === host && !up) resolve(fallback); });
    });
    const { membership } = this.options;
    const timer = membership.suspect === undefined ? null : setTimeout(() => membership.suspect?.(host), SUSPECT_AFTER_MS);
    try {
      return await Promise.race([work, down]);
    } finally {
      if (timer !== null) clearTimeout(timer);
      off();
    }
  }

  /**
   * Phase one ahead of time for hosts that prepared on request (VOTE_PREPARING): TR_START
   * goes to them now, while this host still runs its own share of the transaction, so their
   * flushes overlap it; commitAsCoordinator then takes these votes instead of asking again.
   * Only for a data-only transaction this host will coordinate (no UP_SYS to ship). The
   * votes are forgotten when the transaction ends here without a commit. `awaitWorkMs`:
   * the hosts got their work at the same time as this host, and vote once it has ended
   * there (participate); one whose part only read answers holding and is asked again at
   * phase one.
   */
  async askEarly(globalId: string, hosts: readonly string[], userHost: string, options?: { readonly awaitWorkMs?: number }): Promise<void> {
    const others = hosts.filter((h) => h !== this.localHost);
    if (others.length === 0 || this.closed) return;
    let asked = this.earlyVotes.get(globalId);
    if (asked === undefined) {
      asked = new Map();
      this.earlyVotes.set(globalId, asked);
    }
    for (const host of others) {
      mark('tm.ask-early', globalId);
      if (!asked.has(host)) asked.set(host, this.askVote(host, globalId, { userHost, statements: [], worked: true, awaitWorkMs: options?.awaitWorkMs ?? 0 }));
    }
    // the calls are written to their streams; one turn of the event loop sends them
    // before the caller's synchronous share runs (strace: the writev precedes its pwrites)
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /**
   * TR_REQ across hosts: commit `globalId` with the TM of `coordinator` (the target host).
   * Local coordinator → commitAsCoordinator; else Coordinate on that host, which sends this
   * host TR_START like any participant. Catalog statements applied here travel as UP_SYS.
   */
  async requestCommit(globalId: string, options: { readonly userHost: string; readonly coordinator: string }): Promise<void> {
    if (options.coordinator === this.localHost) {
      await this.commitAsCoordinator(globalId, { userHost: options.userHost });
      return;
    }
    const part = this.parts.get(globalId);
    let reply: pbt.ITrResp;
    try {
      reply = await this.options.peers.coordinate(options.coordinator, {
        database: this.database.name, globalId, userHost: options.userHost, targetHost: options.coordinator,
        upSys: { statements: part?.catalogStatements ?? [] },
        // we only count as having worked if we hold a part (a user host may have none)
        appliedBy: part === undefined ? [] : [this.localHost],
        contacted: [...(part?.contacted ?? [])],
      }, this.rpcTimeoutMs * 3);
    } catch (error) {
      // the coordinator went away mid-call: what do we know here?
      const known = this.settled.get(globalId);
      if (known === 'commit') return; // its COM_ABT commit reached us before it died
      if (known === undefined) {
        // not prepared here: aborting now makes our vote no (a late TR_START is refused),
        // so the coordinator cannot commit; prepared: only the coordinator decides (6013)
        const aborted = await this.abort(globalId).then(() => true, () => false);
        if (aborted) throw ingresError(6011, globalId, toIngresError(error).message);
      } else if (known === 'abort') {
        throw ingresError(6011, globalId, toIngresError(error).message);
      }
      // prepared (the resolver settles it with the coordinator), or we dropped out
      // read-only and cannot know: uncertain
      throw ingresError(6014, globalId, options.coordinator);
    }
    if (reply.vote !== Vote.VOTE_YES) {
      // aborted: release our part if the coordinator never reached it (prepared: its COM_ABT does)
      await this.abort(globalId).catch(() => undefined);
      const why = reply.errorMessage ?? '';
      throw new IngresError(6011, why !== '' ? why : `global transaction ${globalId} was aborted: the coordinator refused`);
    }
  }

  /**
   * End an unprepared part that changed nothing, here only: its locks are released once what
   * it read is durable (as any read-only commit); later work for it is refused.
   */
  async endReadOnly(globalId: string): Promise<boolean> {
    const part = this.parts.get(globalId);
    if (part === undefined) return true;
    if (part.state === null && part.txn.state === 'aborted') {
      // its work failed and rolled it back (a lock wait broken: deadlock, timeout, 7004)
      this.drop(part, 'abort');
      return true;
    }
    if (part.state !== null || part.wrote || part.txn.hasChanges) return false;
    part.state = 'commit';
    this.parts.delete(globalId);
    this.remember(globalId, 'read_only');
    await part.txn.commit();
    return true;
  }

  /**
   * Abort everywhere: the local part, and every live host is told (presumed abort), or with
   * `onlyContacted` only the hosts this host's part sent work to.
   */
  async abort(globalId: string, options?: { readonly onlyContacted?: boolean }): Promise<void> {
    const early = this.earlyStaged.get(globalId);
    if (early !== undefined) {
      // staged by stageEarly, and the master gives up: the record goes first, durably.
      // (`deciding` meanwhile: the retry loop must not resolve the record while it goes —
      // it could find every named host prepared and commit what the user hears aborted)
      this.deciding.add(globalId);
      this.earlyStaged.delete(globalId);
      let removed: boolean;
      try {
        removed = await this.unstage(globalId, early.written);
      } finally {
        this.deciding.delete(globalId);
      }
      if (!removed) {
        this.schedule();
        throw new IngresError(6014, `the outcome of global transaction ${globalId} is not known yet: its staged commit record could not be removed on host ${this.localHost} (the retry loop settles it)`);
      }
      const part = this.parts.get(globalId);
      if (part !== undefined) this.drop(part, 'abort');
    }
    // decided commit here (we coordinated it): an abort in our name would roll back parts
    // prepared for us that have yet to hear the decision
    if (this.settled.get(globalId) === 'commit' || this.decisions.get(globalId) !== undefined) throw ingresError(6013, globalId);
    const part = this.parts.get(globalId);
    const contacted = part === undefined ? undefined : [...part.contacted];
    if (part !== undefined) {
      // prepared (or preparing): only its coordinator decides
      if (part.state === 'wait_parti' || part.txn.state === 'prepared') throw ingresError(6013, globalId);
      this.drop(part, 'abort');
    } else if (!this.settled.has(globalId) && !this.recovered.has(globalId)) {
      this.remember(globalId, false);
    }
    const others = options?.onlyContacted === true && contacted !== undefined
      ? contacted.filter((h) => h !== this.localHost)
      : this.options.membership.liveHosts().filter((h) => h !== this.localHost);
    // (not past a host's leaving the group: a call to a host that died waits for it)
    await Promise.all(others.map((host) => this.unlessDown(host, this.sendDecision(host, globalId, Decision.DECISION_ABORT).catch(() => {
      this.abortsToResend.set(`${host} ${globalId}`, { host, globalId, until: this.now() + this.abandonedAfterMs, inFlight: false });
      this.schedule();
    }), undefined)));
  }

  /** Send the failed aborts again (not awaited: a host that does not answer holds up no
   *  other work of the round); true while some are left. */
  private resendAborts(): boolean {
    const now = this.now();
    for (const [key, pending] of this.abortsToResend) {
      if (now >= pending.until) {
        this.abortsToResend.delete(key);
        continue;
      }
      if (pending.inFlight) continue;
      pending.inFlight = true;
      // (a call that throws at once fails like one that fails later)
      Promise.resolve().then(() => this.sendDecision(pending.host, pending.globalId, Decision.DECISION_ABORT)).then(
        () => { this.abortsToResend.delete(key); },
        () => { pending.inFlight = false; },
      );
    }
    return this.abortsToResend.size > 0;
  }

  /**
   * TR_START piggybacked on this host's last work (Slave.Execute with prepare_coordinator):
   * prepare the part durably for `coordinator` and vote, as a TR_START would, but a part
   * that changed nothing votes holding and keeps its locks (VoteHow); `onRequest`:
   * reply VOTE_PREPARING once the prepare is written, the vote going to the coordinator's
   * TR_START once it is durable (participate).
   */
  prepareLast(globalId: string, coordinator: string, userHost: string, options?: { readonly onRequest?: boolean }): Promise<pbt.ITrResp> {
    const message = { database: this.database.name, globalId, coordinator, userHost, upSys: { statements: [] }, worked: true };
    // (the coordinator has yet to run its own share: a part that only read keeps its locks)
    return this.participate(message, { onRequest: options?.onRequest === true, holdReadOnly: true });
  }

  private sendDecision(host: string, globalId: string, decision: number): Promise<pbt.IComAbtAck> {
    return this.options.peers.comAbt(host, {
      database: this.database.name, globalId, coordinator: this.localHost, decision,
    }, this.rpcTimeoutMs);
  }

  /**
   * COM_ABT commit to `hosts`; each ack shrinks the record; all acked → forget it. A host out
   * of the group is not called (the call would wait for it until its deadline, holding back
   * the others' acks): it hears the commit from the retry loop once back, or asks for it.
   */
  private async deliver(globalId: string, hosts: readonly string[], first: boolean): Promise<void> {
    if (hosts.length === 0) return;
    const acked: string[] = [];
    const live = new Set(this.options.membership.liveHosts());
    await Promise.all(hosts.filter((host) => live.has(host)).map(async (host) => {
      try {
        await this.sendDecision(host, globalId, Decision.DECISION_COMMIT);
      } catch {
        return; // kept in the record; the retry loop re-sends
      }
      acked.push(host);
      if (first && acked.length === 1) await this.fail.hit('tm.coord.mid-delivery');
    }));
    this.acked(globalId, acked);
    if (this.decisions.get(globalId) !== undefined) this.schedule();
  }

  /**
   * Shrink the decision record by the hosts that acked, in one write once the round is in
   * (a write per ack cost an lmdb write transaction each); all acked → forget it.
   */
  private acked(globalId: string, hosts: readonly string[]): void {
    if (this.closed || hosts.length === 0) return;
    const record = this.decisions.get(globalId);
    if (record === undefined || record.outcome !== 'commit') return;
    const left = record.participants.filter((h) => !hosts.includes(h));
    // no flush needed: a lost update only means one more (harmless) COM_ABT later
    this.database.store.write(() => {
      if (left.length === 0) this.decisions.removeSync(globalId);
      else this.decisions.putSync(globalId, { ...record, participants: left });
    });
  }

  /**
   * Outcome: a participant asks what was decided. A part still at work here (its user host
   * is alive: hostDown drops the parts of a dead one) = pending; one whose work failed and
   * rolled it back = abort. A transaction never seen
   * here, begun less than UNKNOWN_PENDING_MS ago by a user host still in the group, may
   * still reach us (a participant prepares on its last work before the user host asks us
   * to coordinate: its other hosts may be slow) = pending. Otherwise no record = abort, and
   * that answer is a promise: a later request to coordinate (or work) is refused (6011).
   */
  outcome(globalId: string): number {
    // (a staged commit is decided once every host it names is prepared: until we know, pending)
    const record = this.decisions.get(globalId);
    if (record !== undefined) return record.outcome === 'commit' ? Decision.DECISION_COMMIT : Decision.DECISION_PENDING;
    if (this.deciding.has(globalId)) return Decision.DECISION_PENDING;
    const settled = this.settled.get(globalId);
    if (settled === 'commit') return Decision.DECISION_COMMIT;
    const part = this.parts.get(globalId);
    if (part !== undefined && part.state === null) {
      if (part.txn.state !== 'aborted') return Decision.DECISION_PENDING;
      // its work here failed and rolled the part back (a lock it could not have, a
      // deadlock): it can never commit (commitAsCoordinator refuses a part that is not
      // active), though the master's abort has not reached us (lost, or still on its way).
      // Pending would keep a host prepared for us in doubt, its locks held, for good.
      this.drop(part, 'abort');
      return Decision.DECISION_ABORT;
    }
    if (part === undefined && settled === undefined && !this.recovered.has(globalId)) {
      const userHost = userHostOf(globalId);
      const young = this.now() - startOf(globalId) < UNKNOWN_PENDING_MS;
      // our own transaction begun before this process started: its master died with the
      // old process, so nothing can still be coming (a coordinator restarted after the
      // votes used to keep its participants in doubt for UNKNOWN_PENDING_MS)
      const userAlive = userHost === this.localHost ? startOf(globalId) >= PROCESS_START_MS
        : this.options.membership.liveHosts().includes(userHost);
      if (young && userAlive) return Decision.DECISION_PENDING;
      this.remember(globalId, false);
    }
    return Decision.DECISION_ABORT;
  }

  /**
   * Outcome as a participant asks it: outcome(), except that "pending" for a young
   * transaction we never saw, whose user host is another live host, is checked with that
   * host (Tm.Active): if no master there runs it any more, nothing more can come and the
   * answer is abort (a promise, as in outcome()). Without this a participant prepared for a
   * coordinator that restarted stayed in doubt, its locks held, for UNKNOWN_PENDING_MS.
   */
  async outcomeAsked(globalId: string): Promise<number> {
    const decision = this.outcome(globalId);
    const userHost = userHostOf(globalId);
    const unseen = (): boolean => this.parts.get(globalId) === undefined && !this.deciding.has(globalId) &&
      this.settled.get(globalId) === undefined && !this.recovered.has(globalId) && this.decisions.get(globalId) === undefined;
    if (decision !== Decision.DECISION_PENDING || userHost === this.localHost || !unseen() || this.options.peers.active === undefined) {
      return decision;
    }
    const running = await this.masterRuns(userHost, globalId);
    if (running === null) return Decision.DECISION_PENDING; // cannot tell: ask again later
    if (running || !unseen()) return this.outcome(globalId);
    this.remember(globalId, false);
    return Decision.DECISION_ABORT;
  }

  /** Coordinate (TR_REQ from a remote user host): apply its UP_SYS here, then commit. */
  async coordinate(request: pbt.ITrReq): Promise<pbt.ITrResp> {
    const globalId = request.globalId ?? '';
    const statements = request.upSys?.statements ?? [];
    const appliedBy = request.appliedBy ?? [];
    const reply = { database: this.database.name, globalId, host: this.localHost };
    try {
      if ((request.contacted ?? []).includes(this.localHost) && !this.parts.has(globalId)) {
        throw ingresError(6011, globalId, `host ${this.localHost} restarted and lost its part`);
      }
      const part = this.partOf(globalId, this.options.dba ?? 'ingres');
      if (statements.length > 0 && !appliedBy.includes(this.localHost)) await this.applyUpSys(part, statements);
      await this.commitAsCoordinator(globalId, { userHost: request.userHost ?? '', appliedBy, contacted: request.contacted ?? [] });
      return { ...reply, vote: Vote.VOTE_YES };
    } catch (error) {
      const ingres = toIngresError(error);
      return { ...reply, vote: Vote.VOTE_NO, errorCode: ingres.code, errorMessage: ingres.message };
    }
  }

  // ================================================================= participant

  /**
   * TR_START: init_parti → (UP_SYS applied) → prepare() flushed → wait_parti, vote yes;
   * nothing changed here → commit (releases locks), vote read_only — or, voting on a
   * block's last work (`holdReadOnly`), keep the part and vote holding; failure → abort, no.
   */
  trStart(message: pbt.ITrStart): Promise<pbt.ITrResp> {
    return this.participate(message, {});
  }

  /**
   * TR_START's work. `onRequest` (prepareLast of a host whose vote the coordinator asks
   * for): the prepare is written but not awaited — the reply is VOTE_PREPARING, and the
   * coordinator's TR_START, finding the part prepared for it, waits for the flush and votes
   * yes (voteWhenFlushed). Nobody hears yes before the prepare is durable either way.
   */
  private async participate(message: pbt.ITrStart, how: VoteHow): Promise<pbt.ITrResp> {
    const onRequest = how.onRequest === true;
    const globalId = message.globalId ?? '';
    mark(onRequest ? 'tm.prepare-last' : 'tm.trstart', globalId);
    const coordinator = message.coordinator ?? '';
    const statements = message.upSys?.statements ?? [];
    const reply = { database: this.database.name, globalId, host: this.localHost };
    const userhost = message.userHost === this.localHost;
    let part: Part | undefined;
    let catalog = false;
    try {
      const awaitWorkMs = message.awaitWorkMs ?? 0;
      if (awaitWorkMs > 0) {
        const early = await this.untilWorkDone(globalId, awaitWorkMs);
        if (early !== null) return { ...reply, vote: early };
      }
      if (message.worked === true && !this.parts.has(globalId)) {
        // we served this transaction, but hold no part: this process restarted since and
        // the work (and its locks) died with the old one
        throw ingresError(6011, globalId, `host ${this.localHost} restarted and lost its part`);
      }
      part = this.partOf(globalId, this.options.dba ?? 'ingres');
      if (part.flushing !== null && part.state === 'wait_parti' && part.coordinator === coordinator && !onRequest && statements.length === 0) {
        return await this.voteWhenFlushed(part, reply);
      }
      if (part.state !== null) throw ingresError(6013, globalId);
      part.state = 'init_parti';
      part.coordinator = coordinator;
      catalog = statements.length > 0 || part.catalogStatements.length > 0;
      this.dbst({ userhost, membership: 'parti', cons: false }, catalog);
      await this.fail.hit('tm.parti.before-prepare');
      if (part.txn.state !== 'active') throw ingresError(6011, globalId, `its part on ${this.localHost} is ${part.txn.state}`);
      if (statements.length > 0) await this.applyUpSys(part, statements);
      if (!part.wrote && !part.txn.hasChanges) {
        if (how.holdReadOnly === true) {
          // the vote on the last work of a block whose coordinator has yet to run its own
          // share: dropping out now would free what this part read before the transaction
          // took all its locks — keep them until the coordinator's TR_START (phase one)
          part.state = null;
          this.dbst({ userhost, membership: 'parti', cons: true }, false);
          return { ...reply, vote: Vote.VOTE_HOLDING };
        }
        part.state = 'commit';
        await part.txn.commit();
        this.parts.delete(globalId);
        this.remember(globalId, 'read_only'); // any later work for it is refused
        this.dbst({ userhost, membership: 'parti', cons: true }, false);
        return { ...reply, vote: Vote.VOTE_READ_ONLY };
      }
      part.preparedAt = this.now();
      if (onRequest) {
        // written now (a failure to write votes no below); durable when the flush ends
        part.flushing = part.txn.prepareUnflushed({ globalId, coordinator, at: part.preparedAt });
        part.flushing.then(() => mark('tm.flushed', globalId), () => undefined); // a failed flush is the vote's to report
        part.state = 'wait_parti';
        this.schedule();
        return { ...reply, vote: Vote.VOTE_PREPARING };
      }
      await part.txn.prepare({ globalId, coordinator, at: part.preparedAt });
      if (part.state !== 'init_parti') throw ingresError(6011, globalId, `its part on host ${this.localHost} was rolled back`);
      part.state = 'wait_parti';
      await this.fail.hit('tm.parti.after-prepare');
      this.schedule();
      return { ...reply, vote: Vote.VOTE_YES };
    } catch (error) {
      if (part !== undefined && part.state !== 'wait_parti') {
        this.drop(part, 'abort');
        this.dbst({ userhost, membership: 'parti', cons: true }, catalog);
      }
      const ingres = toIngresError(error);
      return { ...reply, vote: Vote.VOTE_NO, errorCode: ingres.code, errorMessage: `host ${this.localHost}: ${ingres.message}` };
    }
  }

  /**
   * A TR_START sent while this host's work for the transaction may still be on its way or
   * running (askEarly's awaitWorkMs): wait until it ends here (workDone) or the part ends.
   * Then VOTE_HOLDING for a part that only read (the coordinator asks again at phase one,
   * after its own share took its locks); null: vote as any TR_START. Work that has not
   * arrived within `ms` votes no, and is refused if it comes later.
   */
  private async untilWorkDone(globalId: string, ms: number): Promise<number | null> {
    const ended = (): boolean => this.parts.get(globalId)?.workDone === true
      || (!this.parts.has(globalId) && (this.settled.has(globalId) || this.recovered.has(globalId)));
    if (!ended() && !this.closed && !await this.waitForWork(globalId, ms)) {
      const what = this.parts.has(globalId) ? 'end' : 'arrive';
      if (!this.parts.has(globalId) && !this.settled.has(globalId)) this.remember(globalId, false);
      throw ingresError(6011, globalId, `its work on host ${this.localHost} did not ${what} within ${ms} ms`);
    }
    const part = this.parts.get(globalId);
    const holding = part !== undefined && part.state === null && part.txn.state === 'active' && !part.wrote && !part.txn.hasChanges;
    return holding ? Vote.VOTE_HOLDING : null;
  }

  /** Resolves true when workDone or the end of the part wakes it, false after `ms`. */
  private waitForWork(globalId: string, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      let waiters = this.workWaiters.get(globalId);
      if (waiters === undefined) {
        waiters = new Set();
        this.workWaiters.set(globalId, waiters);
      }
      const set = waiters;
      const leave = (woken: boolean): void => {
        clearTimeout(timer);
        set.delete(wake);
        if (set.size === 0 && this.workWaiters.get(globalId) === set) this.workWaiters.delete(globalId);
        resolve(woken);
      };
      const wake = (): void => leave(true);
      const timer = setTimeout(() => leave(false), ms);
      set.add(wake);
    });
  }

  workDone(globalId: string): void {
    const part = this.parts.get(globalId);
    if (part !== undefined) part.workDone = true;
    // work that ended before it had a part here (a message that did not decode): nothing of
    // it is here, so the transaction cannot commit — a TR_START waiting for it votes no now
    else if (!this.settled.has(globalId) && !this.recovered.has(globalId)) this.remember(globalId, false);
    this.wakeWorkWaiters(globalId);
  }

  private wakeWorkWaiters(globalId: string): void {
    const waiters = this.workWaiters.get(globalId);
    if (waiters === undefined) return;
    this.workWaiters.delete(globalId);
    for (const wake of [...waiters]) wake();
  }

  /** The coordinator's TR_START for a part prepared on request: yes once its prepare is durable. */
  private async voteWhenFlushed(part: Part, reply: { database: string; globalId: string; host: string }): Promise<pbt.ITrResp> {
    try {
      await part.flushing;
    } catch (error) {
      const ingres = toIngresError(error);
      return { ...reply, vote: Vote.VOTE_NO, errorCode: ingres.code, errorMessage: `host ${this.localHost}: ${ingres.message}` };
    }
    await this.fail.hit('tm.parti.after-prepare');
    // settled meanwhile (its coordinator's abort crossed this TR_START): not a yes any more
    if (this.parts.get(part.globalId) !== part || part.state !== 'wait_parti') {
      return { ...reply, vote: Vote.VOTE_NO, errorCode: 6011, errorMessage: `host ${this.localHost}: global transaction ${part.globalId} was rolled back here` };
    }
    mark('tm.yes', part.globalId);
    return { ...reply, vote: Vote.VOTE_YES };
  }

  /** PROC_QRY → PROC_RESP: the DB system applies UP_SYS in the part or says NOT_PROC. */
  private async applyUpSys(part: Part, statements: readonly string[]): Promise<void> {
    if (this.applier === undefined) {
      throw new IngresError(6011, `global transaction ${part.globalId} was aborted: host ${this.localHost} cannot apply catalog changes`, {
        detail: 'no catalog applier is installed in this TM',
      });
    }
    await this.applier(part, statements);
    part.catalogStatements.push(...statements);
    part.wrote = true;
  }

  /** COM_ABT → COM_ABT_PROC: apply the decision to the part (live or recovered), then ack. */
  async comAbt(message: pbt.IComAbt): Promise<pbt.IComAbtAck> {
    const globalId = message.globalId ?? '';
    const reply = { database: this.database.name, globalId, host: this.localHost };
    const commit = message.decision === Decision.DECISION_COMMIT;
    const prepared = this.parts.get(globalId)?.state === 'wait_parti' ? this.parts.get(globalId)?.coordinator
      : this.recovered.get(globalId)?.coordinator;
    if (prepared === undefined && this.heuristic(globalId)?.coordinator === message.coordinator) {
      // decided here by hand: compare (the part is gone; the ack tells the coordinator so)
      await this.coordinatorDecided(globalId, commit ? 'commit' : 'abort');
      return reply;
    }
    if (prepared !== undefined) {
      // a prepared part obeys only its coordinator (a user host's abort is for unprepared parts)
      if (message.coordinator !== prepared) return reply;
      await this.fail.hit('tm.parti.after-vote');
    }
    const applied = await this.settle(globalId, commit);
    if (applied && commit) await this.fail.hit('tm.parti.after-commit');
    return reply;
  }

  /**
   * Apply an outcome to the part of `globalId`; false when there was nothing to settle.
   * A second settle of the same transaction (a re-sent COM_ABT crossing our own Outcome
   * answer) waits for the first to be durable, so no ack ever precedes the fsync.
   */
  private async settle(globalId: string, commit: boolean): Promise<boolean> {
    const running = this.settling.get(globalId);
    if (running !== undefined) {
      await running.catch(() => undefined);
      return false;
    }
    const work = this.settleOnce(globalId, commit);
    this.settling.set(globalId, work);
    try {
      return await work;
    } finally {
      this.settling.delete(globalId);
    }
  }

  private async settleOnce(globalId: string, commit: boolean): Promise<boolean> {
    const part = this.parts.get(globalId);
    if (part !== undefined) {
      if (part.state === 'init_coord' || part.state === 'wait_coord') return false; // ours to decide
      if (part.state !== 'wait_parti' && commit) return false; // commit for a part never prepared: not ours
      const catalog = part.catalogStatements.length > 0;
      this.parts.delete(globalId);
      this.remember(globalId, commit);
      if (commit) {
        part.state = 'commit';
        // durable before the ack (presumed abort: an acked commit must survive a restart),
        // but on the next sync anyone starts: nobody waits for this ack
        await part.txn.commit(undefined, { lazy: true });
      } else {
        part.state = 'abort';
        part.txn.abort();
      }
      this.dbst({ userhost: part.userHost === this.localHost, membership: 'parti', cons: true }, catalog);
      return true;
    }
    const recovered = this.recovered.get(globalId);
    if (recovered !== undefined) {
      this.recovered.delete(globalId);
      this.remember(globalId, commit);
      this.options.log?.info({ database: this.database.name, globalId, coordinator: recovered.coordinator, outcome: commit ? 'commit' : 'abort' },
        'in-doubt part settled');
      await this.database.resolveInDoubt(recovered.txnNo, commit ? 'commit' : 'abort');
      this.dbst({ userhost: userHostOf(globalId) === this.localHost, membership: 'parti', cons: true }, true);
      return true;
    }
    return false;
  }

  /** End an unprepared part here: abort its transaction, forget it, remember the abort. */
  private drop(part: Part, _outcome: 'abort'): void {
    part.state = 'abort';
    part.txn.abort();
    this.parts.delete(part.globalId);
    this.remember(part.globalId, false);
  }

  private remember(globalId: string, outcome: boolean | 'read_only'): void {
    this.earlyVotes.delete(globalId);
    this.wakeWorkWaiters(globalId);
    this.settled.set(globalId, outcome === 'read_only' ? outcome : outcome ? 'commit' : 'abort');
    if (this.settled.size > SETTLED_KEPT) {
      const oldest = this.settled.keys().next();
      if (oldest.done !== true) this.settled.delete(oldest.value);
    }
  }

  /**
   * Record the dbst state. A transaction that changes the catalog writes it at once and
   * fsyncs it: its cons=no must be on disk before any catalog change is (the vouch rule).
   * Other transactions cannot make the catalog inconsistent: they record only their role
   * (userhost, membership) and keep the `cons` on disk (a catalog change in flight keeps
   * its cons=no), coalesced on the next turn of the event loop, off the commit path (last
   * record wins; flushed on close), and not at all when the role did not change.
   */
  private dbst(record: DbstRecord, catalog: boolean): void {
    if (catalog) {
      this.pendingDbst = null;
      this.writeDbstNow(record, true);
      this.lastDbst = record;
      return;
    }
    const scheduled = this.pendingDbst !== null;
    this.pendingDbst = record; // its cons is replaced by the disk's when written
    if (!scheduled) {
      setImmediate(() => {
        if (this.closed) return;
        try {
          this.flushDbst();
        } catch {
          // a failed background write leaves the older record; the next transaction rewrites it
        }
      });
    }
  }

  /** write the pending dbst record now (tests, close) */
  flushDbst(): void {
    const pending = this.pendingDbst;
    this.pendingDbst = null;
    if (pending === null) return;
    // cons follows the catalog records: one written since this record was made wins
    const last = this.diskDbst();
    const record: DbstRecord = { ...pending, cons: last?.cons ?? true };
    if (last !== null && last.userhost === record.userhost && last.membership === record.membership && last.cons === record.cons) return;
    this.writeDbstNow(record, false);
    this.lastDbst = record;
  }

  /**
   * The record on disk (serverdb also writes the file, after a catalog copy: every write of
   * this process goes through writeDbst, which remembers it; else the file is read);
   * without a readable file (a writeDbst hook in tests), the record this TM wrote last;
   * null when neither is known (then a record is always written).
   */
  private diskDbst(): DbstRecord | null {
    const { directory, name } = this.database;
    return currentDbst(directory, name) ?? this.lastDbst;
  }

  // ================================================================= restart and retries

  /** At construction: prepared transactions of the log become recovered in-doubt parts. */
  private adoptRecovered(): void {
    const inDoubt = new Set(this.database.inDoubtTransactions());
    if (inDoubt.size === 0 && this.decisions.getKeysCount() === 0) return;
    for (const [txnNo, header] of loggedTransactions(this.database.store)) {
      if (!inDoubt.has(txnNo) || header.prepared === undefined) continue;
      const { globalId, coordinator, at } = header.prepared;
      this.recovered.set(globalId, { globalId, txnNo, coordinator, at });
    }
    // (the first 20 of each: a log line, not a dump)
    const decisions = [...this.decisions.getRange({ limit: 20 })].map(({ key, value }) => `${String(key)} ${value.outcome}`);
    const inDoubtParts = [...this.recovered.values()].slice(0, 20).map((r) => `${r.globalId} (coordinator ${r.coordinator})`);
    this.options.log?.info({ database: this.database.name, inDoubt: inDoubtParts, inDoubtCount: this.recovered.size, decisions, decisionCount: this.decisions.getKeysCount() },
      'in-doubt parts and decision records found at open');
    this.schedule();
  }

  /** Start the retry loop soon (idempotent). */
  private schedule(): void {
    if (this.closed || this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // a failed round (e.g. a write while closing) is simply tried again
      this.retry().catch(() => { if (!this.closed) this.schedule(); });
    }, this.retryMs);
    this.timer.unref?.();
  }

  /** One round: re-send held decisions, ask coordinators about in-doubt parts. */
  async retry(): Promise<void> {
    if (this.retrying || this.closed) return;
    this.retrying = true;
    let more = false;
    try {
      more = this.resendAborts();
      for (const { key, value } of [...this.decisions.getRange({})]) {
        more = true;
        if (this.closed) return;
        if (value.outcome === 'staged') await this.resolveStaged(String(key));
        else await this.deliver(String(key), value.participants, false);
      }
      const now = this.now();
      const asks: { globalId: string; coordinator: string }[] = [...this.recovered.values()];
      for (const part of this.parts.values()) {
        if (part.state !== 'wait_parti') continue;
        more = true;
        if (now - part.preparedAt >= this.askAfterMs) asks.push({ globalId: part.globalId, coordinator: part.coordinator });
      }
      for (const { globalId, coordinator } of asks) {
        more = true;
        if (this.closed) return;
        await this.ask(globalId, coordinator);
      }
      for (const h of this.heuristics().filter((d) => d.coordinatorOutcome === null)) {
        more = true;
        if (this.closed) return;
        await this.askHeuristic(h.globalId, h.coordinator);
      }
    } finally {
      this.retrying = false;
    }
    if (this.closed) return;
    if (more && this.recovered.size + this.decisions.getKeysCount() + this.preparedCount() + this.abortsToResend.size
      + this.heuristics().filter((h) => h.coordinatorOutcome === null).length > 0) this.schedule();
  }

  private preparedCount(): number {
    let n = 0;
    for (const part of this.parts.values()) if (part.state === 'wait_parti') n++;
    return n;
  }

  private async ask(globalId: string, coordinator: string): Promise<void> {
    let decision: number;
    if (coordinator === this.localHost) {
      decision = this.outcome(globalId);
    } else {
      try {
        const reply = await this.options.peers.outcome(coordinator, {
          database: this.database.name, globalId, host: this.localHost,
        }, this.rpcTimeoutMs);
        decision = reply.decision ?? Decision.DECISION_PENDING;
      } catch {
        return; // unreachable: stay in doubt, ask again next round
      }
    }
    if (decision === Decision.DECISION_COMMIT) await this.settle(globalId, true);
    else if (decision === Decision.DECISION_ABORT) await this.settle(globalId, false);
  }

  /**
   * A staged commit no commitAsCoordinator of this process is deciding (we restarted, or
   * its decision record could not be written): ask every host it names (Tm.Prepared). All
   * prepared → commit (the decision record, then our part, then COM_ABT as for any held
   * decision); one not prepared → abort (record removed durably, our part rolled back, the
   * others told); one unreachable → ask again next round (our part stays in doubt).
   */
  private async resolveStaged(globalId: string): Promise<void> {
    const ask = this.options.peers.prepared?.bind(this.options.peers);
    if (ask === undefined || this.deciding.has(globalId) || this.earlyStaged.has(globalId)) return;
    // read here, not from the round's copy: a record aborted since the round began (its
    // master gave up and removed it) must not be resolved — a named host left prepared
    // (one the abort could not reach) would answer yes, and commit alone
    const record = this.decisions.get(globalId);
    if (record?.outcome !== 'staged') return;
    this.deciding.add(globalId);
    try {
      const message = { database: this.database.name, globalId, coordinator: this.localHost };
      const states = await Promise.all(record.participants.map((host) =>
        ask(host, message, this.rpcTimeoutMs).then((reply) => reply.state ?? PreparedState.PREPARED_UNSPECIFIED, () => null)));
      if (this.closed || states.includes(null)) return; // cannot tell yet
      const commit = states.every((s) => s === PreparedState.PREPARED_YES || s === PreparedState.PREPARED_COMMITTED);
      this.options.log?.info({ database: this.database.name, globalId, hosts: record.participants, states, outcome: commit ? 'commit' : 'abort' },
        'staged commit resolved with its hosts');
      const live = this.parts.get(globalId);
      if (commit) {
        const decision: DecisionRecord = {
          outcome: 'commit', userHost: record.userHost, at: this.now(),
          // a host that answered "committed" hears the decision too: one whose part was
          // decided by hand (preparedFor) compares it with its own, and would otherwise ask
          // Outcome after this record is forgotten, when the answer is a presumed abort
          participants: record.participants.filter((_h, i) => states[i] === PreparedState.PREPARED_YES || states[i] === PreparedState.PREPARED_COMMITTED),
        };
        const put = (): void => { this.decisions.putSync(globalId, decision); };
        if (live !== undefined) {
          await live.txn.commit(put);
          live.state = 'commit';
          this.parts.delete(globalId);
          this.remember(globalId, true);
        } else {
          this.database.store.write(put);
          // (resolveInDoubt flushes both writes; one environment, one order of commits)
          if (!await this.settle(globalId, true)) await this.database.store.durable();
        }
        await this.deliver(globalId, decision.participants, false);
        return;
      }
      this.database.store.write(() => { this.decisions.removeSync(globalId); });
      if (live !== undefined) this.drop(live, 'abort');
      else if (!await this.settle(globalId, false)) this.remember(globalId, false);
      await this.database.store.durable();
      await Promise.all(record.participants.map((host) =>
        this.sendDecision(host, globalId, Decision.DECISION_ABORT).catch(() => undefined)));
    } finally {
      this.deciding.delete(globalId);
    }
  }

  /**
   * Tm.Prepared: a coordinator resolving a staged commit asks whether this host is
   * prepared for it. Yes only once the prepare is durable (a recovered one, or a live part
   * whose flush ended). Otherwise no, and that stays true: an unprepared part is rolled
   * back, and the id is remembered as aborted, so later work or a TR_START for it is refused.
   */
  async preparedFor(globalId: string, coordinator: string): Promise<number> {
    const byHand = this.heuristic(globalId);
    if (byHand !== undefined && byHand.coordinator === coordinator) {
      // decided here by hand: a restarted coordinator resolving its staged commit follows it
      if (byHand.outcome === 'commit') return PreparedState.PREPARED_COMMITTED;
      this.remember(globalId, false);
      return PreparedState.PREPARED_NO;
    }
    const part = this.parts.get(globalId);
    if (part !== undefined && part.state === 'wait_parti' && part.coordinator === coordinator) {
      try {
        await part.flushing;
      } catch {
        return PreparedState.PREPARED_NO; // its prepare is not durable: the coordinator aborts it
      }
      if (this.parts.get(globalId) === part && part.state === 'wait_parti') return PreparedState.PREPARED_YES;
    }
    if (this.recovered.get(globalId)?.coordinator === coordinator) return PreparedState.PREPARED_YES;
    const settled = this.settled.get(globalId);
    if (settled === 'commit') return PreparedState.PREPARED_COMMITTED;
    const unprepared = this.parts.get(globalId);
    if (unprepared !== undefined && (unprepared.state === null || unprepared.state === 'init_parti')) this.drop(unprepared, 'abort');
    else if (unprepared === undefined && settled === undefined && !this.recovered.has(globalId)) this.remember(globalId, false);
    return PreparedState.PREPARED_NO;
  }

  /**
   * Does a master on `userHost` still run `globalId`? This process's registry for this
   * host, Tm.Active for another; null when it cannot be told (no answer, no Tm.Active).
   */
  private async masterRuns(userHost: string, globalId: string): Promise<boolean | null> {
    if (userHost === this.localHost) return isRunningGlobalId(globalId);
    if (this.options.peers.active === undefined) return null;
    try {
      const reply = await this.options.peers.active(userHost, { database: this.database.name, globalId }, Math.min(1000, this.rpcTimeoutMs));
      return reply.running !== false;
    } catch {
      return null;
    }
  }

  /**
   * Unprepared parts whose master forgot them: a part that is not in two-phase commit and
   * older than `abandonedAfterMs`, whose user host says (Tm.Active) that no master there
   * runs its transaction any more, is rolled back and remembered as aborted (late work for
   * it is refused, 6011). Its master ended it and told this host to abort, but that call
   * was lost (a link broken at that moment, a deadline passed): without this its locks
   * stayed until its user host left the group. A master runs a transaction from its
   * `newGlobalId` to its `endGlobalId`, a whole `begin … end` included, however long.
   * Checked at most every half of `abandonedAfterMs`; an unanswered question keeps the part.
   */
  private async reapAbandoned(): Promise<void> {
    const now = this.now();
    if (this.reaping || this.closed || now - this.lastReapMs < this.abandonedAfterMs / 2) return;
    this.lastReapMs = now;
    const idle = (part: Part): boolean => this.parts.get(part.globalId) === part && part.state === null &&
      part.txn.state === 'active' && !part.txn.busy;
    const old = [...this.parts.values()].filter((part) => idle(part) && now - part.bornAt >= this.abandonedAfterMs);
    if (old.length === 0) return;
    this.reaping = true;
    try {
      for (const part of old) {
        if (this.closed) return;
        // (cannot tell: kept; the user host leaving the group ends it, hostDown)
        if (await this.masterRuns(part.userHost, part.globalId) !== false || !idle(part)) continue;
        this.options.log?.warn({ database: this.database.name, globalId: part.globalId, userHost: part.userHost, ageMs: Math.round(this.now() - part.bornAt) },
          'rolled back an abandoned part: no master on its user host runs its transaction any more');
        this.drop(part, 'abort');
      }
    } finally {
      this.reaping = false;
    }
  }

  /** A host left the group: unprepared parts of transactions it drives are abandoned. */
  private hostDown(host: string): void {
    this.breakWaitsOnOrphans();
    for (const part of [...this.parts.values()]) {
      if (part.state !== null && part.state !== 'init_parti') continue;
      if (part.userHost !== host || part.txn.state === 'prepared') continue;
      this.drop(part, 'abort');
    }
  }

  /**
   * Stop retrying; active parts are aborted (prepared ones stay prepared, in doubt).
   * `abortActive = false` leaves them to recovery (a simulated crash in tests).
   */
  close(abortActive = true): void {
    if (abortActive) this.flushDbst();
    this.closed = true;
    for (const globalId of [...this.workWaiters.keys()]) this.wakeWorkWaiters(globalId);
    this.unsubscribe();
    if (this.deadlockTimer !== null) clearTimeout(this.deadlockTimer);
    this.deadlockTimer = null;
    this.database.locks.onWait = null;
    this.database.locks.orphanWait = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!abortActive) return;
    for (const part of this.parts.values()) {
      if (part.state !== 'wait_parti' && part.txn.state === 'active') part.txn.abort();
    }
  }
}
