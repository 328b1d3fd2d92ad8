import { flattenSchema } from '../form/flatten-schema.ts';
import { isWritable } from '../form/is-writable.ts';
import { sampleJsonValue } from '../form/sample-json-value.ts';
import { isRecord } from '../openapi/is-record.ts';
import type { Schema } from '../openapi/model.ts';
import { copyRecord } from './copy-record.ts';
import { defineOwn } from './define-own.ts';
import { discriminatorValue } from './discriminator-value.ts';
import { jsonTypeOf } from './json-type-of.ts';
import { pickVariant } from './pick-variant.ts';
import { variantSchemas } from './variant-schemas.ts';

/**
 * `value` turned into variant `index` of a `oneOf`/`anyOf`: for objects, the discriminator is set to the
 * variant's value, properties the new variant also
 * declares are kept (in their order) unless they contradict its consts/enums, properties only the old
 * variant declared are dropped, keys no variant knows are kept, and the new variant's missing required
 * properties are filled from samples. Other values are kept when they fit, else replaced by a sample.
 */
export function switchVariant(schema: Schema, value: unknown, index: number, now = new Date()): unknown {
  const set = variantSchemas(schema);
  const target = set?.schemas[index];
  if (!set || !target) return value;
  const sample = sampleJsonValue(target, now);
  if (isRecord(value) && isRecord(sample)) {
    const targetProperties = writableProperties(target);
    const current = set.schemas[pickVariant(schema, value)];
    const declaredElsewhere = new Set(set.schemas.flatMap((s) => Object.keys(s.properties ?? {})));
    // What set the old variant apart: a key it required that the new one neither requires nor declares
    // itself (it only shares it from beside the oneOf). Keeping it could match both, which oneOf forbids.
    const targetRequired = new Set(target.required ?? []);
    const ownOfTarget = set.raw[index]?.properties ?? {};
    const distinguishing = new Set(
      (current?.required ?? []).filter((key) => !targetRequired.has(key) && !Object.hasOwn(ownOfTarget, key)),
    );
    let result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const property = Object.hasOwn(targetProperties, key) ? targetProperties[key] : undefined;
      if (property && !distinguishing.has(key)) {
        defineOwn(result, key, fits(property, item) ? item : sampleJsonValue(property, now));
      } else if (!property && !declaredElsewhere.has(key) && !Object.hasOwn(current?.properties ?? {}, key)) {
        defineOwn(result, key, item);
      }
    }
    const tag = set.discriminator?.propertyName;
    const tagValue = discriminatorValue(set, index);
    if (tag && tagValue !== undefined) {
      // The tag names the variant: it comes first when it was missing, and always says the new name.
      const tagged: Record<string, unknown> = {};
      if (!Object.hasOwn(result, tag)) defineOwn(tagged, tag, tagValue);
      for (const key of Object.keys(result)) defineOwn(tagged, key, key === tag ? tagValue : result[key]);
      result = tagged;
    }
    for (const name of target.required ?? []) {
      const property = Object.hasOwn(targetProperties, name) ? targetProperties[name] : undefined;
      if (Object.hasOwn(result, name) || !property) continue;
      defineOwn(result, name, Object.hasOwn(sample, name) ? sample[name] : sampleJsonValue(property, now));
    }
    return result;
  }
  if (value !== undefined && fits(target, value)) return value;
  // Text to a list of text and back: carry the one value across instead of discarding it.
  if (Array.isArray(sample) && target.items && value !== undefined && fits(target.items, value))
    return [value];
  if (Array.isArray(value) && value.length > 0 && fits(target, value[0])) return value[0];
  return isRecord(sample) ? copyRecord(sample) : sample;
}

function writableProperties(s: Schema): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const [key, property] of Object.entries(s.properties ?? {})) {
    if (isWritable(property)) out[key] = property;
  }
  return out;
}

/** A shallow check: the value's JSON type is one the schema allows and it is among its consts/enums. */
function fits(schema: Schema, value: unknown): boolean {
  const s = flattenSchema(schema);
  const known = s.const !== undefined ? [s.const] : s.enum;
  if (known?.length) return known.includes(value);
  const types = typeof s.type === 'string' ? [s.type] : Array.isArray(s.type) ? s.type : undefined;
  if (!types) return true;
  const type = jsonTypeOf(value);
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}
