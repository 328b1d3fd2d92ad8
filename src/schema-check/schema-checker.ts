import type { Schema } from '../openapi/model.ts';

/** One way a value breaks its schema. */
export interface SchemaProblem {
  /** JSON pointer (RFC 6901) of the value at fault; '' is the root. A missing required property points at itself. */
  pointer: string;
  /** The rule that failed, as JSON Schema names it (`required`, `type`, `minimum`, `oneOf`, …). */
  keyword: string;
  /** One sentence in the page's wording, the same as for parameters ("Must be at least 1"). */
  message: string;
  /** What the schema wants, short ("integer", "at least 3 characters", "one of: cat, dog"). */
  expected?: string;
  /** What the value has, short ("string", "2 characters", "\"bird\""). */
  actual?: string;
}

/** How to read a schema: OpenAPI 3.0's Schema Object, or 3.1's (JSON Schema 2020-12). */
export type SchemaDialect = '3.0' | '3.1';

/** Options of one check. */
export interface CheckOptions {
  dialect: SchemaDialect;
  /** Requests ignore `readOnly` properties in `required`; responses ignore `writeOnly` ones. */
  direction: 'request' | 'response';
  /** Resolves a `$ref` left in the schema (a shared schema table); without it a `$ref` accepts anything. */
  resolveRef?: (ref: string) => Schema | undefined;
}

/** A loaded validator: pure, synchronous, safe to call from a Web Worker. */
export interface SchemaChecker {
  /** Every problem of `value` against `schema`, outermost first; empty when it conforms. Never throws. */
  check(schema: Schema, value: unknown, options: CheckOptions): SchemaProblem[];
  /** Why `text` is not JSON, with line and column, or undefined when it parses (here, not on the first page: ~1 KB). */
  syntaxError(text: string): string | undefined;
}

/** The dialect of an OpenAPI document by its `openapi` version field (`3.1.x` → '3.1', anything else '3.0'). */
export function dialectOf(openapiVersion: string): SchemaDialect {
  return /^3\.[1-9]/.test(openapiVersion.trim()) ? '3.1' : '3.0';
}
