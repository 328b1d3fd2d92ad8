/**
 * The JSON Schema keywords that hold subschemas, by shape (one schema, a list, a map of them), for the walkers
 * that copy or resolve schemas (resolve-schema, create-schema-table).
 */
export const subschemaKeywords: ReadonlySet<string> = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'contentSchema',
]);
export const subschemaListKeywords: ReadonlySet<string> = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
export const subschemaMapKeywords: ReadonlySet<string> = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
]);
/** `true`/`false` stay booleans here (the model types them so); elsewhere boolean schemas become objects. */
export const booleanKeptKeywords: ReadonlySet<string> = new Set([
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
]);
