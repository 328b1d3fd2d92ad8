import { ApiLoadError } from './api-load-error.ts';
import { createSchemaTable } from './create-schema-table.ts';
import { followRef } from './follow-ref.ts';
import { isRecord } from './is-record.ts';
import type { ApiModel, HttpMethod, Operation, Server } from './model.ts';
import { normalizeCallbacks } from './normalize-callbacks.ts';
import { normalizeCodeSamples } from './normalize-code-samples.ts';
import { normalizeInfo } from './normalize-info.ts';
import { normalizeParameters } from './normalize-parameters.ts';
import { normalizeRequestBody } from './normalize-request-body.ts';
import { normalizeResponses } from './normalize-responses.ts';
import { normalizeSecurityRequirements } from './normalize-security-requirements.ts';
import { normalizeSecuritySchemes } from './normalize-security-schemes.ts';
import { normalizeServers } from './normalize-servers.ts';
import { normalizeWebhooks } from './normalize-webhooks.ts';
import { ownEntries } from './own-entries.ts';
import { ownValue } from './own-value.ts';
import { readScopedExplore, selectExploreSettings } from './read-explore-settings.ts';
import { readOfficialSdk } from './read-official-sdk.ts';
import { readScopedRules } from './read-scoped-rules.ts';
import { readTryItConfig } from './read-tryit-config.ts';
import { selectOperationRules } from './select-operation-rules.ts';
import { slugify } from './slugify.ts';

