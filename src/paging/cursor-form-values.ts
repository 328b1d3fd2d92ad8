import { fieldKey } from '../form/field-key.ts';
import type { Operation } from '../openapi/model.ts';

/**
 * The form values that carry a cursor: each of `params` that names a query parameter of `operation`, under
 * that field's key; an array parameter takes every value given for it, any other the first. Pure.
 */
export function cursorFormValues(
  operation: Pick<Operation, 'parameters'>,
  params: readonly [string, string][],
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query') continue;
    const given = params.filter(([name]) => name === parameter.name).map(([, value]) => value);
    if (given.length === 0) continue;
    const { type } = parameter.schema;
    const isArray = type === 'array' || (Array.isArray(type) && type.includes('array'));
    values[fieldKey('query', parameter.name)] = isArray ? given : (given[0] ?? '');
  }
  return values;
}
