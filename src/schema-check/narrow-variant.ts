import { isRecord } from '../openapi/is-record.ts';

/**
 * Which variant of a `oneOf`/`anyOf` a value means, so its problems can point at real fields instead of
 * "matches no variant": first the variants whose type admits the value, then, for an object, those whose
 * tag property (the discriminator's, or any property a variant fixes with `const` or a one-value `enum`,
 * such as `object` or `type`) has the value's value. Undefined unless exactly one variant is left.
 * `variants` are prepared schemas (JSON Schema 2020-12, see `prepareSchema`).
 */
export function narrowVariant(
  variants: readonly unknown[],
  value: unknown,
  discriminator?: { propertyName?: unknown; mapping?: unknown },
): number | undefined {
  let candidates = variants.map((_, index) => index).filter((i) => admitsType(variants[i], value));
  if (candidates.length > 1 && isRecord(value)) {
    for (const tag of tagNames(variants, candidates, discriminator)) {
      if (!Object.hasOwn(value, tag)) continue;
      const tagged = candidates.filter((i) => tagValues(variants[i], tag)?.some((v) => v === value[tag]));
      const mapped =
        tagged.length === 0 ? mappedVariant(variants, candidates, discriminator, value[tag]) : [];
      const narrowed = tagged.length > 0 ? tagged : mapped;
      if (narrowed.length > 0) candidates = narrowed;
      if (candidates.length === 1) break;
    }
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

function tagNames(
  variants: readonly unknown[],
  candidates: number[],
  discriminator: { propertyName?: unknown } | undefined,
): string[] {
  const names = new Set<string>();
  if (typeof discriminator?.propertyName === 'string') names.add(discriminator.propertyName);
  for (const i of candidates) {
    for (const [name, property] of Object.entries(propertiesOf(variants[i]))) {
      if (fixedValues(property)) names.add(name);
    }
  }
  return [...names];
}

/** `mapping: { dog: '#/components/schemas/Dog' }` finds the variant titled `Dog` (resolved models keep titles). */
function mappedVariant(
  variants: readonly unknown[],
  candidates: number[],
  discriminator: { mapping?: unknown } | undefined,
  tag: unknown,
): number[] {
  if (typeof tag !== 'string' || !isRecord(discriminator?.mapping)) return [];
  const target = Object.hasOwn(discriminator.mapping, tag) ? discriminator.mapping[tag] : undefined;
  if (typeof target !== 'string') return [];
  const name = decodeURIComponent(target.slice(target.lastIndexOf('/') + 1));
  return candidates.filter((i) => {
    const variant = variants[i];
    return isRecord(variant) && (variant.title === name || variant['x-circular'] === name);
  });
}

/** The values a variant fixes for `tag` (through `allOf` members too), or undefined when it fixes none. */
function tagValues(variant: unknown, tag: string): unknown[] | undefined {
  const properties = propertiesOf(variant);
  return Object.hasOwn(properties, tag) ? fixedValues(properties[tag]) : undefined;
}

function fixedValues(property: unknown): unknown[] | undefined {
  if (!isRecord(property)) return undefined;
  if (property.const !== undefined) return [property.const];
  if (Array.isArray(property.enum) && property.enum.length > 0 && property.enum.length <= 2) {
    // A nullable one-value enum reads [value, null]: still a tag.
    const values = property.enum.filter((v) => v !== null);
    if (values.length === 1) return values;
  }
  if (Array.isArray(property.allOf)) {
    for (const member of property.allOf) {
      const found = fixedValues(member);
      if (found) return found;
    }
  }
  return undefined;
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  if (!isRecord(schema)) return {};
  const own = isRecord(schema.properties) ? schema.properties : {};
  if (!Array.isArray(schema.allOf)) return own;
  return Object.assign({}, ...schema.allOf.map(propertiesOf), own);
}

function admitsType(schema: unknown, value: unknown): boolean {
  if (schema === false) return false;
  if (!isRecord(schema)) return true;
  const type = jsonType(value);
  const declared = declaredTypes(schema);
  if (declared && !declared.has(type) && !(type === 'integer' && declared.has('number'))) return false;
  if (Array.isArray(schema.allOf)) return schema.allOf.every((member) => admitsType(member, value));
  return true;
}

function declaredTypes(schema: Record<string, unknown>): Set<string> | undefined {
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type))
    return new Set(schema.type.filter((t): t is string => typeof t === 'string'));
  if (schema.const !== undefined) return new Set([jsonType(schema.const)]);
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map(jsonType));
  if (schema.properties !== undefined) return new Set(['object']);
  if (schema.items !== undefined || schema.prefixItems !== undefined) return new Set(['array']);
  return undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * When every variant fixes the same tag property and the value's tag matches none of them (`type: "bird"`
 * among cat and dog), that tag and the values it may take: the problem is the tag, not the whole object.
 */
export function unknownTag(
  variants: readonly unknown[],
  value: unknown,
  discriminator?: { propertyName?: unknown },
): { tag: string; values: unknown[] } | undefined {
  if (!isRecord(value) || variants.length === 0) return undefined;
  const all = variants.map((_, index) => index);
  for (const tag of tagNames(variants, all, discriminator)) {
    if (!Object.hasOwn(value, tag)) continue;
    const fixed = all.map((i) => tagValues(variants[i], tag));
    if (fixed.some((values) => values === undefined)) continue;
    const values = [...new Set(fixed.flat())];
    if (!values.some((v) => v === value[tag])) return { tag, values };
  }
  return undefined;
}

/**
 * The property that tells every variant apart, when there is one: each variant fixes it (`const` or a
 * one-value `enum`) to values no other variant has. Such a union can be checked by its tag alone.
 */
export function distinctTag(
  variants: readonly unknown[],
  discriminator?: { propertyName?: unknown },
): { tag: string; values: unknown[][] } | undefined {
  if (variants.length < 2) return undefined;
  const all = variants.map((_, index) => index);
  for (const tag of tagNames(variants, all, discriminator)) {
    const values = all.map((i) => tagValues(variants[i], tag));
    if (values.some((v) => v === undefined)) continue;
    const flat = (values as unknown[][]).flat();
    if (new Set(flat).size === flat.length) return { tag, values: values as unknown[][] };
  }
  return undefined;
}
