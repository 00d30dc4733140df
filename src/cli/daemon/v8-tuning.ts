/*
 * v8-tuning.ts — V8 flags of a long-running daemon, set before anything else of it runs
 * (ingresd imports this module first). A request runs each function of its path once, so
 * with V8's default budgets the path reached optimised code only after ~1,500 requests
 * (a one-tuple retrieve over gRPC took 0.8 ms at first, 0.3 ms after 1,500); with these
 * it is there after ~300 (0.2 ms). Measured with scratch runs of the Wisconsin select1.
 */
import { setFlagsFromString } from 'node:v8';

/** bytecode budget between tier-up checks (V8 default 67584), and the invocations to wait
 *  after a type-feedback change before optimising (default 500) */
export const DAEMON_V8_FLAGS = ['--interrupt-budget=8192', '--minimum-invocations-after-ic-update=50'];

for (const flag of DAEMON_V8_FLAGS) setFlagsFromString(flag);
