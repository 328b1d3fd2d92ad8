import type { PagesSummary } from '../paging/load-all-pages.ts';
import type { HttpRequest } from '../request/http-request.ts';
import type { ResponseRecord } from '../response/response-record.ts';
import type { SendFailure } from '../transport/send-failure.ts';

/** A response as history keeps it: no bytes of binary bodies, a body cut to the history limit. */
export type StoredResponse = Omit<ResponseRecord, 'bodyBlob'>;

/** One request and its outcome, as history keeps it. Holds no credential (see `toHistoryEntry`). */
export interface HistoryEntry {
  /** Assigned by the store; increases with every entry added. */
  id: number;
  apiId: string;
  operationId: string;
  /** When the request left, Unix ms. */
  at: number;
  /** The request as sent (without credentials, which are applied only when sending; no file bytes). */
  request: HttpRequest;
  /** The form's text values, so "Restore" can fill the form again. */
  values: Record<string, string | string[]>;
  response?: StoredResponse;
  failure?: SendFailure;
  /** Present when several pages were merged by "Load all pages". */
  pages?: PagesSummary;
  /** Why the stored body is not the whole body (cut for history, binary bytes not kept). */
  bodyNote?: string;
  /** Approximate size in bytes (JSON characters) the entry takes, for the history's size cap. */
  size: number;
}

/** An entry before the store gave it an id. */
export type NewHistoryEntry = Omit<HistoryEntry, 'id'>;

/** An entry without its body text: what the history list reads (bodies load one at a time, on demand). */
export type HistorySummary = Omit<HistoryEntry, 'response'> & { response?: Omit<StoredResponse, 'bodyText'> };
