/*
 * api.ts — CONTRACT (lead-owned; add members, never rename or remove): what the parts of
 * the distributed system use from one another inside one ingresd. See
 * docs/internals/DISTRIBUTED.md for the decisions behind it.
 */
import type { Database, Transaction } from '../storage/api.js';

/** One host of a database as this host's serverdb sees it (a row of dbstate). */
export interface HostState {
  readonly host: string;
  /** in the group now (answered within hostTimeoutMs) */
  readonly up: boolean;
  /** last measured round trip in ms, null before the first answer */
  readonly rttMs: number | null;
  // the nine columns of seed 004's dbstate table
  readonly dbname: string;
  readonly ldb: boolean;
  readonly dbupdate: boolean;
  readonly ldbs: boolean;
  readonly cuh: boolean;
  readonly luh: boolean;
  readonly lmsh: 'coord' | 'parti' | '';
  readonly cons: boolean;
  readonly waitsys: boolean;
}

/** Membership of one database, kept by its serverdb (src/serverdb). */
export interface Membership {
  readonly database: string;
  readonly localHost: string;
  /** every host of <db>_host, this one included, with its state */
  hosts(): readonly HostState[];
  isUp(host: string): boolean;
  /** the live hosts, this one included */
  liveHosts(): readonly string[];
  /** the catalog is consistent here (waitsys done): sessions may run */
  ready(): boolean;
  /** resolves when ready() (start-up consistency finished) */
  whenReady(): Promise<void>;
  onChange(listener: (host: string, up: boolean) => void): () => void;
  /**
   * A call to `host` found its link broken, or could not open it: check now whether its
   * daemon lives instead of waiting for the host timeout (serverdb: a control port that
   * refuses connections means the host leaves the group at once).
   */
  suspect?(host: string): void;
}

/** Addresses of the installation's hosts (etc/hosts). */
export interface HostDirectory {
  readonly localHost: string;
  address(host: string): string | undefined;
  hosts(): readonly string[];
}

/** The dbst file (<db>_dbst): written by the TM at the start and end of transactions. */
export interface DbstRecord {
  readonly userhost: boolean;
  readonly membership: 'coord' | 'parti';
  readonly cons: boolean;
}

/** A host's local part of a global transaction (one per global txn id per database). */
export interface LocalPart {
  readonly globalId: string;
  readonly txn: Transaction;
  /** this host changed something (data or catalog) for the transaction */
  wrote: boolean;
  /** catalog statements (QUEL text) this part applied, shipped to others as UP_SYS */
  readonly catalogStatements: string[];
  /**
   * hosts this host's DB system sent work to for the transaction (Slave Fetch/Execute):
   * the master adds each one. At commit, such a host that no longer has a part (it
   * restarted and lost it) votes no instead of read_only, so its lost work aborts the
   * transaction.
   */
  readonly contacted?: Set<string>;
}

/**
 * PROC_QRY/UP_SYS (seed 004 §4): the DB system applies catalog statements (QUEL text with
 * the range declarations they need) inside `part`'s transaction; rejecting = NOT_PROC (the
 * participant votes no). Implemented by the distributed DB system (src/dbsys/distributed).
 */
export type CatalogApplier = (part: LocalPart, statements: readonly string[]) => Promise<void>;

/** commitAsCoordinator's options beyond the user host: what the coordinator is told. */
export interface CommitOptions {
  readonly userHost: string;
  /** hosts that voted on their last work already: yes (prepared for this coordinator) … */
  readonly prepared?: readonly string[];
  /** … and read_only (dropped out) */
  readonly readOnly?: readonly string[];
  /**
   * every host with a part of this data-only transaction is in prepared/readOnly (or this
   * TM's part's contacted set): no TR_START to the other live hosts
   */
  readonly participantsKnown?: boolean;
  /** hosts prepared on their last work that vote when asked (VOTE_PREPARING): TR_START goes to them */
  readonly preparing?: readonly string[];
  /** hosts whose part only read (VOTE_HOLDING): TR_START goes to them at phase one, never early */
  readonly holding?: readonly string[];
}

/** An operator's decision of an in-doubt part (TransactionManager.resolveByHand). */
export interface HeuristicDecision {
  readonly globalId: string;
  readonly coordinator: string;
  readonly outcome: 'commit' | 'abort';
  readonly ageMs: number;
  /** the coordinator's own outcome once known: null = not known yet; a different one is
   *  heuristic damage (the hosts of the transaction did not all do the same) */
  readonly coordinatorOutcome: 'commit' | 'abort' | null;
}

