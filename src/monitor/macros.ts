/*
 * macros.ts — the INGRES monitor's macro processor (source/monitor/mac.c), applied at `\g`,
 * `\l` and `\v`: `{define}`/`{rawdefine}` (names, word templates, `{name; $x}` templates),
 * `{remove}`, `{type}`, `{read}`, `{readdefine}`, `{ifsame}`, `{ifeq}`, `{ifgt}`, `{substr}`,
 * `{dump}`, backquote quoting, the traps `{begintrap}`/`{endtrap}` and `call()` for the
 * monitor's `{continuetrap}` and `{catcherror; N}`. Unknown `{...}` stays as typed.
 */

const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A brace call's nesting limit (INGRES: ITERTHRESH 100 rescans). */
const DEPTH_MAX = 20;
/** `` `text' `` is passed through unexpanded; these mark such text until expansion ends. */
const QUOTE_OPEN = '\uE000';
const QUOTE_CLOSE = '\uE001';

/** What the macro processor needs from the monitor: `{type}` output and `{read}` input. */
export interface MacroIO {
  write(text: string): void;
  /** print `prompt`, read one line of the monitor's input; null at end of input */
  readLine(prompt: string): Promise<string | null>;
}

const NO_IO: MacroIO = { write: () => undefined, readLine: () => Promise.resolve(null) };

/** Names the monitor itself uses; never expanded as word templates. */
const SPECIALS: ReadonlySet<string> = new Set([
  'tuplecount', 'database', 'usercode', 'pathname', 'readcount', 'editor', 'shell', 'default',
  'begintrap', 'endtrap', 'continuetrap', 'querytrap',
]);

/** The result of one `{...}`: its replacement; `deleteLine` = INGRES's macdnl (the rest of
 *  the line after the call, newline included, is dropped). */
interface CallResult {
  readonly text: string;
  readonly deleteLine?: boolean;
}

/** A `{head; a; $x}` template: literal parts must equal the call's, `$x` binds any value. */
interface Template {
  readonly head: string;
  readonly parts: readonly ({ readonly literal: string } | { readonly param: string })[];
}

export class Macros {
  /** name (or template text) → value, in definition order (INGRES searches newest first) */
  private readonly definitions = new Map<string, string>();

  constructor(private readonly io: MacroIO = NO_IO) {}

  define(name: string, value: string): void {
    this.definitions.delete(name);
    this.definitions.set(name, value);
  }

  remove(name: string): void {
    this.definitions.delete(normalizeName(name));
  }

  get(name: string): string | undefined {
    return this.definitions.get(name);
  }

  /** whether a macro named `head` is defined, with parameters or without */
  defines(head: string): boolean {
    for (const name of this.definitions.keys()) if (name === head || name.startsWith(`${head};`)) return true;
    return false;
  }

  /** Expand the macros of `text`. */
  async expand(text: string): Promise<string> {
    return unquote(this.expandWords(await this.expandBraces(text, 0)));
  }

  /**
   * Expand a query buffer as `\g`, `\l` and `\v` do (macinit with traps): the `{begintrap}`
   * text and a newline before it, the `{endtrap}` text and a newline after it.
   */
  async expandQuery(text: string): Promise<string> {
    const begin = this.definitions.get('begintrap');
    const end = this.definitions.get('endtrap');
    let out = begin === undefined ? '' : await this.expand(`${begin}\n`);
    out += await this.expand(text);
    if (end !== undefined) out += await this.expand(`${end}\n`);
    return out;
  }

  /** INGRES's mcall: expand `text` (a trap such as `{catcherror; 2109}`) for its effects
   *  and its replacement. */
  call(text: string): Promise<string> {
    return this.expand(text);
  }

  private async expandBraces(text: string, depth: number): Promise<string> {
    let out = '';
    let index = 0;
    while (index < text.length) {
      const open = nextSpecial(text, index);
      if (open < 0) break;
      out += text.slice(index, open);
      if (text[open] === '`') {
        const close = matchingQuote(text, open);
        if (close < 0) {
          out += '`';
          index = open + 1;
          continue;
        }
        out += QUOTE_OPEN + text.slice(open + 1, close) + QUOTE_CLOSE;
        index = close + 1;
        continue;
      }
      const close = matchingBrace(text, open);
      if (close < 0) {
        out += text.slice(open);
        return out;
      }
      const result = await this.callBraces(text.slice(open + 1, close), text.slice(open, close + 1), depth);
      out += result.text;
      index = close + 1;
      if (result.deleteLine) {
        const newline = text.indexOf('\n', index);
        index = newline < 0 ? text.length : newline + 1;
      }
    }
    return out + text.slice(index);
  }

