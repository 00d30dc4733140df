/*
 * ast.ts — the QUEL abstract syntax tree: immutable data with a string `kind`.
 * The contract between grammar/ (which builds it from text) and the analyzer/executor
 * (which checks and runs it). Names (relations, variables, attributes, functions) are
 * already folded to lower case; string constants keep their text with escapes resolved
 * except `\` before a pattern character, which is kept so the matcher sees it.
 */

/** Where a node starts in the query buffer (1-based). */
export interface Pos {
  readonly line: number;
  readonly column: number;
}

// ---------------------------------------------------------------- expressions

/**
 * Integer constants: value ≤ 32767 → i2, ≤ 2^31-1 → i4, larger → f8 (INGRES scanner).
 * Float constants are always f8. A leading '-' is a Unary node, not part of the constant.
 */
export interface IntConst { readonly kind: 'IntConst'; readonly value: number; readonly pos: Pos }
export interface FloatConst { readonly kind: 'FloatConst'; readonly value: number; readonly pos: Pos }
export interface StringConst { readonly kind: 'StringConst'; readonly value: string; readonly pos: Pos }
/** `dba`, `usercode`: names used as values. Others → error 2134 in the analyzer. */
export interface SpecialConst { readonly kind: 'SpecialConst'; readonly name: string; readonly pos: Pos }
/** `var.dom` */
export interface AttrRef {
  readonly kind: 'AttrRef';
  readonly variable: string;
  readonly attribute: string;
  readonly pos: Pos;
}
export interface Unary {
  readonly kind: 'Unary';
  readonly op: '+' | '-';
  readonly operand: Expr;
  readonly pos: Pos;
}
export type ArithOp = '+' | '-' | '*' | '/' | '**';
export interface Binary {
  readonly kind: 'Binary';
  readonly op: ArithOp;
  readonly left: Expr;
  readonly right: Expr;
  readonly pos: Pos;
}
/** Scalar functions: abs ascii atan cos exp gamma log sin sqrt int1 int2 int4 float4 float8 (one arg), mod concat (two). */
export interface Call {
  readonly kind: 'Call';
  readonly fn: string;
  readonly args: readonly Expr[];
  readonly pos: Pos;
}
export type AggregateFn = 'count' | 'countu' | 'sum' | 'sumu' | 'avg' | 'avgu' | 'max' | 'min' | 'any';
/** `agg(expr [by e1, e2 …] [where qual])`; `by` empty = simple aggregate. */
export interface Aggregate {
  readonly kind: 'Aggregate';
  readonly fn: AggregateFn;
  readonly arg: Expr;
  readonly by: readonly Expr[];
  readonly where: Expr | null;
  /** commercial Ingres `only where`: partitions with no qualifying tuple are dropped */
  readonly onlyWhere: boolean;
  readonly pos: Pos;
}
export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
/** One comparison (non-associative): `a < b`. `is` is parsed as `=`. */
export interface Compare {
  readonly kind: 'Compare';
  readonly op: CompareOp;
  readonly left: Expr;
  readonly right: Expr;
  readonly pos: Pos;
}
export interface Not { readonly kind: 'Not'; readonly operand: Expr; readonly pos: Pos }
/** `and` and `or` have EQUAL precedence and group left to right (INGRES grammar). */
export interface Logical {
  readonly kind: 'Logical';
  readonly op: 'and' | 'or';
  readonly left: Expr;
  readonly right: Expr;
  readonly pos: Pos;
}

/**
 * One union for value expressions and qualifications; the parser accepts both wherever
 * the grammar allows parentheses to be ambiguous, and the analyzer checks that a
 * qualification is boolean (Compare/Not/Logical) and a value is not (error 2138).
 */
export type Expr =
  | IntConst
  | FloatConst
  | StringConst
  | SpecialConst
  | AttrRef
  | Unary
  | Binary
  | Call
  | Aggregate
  | Compare
  | Not
  | Logical;

// ---------------------------------------------------------------- target lists

/** `name = expr` / `name is expr` / `name by expr`, or a bare `var.dom` (name = null → dom). */
export interface TargetExpr {
  readonly kind: 'TargetExpr';
  readonly name: string | null;
  readonly expr: Expr;
  readonly pos: Pos;
}
/** `var.all` */
export interface TargetAll { readonly kind: 'TargetAll'; readonly variable: string; readonly pos: Pos }
export type TargetElem = TargetExpr | TargetAll;

export type SortOrder = 'ascending' | 'descending';
export interface SortKey { readonly name: string; readonly order: SortOrder; readonly pos: Pos }

// ---------------------------------------------------------------- statements

