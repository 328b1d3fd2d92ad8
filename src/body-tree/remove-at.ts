import type { BodyPath } from './body-path.ts';
import { copyRecord } from './copy-record.ts';
import { getAt } from './get-at.ts';
import { setAt } from './set-at.ts';

/** A copy of `value` without the entry at `path` (array items after it shift down); unchanged if absent. */
export function removeAt(value: unknown, path: BodyPath): unknown {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1] as string | number;
  const parent = getAt(value, parentPath);
  if (typeof last === 'number') {
    if (!Array.isArray(parent) || last < 0 || last >= parent.length) return value;
    return setAt(
      value,
      parentPath,
      parent.filter((_, index) => index !== last),
    );
  }
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent) || !Object.hasOwn(parent, last))
    return value;
  const copy = copyRecord(parent as Record<string, unknown>);
  delete copy[last];
  return setAt(value, parentPath, copy);
}
