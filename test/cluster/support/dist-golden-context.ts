/*
 * dist-golden-context.ts — the golden QUEL corpus on a 3-host cluster: the demo relations
 * spread round robin over h1, h2, h3 (catalog on every host, tuples on the owner), every
 * session on h1 (the user host), blocks checked exactly as golden.test.ts checks them.
 * The one difference allowed: `help` of a relation shows its host (a `Host:` line).
 */
import type { QuelSession, StatementResult } from '../../../src/dbsys/session-api.js';
import type { GoldenBlock, QueryBlock, StatementBlock } from '../../support/golden-format.js';
import { checkBlock, goldenDataDirectory, type BlockOutcome } from '../../support/golden-runner.js';
import { InProcessCluster } from './dist-cluster.js';

export const GOLDEN_HOSTS = ['h1', 'h2', 'h3'] as const;

interface Pending {
  readonly block: StatementBlock | QueryBlock;
  readonly promise: Promise<StatementResult[]>;
}

/** Drop the `Host:` lines help prints for a placed relation (one host prints none). */
function withoutHostLines(results: readonly StatementResult[]): StatementResult[] {
  return results.map((r) =>
    r.kind === 'text' ? { kind: 'text', text: r.text.replace(/^Host:\t+\S+\n/gm, '') } : r);
}

export class DistGoldenContext {
  private readonly sessions = new Map<string, QuelSession>();
  private readonly pending = new Map<string, Pending>();

  private constructor(readonly cluster: InProcessCluster, readonly placement: ReadonlyMap<string, string>) {}

  static async open(): Promise<DistGoldenContext> {
    const cluster = await InProcessCluster.start([...GOLDEN_HOSTS]);
    const placement = await cluster.loadDemoSpread((_name, index) => GOLDEN_HOSTS[index % GOLDEN_HOSTS.length] as string);
    return new DistGoldenContext(cluster, placement);
  }

  get directory(): string {
    return this.cluster.root;
  }

  private session(name: string, user: string | null): QuelSession {
    let s = this.sessions.get(name);
    if (s === undefined) {
      s = this.cluster.session('h1', user ?? undefined);
      this.sessions.set(name, s);
    }
    return s;
  }

  private async settle(session: string): Promise<BlockOutcome> {
    const p = this.pending.get(session);
    if (p === undefined) return { ok: true, message: '' };
    this.pending.delete(session);
    const outcome = checkBlock(p.block, withoutHostLines(await p.promise));
    return outcome.ok ? outcome : { ok: false, message: `pending block at line ${p.block.line}: ${outcome.message}` };
  }

  async run(block: GoldenBlock): Promise<BlockOutcome> {
    if (block.kind === 'wait') {
      if (!this.pending.has(block.session)) return { ok: false, message: `nothing pending on ${block.session}` };
      return this.settle(block.session);
    }
    const earlier = await this.settle(block.session);
    if (!earlier.ok) return earlier;
    const session = this.session(block.session, block.user);
    const text = block.text.replaceAll('{tmp}', this.directory).replaceAll('{data}', goldenDataDirectory());
    const promise = session.run(text);
    if (block.pending) {
      promise.catch(() => undefined);
      this.pending.set(block.session, { block, promise });
      return { ok: true, message: '' };
    }
    return checkBlock(block, withoutHostLines(await promise));
  }

  async close(): Promise<void> {
    for (const name of [...this.pending.keys()]) await this.settle(name).catch(() => undefined);
    for (const s of this.sessions.values()) await s.close().catch(() => undefined);
    await this.cluster.close();
  }
}
