import type { ApiModel, Operation } from '../openapi/model.ts';
import type { NamedScheme } from './named-scheme.ts';

/**
 * The schemes of the operation's first security alternative (all applied together). Alternatives beyond the
 * first are rare in practice; the first is what the document lists as preferred.
 */
export function operationSchemes(api: ApiModel, operation: Operation): NamedScheme[] {
  const first = operation.security[0] ?? [];
  return first.flatMap((name) => {
    const scheme = api.securitySchemes[name];
    return scheme ? [{ name, scheme }] : [];
  });
}
