import type { Server } from '../openapi/model.ts';

/**
 * A server's URL with `{variables}` substituted (given values, else defaults), resolved against
 * `documentUrl` when it is relative (OpenAPI: relative to where the description was loaded from; `/` when a
 * description has no servers), without a trailing slash.
 */
export function resolveServerUrl(
  server: Server,
  values: Record<string, string> = {},
  documentUrl?: string,
): string {
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const given = values[name];
    if (given !== undefined && given !== '') return given;
    return server.variables[name]?.default ?? whole;
  });
  return absolute(url, documentUrl).replace(/\/+$/, '');
}

function absolute(url: string, documentUrl: string | undefined): string {
  if (!documentUrl || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    const resolved = new URL(url, documentUrl);
    // A base's query or fragment is not part of a server URL.
    return `${resolved.origin}${resolved.pathname}`;
  } catch {
    return url;
  }
}
