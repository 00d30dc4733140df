/*
 * bank.ts — the bank workload of the fault tests: account relations placed on several
 * hosts (`create acct1 (id = i4, balance = i4) at h1` …) and an optional ledger relation,
 * transfers sent as multi-statement transactions from a user host (statement by statement,
 * or as one buffer each: the one-request block path),
 * every ACKNOWLEDGED transfer (end transaction answered without error) recorded, and the
 * checks after a crash: money conserved, every acknowledged transfer applied, nothing else.
 */
import { prng } from '../../../bench/wisconsin-data.js';
import type { QuelSession, StatementResult } from '../../../src/dbsys/session-api.js';
import { IngresError } from '../../../src/common/errors.js';
import { TimeoutError, withTimeout } from './bank-cluster.js';

export interface AccountRelation {
  readonly name: string;
  readonly host: string;
}

export interface BankLayout {
  readonly accounts: readonly AccountRelation[];
  /** a relation recording the id of every committed transfer (written in the same transaction) */
  readonly ledger: AccountRelation | null;
  readonly accountsPerRelation: number;
  readonly initialBalance: number;
}

/** One change of a transfer: `delta` added to account `id` of relation number `rel`. */
export interface Leg {
  readonly rel: number;
  readonly id: number;
  readonly delta: number;
}

export interface Transfer {
  readonly xid: number;
  /** legs in relation order (so every transfer locks the relations in the same order) */
  readonly legs: readonly Leg[];
}

export type Outcome =
  /** end transaction answered: committed */
  | 'acked'
  /** failed before end transaction was sent: cannot have committed */
  | 'failed'
  /** end transaction answered that the transaction was aborted (6001, 6002, 6005, 6011) */
  | 'aborted'
  /** end transaction sent, then an error or a lost connection: either way */
  | 'uncertain';

export interface TransferRecord {
  readonly transfer: Transfer;
  readonly outcome: Outcome;
  /** the error that ended it, if any */
  readonly error: string | null;
  readonly ms: number;
}

/** Deterministic PRNG (mulberry32) so a seed reproduces a run. */
export const rng = prng;

