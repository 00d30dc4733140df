#!/usr/bin/env node
// bin/destroydb.js — shim for the `destroydb` program; the code is in src/cli/destroydb.ts, compiled to
// dist/ by `npm run build` (npm ci runs it through the prepare script).
// Kept to one import so that starting a program costs no more than loading it.
import '../dist/src/cli/destroydb.js';
