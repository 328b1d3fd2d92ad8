import type { Schema } from '../openapi/model.ts';

/**
 * The entries of a schema table that `roots` reach through `$ref`s (directly or through other entries), so a
 * worker gets what one check needs rather than the whole table of a large API. Pure.
 */
export function reachableSchemas(
  roots: readonly unknown[],
  table: Readonly<Record<string, Schema>>,
): Record<string, Schema> {
  const found: Record<string, Schema> = Object.create(null);
  const queue: unknown[] = [...roots];
  const seen = new Set<unknown>();
  while (queue.length > 0) {
    const node = queue.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (Object.hasOwn(table, value) && !Object.hasOwn(found, value)) {
          const target = table[value] as Schema;
          Object.defineProperty(found, value, {
            value: target,
            enumerable: true,
            writable: true,
            configurable: true,
          });
          queue.push(target);
        }
      } else if (typeof value === 'object' && value !== null) {
        queue.push(value);
      }
    }
  }
  return found;
}