  /** One `{...}`: a primitive, a user template or a macro name; unknown → unchanged. */
  private async callBraces(body: string, original: string, depth: number): Promise<CallResult> {
    if (depth > DEPTH_MAX) return { text: original };
    const parts = splitArguments(body);
    const head = (parts[0] ?? '').trim();
    /** argument n, prescanned (INGRES prescans `$$x` parameters written `@text`; we always do) */
    const argument = async (n: number): Promise<string> =>
      this.expandBraces(stripPrescan((parts[n] ?? '').trim()), depth + 1);
    const plainArgument = async (n: number): Promise<string> => unquote(await argument(n));
    /** the last parameter runs up to the closing brace, `;`s included (INGRES's `$s}`) */
    const rest = (n: number): string => parts.slice(n).join(';').trim();
    const spaced = /^(type|read)(?![A-Za-z0-9_])\s*([\s\S]*)$/.exec(body.replace(/^\s+/, ''));
    if (spaced !== null && parts.length === 1) {
      const message = unquote(await this.expandBraces(stripPrescan(spaced[2] ?? ''), depth + 1));
      if (spaced[1] === 'type') {
        this.io.write(`${message}\n`);
        return { text: '', deleteLine: true };
      }
      const line = await this.readLine(message);
      return { text: line === null ? '' : await this.expandBraces(line, depth + 1) };
    }
    if (parts.length === 1) {
      if (head === 'dump') return { text: this.dump(null), deleteLine: true };
      if (head === 'remove') {
        this.definitions.clear();
        return { text: '' };
      }
      const value = this.definitions.get(head);
      return value === undefined ? { text: original } : { text: await this.expandBraces(value, depth + 1) };
    }
    switch (head) {
      case 'define': case 'rawdefine': {
        const name = normalizeName((parts[1] ?? '').trim());
        if (name === '') return { text: original };
        // stored as written (one level of quotes removed) and expanded at each call, as
        // INGRES; `@text` asks for the text to be expanded now
        const value = rest(2);
        this.define(name, value.startsWith('@') ? unquote(await this.expandBraces(value.slice(1), depth + 1)) : stripQuotes(value));
        return { text: '' };
      }
      case 'remove':
        this.remove(await plainArgument(1));
        return { text: '' };
      case 'dump':
        return { text: this.dump(normalizeName(await plainArgument(1))), deleteLine: true };
      case 'readdefine': {
        const name = normalizeName(await plainArgument(1));
        const line = await this.readLine(unquote(await this.expandBraces(rest(2), depth + 1)));
        if (name !== '') this.define(name, line ?? '');
        return { text: this.definitions.get('readcount') ?? '' };
      }
      case 'ifsame':
        return { text: (await plainArgument(1)) === (await plainArgument(2)) ? await argument(3) : await this.expandBraces(rest(4), depth + 1) };
      case 'ifeq': case 'ifgt': {
        const a = macroNumber(await plainArgument(1));
        const b = macroNumber(await plainArgument(2));
        const chosen = (head === 'ifeq' ? a === b : a > b) ? await argument(3) : await this.expandBraces(rest(4), depth + 1);
        return { text: chosen };
      }
      case 'substr': {
        // the string is everything after the third `;` (INGRES: no blanks skipped before it)
        const from = macroNumber(await plainArgument(1));
        const to = macroNumber(await plainArgument(2));
        const string = unquote(await this.expandBraces(parts.slice(3).join(';'), depth + 1));
        return { text: substring(from, to, string) };
      }
      default:
        return this.callTemplate(parts, original, depth);
    }
  }

  /** `{head; a; b}` against the user's `{head; $x; lit}` templates, newest first. */
  private async callTemplate(parts: readonly string[], original: string, depth: number): Promise<CallResult> {
    const head = (parts[0] ?? '').trim();
    const values: string[] = [];
    for (let n = 1; n < parts.length; n++) {
      values.push(unquote(await this.expandBraces(stripPrescan((parts[n] ?? '').trim()), depth + 1)));
    }
    for (const [name, value] of [...this.definitions].reverse()) {
      const template = parseTemplate(name);
      if (template === null || template.head !== head) continue;
      const count = template.parts.length;
      const last = template.parts[count - 1];
      // a last parameter takes the rest of the call, `;`s included
      const extra = values.length > count && last !== undefined && 'param' in last;
      if (values.length !== count && !extra) continue;
      const given = extra ? [...values.slice(0, count - 1), values.slice(count - 1).join(';')] : values;
      const bound = new Map<string, string>();
      const matches = template.parts.every((part, n) => {
        if ('literal' in part) return part.literal === given[n];
        bound.set(part.param, given[n] ?? '');
        return true;
      });
      if (!matches) continue;
      const substituted = value.replace(/\$\$?([A-Za-z0-9])/g, (all, param: string) => bound.get(param) ?? all);
      return { text: await this.expandBraces(substituted, depth + 1) };
    }
    return { text: original };
  }

