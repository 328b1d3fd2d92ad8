import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../openapi/model.ts';
import { buildRequest } from '../request/build-request.ts';
import { buildFormModel } from './build-form-model.ts';
import { buildFormSchema } from './build-form-schema.ts';
import { fillExampleValues } from './fill-example-values.ts';
import { operation } from './fixtures/operation.ts';
import { parameter } from './fixtures/parameter.ts';

// Loose schemas as found in the wild: any mix of keywords, including contradictory ones (depth-bounded).
function schemaArbitrary(depth: number): fc.Arbitrary<Schema> {
  const nested = depth > 0 ? schemaArbitrary(depth - 1) : fc.constant<Schema>({ type: 'string' });
  return fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('string', 'integer', 'number', 'boolean', 'array', 'object', 'null'),
        fc.constant<string[]>(['integer', 'null']),
      ),
      format: fc.constantFrom('date-time', 'date', 'email', 'uri', 'uuid', 'binary', 'int64'),
      enum: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 3 }),
      default: fc.jsonValue({ maxDepth: 2 }),
      example: fc.jsonValue({ maxDepth: 2 }),
      nullable: fc.boolean(),
      readOnly: fc.boolean(),
      minimum: fc.integer({ min: -5, max: 5 }),
      maximum: fc.integer({ min: -5, max: 5 }),
      exclusiveMinimum: fc.oneof(fc.boolean(), fc.integer({ min: -5, max: 5 })),
      multipleOf: fc.constantFrom(0, 0.5, 2),
      minLength: fc.nat(4),
      maxLength: fc.nat(4),
      pattern: fc.constantFrom('^a', '(?i)x', '[', '^\\d+$'),
      minItems: fc.nat(3),
      uniqueItems: fc.boolean(),
      items: nested,
      properties: fc.dictionary(fc.string({ maxLength: 3 }), nested, { maxKeys: 3 }),
      required: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
      oneOf: fc.array(nested, { maxLength: 2 }),
      allOf: fc.array(nested, { maxLength: 2 }),
      'x-circular': fc.constant('Node'),
    },
    { requiredKeys: [] },
  );
}
const schema = schemaArbitrary(3);

describe('form model, schema, example values and request on arbitrary schemas', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(
        schema,
        schema,
        fc.constantFrom('form', 'deepObject', 'pipeDelimited'),
        (paramSchema, bodySchema, style) => {
          const op = operation({
            method: 'post',
            path: '/x/{id}',
            parameters: [
              parameter('id', 'path', paramSchema),
              parameter('q', 'query', paramSchema, { style }),
              parameter('h', 'header', paramSchema),
            ],
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: bodySchema },
                'multipart/form-data': { schema: bodySchema },
              },
            },
          });
          for (const mediaType of ['application/json', 'multipart/form-data']) {
            const model = buildFormModel(op, { mediaType });
            const formSchema = buildFormSchema(model);
            formSchema.safeParse(model.defaults);
            const values = fillExampleValues(model, { now: 0 });
            formSchema.safeParse(values);
            const request = buildRequest(op, model, values, { arrayFormat: 'brackets' });
            expect(request.path.split('/')).toHaveLength(3);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
