import { isRecord } from '../openapi/is-record.ts';
import type { Operation, Parameter, ParamLocation, RequestBody, Schema } from '../openapi/model.ts';
import { fieldKey } from './field-key.ts';
import { flattenSchema, isNullSchema } from './flatten-schema.ts';
import {
  BODY_KEY,
  type FormBody,
  type FormField,
  type FormModel,
  type FormValue,
  type FormValues,
} from './form-model.ts';
import { isJsonMediaType } from './is-json-media-type.ts';
import { readFieldKind } from './read-field-kind.ts';

const LOCATION_ORDER: ParamLocation[] = ['path', 'query', 'header', 'cookie'];
const FORM_MEDIA_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded'];

/** Options of `buildFormModel`. */
export interface BuildFormModelOptions {
  /** Request body media type to build body fields for; default: the first JSON one, else the first. */
  mediaType?: string;
}

/** The form of an operation: one field per parameter (grouped path, query, header, cookie) and the body. */
export function buildFormModel(operation: Operation, options: BuildFormModelOptions = {}): FormModel {
  const fields: FormField[] = [];
  for (const location of LOCATION_ORDER) {
    for (const parameter of operation.parameters) {
      if (parameter.in === location && !isIgnoredHeader(parameter)) fields.push(parameterField(parameter));
    }
  }
  const body = operation.requestBody;
  const mediaTypes = body ? Object.keys(body.content) : [];
  const selectedMediaType = pickMediaType(mediaTypes, options.mediaType);
  const formBody = body && selectedMediaType ? buildBody(body, selectedMediaType) : undefined;
  if (formBody) fields.push(...('field' in formBody ? [formBody.field] : formBody.fields));

  const defaults: FormValues = {};
  for (const field of fields) defaults[field.key] = defaultValue(field);
  return {
    operationId: operation.id,
    fields,
    defaults,
    rules: operation.rules,
    ...(selectedMediaType ? { mediaTypes, selectedMediaType } : {}),
    ...(formBody ? { body: formBody } : {}),
  };
}

function parameterField(parameter: Parameter): FormField {
  const schema = flattenSchema(parameter.schema ?? {});
  return schemaField({
    key: fieldKey(parameter.in, parameter.name),
    name: parameter.name,
    location: parameter.in,
    required: parameter.required || parameter.in === 'path',
    deprecated: parameter.deprecated || schema.deprecated === true,
    description: parameter.description ?? schema.description,
    schema,
    example: parameter.example,
  });
}

/** OpenAPI: header parameters named Accept, Content-Type or Authorization SHALL be ignored. */
function isIgnoredHeader(parameter: Parameter): boolean {
  return (
    parameter.in === 'header' &&
    ['accept', 'content-type', 'authorization'].includes(parameter.name.toLowerCase())
  );
}

function pickMediaType(mediaTypes: string[], wanted: string | undefined): string | undefined {
  if (wanted && mediaTypes.includes(wanted)) return wanted;
  return mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
}

function buildBody(body: RequestBody, mediaType: string): FormBody {
  const media = body.content[mediaType] ?? {};
  const schema = flattenSchema(media.schema ?? {});
  const common = { location: 'body' as const, deprecated: false, mediaType };
  const wholeBody = (kind: 'json' | 'text' | 'file'): FormField => ({
    ...common,
    key: BODY_KEY,
    name: 'body',
    kind,
    required: body.required,
    description: body.description ?? schema.description,
    schema,
    unixSeconds: false,
    ...(kind === 'file' ? { format: 'binary' } : {}),
    ...(kind !== 'file' && media.example !== undefined ? { example: media.example } : {}),
  });
  if (isJsonMediaType(mediaType)) return { kind: 'json', mediaType, field: wholeBody('json') };
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (FORM_MEDIA_TYPES.includes(essence) && schema.properties) {
    const required = new Set(schema.required ?? []);
    const exampleObject = isRecord(media.example) ? media.example : undefined;
    const fields = Object.entries(schema.properties).flatMap(([name, raw]) => {
      const property = flattenSchema(raw);
      if (property.readOnly) return [];
      return [
        schemaField({
          ...common,
          key: fieldKey('body', name),
          name,
          // An optional body may be left out entirely, so its required properties are not required then.
          required: body.required && required.has(name),
          deprecated: property.deprecated === true,
          description: property.description,
          schema: property,
          example: exampleObject?.[name],
          allowFile: true,
        }),
      ];
    });
    return { kind: essence === 'multipart/form-data' ? 'multipart' : 'urlencoded', mediaType, fields };
  }
  // Bytes as they are: octet-stream, images, audio, video, or any body whose schema says binary.
  if (isBinary(schema) || isBinaryMediaType(essence))
    return { kind: 'binary', mediaType, field: wholeBody('file') };
  // Any other media type (text/plain, XML, a form without properties…): raw text, sent as typed.
  return { kind: 'text', mediaType, field: wholeBody('text') };
}

