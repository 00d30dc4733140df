/*
 * failpoints.ts — named crash points for fault tests. INGRES_FAILPOINTS lists
 * `name=action` pairs separated by commas; actions: `crash` (SIGKILL this process at that
 * point, as a power cut would), `error` (throw IngresError 6010), `delay:MS` (wait MS ms),
 * each optionally suffixed `@N` to fire only on the N-th hit. Code marks a point with
 * `await failpoint('tm.coord.after-decision')`; unset points cost one map lookup.
 */
import { IngresError } from './errors.js';

export type FailAction =
  | { readonly kind: 'crash' }
  | { readonly kind: 'error' }
  | { readonly kind: 'delay'; readonly ms: number };

interface Armed {
  readonly action: FailAction;
  /** fire only on this hit (1-based); 0 = every hit */
  readonly onHit: number;
  hits: number;
}

/** Parse `a=crash,b=delay:50,c=error@2`; throws on a malformed entry. */
export function parseFailpoints(spec: string): Map<string, Armed> {
  const out = new Map<string, Armed>();
  for (const raw of spec.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const match = /^([\w.-]+)=(crash|error|delay:(\d+))(?:@(\d+))?$/.exec(entry);
    if (match === null) throw new Error(`INGRES_FAILPOINTS: bad entry '${entry}' (name=crash|error|delay:MS[@N])`);
    const [, name, kind, ms, nth] = match;
    const action: FailAction = kind === 'crash' ? { kind: 'crash' } : kind === 'error' ? { kind: 'error' } : { kind: 'delay', ms: Number(ms) };
    out.set(name as string, { action, onHit: nth === undefined ? 0 : Number(nth), hits: 0 });
  }
  return out;
}

/**
 * A set of armed failpoints. The process-wide one reads INGRES_FAILPOINTS; in-process tests
 * build their own with an `onCrash` that throws instead of killing the test runner.
 */
export class Failpoints {
  private armed: Map<string, Armed>;

  /** `onCrash` runs for `crash`; in-process tests return a promise that never settles
   *  (the "dead" code path simply stops) after tearing their simulated host down. */
  constructor(spec = '', private readonly onCrash: (name: string) => Promise<void> = crashProcess) {
    this.armed = parseFailpoints(spec);
  }

  /** replace the armed set (tests) */
  set(spec: string): void {
    this.armed = parseFailpoints(spec);
  }

  /** Mark point `name`; resolves at once (or after the delay) unless it crashes or throws. */
  hit(name: string): Promise<void> | undefined {
    if (this.armed.size === 0) return undefined;
    const armed = this.armed.get(name);
    if (armed === undefined) return undefined;
    armed.hits++;
    if (armed.onHit !== 0 && armed.hits !== armed.onHit) return undefined;
    switch (armed.action.kind) {
      case 'crash':
        return this.onCrash(name);
      case 'error':
        throw new IngresError(6010, `failpoint ${name} fired`, { detail: 'INGRES_FAILPOINTS asked for an error here' });
      case 'delay': {
        const ms = armed.action.ms;
        return new Promise((resolve) => setTimeout(resolve, ms));
      }
    }
  }
}

function crashProcess(name: string): Promise<void> {
  process.stderr.write(`failpoint ${name}: crash (SIGKILL)\n`);
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL is delivered before this line runs; never return to the caller regardless
  throw new Error(`failpoint ${name}: process survived SIGKILL`);
}

/** The process-wide failpoints, from INGRES_FAILPOINTS. */
export const failpoints = new Failpoints(process.env['INGRES_FAILPOINTS'] ?? '');

/** `await failpoint('tm.coord.after-decision')` */
export function failpoint(name: string): Promise<void> | undefined {
  return failpoints.hit(name);
}
