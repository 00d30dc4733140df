/*
 * diagrams.test.ts — scripts/gen-diagrams.ts makes a self-contained railroad-diagram page:
 * no script or stylesheet is loaded from http(s); run in a bare VM context, its inlined
 * scripts draw one SVG per grammar rule; and docs/quel-grammar.html is up to date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { quelParser } from '../../../src/parser/index.js';
import { generateDiagramsHtml } from '../../../scripts/gen-diagrams.js';

const html = generateDiagramsHtml();

describe('railroad diagrams', () => {
  it('load nothing from the network', () => {
    const scriptTags = html.match(/<script[^>]*>/gi) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).not.toMatch(/src\s*=\s*['"]?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href\s*=\s*['"]?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
  });

  it('draw one diagram per grammar rule when the page runs offline', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    let drawn = '';
    const context: Record<string, unknown> = {
      document: {
        getElementById: () => ({ set innerHTML(v: string) { drawn = v; } }),
        getElementsByClassName: () => [],
        querySelectorAll: () => [],
      },
    };
    context['window'] = context;
    vm.createContext(context);
    for (const script of scripts) vm.runInContext(script, context);
    const rules = quelParser().getSerializedGastProductions().length;
    expect(rules).toBeGreaterThan(40);
    expect(drawn.match(/<svg/g)?.length).toBe(rules);
    for (const rule of ['retrieveStmt', 'definePermit', 'aggregate', 'qual']) expect(drawn).toContain(rule);
  });

  it('docs/quel-grammar.html is the generated page (run npm run diagrams after grammar changes)', () => {
    const onDisk = readFileSync(fileURLToPath(new URL('../../../docs/quel-grammar.html', import.meta.url)), 'utf8');
    expect(onDisk).toBe(html);
  });
});
