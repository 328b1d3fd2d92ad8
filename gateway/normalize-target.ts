/** Result of checking a request-target: the safe path and raw query, or why it was refused. */
export type TargetCheck = { ok: true; path: string; query: string } | { ok: false; reason: string };

// How many rounds of percent-decoding we look through: an upstream (or a proxy in front of it) that decodes
// twice must not find a `..` or `/` that the first round hid.
const MAX_DECODE_ROUNDS = 4;

// C0 controls, DEL and the C1 range never belong in a request-target.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Checks an origin-form request-target (`/path?query`) and returns its path and raw query unchanged, or refuses
 * anything that could leave the operation's path space: dot segments (raw or percent-encoded, once or more),
 * encoded slashes/backslashes, raw backslashes, absolute-form or scheme-relative targets, userinfo, control chars.
 */
export function normalizeTarget(target: string): TargetCheck {
  if (target.length === 0) return refuse('empty request-target');
  if (CONTROL.test(target)) return refuse('control character in request-target');
  if (target.includes('\\')) return refuse('backslash in request-target');
  if (target.includes('#')) return refuse('fragment in request-target');
  // Absolute-form (`http://x/…`) and asterisk-form never start with `/`.
  if (!target.startsWith('/')) return refuse('request-target must be a path starting with "/"');
  if (target.startsWith('//')) return refuse('scheme-relative request-target ("//host")');

  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q + 1);

  // A raw `@` is only meaningful before a host (userinfo); in a path it is legal but never needed by an
  // operation (path parameters arrive percent-encoded), so refusing it closes every `user@host` trick.
  if (path.includes('@')) return refuse('"@" in path (userinfo)');

  const segments = path.slice(1).split('/');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    // An empty segment in the middle (`/a//b`) is how `//host` hides after a prefix; a trailing slash is
    // left to operation matching (it simply matches nothing).
    if (segment === '' && i < segments.length - 1) return refuse('empty path segment');
    const decoded = decodeDeep(segment);
    if (decoded === undefined) return refuse('malformed percent-encoding in path');
    if (decoded === '.' || decoded === '..') return refuse('dot segment in path');
    if (decoded.includes('/') || decoded.includes('\\')) return refuse('encoded slash or backslash in path');
    if (CONTROL.test(decoded)) return refuse('encoded control character in path');
  }

  // The query is forwarded byte for byte: raw control characters were refused above, and encoded ones stay
  // encoded on the way upstream, so they cannot break the request line.
  return { ok: true, path, query };
}

function refuse(reason: string): TargetCheck {
  return { ok: false, reason };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Decodes until stable (bounded), so `%252e%252e` is seen as `..`. */
function decodeDeep(segment: string): string | undefined {
  let current = segment;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    if (!current.includes('%')) return current;
    const next = safeDecode(current);
    if (next === undefined) return undefined;
    if (next === current) return current;
    current = next;
  }
  // Still changing after several rounds: nobody legitimate encodes that deep.
  return current.includes('%') ? undefined : current;
}
