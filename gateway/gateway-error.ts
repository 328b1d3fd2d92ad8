/** The gateway's own error codes (its errors carry them in the body and in `x-gateway-error`). */
export type GatewayErrorCode =
  | 'origin_not_allowed'
  | 'operation_not_allowed'
  | 'path_not_allowed'
  | 'header_not_allowed'
  | 'bad_request'
  | 'headers_too_large'
  | 'body_too_large'
  | 'rate_limited'
  | 'upstream_unreachable'
  | 'upstream_bad_response'
  | 'response_too_large'
  | 'upstream_timeout';

/** Default HTTP status per code; `operation_not_allowed` is 404 for an unknown path and 405 for a wrong method. */
export const GATEWAY_ERROR_STATUS: Readonly<Record<GatewayErrorCode, number>> = {
  origin_not_allowed: 403,
  operation_not_allowed: 404,
  path_not_allowed: 400,
  header_not_allowed: 400,
  bad_request: 400,
  headers_too_large: 431,
  body_too_large: 413,
  rate_limited: 429,
  upstream_unreachable: 502,
  upstream_bad_response: 502,
  response_too_large: 502,
  upstream_timeout: 504,
};

/** A gateway error ready to send: status, JSON body and the headers that mark it as the gateway's. */
export interface GatewayErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Builds the gateway's error response: `{"error":{"type":"gateway_error","code","message"}}` + `x-gateway-error`. */
export function gatewayError(code: GatewayErrorCode, message: string, status?: number): GatewayErrorResponse {
  const body = JSON.stringify({ error: { type: 'gateway_error', code, message } });
  return {
    status: status ?? GATEWAY_ERROR_STATUS[code],
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      'x-gateway-error': code,
    },
    body,
  };
}
