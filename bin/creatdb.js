#!/usr/bin/env node
// bin/creatdb.js — shim for the `creatdb` program; the code is in src/cli/creatdb.ts, compiled to
// dist/ by `npm run build` (npm ci runs it through the prepare script).
// Kept to one import so that starting a program costs no more than loading it.
import '../dist/src/cli/creatdb.js';
