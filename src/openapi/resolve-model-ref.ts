import type { ApiModel, Schema } from './model.ts';

const maxHops = 32;

/**
 * The schema a model schema stands for: itself when it has no `$ref`, else its target in `api.schemas` (ref
 * chains followed), with keywords written beside each `$ref` laid over the target (3.1 allows a description or
 * a default there; the outermost wins). A dangling ref, a ref loop or a table that has not loaded yet gives a
 * schema marked `x-unresolved` that says so. The one way every consumer reads `$ref`s of the model.
 */
export function resolveModelRef(api: Pick<ApiModel, 'schemas'>, schema: Schema): Schema {
  let current = schema;
  const siblings: Schema[] = [];
  for (let hop = 0; hop < maxHops; hop++) {
    const ref = current.$ref;
    if (typeof ref !== 'string') return siblings.length === 0 ? current : layer(current, siblings);
    const { $ref: _ref, ...beside } = current;
    if (Object.keys(beside).length > 0) siblings.push(beside);
    const target = Object.hasOwn(api.schemas, ref) ? api.schemas[ref] : undefined;
    if (!target) return layer(unresolved(ref, 'Unresolved reference'), siblings);
    current = target;
  }
  return layer(unresolved(String(schema.$ref), 'Reference loop'), siblings);
}

function unresolved(ref: string, what: string): Schema {
  return { description: `${what}: ${ref}`, 'x-unresolved': ref };
}

function layer(target: Schema, siblings: Schema[]): Schema {
  let out = target;
  for (let i = siblings.length - 1; i >= 0; i--) out = { ...out, ...siblings[i] };
  return out;
}
