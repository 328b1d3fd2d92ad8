import { isRecord } from './is-record.ts';
import { ownValue } from './own-value.ts';

/**
 * True for a parsed Swagger 2.0 document: `swagger: "2.0"` and no `openapi` field. YAML reads an unquoted
 * `swagger: 2.0` as the number 2, so that counts too.
 */
export function isSwagger2(doc: unknown): doc is Record<string, unknown> {
  if (!isRecord(doc) || ownValue(doc, 'openapi') !== undefined) return false;
  const swagger = ownValue(doc, 'swagger');
  return swagger === '2.0' || swagger === 2;
}
