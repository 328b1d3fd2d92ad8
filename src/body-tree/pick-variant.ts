import { flattenSchema } from '../form/flatten-schema.ts';
import { isRecord } from '../openapi/is-record.ts';
import type { Schema } from '../openapi/model.ts';
import { discriminatorValue } from './discriminator-value.ts';
import { jsonTypeOf } from './json-type-of.ts';
import { variantSchemas } from './variant-schemas.ts';

/**
 * Which `oneOf`/`anyOf` variant `value` matches best (an index into the non-null variants; 0 when there is
 * nothing to go on). A discriminator value the value carries decides; otherwise each variant is scored
 * on the value's type, consts/enums it contradicts, and the required and known keys it has. `preferred`
 * (the variant the user last chose) wins whenever the value does not contradict it, since several variants
 * can fit one value equally well.
 */
export function pickVariant(schema: Schema, value: unknown, preferred?: number): number {
  const set = variantSchemas(schema);
  if (!set || set.schemas.length === 0) return 0;
  let candidates = set.schemas.map((_, i) => i);
  const name = set.discriminator?.propertyName;
  if (name && isRecord(value) && Object.hasOwn(value, name)) {
    const tag = value[name];
    const tagged = candidates.filter((i) => discriminatorValue(set, i) === tag);
    // Several variants can share a tag (input and output messages are both `message`): score among them.
    if (tagged.length === 1) return tagged[0] as number;
    if (tagged.length > 1) candidates = tagged;
  }
  const chosen =
    preferred !== undefined && candidates.includes(preferred) ? set.schemas[preferred] : undefined;
  if (chosen && preferred !== undefined && scoreVariant(chosen, value) > CONTRADICTED) return preferred;
  let best = candidates[0] ?? 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const index of candidates) {
    const score = scoreVariant(set.schemas[index] as Schema, value);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

/** Scores at or below this mean the value contradicts the variant (wrong type, a different tag). */
const CONTRADICTED = -100;

/** How well `value` fits a flattened variant: large negatives for contradictions, small positives for fit. */
function scoreVariant(variant: Schema, value: unknown): number {
  if (value === undefined) return 0;
  const type = jsonTypeOf(value);
  const allowed = allowedTypes(variant);
  if (allowed && !allowed.has(type) && !(type === 'integer' && allowed.has('number'))) return -1000;
  let score = allowed ? 5 : 0;
  const known = variant.const !== undefined ? [variant.const] : variant.enum;
  if (known?.length) score += known.some((k) => k === value) ? 20 : -500;
  if (isRecord(value)) {
    const properties = variant.properties ?? {};
    for (const [key, property] of Object.entries(properties)) {
      const has = Object.hasOwn(value, key);
      const p = flattenSchema(property);
      const fixed = p.const !== undefined ? [p.const] : p.enum?.length === 1 ? p.enum : undefined;
      // A tag-like property (const or one-value enum) that the value contradicts rules the variant out.
      if (fixed && has) score += fixed.some((k) => k === value[key]) ? 20 : -500;
      if (variant.required?.includes(key)) score += has ? 3 : -4;
      else if (has) score += 1;
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key) && variant.additionalProperties === false) score -= 3;
      else if (!Object.hasOwn(properties, key)) score -= 0.5;
    }
  }
  if (Array.isArray(value) && value.length > 0 && variant.items) {
    score += scoreVariant(flattenSchema(variant.items), value[0]) > CONTRADICTED ? 2 : -50;
  }
  return score;
}

function allowedTypes(s: Schema): Set<string> | undefined {
  if (typeof s.type === 'string') return new Set([s.type]);
  if (Array.isArray(s.type)) return new Set(s.type);
  if (s.properties || s.additionalProperties) return new Set(['object']);
  if (s.items) return new Set(['array']);
  return undefined;
}
