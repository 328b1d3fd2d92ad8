/** What `npm start` was asked to do, from its arguments and environment. */
export interface StartOptions {
  /** A description to try (a path or an http(s) URL); undefined: the built-in usage API with the demo. */
  description?: string;
  /** Where the gateway forwards; undefined: the demo upstream (built-in API) or the description's server. */
  upstream?: string;
  pagePort: number;
  gatewayPort: number;
  demoPort: number;
  help: boolean;
}

/** The usage text `npm start -- --help` prints. */
export const START_USAGE = `usage: npm start [-- [description] [--upstream URL]]

  description     an OpenAPI 3.x or Swagger 2.0 file (YAML or JSON) or an http(s) URL of one
                  (default: TRYIT_SPEC, else the built-in OpenAI usage API with the offline demo upstream)
  --upstream URL  where the gateway forwards (default: GATEWAY_UPSTREAM_URL, else the description's
                  first absolute server URL; the built-in API uses the demo upstream)

  environment: PAGE_PORT (4173), GATEWAY_PORT (8787), DEMO_PORT (8788), TRYIT_SPEC, GATEWAY_UPSTREAM_URL,
               GATEWAY_CREDENTIAL and the gateway's other GATEWAY_* settings
  exit codes:  0 stopped by Ctrl+C or SIGTERM; 1 a part failed to start or stopped; 2 bad arguments or
               an unusable description`;

/**
 * Reads `npm start`'s arguments (`[description] [--upstream URL] [--help]`) and environment (TRYIT_SPEC,
 * GATEWAY_UPSTREAM_URL, PAGE_PORT, GATEWAY_PORT, DEMO_PORT). Arguments win over the environment. Never
 * throws: a bad input gives a message that names it.
 */
export function parseStartArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; options: StartOptions } | { ok: false; message: string } {
  const positional: string[] = [];
  let upstream: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--upstream' || arg.startsWith('--upstream=')) {
      const value = arg === '--upstream' ? argv[++i] : arg.slice('--upstream='.length);
      if (!value) return { ok: false, message: '--upstream needs a URL' };
      upstream = value;
    } else if (arg.startsWith('-') && arg !== '-') return { ok: false, message: `unknown option ${arg}` };
    else positional.push(arg);
  }
  if (positional.length > 1) {
    return { ok: false, message: `one description at a time (got ${positional.join(', ')})` };
  }
  const description = positional[0] ?? (env.TRYIT_SPEC?.trim() || undefined);
  upstream ??= env.GATEWAY_UPSTREAM_URL?.trim() || undefined;
  if (upstream !== undefined) {
    const problem = upstreamProblem(upstream);
    if (problem) return { ok: false, message: problem };
  }
  const ports: Record<'PAGE_PORT' | 'GATEWAY_PORT' | 'DEMO_PORT', number> = {
    PAGE_PORT: 4173,
    GATEWAY_PORT: 8787,
    DEMO_PORT: 8788,
  };
  for (const name of Object.keys(ports) as (keyof typeof ports)[]) {
    const text = env[name]?.trim();
    if (!text) continue;
    if (!/^\d{1,5}$/.test(text) || Number(text) > 65_535) {
      return {
        ok: false,
        message: `${name} must be a port number 0..65535 (0: any free port), got "${text}"`,
      };
    }
    ports[name] = Number(text);
  }
  return {
    ok: true,
    options: {
      ...(description ? { description } : {}),
      ...(upstream ? { upstream } : {}),
      pagePort: ports.PAGE_PORT,
      gatewayPort: ports.GATEWAY_PORT,
      demoPort: ports.DEMO_PORT,
      help,
    },
  };
}

function upstreamProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `the upstream is not a URL: ${text}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `the upstream must be http(s): ${text}`;
  return undefined;
}
