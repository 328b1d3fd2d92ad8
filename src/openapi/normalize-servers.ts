import { isRecord } from './is-record.ts';
import type { Server } from './model.ts';
import { ownEntries } from './own-entries.ts';

/** A `servers` array normalized; undefined when absent or empty, so the caller can fall back a level. */
export function normalizeServers(raw: unknown): Server[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const servers = raw.filter(isRecord).flatMap((entry): Server[] => {
    if (typeof entry.url !== 'string') return [];
    const server: Server = { url: entry.url, variables: {} };
    if (typeof entry.description === 'string') server.description = entry.description;
    for (const [name, variable] of ownEntries(entry.variables)) {
      if (!isRecord(variable) || !isScalar(variable.default)) continue;
      const normalized: Server['variables'][string] = { default: String(variable.default) };
      if (Array.isArray(variable.enum)) normalized.enum = variable.enum.filter(isScalar).map(String);
      if (typeof variable.description === 'string') normalized.description = variable.description;
      server.variables[name] = normalized;
    }
    return [server];
  });
  return servers.length > 0 ? servers : undefined;
}

/** YAML reads `port: 443` as a number; server variables are strings in the model. */
function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
