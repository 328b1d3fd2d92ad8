import { createServer } from 'node:http';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';

/** A server on 127.0.0.1 that hands out fixed texts by path, readable from any origin (the page fetches them). */
export interface FileServer {
  /** The URL of one of the files. */
  url(name: string): string;
  close(): Promise<void>;
}

/** Serves `files` (name → text) until closed; YAML or JSON by the name's extension. */
export async function serveFiles(files: Record<string, string | Buffer>): Promise<FileServer> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0] ?? '');
    const body = Object.hasOwn(files, name) ? files[name] : undefined;
    if (body === undefined) {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    res.writeHead(200, {
      'access-control-allow-origin': '*',
      'content-type': name.endsWith('.json') ? 'application/json' : 'text/yaml',
    });
    res.end(body);
  });
  const base = await listenOn(server, '127.0.0.1', 0);
  return {
    url: (name) => `${base}/${encodeURIComponent(name)}`,
    close: () => closeServer(server),
  };
}
