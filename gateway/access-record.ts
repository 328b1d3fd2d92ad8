/**
 * One access-log object per request (and what the metrics count). Never a header, never a credential: the
 * target has sensitive query values redacted and control characters escaped (`redact-target.ts`).
 */
export interface AccessRecord {
  method: string;
  /** The request-target, redacted. */
  path: string;
  status: number;
  /** From the first byte of the request to the last byte of the response (or the abort). */
  ms: number;
  /** The matched operation (`GET /organization/costs`), when the request got that far. */
  operation?: string;
  /**
   * Who the caller check said the caller is: a token's hash prefix (`token:3f9a…`) or its label, a JWT's
   * subject; never the token itself. Absent when callers are not checked. Logged, never a metrics label.
   */
  caller?: string;
  /** The gateway's own error code, when the response is one. */
  code?: string;
  /** From dispatch to the upstream's response head, when the request went upstream. */
  upstreamMs?: number;
  /** The response did not go out whole (the client went away, or the gateway cut it). */
  aborted?: true;
}

/** Where access records go: a pino logger fits (`info(object)`), and so does a test's array. */
export interface AccessLog {
  info(record: AccessRecord): void;
}
