#!/usr/bin/env node
// bin/ingres.js — shim for the `ingres` program; the code is in src/cli/ingres.ts, compiled to
// dist/ by `npm run build` (npm ci runs it through the prepare script).
// Kept to one import so that starting a program costs no more than loading it.
import '../dist/src/cli/ingres.js';
