/*
 * macros.ts — a small part of the INGRES monitor's macro processor, applied at `\g`,
 * `\l` and `\v`: `{define; name; text}`, `{remove; name}`, `{name}` calls, and the
 * specials {tuplecount} {database} {usercode} {pathname}. A word template (`emp`) also
 * expands where that word stands alone outside strings. Unknown `{...}` stays as typed.
 */

const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class Macros {
  private readonly definitions = new Map<string, string>();

  define(name: string, value: string): void {
    this.definitions.set(name, value);
  }

  remove(name: string): void {
    this.definitions.delete(name);
  }

  get(name: string): string | undefined {
    return this.definitions.get(name);
  }

  /** Expand the macros of `text`. */
  expand(text: string): string {
    return this.expandWords(this.expandBraces(text, 0));
  }

  private expandBraces(text: string, depth: number): string {
    let out = '';
    let index = 0;
    while (index < text.length) {
      const open = text.indexOf('{', index);
      if (open < 0) break;
      const close = matchingBrace(text, open);
      if (close < 0) break;
      out += text.slice(index, open);
      out += this.call(text.slice(open + 1, close), text.slice(open, close + 1), depth);
      index = close + 1;
    }
    return out + text.slice(index);
  }

  /** One `{...}`: a primitive when it has `;`, else a macro name; unknown → unchanged. */
  private call(body: string, original: string, depth: number): string {
    if (depth > 20) return original;
    const parts = splitArguments(body);
    const head = (parts[0] ?? '').trim();
    if (parts.length > 1) {
      const argument = (n: number): string => this.expandBraces((parts[n] ?? '').trim(), depth + 1);
      switch (head) {
        case 'define': case 'rawdefine': {
          const name = stripBraces((parts[1] ?? '').trim());
          if (name === '') return original;
          this.define(name, head === 'define' ? argument(2) : (parts[2] ?? '').trim());
          return '';
        }
        case 'remove':
          this.remove(stripBraces(argument(1)));
          return '';
        case 'ifsame':
          return argument(1) === argument(2) ? argument(3) : argument(4);
        default:
          return original;
      }
    }
    const value = this.definitions.get(head);
    return value === undefined ? original : this.expandBraces(value, depth + 1);
  }

  /** Word templates: `{define; emp; employee}` then `emp` alone expands, outside strings. */
  private expandWords(text: string): string {
    const words = [...this.definitions.keys()].filter((name) => WORD.test(name) && !SPECIALS.has(name));
    if (words.length === 0) return text;
    let out = '';
    let inString = false;
    let word = '';
    const flush = (): void => {
      out += !inString && words.includes(word) ? (this.definitions.get(word) ?? word) : word;
      word = '';
    };
    for (let index = 0; index < text.length; index++) {
      const char = text[index] as string;
      if (/[A-Za-z0-9_]/.test(char)) {
        word += char;
        continue;
      }
      flush();
      if (char === '\\' && inString) {
        out += char + (text[index + 1] ?? '');
        index++;
        continue;
      }
      if (char === '"') inString = !inString;
      out += char;
    }
    flush();
    return out;
  }
}

const SPECIALS: ReadonlySet<string> = new Set(['tuplecount', 'database', 'usercode', 'pathname']);

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}') {
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

function stripBraces(name: string): string {
  return name.startsWith('{') && name.endsWith('}') ? name.slice(1, -1).trim() : name;
}
