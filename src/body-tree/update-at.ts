import type { BodyPath } from './body-path.ts';
import { removeAt } from './remove-at.ts';
import { setAt } from './set-at.ts';

/** `setAt`, except that `undefined` removes the entry: how the form leaves empty optional fields out. */
export function updateAt(value: unknown, path: BodyPath, next: unknown): unknown {
  return next === undefined ? removeAt(value, path) : setAt(value, path, next);
}
