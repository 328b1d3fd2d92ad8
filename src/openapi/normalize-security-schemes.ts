import { followRef } from './follow-ref.ts';
import type { SecurityScheme } from './model.ts';
import { ownEntries } from './own-entries.ts';
import { ownValue } from './own-value.ts';

const apiKeyLocations = new Set(['header', 'query', 'cookie']);

/** `components.securitySchemes` as the `SecurityScheme` union; refs followed, unusable entries dropped. */
export function normalizeSecuritySchemes(doc: unknown): Record<string, SecurityScheme> {
  const raw = ownValue(ownValue(doc, 'components'), 'securitySchemes');
  const schemes: Record<string, SecurityScheme> = {};
  for (const [name, value] of ownEntries(raw)) {
    const scheme = normalizeScheme(followRef(doc, value));
    if (scheme) schemes[name] = scheme;
  }
  return schemes;
}

function normalizeScheme(raw: Record<string, unknown> | undefined): SecurityScheme | undefined {
  if (!raw) return undefined;
  const description = typeof raw.description === 'string' ? { description: raw.description } : {};
  switch (raw.type) {
    case 'http': {
      if (typeof raw.scheme !== 'string') return undefined;
      // Scheme names are case-insensitive (RFC 7235); documents write both `Bearer` and `bearer`.
      const scheme = raw.scheme.toLowerCase();
      const bearerFormat = typeof raw.bearerFormat === 'string' ? { bearerFormat: raw.bearerFormat } : {};
      return { type: 'http', scheme, ...bearerFormat, ...description };
    }
    case 'apiKey': {
      if (typeof raw.name !== 'string' || typeof raw.in !== 'string' || !apiKeyLocations.has(raw.in)) {
        return undefined;
      }
      return { type: 'apiKey', in: raw.in as 'header' | 'query' | 'cookie', name: raw.name, ...description };
    }
    case 'oauth2':
    case 'openIdConnect':
    case 'mutualTLS':
      return { type: raw.type, ...description };
    default:
      return undefined;
  }
}
