/*
 * host-directory.ts — the HostDirectory of api.ts over an installation's etc/hosts: which
 * hosts exist and where their daemons listen. Read once at daemon start (etc/hosts only
 * changes with ingres-cluster init).
 */
import type { HostDirectory } from './api.js';
import type { Installation } from '../install/installation.js';

export function hostDirectory(installation: Installation): HostDirectory {
  const addresses = new Map(installation.hosts.map((h) => [h.name, h.address]));
  const names = installation.hosts.map((h) => h.name);
  return {
    localHost: installation.hostname,
    address: (host) => addresses.get(host),
    hosts: () => names,
  };
}
