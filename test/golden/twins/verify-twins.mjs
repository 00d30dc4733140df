#!/usr/bin/env node
/*
 * verify-twins.mjs — dev tool (not part of npm test): checks the expected output of every
 * golden `query` block that carries `# twin: SQL` lines against PostgreSQL 15 running the
 * twin on the same demo data, rendered in INGRES's monitor layout. `--write` rewrites the
 * expected blocks from PostgreSQL and regenerates twins/twins.sql. Starts its own server
 * (as user postgres, temp dir, loopback port) unless PGURL is set. Usage in README.md.
 */
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const goldenDir = join(here, '..');
const demoDir = process.env.DEMO_DIR ?? '/work/shared/ingres-demo';
const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const args = process.argv.slice(2);
const write = args.includes('--write');
const only = args.filter((a) => !a.startsWith('--'));

// ------------------------------------------------------------------ server

function asPostgres(cmd, cmdArgs) {
  const isRoot = process.getuid?.() === 0;
  const r = isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...cmdArgs], { encoding: 'utf8' })
    : spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
}

async function startServer() {
  if (process.env.PGURL) return { url: process.env.PGURL, stop: async () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'twins-pg-'));
  if (process.getuid?.() === 0) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    chownSync(dir, Number(id), Number(gid));
  }
  const data = join(dir, 'data');
  asPostgres(join(pgBin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const cmd = [join(pgBin, 'postgres'), '-D', data, '-p', String(port), '-k', dir, '-h', '127.0.0.1'];
  const server = process.getuid?.() === 0
    ? spawn('runuser', ['-u', 'postgres', '--', ...cmd], { stdio: 'ignore' })
    : spawn(cmd[0], cmd.slice(1), { stdio: 'ignore' });
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  for (let i = 0; i < 100; i++) {
    const r = spawnSync(join(pgBin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]);
    if (r.status === 0) break;
    spawnSync('sleep', ['0.1']);
  }
  return {
    url,
    stop: async () => {
      asPostgres(join(pgBin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'fast']);
      if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const SQL_TYPES = { i1: 'smallint', i2: 'smallint', i4: 'integer', f4: 'real', f8: 'double precision' };

async function loadDemo(client) {
  for (const file of readdirSync(demoDir).filter((f) => f.endsWith('.tsv'))) {
    const name = file.replace(/\.tsv$/, '');
    const lines = readFileSync(join(demoDir, file), 'utf8').split('\n').filter((l) => l !== '');
    const header = lines[0].split('\t').map((h) => h.split(':'));
    const cols = header.map(([n, f]) => `${n} ${f.startsWith('c') ? `char(${f.slice(1)})` : SQL_TYPES[f]}`);
    await client.query(`drop table if exists ${name}; create table ${name} (${cols.join(', ')})`);
    for (const line of lines.slice(1)) {
      const values = line.split('\t');
      const params = values.map((_, i) => `$${i + 1}`).join(', ');
      await client.query(`insert into ${name} values (${params})`, values);
    }
  }
}

// ------------------------------------------------------------------ INGRES layout

const PG = { int2: 21, int4: 23, int8: 20, float4: 700, float8: 701, numeric: 1700, bpchar: 1042, varchar: 1043 };

function columnType(field) {
  switch (field.dataTypeID) {
    case PG.int2: return { kind: 'i', width: 6 };
    case PG.int4: case PG.int8: return { kind: 'i', width: 13 };
    case PG.float4: case PG.float8: case PG.numeric: return { kind: 'f', width: 10 };
    case PG.bpchar: case PG.varchar:
      if (field.dataTypeModifier < 4) throw new Error(`column ${field.name}: cast char results to char(n)`);
      return { kind: 'c', width: Math.max(field.dataTypeModifier - 4, 6) };
    default: throw new Error(`column ${field.name}: unsupported type oid ${field.dataTypeID}`);
  }
}

function formatFloat(value, width) {
  const text = Number(value).toFixed(3);
  if (text.length > width) throw new Error(`float ${value} needs E form; not supported here`);
  return text.padStart(width);
}

function formatField(value, type) {
  if (type.kind === 'c') return String(value).replace(/ +$/, '').padEnd(type.width).slice(0, type.width);
  const text = type.kind === 'f' ? formatFloat(value, type.width) : String(value);
  return text.length > type.width ? '*'.repeat(type.width) : text.padStart(type.width);
}

function renderTable(result) {
  const types = result.fields.map(columnType);
  const header = '|' + result.fields.map((f, i) => f.name.slice(0, types[i].width).padEnd(types[i].width)).join('|') + '|';
  const rule = '|' + '-'.repeat(types.reduce((s, t) => s + t.width + 1, 0) - 1) + '|';
  const rows = result.rows.map((row) => '|' + result.fields.map((f, i) => formatField(row[f.name], types[i])).join('|') + '|');
  return [header, rule, ...rows, rule];
}

function normalize(lines, rowsort) {
  const kept = lines.filter((l) => l !== '');
  if (!rowsort) return kept;
  const out = [];
  let rows = null;
  for (const line of kept) {
    const rule = /^\|-+\|$/.test(line);
    if (rows === null) { out.push(line); if (rule) rows = []; }
    else if (rule) { out.push(...rows.sort(), line); rows = null; }
    else rows.push(line);
  }
  return out;
}

// ------------------------------------------------------------------ golden files

/** Twin-carrying query blocks: { twin, mode, headerLine, expectedStart, expectedEnd } (0-based). */
function twinBlocks(lines) {
  const blocks = [];
  let twin = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l.startsWith('# twin:')) { twin.push(l.slice(7).trim()); continue; }
    if (l.startsWith('query') && twin.length > 0) {
      const mode = l.split(/\s+/).find((w) => w === 'rowsort' || w === 'contains') ?? 'nosort';
      let j = i + 1;
      while (j < lines.length && lines[j] !== '----') j++;
      const start = j + 1;
      let end = start;
      while (end < lines.length && lines[end].trim() !== '') end++;
      blocks.push({ twin: twin.join('\n'), mode, headerLine: i, expectedStart: start, expectedEnd: end,
        quel: lines.slice(i + 1, j).join('\n') });
      twin = [];
      i = end;
      continue;
    }
    if (l !== '' && !l.startsWith('#')) twin = [];
  }
  return blocks;
}

async function main() {
  const server = await startServer();
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  let checked = 0;
  let failed = 0;
  const catalog = [];
  try {
    await loadDemo(client);
    const files = readdirSync(goldenDir).filter((f) => f.endsWith('.quel.test')).sort()
      .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
    for (const file of files) {
      const path = join(goldenDir, file);
      const lines = readFileSync(path, 'utf8').split('\n');
      const blocks = twinBlocks(lines);
      for (const block of blocks.reverse()) {
        checked++;
        catalog.push({ file, line: block.headerLine + 1, quel: block.quel, twin: block.twin });
        let actual;
        try {
          actual = renderTable(await client.query(block.twin));
        } catch (error) {
          failed++;
          console.log(`${file}:${block.headerLine + 1}: twin failed: ${error.message}`);
          continue;
        }
        const expected = lines.slice(block.expectedStart, block.expectedEnd);
        // a print block's title line ("R relation") is not part of the twin's table
        const titles = expected.filter((l) => l !== '' && !l.startsWith('|'));
        actual = [...titles, ...actual];
        const same = JSON.stringify(normalize(actual, block.mode === 'rowsort'))
          === JSON.stringify(normalize(expected, block.mode === 'rowsort'));
        if (write) {
          const ordered = block.mode === 'rowsort' ? normalize(actual, true) : actual;
          lines.splice(block.expectedStart, block.expectedEnd - block.expectedStart, ...ordered);
        } else if (!same) {
          failed++;
          console.log(`${file}:${block.headerLine + 1}: expected output differs from PostgreSQL\n` +
            `--- file\n${expected.join('\n')}\n--- postgres\n${actual.join('\n')}`);
        }
      }
      if (write) writeFileSync(path, lines.join('\n'));
    }
    if (write) {
      catalog.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
      const text = catalog.map((c) => `-- ${c.file}:${c.line}\n-- QUEL: ${c.quel.split('\n').join('\n--       ')}\n${c.twin.replace(/;?\s*$/, ';')}\n`).join('\n');
      writeFileSync(join(here, 'twins.sql'), `-- twins.sql — generated by verify-twins.mjs --write: every PostgreSQL twin of a golden query.\n\n${text}`);
    }
  } finally {
    await client.end();
    await server.stop();
  }
  console.log(`${checked} twin queries ${write ? 'written' : 'checked'}, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
