/*
 * aggregate.ts — aggregate accumulators: count, sum, avg, min, max, any and the `u`
 * variants (duplicate values removed first). One accumulator per partition; integer
 * sums are i4 and overflow is an error (4100); an empty partition yields 0 (blank for
 * characters). The evaluation order of aggregates lives in block-exec.ts.
 */
import { ingresError } from '../common/errors.js';
import { collationKey, compareValues } from '../types/index.js';
import type { QType, Value } from '../types/value.js';
import type { AggFn } from './bound.js';

const I4_MAX = 2147483647;

/** The running state of one aggregate over one partition. */
export class Accumulator {
  count = 0;
  sum = 0;
  best: Value | undefined = undefined;
  readonly distinct: Map<Value, Value> | null;

  constructor(readonly fn: AggFn) {
    this.distinct = fn === 'countu' || fn === 'sumu' || fn === 'avgu' ? new Map() : null;
  }

  add(value: Value): void {
    if (this.distinct !== null) {
      this.distinct.set(collationKey(value), value);
      return;
    }
    this.count++;
    switch (this.fn) {
      case 'sum':
      case 'avg':
        this.sum += value as number;
        break;
      case 'max':
        if (this.best === undefined) this.best = value;
        else if (typeof value === 'number') {
          if (value > (this.best as number)) this.best = value;
        } else if (compareValues(value, this.best) > 0) this.best = value;
        break;
      case 'min':
        if (this.best === undefined) this.best = value;
        else if (typeof value === 'number') {
          if (value < (this.best as number)) this.best = value;
        } else if (compareValues(value, this.best) < 0) this.best = value;
        break;
      default:
        break;
    }
  }

  result(type: QType): Value {
    if (this.distinct !== null) {
      this.count = this.distinct.size;
      this.sum = 0;
      for (const v of this.distinct.values()) this.sum += v as number;
    }
    switch (this.fn) {
      case 'count':
      case 'countu':
        return this.count;
      case 'any':
        return this.count > 0 ? 1 : 0;
      case 'avg':
      case 'avgu':
        return this.count === 0 ? 0 : this.sum / this.count;
      case 'sum':
      case 'sumu':
        return numericResult(this.sum, type);
      case 'max':
      case 'min':
        return this.best ?? emptyValue(type);
    }
  }
}

function numericResult(value: number, type: QType): Value {
  if (type.kind === 'i') {
    if (value > I4_MAX || value < -I4_MAX - 1) throw ingresError(4100);
    return value;
  }
  if (type.kind === 'f' && type.length === 4) return Math.fround(value);
  return value;
}

/** The value of an aggregate over nothing: 0, or blank for characters. */
export function emptyValue(type: QType): Value {
  return type.kind === 'c' ? '' : 0;
}
