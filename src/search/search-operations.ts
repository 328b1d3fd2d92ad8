import type { Operation } from '../openapi/model.ts';
import { rankOperations, type SearchResult } from './rank-operations.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

const indexes = new WeakMap<readonly Operation[], SearchIndex>();

/**
 * Searches a model's operations: builds their index once (kept while the model lives) and ranks. The search
 * box loads this module on first use.
 */
export function searchOperations(
  operations: readonly Operation[],
  query: string,
  limit?: number,
): SearchResult {
  return rankOperations(indexOf(operations), query, limit);
}

/**
 * Builds the index ahead of the first query (the box does when focused), and ranks once, so neither the index
 * nor the engine's first compilation of the ranking falls on a keystroke.
 */
export function prepareSearch(operations: readonly Operation[]): void {
  rankOperations(indexOf(operations), 'e');
}

function indexOf(operations: readonly Operation[]): SearchIndex {
  let index = indexes.get(operations);
  if (!index) {
    index = buildSearchIndex(operations);
    indexes.set(operations, index);
  }
  return index;
}
