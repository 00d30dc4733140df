/*
 * golden-format.ts — reader for the golden QUEL test files (test/golden/*.quel.test), a
 * DuckDB sqllogictest dialect: `statement ok|maybe|error [CODE]` and `query [rowsort|nosort|
 * contains]` blocks, `----` before the expected monitor output, `@NAME` / `session NAME
 * [user USER]` for named sessions, `pending` + `wait NAME` for a statement that must wait on a lock.
 * Pure text processing; the runner is golden-runner.ts. The format is described in
 * test/golden/README.md.
 */

export type QueryMode = 'nosort' | 'rowsort' | 'contains';

export interface GoldenBase {
  /** 1-based line of the block header in the file */
  readonly line: number;
  /** session the block runs in ('main' unless @NAME or `session NAME` said otherwise) */
  readonly session: string;
  /** launched but not awaited; its result is checked by the next `wait` on the session */
  readonly pending: boolean;
  /** the user the session runs as (`session NAME user USER`); null = the default user */
  readonly user: string | null;
}

export interface StatementBlock extends GoldenBase {
  readonly kind: 'statement';
  /** null = must succeed; 'any' = some error; 'maybe' = success or any numbered error
   *  (`statement maybe`: racing statements, e.g. a deadlock's victim is either session);
   *  else an error with one of these codes (`statement error 5102|2135` where INGRES
   *  versions disagree on the number) */
  readonly error: readonly number[] | 'any' | 'maybe' | null;
  readonly text: string;
}

export interface QueryBlock extends GoldenBase {
  readonly kind: 'query';
  readonly mode: QueryMode;
  readonly text: string;
  /** expected output lines (empty lines dropped, see README) */
  readonly expected: readonly string[];
  /** `# twin:` SQL lines just before the block (PostgreSQL twin, checked by twins/) */
  readonly twin: string | null;
}

export interface WaitBlock extends GoldenBase {
  readonly kind: 'wait';
}

export type GoldenBlock = StatementBlock | QueryBlock | WaitBlock;

export interface GoldenFile {
  readonly name: string;
  readonly description: string;
  readonly blocks: readonly GoldenBlock[];
}

export class GoldenFormatError extends Error {
  override readonly name = 'GoldenFormatError';
}

const SESSION_NAME = /^[a-z][a-z0-9_]*$/;

interface Header {
  readonly words: string[];
  readonly session: string | null;
  readonly pending: boolean;
}

function splitHeader(line: string): Header {
  const words: string[] = [];
  let session: string | null = null;
  let pending = false;
  for (const word of line.trim().split(/\s+/)) {
    if (word.startsWith('@')) session = word.slice(1);
    else if (word === 'pending') pending = true;
    else words.push(word);
  }
  return { words, session, pending };
}

/** Parse one golden file's text. `fileName` is used in error messages only. */
export function parseGoldenFile(fileName: string, source: string): GoldenFile {
  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  const blocks: GoldenBlock[] = [];
  let name = fileName;
  let description = '';
  let currentSession = 'main';
  const users = new Map<string, string>();
  let twin: string[] = [];
  let index = 0;
  const fail = (lineNo: number, message: string): never => {
    throw new GoldenFormatError(`${fileName}:${lineNo}: ${message}`);
  };

  /** Collect lines from `start` until a blank line or (if stopAtDashes) a `----` line. */
  const collect = (start: number, stopAtDashes: boolean): { text: string[]; next: number } => {
    const text: string[] = [];
    let i = start;
    while (i < lines.length) {
      const l = lines[i] ?? '';
      if (l.trim() === '') break;
      if (stopAtDashes && l === '----') break;
      text.push(l);
      i++;
    }
    return { text, next: i };
  };

  while (index < lines.length) {
    const raw = lines[index] ?? '';
    const lineNo = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      index++;
      continue;
    }
    if (trimmed.startsWith('#')) {
      const comment = trimmed.slice(1).trim();
      if (comment.startsWith('name:')) name = comment.slice(5).trim();
      else if (comment.startsWith('description:')) description = comment.slice(12).trim();
      else if (comment.startsWith('twin:')) twin.push(comment.slice(5).trim());
      index++;
      continue;
    }
    const header = splitHeader(trimmed);
    const keyword = header.words[0];
    const session = header.session ?? currentSession;
    if (header.session !== null && !SESSION_NAME.test(header.session)) {
      fail(lineNo, `bad session name '${header.session}'`);
    }
    if (keyword === 'session') {
      const target = header.words[1];
      const withUser = header.words.length === 4 && header.words[2] === 'user';
      if (target === undefined || !SESSION_NAME.test(target) || (header.words.length !== 2 && !withUser)) {
        fail(lineNo, 'expected `session NAME [user USER]`');
      }
      currentSession = target ?? 'main';
      const user = header.words[3];
      if (withUser && user !== undefined) {
        if (users.has(currentSession) && users.get(currentSession) !== user) fail(lineNo, `session ${currentSession} already runs as ${users.get(currentSession) ?? ''}`);
        users.set(currentSession, user);
      }
      index++;
      continue;
    }
    if (keyword === 'wait') {
      const target = header.words[1] ?? header.session ?? currentSession;
      blocks.push({ kind: 'wait', line: lineNo, session: target, pending: false, user: users.get(target) ?? null });
      index++;
      continue;
    }
    if (keyword === 'statement') {
      const what = header.words[1];
      let error: readonly number[] | 'any' | 'maybe' | null = null;
      if (what === 'ok' || what === 'maybe') {
        if (header.words.length !== 2) fail(lineNo, `junk after \`statement ${what}\``);
        if (what === 'maybe') error = 'maybe';
      } else if (what === 'error') {
        const code = header.words[2];
        if (code === undefined) error = 'any';
        else if (/^\d{4}(\|\d{4})*$/.test(code)) error = code.split('|').map(Number);
        else fail(lineNo, `bad error code '${code}'`);
        if (header.words.length > 3) fail(lineNo, 'junk after error code');
      } else {
        fail(lineNo, 'expected `statement ok`, `statement maybe` or `statement error [CODE]`');
      }
      const body = collect(index + 1, false);
      if (body.text.length === 0) fail(lineNo, 'statement block without QUEL text');
      blocks.push({
        kind: 'statement', line: lineNo, session, pending: header.pending, user: users.get(session) ?? null,
        error, text: body.text.join('\n'),
      });
      twin = [];
      index = body.next;
      continue;
    }
    if (keyword === 'query') {
      const modeWord = header.words[1] ?? 'nosort';
      if (modeWord !== 'nosort' && modeWord !== 'rowsort' && modeWord !== 'contains') {
        fail(lineNo, `unknown query mode '${modeWord}'`);
      }
      if (header.words.length > 2) fail(lineNo, 'junk after query mode');
      const body = collect(index + 1, true);
      if (body.text.length === 0) fail(lineNo, 'query block without QUEL text');
      if (lines[body.next] !== '----') fail(body.next + 1, 'query block needs a `----` line');
      const expected = collect(body.next + 1, false);
      blocks.push({
        kind: 'query', line: lineNo, session, pending: header.pending, user: users.get(session) ?? null,
        mode: modeWord as QueryMode, text: body.text.join('\n'),
        expected: expected.text, twin: twin.length > 0 ? twin.join('\n') : null,
      });
      twin = [];
      index = expected.next;
      continue;
    }
    fail(lineNo, `unknown block '${trimmed}'`);
  }
  return { name, description, blocks };
}