/** The per-database TM (src/tm): coordinator and participant of 2PC. */
export interface TransactionManager {
  /**
   * the local part of global transaction `globalId`, begun on first use; `waitDie`: its lock
   * requests follow wait-die against other such parts (a one-request block, which the master
   * runs again when it loses: BeginOptions.globalId); `noWait`: its lock requests never
   * wait (6017, BeginOptions.noWait: a block sent to every host at once)
   */
  part(globalId: string, user: string, options?: { readonly waitDie?: boolean; readonly noWait?: boolean }): LocalPart;
  /**
   * Commit global transaction `globalId` with this host's TM as coordinator: phase one to
   * every other live host (TR_START with UP_SYS = catalogStatements), durable decision,
   * phase two. Resolves when committed; rejects with a numbered error when aborted.
   */
  commitAsCoordinator(globalId: string, options: CommitOptions): Promise<void>;
  /**
   * Abort everywhere (presumed abort: participants that never heard of it do nothing);
   * `onlyContacted`: tell only the hosts this host's part sent work to (a master ending
   * its own read-only statement).
   */
  abort(globalId: string, options?: { readonly onlyContacted?: boolean }): Promise<void>;
  /**
   * TR_START piggybacked on this host's last work for the transaction: prepare its part
   * durably for `coordinator` and vote (yes, or no with the numbered error); a part that
   * changed nothing keeps its locks and votes holding (read only at phase one).
   */
  prepareLast?(globalId: string, coordinator: string, userHost: string, options?: {
    /** reply VOTE_PREPARING once the prepare is written; the coordinator's TR_START gets the vote once it is durable */
    readonly onRequest?: boolean;
  }): Promise<{
    readonly vote?: number | null;
    readonly errorCode?: number | null;
    readonly errorMessage?: string | null;
  }>;
  /**
   * As the coordinator, this host's own share done while the other hosts' shares (each
   * voting yes in its reply, after its prepare's flush) are still out: stage the commit now
   * (src/tm/README.md, "Staged commits"), naming `hosts`, so our flush overlaps theirs.
   * commitAsCoordinator or abort must follow.
   */
  stageEarly?(globalId: string, hosts: readonly string[], userHost: string): void;
  /**
   * As the coordinator-to-be, before running this host's own share: send TR_START now to
   * `hosts` (prepared on request), so their flushes overlap that work; commitAsCoordinator
   * with them in `preparing` takes these votes. Resolves after one turn of the event loop,
   * so the requests leave before a synchronous share runs (seen with strace, 12-04).
   */
  askEarly?(globalId: string, hosts: readonly string[], userHost: string, options?: {
    /**
     * > 0: `hosts` got their work at the same time as this host (the master dispatched the
     * block to every host at once): each waits for its work to end before it votes (up to
     * this many ms for the work to arrive), and one whose part only read answers holding
     */
    readonly awaitWorkMs?: number;
  }): Promise<void>;
  /**
   * This host's work for `globalId` has ended (ran and voted on, or failed): a TR_START
   * waiting for it (askEarly's awaitWorkMs) votes now.
   */
  workDone?(globalId: string): void;
  /** end a part that only read (its locks released) without telling anyone; false if it wrote */
  endReadOnly?(globalId: string): Promise<boolean>;
  /** in-doubt transactions on this host, for operators */
  inDoubt(): readonly { readonly globalId: string; readonly coordinator: string; readonly ageMs: number }[];
  /** commits this host decided that some participants have not acknowledged yet, for operators */
  awaitingAcks(): readonly { readonly globalId: string; readonly hosts: readonly string[]; readonly ageMs: number }[];
  /**
   * The operator decides a part prepared here whose coordinator is down (`ingres-cluster
   * resolve`): a heuristic decision, recorded durably and compared with the coordinator's
   * own once it can be had. 7014 when the part is not in doubt here, 7015 when its
   * coordinator is up.
   */
  resolveByHand?(globalId: string, outcome: 'commit' | 'abort'): Promise<void>;
  /** heuristic decisions not yet confirmed by their coordinator, and those it contradicted */
  heuristics?(): readonly HeuristicDecision[];
  /** drop the record of a decision by hand (the operator has repaired what it damaged);
   *  7016 when there is none */
  forgetByHand?(globalId: string): Promise<void>;
  /**
   * TR_REQ: commit with the TM of `coordinator` (the target host) — this host's TM when it
   * is local (= commitAsCoordinator), else a `Tm.Coordinate` call to that host, which then
   * sends this host TR_START like any participant. Rejects 6011 when aborted, 6014 when the
   * coordinator became unreachable after this host prepared (the TM resolves it later).
   */
  requestCommit?(globalId: string, options: { readonly userHost: string; readonly coordinator: string }): Promise<void>;
  /** the part of `globalId` if this host has one (a slave looks up before `part`) */
  existingPart?(globalId: string): LocalPart | undefined;
  /** install the DB system's UP_SYS applier (when built after the TM) */
  setCatalogApplier?(applier: CatalogApplier): void;
}

/** Everything a database's distributed components share inside one ingresd. */
export interface DatabaseContext {
  readonly name: string;
  readonly database: Database;
  readonly directory: string;
  readonly hostDirectory: HostDirectory;
  readonly membership: Membership;
  readonly tm: TransactionManager;
}
