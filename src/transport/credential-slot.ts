import type { NamedScheme } from './named-scheme.ts';

/**
 * Where one scheme puts its credential: `{location} {name}: {prefix}{credential}` where the credential is
 * written as typed (`raw`) or base64-encoded (`base64`, HTTP Basic: the user types `user:password`).
 */
export interface CredentialSlot {
  scheme: string;
  location: 'header' | 'query' | 'cookie';
  name: string;
  prefix: string;
  encoding: 'raw' | 'base64';
}

/** The slots of the given schemes, plus the names of the schemes a browser playground cannot apply. */
export function credentialSlots(schemes: readonly NamedScheme[]): {
  slots: CredentialSlot[];
  unsupported: string[];
} {
  const slots: CredentialSlot[] = [];
  const unsupported: string[] = [];
  for (const { name, scheme } of schemes) {
    const slot = slotOf(name, scheme);
    if (slot) slots.push(slot);
    else unsupported.push(name);
  }
  return { slots, unsupported };
}

function slotOf(name: string, scheme: NamedScheme['scheme']): CredentialSlot | undefined {
  switch (scheme.type) {
    case 'apiKey':
      return { scheme: name, location: scheme.in, name: scheme.name, prefix: '', encoding: 'raw' };
    case 'http': {
      // RFC 7235: the auth-scheme token is case-insensitive, documents write `bearer`, `Bearer`, `BEARER`.
      const kind = scheme.scheme.toLowerCase();
      if (kind === 'bearer') return authorization(name, 'Bearer ', 'raw');
      if (kind === 'basic') return authorization(name, 'Basic ', 'base64');
      // Digest, HOBA, … need a challenge round-trip: nothing to paste into a header.
      return undefined;
    }
    case 'oauth2':
    case 'openIdConnect':
      // The user pastes an access token obtained elsewhere; both flows end in a Bearer header.
      return authorization(name, 'Bearer ', 'raw');
    default:
      // mutualTLS lives in the TLS handshake: a page cannot present a client certificate for the user.
      return undefined;
  }
}

function authorization(scheme: string, prefix: string, encoding: CredentialSlot['encoding']): CredentialSlot {
  return { scheme, location: 'header', name: 'Authorization', prefix, encoding };
}
