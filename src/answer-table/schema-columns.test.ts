import { describe, expect, it } from 'vitest';
import type { Schema } from '../openapi/model.ts';
import { usageSchemas } from '../response-check/fixtures/usage-responses.ts';
import { costsPage } from './fixtures/costs-page.ts';
import { usagePage } from './fixtures/usage-page.ts';
import { flattenRows } from './flatten-rows.ts';
import { schemaColumns } from './schema-columns.ts';

/** Reads `$ref`s of the fixture table, as `resolveModelRef` does in the app. */
const resolve = (schema: Schema): Schema => (schema.$ref ? (usageSchemas[schema.$ref] ?? schema) : schema);
const usageResponse: Schema = { $ref: '#/components/schemas/UsageResponse' };

describe('schemaColumns', () => {
  it('usage buckets × results: the bucket fields, then the fields of the result kind the rows carry', () => {
    const table = flattenRows({ parameters: [] }, usagePage);
    expect(table && schemaColumns(usageResponse, resolve, table)).toEqual([
      'data.object',
      'start_time',
      'end_time',
      'object',
      'characters',
      'num_model_requests',
      'project_id',
    ]);
  });

  it('an object property gives dotted columns', () => {
    const costs: Schema = {
      type: 'object',
      properties: {
        data: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              start_time: { type: 'integer' },
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    amount: {
                      type: 'object',
                      properties: { value: { type: 'number' }, currency: { type: 'string' } },
                    },
                    line_item: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    };
    const table = flattenRows({ parameters: [] }, costsPage);
    expect(table && schemaColumns(costs, (s) => s, table)).toEqual([
      'start_time',
      'amount.value',
      'amount.currency',
      'line_item',
    ]);
  });

  it('says nothing without a schema, or when the schema has no rows where the table found them', () => {
    const table = flattenRows({ parameters: [] }, usagePage);
    expect(table && schemaColumns(undefined, resolve, table)).toEqual([]);
    expect(table && schemaColumns({ type: 'object' }, resolve, table)).toEqual([]);
  });
});
