import { isRecord } from '../openapi/is-record.ts';
import type { ParamLocation, ParamStyle, TryItConfig } from '../openapi/model.ts';
import { encodeComponent } from './encode-query.ts';

/** The parts of a parameter that decide how its value is written. */
export interface SerializableParam {
  name: string;
  in: ParamLocation;
  style: ParamStyle;
  explode: boolean;
}

/**
 * A parameter's value as name/value pairs per its style and explode. Query and cookie pairs are raw
 * (not yet percent-encoded); a path parameter yields one pair whose value is already percent-encoded
 * (so it can never add a segment); a header yields one pair. `value` is a string, number, boolean,
 * array of those, or an object (from a JSON field).
 */
export function serializeParam(
  param: SerializableParam,
  value: unknown,
  arrayFormat: TryItConfig['arrayFormat'] = 'repeat',
): [string, string][] {
  switch (param.in) {
    case 'path':
      return [[param.name, serializePath(param, value)]];
    case 'header':
      // Header values cannot carry line breaks; fetch would throw on them.
      return [[param.name, simple(value, param.explode, (t) => t).replace(/[\r\n]+/g, ' ')]];
    case 'cookie':
      return serializeQuery({ ...param, style: 'form' }, value, 'repeat');
    case 'query':
      return serializeQuery(param, value, arrayFormat);
  }
}

function serializeQuery(
  param: SerializableParam,
  value: unknown,
  arrayFormat: TryItConfig['arrayFormat'],
): [string, string][] {
  const { name, style, explode } = param;
  if (Array.isArray(value)) {
    const items = value.map(text);
    if (style === 'deepObject' || explode) {
      const key = style === 'form' && arrayFormat === 'brackets' ? `${name}[]` : name;
      return items.map((item) => [key, item]);
    }
    return [[name, items.join(delimiter(style))]];
  }
  if (isRecord(value)) {
    if (style === 'deepObject') return deepObjectPairs(name, value, arrayFormat);
    const entries = Object.entries(value).map(([k, v]) => [k, text(v)] as [string, string]);
    if (explode) return entries;
    return [[name, entries.flat().join(delimiter(style))]];
  }
  return [[name, text(value)]];
}

function deepObjectPairs(
  prefix: string,
  value: Record<string, unknown>,
  arrayFormat: TryItConfig['arrayFormat'],
): [string, string][] {
  return Object.entries(value).flatMap(([key, inner]): [string, string][] => {
    const name = `${prefix}[${key}]`;
    if (isRecord(inner)) return deepObjectPairs(name, inner, arrayFormat);
    if (Array.isArray(inner)) {
      const itemKey = arrayFormat === 'brackets' ? `${name}[]` : name;
      return inner.map((item) => [itemKey, text(item)]);
    }
    return [[name, text(inner)]];
  });
}

function delimiter(style: ParamStyle): string {
  return style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
}

function serializePath(param: SerializableParam, value: unknown): string {
  const { name, style, explode } = param;
  const enc = encodePathValue;
  if (style === 'label') {
    const separator = explode ? '.' : ',';
    if (Array.isArray(value)) return `.${value.map((v) => enc(text(v))).join(separator)}`;
    if (isRecord(value)) {
      const entries = Object.entries(value);
      return explode
        ? `.${entries.map(([k, v]) => `${enc(k)}=${enc(text(v))}`).join('.')}`
        : `.${entries.flatMap(([k, v]) => [enc(k), enc(text(v))]).join(',')}`;
    }
    return `.${enc(text(value))}`;
  }
  if (style === 'matrix') {
    const key = enc(name);
    if (Array.isArray(value)) {
      return explode
        ? value.map((v) => `;${key}=${enc(text(v))}`).join('')
        : `;${key}=${value.map((v) => enc(text(v))).join(',')}`;
    }
    if (isRecord(value)) {
      const entries = Object.entries(value);
      return explode
        ? entries.map(([k, v]) => `;${enc(k)}=${enc(text(v))}`).join('')
        : `;${key}=${entries.flatMap(([k, v]) => [enc(k), enc(text(v))]).join(',')}`;
    }
    const scalar = text(value);
    return scalar === '' ? `;${key}` : `;${key}=${enc(scalar)}`;
  }
  return simple(value, explode, enc);
}

/** `simple` style (path and header): `a,b,c`; objects `k,v,k,v`, or `k=v,k=v` exploded. */
function simple(value: unknown, explode: boolean, enc: (text: string) => string): string {
  if (Array.isArray(value)) return value.map((v) => enc(text(v))).join(',');
  if (isRecord(value)) {
    const entries = Object.entries(value);
    return explode
      ? entries.map(([k, v]) => `${enc(k)}=${enc(text(v))}`).join(',')
      : entries.flatMap(([k, v]) => [enc(k), enc(text(v))]).join(',');
  }
  return enc(text(value));
}

/**
 * Percent-encodes a path value so it stays inside its segment: `/`, `?`, `#` and `%` are encoded, and a
 * value made only of dots has them encoded too (validation rejects `.` and `..`, as URL parsers would
 * still treat `%2E%2E` as "up one segment").
 */
function encodePathValue(value: string): string {
  const encoded = encodeComponent(value);
  return /^\.+$/.test(encoded) ? encoded.replace(/\./g, '%2E') : encoded;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
