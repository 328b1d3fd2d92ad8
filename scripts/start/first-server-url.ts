import { isRecord } from '../../src/openapi/is-record.ts';

/**
 * The first absolute http(s) server URL of an OpenAPI 3.x description (server variables set to their
 * defaults) or of a Swagger 2.0 one (`schemes`, `host`, `basePath`), without a trailing slash; undefined
 * when it names none (no servers, or only relative ones): the gateway then needs an explicit upstream.
 */
export function firstServerUrl(doc: unknown): string | undefined {
  if (!isRecord(doc)) return undefined;
  if (typeof doc.swagger === 'string') {
    if (typeof doc.host !== 'string' || doc.host === '') return undefined;
    const schemes = Array.isArray(doc.schemes) ? doc.schemes : [];
    const scheme = schemes.includes('https') ? 'https' : schemes.includes('http') ? 'http' : 'https';
    const basePath = typeof doc.basePath === 'string' ? doc.basePath : '';
    return absolute(`${scheme}://${doc.host}${basePath}`);
  }
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  for (const server of servers) {
    if (!isRecord(server) || typeof server.url !== 'string') continue;
    const variables = isRecord(server.variables) ? server.variables : {};
    const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const variable = variables[name];
      return isRecord(variable) && typeof variable.default === 'string' ? variable.default : whole;
    });
    const found = absolute(url);
    if (found) return found;
  }
  return undefined;
}

function absolute(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text) || /[{}]/.test(text)) return undefined;
  try {
    const url = new URL(text);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}
