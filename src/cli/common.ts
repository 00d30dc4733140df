/*
 * common.ts — what every program of bin/ shares: the main wrapper that turns any failure
 * into `NNNN: message` on stderr and a non-zero exit status (never a stack trace), flag
 * parsing helpers for INGRES-style flags, and the way to reach this host's daemon.
 */
import { IngresError, toIngresError } from '../common/errors.js';
import { ensureDaemon } from '../install/daemon-control.js';
import { existsSync } from 'node:fs';
import {
  ensureInstallation, isInstallation, paths, readInstallation, resolveIISystem, type Installation,
} from '../install/installation.js';
import { HostClient } from '../net/client.js';

/** Exit status: 0 ok, 1 error, 2 usage error (8005 unknown flag, 8006 usage). */
export function exitStatusOf(error: IngresError): number {
  return error.code === 8005 || error.code === 8006 || error.code === 8018 ? 2 : 1;
}

/** Run a program's main; prints its IngresError and exits non-zero on failure. */
export function runMain(program: string, main: () => Promise<number | void>, options: { daemon?: boolean } = {}): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // a daemon's output is log/ingresd.out: a write that fails there (a full disk) must
      // not end it — what it says matters less than serving
      if (options.daemon === true) return;
      // a reader that went away (`ingres -s demo < q | head`) ends us quietly, like SIGPIPE
      process.exit(error.code === 'EPIPE' ? 0 : 1);
    });
  }
  if (options.daemon !== true) {
    // last resort: a bug still prints a numbered line, never a stack trace
    process.on('uncaughtException', (error) => {
      try {
        process.stderr.write(`${toIngresError(error).format()}\n`);
        if (process.env['INGRES_DEBUG']) process.stderr.write(`${String(error.stack)}\n`);
      } finally {
        process.exit(1);
      }
    });
  }
  main()
    .then((status) => {
      process.exitCode = status ?? 0;
    })
    .catch((error: unknown) => {
      const ingres = toIngresError(error);
      process.stderr.write(`${ingres.format()}\n`);
      if (ingres.code === 9000 && process.env['INGRES_DEBUG']) process.stderr.write(`${String((error as Error).stack)}\n`);
      process.exitCode = exitStatusOf(ingres);
    })
    .finally(() => {
      // let stdout drain, then leave even if a gRPC channel still holds the event loop
      setImmediate(() => process.stdout.write('', () => process.exit()));
    });
}

export function usageError(usage: string): IngresError {
  return new IngresError(8006, `usage: ${usage}`);
}

export function unknownFlag(flag: string): IngresError {
  return new IngresError(8005, `unknown flag '${flag}'`);
}

/** The user name sessions and utilities act as. */
export function currentUser(): string {
  return process.env['USER'] ?? process.env['LOGNAME'] ?? 'ingres';
}

/**
 * This host's installation. With `create` it is made as a one-host installation if
 * missing (creatdb, demodb); otherwise a missing one means `database` does not exist.
 */
export async function hostInstallation(create: boolean, database?: string): Promise<Installation> {
  const root = resolveIISystem();
  if (create) return ensureInstallation(root);
  if (!isInstallation(root)) {
    // etc/hostname marks an installation; without it, but with its other parts, it is damaged
    if (existsSync(paths.hostsFile(root)) || existsSync(paths.dblistFile(root))) {
      throw new IngresError(8004, `cannot use II_SYSTEM ${root}: ${paths.hostnameFile(root)} is missing (the installation is damaged)`, {
        hint: 'Write this host\'s name (as etc/hosts lists it) into etc/hostname; the databases are untouched.',
      });
    }
    const hint = `II_SYSTEM (${root}) is not an INGRES installation yet; creatdb makes one.`;
    if (database !== undefined) throw new IngresError(8001, `database '${database}' does not exist`, { hint });
    throw new IngresError(8004, `cannot use II_SYSTEM ${root}: not an INGRES installation`, { hint });
  }
  return readInstallation(root);
}

/** A client of this host's daemon, started first if it is not running. */
export async function connectDaemon(installation: Installation): Promise<HostClient> {
  await ensureDaemon(installation);
  return new HostClient(installation.address, installation.hostname);
}
