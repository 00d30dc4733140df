#!/usr/bin/env node
// bin/ingres.js — shim for the `ingres` program; the code is in src/cli/ingres.ts, compiled to
// dist/ by `npm run build` (npm ci runs it through the prepare script).
import '../dist/src/cli/ingres.js';
