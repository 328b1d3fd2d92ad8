import type { Operation, SchemeInfo } from './extract-operations.ts';

/** What the gateway sets on one operation's upstream request from the credentials it holds. */
export interface HeldCredential {
  /** Lower-case header names and values (replacing whatever the browser sent under those names). */
  headers: [string, string][];
  /** Query names and raw values (the browser's pairs of those names are dropped first). */
  query: [string, string][];
}

/** The environment variable suffix a scheme's credential is read from: `ApiKeyAuth` → `APIKEYAUTH`. */
export function schemeEnvSuffix(schemeName: string): string {
  return schemeName.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * Plans, once at start-up, how the per-scheme credentials (`GATEWAY_CREDENTIAL_<SCHEME>`, keyed by
 * `schemeEnvSuffix`) apply to each operation: the first of the operation's security alternatives whose every
 * scheme the gateway holds is applied as its scheme says (bearer, OAuth2 and OpenID Connect: `Authorization:
 * Bearer`; basic: `Authorization: Basic base64(user:password)`; apiKey: the named header, query parameter or
 * cookie). An operation none of whose alternatives is fully held gets nothing: the browser's own credentials
 * go through. Throws (naming variables, never values) for a variable that names no scheme or a scheme it
 * cannot apply.
 */
export function planServerCredentials(
  operations: readonly Operation[],
  schemes: Readonly<Record<string, SchemeInfo>>,
  held: Readonly<Record<string, string>>,
): Map<Operation, HeldCredential> {
  const bySuffix = new Map<string, string>();
  for (const name of Object.keys(schemes)) {
    const suffix = schemeEnvSuffix(name);
    const other = bySuffix.get(suffix);
    if (other !== undefined && suffix in held) {
      throw new Error(
        `GATEWAY_CREDENTIAL_${suffix} is ambiguous: schemes "${other}" and "${name}" both map to it`,
      );
    }
    bySuffix.set(suffix, name);
  }
  const applied = new Map<string, HeldCredential>();
  for (const [suffix, value] of Object.entries(held)) {
    const name = bySuffix.get(suffix);
    if (name === undefined) {
      const known = [...bySuffix.keys()].map((s) => `GATEWAY_CREDENTIAL_${s}`).join(', ') || 'none';
      throw new Error(
        `GATEWAY_CREDENTIAL_${suffix} names no security scheme of the API description (it has: ${known})`,
      );
    }
    applied.set(name, applyScheme(suffix, schemes[name] as SchemeInfo, value));
  }

  const plan = new Map<Operation, HeldCredential>();
  for (const operation of operations) {
    const alternative = operation.security?.find(
      (names) => names.length > 0 && names.every((name) => applied.has(name)),
    );
    if (!alternative) continue;
    const credential: HeldCredential = { headers: [], query: [] };
    for (const name of alternative) {
      const part = applied.get(name) as HeldCredential;
      credential.headers.push(...part.headers);
      credential.query.push(...part.query);
    }
    plan.set(operation, mergeCookies(credential));
  }
  return plan;
}

function applyScheme(suffix: string, scheme: SchemeInfo, value: string): HeldCredential {
  const variable = `GATEWAY_CREDENTIAL_${suffix}`;
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
    return { headers: [['authorization', `Bearer ${value}`]], query: [] };
  }
  if (scheme.type === 'http' && scheme.scheme === 'bearer') {
    return { headers: [['authorization', `Bearer ${value}`]], query: [] };
  }
  if (scheme.type === 'http' && scheme.scheme === 'basic') {
    if (!value.includes(':')) throw new Error(`${variable} must be user:password for a basic scheme`);
    return {
      headers: [['authorization', `Basic ${Buffer.from(value, 'utf8').toString('base64')}`]],
      query: [],
    };
  }
  if (scheme.type === 'apiKey' && scheme.name) {
    if (scheme.in === 'header') return { headers: [[scheme.name.toLowerCase(), value]], query: [] };
    if (scheme.in === 'query') return { headers: [], query: [[scheme.name, encodeURIComponent(value)]] };
    if (scheme.in === 'cookie') return { headers: [['cookie', `${scheme.name}=${value}`]], query: [] };
  }
  throw new Error(
    `${variable}: the gateway cannot apply a ${scheme.type} ${scheme.scheme ?? scheme.in ?? ''} scheme`,
  );
}

/** Several cookie schemes in one alternative make one Cookie header. */
function mergeCookies(credential: HeldCredential): HeldCredential {
  const cookies = credential.headers.filter(([name]) => name === 'cookie').map(([, value]) => value);
  if (cookies.length < 2) return credential;
  return {
    headers: [...credential.headers.filter(([name]) => name !== 'cookie'), ['cookie', cookies.join('; ')]],
    query: credential.query,
  };
}
