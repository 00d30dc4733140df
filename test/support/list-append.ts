/*
 * list-append.ts — the list-append workload of the serializability tests: keyed relations
 * `la1 … laN (k = i4, v = c255)` whose tuples hold lists of elements (`v`, appended with
 * `replace a (v = concat(a.v, " e"))`), random transactions of appends and reads (one key,
 * an `or` of keys, a range, a whole relation) sent by concurrent sessions as one request,
 * statement by statement, or alone; the history they give, for list-append-check.ts
 * (with `faults`, hosts that die meanwhile: their errors make outcomes failed or unknown).
 */
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';
import { prng } from '../../bench/wisconsin-data.js';
import type { QuelSession, StatementResult } from '../../src/dbsys/session-api.js';
import { checkListAppend, type Anomaly, type ListOp, type ListTxn } from './list-append-check.js';

export interface ListRelation {
  readonly name: string;
  /** `create … at HOST`, or null for the user host */
  readonly at: string | null;
  /** a structure keyed on k (hash, btree, isam, chash, cbtree, cisam) or heap */
  readonly structure: string;
}

export interface ListAppendOptions {
  readonly relations: readonly ListRelation[];
  readonly keysPerRelation: number;
  /** the sessions that run transactions at once (each one after the other on its own) */
  readonly sessions: readonly QuelSession[];
  readonly transactionsPerSession: number;
  readonly seed: number;
  /** hosts die and return meanwhile: their errors are expected, a session whose calls
   *  fail stops, and a transaction whose end was never answered has an unknown outcome */
  readonly faults?: boolean;
}

/** error codes that say the transaction was rolled back whole (a retry would do) */
const ROLLED_BACK = new Set([6001, 6002, 6005, 6008, 6009, 6011, 6015, 6017]);
/** error codes after `end transaction` that leave its outcome unknown */
const UNKNOWN = new Set([6014, 7000, 7001, 7002]);
/** what a host that dies or restarts gives (ListAppendOptions.faults): a statement that
 *  needs it fails (7004, 7010), its session's calls fail (7000–7002) */
const FAULTS = new Set([7000, 7001, 7002, 7004, 7010, 7011]);
/** elements are written in base 36 with a blank before each: 3 characters up to 1295 */
const MAX_ELEMENT = 36 * 36 - 1;
/** appends one key may take: 85 elements of 3 characters fill c255 */
const MAX_APPENDS_PER_KEY = 80;

export interface ListAppendRun {
  readonly history: readonly ListTxn[];
  readonly final: ReadonlyMap<number, readonly number[]>;
  readonly anomalies: readonly Anomaly[];
  /** errors no transaction of this workload should get (wrong statements, lost tuples…) */
  readonly unexpected: readonly string[];
  readonly counts: { readonly ok: number; readonly fail: number; readonly info: number };
  /** one line per transaction: its session, mode, outcome and error */
  readonly log: readonly string[];
}

/** One planned operation and the QUEL that does it. `keys`: the keys a read must return. */
type Planned =
  | { readonly f: 'append'; readonly key: number; readonly element: number; readonly quel: string }
  | { readonly f: 'read'; readonly keys: readonly number[]; readonly quel: string };

interface Plan {
  readonly ops: readonly Planned[];
  readonly mode: 'alone' | 'block' | 'statements';
}

export class ListAppendWorkload {
  private readonly random: () => number;
  private nextElement = 1;
  private nextTxn = 1;
  private readonly appendsTo = new Map<number, number>();
  private readonly history: ListTxn[] = [];
  private readonly unexpected: string[] = [];
  /** per session: the transaction it runs and its statement in flight (what a hang shows) */
  readonly inFlight: (string | null)[];
  readonly log: string[] = [];

  constructor(private readonly options: ListAppendOptions) {
    this.random = prng(options.seed);
    this.inFlight = options.sessions.map(() => null);
    this.faults = options.faults === true;
  }

  private readonly faults: boolean;

  /** keys 1…R·K; key k is stored in relation (k − 1) mod R */
  private relationOf(key: number): number {
    return (key - 1) % this.options.relations.length;
  }

  private keysOf(relation: number): number[] {
    const all: number[] = [];
    const count = this.options.relations.length * this.options.keysPerRelation;
    for (let key = relation + 1; key <= count; key += this.options.relations.length) all.push(key);
    return all;
  }

  private variable(relation: number): string {
    return `l${relation + 1}`;
  }

