/** What came back from one send, as the response view shows it. JSON-safe but for `bodyBlob`. */
export interface ResponseRecord {
  /** HTTP status; 0 for a redirect the page did not follow (an opaque response). */
  status: number;
  statusText: string;
  ok: boolean;
  /** Response headers the page can read (the gateway exposes them via CORS), lower-case names, in order. */
  headers: [string, string][];
  /** Body decoded as text, at most `maxBodyBytes` of it. */
  bodyText: string;
  /** Bytes of body read (that `bodyText` or `bodyBlob` holds). */
  bodyBytes: number;
  /** A binary body (audio, images, archives…) as bytes; `bodyText` is then empty. */
  bodyBlob?: Blob;
  /** True when the body was longer than the limit and the rest was not read. */
  truncated: boolean;
  /** `content-type` header, '' when absent. */
  contentType: string;
  /** From just before the request left to the last byte read. */
  durationMs: number;
  /** The URL that was called, credentials redacted. */
  url: string;
  /** Set when the gateway itself answered (`x-gateway-error`), not the API behind it. */
  gatewayError?: { code: string; message: string };
  /** Who supplied the upstream credential, from the gateway's `x-gateway-credential` header. */
  credentialHeld?: 'server' | 'browser';
}
