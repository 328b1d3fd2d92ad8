import type { HttpRequest } from '../request/http-request.ts';
import type { SendResult } from '../transport/send-request.ts';

/** `tryit:before-send`'s detail. `headers` is the host's to change: what it holds after the event is sent. */
export interface BeforeSendDetail {
  operationId: string;
  method: string;
  /** The path with its parameters filled in, below the gateway. */
  path: string;
  /** Query pairs, not yet percent-encoded. Credentials are not in them: they are applied after this event. */
  query: [string, string][];
  /** The request's own headers (no credentials); add or replace entries to send others. */
  headers: Record<string, string>;
  gatewayUrl: string;
}

/** `tryit:response`'s detail: the outcome of one Send, as the panel shows it. */
export interface ResponseDetail {
  operationId: string;
  /** HTTP status; absent when no response came (`failure` says why). */
  status?: number;
  ok: boolean;
  headers: [string, string][];
  bodyText: string;
  durationMs?: number;
  /** Which hop failed (`config`: nothing was sent, e.g. the host cancelled), and the panel's message. */
  failure?: { hop: string; message: string };
}

/** The detail of `tryit:before-send` for `request`, with its headers as a plain object the host can edit. */
export function beforeSendDetail(request: HttpRequest, gatewayUrl: string): BeforeSendDetail {
  return {
    operationId: request.operationId,
    method: request.method,
    path: request.path,
    query: request.query.map(([name, value]) => [name, value]),
    headers: Object.fromEntries(request.headers),
    gatewayUrl,
  };
}

/**
 * The request's headers once the host had its say: each string entry of `edited` replaces the header of that
 * name (case-insensitively) or is added; entries that are not strings, or names that are not HTTP tokens, are
 * left out and named in `ignored`. A header the host deleted from the object is not sent.
 */
export function mergeHostHeaders(edited: unknown): { headers: [string, string][]; ignored: string[] } {
  const headers = new Map<string, [string, string]>();
  const ignored: string[] = [];
  if (typeof edited === 'object' && edited !== null) {
    for (const [name, value] of Object.entries(edited)) {
      if (typeof value !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
        ignored.push(name);
        continue;
      }
      headers.set(name.toLowerCase(), [name, value]);
    }
  }
  return { headers: [...headers.values()], ignored };
}

/** `tryit:response`'s detail for one outcome. */
export function responseDetail(result: SendResult, operationId: string): ResponseDetail {
  const response = result.response;
  const detail: ResponseDetail = {
    operationId,
    ok: response ? response.ok && !result.failure : false,
    headers: response ? response.headers.map(([name, value]) => [name, value]) : [],
    bodyText: response?.bodyText ?? '',
  };
  if (response) {
    detail.status = response.status;
    detail.durationMs = response.durationMs;
  }
  if (result.failure) detail.failure = { hop: result.failure.hop, message: result.failure.message };
  return detail;
}
