import { isRecord } from './is-record.ts';
import { resolveRef } from './resolve-ref.ts';

const maxHops = 32;

/**
 * The object a document value stands for: itself, or the target of its `$ref` (chains followed, loops
 * and dangling refs give undefined). For parameters, request bodies, path items, schemes: not schemas.
 */
export function followRef(doc: unknown, value: unknown): Record<string, unknown> | undefined {
  let node = value;
  for (let hop = 0; hop < maxHops; hop++) {
    if (!isRecord(node)) return undefined;
    const ref = node.$ref;
    if (typeof ref !== 'string' || !Object.hasOwn(node, '$ref')) return node;
    const lookup = resolveRef(doc, ref);
    if (lookup.kind !== 'found') return undefined;
    node = lookup.value;
  }
  return undefined;
}
