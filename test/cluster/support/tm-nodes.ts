/*
 * tm-nodes.ts — the process harness of test/cluster/tm-*.test.ts: spawns support/tm-node.mjs
 * hosts (each a real node process with its own lmdb database and a TM on a loopback gRPC
 * port), drives them over their HTTP control ports, restarts them, and kills every process
 * it started in teardown (by pid). Needs `npm run build` (the nodes run dist/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../src/install/installation.js';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const NODE = join(PROJECT, 'test', 'cluster', 'support', 'tm-node.mjs');
const DIST = join(PROJECT, 'dist');

export interface NodeState {
  readonly inDoubt: readonly { globalId: string; coordinator: string; ageMs: number }[];
  readonly held: readonly string[];
  readonly values: readonly number[];
}

export interface Reply {
  readonly ok: boolean;
  readonly code?: number;
  readonly message?: string;
  readonly [key: string]: unknown;
}

export class TmNode {
  child: ChildProcess | null = null;
  /** resolves with the signal that ended the current process */
  exited: Promise<NodeJS.Signals | null> = Promise.resolve(null);
  stderr = '';

  constructor(
    readonly name: string,
    readonly directory: string,
    readonly grpcPort: number,
    readonly controlPort: number,
    private readonly ports: Record<string, number>,
  ) {}

  async start(create: boolean, failpoints = ''): Promise<void> {
    const child = spawn(process.execPath, [
      NODE, this.name, this.directory, String(this.grpcPort), String(this.controlPort),
      JSON.stringify(this.ports), create ? '1' : '0', DIST,
    ], { cwd: PROJECT, env: { ...process.env, INGRES_FAILPOINTS: failpoints }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const onData = (chunk: Buffer): void => {
        out += chunk.toString();
        if (out.includes('ready\n')) {
          child.stdout?.off('data', onData);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.once('exit', () => reject(new Error(`${this.name} exited before ready: ${this.stderr}`)));
    });
  }

  /**
   * One control command; a dead process answers { ok:false, code: -1 }. Each call has a
   * connection of its own (no keep-alive): a pooled socket to a port that an earlier,
   * killed node had used failed a call with "fetch failed" (12-05, once in a full run).
   */
  call(command: Record<string, unknown>): Promise<Reply> {
    const body = JSON.stringify(command);
    return new Promise((resolve) => {
      const request = httpRequest({
        host: '127.0.0.1', port: this.controlPort, method: 'POST', path: '/', agent: false, timeout: 20_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => {
          try {
            resolve(JSON.parse(text) as Reply);
          } catch (error) {
            resolve({ ok: false, code: -1, message: `bad reply ${JSON.stringify(text.slice(0, 200))}: ${String(error)}` });
          }
        });
        response.on('error', (error) => resolve({ ok: false, code: -1, message: String(error) }));
      });
      request.on('timeout', () => request.destroy(new Error('no answer within 20 s')));
      request.on('error', (error) => resolve({ ok: false, code: -1, message: String(error) }));
      request.end(body);
    });
  }

  async must(command: Record<string, unknown>): Promise<Reply> {
    const reply = await this.call(command);
    if (!reply.ok) throw new Error(`${this.name} ${String(command['op'])}: ${reply.code} ${reply.message}`);
    return reply;
  }

  async state(): Promise<NodeState> {
    return await this.must({ op: 'state' }) as unknown as NodeState;
  }

  /** inDoubt and held only (state() reads the values, which waits for the locks of a part in doubt) */
  async doubt(): Promise<Pick<NodeState, 'inDoubt' | 'held'>> {
    return await this.must({ op: 'doubt' }) as unknown as Pick<NodeState, 'inDoubt' | 'held'>;
  }

  kill(): void {
    const pid = this.child?.pid;
    if (pid !== undefined && this.child?.exitCode === null && this.child.signalCode === null) process.kill(pid, 'SIGKILL');
  }
}

export class TmNodes {
  readonly nodes = new Map<string, TmNode>();
  private readonly root = mkdtempSync(join(tmpdir(), 'ingres-tm-proc-'));

  static async start(names: readonly string[], failpoints: Readonly<Record<string, string>> = {}): Promise<TmNodes> {
    const cluster = new TmNodes();
    const taken = new Set<number>();
    const port = async (): Promise<number> => {
      for (;;) {
        const candidate = await freePort();
        if (!taken.has(candidate)) {
          taken.add(candidate);
          return candidate;
        }
      }
    };
    const ports: Record<string, number> = {};
    for (const name of names) ports[name] = await port();
    for (const name of names) {
      cluster.nodes.set(name, new TmNode(name, join(cluster.root, name), ports[name] as number, await port(), ports));
    }
    const started = await Promise.allSettled([...cluster.nodes.values()].map((node) => node.start(true, failpoints[node.name] ?? '')));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed !== undefined) {
      await cluster.stop(); // never leave the others running
      throw (failed as PromiseRejectedResult).reason;
    }
    return cluster;
  }

  node(name: string): TmNode {
    const node = this.nodes.get(name);
    if (node === undefined) throw new Error(`no node ${name}`);
    return node;
  }

  async stop(): Promise<void> {
    for (const node of this.nodes.values()) {
      node.kill();
      await node.exited;
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Poll until `condition` holds (the TMs' own retry loops make progress), or throw. */
export async function until(what: string, condition: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
