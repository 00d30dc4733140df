/*
 * gen-diagrams.ts — writes docs/quel-grammar.html: railroad diagrams of the QUEL grammar,
 * drawn by chevrotain's diagram scripts. The page is self-contained (the scripts and the
 * stylesheet from node_modules/chevrotain/diagrams/ are inlined), so it works offline.
 * Run: `npm run diagrams` (from dist/) — or import generateDiagramsHtml() in tests.
 */
import { createSyntaxDiagramsCode } from '../grammar/chevrotain.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quelParser } from '../src/parser/index.js';

const PLACEHOLDER = 'QUEL_DIAGRAM_RESOURCES/';

/** The chevrotain package's diagrams/ folder (found through Node's resolver). */
function diagramsDir(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve('chevrotain'));
  while (!existsSync(join(dir, 'diagrams', 'diagrams.css'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('chevrotain diagrams/ folder not found');
    dir = up;
  }
  return join(dir, 'diagrams');
}

const INTRO = `
<title>QUEL grammar</title>
<h1 style="font-family: sans-serif">QUEL grammar (railroad diagrams)</h1>
<p style="font-family: sans-serif; max-width: 60em">
Generated from grammar/quel-parser.ts by scripts/gen-diagrams.ts. Statements follow
University INGRES 6.3 plus sort by, transactions and <code>create … at HOST</code>.
Words in the diagrams are tokens: reserved words, <i>a name</i>, <i>an integer</i>,
<i>a string</i>. <code>is</code> is the same token as <code>=</code>.
Precedence, low to high: <code>and</code> = <code>or</code> (left to right) &lt;
<code>not</code> &lt; one comparison &lt; <code>+ -</code> &lt; <code>* /</code> &lt;
<code>**</code> &lt; unary <code>+ -</code>.
</p>
`;

/** The whole HTML page, with every script and the stylesheet inlined. */
export function generateDiagramsHtml(): string {
  const grammar = quelParser().getSerializedGastProductions();
  let html = createSyntaxDiagramsCode(grammar, {
    resourceBase: PLACEHOLDER,
    css: `${PLACEHOLDER}diagrams.css`,
  });
  const dir = diagramsDir();
  const read = (rel: string): string =>
    readFileSync(join(dir, rel), 'utf8').replace(/<\/(script|style)/gi, '<\\/$1');
  html = html.replace(
    `<link rel='stylesheet' href='${PLACEHOLDER}diagrams.css'>`,
    `<style>\n${read('diagrams.css')}\n</style>`,
  );
  html = html.replace(
    new RegExp(`<script src='${PLACEHOLDER}([^']+)'></script>`, 'g'),
    (_m, rel: string) => `<script>\n/* ${rel} (chevrotain diagrams) */\n${read(rel)}\n</script>`,
  );
  html = html.replace('<div id="diagrams"', `${INTRO}<div id="diagrams"`);
  if (html.includes(PLACEHOLDER)) throw new Error('a diagrams resource was not inlined');
  return html;
}

/** Repository root: the nearest folder above this file holding package.json. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above scripts/');
    dir = up;
  }
  return dir;
}

export function writeDiagrams(path = join(repoRoot(), 'docs', 'quel-grammar.html')): string {
  writeFileSync(path, generateDiagramsHtml());
  return path;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  console.log(`wrote ${writeDiagrams()}`);
}
