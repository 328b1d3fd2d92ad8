import type { Operation } from './extract-operations.ts';

/** Outcome of matching a request against the allowed operations. */
export type OperationMatch =
  | { kind: 'match'; operation: Operation }
  | { kind: 'wrong_method'; allowed: string[] }
  | { kind: 'unknown_path' };

/**
 * Matches method + path against the operations' templates. A `{param}` matches exactly one non-empty segment;
 * literal text must match byte for byte (so a percent-encoded literal is not the same operation).
 * HEAD is allowed wherever GET is, since it is GET without a body.
 */
export function matchOperation(
  operations: readonly Operation[],
  method: string,
  path: string,
): OperationMatch {
  const upper = method.toUpperCase();
  const segments = path.split('/');
  let best: { operation: Operation; literals: number } | undefined;
  const allowed = new Set<string>();
  for (const operation of operations) {
    const literals = matchTemplate(operation.template, segments);
    if (literals === -1) continue;
    allowed.add(operation.method);
    if (operation.method === 'GET') allowed.add('HEAD');
    const methodFits = operation.method === upper || (upper === 'HEAD' && operation.method === 'GET');
    // Prefer the most specific template (`/users/me` over `/users/{id}`) when several fit.
    if (methodFits && (!best || literals > best.literals)) best = { operation, literals };
  }
  if (best) return { kind: 'match', operation: best.operation };
  if (allowed.size > 0) return { kind: 'wrong_method', allowed: [...allowed].sort() };
  return { kind: 'unknown_path' };
}

const templateCache = new Map<string, (RegExp | string)[]>();

/** Returns the number of literal segments when the template matches, -1 otherwise. */
function matchTemplate(template: string, segments: string[]): number {
  let compiled = templateCache.get(template);
  if (!compiled) {
    compiled = template.split('/').map(compileSegment);
    templateCache.set(template, compiled);
  }
  if (compiled.length !== segments.length) return -1;
  let literals = 0;
  for (let i = 0; i < compiled.length; i++) {
    const part = compiled[i] as RegExp | string;
    const segment = segments[i] as string;
    if (typeof part === 'string') {
      if (part !== segment) return -1;
      literals++;
    } else if (!part.test(segment)) {
      return -1;
    }
  }
  return literals;
}

function compileSegment(segment: string): RegExp | string {
  if (!segment.includes('{')) return segment;
  // `{id}` and mixed forms like `{name}.json`: each parameter is one or more characters inside the segment.
  const source = segment
    .split(/(\{[^}]*\})/)
    .map((piece) => (piece.startsWith('{') && piece.endsWith('}') ? '[^/]+' : escapeRegExp(piece)))
    .join('');
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
