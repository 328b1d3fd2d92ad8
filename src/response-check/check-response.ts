import { isJsonMediaType } from '../form/is-json-media-type.ts';
import type { Schema } from '../openapi/model.ts';
import type { CheckOptions, SchemaChecker } from '../schema-check/schema-checker.ts';

/**
 * What the check reads of an operation: its documented responses, as `Operation.responses` holds them
 * (AGREEMENTS A); schemas may keep `$ref`s into the API's table, read through `CheckContext.resolveRef`.
 */
export interface DocumentedResponses {
  responses: readonly {
    status: string;
    headers: readonly { name: string; required: boolean }[];
    content: Readonly<Record<string, { schema?: Schema }>>;
  }[];
}

/** What the check reads of an answer. */
export interface CheckedRecord {
  status: number;
  /** Lower-case names, as the page could read them (the gateway exposes them through CORS). */
  headers: readonly [string, string][];
  contentType: string;
  bodyText: string;
  /** Body bytes read (0: no body). */
  bodyBytes: number;
  /** The body was cut at the page's size limit: its shape cannot be checked. */
  truncated: boolean;
  /** A binary body (audio, images): no JSON to check. */
  binary?: boolean;
}

/** One way an answer departs from its description. Warnings only: nothing is ever blocked. */
export type ResponseProblem =
  | { kind: 'status'; message: string; expected: string; actual: string }
  | { kind: 'content-type'; message: string; expected: string; actual: string }
  | { kind: 'header'; message: string; header: string }
  | { kind: 'body'; message: string; pointer: string; expected?: string; actual?: string };

/** The verdict, the problems, and what could not be checked (a cut body, nothing documented). */
export interface ResponseCheck {
  verdict: 'matches' | 'mismatch';
  problems: ResponseProblem[];
  /** The documented response the answer was read against (`200`, `2XX`, `default`). */
  documented?: string;
  /** Parts not checked, and why. */
  notChecked: string[];
}

/** What the check needs besides the answer: the loaded validator, the dialect and the schema table. */
export interface CheckContext {
  checker: SchemaChecker;
  dialect: CheckOptions['dialect'];
  resolveRef?: CheckOptions['resolveRef'];
}

/**
 * The answer checked against the operation's documented responses: an undocumented status, an undocumented
 * content type, a required header that did not reach the page, and every place the JSON body breaks the
 * response schema (with its JSON pointer, what was expected and what came). Pure: the validator is given.
 */
export function checkResponse(
  operation: DocumentedResponses,
  record: CheckedRecord,
  context: CheckContext,
): ResponseCheck {
  const problems: ResponseProblem[] = [];
  const notChecked: string[] = [];
  const done = (documented?: string): ResponseCheck => ({
    verdict: problems.length === 0 ? 'matches' : 'mismatch',
    problems,
    notChecked,
    ...(documented === undefined ? {} : { documented }),
  });
  if (operation.responses.length === 0) {
    notChecked.push('The description documents no responses for this operation.');
    return done();
  }
  const response = documentedResponse(operation.responses, record.status);
  if (!response) {
    const statuses = operation.responses.map((r) => r.status).join(', ');
    problems.push({
      kind: 'status',
      message: `Status ${record.status} is not documented (the description lists ${statuses}).`,
      expected: statuses,
      actual: String(record.status),
    });
    return done();
  }

  for (const header of response.headers) {
    if (!header.required) continue;
    const name = header.name.toLowerCase();
    if (record.headers.some(([given]) => given === name)) continue;
    problems.push({
      kind: 'header',
      header: header.name,
      message: `The required header ${header.name} did not reach the page (missing, or not exposed by the gateway).`,
    });
  }

  const documentedTypes = Object.keys(response.content);
  const hasBody = record.bodyBytes > 0 || record.bodyText !== '';
  if (documentedTypes.length === 0) {
    if (hasBody) notChecked.push(`The description documents no body for ${response.status}; one came.`);
    return done(response.status);
  }
  const mediaType = essence(record.contentType);
  const matched = matchMediaType(documentedTypes, mediaType);
  if (matched === undefined) {
    const expected = documentedTypes.join(', ');
    problems.push({
      kind: 'content-type',
      message: mediaType
        ? `Content type ${mediaType} is not documented for ${response.status} (the description lists ${expected}).`
        : `The answer has no content type; the description lists ${expected} for ${response.status}.`,
      expected,
      actual: mediaType || '(none)',
    });
    return done(response.status);
  }
  const schema = response.content[matched]?.schema;
  if (!schema) return done(response.status);
  if (!isJsonMediaType(matched) && !isJsonMediaType(mediaType)) {
    notChecked.push(`Bodies of type ${mediaType} are not checked against a schema.`);
    return done(response.status);
  }
  if (record.binary) return done(response.status);
  if (record.truncated) {
    notChecked.push('The body was cut at the size limit, so its shape was not checked.');
    return done(response.status);
  }
  let value: unknown;
  try {
    value = JSON.parse(record.bodyText);
  } catch {
    problems.push({
      kind: 'body',
      pointer: '',
      message: hasBody ? 'The body is not valid JSON.' : 'The body is empty; the description documents JSON.',
      expected: 'JSON',
      actual: hasBody ? 'text that is not JSON' : 'nothing',
    });
    return done(response.status);
  }
  const options: CheckOptions = { dialect: context.dialect, direction: 'response' };
  if (context.resolveRef) options.resolveRef = context.resolveRef;
  for (const problem of context.checker.check(schema, value, options)) {
    problems.push({
      kind: 'body',
      pointer: problem.pointer,
      message: problem.message,
      ...(problem.expected === undefined ? {} : { expected: problem.expected }),
      ...(problem.actual === undefined ? {} : { actual: problem.actual }),
    });
  }
  return done(response.status);
}

/** The documented response for a status: the exact code, else its range (`4XX`), else `default`. */
function documentedResponse<R extends { status: string }>(
  responses: readonly R[],
  status: number,
): R | undefined {
  const code = String(status);
  return (
    responses.find((r) => r.status === code) ??
    responses.find((r) => r.status.toUpperCase() === `${code[0]}XX`) ??
    responses.find((r) => r.status === 'default')
  );
}

/** The documented media type an answer's type falls under: exact, else `type/*`, else `*∕*`. */
function matchMediaType(documented: readonly string[], mediaType: string): string | undefined {
  const byEssence = new Map(documented.map((type) => [essence(type), type]));
  return (
    byEssence.get(mediaType) ??
    byEssence.get(`${mediaType.split('/')[0]}/*`) ??
    byEssence.get('*/*') ??
    undefined
  );
}

function essence(contentType: string): string {
  return contentType.split(';')[0]?.trim().toLowerCase() ?? '';
}