const httpMethods = new Set<string>(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Schema nodes one document may expand in total (the full OpenAI description needs about 30,000), so a
 * hostile document with thousands of operations sharing an explosive schema still loads in about a second.
 */
const documentNodeBudget = 1_000_000;

/** Tag given to operations that have none, so every operation has a place in the navigation. */
export const untaggedTagName = 'Other';

interface RawOperation {
  method: HttpMethod;
  path: string;
  pathItem: Record<string, unknown>;
  source: Record<string, unknown>;
}

/**
 * The app's `ApiModel` from a parsed OpenAPI 3.0/3.1 document. Throws `ApiLoadError` (stage `validate`)
 * when the document is not OpenAPI 3; anything malformed inside it is skipped rather than fatal.
 */
export function normalizeApi(doc: unknown): ApiModel {
  const openapiVersion = checkDocument(doc);
  const info = ownValue(doc, 'info');
  const title = text(ownValue(info, 'title')) ?? 'Untitled API';
  const rootServers = normalizeServers(ownValue(doc, 'servers')) ?? [{ url: '/', variables: {} }];
  const rootSecurity = normalizeSecurityRequirements(ownValue(doc, 'security')) ?? [];
  const scopedRules = readScopedRules(doc);
  const officialSdk = readOfficialSdk(ownValue(ownValue(doc, 'x-tryit'), 'officialSdk'));
  const scopedExplore = readScopedExplore(doc);
  const budget = { remaining: documentNodeBudget };
  // Responses, webhooks and callbacks keep their schemas by `$ref` in one table (see `resolveModelRef`).
  const table = createSchemaTable(doc, budget);

  const raws = collectOperations(doc);
  const ids = assignOperationIds(raws);
  const operations = raws.map((raw, index): Operation => {
    const { method, path, pathItem, source } = raw;
    const id = ids[index] ?? `${method}-${index}`;
    const operationId = text(source.operationId);
    const summary = text(source.summary);
    const parameters = normalizeParameters(doc, pathItem.parameters, source.parameters, budget);
    const operation: Operation = {
      id,
      method,
      path,
      navTitle:
        text(source['x-tryit-title']) ??
        text(ownValue(source['x-oaiMeta'], 'name')) ??
        summary ??
        `${method.toUpperCase()} ${path}`,
      tags: operationTags(source),
      deprecated: source.deprecated === true,
      parameters,
      responses: normalizeResponses(doc, source.responses, table, budget),
      security: normalizeSecurityRequirements(source.security) ?? rootSecurity,
      servers: pickServers(source, pathItem, rootServers),
      rules: selectOperationRules(
        scopedRules,
        operationId === undefined ? [id] : [id, operationId],
        parameters,
        source['x-tryit-rules'],
      ),
    };
    if (operationId !== undefined) operation.operationId = operationId;
    if (summary !== undefined) operation.summary = summary;
    const description = text(source.description);
    if (description !== undefined) operation.description = description;
    const requestBody = normalizeRequestBody(doc, source.requestBody, budget, table);
    if (requestBody) operation.requestBody = requestBody;
    // Resolved here, once (at build time for the embedded API), so the page ships no mapping rules.
    const sdkMethod = officialSdk?.methodOf(operationId ?? id);
    if (sdkMethod !== undefined) operation.sdkMethod = sdkMethod;
    const codeSamples = normalizeCodeSamples(source);
    if (codeSamples.length > 0) operation.codeSamples = codeSamples;
    const explore = selectExploreSettings(
      scopedExplore,
      operationId === undefined ? [id] : [id, operationId],
      source['x-tryit-paging'],
      source['x-tryit-view'],
    );
    if (explore) operation.explore = explore;
    const callbacks = normalizeCallbacks(doc, source.callbacks, id, table, budget);
    if (callbacks) operation.callbacks = callbacks;
    return operation;
  });

  const api: ApiModel = {
    title,
    version: scalarText(ownValue(info, 'version')) ?? '',
    openapiVersion,
    servers: rootServers,
    securitySchemes: normalizeSecuritySchemes(doc),
    tags: orderTags(doc, operations),
    operations,
    schemas: table.schemas,
    config: readTryItConfig(doc, title),
  };
  const webhooks = normalizeWebhooks(doc, table, budget);
  if (webhooks.length > 0) api.webhooks = webhooks;
  const description = text(ownValue(info, 'description'));
  if (description !== undefined) api.description = description;
  const moreInfo = normalizeInfo(doc);
  if (moreInfo) api.info = moreInfo;
  return api;
}

/** The `openapi` version string, or an `ApiLoadError` saying plainly why this document cannot be used. */
function checkDocument(doc: unknown): string {
  const fail = (message: string) => new ApiLoadError('validate', message);
  if (!isRecord(doc)) throw fail('The API description is not an object: expected an OpenAPI 3 document.');
  const swagger = ownValue(doc, 'swagger');
  if (swagger !== undefined && ownValue(doc, 'openapi') === undefined) {
    throw fail(
      `Swagger ${scalarText(swagger) ?? '2.0'} detected: Swagger 2.0 documents are not supported yet. ` +
        'Convert it to OpenAPI 3 first (for example with swagger2openapi).',
    );
  }
  // YAML reads an unquoted `openapi: 3.0` as a number.
  const version = scalarText(ownValue(doc, 'openapi'));
  if (version === undefined)
    throw fail('The document has no `openapi` field: expected an OpenAPI 3 document.');
  if (!version.startsWith('3')) {
    throw fail(`OpenAPI version ${version} is not supported: expected 3.0 or 3.1.`);
  }
  if (!isRecord(ownValue(doc, 'paths'))) {
    throw fail('The document has no `paths`: there are no operations to try.');
  }
  return version;
}

/** Every operation in document order; path items may be refs; non-method keys are skipped. */
function collectOperations(doc: unknown): RawOperation[] {
  const operations: RawOperation[] = [];
  for (const [path, rawItem] of ownEntries(ownValue(doc, 'paths'))) {
    if (!path.startsWith('/')) continue; // `x-` extensions and junk
    const pathItem = followRef(doc, rawItem);
    if (!pathItem) continue;
    for (const [key, source] of ownEntries(pathItem)) {
      if (!httpMethods.has(key) || !isRecord(source)) continue;
      operations.push({ method: key as HttpMethod, path, pathItem, source });
    }
  }
  return operations;
}

/**
 * Unique ids: operationIds first (they are what rules and links name), then slugs of method + path for
 * operations without one; a taken id gets `-2`, `-3`, … in document order.
 */
function assignOperationIds(raws: RawOperation[]): string[] {
  const taken = new Set<string>();
  const claim = (wanted: string) => {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
  const ids: (string | undefined)[] = raws.map(({ source }) => {
    const operationId = text(source.operationId);
    return operationId === undefined ? undefined : claim(operationId);
  });
  return raws.map(({ method, path }, index) => ids[index] ?? claim(slugify(`${method} ${path}`) || method));
}

function operationTags(source: Record<string, unknown>): string[] {
  const tags = Array.isArray(source.tags) ? source.tags.filter((tag) => text(tag) !== undefined) : [];
  return tags.length > 0 ? [...new Set(tags as string[])] : [untaggedTagName];
}

/** The document's `tags` order first, then order of first use; tags no operation uses are left out. */
function orderTags(doc: unknown, operations: Operation[]): ApiModel['tags'] {
  const used = new Set(operations.flatMap((operation) => operation.tags));
  const ordered = new Map<string, ApiModel['tags'][number]>();
  const declared = ownValue(doc, 'tags');
  for (const entry of Array.isArray(declared) ? declared : []) {
    const name = text(ownValue(entry, 'name'));
    if (name === undefined || !used.has(name) || ordered.has(name)) continue;
    const description = text(ownValue(entry, 'description'));
    ordered.set(name, description === undefined ? { name } : { name, description });
  }
  for (const name of used) if (!ordered.has(name)) ordered.set(name, { name });
  return [...ordered.values()];
}

function pickServers(
  source: Record<string, unknown>,
  pathItem: Record<string, unknown>,
  rootServers: Server[],
): Server[] {
  return normalizeServers(source.servers) ?? normalizeServers(pathItem.servers) ?? rootServers;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function scalarText(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : text(value);
}
