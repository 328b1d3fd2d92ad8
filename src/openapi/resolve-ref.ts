import { ownValue } from './own-value.ts';

/** The outcome of looking up one `$ref`: found in this document, pointing elsewhere, or pointing nowhere. */
export type RefLookup =
  | {
      kind: 'found';
      value: unknown /** Last pointer segment, decoded: `#/components/schemas/Pet` → `Pet`. */;
      name: string;
    }
  | { kind: 'external'; ref: string }
  | { kind: 'missing'; ref: string };

/** Split a local reference (`#/a/b~1c`) into decoded JSON-pointer tokens; undefined when not local or malformed. */
export function parseLocalRef(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined; // `#anchor` style: not a JSON pointer
  const tokens: string[] = [];
  for (const raw of pointer.slice(1).split('/')) {
    let token: string;
    try {
      // The fragment is URI-encoded first, JSON-pointer-escaped inside (RFC 6901 §6).
      token = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    tokens.push(token.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return tokens;
}

/** Look up a `$ref` in `doc`. Only local JSON pointers are followed; nothing is ever fetched. */
export function resolveRef(doc: unknown, ref: string): RefLookup {
  const tokens = parseLocalRef(ref);
  if (tokens === undefined) {
    return ref.startsWith('#') ? { kind: 'missing', ref } : { kind: 'external', ref };
  }
  let node: unknown = doc;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      node = /^(0|[1-9][0-9]*)$/.test(token) ? node[Number(token)] : undefined;
    } else {
      node = ownValue(node, token);
    }
    if (node === undefined) return { kind: 'missing', ref };
  }
  return { kind: 'found', value: node, name: tokens[tokens.length - 1] ?? '' };
}
