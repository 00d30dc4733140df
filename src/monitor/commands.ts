/*
 * commands.ts — splits one input line into query text and backslash commands, as the
 * INGRES monitor's getescape/clrline did: a command name is the letters after `\`;
 * commands taking a file name use the rest of the line; the others may be stacked
 * (`\date\go\date`) and swallow the newline that ends their line. Pure.
 */

export type CommandCode =
  | 'reset' | 'print' | 'list' | 'eval' | 'edit' | 'go' | 'append' | 'time' | 'shell'
  | 'quit' | 'chdir' | 'include' | 'write' | 'branch' | 'mark';

/** Every command name and synonym (monitor.c's Controlwords table). */
export const COMMAND_NAMES: Readonly<Record<string, CommandCode>> = {
  r: 'reset', reset: 'reset',
  p: 'print', print: 'print',
  l: 'list', list: 'list',
  v: 'eval', eval: 'eval',
  e: 'edit', ed: 'edit', edit: 'edit', editor: 'edit',
  g: 'go', go: 'go',
  a: 'append', append: 'append',
  t: 'time', time: 'time', date: 'time',
  s: 'shell', sh: 'shell', shell: 'shell',
  q: 'quit', quit: 'quit',
  cd: 'chdir', chdir: 'chdir',
  i: 'include', include: 'include', read: 'include',
  w: 'write', write: 'write',
  b: 'branch', branch: 'branch',
  k: 'mark', mark: 'mark',
};

/** Commands whose argument is the rest of the line. */
const TAKES_REST_OF_LINE: ReadonlySet<CommandCode> = new Set([
  'edit', 'shell', 'chdir', 'include', 'write', 'branch', 'mark',
]);

export type LineItem =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'command'; readonly code: CommandCode; readonly name: string; readonly argument: string };

/**
 * Scan one input line (without its newline). Text items keep the newline that ends the
 * line unless a command swallowed it; `\\` gives one backslash; `\` before anything that
 * is not a command name stays in the text as typed (so `"Ross, S\*"` reaches QUEL intact).
 */
export function scanLine(line: string): LineItem[] {
  const items: LineItem[] = [];
  let text = '';
  let index = 0;
  let newlineSwallowed = false;
  const flushText = (): void => {
    if (text !== '') items.push({ kind: 'text', text });
    text = '';
  };
  while (index < line.length) {
    const char = line[index] as string;
    if (char !== '\\') {
      text += char;
      index++;
      continue;
    }
    if (line[index + 1] === '\\') {
      text += '\\';
      index += 2;
      continue;
    }
    let end = index + 1;
    while (end < line.length && /[A-Za-z]/.test(line[end] as string)) end++;
    const name = line.slice(index + 1, end);
    const code = COMMAND_NAMES[name];
    if (code === undefined) {
      text += `\\${name}`;
      index = end;
      continue;
    }
    flushText();
    if (TAKES_REST_OF_LINE.has(code)) {
      items.push({ kind: 'command', code, name, argument: line.slice(end).trim() });
      return items;
    }
    items.push({ kind: 'command', code, name, argument: '' });
    index = end;
    // like clrline(): a command at the end of its line takes the newline with it
    if (index >= line.length) newlineSwallowed = true;
  }
  if (!newlineSwallowed) text += '\n';
  flushText();
  return items;
}
