#!/usr/bin/env node
// bin/demodb.js — shim for the `demodb` program; the code is in src/cli/demodb.ts, compiled to
// dist/ by `npm run build` (npm ci runs it through the prepare script).
// Kept to one import so that starting a program costs no more than loading it.
import '../dist/src/cli/demodb.js';
