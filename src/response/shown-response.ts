import type { PagesSummary } from '../paging/load-all-pages.ts';
import type { HttpRequest } from '../request/http-request.ts';
import type { SendResult } from '../transport/send-request.ts';

/** The answer the Response region shows: what came back, to which operation's request, and from where. */
export interface ShownResponse {
  result: SendResult;
  operationId: string;
  /** The request that got it (for a merged answer: the first page's). */
  request: HttpRequest;
  /** The form values the request was built from (history keeps their text for "Restore"). */
  values: Readonly<Record<string, unknown>>;
  /** Set when "Load all pages" merged several pages into this answer. */
  pages?: PagesSummary;
  /** When it was sent (Unix ms), set when it is shown again from history. */
  fromHistory?: number;
  /** Why the body is not all of it (cut for history, binary bytes not kept). */
  bodyNote?: string;
}
