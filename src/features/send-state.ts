import type { HttpRequest } from '../request/http-request.ts';
import type { ShownResponse } from '../response/shown-response.ts';
import type { NamedScheme } from '../transport/named-scheme.ts';
import type { SendResult, StreamProgress } from '../transport/send-request.ts';

// The sender's contract (try-it/use-send.ts implements it); here, so the History region, which starts and
// shows sends, does not import the Try it panel that holds it.

/** Where a request comes from: history keeps its answer under this API and operation, with these values. */
export interface SendOrigin {
  apiId: string;
  operationId: string;
  /** The form values the request was built from (text only is kept, never a credential). */
  values: Readonly<Record<string, unknown>>;
  /** The credentials the user typed, to keep out of history even when the gateway holds the key. */
  secrets: readonly string[];
}

/** One request to send through the gateway, and where it comes from. */
export interface SendInput {
  gatewayUrl: string;
  request: HttpRequest;
  schemes: NamedScheme[];
  credentials: Record<string, string>;
  origin: SendOrigin;
  /** Sent as `X-Gateway-Token`; set only for a gateway whose health says it checks callers. */
  gatewayToken?: string;
}

/** The sender as the page sees it: one request in flight at a time, and the answer on show. */
export interface SendState {
  start: (input: SendInput) => void;
  cancel: () => void;
  pending: boolean;
  /** The answer on show: the latest, or one picked from history, or pages merged by "Load all pages". */
  shown: ShownResponse | undefined;
  show: (shown: ShownResponse) => void;
  /** The outcome of the latest Send, whatever is on show (the Send bar's one-line summary). */
  latest: SendResult | undefined;
  /** A streaming response (server-sent events) as far as it has arrived, while it is still arriving. */
  live: StreamProgress | undefined;
}
