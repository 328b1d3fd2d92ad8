import { flattenSchema } from '../form/flatten-schema.ts';
import type { FormField, FormValue, ScalarKind } from '../form/form-model.ts';
import { isBlob } from '../form/is-blob.ts';

/** A set form value read two ways: as written on the wire (text kept as typed) and typed for SDK args. */
export interface FieldValueReading {
  /** Scalars as trimmed/typed text, arrays as string[], JSON as the parsed value (else the raw text), files as Blob. */
  wire: unknown;
  /** Numbers as numbers, booleans as booleans, enum values in their documented type, JSON parsed. */
  typed: unknown;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a form value of any shape (partial and invalid values included) for sending; undefined when
 * the value is unset ('' / [] / null), so it is omitted. Never throws.
 */
export function readFieldValue(field: FormField, raw: FormValue | undefined): FieldValueReading | undefined {
  switch (field.kind) {
    case 'file':
      return isBlob(raw) ? { wire: raw, typed: raw } : undefined;
    case 'array': {
      const items = (Array.isArray(raw) ? raw : typeof raw === 'string' && raw !== '' ? [raw] : []).filter(
        (item): item is string => typeof item === 'string' && item !== '',
      );
      if (items.length === 0) return undefined;
      const kind = field.item?.kind ?? 'string';
      const itemSchemaEnum = flattenSchema(field.schema.items ?? {}).enum;
      const readings = items.map((item) => readScalar(kind, item, itemSchemaEnum));
      return { wire: readings.map((r) => r.wire), typed: readings.map((r) => r.typed) };
    }
    case 'text': {
      const text = textOf(raw);
      return text.trim() === '' ? undefined : { wire: text, typed: text };
    }
    case 'json': {
      const text = textOf(raw);
      if (text.trim() === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(text);
        return { wire: parsed, typed: parsed };
      } catch {
        return { wire: text, typed: text };
      }
    }
    default: {
      const text = textOf(raw);
      if (text === '') return undefined;
      return readScalar(field.kind, text, field.schema.enum);
    }
  }
}

function readScalar(
  kind: ScalarKind,
  text: string,
  enumValues: unknown[] | undefined,
): { wire: string; typed: unknown } {
  switch (kind) {
    case 'integer':
    case 'number': {
      const trimmed = text.trim();
      // Invalid numbers are sent as typed, so "send anyway" can test the server's validation.
      return { wire: trimmed, typed: DECIMAL.test(trimmed) ? Number(trimmed) : text };
    }
    case 'boolean':
      return { wire: text, typed: text === 'true' ? true : text === 'false' ? false : text };
    case 'enum': {
      const documented = enumValues?.find((v) => String(v) === text);
      return { wire: text, typed: documented ?? text };
    }
    case 'string':
      return { wire: text, typed: text };
  }
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(',');
  return '';
}
