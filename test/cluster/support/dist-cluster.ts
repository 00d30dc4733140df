/*
 * dist-cluster.ts — an in-process cluster for the master/slave tests: N hosts, each its own
 * lmdb database and its own gRPC server serving ingres.Slave on loopback, a static
 * membership (a killed host's server is shut down and it leaves the group) and a minimal
 * TM (UP_SYS applied on the other live hosts, then every part committed). The real TM and
 * serverdb replace these in the process tests; the slave wire is the real one.
 */
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  DatabaseContext, HostDirectory, HostState, LocalPart, Membership, TransactionManager,
} from '../../../src/cluster/api.js';
import { applyCatalogStatements, createSession, registerSlave, slaveHandlers } from '../../../src/dbsys/index.js';
import { closeSlaveClients } from '../../../src/dbsys/distributed/peers.js';
import { registerLink, unaryLinkHandlers } from '../../../src/net/peer-link.js';
import { SlaveService } from '../../../src/net/slave-service.js';
import type { QuelSession } from '../../../src/dbsys/session-api.js';
import { DEFAULT_SESSION_OPTIONS } from '../../../src/dbsys/session-api.js';
import type { Database } from '../../../src/storage/api.js';
import { CATALOG_LOCK } from '../../../src/storage/api.js';
import { createDatabase } from '../../../src/storage/index.js';
import { readDemoRelations } from '../../support/golden-runner.js';

class TestTm implements TransactionManager {
  readonly parts = new Map<string, LocalPart>();
  constructor(private readonly cluster: InProcessCluster, private readonly host: TestHost) {}

  part(globalId: string, user: string, options?: { readonly waitDie?: boolean }): LocalPart {
    let p = this.parts.get(globalId);
    if (p === undefined) {
      p = { globalId, txn: this.host.db.begin(user, options?.waitDie === true ? { globalId } : {}), wrote: false, catalogStatements: [] };
      this.parts.set(globalId, p);
    }
    return p;
  }

  async commitAsCoordinator(globalId: string): Promise<void> {
    const mine = this.part(globalId, 'ingres');
    const live = this.cluster.hosts.filter((h) => this.cluster.up.get(h.name) === true);
    try {
      for (const h of live) {
        if (h === this.host || mine.catalogStatements.length === 0) continue;
        await applyCatalogStatements(h.ctx, h.tm.part(globalId, 'ingres'), mine.catalogStatements);
      }
    } catch (error) {
      await this.abort(globalId);
      throw error;
    }
    for (const h of live) {
      const p = h.tm.parts.get(globalId);
      if (p === undefined) continue;
      h.tm.parts.delete(globalId);
      await p.txn.commit();
    }
  }

  async abort(globalId: string): Promise<void> {
    for (const h of this.cluster.hosts) {
      const p = h.tm.parts.get(globalId);
      if (p === undefined) continue;
      h.tm.parts.delete(globalId);
      try {
        p.txn.abort();
      } catch {
        // rolled back already
      }
    }
  }

  awaitingAcks(): readonly { readonly globalId: string; readonly hosts: readonly string[]; readonly ageMs: number }[] {
    return [];
  }
  inDoubt(): readonly { readonly globalId: string; readonly coordinator: string; readonly ageMs: number }[] {
    return [];
  }

  /** a vote on the last work: yes (this minimal TM commits every live part at the end) */
  prepareLast(): Promise<{ vote: number }> {
    return Promise.resolve({ vote: 1 });
  }

  async endReadOnly(globalId: string): Promise<boolean> {
    const p = this.parts.get(globalId);
    if (p === undefined) return true;
    this.parts.delete(globalId);
    await p.txn.commit();
    return true;
  }
}

export class TestHost {
  server: Server | null = null;
  address = '';
  ctx!: DatabaseContext;
  tm!: TestTm;
  constructor(readonly name: string, readonly directory: string, readonly db: Database) {}
}

export class InProcessCluster {
  readonly up = new Map<string, boolean>();
  private readonly listeners = new Set<(host: string, up: boolean) => void>();
  private blackHole: NetServer | null = null;

  /** Membership change, as serverdb reports it (listeners hear it). */
  setUp(host: string, up: boolean): void {
    this.up.set(host, up);
    for (const l of [...this.listeners]) l(host, up);
  }

