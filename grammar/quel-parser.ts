/*
 * quel-parser.ts — the QUEL grammar as a chevrotain EmbeddedActionsParser that builds the
 * AST of src/parser/ast.ts while it parses (no CST). Statements follow QUEL.md §7 plus the
 * commercial-Ingres additions (sort by, transactions) and the `at HOST` placement clause on
 * create. Expression precedence (QUEL.md §4), low → high: and = or (left) < not <
 * comparison (one, non-associative) < + - < * / < ** (left) < unary + -.
 */
import { EmbeddedActionsParser } from './chevrotain.js';
import type { IOrAlt, IToken } from 'chevrotain';
import type * as A from '../src/parser/ast.js';
import { QUEL_ERROR_MESSAGES, syntaxError, tokenShown } from '../src/parser/diagnostics.js';
import {
  formatOf, monthOf, nameOf, numberOf, posOf, sortOrderOf, timeOf,
} from '../src/parser/to-ast.js';
import * as T from './tokens.js';

type Mutable<X> = { -readonly [K in keyof X]: X[K] };
type HelpName = { readonly name: string; readonly section: boolean };
type IdList = readonly number[] | 'all';
type ModKey = A.ModifyStmt['keys'][number];
type ModOption = A.ModifyStmt['options'][number];
type Binding = A.RangeStmt['bindings'][number];
/** what follows a target element's first NAME */
type TargetRest = { readonly all: true } | { readonly attribute: IToken } | { readonly expr: A.Expr };

const ARITH_OPS: Readonly<Record<string, A.ArithOp>> = {
  '+': '+', '-': '-', '*': '*', '/': '/', '**': '**',
};
const COMPARE_OPS: Readonly<Record<string, A.CompareOp>> = {
  '=': '=', is: '=', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=',
};

/*
 * Rules on the path of every statement keep their OR alternatives in fields, built once,
 * instead of an array literal per call (chevrotain's "caching arrays of alternatives"): a
 * literal is an array, an object and a closure per alternative at every expression level,
 * and the parser made a third of a daemon's garbage under TPC-B. Only alternatives that
 * capture nothing of the call can be shared.
 */
export class QuelParser extends EmbeddedActionsParser {
  /** the text being parsed, for the `text` of define statements */
  source = '';

  constructor() {
    super(T.ALL_TOKENS, {
      recoveryEnabled: false,
      maxLookahead: 3,
      errorMessageProvider: QUEL_ERROR_MESSAGES,
    });
    this.performSelfAnalysis();
  }

  /** Throw the 2500 error for a token the grammar took but the action rejects. */
  private reject(token: IToken, expected: string): never {
    throw syntaxError(token.startLine ?? 1, tokenShown(token), expected);
  }

  /** The slice of the source from `start` to the last consumed token. */
  private textFrom(start: IToken): string {
    const last = this.LA(0);
    return this.source.slice(start.startOffset, (last.endOffset ?? start.startOffset) + 1);
  }

  // ============================================================== statements

