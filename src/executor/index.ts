/*
 * executor/ — analysis, planning and execution of QUEL statements against one storage
 * Transaction. The session (dbsys/) calls prepareStatement, locks what the prepared
 * statement names, then runs it. Range, begin/end transaction and abort are session
 * statements and never reach here.
 */
import type * as ast from '../parser/ast.js';
import { ingresError } from '../common/errors.js';
import { prepareAppend, prepareDelete, prepareReplace, prepareRetrieve } from './dml.js';
import {
  prepareCopy,
  prepareCreate,
  prepareDestroy,
  prepareIndex,
  prepareModify,
  preparePrint,
  prepareSave,
} from './ddl.js';
import { prepareHelp } from './help.js';
import {
  prepareDefineIntegrity,
  prepareDefinePermit,
  prepareDefineView,
  prepareDestroyObjects,
} from './qrymod.js';
import type { PreparedStatement, StatementEnv } from './env.js';

export type { PreparedStatement, StatementEnv } from './env.js';
export type { Scope, ScopeEntry } from './analyzer.js';
export { lookupRelation } from './analyzer.js';
export type { PlanTrace } from './block-exec.js';
export { endCancelled, RunControl, UNCONTROLLED } from './run-control.js';
export { validateStructure } from './ddl.js';
export { prepareAggregate } from './dml.js';
export { aggregateFromRows } from './block-exec.js';
export type { GivenAggregates } from './env.js';

/** Analyze one statement (throws IngresError) and return what it locks and how it runs. */
export function prepareStatement(env: StatementEnv, stmt: ast.Statement): PreparedStatement {
  switch (stmt.kind) {
    case 'Retrieve':
      return prepareRetrieve(env, stmt);
    case 'Append':
      return prepareAppend(env, stmt);
    case 'Replace':
      return prepareReplace(env, stmt);
    case 'Delete':
      return prepareDelete(env, stmt);
    case 'Create':
      return prepareCreate(env, stmt);
    case 'Destroy':
      return prepareDestroy(env, stmt);
    case 'DestroyPermit':
    case 'DestroyIntegrity':
      return prepareDestroyObjects(env, stmt);
    case 'Print':
      return preparePrint(env, stmt);
    case 'Help':
      return prepareHelp(env, stmt);
    case 'Index':
      return prepareIndex(env, stmt);
    case 'Modify':
      return prepareModify(env, stmt);
    case 'Copy':
      return prepareCopy(env, stmt);
    case 'Save':
      return prepareSave(env, stmt);
    case 'DefineView':
      return prepareDefineView(env, stmt);
    case 'DefinePermit':
      return prepareDefinePermit(env, stmt);
    case 'DefineIntegrity':
      return prepareDefineIntegrity(env, stmt);
    case 'Range':
    case 'BeginTransaction':
    case 'EndTransaction':
    case 'Abort':
      throw ingresError(9000, `${stmt.kind} is a session statement`);
  }
}
