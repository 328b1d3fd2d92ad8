/**
 * One operation through the page's own pure pipeline (form model → example values → request) and its sender,
 * to a gateway: what `npm run prism:coverage`, its integration test and nothing else share.
 */

import { buildFormModel } from '../../src/form/build-form-model.ts';
import { fillExampleValues } from '../../src/form/fill-example-values.ts';
import type { ApiModel, Operation } from '../../src/openapi/model.ts';
import { buildRequest } from '../../src/request/build-request.ts';
import type { HttpRequest } from '../../src/request/http-request.ts';
import { operationSchemes } from '../../src/transport/operation-schemes.ts';
import { sendRequest } from '../../src/transport/send-request.ts';

/** A fixed "now" so the figures do not depend on the day they are taken. */
export const PRISM_NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
/** The key typed into every credential field (Prism checks that a Bearer token is present, not its value). */
export const PRISM_KEY = 'sk-prism-coverage-test';

/** What one operation got back. */
export interface OperationOutcome {
  id: string;
  method: string;
  pathTemplate: string;
  /** Path actually sent (parameters substituted). */
  path: string;
  bodyKind: 'none' | NonNullable<HttpRequest['body']>['kind'];
  /** HTTP status, or 0 when no response came back (see `failure`). */
  status: number;
  /** Prism's validation findings of a 4xx it generated (`location: message`), else []. */
  findings: string[];
  /** A short excerpt of the response body. */
  excerpt: string;
  /** A failure before any response (gateway unreachable, timeout…). */
  failure?: string;
}

/** Builds the request the page would send with "Fill example values" and sends it through the gateway. */
export async function tryOperation(
  api: ApiModel,
  operation: Operation,
  gatewayUrl: string,
  timeoutMs = 30_000,
): Promise<OperationOutcome> {
  const request = buildExampleRequest(api, operation);
  const schemes = operationSchemes(api, operation);
  const credentials = Object.fromEntries(schemes.map(({ name }) => [name, PRISM_KEY]));
  const result = await sendRequest({ gatewayUrl, request, schemes, credentials, timeoutMs });
  const outcome: OperationOutcome = {
    id: operation.id,
    method: request.method,
    pathTemplate: operation.path,
    path: request.path,
    bodyKind: request.body?.kind ?? 'none',
    status: result.response?.status ?? 0,
    findings: [],
    excerpt: (result.response?.bodyText ?? '').slice(0, 300),
  };
  if (!result.response) outcome.failure = result.failure.message;
  if (result.response && result.response.status >= 400) {
    outcome.findings = prismFindings(result.response.bodyText);
  }
  return outcome;
}

/** The request "Fill example values" then "Send" would build for `operation`. */
export function buildExampleRequest(api: ApiModel, operation: Operation): HttpRequest {
  const model = buildFormModel(operation);
  const values = fillExampleValues(model, { now: PRISM_NOW });
  return buildRequest(operation, model, values, api.config);
}

/** Prism's problem+json answer: `validation[]` entries, else its `detail`. */
function prismFindings(text: string): string[] {
  try {
    const parsed = JSON.parse(text) as {
      detail?: unknown;
      validation?: { location?: unknown; message?: unknown }[];
    };
    if (Array.isArray(parsed.validation)) {
      return parsed.validation.map((entry) => {
        const where = Array.isArray(entry.location) ? entry.location.join('.') : '';
        return `${where}: ${String(entry.message)}`;
      });
    }
    if (typeof parsed.detail === 'string') return [parsed.detail];
  } catch {
    // Not Prism's problem+json (e.g. a gateway error or a documented error example): the excerpt says it.
  }
  return [];
}
