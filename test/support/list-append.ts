/*
 * list-append.ts — the list-append workload of the serializability tests: keyed relations
 * `la1 … laN (k = i4, v = c255, g = i4)` with a secondary index on g, whose tuples hold
 * lists of elements (`v`, appended by a replace, or by deleting the tuple and appending it
 * anew; half the keys have no tuple until an upsert appends one), random transactions of
 * appends and reads (by key, through the index, an `or` of keys, a range, a whole relation)
 * sent by concurrent sessions as one request, statement by statement, or alone; the
 * history they give, for list-append-check.ts (with `faults`, hosts that die meanwhile).
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
/** each tuple's g, the secondary index's key: in the opposite order to k */
const g = (key: number): number => 10_000 - key;

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

/**
 * One planned operation and the QUEL that does it. `keys`: the keys a read asks for. An
 * upsert appends to a key that may have no tuple yet (only statement by statement): it
 * reads the key, then appends the tuple (`insert`) or replaces it as an append does. A
 * move appends by deleting the key's tuple and appending it anew: statement by statement
 * it reads the tuple, deletes it and appends the new one (`insert` of what it read); in
 * one request (`block`) it appends a copy under the key's negative, deletes the tuple and
 * replaces the copy's key (a key-changing replace). Nobody else may see the gap between.
 */
type Planned =
  | { readonly f: 'append'; readonly key: number; readonly element: number; readonly quel: string }
  | { readonly f: 'upsert'; readonly key: number; readonly element: number; readonly read: string; readonly insert: string; readonly replace: string }
  | { readonly f: 'move'; readonly key: number; readonly element: number; readonly read: string; readonly remove: string; readonly insert: (old: string) => string; readonly block: readonly string[] }
  | { readonly f: 'read'; readonly keys: readonly number[]; readonly quel: string };

