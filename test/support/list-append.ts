/*
 * list-append.ts — the list-append workload of the serializability tests: keyed relations
 * `la1 … laN (k = i4, v = c255)` whose tuples hold lists of elements (`v`, appended with
 * `replace a (v = concat(a.v, " e"))`), random transactions of appends and reads (one key,
 * an `or` of keys, a range, a whole relation) sent by concurrent sessions as one request,
 * statement by statement, or alone; the history they give, for list-append-check.ts.
 */
import { performance } from 'node:perf_hooks';
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
}

/** error codes that say the transaction was rolled back whole (a retry would do) */
const ROLLED_BACK = new Set([6001, 6002, 6005, 6008, 6009, 6011, 6015, 6017]);
/** error codes after `end transaction` that leave its outcome unknown */
const UNKNOWN = new Set([6014, 7000, 7001, 7002]);
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
  }

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

  /** Run the workload: every session its transactions, all sessions at once. */
  async run(): Promise<void> {
    const plans = this.options.sessions.map(() => Array.from({ length: this.options.transactionsPerSession }, () => this.plan()));
    await Promise.all(this.options.sessions.map(async (session, s) => {
      for (const plan of plans[s] as Plan[]) await this.runOne(session, plan, s);
      this.inFlight[s] = null;
    }));
  }

  private async runOne(session: QuelSession, plan: Plan, s: number): Promise<void> {
    const id = this.nextTxn++;
    const statements = plan.mode === 'alone' ? plan.ops.map((o) => o.quel) : ['begin transaction', ...plan.ops.map((o) => o.quel), 'end transaction'];
    const invokedAt = performance.now();
    let results: (StatementResult | undefined)[] = [];
    if (plan.mode === 'statements') {
      for (const statement of statements) {
        this.inFlight[s] = `T${id} (${plan.mode}): ${statements.map((t) => t === statement ? `>>> ${t} <<<` : t).join('; ')}`;
        const got = await session.run(statement);
        if (got.length !== 1) this.unexpected.push(`T${id}: ${got.length} results for "${statement}"`);
        results.push(got[0]);
        if (got[0]?.kind === 'error') break; // the rest would be refused (6008) or is moot
      }
    } else {
      this.inFlight[s] = `T${id} (${plan.mode}): ${statements.join('; ')}`;
      results = await session.run(statements.join('\n'));
      if (results.length !== statements.length) this.unexpected.push(`T${id}: ${results.length} results for ${statements.length} statements`);
    }
    const completedAt = performance.now();
    const offset = plan.mode === 'alone' ? 0 : 1;
    const ops: ListOp[] = [];
    let outcome: ListTxn['outcome'] = 'ok';
    const error = results.find((r) => r?.kind === 'error');
    if (error?.kind === 'error') {
      const code = error.error.code;
      const atEnd = plan.mode !== 'alone' && results.indexOf(error) === statements.length - 1;
      if (atEnd && UNKNOWN.has(code)) outcome = 'info';
      else if (ROLLED_BACK.has(code)) outcome = 'fail';
      else {
        this.unexpected.push(`T${id}: ${code}: ${error.error.message}`);
        outcome = 'info';
      }
      if (plan.mode !== 'alone' && session.inTransaction !== false && !atEnd) {
        const closed = await session.run('abort');
        if (closed[0]?.kind === 'error' && closed[0].error.code !== 6003) this.unexpected.push(`T${id}: abort: ${closed[0].error.code}`);
        if (outcome === 'info' && closed[0]?.kind !== 'error') outcome = 'fail';
      }
    }
    plan.ops.forEach((op, i) => {
      const result = results[i + offset];
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
    this.log.push(`s${s} T${id} ${plan.mode} ${outcome}${error?.kind === 'error' ? ` ${error.error.code} ${error.error.message} at ${results.indexOf(error)}` : ''}`);
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
  return lines.join('\n');
}
