#!/usr/bin/env node
// bin/ingresd.js — shim for the `ingresd` program; the code is in src/cli/ingresd.ts, compiled to
// dist/ by `npm run build` (npm ci runs it through the prepare script).
// Kept to one import so that starting a program costs no more than loading it.
import '../dist/src/cli/ingresd.js';
