import type { BodyPath } from './body-path.ts';

/**
 * A DOM id for the control at `path`: the prefix and each segment joined with `-`, characters outside
 * `[A-Za-z0-9_]` escaped as `.hex.`, so two different paths never share an id.
 */
export function controlId(prefix: string, path: BodyPath): string {
  const segments = path.map((segment) =>
    typeof segment === 'number'
      ? String(segment)
      : `k${segment.replace(/[^A-Za-z0-9_]/g, (c) => `.${c.codePointAt(0)?.toString(16)}.`)}`,
  );
  return [prefix, ...segments].join('-');
}
