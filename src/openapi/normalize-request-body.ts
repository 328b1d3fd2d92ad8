import type { CopyBudget } from './copy-json-value.ts';
import type { SchemaTable } from './create-schema-table.ts';
import { exampleOf } from './example-of.ts';
import { followRef } from './follow-ref.ts';
import { isRecord } from './is-record.ts';
import type { MediaTypeObject, RequestBody } from './model.ts';
import { copyExampleValue, normalizeExamples } from './normalize-examples.ts';
import { ownEntries } from './own-entries.ts';
import { resolveSchema } from './resolve-schema.ts';

/**
 * An operation's `requestBody` with its ref followed, in document order: each media type's schema resolved
 * (for the form) and, when `table` is given, also kept by `$ref` in it (`schemaRef`, for the reference column);
 * `example` (else the first named example) and the named `examples`.
 */
export function normalizeRequestBody(
  doc: unknown,
  raw: unknown,
  budget: CopyBudget = { remaining: Number.POSITIVE_INFINITY },
  table?: SchemaTable,
): RequestBody | undefined {
  const source = followRef(doc, raw);
  if (!source) return undefined;
  const body: RequestBody = { required: source.required === true, content: {} };
  if (typeof source.description === 'string') body.description = source.description;
  for (const [mediaType, value] of ownEntries(source.content)) {
    if (!isRecord(value)) continue;
    const media: MediaTypeObject = {};
    if (value.schema !== undefined) {
      media.schema = resolveSchema(doc, value.schema, { budget });
      if (table) media.schemaRef = table.copy(value.schema);
    }
    const example = exampleOf(doc, value);
    if (example !== undefined) media.example = copyExampleValue(example, budget);
    const examples = normalizeExamples(doc, value.examples, budget);
    if (examples) media.examples = examples;
    body.content[mediaType] = media;
  }
  return body;
}
