/*
 * dist-ship.ts — `npm run build && node dist/bench/dist-ship.js [-- --tuples N]`: the
 * Wisconsin joins with their relations on different hosts of a 3-host cluster (real
 * ingresd daemons on loopback, ingres-cluster init/start): per join, the bytes shipped
 * between hosts (Slave.ShipStats on the user host) against the size of the relations.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HostClient } from '../src/net/client.js';
import { shipStats, closeSlaveClients } from '../src/dbsys/distributed/peers.js';
import { WISC_ATTRS, quelCopyFrom, quelCreate, writeWiscFile } from './wisconsin-data.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({ options: { tuples: { type: 'string', default: '10000' } } });
const N = Number(args.tuples);
const ONEK = Math.max(1, Math.floor(N / 10));

function bin(program: string, argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', `${program}.js`), ...argv], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${program} ${argv.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout;
}

const renamed = (v: string, p: string): string => WISC_ATTRS.map((a) => `${p}_${a} = ${v}.${a}`).join(', ');

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dist-ship-'));
  const env = (host?: string): NodeJS.ProcessEnv => ({ ...process.env, HOME: dir, ...(host ? { II_SYSTEM: join(dir, host) } : {}) });
  try {
    bin('ingres-cluster', ['init', dir, '--hosts', '3'], env());
    bin('ingres-cluster', ['start', dir], env());
    bin('creatdb', ['wisc'], env('h1'));
    const line = readFileSync(join(dir, 'h1', 'etc', 'hosts'), 'utf8').split('\n').find((l) => l.startsWith('h1 '));
    const address = line?.split(/\s+/)[1] ?? '';
    const client = new HostClient(address, 'h1');
    let session;
    for (let i = 0; ; i++) {
      try {
        session = await client.openSession('wisc', { user: process.env['USER'] ?? 'ingres' });
        break;
      } catch (error) {
        if (i > 200) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const run = async (text: string): Promise<number> => {
      const t0 = performance.now();
      const results = await session.run(text);
      const bad = results.find((r) => r.kind === 'error');
      if (bad !== undefined && bad.kind === 'error') throw new Error(`${text.slice(0, 80)}: ${bad.error.code}: ${bad.error.message}`);
      return performance.now() - t0;
    };
    const placement: Record<string, string> = { tenktup1: 'h2', tenktup2: 'h3', onektup: 'h1' };
    const sizes: Record<string, number> = { tenktup1: N, tenktup2: N, onektup: ONEK };
    for (const [rel, host] of Object.entries(placement)) {
      const file = join(dir, `${rel}.tsv`);
      await writeWiscFile(file, sizes[rel] as number, rel === 'tenktup2' ? 2 : rel === 'onektup' ? 3 : 1);
      await run(`${quelCreate(rel)} at ${host}`);
      await run(quelCopyFrom(rel, file));
    }
    await run(`range of a is tenktup1 range of b is tenktup2 range of c is onektup
retrieve into bprime (b.all) where b.unique2 < ${ONEK}`);
    await run('range of p is bprime');
    const width = 13 * 4 + 3 * 52;
    const joins: [string, string, string[]][] = [
      ['joinAselB', `retrieve (a.all, ${renamed('b', 'b')}) where a.unique2 = b.unique2 and b.unique2 < ${ONEK}`, ['tenktup1', 'tenktup2']],
      ['joinABprime', `retrieve (a.all, ${renamed('p', 'b')}) where a.unique2 = p.unique2`, ['tenktup1', 'bprime']],
      ['joinCselAselB', `retrieve (c.all, ${renamed('a', 'a')}, ${renamed('b', 'b')}) where c.unique2 = a.unique2 and a.unique2 = b.unique2 and a.unique2 < ${ONEK} and b.unique2 < ${ONEK}`, ['onektup', 'tenktup1', 'tenktup2']],
    ];
    const tuples: Record<string, number> = { ...sizes, bprime: ONEK };
    process.stdout.write(`Wisconsin joins on 3 hosts (tenktup1@h2, tenktup2@h3, onektup@h1, bprime@h1; user host h1), ${N} tuples, ${width}-byte tuples\n\n`);
    process.stdout.write('| join | relations (host) | relation bytes | bytes shipped | shipped / relations | ms |\n|---|---|---:|---:|---:|---:|\n');
    for (const [name, text, rels] of joins) {
      const ms = await run(text);
      const stats = await shipStats(address, 'h1', 'wisc');
      const relBytes = rels.reduce((s, r) => s + (tuples[r] as number) * width, 0);
      const shipped = Number(stats.lastStatementBytes ?? 0);
      process.stdout.write(`| ${name} | ${rels.map((r) => `${r}@${placement[r] ?? 'h1'}`).join(', ')} | ${relBytes} | ${shipped} | ${(shipped / relBytes).toFixed(3)} | ${ms.toFixed(0)} |\n`);
    }
    await session.close();
    client.close();
  } finally {
    closeSlaveClients();
    spawnSync(process.execPath, [join(REPO, 'bin', 'ingres-cluster.js'), 'stop', dir], { env: env(), timeout: 60_000 });
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`dist-ship: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
