import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_UPSTREAM_ENTRY, GATEWAY_ENTRY } from '../../test-support/entry-points.ts';
import { createSupervisor } from './create-supervisor.ts';
import { firstServerUrl } from './first-server-url.ts';
import { parseStartArgs, START_USAGE } from './parse-start-args.ts';
import { type ResolvedDescription, resolveDescription } from './resolve-description.ts';

/** `npm start`'s exit codes. */
export const EXIT = {
  /** Stopped as asked: Ctrl+C, SIGTERM or SIGHUP. */
  stopped: 0,
  /** A part failed to start (build, port in use, gateway config) or stopped on its own. */
  failed: 1,
  /** Bad arguments, or a description that cannot be used. */
  usage: 2,
} as const;

/** What `runStart` needs from the world; tests pass their own. */
export interface StartContext {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The repository root (entry points are found from it). */
  root: string;
  cwd: string;
  /** Where the page is built (its own folder: `npm test` rebuilds dist/ meanwhile). */
  outDir: string;
  log: (line: string) => void;
  /** Resolves when the user asks to stop (Ctrl+C, SIGTERM, SIGHUP). */
  stopRequested: Promise<string>;
  fetchImpl?: typeof fetch;
  /** How long a server may take to say it listens. */
  readyTimeoutMs?: number;
  graceMs?: number;
  /** Called once everything runs, with the page URL (tests use it). */
  onReady?: (ready: {
    page: string;
    gateway: string;
    demo?: string;
    running: { name: string; pid: number | undefined }[];
  }) => void;
}

const HOST = '127.0.0.1';

/**
 * `npm start [description] [--upstream URL]`: the page, the reference gateway for that description, and
 * (for the built-in usage API) the offline demo upstream, on 127.0.0.1. Order: the static server, the demo,
 * the gateway (so a port in use fails at once), then the build, which needs the gateway's URL. Resolves
 * with the exit code (see EXIT) once every process has stopped.
 */
