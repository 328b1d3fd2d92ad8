import { describe, expect, it } from 'vitest';
import type { Parameter } from '../openapi/model.ts';
import { cursorFormValues } from './cursor-form-values.ts';

const param = (name: string, schema: Parameter['schema'], where: Parameter['in'] = 'query'): Parameter => ({
  name,
  in: where,
  required: false,
  deprecated: false,
  schema,
  style: 'form',
  explode: true,
  allowReserved: false,
});

describe('cursorFormValues', () => {
  it('puts each cursor parameter under its form key; arrays take every value', () => {
    const operation = {
      parameters: [
        param('page', { type: 'string' }),
        param('ids[]', { type: 'array', items: { type: 'string' } }),
        param('page', { type: 'string' }, 'header'),
      ],
    };
    expect(
      cursorFormValues(operation, [
        ['page', 'p2'],
        ['ids[]', 'a'],
        ['ids[]', 'b'],
        ['unknown', 'x'],
      ]),
    ).toEqual({ query__page: 'p2', query_x_ids_5b_5d: ['a', 'b'] });
  });

  it('nothing matching: nothing to fill', () => {
    expect(cursorFormValues({ parameters: [param('limit', { type: 'integer' })] }, [['page', 'x']])).toEqual(
      {},
    );
  });
});