  /** `{read}`: prompt, one line of input; `{readcount}` = its length (-1 at end of input). */
  private async readLine(prompt: string): Promise<string | null> {
    const line = await this.io.readLine(`${prompt} `);
    this.define('readcount', String(line === null ? -1 : line.length));
    return line;
  }

  /** `{dump[; name]}`: a quoted `{rawdefine; name; value}` line per macro, newest first. */
  private dump(name: string | null): string {
    let out = '';
    for (const [macro, value] of [...this.definitions].reverse()) {
      if (name !== null && macro !== name) continue;
      const shown = macro.includes(';') ? `{${macro}}` : macro;
      out += `${QUOTE_OPEN}{rawdefine; ${shown}; ${value}}${QUOTE_CLOSE}\n`;
    }
    return out;
  }

  /** Word templates: `{define; emp; employee}` then `emp` alone expands, outside strings
   *  and quoted text. */
  private expandWords(text: string): string {
    const words = [...this.definitions.keys()].filter((name) => WORD.test(name) && !SPECIALS.has(name));
    if (words.length === 0) return text;
    let out = '';
    let inString = false;
    let quoted = 0;
    let word = '';
    const flush = (): void => {
      out += !inString && quoted === 0 && words.includes(word) ? (this.definitions.get(word) ?? word) : word;
      word = '';
    };
    for (let index = 0; index < text.length; index++) {
      const char = text[index] as string;
      if (/[A-Za-z0-9_]/.test(char)) {
        word += char;
        continue;
      }
      flush();
      if (char === QUOTE_OPEN) quoted++;
      else if (char === QUOTE_CLOSE) quoted--;
      else if (char === '\\' && inString) {
        out += char + (text[index + 1] ?? '');
        index++;
        continue;
      } else if (char === '"' && quoted === 0) inString = !inString;
      out += char;
    }
    flush();
    return out;
  }
}

/** INGRES's macnumber: atoi without syntax checks (blanks, optional `-`, digits). */
export function macroNumber(text: string): number {
  const match = /^ *(-?) *(\d*)/.exec(text);
  const digits = match?.[2] ?? '';
  const value = digits === '' ? 0 : Number.parseInt(digits, 10);
  return match?.[1] === '-' ? -value : value;
}

/** INGRES's macsstr: characters from..to (1-based, inclusive); empty when from >= to. */
export function substring(from: number, to: number, text: string): string {
  const first = Math.max(from, 1);
  if (first >= to) return '';
  return text.slice(first - 1, Math.min(to, text.length));
}

/** `{define; {name}; …}` and `{define; name; …}` name the same macro; blanks around the
 *  `;` of a template do not count. */
function normalizeName(name: string): string {
  const bare = name.startsWith('{') && name.endsWith('}') ? name.slice(1, -1).trim() : name;
  return bare.includes(';') ? splitArguments(bare).map((part) => part.trim()).join('; ') : bare;
}

function parseTemplate(name: string): Template | null {
  if (!name.includes(';')) return null;
  const [head, ...rest] = name.split('; ');
  return {
    head: head ?? '',
    parts: rest.map((part) => {
      const param = /^\$\$?([A-Za-z0-9])$/.exec(part);
      return param === null ? { literal: part } : { param: param[1] as string };
    }),
  };
}

/** A `$$x` argument written `@text` asks INGRES to prescan it; here every argument is. */
function stripPrescan(text: string): string {
  return text.startsWith('@') ? text.slice(1) : text;
}

/** Remove the outermost backquote/quote pairs (what INGRES's macparam did to an argument). */
function stripQuotes(text: string): string {
  let out = '';
  let index = 0;
  for (let open = text.indexOf('`'); open >= 0; open = text.indexOf('`', index)) {
    const close = matchingQuote(text, open);
    if (close < 0) break;
    out += text.slice(index, open) + text.slice(open + 1, close);
    index = close + 1;
  }
  return out + text.slice(index);
}

function unquote(text: string): string {
  return text.includes(QUOTE_OPEN) || text.includes(QUOTE_CLOSE)
    ? text.replaceAll(QUOTE_OPEN, '').replaceAll(QUOTE_CLOSE, '')
    : text;
}

/** The next `{` or backquote at or after `from`, or -1. */
function nextSpecial(text: string, from: number): number {
  const brace = text.indexOf('{', from);
  const quote = text.indexOf('`', from);
  if (brace < 0) return quote;
  if (quote < 0) return brace;
  return Math.min(brace, quote);
}

/** The `'` closing the backquote at `open` (quotes nest), or -1. */
function matchingQuote(text: string, open: number): number {
  return matching(text, open, '`', "'");
}

function matchingBrace(text: string, open: number): number {
  return matching(text, open, '{', '}');
}

/** The `closer` that closes the `opener` at `open` (they nest), or -1. */
function matching(text: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === opener) depth++;
    else if (text[index] === closer) {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** Split on `;` at brace depth 0. */
function splitArguments(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of body) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (char === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
