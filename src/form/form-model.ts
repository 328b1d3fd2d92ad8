import type { CrossFieldRule, ParamLocation, Schema } from '../openapi/model.ts';

/** What a form control edits. Scalars stay text while typed; `buildRequest` converts them. */
export type FieldKind = 'string' | 'integer' | 'number' | 'boolean' | 'enum' | 'array' | 'json' | 'file';

export type ScalarKind = 'string' | 'integer' | 'number' | 'boolean' | 'enum';

/**
 * Form values keyed by `FormField.key`: text for scalars ('' = unset; booleans 'true'/'false'),
 * string[] for arrays of scalars, text for JSON (raw editor), File|null for file inputs.
 */
export type FormValue = string | string[] | File | null;
export type FormValues = Record<string, FormValue>;

export interface FormField {
  /** Safe react-hook-form key (no dots or brackets), unique across locations: `query.start_time` ≠ `header.start_time`. */
  key: string;
  /** Parameter (or body property) name as documented: also the visible label. */
  name: string;
  location: ParamLocation | 'body';
  kind: FieldKind;
  required: boolean;
  deprecated: boolean;
  description?: string;
  /** Resolved schema of the parameter. */
  schema: Schema;
  /** Allowed values for `enum` fields. */
  enumValues?: string[];
  /** Item kind and values for `array` fields. */
  item?: { kind: ScalarKind; enumValues?: string[] };
  /** Documented bounds (from the schema; rules may tighten them per current values). */
  minimum?: number;
  maximum?: number;
  /** The schema's `format`, e.g. `date-time`, `email`, `binary`. */
  format?: string;
  /** Integer documented as Unix seconds: the UI offers a date-time picker. */
  unixSeconds: boolean;
  /** Media type, for `json` and body fields. */
  mediaType?: string;
  /** Documented example (parameter `example`, or the media type's for a body): for "fill example values", never prefilled. */
  example?: unknown;
  /** Known values of a free-text field (`anyOf: [string, enum]`): suggestions, not a restriction. */
  suggestions?: string[];
}

export interface FormModel {
  operationId: string;
  fields: FormField[];
  /** Initial values: schema defaults prefilled, everything else unset. */
  defaults: FormValues;
  rules: CrossFieldRule[];
  /** Media types of the request body in document order (absent when the operation has no body). */
  mediaTypes?: string[];
  /** The media type the body fields were built for (`buildFormModel(op, { mediaType })`). */
  selectedMediaType?: string;
}
