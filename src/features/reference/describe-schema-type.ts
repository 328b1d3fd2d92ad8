import type { Schema } from '../../openapi/model.ts';

/** A short human type for the reference table: `integer`, `string[]`, `object`, `string | null`. */
export function describeSchemaType(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (schema['x-circular']) return schema['x-circular'];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = schema.nullable === true || types.includes('null');
  const main = types.filter((t) => t !== 'null');
  let text: string;
  if (main.includes('array') || (main.length === 0 && schema.items)) {
    text = `${describeSchemaType(schema.items)}[]`;
  } else if (main.length > 0) {
    text = main.join(' | ');
    if (schema.format) text += ` (${schema.format})`;
  } else if (schema.oneOf || schema.anyOf) {
    text = (schema.oneOf ?? schema.anyOf ?? []).map((s) => describeSchemaType(s)).join(' | ');
  } else if (schema.properties || schema.allOf) {
    text = 'object';
  } else if (schema.enum) {
    text = 'enum';
  } else {
    text = 'any';
  }
  return nullable ? `${text} | null` : text;
}
