import type { CopyBudget } from './copy-json-value.ts';
import type { SchemaTable } from './create-schema-table.ts';
import { followRef } from './follow-ref.ts';
import { isRecord } from './is-record.ts';
import type { MediaTypeObject, OperationResponse, ResponseHeader } from './model.ts';
import { copyExampleValue, normalizeExamples } from './normalize-examples.ts';
import { ownEntries } from './own-entries.ts';

/** `200`, `4XX` (any case), `default`: what the Responses Object may be keyed by; anything else is skipped. */
const statusKey = /^(?:[1-5](?:\d\d|XX)|default)$/i;

/**
 * An operation's `responses`, sorted by status class (1xx … 5xx; in a class exact codes ascending, then the
 * range), `default` last. Document order is not an option: JavaScript objects list integer-like keys
 * ascending before the others, whatever the document said. Refs followed, schemas kept by `$ref` in `table`, headers
 * (without `Content-Type`, which OpenAPI ignores there) and examples read. Malformed entries are skipped.
 */
export function normalizeResponses(
  doc: unknown,
  raw: unknown,
  table: SchemaTable,
  budget: CopyBudget,
): OperationResponse[] {
  const responses: OperationResponse[] = [];
  for (const [key, value] of ownEntries(raw)) {
    if (!statusKey.test(key)) continue;
    const source = followRef(doc, value);
    if (!source) continue;
    responses.push({
      status: key,
      description: typeof source.description === 'string' ? source.description : '',
      headers: normalizeHeaders(doc, source.headers, table),
      content: normalizeContent(doc, source.content, table, budget),
    });
  }
  return responses.sort((a, b) => statusRank(a.status) - statusRank(b.status));
}

/** `204` → 204, `2XX` → 299.5 (after every exact 2xx code), `default` → after everything. */
function statusRank(status: string): number {
  if (status.toLowerCase() === 'default') return 1000;
  const range = /^([1-5])XX$/i.exec(status);
  return range ? Number(range[1]) * 100 + 99.5 : Number(status);
}

/** A Content Object (media type → schema and examples) with schemas kept by `$ref` in `table`. */
export function normalizeContent(
  doc: unknown,
  raw: unknown,
  table: SchemaTable,
  budget: CopyBudget,
): Record<string, MediaTypeObject> {
  const content: Record<string, MediaTypeObject> = {};
  for (const [mediaType, value] of ownEntries(raw)) {
    if (!isRecord(value)) continue;
    const media: MediaTypeObject = {};
    if (value.schema !== undefined) media.schema = table.copy(value.schema);
    if (value.example !== undefined) media.example = copyExampleValue(value.example, budget);
    const examples = normalizeExamples(doc, value.examples, budget);
    if (examples) media.examples = examples;
    content[mediaType] = media;
  }
  return content;
}

function normalizeHeaders(doc: unknown, raw: unknown, table: SchemaTable): ResponseHeader[] {
  const headers: ResponseHeader[] = [];
  for (const [name, value] of ownEntries(raw)) {
    if (name.toLowerCase() === 'content-type' || name === '') continue;
    const source = followRef(doc, value);
    if (!source) continue;
    const header: ResponseHeader = {
      name,
      required: source.required === true,
      deprecated: source.deprecated === true,
    };
    if (typeof source.description === 'string' && source.description !== '')
      header.description = source.description;
    // A header is described by `schema`, or by `content` with exactly one media type.
    const media = ownEntries(source.content)[0]?.[1];
    const schema = source.schema ?? (isRecord(media) ? media.schema : undefined);
    if (schema !== undefined) header.schema = table.copy(schema);
    headers.push(header);
  }
  return headers;
}
