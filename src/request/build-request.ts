import type { FormModel, FormValues } from '../form/form-model.ts';
import { isBlob } from '../form/is-blob.ts';
import type { Operation, Server, TryItConfig } from '../openapi/model.ts';
import type { HttpRequest, MultipartPart, RequestBodyValue, SdkArg } from './http-request.ts';
import { readFieldValue } from './read-field-value.ts';
import { resolveServerUrl } from './resolve-server-url.ts';
import { serializeParam } from './serialize-param.ts';

/** Options of `buildRequest`. */
export interface BuildRequestOptions {
  /** Server to build `serverUrl` from (default: the operation's first). */
  server?: Server;
  /** Values of the server's `{variables}` (defaults otherwise). */
  serverVariables?: Record<string, string>;
  /** Where the description was loaded from (else the page's URL): relative server URLs resolve against it. */
  documentUrl?: string;
}

/**
 * The HTTP request a set of form values describes. Pure and total: partial or invalid values never
 * throw (invalid scalars go out as typed, for "send anyway"); unset values are omitted.
 */
export function buildRequest(
  operation: Operation,
  model: FormModel,
  values: Partial<FormValues>,
  config: Pick<TryItConfig, 'arrayFormat'>,
  options: BuildRequestOptions = {},
): HttpRequest {
  const pathValues = new Map<string, string>();
  const query: [string, string][] = [];
  const headers: [string, string][] = [];
  const cookies: [string, string][] = [];
  const args: SdkArg[] = [];

  for (const parameter of operation.parameters) {
    const field = model.fields.find((f) => f.location === parameter.in && f.name === parameter.name);
    if (!field) continue;
    const reading = readFieldValue(field, values[field.key]);
    if (!reading) continue;
    args.push({ name: parameter.name, in: parameter.in, value: reading.typed });
    const pairs = serializeParam(parameter, reading.wire, config.arrayFormat);
    if (parameter.in === 'path') pathValues.set(parameter.name, pairs[0]?.[1] ?? '');
    else if (parameter.in === 'query') query.push(...pairs);
    else if (parameter.in === 'header') headers.push(...pairs);
    else cookies.push(...pairs);
  }

  // A fragment in a path template (`/tags/{arn}#tagKeys`, as AWS descriptions tell operations on one path
  // apart) is no part of the URL: left in, it would swallow the query that follows it.
  const template = pathWithoutFragment(operation.path);
  // One pass over the template, so a value that contains `{other}` is never substituted again.
  const path = template.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    if (pathValues.has(name)) return pathValues.get(name) ?? '';
    // A documented path parameter left empty: empty segment (validation says "Required").
    return operation.parameters.some((p) => p.in === 'path' && p.name === name) ? '' : whole;
  });

  const body = buildBody(model, values, config, args);
  if (body && body.kind !== 'multipart') headers.push(['Content-Type', body.mediaType]);

  const server = options.server ?? operation.servers[0];
  return {
    method: operation.method.toUpperCase(),
    pathTemplate: operation.path,
    path,
    query,
    headers,
    cookies,
    ...(body ? { body } : {}),
    args,
    operationId: operation.id,
    ...(server ? { serverUrl: resolveServerUrl(server, options.serverVariables, options.documentUrl) } : {}),
  };
}

/** A path template up to its fragment: `/deleteresourceshare#resourceShareArn` → `/deleteresourceshare`. */
function pathWithoutFragment(template: string): string {
  const hash = template.indexOf('#');
  return hash === -1 ? template : template.slice(0, hash) || '/';
}

function buildBody(
  model: FormModel,
  values: Partial<FormValues>,
  config: Pick<TryItConfig, 'arrayFormat'>,
  args: SdkArg[],
): RequestBodyValue | undefined {
  const body = model.body;
  if (!body) return undefined;
  const { mediaType } = body;
  switch (body.kind) {
    case 'json':
    case 'text': {
      const raw = values[body.field.key];
      const text = typeof raw === 'string' ? raw : '';
      if (text.trim() === '') return undefined;
      // One parse serves the SDK argument and the body (this runs on every keystroke).
      const typed = readFieldValue(body.field, text)?.typed ?? text;
      args.push({ name: 'body', in: 'body', value: typed });
      // JSON that does not parse is sent as typed (a text body), so the server's answer can be seen.
      if (body.kind === 'json' && typed !== text) return { kind: 'json', mediaType, value: typed, text };
      return { kind: 'text', mediaType, text };
    }
    case 'binary': {
      const file = values[body.field.key];
      if (!isBlob(file)) return undefined;
      args.push({ name: 'body', in: 'body', value: file });
      const fileName = typeof (file as File).name === 'string' ? (file as File).name : 'body.bin';
      // A wildcard media type (`image/*`) is no Content-Type: the file's own type says which image it is.
      const type = mediaType.includes('*') ? file.type || 'application/octet-stream' : mediaType;
      return { kind: 'binary', mediaType: type, fileName, size: file.size, file };
    }
    case 'multipart': {
      const parts: MultipartPart[] = [];
      for (const field of body.fields) {
        const reading = readFieldValue(field, values[field.key]);
        if (!reading) continue;
        args.push({ name: field.name, in: 'body', value: reading.typed });
        parts.push(...multipartParts(field.name, reading.wire));
      }
      return parts.length > 0 ? { kind: 'multipart', mediaType, parts } : undefined;
    }
    case 'urlencoded': {
      const pairs: [string, string][] = [];
      for (const field of body.fields) {
        const reading = readFieldValue(field, values[field.key]);
        if (!reading) continue;
        args.push({ name: field.name, in: 'body', value: reading.typed });
        // Objects as `meta[key]=v` (deepObject): the common reading of nested form bodies.
        const style =
          typeof reading.wire === 'object' && !Array.isArray(reading.wire) ? 'deepObject' : 'form';
        pairs.push(
          ...serializeParam(
            { name: field.name, in: 'query', style, explode: true },
            reading.wire,
            config.arrayFormat,
          ),
        );
      }
      return pairs.length > 0 ? { kind: 'urlencoded', mediaType, fields: pairs } : undefined;
    }
  }
}

function multipartParts(name: string, wire: unknown): MultipartPart[] {
  if (isBlob(wire)) {
    const fileName = typeof (wire as File).name === 'string' ? (wire as File).name : 'blob';
    return [
      {
        name,
        kind: 'file',
        fileName,
        contentType: wire.type || 'application/octet-stream',
        size: wire.size,
        file: wire,
      },
    ];
  }
  if (Array.isArray(wire)) return wire.map((item) => ({ name, kind: 'text', value: String(item) }));
  if (typeof wire === 'object' && wire !== null) return [{ name, kind: 'text', value: JSON.stringify(wire) }];
  return [{ name, kind: 'text', value: String(wire) }];
}
