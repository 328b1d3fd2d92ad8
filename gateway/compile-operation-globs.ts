import { escapeRegExp } from './match-operation.ts';
/**
 * Compiles operation-id globs (`usage-*`, `list-*`, `*`; `*` is any run of characters, everything else is
 * literal) into one test. An operation without an id matches no glob: a narrowed allowlist names what it keeps.
 */
export function compileOperationGlobs(
  globs: readonly string[],
): (operationId: string | undefined) => boolean {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const glob of globs) {
    if (!glob.includes('*')) exact.add(glob);
    else patterns.push(new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`, 's'));
  }
  return (operationId) =>
    operationId !== undefined &&
    (exact.has(operationId) || patterns.some((pattern) => pattern.test(operationId)));
}
