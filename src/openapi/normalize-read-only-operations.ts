import type { CopyBudget } from './copy-json-value.ts';
import type { SchemaTable } from './create-schema-table.ts';
import { followRef } from './follow-ref.ts';
import { isRecord } from './is-record.ts';
import type { HttpMethod, Operation } from './model.ts';
import { normalizeParameters } from './normalize-parameters.ts';
import { normalizeRequestBody } from './normalize-request-body.ts';
import { normalizeResponses } from './normalize-responses.ts';
import { ownEntries } from './own-entries.ts';
import { ownValue } from './own-value.ts';
import { slugify } from './slugify.ts';

const httpMethods = new Set<string>(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * The operations of one path item that are documented but never sent from the page (a webhook, a callback):
 * one per method, `path` = `name` (the webhook's name or the callback's runtime expression). Ids are
 * `${idPrefix}` plus the method when the item has several, made unique through `claim`. No servers, security
 * or rules: the receiver is the reader's own server.
 */
export function normalizeReadOnlyOperations(
  doc: unknown,
  name: string,
  rawItem: unknown,
  context: {
    idPrefix: string;
    claim: (wanted: string) => string;
    table: SchemaTable;
    budget: CopyBudget;
  },
): Operation[] {
  const pathItem = followRef(doc, rawItem);
  if (!pathItem) return [];
  const methods = ownEntries(pathItem).filter(([key, value]) => httpMethods.has(key) && isRecord(value));
  return methods.map(([key, value]) => {
    const method = key as HttpMethod;
    const source = value as Record<string, unknown>;
    const operationId = text(source.operationId);
    const summary = text(source.summary);
    const wanted = methods.length > 1 ? `${context.idPrefix}-${method}` : context.idPrefix;
    const operation: Operation = {
      id: context.claim(slugify(wanted) || method),
      method,
      path: name,
      navTitle:
        text(source['x-tryit-title']) ?? text(ownValue(source['x-oaiMeta'], 'name')) ?? summary ?? name,
      tags: Array.isArray(source.tags)
        ? source.tags.filter((tag): tag is string => text(tag) !== undefined)
        : [],
      deprecated: source.deprecated === true,
      parameters: normalizeParameters(doc, pathItem.parameters, source.parameters, context.budget),
      responses: normalizeResponses(doc, source.responses, context.table, context.budget),
      security: [],
      servers: [],
      rules: [],
    };
    if (operationId !== undefined) operation.operationId = operationId;
    if (summary !== undefined) operation.summary = summary;
    const description = text(source.description);
    if (description !== undefined) operation.description = description;
    const requestBody = normalizeRequestBody(doc, source.requestBody, context.budget, context.table);
    if (requestBody) operation.requestBody = requestBody;
    return operation;
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
