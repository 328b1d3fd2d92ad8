import { followRef } from './follow-ref.ts';
import type { OAuthFlow, SecurityScheme } from './model.ts';
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
    case 'oauth2': {
      const flows = normalizeFlows(raw.flows);
      return { type: 'oauth2', ...(flows.length > 0 ? { flows } : {}), ...description };
    }
    case 'openIdConnect': {
      const url = stringField(raw, 'openIdConnectUrl');
      return { type: 'openIdConnect', ...(url ? { openIdConnectUrl: url } : {}), ...description };
    }
    case 'mutualTLS':
      return { type: raw.type, ...description };
    default:
      return undefined;
  }
}

const flowKinds: OAuthFlow['kind'][] = [
  'implicit',
  'password',
  'clientCredentials',
  'authorizationCode',
  'deviceAuthorization',
];
const flowUrls = ['authorizationUrl', 'tokenUrl', 'refreshUrl', 'deviceAuthorizationUrl'] as const;

/** An OAuth 2 scheme's flows in a fixed order, each with its URLs and scopes (descriptions may be empty). */
function normalizeFlows(raw: unknown): OAuthFlow[] {
  const flows: OAuthFlow[] = [];
  for (const kind of flowKinds) {
    const flow = ownValue(raw, kind);
    if (typeof flow !== 'object' || flow === null) continue;
    const normalized: OAuthFlow = { kind, scopes: {} };
    for (const key of flowUrls) {
      const url = stringField(flow, key);
      if (url) normalized[key] = url;
    }
    for (const [scope, text] of ownEntries(ownValue(flow, 'scopes'))) {
      normalized.scopes[scope] = typeof text === 'string' ? text : '';
    }
    flows.push(normalized);
  }
  return flows;
}

function stringField(value: unknown, key: string): string | undefined {
  const found = ownValue(value, key);
  return typeof found === 'string' && found !== '' ? found : undefined;
}
