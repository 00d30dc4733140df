/*
 * gen/index.ts — the typed face of the generated protobuf code: the runtime classes come
 * from ingres-pb.ts (pbjs static code, stored untyped) and their types from
 * ingres-pb-types.d.ts (pbts). Only this file is hand-written in src/net/gen/.
 */
import { ingres as untyped } from './ingres-pb.js';
import type { ingres as typed } from './ingres-pb-types.js';

export const pb = untyped as unknown as typeof typed;
// eslint-disable-next-line @typescript-eslint/no-namespace
export type { ingres as pbt } from './ingres-pb-types.js';
