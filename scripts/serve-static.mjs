#!/usr/bin/env node
/**
 * A tiny, dependency-free static file server for the built page (`dist/`), usable as a module and as a CLI.
 *
 *   node scripts/serve-static.mjs dist --port 4173 --base /docs/tryit/ [--host 127.0.0.1]
 *
 * Files are served under `basePath` only (proving the page works from a sub-path); a directory URL serves its
 * `index.html`; anything else is a 404. No SPA rewrites: the app routes with the URL hash.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Content types by file extension (lower case, with the dot). */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Normalizes a base path to the form `/a/b/` (always leading and trailing slash). */
function normalizeBasePath(basePath) {
  const trimmed = String(basePath ?? '/')
    .split('/')
    .filter(Boolean)
    .join('/');
  return trimmed ? `/${trimmed}/` : '/';
}

/** True when `child` is `root` itself or lies inside it (both absolute, resolved). */
function isInside(root, child) {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Starts a static server for `root` under `basePath`. Resolves once it listens; `url` is the page URL
 * (origin + basePath), `close()` stops it (open connections included).
 */
export async function serveStatic({ root, host = '127.0.0.1', port = 0, basePath = '/' }) {
  if (!root) throw new Error('serveStatic: `root` is required');
  const base = normalizeBasePath(basePath);
  // realpath: a symlinked root must not make every file look "outside" it.
  const rootDir = await realpath(path.resolve(root));
  const rootStat = await stat(rootDir);
  if (!rootStat.isDirectory()) throw new Error(`serveStatic: ${rootDir} is not a directory`);

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy(error);
    });
  });

  /** Answers one request. */
  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'Method Not Allowed\n');
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'Bad Request\n');
    }
    if (pathname.includes('\0')) return send(res, 400, 'Bad Request\n');
    // `/docs/tryit` (no trailing slash) would break relative asset URLs: redirect to the directory form.
    if (`${pathname}/` === base) {
      res.setHeader('location', base + (req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''));
      return send(res, 301, 'Moved Permanently\n');
    }
    if (!pathname.startsWith(base)) return send(res, 404, 'Not Found\n');

    const relative = pathname.slice(base.length);
    let filePath = path.resolve(rootDir, `.${path.sep}${relative}`);
    if (!isInside(rootDir, filePath)) return send(res, 404, 'Not Found\n');

    let info = await stat(filePath).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.setHeader('location', `${pathname}/`);
        return send(res, 301, 'Moved Permanently\n');
      }
      filePath = path.join(filePath, 'index.html');
      info = await stat(filePath).catch(() => null);
    }
    if (!info?.isFile()) return send(res, 404, 'Not Found\n');
    // A symlink inside root may point outside it: check the real target as well.
    const real = await realpath(filePath).catch(() => null);
    if (!real || !isInside(rootDir, real)) return send(res, 404, 'Not Found\n');

    const type = CONTENT_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-length': info.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(real);
    stream.on('error', (error) => res.destroy(error));
    stream.pipe(res);
  }

  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const hostForUrl =
    address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  const url = `http://${hostForUrl}:${address.port}${base}`;

  return {
    url,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Writes a small plain-text response. */
function send(res, status, text) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Parses `root [--port N] [--host H] [--base /path/]`. */
function parseArgs(argv) {
  const options = { root: 'dist', host: '127.0.0.1', port: 4173, basePath: '/' };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--port' || flag === '-p') options.port = Number(value());
    else if (flag === '--host') options.host = value();
    else if (flag === '--base') options.basePath = value();
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag.startsWith('-')) throw new Error(`unknown option ${flag}`);
    else rest.push(arg);
  }
  if (rest[0]) options.root = rest[0];
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('--port must be an integer between 0 and 65535');
  }
  return options;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options.help) {
      console.log(
        'usage: node scripts/serve-static.mjs [root=dist] [--port 4173] [--host 127.0.0.1] [--base /]',
      );
      process.exit(0);
    }
    const { url, close } = await serveStatic(options);
    console.log(`listening on ${url}`);
    const stop = () => close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`serve-static: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
