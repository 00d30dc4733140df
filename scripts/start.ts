/*
 * start.ts — `npm start`: a local installation (II_SYSTEM from the environment, else
 * ./.ingres in the project), the demo database `demo` created and loaded if missing, then
 * the terminal monitor on it. With stdin not a terminal the monitor runs the piped QUEL.
 * Extra arguments go to the monitor (`npm start -- -s`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { IngresError, toIngresError } from '../src/common/errors.js';
import { ensureDaemon } from '../src/install/daemon-control.js';
import { loadDemo } from '../src/install/demo.js';
import { ensureInstallation, hasDatabase, resolveIISystem } from '../src/install/installation.js';
import { projectRoot } from '../src/install/project.js';
import { HostClient } from '../src/net/client.js';

const DEMO = 'demo';

async function prepare(): Promise<string> {
  const env = process.env['II_SYSTEM'];
  const root = env !== undefined && env !== '' ? resolveIISystem() : join(projectRoot(), '.ingres');
  const installation = await ensureInstallation(root);
  await ensureDaemon(installation);
  if (!hasDatabase(root, DEMO)) {
    process.stderr.write(`npm start: creating the demo database in ${root} ...\n`);
    const client = new HostClient(installation.address, installation.hostname);
    const user = process.env['USER'] ?? 'ingres';
    try {
      await client.createDatabase(DEMO, user);
      const session = await client.openSession(DEMO, { user, client: `start[${process.pid}]` });
      try {
        await loadDemo(session);
      } catch (error) {
        await session.close().catch(() => undefined);
        await client.destroyDatabase(DEMO, user).catch(() => undefined);
        throw error;
      }
      await session.close();
    } catch (error) {
      if (!(error instanceof IngresError && error.code === 8002)) throw error;
    } finally {
      client.close();
    }
  }
  return root;
}

prepare()
  .then((root) => {
    const monitor = spawn(process.execPath, [join(projectRoot(), 'bin', 'ingres.js'), ...process.argv.slice(2), DEMO], {
      stdio: 'inherit',
      env: { ...process.env, II_SYSTEM: root },
    });
    monitor.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 128)));
  })
  .catch((error: unknown) => {
    process.stderr.write(`${toIngresError(error).format()}\n`);
    process.exit(1);
  });
