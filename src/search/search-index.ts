import type { Operation } from '../openapi/model.ts';

/** One operation as search reads it: the shown texts, and their lower-case forms matched against. */
export interface SearchEntry {
  /** Position in the model's operation list (ties keep document order). */
  index: number;
  id: string;
  method: string;
  /** Shown: the sidebar name. */
  title: string;
  path: string;
  operationId: string;
  /** `summary` when it differs from the title (matched, not shown). */
  summary: string;
  tags: string;
  lower: { title: string; path: string; operationId: string; summary: string; tags: string };
}

/** What the search box ranks: one entry per operation, built once per model (cheap: see bench:page). */
export interface SearchIndex {
  entries: SearchEntry[];
}

/** Builds the search index of a model's operations (method, path, title, summary, operationId, tags). */
export function buildSearchIndex(operations: readonly Operation[]): SearchIndex {
  return {
    entries: operations.map((op, index) => {
      const summary = op.summary && op.summary !== op.navTitle ? op.summary : '';
      const operationId = op.operationId ?? '';
      const tags = op.tags.join(' ');
      return {
        index,
        id: op.id,
        method: op.method,
        title: op.navTitle,
        path: op.path,
        operationId,
        summary,
        tags,
        lower: {
          title: op.navTitle.toLowerCase(),
          path: op.path.toLowerCase(),
          operationId: operationId.toLowerCase(),
          summary: summary.toLowerCase(),
          tags: tags.toLowerCase(),
        },
      };
    }),
  };
}
