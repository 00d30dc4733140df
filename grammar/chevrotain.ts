/*
 * chevrotain.ts — chevrotain, loaded from its own single-file ESM build (lib/chevrotain.mjs,
 * which the package's exports map does not expose) instead of its entry point (lib/src/api.js
 * with lodash-es: hundreds of modules). Importing the entry took ~400 ms of a daemon's ~0.9 s
 * start; the bundle ~35 ms. Same 39 exports; a chevrotain without the file falls back to the
 * entry. Values come from here, types straight from 'chevrotain' (erased at run time).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Api from 'chevrotain';

async function load(): Promise<typeof Api> {
  const bundle = join(dirname(createRequire(import.meta.url).resolve('chevrotain')), '..', 'chevrotain.mjs');
  if (existsSync(bundle)) return (await import(pathToFileURL(bundle).href)) as typeof Api;
  return import('chevrotain');
}

const chevrotain = await load();

export const EOF: typeof Api.EOF = chevrotain.EOF;
export const createToken: typeof Api.createToken = chevrotain.createToken;
export const createSyntaxDiagramsCode: typeof Api.createSyntaxDiagramsCode = chevrotain.createSyntaxDiagramsCode;
export const EmbeddedActionsParser: typeof Api.EmbeddedActionsParser = chevrotain.EmbeddedActionsParser;
export const Lexer: typeof Api.Lexer = chevrotain.Lexer;