  /** Create the relations (every key's tuple, its list empty) through `session`. */
  async create(session: QuelSession): Promise<void> {
    const lines: string[] = [];
    this.options.relations.forEach((relation, r) => {
      lines.push(`create ${relation.name} (k = i4, v = c255)${relation.at === null ? '' : ` at ${relation.at}`}`);
      for (const key of this.keysOf(r)) lines.push(`append to ${relation.name} (k = ${key}, v = " ")`);
      if (relation.structure !== 'heap') lines.push(`modify ${relation.name} to ${relation.structure} on k`);
    });
    const failed = (await session.run(lines.join('\n'))).filter((r) => r.kind === 'error');
    if (failed.length > 0) throw new Error(`list-append setup: ${JSON.stringify(failed)}`);
  }

  /** Bind every session's range variables (l1 … lN). */
  async bind(): Promise<void> {
    const ranges = this.options.relations.map((relation, r) => `range of ${this.variable(r)} is ${relation.name}`).join('\n');
    for (const session of this.options.sessions) {
      const failed = (await session.run(ranges)).filter((r) => r.kind === 'error');
      if (failed.length > 0) throw new Error(`list-append ranges: ${JSON.stringify(failed)}`);
    }
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private plan(): Plan {
    const { relations, keysPerRelation } = this.options;
    const ops: Planned[] = [];
    const count = 1 + Math.floor(this.random() * 4);
    for (let i = 0; i < count; i++) {
      const r = Math.floor(this.random() * relations.length);
      const v = this.variable(r);
      const keys = this.keysOf(r);
      const roll = this.random();
      if (roll < 0.45) {
        const open = keys.filter((k) => (this.appendsTo.get(k) ?? 0) < MAX_APPENDS_PER_KEY);
        if (open.length > 0 && this.nextElement <= MAX_ELEMENT) {
          const key = this.pick(open);
          this.appendsTo.set(key, (this.appendsTo.get(key) ?? 0) + 1);
          const element = this.nextElement++;
          // mostly one key's lock; sometimes a qualification no key lock covers (the relation's)
          const where = this.random() < 0.85 ? `${v}.k = ${key}` : `${v}.k + 0 = ${key}`;
          ops.push({ f: 'append', key, element, quel: `replace ${v} (v = concat(${v}.v, " ${element.toString(36)}")) where ${where}` });
          continue;
        }
      }
      const what = roll < 0.45 ? 0 : (roll - 0.45) / 0.55;
      if (what < 0.55) {
        const key = this.pick(keys);
        ops.push({ f: 'read', keys: [key], quel: `retrieve (${v}.k, ${v}.v) where ${v}.k = ${key}` });
      } else if (what < 0.75) {
        const chosen = [...new Set([this.pick(keys), this.pick(keys), this.pick(keys)])].sort((a, b) => a - b);
        ops.push({ f: 'read', keys: chosen, quel: `retrieve (${v}.k, ${v}.v) where ${chosen.map((k) => `${v}.k = ${k}`).join(' or ')}` });
      } else if (what < 0.9) {
        const lo = this.pick(keys);
        const hi = lo + (1 + Math.floor(this.random() * Math.min(3, keysPerRelation))) * relations.length;
        ops.push({ f: 'read', keys: keys.filter((k) => k >= lo && k <= hi), quel: `retrieve (${v}.k, ${v}.v) where ${v}.k >= ${lo} and ${v}.k <= ${hi}` });
      } else {
        ops.push({ f: 'read', keys, quel: `retrieve (${v}.k, ${v}.v)` });
      }
    }
    const mode = ops.length === 1 && this.random() < 0.3 ? 'alone' : this.random() < 0.5 ? 'block' : 'statements';
    return { ops, mode };
  }

  /** transactions ended so far */
  get completed(): number {
    return this.history.length;
  }

  /** Run the workload: every session its transactions, all sessions at once. */
  async run(): Promise<void> {
    const plans = this.options.sessions.map(() => Array.from({ length: this.options.transactionsPerSession }, () => this.plan()));
    // a hang (a deadlock nobody found, a lost wakeup) shows what each session waits on
    const watchdog = setTimeout(() => {
      console.log(`list-append (seed ${this.options.seed}) still running after 60 s:\n${this.inFlight.join('\n')}`);
    }, 60_000);
    watchdog.unref();
    try {
      await Promise.all(this.options.sessions.map(async (session, s) => {
        for (const plan of plans[s] as Plan[]) if (!await this.runOne(session, plan, s)) break;
        this.inFlight[s] = null;
      }));
    } finally {
      clearTimeout(watchdog);
    }
  }

  /** Run one planned transaction on session `s`; false when the session is gone (its host died). */
  private async runOne(session: QuelSession, plan: Plan, s: number): Promise<boolean> {
    const id = this.nextTxn++;
    const statements = plan.mode === 'alone' ? plan.ops.map((o) => o.quel) : ['begin transaction', ...plan.ops.map((o) => o.quel), 'end transaction'];
    const last = statements.length - 1;
    const invokedAt = performance.now();
    let results: (StatementResult | undefined)[] = [];
    /** the statement whose call threw (the connection lost), or -1 */
    let thrownAt = -1;
    let thrown = '';
    const call = async (text: string, first: number): Promise<StatementResult[] | null> => {
      try {
        return await session.run(text);
      } catch (error) {
        if (!this.faults) throw error;
        thrownAt = first;
        thrown = error instanceof Error ? error.message : String(error);
        return null;
      }
    };
    if (plan.mode === 'statements') {
      for (const [i, statement] of statements.entries()) {
        this.inFlight[s] = `T${id} (${plan.mode}): ${statements.map((t, j) => j === i ? `>>> ${t} <<<` : t).join('; ')}`;
        const got = await call(statement, i);
        if (got === null) break;
        if (got.length !== 1) this.unexpected.push(`T${id}: ${got.length} results for "${statement}"`);
        results.push(got[0]);
        if (got[0]?.kind === 'error') break; // the rest would be refused (6008) or is moot
      }
    } else {
      this.inFlight[s] = `T${id} (${plan.mode}): ${statements.join('; ')}`;
      results = (await call(statements.join('\n'), 0)) ?? [];
      if (thrownAt < 0 && results.length !== statements.length) {
        this.unexpected.push(`T${id}: ${results.length} results for ${statements.length} statements (${statements.join('; ')}): ${JSON.stringify(results).slice(0, 600)}`);
      }
    }
    const completedAt = performance.now();
    const offset = plan.mode === 'alone' ? 0 : 1;
    const error = results.find((r) => r?.kind === 'error');
    const errorAt = error === undefined ? -1 : results.indexOf(error);
    const code = error?.kind === 'error' ? error.error.code : 0;
    const expected = (c: number): boolean => ROLLED_BACK.has(c) || UNKNOWN.has(c) || (this.faults && FAULTS.has(c));
    // which statement decided: the end (or a lone statement), or one before it
    let outcome: ListTxn['outcome'] = 'ok';
    if (thrownAt >= 0) {
      // a call that never answered: unknown if it could have committed, else rolled back
      outcome = thrownAt === last || plan.mode === 'block' || plan.mode === 'alone' ? 'info' : 'fail';
    } else if (plan.mode === 'statements' && errorAt >= 0 && errorAt < last) {
      outcome = 'fail';
      if (!expected(code) && error?.kind === 'error') this.unexpected.push(`T${id}: ${code}: ${error.error.message}`);
      if (session.inTransaction !== false) {
        const closed = await call('abort', last);
        if (closed?.[0]?.kind === 'error' && ![6003, ...FAULTS].includes(closed[0].error.code)) this.unexpected.push(`T${id}: abort: ${closed[0].error.code}`);
      }
    } else {
      const decided = results[plan.mode === 'alone' ? 0 : last];
      if (decided === undefined) outcome = 'info'; // no answer for the end (counted unexpected above)
      else if (decided.kind === 'error') {
        const c = decided.error.code;
        outcome = ROLLED_BACK.has(c) ? 'fail' : UNKNOWN.has(c) || (this.faults && FAULTS.has(c)) ? 'info' : 'fail';
        if (!expected(c)) this.unexpected.push(`T${id}: ${c}: ${decided.error.message}`);
      }
      // a block that committed after one of its statements failed alone: that one did nothing
      for (const r of results) if (r?.kind === 'error' && r !== decided && !expected(r.error.code)) this.unexpected.push(`T${id}: ${r.error.code}: ${r.error.message}`);
    }
    const ops: ListOp[] = [];
    plan.ops.forEach((op, i) => {
      const result = results[i + offset];
      if (outcome === 'ok' && result?.kind === 'error') return; // failed alone, undone alone
      if (op.f === 'append') {
        ops.push({ f: 'append', key: op.key, element: op.element });
        if (outcome === 'ok' && (result?.kind !== 'done' || (result.tuples !== null && result.tuples !== 1))) {
          this.unexpected.push(`T${id}: "${op.quel}" gave ${JSON.stringify(result)}`);
        }
        return;
      }
      if (outcome !== 'ok') return; // a read of a transaction that did not commit shows nothing
      if (result?.kind !== 'rows') {
        this.unexpected.push(`T${id}: "${op.quel}" gave ${JSON.stringify(result)}`);
        return;
      }
      const lists = new Map<number, number[]>();
      for (const row of result.rows) {
        const key = row[0] as number;
        if (lists.has(key)) this.unexpected.push(`T${id}: "${op.quel}" returned key ${key} twice`);
        lists.set(key, parseList(row[1] as string));
      }
      const got = [...lists.keys()].sort((a, b) => a - b);
      if (got.join() !== op.keys.join()) this.unexpected.push(`T${id}: "${op.quel}" returned keys [${got.join()}], not [${op.keys.join()}]`);
      for (const key of op.keys) {
        const list = lists.get(key);
        if (list !== undefined) ops.push({ f: 'read', key, list });
      }
    });
    this.history.push({ id, ops, outcome, invokedAt, completedAt });
    const why = thrownAt >= 0 ? ` lost at ${thrownAt}: ${thrown}` : error?.kind === 'error' ? ` ${code} ${error.error.message} at ${errorAt}` : '';
    this.log.push(`s${s} T${id} ${plan.mode} ${outcome}${why}`);
    return thrownAt < 0;
  }

  /** Read every key's list once all transactions ended, and check the history against it. */
  async check(session: QuelSession): Promise<ListAppendRun> {
    const final = new Map<number, number[]>();
    const statements = this.options.relations.map((_, r) => `retrieve (${this.variable(r)}.k, ${this.variable(r)}.v)`);
    const results = await session.run(statements.join('\n'));
    for (const result of results) {
      if (result.kind !== 'rows') throw new Error(`final read: ${JSON.stringify(result)}`);
      for (const row of result.rows) {
        if (final.has(row[0] as number)) this.unexpected.push(`final read: key ${String(row[0])} twice`);
        final.set(row[0] as number, parseList(row[1] as string));
      }
    }
    const keys = this.options.relations.length * this.options.keysPerRelation;
    if (final.size !== keys) this.unexpected.push(`final read: ${final.size} keys, not ${keys}`);
    const count = (outcome: ListTxn['outcome']): number => this.history.filter((t) => t.outcome === outcome).length;
    return {
      history: this.history,
      final,
      anomalies: checkListAppend(this.history, final),
      unexpected: this.unexpected,
      counts: { ok: count('ok'), fail: count('fail'), info: count('info') },
      log: this.log,
    };
  }
}

/** " 1 a 2s" → [1, 10, 100] */
function parseList(text: string): number[] {
  return text.split(/\s+/).filter((s) => s.length > 0).map((s) => Number.parseInt(s, 36));
}

/** A run's failure message: its anomalies and unexpected errors, with what reproduces it. */
export function describeRun(run: ListAppendRun, seed: number): string {
  const lines = [`seed ${seed}: ${run.counts.ok} committed, ${run.counts.fail} rolled back, ${run.counts.info} unknown`];
  for (const anomaly of run.anomalies.slice(0, 10)) lines.push(`${anomaly.kind}: ${anomaly.detail}`);
  for (const error of run.unexpected.slice(0, 10)) lines.push(`unexpected: ${error}`);
  if (run.anomalies.length + run.unexpected.length > 0) lines.push('the last transactions:', ...run.log.slice(-30));
  return lines.join('\n');
}

/**
 * One round as the tests run it: create the relations through the first session, run the
 * workload, read the lists through the last, and expect no anomaly and no unexpected
 * error; most transactions committed (`minCommitted`, a share of them). `during`: what to
 * do to the cluster while the workload runs (kill a host, say). The run, for more checks.
 */
export async function expectSerializableRound(options: ListAppendOptions, minCommitted: number, during?: (workload: ListAppendWorkload) => Promise<void>): Promise<ListAppendRun> {
  const first = options.sessions[0];
  const last = options.sessions[options.sessions.length - 1];
  if (first === undefined || last === undefined) throw new Error('list-append: no sessions');
  const workload = new ListAppendWorkload(options);
  await workload.create(first);
  await workload.bind();
  const running = workload.run();
  if (during !== undefined) await during(workload);
  await running;
  const run = await workload.check(last);
  const message = describeRun(run, options.seed);
  expect(run.anomalies, message).toEqual([]);
  expect(run.unexpected, message).toEqual([]);
  if (options.faults !== true) expect(run.counts.info, message).toBe(0);
  expect(run.counts.ok, message).toBeGreaterThan(run.history.length * minCommitted);
  expect(run.final.size, message).toBe(options.relations.length * options.keysPerRelation);
  return run;
}
