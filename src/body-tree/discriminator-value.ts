import { flattenSchema } from '../form/flatten-schema.ts';
import { refName } from '../openapi/ref-name.ts';
import type { VariantSet } from './variant-schemas.ts';

/**
 * The discriminator value that selects variant `index`: the variant's own const (or single enum value) on
 * the discriminator property, else the `mapping` key whose target names the variant (by its title).
 */
export function discriminatorValue(set: VariantSet, index: number): string | undefined {
  const name = set.discriminator?.propertyName;
  const schema = set.schemas[index];
  if (!name || !schema) return undefined;
  const property = Object.hasOwn(schema.properties ?? {}, name) ? schema.properties?.[name] : undefined;
  if (property) {
    const p = flattenSchema(property);
    if (typeof p.const === 'string') return p.const;
    if (p.enum?.length === 1 && typeof p.enum[0] === 'string') return p.enum[0];
  }
  const title = set.raw[index]?.title ?? schema.title ?? schema['x-circular'];
  for (const [key, target] of Object.entries(set.discriminator?.mapping ?? {})) {
    if (title !== undefined && refName(target) === title) return key;
  }
  return undefined;
}