/** the statements of an operation sent in one request (never an upsert: it decides on what it read) */
function blockOf(op: Planned): readonly string[] {
  if (op.f === 'upsert') throw new Error('list-append: an upsert runs statement by statement only');
  return op.f === 'move' ? op.block : [op.quel];
}

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
  private readonly inFlight: (string | null)[];
  private readonly log: string[] = [];
  private readonly faults: boolean;

  constructor(private readonly options: ListAppendOptions) {
    this.random = prng(options.seed);
    this.inFlight = options.sessions.map(() => null);
    this.faults = options.faults === true;
  }

  /**
   * The keys of relation r: key k is stored in relation (k − 1) mod R. Keys 1…R·K have a
   * tuple from the start; keys R·K+1…2·R·K (sparse) get theirs from their first upsert.
   */
  private keysOf(relation: number): number[] {
    const all: number[] = [];
    const count = 2 * this.options.relations.length * this.options.keysPerRelation;
    for (let key = relation + 1; key <= count; key += this.options.relations.length) all.push(key);
    return all;
  }

  private sparse(key: number): boolean {
    return key > this.options.relations.length * this.options.keysPerRelation;
  }

  private variable(relation: number): string {
    return `l${relation + 1}`;
  }

  /** Create the relations (each key that is not sparse with its tuple, its list empty) through `session`. */
  async create(session: QuelSession): Promise<void> {
    const lines: string[] = [];
    this.options.relations.forEach((relation, r) => {
      lines.push(`create ${relation.name} (k = i4, v = c255, g = i4)${relation.at === null ? '' : ` at ${relation.at}`}`);
      for (const key of this.keysOf(r)) if (!this.sparse(key)) lines.push(`append to ${relation.name} (k = ${key}, v = " ", g = ${g(key)})`);
      if (relation.structure !== 'heap') lines.push(`modify ${relation.name} to ${relation.structure} on k`);
      lines.push(indexOn(relation.name));
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
    const { relations } = this.options;
    const ops: Planned[] = [];
    const count = 1 + Math.floor(this.random() * 4);
    const mode = count === 1 && this.random() < 0.3 ? 'alone' : this.random() < 0.5 ? 'block' : 'statements';
    for (let i = 0; i < count; i++) {
      const r = Math.floor(this.random() * relations.length);
      const v = this.variable(r);
      const name = (relations[r] as ListRelation).name;
      const keys = this.keysOf(r);
      const roll = this.random();
      if (roll < 0.45) {
        // a sparse key only statement by statement (the upsert decides on what it read)
        const open = keys.filter((k) => (this.appendsTo.get(k) ?? 0) < MAX_APPENDS_PER_KEY && (mode === 'statements' || !this.sparse(k)));
        if (open.length > 0 && this.nextElement <= MAX_ELEMENT) {
          const key = this.pick(open);
          this.appendsTo.set(key, (this.appendsTo.get(key) ?? 0) + 1);
          const element = this.nextElement++;
          const text = ` ${element.toString(36)}`;
          if (this.sparse(key)) {
            ops.push({
              f: 'upsert', key, element, read: `retrieve (${v}.k, ${v}.v) where ${v}.k = ${key}`,
              insert: `append to ${name} (k = ${key}, v = "${text}", g = ${g(key)})`, replace: `replace ${v} (v = concat(${v}.v, "${text}")) where ${v}.k = ${key}`,
            });
            continue;
          }
          if (mode !== 'alone' && this.random() < 0.25) {
            ops.push({
              f: 'move', key, element, read: `retrieve (${v}.k, ${v}.v) where ${v}.k = ${key}`, remove: `delete ${v} where ${v}.k = ${key}`,
              insert: (old) => `append to ${name} (k = ${key}, v = "${old.trimEnd()}${text}", g = ${g(key)})`,
              block: [
                `append to ${name} (k = 0 - ${v}.k, v = concat(${v}.v, "${text}"), g = ${v}.g) where ${v}.k = ${key}`,
                `delete ${v} where ${v}.k = ${key}`,
                `replace ${v} (k = 0 - ${v}.k) where ${v}.k = -${key}`,
              ],
            });
            continue;
          }
          // mostly one key's lock; sometimes a qualification no key lock covers (the relation's)
          const where = this.random() < 0.85 ? `${v}.k = ${key}` : `${v}.k + 0 = ${key}`;
          ops.push({ f: 'append', key, element, quel: `replace ${v} (v = concat(${v}.v, "${text}")) where ${where}` });
          continue;
        }
      }
      const what = roll < 0.45 ? 0 : (roll - 0.45) / 0.55;
      if (what < 0.55) {
        // by the key, or through the secondary index on g
        const key = this.pick(keys);
        const where = this.random() < 0.7 ? `${v}.k = ${key}` : `${v}.g = ${g(key)}`;
        ops.push({ f: 'read', keys: [key], quel: `retrieve (${v}.k, ${v}.v) where ${where}` });
      } else if (what < 0.75) {
        const chosen = [...new Set([this.pick(keys), this.pick(keys), this.pick(keys)])].sort((a, b) => a - b);
        ops.push({ f: 'read', keys: chosen, quel: `retrieve (${v}.k, ${v}.v) where ${chosen.map((k) => `${v}.k = ${k}`).join(' or ')}` });
      } else if (what < 0.9) {
        const lo = this.pick(keys);
        const hi = lo + (1 + Math.floor(this.random() * 4)) * relations.length;
        const where = this.random() < 0.6 ? `${v}.k >= ${lo} and ${v}.k <= ${hi}` : `${v}.g >= ${g(hi)} and ${v}.g <= ${g(lo)}`;
        ops.push({ f: 'read', keys: keys.filter((k) => k >= lo && k <= hi), quel: `retrieve (${v}.k, ${v}.v) where ${where}` });
      } else {
        ops.push({ f: 'read', keys, quel: `retrieve (${v}.k, ${v}.v)` });
      }
    }
    return { ops, mode };
  }

  /** transactions ended so far */
  get completed(): number {
    return this.history.length;
  }

  /** transactions planned: every session's (all of them end, unless a session dies) */
  get planned(): number {
    return this.options.sessions.length * this.options.transactionsPerSession;
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
    const invokedAt = performance.now();
    /** per operation, its statements' results (an upsert: the read's, then the write's) */
    const opResults: (StatementResult | undefined)[][] = plan.ops.map(() => []);
    /** the result that decides: end transaction's, or a statement alone's */
    let decided: StatementResult | undefined;
    let lost: string | null = null; // a call that threw (the connection lost), and where
    let failedAt: StatementResult | undefined; // statement by statement: the error that stopped it
    const sent: string[] = [];
    const call = async (text: string): Promise<StatementResult[] | null> => {
      sent.push(text);
      this.inFlight[s] = `T${id} (${plan.mode}): ${sent.join('; ')} <<< in flight`;
      try {
        return await session.run(text);
      } catch (error) {
        if (!this.faults) throw error;
        lost = `${text.split('\n').pop() ?? ''}: ${error instanceof Error ? error.message : String(error)}`;
        return null;
      }
    };
    /** one statement, statement by statement: its result, or null when the transaction stops there */
    const one = async (text: string): Promise<StatementResult | null> => {
      const got = await call(text);
      if (got === null) return null;
      if (got.length !== 1) this.unexpected.push(`T${id}: ${got.length} results for "${text}"`);
      if (got[0]?.kind === 'error') {
        failedAt = got[0];
        return null;
      }
      return got[0] ?? null;
    };
    let endSent = false;
    if (plan.mode === 'statements') {
      run: {
        if (await one('begin transaction') === null) break run;
        for (const [i, op] of plan.ops.entries()) {
          const results = opResults[i] as (StatementResult | undefined)[];
          const first = await one(op.f === 'upsert' || op.f === 'move' ? op.read : op.quel);
          if (first === null) break run;
          results.push(first);
          if (op.f === 'upsert') {
            const exists = first.kind === 'rows' && first.rows.length > 0;
            const second = await one(exists ? op.replace : op.insert);
            if (second === null) break run;
            results.push(second);
          } else if (op.f === 'move') {
            const old = first.kind === 'rows' && first.rows.length === 1 ? String(first.rows[0]?.[1]) : '';
            for (const text of [op.remove, op.insert(old)]) {
              const next = await one(text);
              if (next === null) break run;
              results.push(next);
            }
          }
        }
        endSent = true;
        const end = await call('end transaction');
        decided = end?.[0];
      }
    } else {
      const statements = plan.ops.flatMap(blockOf);
      const texts = plan.mode === 'alone' ? statements : ['begin transaction', ...statements, 'end transaction'];
      endSent = true;
      const results = (await call(texts.join('\n'))) ?? [];
      if (lost === null && results.length !== texts.length) {
        this.unexpected.push(`T${id}: ${results.length} results for ${texts.length} statements (${texts.join('; ')}): ${JSON.stringify(results).slice(0, 600)}`);
      }
      let next = plan.mode === 'alone' ? 0 : 1;
      plan.ops.forEach((op, i) => {
        for (let n = blockOf(op).length; n > 0; n--) (opResults[i] as (StatementResult | undefined)[]).push(results[next++]);
      });
      decided = results[plan.mode === 'alone' ? 0 : texts.length - 1];
    }
    const completedAt = performance.now();
    const expected = (c: number): boolean => ROLLED_BACK.has(c) || UNKNOWN.has(c) || (this.faults && FAULTS.has(c));
    let outcome: ListTxn['outcome'];
    if (lost !== null) {
      // a call that never answered: unknown once the end (or the whole block) was sent
      outcome = endSent ? 'info' : 'fail';
    } else if (failedAt?.kind === 'error') {
      // statement by statement, stopped by an error before the end: rolled back
      outcome = 'fail';
      if (!expected(failedAt.error.code)) this.unexpected.push(`T${id}: ${failedAt.error.code}: ${failedAt.error.message}`);
      if (session.inTransaction !== false) {
        const closed = await call('abort');
        if (closed?.[0]?.kind === 'error' && ![6003, ...FAULTS].includes(closed[0].error.code)) this.unexpected.push(`T${id}: abort: ${closed[0].error.code}`);
      }
    } else if (decided === undefined) {
      outcome = 'info'; // no answer for the end (counted unexpected above)
    } else if (decided.kind === 'error') {
      const c = decided.error.code;
      outcome = ROLLED_BACK.has(c) ? 'fail' : UNKNOWN.has(c) || (this.faults && FAULTS.has(c)) ? 'info' : 'fail';
      if (!expected(c)) this.unexpected.push(`T${id}: ${c}: ${decided.error.message}`);
    } else {
      outcome = 'ok';
    }
    // a block that committed after one of its statements failed alone: that one did nothing
    for (const results of opResults) {
      for (const r of results) if (r?.kind === 'error' && r !== decided && !expected(r.error.code)) this.unexpected.push(`T${id}: ${r.error.code}: ${r.error.message}`);
    }
    const ops: ListOp[] = [];
    plan.ops.forEach((op, i) => {
      const results = opResults[i] as (StatementResult | undefined)[];
      if (outcome === 'ok' && results.some((r) => r?.kind === 'error')) return; // failed alone, undone alone
      if (op.f === 'read') {
        if (outcome === 'ok') ops.push(...this.reads(id, op.quel, op.keys, results[0]));
        return;
      }
      const read = plan.mode === 'statements' && (op.f === 'upsert' || op.f === 'move');
      if (read && outcome === 'ok') ops.push(...this.reads(id, op.read, [op.key], results[0]));
      ops.push({ f: 'append', key: op.key, element: op.element });
      // each write (the append, the delete, the append anew, the key's change) one tuple
      const writes = read ? results.slice(1) : results;
      for (const write of writes) {
        if (outcome === 'ok' && (write?.kind !== 'done' || (write.tuples !== null && write.tuples !== 1))) {
          this.unexpected.push(`T${id}: ${op.f} of ${op.element} to key ${op.key} gave ${JSON.stringify(write)}`);
        }
      }
    });
    this.history.push({ id, ops, outcome, invokedAt, completedAt });
    const error = failedAt ?? (decided?.kind === 'error' ? decided : undefined);
    const why = lost !== null ? ` lost at ${lost}` : error?.kind === 'error' ? ` ${error.error.code} ${error.error.message}` : '';
    this.log.push(`s${s} T${id} ${plan.mode} ${outcome}${why}`);
    return lost === null;
  }

  /** The reads one retrieve of `keys` gave: each key's list (a sparse key with no tuple yet: empty). */
  private reads(id: number, quel: string, keys: readonly number[], result: StatementResult | undefined): ListOp[] {
    if (result?.kind !== 'rows') {
      this.unexpected.push(`T${id}: "${quel}" gave ${JSON.stringify(result)}`);
      return [];
    }
    const lists = new Map<number, number[]>();
    for (const row of result.rows) {
      const key = row[0] as number;
      // two tuples of one key: two upserts both found none and both appended (a phantom)
      if (lists.has(key)) this.unexpected.push(`T${id}: "${quel}" returned key ${key} twice`);
      if (!keys.includes(key)) this.unexpected.push(`T${id}: "${quel}" returned key ${key}, not asked for`);
      lists.set(key, parseList(row[1] as string));
    }
    const ops: ListOp[] = [];
    for (const key of keys) {
      const list = lists.get(key);
      if (list === undefined && !this.sparse(key)) this.unexpected.push(`T${id}: "${quel}" did not return key ${key}`);
      ops.push({ f: 'read', key, list: list ?? [] });
    }
    return ops;
  }

  /** Read every key's list once all transactions ended (and each relation through its
   *  index too: the same tuples; and its tuple count from help: as many), and check the
   *  history against it. */
  async check(session: QuelSession): Promise<ListAppendRun> {
    const final = new Map<number, number[]>();
    // (its own range statements: the reader may be a new session)
    // each relation read whole, then through its index on g (all of its g values): the same
    const keys = this.options.relations.length * this.options.keysPerRelation;
    const statements = this.options.relations.map((relation, r) => {
      const v = this.variable(r);
      return `range of ${v} is ${relation.name}\nretrieve (${v}.k, ${v}.v)\nretrieve (${v}.k, ${v}.v) where ${v}.g >= ${g(2 * keys)} and ${v}.g <= ${g(1)}`;
    });
    const results = (await session.run(statements.join('\n'))).filter((r) => !(r.kind === 'done' && r.statement === 'Range'));
    // and each relation's tuple count as its catalog keeps it (help): the tuples it holds
    const helps = await session.run(this.options.relations.map((relation) => `help ${relation.name}`).join('\n'));
    this.options.relations.forEach((relation, r) => {
      const help = helps[r];
      const whole = results[2 * r];
      const count = help?.kind === 'text' ? /Number of tuples:\s+(\d+)/.exec(help.text)?.[1] : undefined;
      if (whole?.kind === 'rows' && count !== String(whole.rows.length)) {
        this.unexpected.push(`final read: ${relation.name} holds ${whole.rows.length} tuples, its catalog says ${count ?? JSON.stringify(help)}`);
      }
    });
    for (const [i, result] of results.entries()) {
      if (result.kind !== 'rows') throw new Error(`final read: ${JSON.stringify(result)}`);
      if (i % 2 === 1) {
        const whole = results[i - 1] as typeof result;
        const sorted = (rows: typeof result.rows): string => JSON.stringify([...rows].sort((a, b) => (a[0] as number) - (b[0] as number)));
        if (sorted(result.rows) !== sorted(whole.rows)) this.unexpected.push(`final read: through the index ${sorted(result.rows)}, whole ${sorted(whole.rows)}`);
        continue;
      }
      for (const row of result.rows) {
        if (final.has(row[0] as number)) this.unexpected.push(`final read: key ${String(row[0])} twice`);
        final.set(row[0] as number, parseList(row[1] as string));
      }
    }
    for (let key = 1; key <= keys; key++) if (!final.has(key)) this.unexpected.push(`final read: key ${key} is missing`);
    // (a move's copy under the key's negative, left behind)
    for (const key of final.keys()) if (key < 1 || key > 2 * keys) this.unexpected.push(`final read: key ${key}, which no transaction keeps`);
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

/** the secondary index of a list relation */
function indexOn(name: string): string {
  return `index on ${name} is ${name}g (g)`;
}

/** " 1 a 2s" → [1, 10, 100] */
function parseList(text: string): number[] {
  return text.split(/\s+/).filter((s) => s.length > 0).map((s) => Number.parseInt(s, 36));
}

/** A run's failure message: its anomalies and unexpected errors, with what reproduces it. */
function describeRun(run: ListAppendRun, seed: number): string {
  const lines = [`seed ${seed}: ${run.counts.ok} committed, ${run.counts.fail} rolled back, ${run.counts.info} unknown`];
  for (const anomaly of run.anomalies.slice(0, 10)) lines.push(`${anomaly.kind}: ${anomaly.detail}`);
  for (const error of run.unexpected.slice(0, 10)) lines.push(`unexpected: ${error}`);
  if (run.anomalies.length + run.unexpected.length > 0) lines.push('the last transactions:', ...run.log.slice(-30));
  return lines.join('\n');
}

/**
 * One round as the tests run it: create the relations through the first session, run the
 * workload, read the lists through the last (or `reader`'s, when the sessions died), and expect no anomaly and no unexpected
 * error; most transactions committed (`minCommitted`, a share of them). `during`: what to
 * do to the cluster while the workload runs (kill a host, say). The run, for more checks.
 */
export async function expectSerializableRound(
  options: ListAppendOptions, minCommitted: number, during?: (workload: ListAppendWorkload) => Promise<void>,
  reader?: () => Promise<QuelSession>,
): Promise<ListAppendRun> {
  const first = options.sessions[0];
  const last = options.sessions[options.sessions.length - 1];
  if (first === undefined || last === undefined) throw new Error('list-append: no sessions');
  const workload = new ListAppendWorkload(options);
  await workload.create(first);
  await workload.bind();
  const running = workload.run();
  if (during !== undefined) await during(workload);
  await running;
  const run = await workload.check(reader === undefined ? last : await reader());
  const message = describeRun(run, options.seed);
  expect(run.anomalies, message).toEqual([]);
  expect(run.unexpected, message).toEqual([]);
  if (options.faults !== true) expect(run.counts.info, message).toBe(0);
  expect(run.counts.ok, message).toBeGreaterThan(run.history.length * minCommitted);
  expect(run.final.size, message).toBeGreaterThanOrEqual(options.relations.length * options.keysPerRelation);
  return run;
}

/** How many transactions a fault ended: a 7xxx error (host down, unreachable) or a lost call. */
export function faultsFelt(run: ListAppendRun): number {
  return run.log.filter((line) => / 7\d{3} |lost at/.test(line)).length;
}

/** every structure `modify` makes, in the order modifyInTurn takes them */
const STRUCTURES = ['btree', 'heap', 'cisam', 'hash', 'cbtree', 'heapsort', 'chash', 'isam'];

export interface ModifyOptions {
  /** error codes that do not count as refusals (a modify may be a deadlock's victim on several hosts) */
  readonly tolerated?: readonly number[];
  /** a call that fails (its host died) ends the modifying */
  readonly faults?: boolean;
  /** every statement sent, with its outcome ("ok" or "CODE message"), as it comes */
  readonly log?: { text: string; outcome: string }[];
}

/**
 * Modify `names` in turn, each to the next structure (and index it on g again), through
 * `session` until every transaction of `workload` has ended: how many modifies were sent,
 * how many were done, and the errors other than the tolerated ones.
 */
export async function modifyInTurn(
  session: QuelSession, names: readonly string[], workload: ListAppendWorkload, options: ModifyOptions = {},
): Promise<{ modifies: number; done: number; refused: string[] }> {
  const refused: string[] = [];
  let modifies = 0;
  let done = 0;
  while (workload.completed < workload.planned) {
    const name = names[modifies % names.length] as string;
    const structure = STRUCTURES[modifies % STRUCTURES.length] as string;
    modifies += 1;
    const modify = structure.startsWith('heap') ? `modify ${name} to ${structure}` : `modify ${name} to ${structure} on k`;
    // modify drops the secondary index: it is built again at once (once the modify is done)
    for (const text of [modify, indexOn(name)]) {
      let results: StatementResult[];
      try {
        results = await session.run(text);
      } catch (error) {
        if (options.faults !== true) throw error;
        return { modifies, done, refused };
      }
      const failed = results.find((r) => r.kind === 'error');
      options.log?.push({ text, outcome: failed?.kind === 'error' ? `${failed.error.code} ${failed.error.message}` : 'ok' });
      if (failed?.kind !== 'error') {
        if (text === modify) done += 1;
        continue;
      }
      if (!(options.tolerated ?? []).includes(failed.error.code)) refused.push(`${text}: ${failed.error.code} ${failed.error.message}`);
      break;
    }
  }
  return { modifies, done, refused };
}
