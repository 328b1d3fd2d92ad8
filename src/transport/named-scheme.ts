import type { SecurityScheme } from '../openapi/model.ts';

/** A security scheme as an operation uses it: its name in `components.securitySchemes` and its definition. */
export interface NamedScheme {
  name: string;
  scheme: SecurityScheme;
}