export async function runStart(context: StartContext): Promise<number> {
  const { log } = context;
  const parsed = parseStartArgs(context.argv, context.env);
  if (!parsed.ok) {
    log(`npm start: ${parsed.message}\n\n${START_USAGE}`);
    return EXIT.usage;
  }
  const options = parsed.options;
  if (options.help) {
    log(START_USAGE);
    return EXIT.stopped;
  }

  const scratch = await mkdtemp(path.join(tmpdir(), 'tryit-start-'));
  try {
    let description: ResolvedDescription | undefined;
    let upstream = options.upstream;
    if (options.description) {
      try {
        description = await resolveDescription(options.description, {
          cwd: context.cwd,
          downloadDir: scratch,
          ...(context.fetchImpl ? { fetchImpl: context.fetchImpl } : {}),
        });
      } catch (error) {
        log(`npm start: ${error instanceof Error ? error.message : error}`);
        return EXIT.usage;
      }
      upstream ??= firstServerUrl(description.doc);
      if (!upstream) {
        log(
          `npm start: ${description.title} names no absolute server URL, so the gateway does not know where ` +
            'to forward. Give one: npm start -- <description> --upstream https://api.example.com',
        );
        return EXIT.usage;
      }
    }
    return await supervise(context, options, description, upstream);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function supervise(
  context: StartContext,
  options: { pagePort: number; gatewayPort: number; demoPort: number },
  description: ResolvedDescription | undefined,
  explicitUpstream: string | undefined,
): Promise<number> {
  const { log, root } = context;
  const supervisor = createSupervisor({ log, ...(context.graceMs ? { graceMs: context.graceMs } : {}) });
  const guard = path.join(root, 'e2e', 'support', 'exit-with-parent.mjs');
  const tsxServer = (name: string, entry: string, env: Record<string, string>) => ({
    name,
    command: process.execPath,
    args: ['--import', 'tsx', '--import', guard, path.join(root, entry)],
    cwd: root,
    env,
  });
  let stopped = false;
  void context.stopRequested.then((reason) => {
    stopped = true;
    log(`[start] ${reason}: stopping everything.`);
    void supervisor.stop(EXIT.stopped);
  });

  try {
    await mkdir(context.outDir, { recursive: true });
    const page = await supervisor.serve(
      {
        name: 'page',
        command: process.execPath,
        args: [
          '--import',
          guard,
          path.join(root, 'scripts', 'serve-static.mjs'),
          context.outDir,
          '--port',
          String(options.pagePort),
          '--host',
          HOST,
        ],
        cwd: root,
      },
      context.readyTimeoutMs,
    );
    const pageOrigin = new URL(page).origin;
    let demo: string | undefined;
    if (!description && !explicitUpstream) {
      demo = await supervisor.serve(
        tsxServer('demo-upstream', DEMO_UPSTREAM_ENTRY, {
          DEMO_HOST: HOST,
          DEMO_PORT: String(options.demoPort),
        }),
        context.readyTimeoutMs,
      );
    }
    const upstream = explicitUpstream ?? `${demo}/v1`;
    const gateway = await supervisor.serve(
      tsxServer('gateway', GATEWAY_ENTRY, {
        GATEWAY_HOST: HOST,
        GATEWAY_PORT: String(options.gatewayPort),
        GATEWAY_UPSTREAM_URL: upstream,
        GATEWAY_ALLOWED_ORIGINS: `${pageOrigin},${pageOrigin.replace(HOST, 'localhost')}`,
        ...(description ? { GATEWAY_SPEC: description.file } : {}),
      }),
      context.readyTimeoutMs,
    );
    log(
      `[start] Building the page${description ? ` for ${description.title}` : ''} (gateway ${gateway} prefilled)…`,
    );
    await supervisor.run({
      name: 'build',
      command: process.execPath,
      args: [
        path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--logLevel',
        'warn',
        '--outDir',
        context.outDir,
        '--emptyOutDir',
      ],
      cwd: root,
      env: {
        VITE_TRYIT_GATEWAY_URL: gateway,
        // The embedded description: the one given, else the built-in default (never one from the shell).
        TRYIT_SPEC: description?.file,
        // A production build whatever the caller's NODE_ENV (a test runner sets "test").
        NODE_ENV: undefined,
      },
    });
    const pageUrl = `${page}/${description ? '' : '#/operations/usage-audio-speeches'}`;
    log(readyMessage({ pageUrl, gateway, upstream, demo, title: description?.title, env: context.env }));
    context.onReady?.({ page: pageUrl, gateway, ...(demo ? { demo } : {}), running: supervisor.running() });
  } catch (error) {
    if (!stopped) {
      log(`npm start failed: ${error instanceof Error ? error.message : error}`);
      return supervisor.stop(EXIT.failed);
    }
  }
  return supervisor.finished;
}

function readyMessage(at: {
  pageUrl: string;
  gateway: string;
  upstream: string;
  demo: string | undefined;
  title: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}): string {
  const lines = [
    '',
    '  Try It is running.',
    `    Page:          ${at.pageUrl}`,
    `    Gateway:       ${at.gateway} (forwards to ${at.upstream}; ${keyNote(at.env)})`,
  ];
  if (at.demo) {
    lines.push(
      `    Demo upstream: ${at.demo}/v1 (offline, any non-empty key works; the key "demo-rate-limited" answers 429)`,
      '',
      '  Open the page, type any key (e.g. demo-key), a start_time such as 1730419200, and press Send.',
    );
  } else if (at.title) {
    lines.push(
      '',
      `  The demo upstream serves only the built-in usage API, so it is not running: requests for`,
      `  ${at.title} go through the gateway to ${at.upstream}, the real API. Type its credential in`,
      '  the page (it is sent through the gateway), or set GATEWAY_CREDENTIAL so the gateway holds it',
      '  (with GATEWAY_CALLER_TOKENS, or GATEWAY_PUBLIC=1: a key-holding gateway checks its callers).',
    );
  } else {
    lines.push('', `  The gateway forwards to ${at.upstream}, not to the demo upstream.`);
  }
  lines.push('  Ctrl+C stops everything.', '');
  return lines.join('\n');
}

/**
 * Whether the gateway holds a key (it inherits GATEWAY_CREDENTIAL(_<SCHEME>) from the shell) and so checks
 * its callers (issue 13: it refuses to start without GATEWAY_CALLER_TOKENS, a JWT setup or GATEWAY_PUBLIC=1).
 */
function keyNote(env: Readonly<Record<string, string | undefined>>): string {
  const holdsKey = Object.entries(env).some(
    ([name, value]) => /^GATEWAY_CREDENTIAL(_.+)?$/.test(name) && value?.trim(),
  );
  if (!holdsKey) {
    return 'holds no key: the key you type is forwarded, so it needs no caller check. See "Deploying the gateway" in the README for the other modes';
  }
  return env.GATEWAY_PUBLIC?.trim() === '1'
    ? 'holds the key from GATEWAY_CREDENTIAL and, with GATEWAY_PUBLIC, serves anyone who reaches it'
    : 'holds the key from GATEWAY_CREDENTIAL and serves only callers with a gateway access token: type yours under Authentication';
}
