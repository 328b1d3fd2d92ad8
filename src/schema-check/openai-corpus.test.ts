import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { flattenSchema } from '../form/flatten-schema.ts';
import { isJsonMediaType } from '../form/is-json-media-type.ts';
import { sampleJsonValue } from '../form/sample-json-value.ts';
import { isRecord } from '../openapi/is-record.ts';
import type { ApiModel, Schema } from '../openapi/model.ts';
import { normalizeApi } from '../openapi/normalize-api.ts';
import { parseApiText } from '../openapi/parse-api-text.ts';
import { createSchemaChecker } from './create-schema-checker.ts';
import { toJsonPointer } from './json-pointer.ts';
import { dialectOf } from './schema-checker.ts';

/** Every JSON request body of the full OpenAI description (3.1), checked both ways: what conforms and what does not. */
describe('the checker on the OpenAI description', () => {
  let api: ApiModel;
  const bodies: { id: string; schema: Schema }[] = [];
  beforeAll(async () => {
    const text = readFileSync(new URL('../../specs/openai-openapi.yaml', import.meta.url), 'utf8');
    api = normalizeApi(await parseApiText(text, 'openai-openapi.yaml'));
    for (const operation of api.operations) {
      for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {})) {
        if (isJsonMediaType(mediaType) && media.schema)
          bodies.push({ id: operation.id, schema: media.schema });
      }
    }
  }, 60_000);
  const checker = createSchemaChecker();
  const options = () => ({ dialect: dialectOf(api.openapiVersion), direction: 'request' as const });

  it('finds no problem in the sample value the page fills for each body', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(90);
    const failures = bodies
      .map(({ id, schema }) => ({
        id,
        problems: checker.check(schema, sampleJsonValue(schema, new Date(0)), options()),
      }))
      .filter(({ problems }) => problems.length > 0);
    expect(failures).toEqual([]);
  });

  it('reports a dropped required property at its pointer, and a value outside an enum at its own', () => {
    let dropped = 0;
    let outside = 0;
    for (const { id, schema } of bodies) {
      const sample = sampleJsonValue(schema, new Date(0));
      if (!isRecord(sample)) continue;
      const flat = flattenSchema(schema);
      const required = (flat.required ?? []).find((name) => Object.hasOwn(sample, name));
      if (required) {
        const { [required]: _gone, ...rest } = sample;
        const problems = checker.check(schema, rest, options());
        expect(problems, id).toContainEqual(
          expect.objectContaining({ pointer: toJsonPointer([required]), keyword: 'required' }),
        );
        dropped++;
      }
      const enumerated = Object.entries(flat.properties ?? {}).find(
        ([name, property]) => Object.hasOwn(sample, name) && flattenSchema(property).enum?.length,
      );
      if (enumerated) {
        const [name] = enumerated;
        const problems = checker.check(
          schema,
          { ...sample, [name]: '__not_a_documented_value__' },
          options(),
        );
        expect(
          problems.map((p) => p.pointer),
          id,
        ).toContain(toJsonPointer([name]));
        outside++;
      }
    }
    expect(dropped).toBeGreaterThan(50);
    expect(outside).toBeGreaterThan(5);
  });
});
