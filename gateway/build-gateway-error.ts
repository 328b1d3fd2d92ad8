import {
  GATEWAY_ERROR_HEADER,
  GATEWAY_ERROR_STATUS,
  type GatewayErrorCode,
} from '../contract/gateway-contract.ts';

// Runtime-neutral (no Node APIs): the node:http gateway and the Web-standard handler both build their errors here.
const utf8 = new TextEncoder();

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
      'content-length': String(utf8.encode(body).length),
      'cache-control': 'no-store',
      [GATEWAY_ERROR_HEADER]: code,
    },
    body,
  };
}