  statements = this.RULE('statements', (): A.Statement[] => {
    const out: A.Statement[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { out.push(this.SUBRULE(this.statement)); } },
        { ALT: () => { this.CONSUME(T.Semicolon); } },
      ]);
    });
    return out;
  });

  private readonly statementAlts: IOrAlt<A.Statement>[] = [
      { ALT: () => this.SUBRULE(this.rangeStmt) },
      { ALT: () => this.SUBRULE(this.retrieveStmt) },
      { ALT: () => this.SUBRULE(this.appendStmt) },
      { ALT: () => this.SUBRULE(this.replaceStmt) },
      { ALT: () => this.SUBRULE(this.deleteStmt) },
      { ALT: () => this.SUBRULE(this.createStmt) },
      { ALT: () => this.SUBRULE(this.destroyStmt) },
      { ALT: () => this.SUBRULE(this.printStmt) },
      { ALT: () => this.SUBRULE(this.helpStmt) },
      { ALT: () => this.SUBRULE(this.indexStmt) },
      { ALT: () => this.SUBRULE(this.modifyStmt) },
      { ALT: () => this.SUBRULE(this.copyStmt) },
      { ALT: () => this.SUBRULE(this.saveStmt) },
      { ALT: () => this.SUBRULE(this.defineStmt) },
      { ALT: () => this.SUBRULE(this.beginStmt) },
      { ALT: () => this.SUBRULE(this.endStmt) },
      { ALT: () => this.SUBRULE(this.abortStmt) },
  ];

  statement = this.RULE('statement', (): A.Statement => this.OR(this.statementAlts));

  /** range of VAR is REL {, VAR is REL} */
  rangeStmt = this.RULE('rangeStmt', (): A.RangeStmt => {
    const start = this.CONSUME(T.Range);
    this.CONSUME(T.Of);
    const bindings: Binding[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const v = this.CONSUME(T.Name);
        this.CONSUME(T.Eq);
        const r = this.CONSUME2(T.Name);
        bindings.push({ variable: nameOf(v), relation: nameOf(r), pos: posOf(v) });
      },
    });
    return { kind: 'Range', bindings, pos: posOf(start) };
  });

  /**
   * retrieve [unique] [[into|to] REL] [unique] TLIST [where QUAL]
   *          [sort [by] | order by  KEY[:ORDER] {, KEY[:ORDER]}]
   */
  retrieveStmt = this.RULE('retrieveStmt', (): A.RetrieveStmt => {
    const start = this.CONSUME(T.Retrieve);
    let unique = false;
    let into: string | null = null;
    this.OPTION(() => { this.CONSUME(T.Unique); unique = true; });
    this.OPTION2(() => {
      this.OPTION3(() => {
        this.OR([{ ALT: () => this.CONSUME(T.Into) }, { ALT: () => this.CONSUME(T.To) }]);
      });
      into = nameOf(this.CONSUME(T.Name));
    });
    this.OPTION4(() => { this.CONSUME2(T.Unique); unique = true; });
    const targets = this.SUBRULE(this.targetList);
    const where = this.OPTION5(() => this.SUBRULE(this.whereClause)) ?? null;
    const sortBy = this.OPTION6(() => this.SUBRULE(this.sortClause)) ?? [];
    return { kind: 'Retrieve', into, unique, targets, where, sortBy, pos: posOf(start) };
  });

  /** sort [by] KEY {, KEY}  |  order by KEY {, KEY} */
  sortClause = this.RULE('sortClause', (): A.SortKey[] => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Sort); this.OPTION(() => this.CONSUME(T.By)); } },
      { ALT: () => { this.CONSUME(T.Order); this.CONSUME2(T.By); } },
    ]);
    const keys: A.SortKey[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const k = this.SUBRULE(this.sortKey);
        keys.push({ name: k.name, order: k.order ?? 'ascending', pos: k.pos });
      },
    });
    return keys;
  });

  /** NAME [. NAME] [: ORDER] — `v.dom` sorts on result domain `dom` */
  sortKey = this.RULE('sortKey', (): ModKey => {
    const first = this.CONSUME(T.Name);
    let name = nameOf(first);
    this.OPTION(() => {
      this.CONSUME(T.Dot);
      name = nameOf(this.CONSUME2(T.Name));
    });
    const order = this.OPTION2(() => this.SUBRULE(this.orderSuffix)) ?? null;
    return { name, order, pos: posOf(first) };
  });

  /** : ascending|asc|a|descending|desc|d */
  orderSuffix = this.RULE('orderSuffix', (): A.SortOrder => {
    this.CONSUME(T.Colon);
    const word = this.CONSUME(T.Name);
    return this.ACTION(() => {
      const order = sortOrderOf(nameOf(word));
      if (order === null) this.reject(word, 'ascending, descending, asc, desc, a or d');
      return order;
    });
  });

  /** append [to|into|onto|on] REL TLIST [where QUAL] */
  appendStmt = this.RULE('appendStmt', (): A.AppendStmt => {
    const start = this.CONSUME(T.Append);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.To) },
        { ALT: () => this.CONSUME(T.Into) },
        { ALT: () => this.CONSUME(T.Onto) },
        { ALT: () => this.CONSUME(T.On) },
      ]);
    });
    const relation = nameOf(this.CONSUME(T.Name));
    const targets = this.SUBRULE(this.targetList);
    const where = this.OPTION2(() => this.SUBRULE(this.whereClause)) ?? null;
    return { kind: 'Append', relation, targets, where, pos: posOf(start) };
  });

  /** replace [into|in|on] VAR TLIST [where QUAL] */
  replaceStmt = this.RULE('replaceStmt', (): A.ReplaceStmt => {
    const start = this.CONSUME(T.Replace);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Into) },
        { ALT: () => this.CONSUME(T.In) },
        { ALT: () => this.CONSUME(T.On) },
      ]);
    });
    const variable = nameOf(this.CONSUME(T.Name));
    const targets = this.SUBRULE(this.targetList);
    const where = this.OPTION2(() => this.SUBRULE(this.whereClause)) ?? null;
    return { kind: 'Replace', variable, targets, where, pos: posOf(start) };
  });

  /** delete [in|on|from] VAR [where QUAL] */
  deleteStmt = this.RULE('deleteStmt', (): A.DeleteStmt => {
    const start = this.CONSUME(T.Delete);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.In) },
        { ALT: () => this.CONSUME(T.On) },
        { ALT: () => this.CONSUME(T.From) },
      ]);
    });
    const variable = nameOf(this.CONSUME(T.Name));
    const where = this.OPTION2(() => this.SUBRULE(this.whereClause)) ?? null;
    return { kind: 'Delete', variable, where, pos: posOf(start) };
  });

  /** create REL (DOM is FMT {, DOM is FMT}) [at HOST] */
  createStmt = this.RULE('createStmt', (): A.CreateStmt => {
    const start = this.CONSUME(T.Create);
    const relation = nameOf(this.CONSUME(T.Name));
    this.CONSUME(T.LParen);
    const attributes: A.AttributeDef[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const d = this.CONSUME2(T.Name);
        this.CONSUME(T.Eq);
        const f = this.CONSUME3(T.Name);
        attributes.push({ name: nameOf(d), format: nameOf(f), pos: posOf(d) });
      },
    });
    this.CONSUME(T.RParen);
    const placement = this.OPTION(() => {
      this.CONSUME(T.At);
      return this.SUBRULE(this.hostName);
    }) ?? null;
    return { kind: 'Create', relation, attributes, placement, pos: posOf(start) };
  });

  /** HOST: a name, or a quoted string for names with other characters ("db-2.local") */
  hostName = this.RULE('hostName', (): string =>
    this.OR([
      { ALT: () => nameOf(this.CONSUME(T.Name)) },
      { ALT: () => nameOf(this.CONSUME(T.StringLit)) },
    ]),
  );

  /** destroy REL {, REL} | destroy permit REL IDS | destroy integrity REL IDS */
  destroyStmt = this.RULE('destroyStmt', (): A.Statement => {
    const start = this.CONSUME(T.Destroy);
    return this.OR([
      {
        ALT: (): A.DestroyPermitStmt => {
          this.CONSUME(T.Permit);
          const relation = nameOf(this.CONSUME(T.Name));
          const ids = this.SUBRULE(this.idList);
          return { kind: 'DestroyPermit', relation, ids, pos: posOf(start) };
        },
      },
      {
        ALT: (): A.DestroyIntegrityStmt => {
          this.CONSUME(T.Integrity);
          const relation = nameOf(this.CONSUME2(T.Name));
          const ids = this.SUBRULE2(this.idList);
          return { kind: 'DestroyIntegrity', relation, ids, pos: posOf(start) };
        },
      },
      {
        ALT: (): A.DestroyStmt => ({
          kind: 'Destroy', relations: this.SUBRULE(this.nameList), pos: posOf(start),
        }),
      },
    ]);
  });

  /** INT {, INT} | all — optionally in parentheses */
  idList = this.RULE('idList', (): IdList =>
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const ids = this.SUBRULE(this.idItems);
          this.CONSUME(T.RParen);
          return ids;
        },
      },
      { ALT: () => this.SUBRULE2(this.idItems) },
    ]),
  );

  idItems = this.RULE('idItems', (): IdList =>
    this.OR([
      { ALT: (): IdList => { this.CONSUME(T.All); return 'all'; } },
      {
        ALT: (): IdList => {
          const ids: number[] = [];
          this.AT_LEAST_ONE_SEP({
            SEP: T.Comma,
            DEF: () => { ids.push(numberOf(this.CONSUME(T.IntLit))); },
          });
          return ids;
        },
      },
    ]),
  );

  /** NAME {, NAME} */
  nameList = this.RULE('nameList', (): string[] => {
    const names: string[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => { names.push(nameOf(this.CONSUME(T.Name))); },
    });
    return names;
  });

  /** print REL {, REL} */
  printStmt = this.RULE('printStmt', (): A.PrintStmt => {
    const start = this.CONSUME(T.Print);
    return { kind: 'Print', relations: this.SUBRULE(this.nameList), pos: posOf(start) };
  });

  /**
   * help | help all | help (REL|"section") {, …} | help view|permit|integrity REL {, REL}.
   * A following `begin transaction`, `end transaction` or `abort` is the next statement.
   */
  helpStmt = this.RULE('helpStmt', (): A.HelpStmt => {
    const start = this.CONSUME(T.Help);
    let mode: A.HelpStmt['mode'] = 'list';
    let names: HelpName[] = [];
    // (during chevrotain's recording phase SUBRULE returns a placeholder, not an array)
    const asNames = (list: string[]): HelpName[] =>
      Array.isArray(list) ? list.map((name) => ({ name, section: false })) : [];
    this.OPTION({
      GATE: () => !this.startsStatement(),
      DEF: () => {
        this.OR([
          { ALT: () => { this.CONSUME(T.All); mode = 'all'; } },
          {
            ALT: () => {
              this.CONSUME(T.View);
              mode = 'view';
              names = asNames(this.SUBRULE(this.nameList));
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.Permit);
              mode = 'permit';
              names = asNames(this.SUBRULE2(this.nameList));
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.Integrity);
              mode = 'integrity';
              names = asNames(this.SUBRULE3(this.nameList));
            },
          },
          {
            ALT: () => {
              mode = 'relations';
              this.AT_LEAST_ONE_SEP({
                SEP: T.Comma,
                DEF: () => {
                  this.OR2([
                    {
                      ALT: () => {
                        names.push({ name: nameOf(this.CONSUME(T.Name)), section: false });
                      },
                    },
                    {
                      ALT: () => {
                        names.push({ name: nameOf(this.CONSUME(T.StringLit)), section: true });
                      },
                    },
                  ]);
                },
              });
            },
          },
        ]);
      },
    });
    return { kind: 'Help', mode, names, pos: posOf(start) };
  });

  /** true when the next tokens are `begin transaction`, `end transaction` or `abort` */
  private startsStatement(): boolean {
    const t1 = this.LA(1).tokenType;
    if (t1 === T.Abort) return true;
    return (t1 === T.Begin || t1 === T.End) && this.LA(2).tokenType === T.Transaction;
  }

  /** index on REL is NAME (DOM {, DOM}) */
  indexStmt = this.RULE('indexStmt', (): A.IndexStmt => {
    const start = this.CONSUME(T.Index);
    this.CONSUME(T.On);
    const relation = nameOf(this.CONSUME(T.Name));
    this.CONSUME(T.Eq);
    const name = nameOf(this.CONSUME2(T.Name));
    this.CONSUME(T.LParen);
    const attributes = this.SUBRULE(this.nameList);
    this.CONSUME(T.RParen);
    return { kind: 'Index', relation, name, attributes, pos: posOf(start) };
  });

  /** modify REL to STRUCT [on KEY[:ORDER] {, …}] [where OPT = INT {, OPT = INT}] */
  modifyStmt = this.RULE('modifyStmt', (): A.ModifyStmt => {
    const start = this.CONSUME(T.Modify);
    const relation = nameOf(this.CONSUME(T.Name));
    this.CONSUME(T.To);
    const structure = nameOf(this.CONSUME2(T.Name));
    const keys: ModKey[] = [];
    const options: ModOption[] = [];
    this.OPTION(() => {
      this.CONSUME(T.On);
      this.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () => {
          const k = this.CONSUME3(T.Name);
          const order = this.OPTION2(() => this.SUBRULE(this.orderSuffix)) ?? null;
          keys.push({ name: nameOf(k), order, pos: posOf(k) });
        },
      });
    });
    this.OPTION3(() => {
      this.CONSUME(T.Where);
      this.AT_LEAST_ONE_SEP2({
        SEP: T.Comma,
        DEF: () => {
          const o = this.CONSUME4(T.Name);
          this.CONSUME(T.Eq);
          const v = this.CONSUME(T.IntLit);
          options.push({ name: nameOf(o), value: numberOf(v), pos: posOf(o) });
        },
      });
    });
    return { kind: 'Modify', relation, structure, keys, options, pos: posOf(start) };
  });

  /** copy REL ([DOM is FMT {, DOM is FMT}]) into|from "FILE" */
  copyStmt = this.RULE('copyStmt', (): A.CopyStmt => {
    const start = this.CONSUME(T.Copy);
    const relation = nameOf(this.CONSUME(T.Name));
    this.CONSUME(T.LParen);
    const domains: A.CopyDomain[] = [];
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        const d = this.CONSUME2(T.Name);
        this.CONSUME(T.Eq);
        const format = this.OR([
          { ALT: () => nameOf(this.CONSUME3(T.Name)) },
          { ALT: () => formatOf(nameOf(this.CONSUME(T.StringLit)), true) },
        ]);
        domains.push({ name: nameOf(d), format, pos: posOf(d) });
      },
    });
    this.CONSUME(T.RParen);
    const direction = this.OR2([
      { ALT: (): 'into' => { this.CONSUME(T.Into); return 'into'; } },
      { ALT: (): 'from' => { this.CONSUME(T.From); return 'from'; } },
    ]);
    const file = nameOf(this.CONSUME2(T.StringLit));
    return { kind: 'Copy', relation, domains, direction, file, pos: posOf(start) };
  });

  /** save REL [until MONTH DAY YEAR] — MONTH is a number or a name (jan, january, …) */
  saveStmt = this.RULE('saveStmt', (): A.SaveStmt => {
    const start = this.CONSUME(T.Save);
    const relation = nameOf(this.CONSUME(T.Name));
    const until = this.OPTION(() => {
      this.CONSUME(T.Until);
      const month = this.OR([
        { ALT: () => numberOf(this.CONSUME(T.IntLit)) },
        {
          ALT: () => {
            const m = this.CONSUME2(T.Name);
            return this.ACTION(() => monthOf(nameOf(m)) ?? this.reject(m, 'a month'));
          },
        },
      ]);
      const day = numberOf(this.CONSUME2(T.IntLit));
      const year = numberOf(this.CONSUME3(T.IntLit));
      return { month, day, year };
    }) ?? null;
    return { kind: 'Save', relation, until, pos: posOf(start) };
  });

  defineStmt = this.RULE('defineStmt', (): A.Statement => {
    const start = this.CONSUME(T.Define);
    return this.OR([
      { ALT: () => this.SUBRULE(this.defineView, { ARGS: [start] }) },
      { ALT: () => this.SUBRULE(this.definePermit, { ARGS: [start] }) },
      { ALT: () => this.SUBRULE(this.defineIntegrity, { ARGS: [start] }) },
    ]);
  });

  /** define view NAME TLIST [where QUAL] */
  defineView = this.RULE('defineView', (start?: IToken): A.DefineViewStmt => {
    this.CONSUME(T.View);
    const name = nameOf(this.CONSUME(T.Name));
    const targets = this.SUBRULE(this.targetList);
    const where = this.OPTION(() => this.SUBRULE(this.whereClause)) ?? null;
    return this.ACTION(() => {
      const s = start as IToken;
      return { kind: 'DefineView', name, targets, where, text: this.textFrom(s), pos: posOf(s) };
    });
  });

  /**
   * define permit OP {, OP} (on|of|to) VAR [(DOM {, DOM})] to (USER|all) [at (TTY|all)]
   *   [from HH:MM to HH:MM] [on DAY to DAY] [where QUAL]
   */
  definePermit = this.RULE('definePermit', (start?: IToken): A.DefinePermitStmt => {
    this.CONSUME(T.Permit);
    const ops: A.PermitOp[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        ops.push(this.OR([
          { ALT: (): A.PermitOp => { this.CONSUME(T.Retrieve); return 'retrieve'; } },
          { ALT: (): A.PermitOp => { this.CONSUME(T.Append); return 'append'; } },
          { ALT: (): A.PermitOp => { this.CONSUME(T.Replace); return 'replace'; } },
          { ALT: (): A.PermitOp => { this.CONSUME(T.Delete); return 'delete'; } },
          { ALT: (): A.PermitOp => { this.CONSUME(T.All); return 'all'; } },
        ]));
      },
    });
    this.OR2([
      { ALT: () => this.CONSUME(T.On) },
      { ALT: () => this.CONSUME(T.Of) },
      { ALT: () => this.CONSUME(T.To) },
    ]);
    const variable = nameOf(this.CONSUME(T.Name));
    let domains: string[] = [];
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      domains = this.SUBRULE(this.nameList);
      this.CONSUME(T.RParen);
    });
    this.CONSUME2(T.To);
    const user = this.SUBRULE(this.nameOrAll);
    const terminal = this.OPTION2(() => {
      this.CONSUME(T.At);
      return this.SUBRULE2(this.nameOrAll);
    }) ?? 'all';
    let timeFrom: string | null = null;
    let timeTo: string | null = null;
    this.OPTION3(() => {
      this.CONSUME(T.From);
      timeFrom = this.SUBRULE(this.timeOfDay);
      this.CONSUME3(T.To);
      timeTo = this.SUBRULE2(this.timeOfDay);
    });
    let dayFrom: string | null = null;
    let dayTo: string | null = null;
    this.OPTION4(() => {
      this.CONSUME2(T.On);
      dayFrom = nameOf(this.CONSUME2(T.Name));
      this.CONSUME4(T.To);
      dayTo = nameOf(this.CONSUME3(T.Name));
    });
    const where = this.OPTION5(() => this.SUBRULE(this.whereClause)) ?? null;
    return this.ACTION(() => {
      const s = start as IToken;
      return {
        kind: 'DefinePermit', ops, variable, domains, user, terminal, timeFrom, timeTo,
        dayFrom, dayTo, where, text: this.textFrom(s), pos: posOf(s),
      };
    });
  });

  /** a name, a quoted name, or `all` */
  nameOrAll = this.RULE('nameOrAll', (): string =>
    this.OR([
      { ALT: () => nameOf(this.CONSUME(T.Name)) },
      { ALT: () => nameOf(this.CONSUME(T.StringLit)) },
      { ALT: () => { this.CONSUME(T.All); return 'all'; } },
    ]),
  );

  /** HH:MM */
  timeOfDay = this.RULE('timeOfDay', (): string => {
    const h = this.CONSUME(T.IntLit);
    this.CONSUME(T.Colon);
    const m = this.CONSUME2(T.IntLit);
    return timeOf(h, m);
  });

  /** define integrity [on|onto|in|of] VAR [is] QUAL */
  defineIntegrity = this.RULE('defineIntegrity', (start?: IToken): A.DefineIntegrityStmt => {
    this.CONSUME(T.Integrity);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.On) },
        { ALT: () => this.CONSUME(T.Onto) },
        { ALT: () => this.CONSUME(T.In) },
        { ALT: () => this.CONSUME(T.Of) },
      ]);
    });
    const variable = nameOf(this.CONSUME(T.Name));
    this.OPTION2(() => this.CONSUME(T.Eq));
    const where = this.SUBRULE(this.qual);
    return this.ACTION(() => {
      const s = start as IToken;
      return { kind: 'DefineIntegrity', variable, where, text: this.textFrom(s), pos: posOf(s) };
    });
  });

  beginStmt = this.RULE('beginStmt', (): A.BeginTransactionStmt => {
    const start = this.CONSUME(T.Begin);
    this.CONSUME(T.Transaction);
    return { kind: 'BeginTransaction', pos: posOf(start) };
  });

  endStmt = this.RULE('endStmt', (): A.EndTransactionStmt => {
    const start = this.CONSUME(T.End);
    this.CONSUME(T.Transaction);
    return { kind: 'EndTransaction', pos: posOf(start) };
  });

  abortStmt = this.RULE('abortStmt', (): A.AbortStmt => {
    const start = this.CONSUME(T.Abort);
    return { kind: 'Abort', pos: posOf(start) };
  });

  // ============================================================== target lists

  /** ( ELEM {, ELEM} ) */
  targetList = this.RULE('targetList', (): A.TargetElem[] => {
    this.CONSUME(T.LParen);
    const elems: A.TargetElem[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => { elems.push(this.SUBRULE(this.targetElem)); },
    });
    this.CONSUME(T.RParen);
    return elems;
  });

  /** what follows the first NAME of a target element */
  private readonly targetRestAlts: IOrAlt<TargetRest>[] = [
    {
      ALT: (): TargetRest => {
        this.CONSUME(T.Dot);
        return this.OR2(this.targetDotAlts);
      },
    },
    {
      ALT: (): TargetRest => {
        this.OR3(this.targetAssignAlts);
        return { expr: this.SUBRULE(this.arith) };
      },
    },
  ];

  private readonly targetDotAlts: IOrAlt<TargetRest>[] = [
    { ALT: (): TargetRest => { this.CONSUME(T.All); return { all: true }; } },
    { ALT: (): TargetRest => ({ attribute: this.CONSUME2(T.Name) }) },
  ];

  private readonly targetAssignAlts: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.Eq) },
    { ALT: () => this.CONSUME(T.By) },
  ];

  /** NAME (=|is|by) EXPR  |  VAR.DOM  |  VAR.all */
  targetElem = this.RULE('targetElem', (): A.TargetElem => {
    const first = this.CONSUME(T.Name);
    const rest = this.OR(this.targetRestAlts);
    return this.ACTION((): A.TargetElem => {
      if ('all' in rest) return { kind: 'TargetAll', variable: nameOf(first), pos: posOf(first) };
      if ('attribute' in rest) {
        const expr: A.AttrRef = {
          kind: 'AttrRef', variable: nameOf(first), attribute: nameOf(rest.attribute), pos: posOf(first),
        };
        return { kind: 'TargetExpr', name: null, expr, pos: posOf(first) };
      }
      return { kind: 'TargetExpr', name: nameOf(first), expr: rest.expr, pos: posOf(first) };
    });
  });

  whereClause = this.RULE('whereClause', (): A.Expr => {
    this.CONSUME(T.Where);
    return this.SUBRULE(this.qual);
  });

  // ============================================================== expressions

  /** QUAL {(and|or) QUAL} — equal precedence, left associative */
  private readonly logicalAlts: IOrAlt<'and' | 'or'>[] = [
    { ALT: (): 'and' => { this.CONSUME(T.And); return 'and'; } },
    { ALT: (): 'or' => { this.CONSUME(T.Or); return 'or'; } },
  ];

  qual = this.RULE('qual', (): A.Expr => {
    let left = this.SUBRULE(this.notQual);
    this.MANY(() => {
      const op = this.OR(this.logicalAlts);
      const right = this.SUBRULE2(this.notQual);
      left = { kind: 'Logical', op, left, right, pos: left.pos };
    });
    return left;
  });

  /** not QUAL | CLAUSE */
  private readonly notQualAlts: IOrAlt<A.Expr>[] = [
    {
      ALT: (): A.Expr => {
        const t = this.CONSUME(T.Not);
        const operand = this.SUBRULE(this.notQual);
        return { kind: 'Not', operand, pos: posOf(t) };
      },
    },
    { ALT: () => this.SUBRULE(this.clause) },
  ];

  notQual = this.RULE('notQual', (): A.Expr => this.OR(this.notQualAlts));

  private readonly compareAlts: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.Eq) },
    { ALT: () => this.CONSUME(T.RelOp) },
  ];

  /** EXPR [RELOP EXPR] — at most one comparison */
  clause = this.RULE('clause', (): A.Expr => {
    const left = this.SUBRULE(this.arith);
    const cmp = this.OPTION(() => {
      const op = this.OR(this.compareAlts);
      const right = this.SUBRULE2(this.arith);
      return { op, right };
    });
    if (cmp === undefined) return left;
    return this.ACTION((): A.Expr => ({
      kind: 'Compare',
      op: COMPARE_OPS[cmp.op.image.toLowerCase()] ?? '=',
      left,
      right: cmp.right,
      pos: left.pos,
    }));
  });

  /** + or - (arith's operators, unary's signs) */
  private readonly plusMinusAlts: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.Plus) },
    { ALT: () => this.CONSUME(T.Minus) },
  ];

  /** TERM {(+|-) TERM} */
  arith = this.RULE('arith', (): A.Expr => {
    let left = this.SUBRULE(this.term);
    this.MANY(() => {
      const op = this.OR(this.plusMinusAlts);
      const right = this.SUBRULE2(this.term);
      left = { kind: 'Binary', op: ARITH_OPS[op.image] ?? '+', left, right, pos: left.pos };
    });
    return left;
  });

  private readonly multiplyAlts: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.Star) },
    { ALT: () => this.CONSUME(T.Slash) },
  ];

  /** POWER {(*|/) POWER} */
  term = this.RULE('term', (): A.Expr => {
    let left = this.SUBRULE(this.power);
    this.MANY(() => {
      const op = this.OR(this.multiplyAlts);
      const right = this.SUBRULE2(this.power);
      left = { kind: 'Binary', op: ARITH_OPS[op.image] ?? '*', left, right, pos: left.pos };
    });
    return left;
  });

  /** UNARY {** UNARY} — left associative, as INGRES's yacc declared it */
  power = this.RULE('power', (): A.Expr => {
    let left = this.SUBRULE(this.unary);
    this.MANY(() => {
      this.CONSUME(T.Power);
      const right = this.SUBRULE2(this.unary);
      left = { kind: 'Binary', op: '**', left, right, pos: left.pos };
    });
    return left;
  });

  /** (+|-) UNARY | PRIMARY — unary minus binds tightest: -2**2 = (-2)**2 */
  private readonly unaryAlts: IOrAlt<A.Expr>[] = [
    {
      ALT: (): A.Expr => {
        const t = this.OR2(this.plusMinusAlts);
        const operand = this.SUBRULE(this.unary);
        return { kind: 'Unary', op: t.image === '-' ? '-' : '+', operand, pos: posOf(t) };
      },
    },
    { ALT: () => this.SUBRULE(this.primary) },
  ];

  unary = this.RULE('unary', (): A.Expr => this.OR(this.unaryAlts));

  private readonly primaryAlts: IOrAlt<A.Expr>[] = [
    {
      ALT: (): A.Expr => {
        const t = this.CONSUME(T.IntLit);
        return { kind: 'IntConst', value: numberOf(t), pos: posOf(t) };
      },
    },
    {
      ALT: (): A.Expr => {
        const t = this.CONSUME(T.FloatLit);
        return { kind: 'FloatConst', value: numberOf(t), pos: posOf(t) };
      },
    },
    {
      ALT: (): A.Expr => {
        const t = this.CONSUME(T.StringLit);
        return { kind: 'StringConst', value: nameOf(t), pos: posOf(t) };
      },
    },
    { ALT: () => this.SUBRULE(this.nameRef) },
    { ALT: () => this.SUBRULE(this.functionCall) },
    { ALT: () => this.SUBRULE(this.aggregate) },
    {
      ALT: (): A.Expr => {
        this.CONSUME(T.LParen);
        const e = this.SUBRULE(this.qual);
        this.CONSUME(T.RParen);
        return e;
      },
    },
  ];

  primary = this.RULE('primary', (): A.Expr => this.OR(this.primaryAlts));

  /** VAR.DOM, or a bare NAME (a special constant such as dba, usercode) */
  nameRef = this.RULE('nameRef', (): A.Expr => {
    const first = this.CONSUME(T.Name);
    const attr = this.OPTION(() => {
      this.CONSUME(T.Dot);
      return this.CONSUME2(T.Name);
    });
    if (attr === undefined) return { kind: 'SpecialConst', name: nameOf(first), pos: posOf(first) };
    return { kind: 'AttrRef', variable: nameOf(first), attribute: nameOf(attr), pos: posOf(first) };
  });

  /** FOP(EXPR) | FBOP(EXPR, EXPR) */
  private readonly functionAlts: IOrAlt<A.Expr>[] = [
    {
      ALT: (): A.Expr => {
        const f = this.CONSUME(T.Fop);
        this.CONSUME(T.LParen);
        const arg = this.SUBRULE(this.arith);
        this.CONSUME(T.RParen);
        return { kind: 'Call', fn: nameOf(f), args: [arg], pos: posOf(f) };
      },
    },
    {
      ALT: (): A.Expr => {
        const f = this.CONSUME(T.Fbop);
        this.CONSUME2(T.LParen);
        const a = this.SUBRULE2(this.arith);
        this.CONSUME(T.Comma);
        const b = this.SUBRULE3(this.arith);
        this.CONSUME2(T.RParen);
        return { kind: 'Call', fn: nameOf(f), args: [a, b], pos: posOf(f) };
      },
    },
  ];

  functionCall = this.RULE('functionCall', (): A.Expr => this.OR(this.functionAlts));

  /** AGG(EXPR [by EXPR {, EXPR}] [[only] where QUAL]) */
  aggregate = this.RULE('aggregate', (): A.Expr => {
    const f = this.CONSUME(T.Agg);
    this.CONSUME(T.LParen);
    const arg = this.SUBRULE(this.arith);
    const by: A.Expr[] = [];
    this.OPTION(() => {
      this.CONSUME(T.By);
      this.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () => { by.push(this.SUBRULE2(this.arith)); },
      });
    });
    let onlyWhere = false;
    let where: A.Expr | null = null;
    this.OPTION2(() => {
      this.OPTION3(() => { this.CONSUME(T.Only); onlyWhere = true; });
      this.CONSUME(T.Where);
      where = this.SUBRULE(this.qual);
    });
    this.CONSUME(T.RParen);
    const agg: Mutable<A.Aggregate> = {
      kind: 'Aggregate', fn: nameOf(f) as A.AggregateFn, arg, by, where, onlyWhere, pos: posOf(f),
    };
    return agg;
  });
}
