import type { Operation } from '../openapi/model.ts';
import { rankOperations, type SearchResult } from './rank-operations.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

const indexes = new WeakMap<readonly Operation[], SearchIndex>();

/**
 * Searches a model's operations: builds their index on the first query (then keeps it while the model
 * lives) and ranks. The search box loads this module on first use.
 */
export function searchOperations(
  operations: readonly Operation[],
  query: string,
  limit?: number,
): SearchResult {
  let index = indexes.get(operations);
  if (!index) {
    index = buildSearchIndex(operations);
    indexes.set(operations, index);
  }
  return rankOperations(index, query, limit);
}
