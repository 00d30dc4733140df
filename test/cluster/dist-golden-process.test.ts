/*
 * dist-golden-process.test.ts — the unchanged golden QUEL corpus through the real
 * programs of a 3-host cluster: ingresd daemons on loopback (serverdb, TM, slave), one
 * database per golden file made live by creatdb, the demo relations created with QUEL
 * `create … at hN` round robin and loaded with `copy` from h1, sessions on h1 over gRPC.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HostClient } from '../../src/net/client.js';
import type { QuelSession, StatementResult } from '../../src/dbsys/session-api.js';
import { formatName } from '../../src/types/value.js';
import { parseGoldenFile, type GoldenBlock, type QueryBlock, type StatementBlock } from '../support/golden-format.js';
import { checkBlock, goldenDataDirectory, readDemoRelations, type BlockOutcome } from '../support/golden-runner.js';
import { TestCluster } from './support/cluster.js';

const directory = join(import.meta.dirname, '..', 'golden');
const files = readdirSync(directory).filter((f) => f.endsWith('.quel.test')).sort();
const HOSTS = ['h1', 'h2', 'h3'];

let cluster: TestCluster;
let client: HostClient;
let scratch: string;

function withoutHostLines(results: readonly StatementResult[]): StatementResult[] {
  return results.map((r) => (r.kind === 'text' ? { kind: 'text', text: r.text.replace(/^Host:\t+\S+\n/gm, '') } : r));
}

/** The demo relations as QUEL: created round robin over the hosts, loaded by copy, kept forever. */
function demoScript(dir: string): string {
  let script = '';
  readDemoRelations().forEach((r, i) => {
    const file = join(dir, `${r.name}.tsv`);
    writeFileSync(file, r.tuples.map((t) => `${t.join('\t')}\n`).join(''));
    const host = HOSTS[i % HOSTS.length] as string;
    script += `create ${r.name} (${r.attributes.map((a) => `${a.name} = ${formatName(a.type)}`).join(', ')}) at ${host}\n`;
    const last = r.attributes.length - 1;
    script += `copy ${r.name} (${r.attributes.map((a, k) => `${a.name} = ${k === last ? 'c0nl' : 'c0tab'}`).join(', ')}) from "${file}"\n`;
    script += `save ${r.name}\n`;
  });
  return script;
}

class Context {
  private readonly sessions = new Map<string, QuelSession>();
  private readonly pending = new Map<string, { block: StatementBlock | QueryBlock; promise: Promise<StatementResult[]> }>();
  constructor(readonly database: string, readonly tmp: string) {}

  private async session(name: string, user: string | null): Promise<QuelSession> {
    let s = this.sessions.get(name);
    if (s === undefined) {
      s = await client.openSession(this.database, { user: user ?? 'ingres' });
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
    if (block.kind === 'wait') return this.settle(block.session);
    const earlier = await this.settle(block.session);
    if (!earlier.ok) return earlier;
    const session = await this.session(block.session, block.user);
    const text = block.text.replaceAll('{tmp}', this.tmp).replaceAll('{data}', goldenDataDirectory());
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
  }
}

beforeAll(async () => {
  cluster = await TestCluster.init(3);
  await cluster.start();
  client = new HostClient(cluster.address('h1'), 'h1');
  scratch = mkdtempSync(join(tmpdir(), 'dist-golden-'));
}, 120_000);

afterAll(async () => {
  client?.close();
  await cluster?.cleanup();
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

files.forEach((file, index) => {
  const parsed = parseGoldenFile(file, readFileSync(join(directory, file), 'utf8'));
  describe(`3 ingresd hosts: ${file}`, () => {
    let context: Context | null = null;
    let setupError: unknown = null;
    beforeAll(async () => {
      try {
        const database = `g${index}`;
        const made = await cluster.creatdb('h1', database);
        if (made.status !== 0) throw new Error(`creatdb: ${made.stderr}`);
        for (const h of HOSTS) await cluster.waitReady(h, database);
        const tmp = mkdtempSync(join(scratch, `${database}-`));
        const load = await client.openSession(database, { user: 'ingres' });
        const results = await load.run(demoScript(tmp));
        await load.close();
        const bad = results.find((r) => r.kind === 'error');
        if (bad !== undefined && bad.kind === 'error') throw new Error(`demo load: ${bad.error.code}: ${bad.error.message}`);
        context = new Context(database, tmp);
      } catch (error) {
        setupError = error;
      }
    }, 120_000);
    afterAll(async () => {
      await context?.close();
    });
    for (const block of parsed.blocks) {
      const head = block.kind === 'wait' ? `wait ${block.session}` : (block.text.split('\n')[0] ?? '');
      test(`${file}:${block.line} ${head.slice(0, 60)}`, async () => {
        if (context === null) throw new Error(`setup failed: ${String(setupError)}`);
        const outcome = await context.run(block);
        expect(outcome.ok, `${file}:${block.line}\n${outcome.message}`).toBe(true);
      });
    }
  });
});