export function errorText(error: unknown): string {
  if (error instanceof IngresError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function firstError(results: readonly StatementResult[]): IngresError | null {
  for (const r of results) if (r.kind === 'error') return r.error;
  return null;
}

/** Runs `text`; throws the first error result as an IngresError. */
export async function runOk(session: QuelSession, text: string): Promise<StatementResult[]> {
  const results = await session.run(text);
  const error = firstError(results);
  if (error !== null) throw error;
  return results;
}

/** The rows of the first `rows` result. */
export function rowsOf(results: readonly StatementResult[]): (readonly unknown[])[] {
  for (const r of results) if (r.kind === 'rows') return r.rows.map((row) => [...row]);
  return [];
}

/** Errors of `end transaction` that tell the client its transaction was rolled back. */
const ABORTED: ReadonlySet<number> = new Set([6001, 6002, 6005, 6011]);

const variable = (rel: number): string => `a${rel + 1}`;

export class Bank {
  constructor(readonly layout: BankLayout) {}

  get totalMoney(): number {
    return this.layout.accounts.length * this.layout.accountsPerRelation * this.layout.initialBalance;
  }

  /** The range declarations every transfer session needs. */
  ranges(): string {
    const lines = this.layout.accounts.map((r, i) => `range of ${variable(i)} is ${r.name}`);
    if (this.layout.ledger !== null) lines.push(`range of lg is ${this.layout.ledger.name}`);
    return lines.join('\n');
  }

  /** Creates the relations where the layout places them and loads the accounts. */
  async create(session: QuelSession, structure: string | null = 'hash'): Promise<void> {
    const { accounts, ledger, accountsPerRelation, initialBalance } = this.layout;
    for (const r of accounts) {
      await runOk(session, `create ${r.name} (id = i4, balance = i4) at ${r.host}`);
      const appends = ['begin transaction'];
      for (let id = 1; id <= accountsPerRelation; id++) appends.push(`append to ${r.name} (id = ${id}, balance = ${initialBalance})`);
      appends.push('end transaction');
      await runOk(session, appends.join('\n'));
      if (structure !== null) await runOk(session, `modify ${r.name} to ${structure} on id`);
    }
    if (ledger !== null) await runOk(session, `create ${ledger.name} (xid = i4) at ${ledger.host}`);
  }

  /**
   * Sends one transfer statement by statement in its own transaction. Never throws:
   * classifies the result. A statement error before `end transaction` aborts it.
   */
  /** The statements of a transfer: begin transaction, one replace per leg, the ledger append, end transaction. */
  transferStatements(t: Transfer): string[] {
    const statements = ['begin transaction'];
    for (const leg of t.legs) {
      const v = variable(leg.rel);
      const change = leg.delta >= 0 ? `+ ${leg.delta}` : `- ${-leg.delta}`;
      statements.push(`replace ${v} (balance = ${v}.balance ${change}) where ${v}.id = ${leg.id}`);
    }
    if (this.layout.ledger !== null) statements.push(`append to ${this.layout.ledger.name} (xid = ${t.xid})`);
    statements.push('end transaction');
    return statements;
  }

  /**
   * Sends one transfer as ONE buffer (`begin transaction` … `end transaction`: what the
   * monitor sends on \g; the one-request block path). Never throws: classifies the result
   * by what `end transaction` answered (6009: rolled back before it; 6011: aborted; 6014 or
   * a lost answer: uncertain).
   */
  async transferBuffered(session: QuelSession, t: Transfer, statementTimeoutMs = 30_000): Promise<TransferRecord> {
    const started = performance.now();
    const done = (outcome: Outcome, error: string | null): TransferRecord =>
      ({ transfer: t, outcome, error, ms: performance.now() - started });
    let results: StatementResult[];
    try {
      results = await withTimeout(session.run(this.transferStatements(t).join('\n')), statementTimeoutMs, 'transfer buffer');
    } catch (error) {
      return done('uncertain', errorText(error));
    }
    const end = results.at(-1);
    const firstError = results.find((r) => r.kind === 'error');
    if (end?.kind !== 'error') {
      // committed; a statement that failed alone inside would break the bank's books
      return firstError?.kind === 'error' ? done('uncertain', `a statement failed inside a committed transfer: ${errorText(firstError.error)}`) : done('acked', null);
    }
    const error = errorText(firstError?.kind === 'error' ? firstError.error : end.error);
    if (end.error.code === 6009 || end.error.code === 6003) return done('failed', error);
    if (ABORTED.has(end.error.code)) return done('aborted', error);
    return done('uncertain', error);
  }

  async transfer(session: QuelSession, t: Transfer, statementTimeoutMs = 30_000): Promise<TransferRecord> {
    const started = performance.now();
    const statements = this.transferStatements(t).slice(0, -1);
    let endSent = false;
    const done = (outcome: Outcome, error: string | null): TransferRecord =>
      ({ transfer: t, outcome, error, ms: performance.now() - started });
    try {
      for (const text of statements) await runOk(session, text);
      endSent = true;
      await withTimeout(runOk(session, 'end transaction'), statementTimeoutMs, 'end transaction');
      return done('acked', null);
    } catch (error) {
      if (error instanceof TimeoutError) return done(endSent ? 'uncertain' : 'failed', errorText(error));
      if (!endSent) {
        try {
          await withTimeout(session.run('abort'), 5_000, 'abort');
        } catch {
          /* the session is gone: nothing was committed without end transaction */
        }
        return done('failed', errorText(error));
      }
      if (error instanceof IngresError && ABORTED.has(error.code)) return done('aborted', errorText(error));
      return done('uncertain', errorText(error));
    }
  }

  /** A random transfer between accounts of `relations` (2 or 3 relation numbers). */
  randomTransfer(xid: number, random: () => number, relations: readonly number[] = [0, 1], ids?: readonly number[]): Transfer {
    const pick = (): number => {
      if (ids !== undefined && ids.length > 0) return ids[Math.floor(random() * ids.length)] ?? 1;
      return 1 + Math.floor(random() * this.layout.accountsPerRelation);
    };
    const amount = 1 + Math.floor(random() * 50);
    const from = relations[Math.floor(random() * relations.length)] ?? 0;
    const others = relations.filter((r) => r !== from);
    // the source pays amount × (number of others); every other relation receives amount
    const legs: Leg[] = [
      { rel: from, id: pick(), delta: -amount * others.length },
      ...others.map((rel) => ({ rel, id: pick(), delta: amount })),
    ];
    legs.sort((a, b) => a.rel - b.rel);
    return { xid, legs };
  }

  /** Reads every balance (and the ledger) through `session`. */
  async read(session: QuelSession): Promise<BankState> {
    const balances: Map<number, number>[] = [];
    for (let i = 0; i < this.layout.accounts.length; i++) {
      const v = variable(i);
      const rows = rowsOf(await runOk(session, `${this.ranges()}\nretrieve (${v}.id, ${v}.balance)`));
      const m = new Map<number, number>();
      for (const row of rows) m.set(Number(row[0]), Number(row[1]));
      balances.push(m);
    }
    const ledger = new Set<number>();
    if (this.layout.ledger !== null) {
      for (const row of rowsOf(await runOk(session, `${this.ranges()}\nretrieve (lg.xid)`))) ledger.add(Number(row[0]));
    }
    return { balances, ledger };
  }

  /**
   * Checks a state against the records: total conserved; with a ledger, every acknowledged
   * transfer in it, no failed one in it, and every balance = initial + the legs of the
   * transfers it holds. Returns the list of violations (empty = consistent).
   */
  check(state: BankState, records: readonly TransferRecord[]): string[] {
    const problems: string[] = [];
    const { accountsPerRelation, initialBalance } = this.layout;
    let total = 0;
    let count = 0;
    for (const m of state.balances) for (const b of m.values()) { total += b; count++; }
    if (count !== this.layout.accounts.length * accountsPerRelation) problems.push(`${count} accounts, expected ${this.layout.accounts.length * accountsPerRelation}`);
    if (total !== this.totalMoney) problems.push(`total balance ${total}, expected ${this.totalMoney}`);
    const acked = records.filter((r) => r.outcome === 'acked');
    if (this.layout.ledger === null) return problems;
    const byXid = new Map(records.map((r) => [r.transfer.xid, r]));
    for (const r of acked) {
      if (!state.ledger.has(r.transfer.xid)) problems.push(`acknowledged transfer ${r.transfer.xid} is not applied`);
    }
    const expected = this.layout.accounts.map(() => new Map<number, number>());
    for (const xid of state.ledger) {
      const r = byXid.get(xid);
      if (r === undefined) { problems.push(`ledger holds unknown transfer ${xid}`); continue; }
      if (r.outcome === 'failed') problems.push(`transfer ${xid} failed before end transaction (${r.error ?? ''}) but is applied`);
      if (r.outcome === 'aborted') problems.push(`transfer ${xid}: end transaction said it was aborted (${r.error ?? ''}) but it is applied`);
      for (const leg of r.transfer.legs) {
        const m = expected[leg.rel];
        m?.set(leg.id, (m.get(leg.id) ?? initialBalance) + leg.delta);
      }
    }
    state.balances.forEach((m, rel) => {
      for (const [id, balance] of m) {
        const want = expected[rel]?.get(id) ?? initialBalance;
        if (balance !== want) {
          // the transfers that touched it, for whoever reads the failure
          const touching = records.filter((r) => r.transfer.legs.some((leg) => leg.rel === rel && leg.id === id))
            .map((r) => `${r.transfer.xid}${state.ledger.has(r.transfer.xid) ? '(in ledger)' : ''} ${r.outcome}${r.error === null ? '' : ` [${r.error}]`} ` +
              r.transfer.legs.map((leg) => `${this.layout.accounts[leg.rel]?.name}.${leg.id}${leg.delta >= 0 ? '+' : ''}${leg.delta}`).join(' '));
          problems.push(`${this.layout.accounts[rel]?.name}.${id} = ${balance}, the applied transfers give ${want}; transfers touching it: ${touching.join('; ')}`);
        }
      }
    });
    return problems;
  }
}

export interface BankState {
  /** per account relation: id → balance */
  readonly balances: readonly Map<number, number>[];
  readonly ledger: ReadonlySet<number>;
}

export interface WorkloadOptions {
  readonly bank: Bank;
  readonly clients: number;
  /** opens a session for a client (called again after its session broke) */
  readonly connect: () => Promise<QuelSession>;
  /** relation numbers a transfer touches */
  readonly relations?: readonly number[];
  readonly seed: number;
  /** first transfer id; ids are unique across workloads of one bank */
  readonly firstXid: number;
  /** stop starting new transfers when this returns true */
  readonly stop: () => boolean;
  /** at most this many transfers in all */
  readonly maxTransfers?: number;
  /** an in-flight transfer taking longer than this is a hang (recorded, the client quits) */
  readonly hangMs?: number;
  /** pause after a transfer that was not acknowledged (default 25 ms) */
  readonly retryPauseMs?: number;
  /** pause between a failed connect and the next try */
  readonly reconnectMs?: number;
  /**
   * how transfers are sent: statement by statement, as one buffer each (the one-request
   * block path), or alternately (default: both paths under every fault)
   */
  readonly send?: 'statements' | 'buffer' | 'alternate';
}

export interface WorkloadResult {
  readonly records: TransferRecord[];
  /** transfers that never answered within hangMs (a bug: nothing may hang) */
  readonly hung: TransferRecord[];
  readonly nextXid: number;
}

/**
 * Runs `clients` concurrent clients until `stop()` (or `maxTransfers`). Each client owns
 * a disjoint set of account ids, reconnects when its session breaks, and records every
 * transfer's outcome.
 */
export async function runWorkload(options: WorkloadOptions): Promise<WorkloadResult> {
  const { bank, clients } = options;
  const records: TransferRecord[] = [];
  const hung: TransferRecord[] = [];
  let xid = options.firstXid;
  const hangMs = options.hangMs ?? 30_000;
  const random = rng(options.seed);
  const max = options.maxTransfers ?? Number.POSITIVE_INFINITY;
  const client = async (k: number): Promise<void> => {
    const ids: number[] = [];
    for (let id = 1 + k; id <= bank.layout.accountsPerRelation; id += clients) ids.push(id);
    let session: QuelSession | null = null;
    while (!options.stop() && xid - options.firstXid < max) {
      if (session === null) {
        try {
          const s = await options.connect();
          await withTimeout(runOk(s, bank.ranges()), 10_000, 'range declarations');
          session = s;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, options.reconnectMs ?? 100));
          continue;
        }
      }
      if (options.stop() || xid - options.firstXid >= max) break;
      const t = bank.randomTransfer(xid++, random, options.relations, ids);
      let record: TransferRecord;
      try {
        const send = options.send ?? 'alternate';
        const buffered = send === 'buffer' || (send === 'alternate' && t.xid % 2 === 1);
        const sending = buffered ? bank.transferBuffered(session, t, hangMs) : bank.transfer(session, t, hangMs);
        record = await withTimeout(sending, hangMs + 5_000, `transfer ${t.xid}`);
      } catch (error) {
        hung.push({ transfer: t, outcome: 'uncertain', error: errorText(error), ms: hangMs });
        records.push({ transfer: t, outcome: 'uncertain', error: errorText(error), ms: hangMs });
        return;
      }
      records.push(record);
      // a host is down or restarting: do not spin (CI has two cores)
      if (record.outcome !== 'acked') await new Promise((resolve) => setTimeout(resolve, options.retryPauseMs ?? 25));
      if (record.outcome === 'uncertain') hung.push(...(record.error?.startsWith('TimeoutError') ? [record] : []));
      if (record.outcome !== 'acked' && isConnectionLoss(record.error)) {
        const old = session;
        session = null;
        void old.close().catch(() => undefined);
      }
    }
    if (session !== null) await session.close().catch(() => undefined);
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
  return { records, hung, nextXid: xid };
}

/** Network errors (7000, 7001, 8011 no such session, timeouts) mean: open a new session. */
function isConnectionLoss(error: string | null): boolean {
  return error !== null && /^(7000|7001|8011|TimeoutError)/.test(error);
}

export function summarize(records: readonly TransferRecord[]): string {
  const n = (o: Outcome): number => records.filter((r) => r.outcome === o).length;
  const errors = new Map<string, number>();
  for (const r of records) {
    if (r.error === null) continue;
    const code = r.error.split(':')[0] ?? r.error;
    errors.set(code, (errors.get(code) ?? 0) + 1);
  }
  return `${records.length} transfers: ${n('acked')} acknowledged, ${n('failed')} failed, ${n('aborted')} aborted, ${n('uncertain')} uncertain` +
    (errors.size === 0 ? '' : `; errors ${[...errors].map(([c, k]) => `${c}×${k}`).join(' ')}`);
}
