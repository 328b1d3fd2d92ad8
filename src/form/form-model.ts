import type { CrossFieldRule, ParamLocation, Schema } from '../openapi/model.ts';

/**
 * What a form control edits. Scalars stay text while typed; `buildRequest` converts them. `json` is JSON text
 * (a JSON body, or a parameter/property of object shape), `text` raw text sent as typed, `file` a file.
 */
export type FieldKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'array'
  | 'json'
  | 'text'
  | 'file';

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

/** The form key of a whole-body field (JSON, raw text or a file): `fieldKey` never yields a key without `__`. */
export const BODY_KEY = 'body';

/**
 * What the request body is, from its media type and schema: JSON edited as a form or as text and checked
 * against its schema; raw text sent as typed; a file's bytes sent as they are; or a form of fields
 * (multipart, URL-encoded). The fields are also in `FormModel.fields`, in order.
 */
export type FormBody =
  | { kind: 'json'; mediaType: string; field: FormField }
  | { kind: 'text'; mediaType: string; field: FormField }
  | { kind: 'binary'; mediaType: string; field: FormField }
  | { kind: 'multipart' | 'urlencoded'; mediaType: string; fields: FormField[] };

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
  /** The request body's kind and fields (absent when the operation has no body). */
  body?: FormBody;
}