  /**
   * The host hangs: its address now leads to a socket that accepts and never answers (a
   * stopped process), and it stays in the group until setUp(host, false).
   */
  async hang(name: string): Promise<void> {
    const hole = createNetServer((socket) => socket.on('error', () => undefined));
    await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
    this.blackHole = hole;
    const h = this.host(name);
    h.address = `127.0.0.1:${(hole.address() as AddressInfo).port}`;
  }
  private constructor(readonly root: string, readonly hosts: TestHost[]) {}

  static async start(names: readonly string[] = ['h1', 'h2', 'h3'], database = 'demo'): Promise<InProcessCluster> {
    const root = mkdtempSync(join(tmpdir(), 'dist-cluster-'));
    const hosts: TestHost[] = [];
    for (const name of names) {
      const directory = join(root, name);
      hosts.push(new TestHost(name, directory, await createDatabase(directory, database)));
    }
    const cluster = new InProcessCluster(root, hosts);
    for (const h of hosts) {
      cluster.up.set(h.name, true);
      const server = new Server();
      const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
      h.server = server;
      h.address = `127.0.0.1:${port}`;
    }
    for (const h of hosts) {
      h.tm = new TestTm(cluster, h);
      const directory: HostDirectory = {
        localHost: h.name,
        address: (host) => hosts.find((x) => x.name === host)?.address,
        hosts: () => hosts.map((x) => x.name),
      };
      const state = (host: string): HostState => ({
        host, up: cluster.up.get(host) === true, rttMs: 0, dbname: database, ldb: true, dbupdate: false,
        ldbs: true, cuh: host === h.name, luh: false, lmsh: '', cons: true, waitsys: false,
      });
      const membership: Membership = {
        database,
        localHost: h.name,
        hosts: () => hosts.map((x) => state(x.name)),
        isUp: (host) => cluster.up.get(host) === true,
        liveHosts: () => hosts.filter((x) => cluster.up.get(x.name) === true).map((x) => x.name),
        ready: () => true,
        whenReady: () => Promise.resolve(),
        onChange: (listener) => {
          cluster.listeners.add(listener);
          return () => cluster.listeners.delete(listener);
        },
      };
      h.ctx = { name: database, database: h.db, directory: h.directory, hostDirectory: directory, membership, tm: h.tm };
      registerSlave(h.server as Server, (db) => (db === database ? h.ctx : undefined), h.name);
      // the unary Slave calls travel on the peer link, as between real daemons (src/cli/ingresd.ts)
      registerLink(h.server as Server, unaryLinkHandlers(
        SlaveService, slaveHandlers((db) => (db === database ? h.ctx : undefined), h.name)));
    }
    return cluster;
  }

  host(name: string): TestHost {
    const h = this.hosts.find((x) => x.name === name);
    if (h === undefined) throw new Error(`no host ${name}`);
    return h;
  }

  session(host: string, user: string = DEFAULT_SESSION_OPTIONS.user): QuelSession {
    const h = this.host(host);
    return createSession(h.db, { ...DEFAULT_SESSION_OPTIONS, user }, h.ctx);
  }

  /** The demo relations, catalog entries on every host, tuples only on their owner. */
  async loadDemoSpread(owner: (relation: string, index: number) => string): Promise<Map<string, string>> {
    const relations = readDemoRelations();
    const placement = new Map(relations.map((r, i) => [r.name, owner(r.name, i)] as const));
    for (const h of this.hosts) {
      const tx = h.db.begin(DEFAULT_SESSION_OPTIONS.user);
      await tx.lock([{ name: CATALOG_LOCK, mode: 'X' }, ...relations.map((r) => ({ name: r.name, mode: 'X' as const }))]);
      tx.statement(() => {
        for (const r of relations) {
          const host = placement.get(r.name) as string;
          const desc = tx.createRelation({
            name: r.name, owner: DEFAULT_SESSION_OPTIONS.user, attributes: r.attributes, saveDays: 0, host,
          });
          if (host === h.name) for (const t of r.tuples) tx.insert(desc, t);
        }
      });
      await tx.commit();
    }
    return placement;
  }

  /** SIGKILL stand-in: the host's server stops answering at once and it leaves the group. */
  kill(name: string, leaveGroup = true): void {
    const h = this.host(name);
    h.server?.forceShutdown();
    h.server = null;
    if (leaveGroup) this.up.set(name, false);
  }

  async close(): Promise<void> {
    this.blackHole?.close();
    for (const h of this.hosts) {
      for (const id of [...h.tm.parts.keys()]) await h.tm.abort(id);
      h.server?.forceShutdown();
      await h.db.close().catch(() => undefined);
    }
    closeSlaveClients();
    rmSync(this.root, { recursive: true, force: true });
  }
}
