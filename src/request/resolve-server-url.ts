import type { Server } from '../openapi/model.ts';

/** A server's URL with `{variables}` substituted (given values, else defaults), without a trailing slash. */
export function resolveServerUrl(server: Server, values: Record<string, string> = {}): string {
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const given = values[name];
    if (given !== undefined && given !== '') return given;
    return server.variables[name]?.default ?? whole;
  });
  return url.replace(/\/+$/, '');
}
