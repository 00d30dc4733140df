/*
 * assembler.test.ts — the client's ResultAssembler over the messages the server makes
 * (resultsToWire): rows kept whole stay within the result budget (the daemon spools a
 * large result, so a client that keeps rows is where 4130 happens now); rows handed to a
 * RunOutput pass whatever their number, in order, with the results in statement order.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IngresError } from '../../../src/common/errors.js';
import type { StatementResult } from '../../../src/dbsys/session-api.js';
import { setResultBytesMax } from '../../../src/executor/result-budget.js';
import { pb, type pbt } from '../../../src/net/gen/index.js';
import { ResultAssembler, resultsToWire } from '../../../src/net/wire.js';
import type { Value } from '../../../src/types/value.js';

const N = 5000;

/** the replies as the client receives them: encoded and decoded by protobufjs */
function* onTheWire(list: readonly StatementResult[]): Generator<pbt.IRunReply> {
  for (const reply of resultsToWire(list)) yield pb.RunReply.decode(pb.RunReply.encode(reply).finish());
}
const rows: Value[][] = Array.from({ length: N }, (_, k) => [k, `name-${k}`]);
const results: StatementResult[] = [
  { kind: 'done', statement: 'Append', tuples: 1 },
  { kind: 'rows', title: null, columns: [{ name: 'a', type: { kind: 'i', length: 4 } }, { name: 's', type: { kind: 'c', length: 12 } }], rows },
  { kind: 'error', error: new IngresError(2109, 'line 1, Variable \'x\' not declared in RANGE statement') },
];
let before: number;

beforeAll(() => {
  before = setResultBytesMax(64 * 1024);
});
afterAll(() => {
  setResultBytesMax(before);
});

describe('ResultAssembler', () => {
  test('rows kept whole past the budget: 4130', () => {
    const assembler = new ResultAssembler();
    let failure: unknown = null;
    try {
      for (const reply of onTheWire(results)) assembler.add(reply);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(IngresError);
    expect((failure as IngresError).code).toBe(4130);
  });

  test('rows handed to an output pass, in order, the results in statement order with the count', () => {
    const seen: string[] = [];
    const got: Value[][] = [];
    const assembler = new ResultAssembler({
      result: (result) => seen.push(result.kind),
      rows: (chunk) => got.push(...chunk.map((row) => [...row])),
    });
    for (const reply of onTheWire(results)) assembler.add(reply);
    const finished = assembler.finish();
    expect(seen).toEqual(['done', 'rows', 'error']);
    expect(got).toEqual(rows);
    expect(finished.map((r) => r.kind)).toEqual(['done', 'rows', 'error']);
    expect(finished[1]).toMatchObject({ kind: 'rows', rows: [], count: N });
  });

  test('below the budget rows are kept as before', () => {
    const small: StatementResult[] = [{ ...results[1], rows: rows.slice(0, 10) } as StatementResult];
    const assembler = new ResultAssembler();
    for (const reply of onTheWire(small)) assembler.add(reply);
    expect(assembler.finish()).toEqual(small);
  });
});