/** Media types whose body is a file's bytes rather than text a person types. */
function isBinaryMediaType(essence: string): boolean {
  return (
    essence === 'application/octet-stream' ||
    /^(image|audio|video)\//.test(essence) ||
    ['application/pdf', 'application/zip', 'application/gzip'].includes(essence)
  );
}

interface FieldSeed {
  key: string;
  name: string;
  location: FormField['location'];
  required: boolean;
  deprecated: boolean;
  description: string | undefined;
  schema: Schema;
  example: unknown;
  mediaType?: string;
  /** Body properties of a form media type: `format: binary` becomes a file input. */
  allowFile?: boolean;
}

function schemaField(seed: FieldSeed): FormField {
  const { schema } = seed;
  const reading = seed.allowFile && isFileSchema(schema) ? { kind: 'file' as const } : readFieldKind(schema);
  const field: FormField = {
    key: seed.key,
    name: seed.name,
    location: seed.location,
    kind: reading.kind,
    required: seed.required,
    deprecated: seed.deprecated,
    schema,
    unixSeconds:
      reading.kind === 'integer' && isUnixSeconds(seed.name, seed.description ?? schema.description),
  };
  if (seed.description !== undefined) field.description = seed.description;
  if (reading.enumValues) field.enumValues = reading.enumValues;
  if (reading.item) field.item = reading.item;
  if (reading.suggestions) field.suggestions = reading.suggestions;
  if (typeof schema.minimum === 'number') field.minimum = schema.minimum;
  if (typeof schema.maximum === 'number') field.maximum = schema.maximum;
  const format =
    schema.format ?? (reading.kind === 'array' ? flattenSchema(schema.items ?? {}).format : undefined);
  if (format) field.format = format;
  if (seed.mediaType) field.mediaType = seed.mediaType;
  if (seed.example !== undefined) field.example = seed.example;
  return field;
}

/** Integers documented as Unix seconds get a date-time picker; milliseconds do not qualify. */
function isUnixSeconds(name: string, description: string | undefined): boolean {
  const text = description ?? '';
  if (/millisecond/i.test(text)) return false;
  if (/\bunix\b/i.test(text)) return true;
  return /_(time|at)$/.test(name) && /\b(epoch|timestamp|seconds)\b/i.test(text);
}

/**
 * A form body property that takes a file: binary, an array of binaries, or a `oneOf`/`anyOf` of those
 * (`image: anyOf [binary, binary[]]`). One file is picked: FormValue holds a single File.
 */
function isFileSchema(schema: Schema, depth = 0): boolean {
  if (isBinary(schema)) return true;
  if (depth > 2) return false;
  if (schema.type === 'array') return isFileSchema(flattenSchema(schema.items ?? {}), depth + 1);
  const variants = (schema.oneOf ?? schema.anyOf)?.filter((v) => !isNullSchema(v));
  return !!variants?.length && variants.every((v) => isFileSchema(flattenSchema(v), depth + 1));
}

function isBinary(schema: Schema): boolean {
  return (
    (schema.type === 'string' || schema.type === undefined) &&
    (schema.format === 'binary' || schema.contentMediaType === 'application/octet-stream')
  );
}

function defaultValue(field: FormField): FormValue {
  const value = field.schema.default;
  switch (field.kind) {
    case 'file':
      return null;
    case 'array':
      return Array.isArray(value) ? value.filter((v) => v !== null).map((v) => String(v)) : [];
    case 'text':
      return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
    case 'json':
      return value === undefined ? '' : JSON.stringify(value, null, 2);
    default:
      return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
  }
}
