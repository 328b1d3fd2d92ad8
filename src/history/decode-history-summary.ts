import * as z from 'zod/mini';
import type { HttpRequest } from '../request/http-request.ts';
import type { HistorySummary } from './history-entry.ts';

const pair = z.tuple([z.string(), z.string()]);
const pairs = z.array(pair);

const multipartPart = z.union([
  z.object({ name: z.string(), kind: z.literal('text'), value: z.string() }),
  z.object({
    name: z.string(),
    kind: z.literal('file'),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number(),
  }),
]);

const requestBody = z.union([
  z.object({ kind: z.literal('json'), mediaType: z.string(), value: z.unknown(), text: z.string() }),
  z.object({ kind: z.literal('text'), mediaType: z.string(), text: z.string() }),
  z.object({ kind: z.literal('urlencoded'), mediaType: z.string(), fields: pairs }),
  z.object({ kind: z.literal('multipart'), mediaType: z.string(), parts: z.array(multipartPart) }),
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
      in: z.enum(['path', 'query', 'header', 'cookie', 'body']),
      value: z.unknown(),
    }),
  ),
  operationId: z.string(),
  serverUrl: z.optional(z.string()),
});

const storedResponse = z.object({
  status: z.number(),
  statusText: z.string(),
  ok: z.boolean(),
  headers: pairs,
  bodyBytes: z.number(),
  truncated: z.boolean(),
  contentType: z.string(),
  durationMs: z.number(),
  url: z.string(),
  gatewayError: z.optional(z.object({ code: z.string(), message: z.string() })),
  credentialHeld: z.optional(z.enum(['server', 'browser'])),
});

const storedEntry = z.object({
  id: z.number(),
  apiId: z.string(),
  operationId: z.string(),
  at: z.number(),
  request: storedRequest,
  values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  response: z.optional(storedResponse),
  failure: z.optional(
    z.object({
      hop: z.enum(['browser', 'gateway', 'api', 'timeout', 'aborted', 'config']),
      message: z.string(),
      detail: z.optional(z.string()),
    }),
  ),
  pages: z.optional(z.object({ pages: z.number(), items: z.number(), capped: z.boolean() })),
  bodyNote: z.optional(z.string()),
  size: z.number(),
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
