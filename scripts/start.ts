/**
 * `npm start`: the page, the reference gateway and (for the built-in API) the demo upstream, supervised.
 * The logic is in scripts/start/run-start.ts (tested); this only wires it to the process.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStart } from './start/run-start.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stopRequested = new Promise<string>((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => resolve(signal));
});

process.exitCode = await runStart({
  argv: process.argv.slice(2),
  env: process.env,
  root,
  cwd: process.env.INIT_CWD ?? process.cwd(),
  outDir: path.join(root, 'node_modules', '.tryit-start'),
  log: (line) => console.log(line),
  stopRequested,
});
// Signal listeners would keep nothing alive, but a stray handle must not hold the exit code hostage.
process.exit();
