/*
 * flags.ts — the terminal monitor's command line, INGRES style (QUEL.md §8):
 * `ingres [flags] dbname [process_table]` with `+x` setting and `-x` clearing a flag.
 * Pure: argv in, options out; an unknown flag is 8005, a malformed value 8018, a
 * missing database name 8006.
 */
import { IngresError } from '../common/errors.js';
import { applyFormatFlag, DEFAULT_FORMAT_OPTIONS, type FormatOptions } from '../types/index.js';

export interface MonitorOptions {
  readonly database: string;
  /** -s: print only results and errors (no banner, prompts, Executing/continue) */
  readonly silent: boolean;
  /** ±a: autoclear of the query buffer after \g (default on) */
  readonly autoclear: boolean;
  readonly format: FormatOptions;
  /** -rSTRUCT */
  readonly retrieveIntoStructure: string;
  /** -nSTRUCT */
  readonly indexStructure: string;
  /** -uNAME; null = the login name */
  readonly user: string | null;
}

export const MONITOR_USAGE = 'ingres [flags] dbname';

/** Structures -r and -n accept (modify's names, c = compressed). */
export const STRUCTURE_NAMES: readonly string[] = [
  'heap', 'cheap', 'hash', 'chash', 'isam', 'cisam', 'btree', 'cbtree', 'heapsort', 'cheapsort',
];

function badValue(flag: string, value: string): IngresError {
  return new IngresError(8018, `bad value '${value}' for flag ${flag}`);
}

/** Parse the monitor's arguments (without node and the script path). */
export function parseMonitorArgs(argv: readonly string[]): MonitorOptions {
  let silent = false;
  let autoclear = true;
  let format: FormatOptions = DEFAULT_FORMAT_OPTIONS;
  let retrieveIntoStructure = 'cheapsort';
  let indexStructure = 'isam';
  let user: string | null = null;
  const positionals: string[] = [];
  for (const arg of argv) {
    const sign = arg[0];
    if ((sign !== '-' && sign !== '+') || arg.length < 2) {
      positionals.push(arg);
      continue;
    }
    const letter = arg[1] as string;
    const rest = arg.slice(2);
    const on = sign === '+';
    switch (letter) {
      case 's':
        if (rest !== '') throw new IngresError(8005, `unknown flag '${arg}'`);
        silent = !on;
        break;
      case 'a':
        if (rest !== '') throw new IngresError(8005, `unknown flag '${arg}'`);
        autoclear = on;
        break;
      case 'd': case 'b': case 'w': case 'U':
        // dayfile, batch update, wait-on-lock, update catalogs: accepted, no effect here
        if (rest !== '') throw new IngresError(8005, `unknown flag '${arg}'`);
        break;
      case 'u':
        if (on || rest === '') throw badValue('-u', rest);
        user = rest;
        break;
      case 'r': case 'n': {
        if (on) throw new IngresError(8005, `unknown flag '${arg}'`);
        if (!STRUCTURE_NAMES.includes(rest)) throw badValue(`-${letter}`, rest);
        if (letter === 'r') retrieveIntoStructure = rest;
        else indexStructure = rest;
        break;
      }
      case 'c': case 'i': case 'f': case 'v': {
        if (on) throw new IngresError(8005, `unknown flag '${arg}'`);
        const next = applyFormatFlag(arg.slice(1), format);
        if (next === null) throw badValue(`-${letter}`, rest);
        format = next;
        break;
      }
      default:
        throw new IngresError(8005, `unknown flag '${arg}'`);
    }
  }
  const database = positionals[0];
  if (database === undefined || positionals.length > 2) {
    throw new IngresError(8006, `usage: ${MONITOR_USAGE}`);
  }
  return { database, silent, autoclear, format, retrieveIntoStructure, indexStructure, user };
}
