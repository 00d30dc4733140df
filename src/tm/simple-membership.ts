/*
 * simple-membership.ts — a small real Membership for the TM's tests and tools while
 * src/serverdb builds the full one: the hosts of etc/<db>_host (or a given list), each up
 * until marked down; `markUp`/`markDown` notify listeners. No heartbeats of its own.
 */
import type { HostState, Membership } from '../cluster/api.js';
import { databaseHosts } from '../install/installation.js';

export class SimpleMembership implements Membership {
  private readonly up = new Map<string, boolean>();
  private readonly listeners = new Set<(host: string, up: boolean) => void>();

  constructor(readonly database: string, readonly localHost: string, hosts: readonly string[]) {
    for (const host of hosts) this.up.set(host, true);
    this.up.set(localHost, true);
  }

  /** the hosts of `<root>/etc/<database>_host` */
  static fromInstallation(root: string, database: string, localHost: string): SimpleMembership {
    return new SimpleMembership(database, localHost, databaseHosts(root, database));
  }

  hosts(): readonly HostState[] {
    return [...this.up].map(([host, up]) => ({
      host, up, rttMs: null, dbname: this.database, ldb: true, dbupdate: false, ldbs: up,
      cuh: false, luh: false, lmsh: '', cons: true, waitsys: false,
    }));
  }

  isUp(host: string): boolean {
    return this.up.get(host) === true;
  }

  liveHosts(): readonly string[] {
    return [...this.up].filter(([, up]) => up).map(([host]) => host);
  }

  ready(): boolean {
    return true;
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  onChange(listener: (host: string, up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  markDown(host: string): void {
    this.set(host, false);
  }

  markUp(host: string): void {
    this.set(host, true);
  }

  private set(host: string, up: boolean): void {
    if (this.up.get(host) === up) return;
    this.up.set(host, up);
    for (const listener of this.listeners) listener(host, up);
  }
}
