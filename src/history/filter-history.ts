import type { HistorySummary } from './history-entry.ts';

/**
 * The entries matching every word of `text` (case-insensitive) in their method, path, operation id,
 * status code, status text or outcome ("failed", "cancelled"). Empty text keeps them all. Order is kept.
 */
export function filterHistory<T extends HistorySummary>(entries: readonly T[], text: string): T[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = [
      entry.request.method,
      entry.request.path,
      entry.operationId,
      entry.response ? `${entry.response.status} ${entry.response.statusText}` : '',
      entry.failure ? (entry.failure.hop === 'aborted' ? 'cancelled' : 'failed') : '',
      entry.pages ? 'pages merged' : '',
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
