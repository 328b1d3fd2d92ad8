import { type CopyBudget, copyJsonValue } from './copy-json-value.ts';
import { exampleOf } from './example-of.ts';
import { followRef } from './follow-ref.ts';
import { isRecord } from './is-record.ts';
import type { Parameter, ParamLocation, ParamStyle } from './model.ts';
import { ownEntries } from './own-entries.ts';
import { resolveSchema } from './resolve-schema.ts';

const locations = new Set<string>(['path', 'query', 'header', 'cookie']);
const styles = new Set<string>([
  'form',
  'spaceDelimited',
  'pipeDelimited',
  'deepObject',
  'simple',
  'label',
  'matrix',
]);
/** OpenAPI: header parameters with these names are ignored (the content type and auth own them). */
const ignoredHeaders = new Set(['accept', 'content-type', 'authorization']);

/**
 * Path-level and operation-level parameters merged (an operation parameter replaces the path-level one
 * with the same name and location, in its place), refs resolved, malformed entries dropped.
 */
export function normalizeParameters(
  doc: unknown,
  pathLevel: unknown,
  operationLevel: unknown,
  budget?: CopyBudget,
): Parameter[] {
  const merged = new Map<string, Parameter>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = normalizeParameter(doc, raw, budget);
      if (parameter) merged.set(`${parameter.in}\u0000${parameter.name}`, parameter);
    }
  }
  return [...merged.values()];
}

function normalizeParameter(
  doc: unknown,
  raw: unknown,
  budget: CopyBudget | undefined,
): Parameter | undefined {
  const source = followRef(doc, raw);
  if (!source) return undefined;
  const { name, in: location } = source;
  if (typeof name !== 'string' || name === '' || typeof location !== 'string' || !locations.has(location)) {
    return undefined;
  }
  if (location === 'header' && ignoredHeaders.has(name.toLowerCase())) return undefined;
  const style = typeof source.style === 'string' && styles.has(source.style) ? source.style : undefined;
  const effectiveStyle = (style ?? defaultStyle(location as ParamLocation)) as ParamStyle;
  const { schema, example: mediaExample } = parameterSchema(doc, source, budget);
  const parameter: Parameter = {
    name,
    in: location as ParamLocation,
    // Path parameters are always required, whatever the document says.
    required: location === 'path' || source.required === true,
    deprecated: source.deprecated === true,
    schema,
    style: effectiveStyle,
    explode: typeof source.explode === 'boolean' ? source.explode : effectiveStyle === 'form',
    allowReserved: source.allowReserved === true,
  };
  if (typeof source.description === 'string') parameter.description = source.description;
  const own = exampleOf(doc, source);
  const example = own !== undefined ? own : mediaExample;
  if (example !== undefined) parameter.example = copyJsonValue(example, { remaining: 10_000 });
  return parameter;
}

function defaultStyle(location: ParamLocation): ParamStyle {
  return location === 'query' || location === 'cookie' ? 'form' : 'simple';
}

/** `schema`, else the first media type of `content` (its schema and example), else anything-goes. */
function parameterSchema(doc: unknown, source: Record<string, unknown>, budget: CopyBudget | undefined) {
  if (source.schema !== undefined)
    return { schema: resolveSchema(doc, source.schema, { budget }), example: undefined };
  const first = ownEntries(source.content)[0]?.[1];
  if (isRecord(first)) {
    return { schema: resolveSchema(doc, first.schema, { budget }), example: exampleOf(doc, first) };
  }
  return { schema: {}, example: undefined };
}
