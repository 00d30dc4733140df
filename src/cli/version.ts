/*
 * version.ts — the version string the monitor's banner and the daemon report.
 * INGRES printed "INGRES version 6.3/-1"; ours keeps the language level (6.3) and adds
 * the package version after the slash.
 */
export const VERSION = '6.3/ts-0.1.0';
