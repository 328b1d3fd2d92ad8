import type { HttpRequest } from '../request/http-request.ts';
import { type CredentialSlot, credentialSlots } from './credential-slot.ts';
import { encodeBase64 } from './encode-base64.ts';
import type { NamedScheme } from './named-scheme.ts';

/** Headers, query and cookies of a request with the credentials applied, in order. */
export interface AppliedCredentials<V> {
  headers: [string, string | V][];
  query: [string, string | V][];
  cookies: [string, string | V][];
  /** Schemes whose credential was empty or missing: nothing was applied for them. */
  missing: string[];
  /** Schemes a page cannot apply (mutualTLS, digest): surfaced, never guessed. */
  unsupported: string[];
}

/** Produces the value to put in a slot (snippets return a placeholder); `undefined` leaves the slot out. */
export type CredentialSource<V> = (slot: CredentialSlot) => V | undefined;

/**
 * Applies each scheme's credential where its definition says (Bearer/Basic header, apiKey header/query/cookie).
 * With a record of typed credentials it yields final strings (the sender); with a `CredentialSource`
 * it yields whatever the source returns in the credential's place (snippets: an env-var placeholder).
 * A credential replaces a request entry of the same name, so a credential is never sent twice.
 */
export function applyCredentials(
  request: Pick<HttpRequest, 'headers' | 'query' | 'cookies'>,
  schemes: readonly NamedScheme[],
  credentials: Readonly<Record<string, string>>,
): AppliedCredentials<never>;
export function applyCredentials<V>(
  request: Pick<HttpRequest, 'headers' | 'query' | 'cookies'>,
  schemes: readonly NamedScheme[],
  credentials: CredentialSource<V>,
): AppliedCredentials<V>;
export function applyCredentials<V>(
  request: Pick<HttpRequest, 'headers' | 'query' | 'cookies'>,
  schemes: readonly NamedScheme[],
  credentials: Readonly<Record<string, string>> | CredentialSource<V>,
): AppliedCredentials<V | string> {
  const source: CredentialSource<V | string> =
    typeof credentials === 'function' ? credentials : (slot) => credentialValue(credentials, slot);
  const { slots, unsupported } = credentialSlots(schemes);
  const added = {
    header: [] as [string, V | string][],
    query: [] as [string, V | string][],
    cookie: [] as [string, V | string][],
  };
  const missing: string[] = [];
  for (const slot of slots) {
    const value = source(slot);
    if (value === undefined) missing.push(slot.scheme);
    else added[slot.location].push([slot.name, value]);
  }
  return {
    // Header names are case-insensitive (RFC 9110); query and cookie names are not.
    headers: merge(request.headers, added.header, (name) => name.toLowerCase()),
    query: merge(request.query, added.query, (name) => name),
    cookies: merge(request.cookies, added.cookie, (name) => name),
    missing,
    unsupported,
  };
}

/** The header/query/cookie value of a typed credential for `slot` (prefix, base64 for Basic), or undefined if none was typed. */
export function credentialValue(
  credentials: Readonly<Record<string, string>>,
  slot: CredentialSlot,
): string | undefined {
  const typed = Object.hasOwn(credentials, slot.scheme) ? credentials[slot.scheme] : undefined;
  if (typed === undefined || typed.trim() === '') return undefined;
  // Pasted keys often carry a trailing newline or space; a header value cannot hold a newline anyway.
  const credential = typed.trim();
  return slot.prefix + (slot.encoding === 'base64' ? encodeBase64(credential) : credential);
}

function merge<V>(
  base: readonly [string, string][],
  added: readonly [string, V | string][],
  key: (name: string) => string,
): [string, V | string][] {
  const replaced = new Set(added.map(([name]) => key(name)));
  return [...base.filter(([name]) => !replaced.has(key(name))), ...added];
}
