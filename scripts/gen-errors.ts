/*
 * gen-errors.ts — writes docs/ERRORS.md from the one error table (src/common/error-codes.ts).
 * Run: npm run build && node dist/scripts/gen-errors.js. A unit test checks the committed
 * file is current, so the table and the document never drift apart.
 */
import { writeFileSync } from 'node:fs';
import { ERROR_CODES } from '../src/common/error-codes.js';

const FAMILIES: readonly [number, string][] = [
  [2000, 'parser and semantic analysis'],
  [3000, 'query modification: views, permits, integrity'],
  [4000, 'query processing'],
  [5000, 'data base utilities (create, destroy, modify, index, copy, help, print, save)'],
  [6000, 'transactions and concurrency'],
  [7000, 'network and cluster'],
  [8000, 'installation and command line'],
  [9000, 'internal'],
];

export function renderErrorsMarkdown(): string {
  const lines = [
    '# Error numbers',
    '',
    'Generated from `src/common/error-codes.ts` by `scripts/gen-errors.ts`; do not edit.',
    'Errors print as `NNNN: message`. Numbers below 6000 follow University INGRES 6.3 where',
    'INGRES had the error; `%0`, `%1` stand for the parameters. Retryable errors may succeed',
    'if the whole transaction is run again.',
  ];
  const entries = Object.entries(ERROR_CODES).map(([code, entry]) => [Number(code), entry] as const);
  for (const [base, title] of FAMILIES) {
    const family = entries.filter(([code]) => code >= base && code < base + 1000);
    if (family.length === 0) continue;
    lines.push('', `## ${base / 1000}xxx — ${title}`, '', '| number | message | retryable |', '|---|---|---|');
    for (const [code, entry] of family) {
      const message = entry.message.replace(/\n/g, ' / ').replace(/\|/g, '\\|');
      lines.push(`| ${code} | ${message} | ${entry.retryable ? 'yes' : 'no'} |`);
    }
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1]?.endsWith('gen-errors.js')) {
  writeFileSync(new URL('../../docs/ERRORS.md', import.meta.url), renderErrorsMarkdown());
}
