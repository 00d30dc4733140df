/*
 * range-table.ts — the session's range variables: `range of v is r` persists for the
 * session, a new declaration rebinds, at most 10 live variables (the 11th evicts the
 * least recently used), and destroying a relation drops the variables over it — until
 * that destroy is rolled back (a failed statement, `abort`): then they come back.
 */
import { ingresError } from '../common/errors.js';
import type { Transaction } from '../storage/api.js';
import { lookupRelation } from '../executor/index.js';
import type { Scope, ScopeEntry } from '../executor/index.js';

export const RANGE_VARIABLES_MAX = 10;

export class RangeTable {
  /** variable → relation name; Map order = least recently used first */
  private readonly entries = new Map<string, string>();

  declare(variable: string, relation: string): void {
    this.entries.delete(variable);
    if (this.entries.size >= RANGE_VARIABLES_MAX) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(variable, relation);
  }

  relationOf(variable: string): string | undefined {
    const relation = this.entries.get(variable);
    if (relation !== undefined) {
      this.entries.delete(variable);
      this.entries.set(variable, relation);
    }
    return relation;
  }

  /** variables dropped by destroys not yet committed, oldest first */
  private readonly dropped: { readonly variable: string; readonly relation: string }[] = [];

  dropRelation(relation: string): void {
    for (const [variable, name] of [...this.entries]) {
      if (name !== relation) continue;
      this.entries.delete(variable);
      this.dropped.push({ variable, relation });
    }
  }

  /** where the drops of the statement about to run begin (for `rollBack`) */
  mark(): number {
    return this.dropped.length;
  }

  /** the drops so far committed: they stay */
  settle(): void {
    this.dropped.length = 0;
  }

  /** the drops after `mark` rolled back: their variables return, unless declared again since */
  rollBack(mark = 0): void {
    for (const { variable, relation } of this.dropped.splice(mark).reverse()) {
      if (!this.entries.has(variable)) this.declare(variable, relation);
    }
  }

  variables(): ReadonlyMap<string, string> {
    return this.entries;
  }

  /** This table as an analyzer scope over one transaction. */
  scope(txn: Transaction): Scope {
    return {
      id: '$session',
      resolve: (variable: string, line: number): ScopeEntry => {
        const relation = this.relationOf(variable);
        if (relation === undefined) throw ingresError(2109, line, variable);
        const entry = lookupRelation(txn, relation);
        if (entry === undefined) throw ingresError(2106, line, relation);
        return entry;
      },
    };
  }
}
