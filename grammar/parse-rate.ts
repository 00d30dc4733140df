/*
 * parse-rate.ts — a rough, test-free measurement of the parser's speed: parses a mix of
 * small statements (the shape the benchmarks send) for about two seconds and prints
 * statements per second and microseconds per statement. Not a test; numbers go in README.
 * Run after `npm run build`: node dist/grammar/parse-rate.js
 */
import { parse } from '../src/parser/index.js';

const MIX = [
  'range of e is employee',
  'retrieve (e.name, e.salary) where e.number = 10',
  'append to employee (number = 1, name = "x", salary = 100)',
  'replace e (salary = e.salary * 1.1) where e.name = "Ross*"',
  'delete e where e.number = 1 and e.salary < 1000 or not e.manager = 33',
  'retrieve (m = e.manager, c = count(e.name by e.manager where e.startdate < 1970))',
];

interface Rate {
  perSecond: number;
  microsEach: number;
}

function measure(texts: readonly string[], millis: number): Rate {
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < millis) {
    for (const text of texts) count += parse(text).length;
    now = performance.now();
  }
  const seconds = (now - start) / 1000;
  return { perSecond: Math.round(count / seconds), microsEach: (seconds * 1e6) / count };
}

measure(MIX, 500); // warm up the JIT
const small = measure(MIX, 2000);
const buffer = measure([MIX.join('\n').repeat(50)], 2000);
const show = (r: Rate): string =>
  `${r.perSecond} statements/s (${r.microsEach.toFixed(2)} µs each)`;
console.log(`one statement per call: ${show(small)}`);
console.log(`300 statements per call: ${show(buffer)}`);
