import { type SampleDirection, sampleJsonValue } from '../form/sample-json-value.ts';
import { inlineModelSchema } from '../openapi/inline-model-schema.ts';
import type { ApiModel, Schema } from '../openapi/model.ts';

/** Generated examples use one fixed instant, so the page (and a prerendered copy of it) is the same every time. */
export const sampleDate = new Date(Date.UTC(2024, 10, 1));

/** Schema nodes a generated example may draw from: enough for real responses, bounded for hostile ones. */
const maxSampleNodes = 4_000;

/** A JSON value fitting a model schema (refs into `api.schemas` followed), for the reference's examples. */
export function generateSample(
  api: Pick<ApiModel, 'schemas'>,
  schema: Schema,
  direction: SampleDirection,
): unknown {
  return sampleJsonValue(inlineModelSchema(api, schema, { maxNodes: maxSampleNodes }), sampleDate, direction);
}
