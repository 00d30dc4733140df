/*
 * cluster.ts — in-process hosts for the TM tests: each host has its own lmdb database in a
 * temp directory, its own TransactionManagerImpl and its own gRPC server on a loopback port
 * (real gRPC between the TMs). `crash()` simulates kill -9 (server gone, env closed without
 * aborting anything); `restart()` reopens the database (recovery) and serves again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { Failpoints } from '../../../src/common/failpoints.js';
import { createDatabase, openDatabase, type DatabaseImpl } from '../../../src/storage/index.js';
import { crash } from '../storage/helpers.js';
import type { CatalogApplier } from '../../../src/cluster/api.js';
import type { Value } from '../../../src/types/value.js';
import {
  GrpcTmPeers, SimpleMembership, TransactionManagerImpl, registerTmService,
} from '../../../src/tm/index.js';
import type { TmOptions } from '../../../src/tm/tm.js';

export const DB = 'bank';
const i4 = { kind: 'i', length: 4 } as const;

/** UP_SYS for tests: `create NAME` creates relation NAME(v=i4) in the part's transaction. */
export const testApplier: CatalogApplier = async (part, statements) => {
  for (const text of statements) {
    const match = /^create (\w+)$/.exec(text);
    if (match === null) throw new Error(`cannot apply '${text}'`);
    const name = match[1] as string;
    await part.txn.lock([{ name, mode: 'X' }]);
    part.txn.statement(() => part.txn.createRelation({ name, owner: 'ingres', attributes: [{ name: 'v', type: i4 }] }));
  }
};

export class TestHost {
  db!: DatabaseImpl;
  tm!: TransactionManagerImpl;
  private server: Server | null = null;
  port = 0;
  readonly fail: Failpoints;
  readonly membership: SimpleMembership;
  private peers!: GrpcTmPeers;
  alive = false;
  /** resolves when a 'crash' failpoint took this host down */
  crashed: Promise<string>;
  private onCrashed!: (name: string) => void;

  constructor(readonly name: string, readonly cluster: TestCluster, readonly directory: string) {
    this.membership = new SimpleMembership(DB, name, cluster.names);
    this.crashed = new Promise((resolve) => { this.onCrashed = resolve; });
    this.fail = new Failpoints('', async (point) => {
      await this.crash();
      this.onCrashed(point);
      return new Promise<void>(() => undefined); // the dead code path never continues
    });
  }

  async start(create: boolean): Promise<void> {
    this.db = create ? await createDatabase(this.directory, DB) : await openDatabase(this.directory, DB);
    this.peers = new GrpcTmPeers({ address: (host) => this.cluster.address(host) });
    this.tm = new TransactionManagerImpl({
      database: this.db, localHost: this.name, membership: this.membership, peers: this.peers,
      applyCatalogStatements: testApplier, failpoints: this.fail, rpcTimeoutMs: 2000, retryMs: 20, askAfterMs: 100,
      // the tests check every host's state once the commit resolves: wait for the acks
      awaitPhaseTwo: true,
      ...this.cluster.tmOptions,
    });
    const server = new Server();
    registerTmService(server, (database) => (database === DB && this.alive ? this.tm : undefined));
    this.port = await new Promise<number>((resolve, reject) => {
      server.bindAsync(`127.0.0.1:${this.port}`, ServerCredentials.createInsecure(), (error, port) => {
        if (error) reject(error);
        else resolve(port);
      });
    });
    this.server = server;
    this.alive = true;
  }

  /** kill -9: stop serving, drop the TM, close the env without aborting anything */
  async crash(): Promise<void> {
    if (!this.alive) return;
    this.alive = false;
    this.tm.close(false);
    this.peers.close();
    this.server?.forceShutdown();
    this.server = null;
    await crash(this.db);
  }

  async restart(): Promise<void> {
    await this.crash();
    this.crashed = new Promise((resolve) => { this.onCrashed = resolve; });
    await this.start(false);
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.alive = false;
    this.tm.close();
    this.peers.close();
    this.server?.forceShutdown();
    this.server = null;
    await this.db.close();
  }

  /** values of relation `name` as one committed reader sees them (sorted) */
  async values(name: string): Promise<number[]> {
    const txn = this.db.begin('reader');
    await txn.lock([{ name, mode: 'S' }]);
    const desc = txn.relation(name);
    const out = desc === undefined ? [] : [...txn.scan(desc)].map((t) => t.values[0] as number);
    await txn.commit();
    return out.sort((a, b) => a - b);
  }

  /** in global transaction `gid`, insert `value` into `name` on this host */
  async insert(gid: string, name: string, value: Value): Promise<void> {
    const part = this.tm.part(gid, 'ingres');
    await part.txn.lock([{ name, mode: 'X' }]);
    const desc = part.txn.relation(name);
    if (desc === undefined) throw new Error(`no relation ${name} on ${this.name}`);
    part.txn.statement(() => part.txn.insert(desc, [value]));
    part.wrote = true;
  }

  /** in global transaction `gid`, read `name` on this host (S lock held by the part) */
  async read(gid: string, name: string): Promise<number> {
    const part = this.tm.part(gid, 'ingres');
    await part.txn.lock([{ name, mode: 'S' }]);
    const desc = part.txn.relation(name);
    return desc === undefined ? 0 : [...part.txn.scan(desc)].length;
  }
}

export class TestCluster {
  readonly hosts = new Map<string, TestHost>();
  private readonly root = mkdtempSync(join(tmpdir(), 'ingres-tm-'));
  private counter = 0;

  constructor(readonly names: readonly string[], readonly tmOptions: Partial<TmOptions> = {}) {
    for (const name of names) this.hosts.set(name, new TestHost(name, this, join(this.root, name)));
  }

  /** `tmOptions`: overrides for every host's TM (timings) */
  static async start(names: readonly string[], relations: readonly string[] = [], tmOptions: Partial<TmOptions> = {}): Promise<TestCluster> {
    const cluster = new TestCluster(names, tmOptions);
    for (const host of cluster.hosts.values()) {
      await host.start(true);
      // every host holds the catalog entry; tuples live where they are inserted (tests)
      const txn = host.db.begin('ingres');
      txn.statement(() => {
        for (const name of relations) txn.createRelation({ name, owner: 'ingres', attributes: [{ name: 'v', type: i4 }] });
      });
      await txn.commit();
    }
    return cluster;
  }

  host(name: string): TestHost {
    const host = this.hosts.get(name);
    if (host === undefined) throw new Error(`no host ${name}`);
    return host;
  }

  address(host: string): string | undefined {
    const h = this.hosts.get(host);
    return h === undefined ? undefined : `127.0.0.1:${h.port}`;
  }

  /** a fresh global id "<userhost>.<epoch>.<counter>" */
  gid(userHost: string): string {
    this.counter++;
    return `${userHost}.1.${this.counter}`;
  }

  async stop(): Promise<void> {
    for (const host of this.hosts.values()) await host.stop().catch(() => undefined);
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Poll `condition` (driven by the TMs' own retry loops) until true or `ms` pass. */
export async function until(condition: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
