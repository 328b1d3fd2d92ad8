import * as z from 'zod/mini';
import type { HttpRequest } from '../request/http-request.ts';
import type { HistorySummary } from './history-entry.ts';

// `custom` rather than `tuple`, `enum`, `number` or `boolean`: zod's shared code sits in the first page's chunk (the settings codec
// uses it), and these checks cost nothing there, whereas each new kind of zod schema would add to it.
const pair = z.custom<[string, string]>(
  (value) => Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === 'string'),
);
const number = z.custom<number>((value) => typeof value === 'number' && Number.isFinite(value));
const boolean = z.custom<boolean>((value) => typeof value === 'boolean');
const oneOf = <T extends string>(values: readonly T[]) =>
  z.custom<T>((value) => typeof value === 'string' && (values as readonly string[]).includes(value));
const pairs = z.array(pair);

const multipartPart = z.union([
  z.object({ name: z.string(), kind: z.literal('text'), value: z.string() }),
  z.object({
    name: z.string(),
    kind: z.literal('file'),
    fileName: z.string(),
    contentType: z.string(),
    size: number,
  }),
]);

const requestBody = z.union([
  z.object({ kind: z.literal('json'), mediaType: z.string(), value: z.unknown(), text: z.string() }),
  z.object({ kind: z.literal('text'), mediaType: z.string(), text: z.string() }),
  z.object({ kind: z.literal('urlencoded'), mediaType: z.string(), fields: pairs }),
  z.object({ kind: z.literal('multipart'), mediaType: z.string(), parts: z.array(multipartPart) }),
  z.object({ kind: z.literal('binary'), mediaType: z.string(), fileName: z.string(), size: number }),
]);

const storedRequest = z.object({
  method: z.string(),
  pathTemplate: z.string(),
  path: z.string(),
  query: pairs,
  headers: pairs,
  cookies: pairs,
  body: z.optional(requestBody),
  args: z.array(
    z.object({
      name: z.string(),
      in: oneOf(['path', 'query', 'header', 'cookie', 'body'] as const),
      value: z.unknown(),
    }),
  ),
  operationId: z.string(),
  serverUrl: z.optional(z.string()),
});

const storedResponse = z.object({
  status: number,
  statusText: z.string(),
  ok: boolean,
  headers: pairs,
  bodyBytes: number,
  truncated: boolean,
  contentType: z.string(),
  durationMs: number,
  url: z.string(),
  gatewayError: z.optional(z.object({ code: z.string(), message: z.string() })),
  credentialHeld: z.optional(oneOf(['server', 'browser'] as const)),
});

const storedEntry = z.object({
  id: number,
  apiId: z.string(),
  operationId: z.string(),
  at: number,
  request: storedRequest,
  values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  response: z.optional(storedResponse),
  failure: z.optional(
    z.object({
      hop: oneOf(['browser', 'gateway', 'api', 'timeout', 'aborted', 'config'] as const),
      message: z.string(),
      detail: z.optional(z.string()),
    }),
  ),
  pages: z.optional(
    z.object({ pages: number, items: number, capped: boolean, stopped: z.optional(z.string()) }),
  ),
  bodyNote: z.optional(z.string()),
  size: number,
});

/**
 * A stored history record (an entry without its body text) read back, or undefined when it is not one
 * (written by another version, or damaged). Never throws. Optional fields that are absent stay absent.
 */
export function decodeHistorySummary(raw: unknown): HistorySummary | undefined {
  const parsed = storedEntry.safeParse(raw);
  if (!parsed.success) return undefined;
  const { request, response, ...rest } = parsed.data;
  const summary = {
    ...dropUndefined(rest),
    request: dropUndefined(request) as HttpRequest,
  } as HistorySummary;
  if (response) summary.response = dropUndefined(response);
  return summary;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
