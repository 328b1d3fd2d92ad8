import type { Operation } from './extract-operations.ts';

/** Outcome of matching a request against the allowed operations. */
export type OperationMatch =
  | { kind: 'match'; operation: Operation }
  | { kind: 'wrong_method'; allowed: string[] }
  | { kind: 'unknown_path' };

/** A template segment: literal text, any one non-empty segment (`{id}`), or a pattern (`{name}.json`). */
type Part = string | typeof ANY_SEGMENT | RegExp;
const ANY_SEGMENT = Symbol('any segment');

interface Compiled {
  operation: Operation;
  parts: Part[];
  literals: number;
}

/**
 * Compiles the operations once (the gateway does this at start-up) into a matcher of method + path. A
 * `{param}` matches exactly one non-empty segment; literal text must match byte for byte (so a percent-encoded
 * literal is not the same operation). HEAD is allowed wherever GET is, since it is GET without a body.
 * A template's `#fragment` (AWS descriptions write `/deleteresourceshare#resourceShareArn` to tell operations
 * on one path apart) never reaches the server, so only the part before `#` is matched.
 */
export function createOperationMatcher(
  operations: readonly Operation[],
): (method: string, path: string) => OperationMatch {
  // Grouped by segment count: a request is only compared with templates of its own length.
  const byLength = new Map<number, Compiled[]>();
  for (const operation of operations) {
    const parts = templatePath(operation.template).split('/').map(compileSegment);
    const literals = parts.filter((part) => typeof part === 'string').length;
    const group = byLength.get(parts.length) ?? [];
    group.push({ operation, parts, literals });
    byLength.set(parts.length, group);
  }

  return (method, path) => {
    const upper = method.toUpperCase();
    const segments = path.split('/');
    const candidates = byLength.get(segments.length) ?? [];
    let best: Compiled | undefined;
    for (const candidate of candidates) {
      const fitsMethod =
        candidate.operation.method === upper || (upper === 'HEAD' && candidate.operation.method === 'GET');
      // Prefer the most specific template (`/users/me` over `/users/{id}`) when several fit.
      if (fitsMethod && (!best || candidate.literals > best.literals) && fits(candidate.parts, segments)) {
        best = candidate;
      }
    }
    if (best) return { kind: 'match', operation: best.operation };
    // The refusal path only: which methods the path does allow.
    const allowed = new Set<string>();
    for (const candidate of candidates) {
      if (!fits(candidate.parts, segments)) continue;
      allowed.add(candidate.operation.method);
      if (candidate.operation.method === 'GET') allowed.add('HEAD');
    }
    if (allowed.size > 0) return { kind: 'wrong_method', allowed: [...allowed].sort() };
    return { kind: 'unknown_path' };
  };
}

/** Matches method + path against the operations' templates (see `createOperationMatcher`). */
export function matchOperation(
  operations: readonly Operation[],
  method: string,
  path: string,
): OperationMatch {
  return createOperationMatcher(operations)(method, path);
}

/** The part of a path template a request can match: everything before a `#fragment`. */
export function templatePath(template: string): string {
  const hash = template.indexOf('#');
  return hash === -1 ? template : template.slice(0, hash);
}

function fits(parts: Part[], segments: string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Part;
    const segment = segments[i] as string;
    if (part === ANY_SEGMENT) {
      if (segment === '') return false;
    } else if (typeof part === 'string') {
      if (part !== segment) return false;
    } else if (!part.test(segment)) {
      return false;
    }
  }
  return true;
}

function compileSegment(segment: string): Part {
  if (!segment.includes('{')) return segment;
  if (/^\{[^{}]*\}$/.test(segment)) return ANY_SEGMENT;
  // Mixed forms like `{name}.json`: each parameter is one or more characters inside the segment.
  const source = segment
    .split(/(\{[^}]*\})/)
    .map((piece) => (piece.startsWith('{') && piece.endsWith('}') ? '[^/]+' : escapeRegExp(piece)))
    .join('');
  return new RegExp(`^${source}$`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
