/*
 * host.ts — every TM of one ingresd: builds the TransactionManagerImpl of each database
 * from its DatabaseContext (serverdb's `makeTm` hook), shares one GrpcTmPeers, and serves
 * ingres.Tm on the daemon's port. Wiring (ingresd.ts): `const tms = new TmHost()`,
 * `new ServerDbHost({ …, makeTm: (c) => tms.makeTm(c) })`, `register: (s) => tms.register(s)`.
 */
import type { Server } from '@grpc/grpc-js';
import type { CatalogApplier, DatabaseContext } from '../cluster/api.js';
import { assert } from '../common/errors.js';
import type { Failpoints } from '../common/failpoints.js';
import type { Logger } from '../net/log.js';
import { DatabaseImpl } from '../storage/database.js';
import { GrpcTmPeers } from './peers.js';
import { registerTmService } from './service.js';
import { TransactionManagerImpl, type TmOptions } from './tm.js';

export interface TmHostOptions {
  readonly failpoints?: Failpoints;
  /** the DB system's UP_SYS applier for a database (or set later with setCatalogApplier) */
  readonly applier?: (context: Omit<DatabaseContext, 'tm'>) => CatalogApplier;
  /** timing overrides (tests) */
  readonly timing?: Pick<TmOptions, 'rpcTimeoutMs' | 'retryMs' | 'askAfterMs' | 'awaitPhaseTwo'>;
  /** the <db>_dbst writer for a database (default: src/serverdb/dbst.ts) */
  readonly writeDbst?: (context: Omit<DatabaseContext, 'tm'>) => TmOptions['writeDbst'];
  /** the daemon's log (what a TM does on its own: in-doubt parts settled, abandoned parts rolled back) */
  readonly log?: Logger;
}

export class TmHost {
  private readonly tms = new Map<string, TransactionManagerImpl>();
  private peers: GrpcTmPeers | null = null;

  constructor(private readonly options: TmHostOptions = {}) {}

  /** The TM of a database; replaces (and closes) an earlier one of the same name. */
  makeTm(context: Omit<DatabaseContext, 'tm'>): TransactionManagerImpl {
    assert(context.database instanceof DatabaseImpl, 'the TM needs the lmdb DatabaseImpl');
    this.peers ??= new GrpcTmPeers(context.hostDirectory);
    this.tms.get(context.name)?.close();
    const applier = this.options.applier?.(context);
    const writeDbst = this.options.writeDbst?.(context);
    const tm = new TransactionManagerImpl({
      database: context.database,
      localHost: context.hostDirectory.localHost,
      membership: context.membership,
      peers: this.peers,
      ...(applier === undefined ? {} : { applyCatalogStatements: applier }),
      ...(writeDbst === undefined ? {} : { writeDbst }),
      ...(this.options.failpoints === undefined ? {} : { failpoints: this.options.failpoints }),
      ...(this.options.log === undefined ? {} : { log: this.options.log }),
      ...abandonedFromEnv(),
      ...this.options.timing,
    });
    this.tms.set(context.name, tm);
    return tm;
  }

  get(database: string): TransactionManagerImpl | undefined {
    return this.tms.get(database);
  }

  /** serve ingres.Tm for every database of this host (before the server binds) */
  register(server: Server): void {
    registerTmService(server, (database) => this.tms.get(database));
  }

  /** the database is going away here (destroydb, shutdown): stop its TM */
  detach(database: string): void {
    this.tms.get(database)?.close();
    this.tms.delete(database);
  }

  /** stop every TM (prepared parts stay in doubt on disk) and the peer channels */
  stop(): void {
    for (const tm of this.tms.values()) tm.close();
    this.tms.clear();
    this.peers?.close();
    this.peers = null;
  }
}

/** INGRES_ABANDONED_AFTER_MS (tests): when an unprepared part is checked with its master */
function abandonedFromEnv(): Pick<TmOptions, 'abandonedAfterMs'> {
  const value = Number(process.env['INGRES_ABANDONED_AFTER_MS']);
  return Number.isFinite(value) && value > 0 ? { abandonedAfterMs: value } : {};
}
