/*
 * control.test.ts — the daemon's control thread through real processes: a real `ingresd`
 * (started by creatdb) and the real client. Progress reports of a long copy arrive while
 * the daemon's main thread is still inside the copy; short runs are never watched; Cancel
 * stops a cross product and a copy in flight (8022, nothing stored) and the session goes
 * on; a client killed during a long statement has it cancelled (its watch was the run's
 * lease); Cancel of an unknown session is 8011, of a finished run false. A monitor whose
 * output is not a terminal prints a long copy exactly as before: no bar, nothing on stderr.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunProgress, StatementResult } from '../../src/dbsys/session-api.js';
import { readInstallation } from '../../src/install/installation.js';
import { HostClient, PROGRESS_DELAY_MS, type RemoteSession } from '../../src/net/client.js';
import { VERSION } from '../../src/cli/version.js';
import { spawn } from 'node:child_process';
import { cleanup, envFor, PROJECT, runProgram, tempRoot, waitFor } from './helpers.js';

const { dir, iiSystem, home } = tempRoot('ingres-control-');
const env = envFor(iiSystem, home);
const bigFile = join(dir, 'big.txt');
const BIG_ROWS = 1_200_000;
let client: HostClient;
let session: RemoteSession;

function kinds(results: readonly StatementResult[]): (string | number)[] {
  return results.map((r) => (r.kind === 'error' ? r.error.code : r.kind === 'done' ? r.statement : r.kind));
}

async function count(relation: string): Promise<unknown> {
  const results = await session.run(`range of c is ${relation} retrieve (n = count(c.a))`);
  const last = results[results.length - 1];
  return last?.kind === 'rows' ? last.rows[0]?.[0] : kinds(results);
}

beforeAll(async () => {
  expect(await runProgram('creatdb', ['db'], env)).toMatchObject({ status: 0, stderr: '' });
  const lines: string[] = [];
  for (let i = 0; i < BIG_ROWS; i++) lines.push(`${i},name${i},${i * 3}`);
  writeFileSync(bigFile, `${lines.join('\n')}\n`);
  client = new HostClient(readInstallation(iiSystem).address);
  session = await client.openSession('db', { user: 'tester' });
  const setup = await session.run('create t (a = i4, b = c20, c = i4)\ncreate small (a = i4)\nappend to small (a = 1)');
  expect(kinds(setup)).toEqual(['Create', 'Create', 'Append']);
}, 120_000);

afterAll(async () => {
  await session.close();
  client.close();
  await cleanup(dir, iiSystem);
});

describe('the control thread', () => {
  test('a session names the control address: the daemon host, another port', () => {
    const main = readInstallation(iiSystem).address;
    expect(session.controlAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(session.controlAddress).not.toBe(main);
  });

  test('progress of a long copy arrives while the copy runs; a short run is never watched', async () => {
    const reports: { at: number; progress: RunProgress }[] = [];
    const started = performance.now();
    const results = await session.run(`copy t (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"`, {
      onProgress: (progress) => reports.push({ at: performance.now(), progress }),
    });
    const finished = performance.now();
    expect(results).toEqual([{ kind: 'done', statement: 'Copy', tuples: BIG_ROWS }]);
    expect(reports.length).toBeGreaterThan(0);
    // nothing is watched before the run has taken PROGRESS_DELAY_MS
    expect(reports[0]!.at - started).toBeGreaterThanOrEqual(PROGRESS_DELAY_MS - 50);
    // the first report came while the main thread was still copying, not with the result
    expect(finished - reports[0]!.at).toBeGreaterThan(100);
    const size = statSync(bigFile).size;
    for (const { progress } of reports) {
      expect(progress).toMatchObject({ what: `copy t from ${bigFile}`, bytesTotal: size, recordsTotal: 0 });
      expect(progress.bytes).toBeLessThanOrEqual(size);
    }
    for (let i = 1; i < reports.length; i++) expect(reports[i]!.progress.bytes).toBeGreaterThan(reports[i - 1]!.progress.bytes);
    const quick: RunProgress[] = [];
    expect(kinds(await session.run('append to small (a = 2)', { onProgress: (p) => quick.push(p) }))).toEqual(['Append']);
    expect(quick).toEqual([]);
  }, 120_000);

  test('Cancel stops a cross product in flight (8022) and the session goes on', async () => {
    const controller = new AbortController();
    const running = session.run('range of x is t range of y is t retrieve (n = count(x.a where x.c + y.c > 5))', {
      signal: controller.signal,
    });
    // the user presses Ctrl-C a second into a query that would run for hours
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 1000);
    const results = await running;
    // the executor polls every few thousand tuples: the answer follows the cancel closely
    expect(performance.now() - abortedAt).toBeLessThan(3000);
    expect(kinds(results)).toEqual(['Range', 'Range', 8022]);
    const last = results[2];
    expect(last?.kind === 'error' ? last.error.message : '').toBe('query interrupted: the statement was cancelled and rolled back');
    expect(await count('small')).toBe(2);
  }, 60_000);

  test('a cancelled copy from stores nothing', async () => {
    await session.run('destroy t create t (a = i4, b = c20, c = i4)');
    const controller = new AbortController();
    const running = session.run(`copy t (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"`, {
      signal: controller.signal,
      // abort once the copy has reported that it is under way
      onProgress: () => controller.abort(),
    });
    expect(kinds(await running)).toEqual([8022]);
    expect(await count('t')).toBe(0);
  }, 60_000);

  test('a client killed during a long statement has it cancelled: it stores nothing, and the daemon is free at once', async () => {
    await session.run('destroy t create t (a = i4, b = c20, c = i4)');
    // a client of its own, in a process of its own: it starts the copy and says when the
    // first progress report came (so its watch, the run's lease, is open); then it dies
    const script = `
      import { HostClient } from ${JSON.stringify(join(PROJECT, 'dist', 'src', 'net', 'client.js'))};
      const client = new HostClient(${JSON.stringify(readInstallation(iiSystem).address)});
      const s = await client.openSession('db', { user: 'tester' });
      let said = false;
      s.run(${JSON.stringify(`copy t (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"`)}, {
        signal: new AbortController().signal,
        onProgress: () => { if (!said) { said = true; process.stdout.write('under way\\n'); } },
      });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    await waitFor('the copy under way', () => output.includes('under way') || child.exitCode !== null);
    expect(output).toBe('under way\n');
    child.kill('SIGKILL');
    // had the copy gone on for nobody, this would wait for it and count every row
    expect(await count('t')).toBe(0);
  }, 60_000);

  test('Cancel of an unknown session is 8011, of a finished run false', async () => {
    const control = client.control(session.controlAddress);
    await expect(control.cancel('nosuch', 1)).rejects.toMatchObject({ code: 8011 });
    expect(kinds(await session.run('append to small (a = 3)'))).toEqual(['Append']);
    // the run just done: its number is the session's latest
    const latest = (session as unknown as { runs: number }).runs;
    expect(await control.cancel(session.id, latest)).toBe(false);
    expect(kinds(await session.run('append to small (a = 4)'))).toEqual(['Append']);
  });

  test('a piped monitor prints a long copy byte for byte as before: no bar, nothing on stderr', async () => {
    await session.run('destroy t create t (a = i4, b = c20, c = i4)');
    const script = `copy t (a = c0comma, b = c0comma, c = c0nl) from "${bigFile}"\n\\g\n\\q\n`;
    const result = await runProgram('ingres', ['db'], env, script, 120_000);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const date = /^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/gm;
    expect(result.stdout.replace(date, '<date>')).toBe(
      `INGRES version ${VERSION} login\n<date>\n\ngo\nExecuting . . .\n\n\x07\ncontinue\n` +
      `INGRES version ${VERSION} logout\n<date>\ngoodbye tester -- come again\n`);
    expect(await count('t')).toBe(BIG_ROWS);
  }, 120_000);
});
