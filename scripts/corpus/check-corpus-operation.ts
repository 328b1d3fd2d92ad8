import { buildFormModel } from '../../src/form/build-form-model.ts';
import { buildFormSchema, formIssues } from '../../src/form/build-form-schema.ts';
import { fillExampleValues } from '../../src/form/fill-example-values.ts';
import type { ApiModel, Operation } from '../../src/openapi/model.ts';
import { buildRequest } from '../../src/request/build-request.ts';
import type { HttpRequest } from '../../src/request/http-request.ts';
import { resolveServerUrl } from '../../src/request/resolve-server-url.ts';
import type { SchemaChecker } from '../../src/schema-check/schema-checker.ts';
import { dialectOf } from '../../src/schema-check/schema-checker.ts';
import { curlSnippet } from '../../src/snippet/curl-snippet.ts';
import { fetchSnippet } from '../../src/snippet/fetch-snippet.ts';
import { pythonSnippet } from '../../src/snippet/python-snippet.ts';
import { tsSdkSnippet } from '../../src/snippet/ts-sdk-snippet.ts';
import { operationSchemes } from '../../src/transport/operation-schemes.ts';

/** How far one sampled operation got through the page's pure pipeline, and where it stopped. */
export interface CorpusOutcome {
  stage: 'form' | 'request' | 'snippets' | 'done';
  /** Why it stopped (absent when done). */
  problem?: string;
  request?: HttpRequest;
}

/** Where a corpus description is said to be hosted: relative servers resolve against it. */
export const CORPUS_DOCUMENT_URL = 'https://docs.example.com/specs/openapi.json';

/**
 * One operation through form → filled values → request → snippets, as the page does it: the form model,
 * "Fill example values" (which must pass the form's own validation, JSON bodies checked against their schema),
 * the request (every path parameter filled, an absolute server URL) and the four snippets.
 */
export function checkCorpusOperation(
  api: ApiModel,
  operation: Operation,
  checker: SchemaChecker,
): CorpusOutcome {
  const body = { checker, dialect: dialectOf(api.openapiVersion) };
  const model = buildFormModel(operation);
  const values = fillExampleValues(model, { now: Date.UTC(2025, 0, 15), body });
  const issues = formIssues(buildFormSchema(model, body), values);
  if (issues.length > 0) {
    const [first] = issues;
    return { stage: 'form', problem: `${first?.key}${first?.pointer ?? ''}: ${first?.message}` };
  }
  const request = buildRequest(operation, model, values, api.config, { documentUrl: CORPUS_DOCUMENT_URL });
  if (/\{[^}]*\}/.test(request.path))
    return { stage: 'request', problem: `unfilled path ${request.path}`, request };
  if (request.path.includes('#'))
    return { stage: 'request', problem: `fragment in path ${request.path}`, request };
  const server = operation.servers[0];
  const baseUrl = server ? resolveServerUrl(server, {}, CORPUS_DOCUMENT_URL) : '';
  if (!/^https?:\/\//.test(baseUrl))
    return { stage: 'request', problem: `server URL not absolute: ${baseUrl}`, request };
  const security = operationSchemes(api, operation);
  const ctx = { config: api.config, security, baseUrl };
  for (const build of [curlSnippet, fetchSnippet, pythonSnippet, tsSdkSnippet]) {
    const text = build(request, ctx);
    if (text.trim() === '') return { stage: 'snippets', problem: `${build.name} is empty`, request };
  }
  if (!curlSnippet(request, ctx).includes(`${baseUrl}${request.path}`)) {
    return { stage: 'snippets', problem: 'cURL does not call the absolute URL', request };
  }
  return { stage: 'done', request };
}
