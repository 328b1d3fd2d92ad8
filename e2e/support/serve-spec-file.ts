/** Serves one description file with CORS on a free port, as a docs host would for `?spec=`. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';
import { REPO_ROOT } from './processes.ts';

export interface ServedSpec {
  /** The file's URL, ending in its name. */
  url: string;
  close(): Promise<void>;
}

/** Serves `file` (relative to the repository) at `/<its name>`, JSON or YAML by its extension. */
export async function serveSpecFile(file: string): Promise<ServedSpec> {
  const text = await readFile(path.join(REPO_ROOT, file));
  const name = path.basename(file);
  const type = name.endsWith('.json') ? 'application/json' : 'text/yaml';
  const server = createServer((req, res) => {
    if (req.url !== `/${name}`) {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': type });
    res.end(text);
  });
  const origin = await listenOn(server, '127.0.0.1', 0);
  return { url: `${origin}/${name}`, close: () => closeServer(server) };
}
