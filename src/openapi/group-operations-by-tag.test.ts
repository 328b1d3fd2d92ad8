import { describe, expect, it } from 'vitest';
import { operation } from '../form/fixtures/operation.ts';
import { groupOperationsByTag } from './group-operations-by-tag.ts';

describe('groupOperationsByTag', () => {
  it('files each operation under its first tag, in tag order, and drops empty tags', () => {
    const a = operation({ id: 'a', tags: ['Users', 'Admin'] });
    const b = operation({ id: 'b', tags: ['Billing'] });
    const c = operation({ id: 'c', tags: [] });
    const groups = groupOperationsByTag({
      tags: [{ name: 'Billing', description: 'Money.' }, { name: 'Users' }, { name: 'Unused' }],
      operations: [a, b, c],
    });
    expect(groups.map((g) => [g.name, g.description, g.operations.map((op) => op.id)])).toEqual([
      ['Billing', 'Money.', ['b']],
      ['Users', undefined, ['a']],
      ['Other', undefined, ['c']],
    ]);
  });
});
