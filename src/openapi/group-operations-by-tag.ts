import type { ApiModel, Operation } from './model.ts';

/** A navigation group: a tag, its description, and the operations filed under it. */
export interface TagGroup {
  name: string;
  description?: string;
  operations: Operation[];
}

/**
 * Operations grouped by their first tag, in the model's tag order (an operation appears once); tags without
 * operations are left out. The sidebar and the overview show the same groups.
 */
export function groupOperationsByTag(api: Pick<ApiModel, 'tags' | 'operations'>): TagGroup[] {
  const groups = new Map<string, TagGroup>(api.tags.map((tag) => [tag.name, { ...tag, operations: [] }]));
  for (const op of api.operations) {
    const name = op.tags[0] ?? 'Other';
    let group = groups.get(name);
    if (!group) {
      group = { name, operations: [] };
      groups.set(name, group);
    }
    group.operations.push(op);
  }
  return [...groups.values()].filter((group) => group.operations.length > 0);
}
