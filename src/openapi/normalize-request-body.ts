import { type CopyBudget, copyJsonValue } from './copy-json-value.ts';
import { exampleOf } from './example-of.ts';
import { followRef } from './follow-ref.ts';
import { isRecord } from './is-record.ts';
import type { MediaTypeObject, RequestBody } from './model.ts';
import { ownEntries } from './own-entries.ts';
import { resolveSchema } from './resolve-schema.ts';

/** An operation's `requestBody` with its ref followed and each media type's schema resolved, in document order. */
export function normalizeRequestBody(
  doc: unknown,
  raw: unknown,
  budget?: CopyBudget,
): RequestBody | undefined {
  const source = followRef(doc, raw);
  if (!source) return undefined;
  const body: RequestBody = { required: source.required === true, content: {} };
  if (typeof source.description === 'string') body.description = source.description;
  for (const [mediaType, value] of ownEntries(source.content)) {
    if (!isRecord(value)) continue;
    const media: MediaTypeObject = {};
    if (value.schema !== undefined) media.schema = resolveSchema(doc, value.schema, { budget });
    const example = exampleOf(doc, value);
    if (example !== undefined) media.example = copyJsonValue(example, { remaining: 10_000 });
    body.content[mediaType] = media;
  }
  return body;
}
