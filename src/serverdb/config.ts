/*
 * config.ts — the one object holding serverdb's timings (DISTRIBUTED.md decision 8):
 * heartbeat period, the silence after which a host leaves the group, the deadline of one
 * rise/heartbeat call, how often a waiting host retries, and how long a booting host waits
 * for silent hosts before it vouches without them. Tests may shorten them with
 * the environment variables INGRES_HEARTBEAT_MS and INGRES_HOST_TIMEOUT_MS.
 */

export interface ServerDbConfig {
  /** a heartbeat to every host of <db>_host this often */
  readonly heartbeatMs: number;
  /** a host silent this long leaves the group */
  readonly hostTimeoutMs: number;
  /** deadline of one rise / heartbeat / command call */
  readonly callTimeoutMs: number;
  /** a host waiting for a vouching host (waitsys) asks again this often */
  readonly waitRetryMs: number;
  /**
   * rewrite the dbstate relation at most this often for round-trip changes alone (each
   * rewrite is a durable commit and, on an idle host, a checkpoint: every second was three
   * disk flushes a second on a cluster doing nothing)
   */
  readonly dbstateRefreshMs: number;
  /**
   * a booting host ready on its own <db>_dbst waits this long for hosts of <db>_host that
   * have not answered (one booted with it may hold a newer catalog): the host timeout,
   * after which a silent host is out anyway, at most BOOT_GRACE_MAX_MS
   */
  readonly bootGraceMs: number;
}

export const BOOT_GRACE_MAX_MS = 5000;

function fromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Defaults (DISTRIBUTED.md: heartbeat 200 ms, host timeout 1500 ms). */
export function serverDbConfig(overrides: Partial<ServerDbConfig> = {}): ServerDbConfig {
  const heartbeatMs = fromEnv('INGRES_HEARTBEAT_MS', 200);
  const hostTimeoutMs = fromEnv('INGRES_HOST_TIMEOUT_MS', 1500);
  return {
    heartbeatMs,
    hostTimeoutMs,
    callTimeoutMs: Math.max(200, Math.min(hostTimeoutMs, 1000)),
    waitRetryMs: Math.max(100, heartbeatMs),
    dbstateRefreshMs: 30_000,
    bootGraceMs: Math.min(hostTimeoutMs, BOOT_GRACE_MAX_MS),
    ...overrides,
  };
}