export interface RangeStmt {
  readonly kind: 'Range';
  /** `range of a is t1, b is t2` (commercial Ingres allows several) */
  readonly bindings: readonly { readonly variable: string; readonly relation: string; readonly pos: Pos }[];
  readonly pos: Pos;
}
export interface RetrieveStmt {
  readonly kind: 'Retrieve';
  readonly into: string | null;
  readonly unique: boolean;
  readonly targets: readonly TargetElem[];
  readonly where: Expr | null;
  /** `sort by k[:ascending|:descending] {, k}` (also `order by`); empty when absent */
  readonly sortBy: readonly SortKey[];
  readonly pos: Pos;
}
export interface AppendStmt {
  readonly kind: 'Append';
  readonly relation: string;
  readonly targets: readonly TargetElem[];
  readonly where: Expr | null;
  readonly pos: Pos;
}
export interface ReplaceStmt {
  readonly kind: 'Replace';
  readonly variable: string;
  readonly targets: readonly TargetElem[];
  readonly where: Expr | null;
  readonly pos: Pos;
}
export interface DeleteStmt {
  readonly kind: 'Delete';
  readonly variable: string;
  readonly where: Expr | null;
  readonly pos: Pos;
}
export interface AttributeDef {
  readonly name: string;
  /** format text as written, lower case: i1 i2 i4 f4 f8 c1..c255 (validated by the analyzer) */
  readonly format: string;
  readonly pos: Pos;
}
export interface CreateStmt {
  readonly kind: 'Create';
  readonly relation: string;
  readonly attributes: readonly AttributeDef[];
  /** placement clause `create r (...) at HOST` (multi-host); null = the user host */
  readonly placement: string | null;
  readonly pos: Pos;
}
export interface DestroyStmt { readonly kind: 'Destroy'; readonly relations: readonly string[]; readonly pos: Pos }
export interface DestroyPermitStmt {
  readonly kind: 'DestroyPermit';
  readonly relation: string;
  readonly ids: readonly number[] | 'all';
  readonly pos: Pos;
}
export interface DestroyIntegrityStmt {
  readonly kind: 'DestroyIntegrity';
  readonly relation: string;
  readonly ids: readonly number[] | 'all';
  readonly pos: Pos;
}
export interface PrintStmt { readonly kind: 'Print'; readonly relations: readonly string[]; readonly pos: Pos }
/**
 * `help` → mode 'list'; `help all` → 'all'; `help r1, "section"` → 'relations' with names
 * (a quoted name is a section: `""` = table of contents); `help view|permit|integrity r…`.
 */
export interface HelpStmt {
  readonly kind: 'Help';
  readonly mode: 'list' | 'all' | 'relations' | 'view' | 'permit' | 'integrity';
  readonly names: readonly { readonly name: string; readonly section: boolean }[];
  readonly pos: Pos;
}
export interface IndexStmt {
  readonly kind: 'Index';
  readonly relation: string;
  readonly name: string;
  readonly attributes: readonly string[];
  readonly pos: Pos;
}
export type StructureName =
  | 'heap' | 'cheap' | 'hash' | 'chash' | 'isam' | 'cisam' | 'btree' | 'cbtree'
  | 'heapsort' | 'cheapsort' | 'truncated';
export interface ModifyStmt {
  readonly kind: 'Modify';
  readonly relation: string;
  /** as written, lower case; the analyzer validates it against StructureName (5502) */
  readonly structure: string;
  readonly keys: readonly { readonly name: string; readonly order: SortOrder | null; readonly pos: Pos }[];
  /** `where fillfactor = 50, minpages = 10, maxpages = 100` */
  readonly options: readonly { readonly name: string; readonly value: number; readonly pos: Pos }[];
  readonly pos: Pos;
}
export interface CopyDomain {
  readonly name: string;
  /** format text as written, lower case: i1 i2 i4 f4 f8 cN c0 c0DELIM dN d0DELIM */
  readonly format: string;
  readonly pos: Pos;
}
export interface CopyStmt {
  readonly kind: 'Copy';
  readonly relation: string;
  readonly domains: readonly CopyDomain[];
  readonly direction: 'into' | 'from';
  readonly file: string;
  readonly pos: Pos;
}
export interface SaveStmt {
  readonly kind: 'Save';
  readonly relation: string;
  /** null = `save REL` without date (Berkeley 8.x): keep forever */
  readonly until: { readonly month: number; readonly day: number; readonly year: number } | null;
  readonly pos: Pos;
}
export interface DefineViewStmt {
  readonly kind: 'DefineView';
  readonly name: string;
  readonly targets: readonly TargetElem[];
  readonly where: Expr | null;
  /** the statement's source text, stored in the catalog */
  readonly text: string;
  readonly pos: Pos;
}
export type PermitOp = 'retrieve' | 'append' | 'replace' | 'delete' | 'all';
export interface DefinePermitStmt {
  readonly kind: 'DefinePermit';
  readonly ops: readonly PermitOp[];
  readonly variable: string;
  readonly domains: readonly string[];
  /** user name, or 'all' */
  readonly user: string;
  readonly terminal: string;
  readonly timeFrom: string | null;
  readonly timeTo: string | null;
  readonly dayFrom: string | null;
  readonly dayTo: string | null;
  readonly where: Expr | null;
  readonly text: string;
  readonly pos: Pos;
}
export interface DefineIntegrityStmt {
  readonly kind: 'DefineIntegrity';
  readonly variable: string;
  readonly where: Expr;
  readonly text: string;
  readonly pos: Pos;
}
export interface BeginTransactionStmt { readonly kind: 'BeginTransaction'; readonly pos: Pos }
export interface EndTransactionStmt { readonly kind: 'EndTransaction'; readonly pos: Pos }
export interface AbortStmt { readonly kind: 'Abort'; readonly pos: Pos }

export type Statement =
  | RangeStmt
  | RetrieveStmt
  | AppendStmt
  | ReplaceStmt
  | DeleteStmt
  | CreateStmt
  | DestroyStmt
  | DestroyPermitStmt
  | DestroyIntegrityStmt
  | PrintStmt
  | HelpStmt
  | IndexStmt
  | ModifyStmt
  | CopyStmt
  | SaveStmt
  | DefineViewStmt
  | DefinePermitStmt
  | DefineIntegrityStmt
  | BeginTransactionStmt
  | EndTransactionStmt
  | AbortStmt;

export type StatementKind = Statement['kind'];
