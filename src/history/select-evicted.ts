/** The limits of one API's history. */
export interface HistoryCaps {
  entries: number;
  /** Sum of the entries' `size`. */
  bytes: number;
}

/** 200 entries and 20 MB per API: a month of daily exploring, within what browsers grant a page. */
export const DEFAULT_HISTORY_CAPS: HistoryCaps = { entries: 200, bytes: 20 * 1024 * 1024 };

/**
 * The ids to delete so that `entries` (any order) fits `caps`: the oldest first (smallest `at`, then `id`).
 * The newest entry is always kept, even alone over the byte cap (its body was already cut to the body limit).
 */
export function selectEvicted(
  entries: readonly { id: number; at: number; size: number }[],
  caps: HistoryCaps,
): number[] {
  const oldestFirst = [...entries].sort((a, b) => a.at - b.at || a.id - b.id);
  let count = oldestFirst.length;
  let bytes = oldestFirst.reduce((sum, entry) => sum + entry.size, 0);
  const evicted: number[] = [];
  for (const entry of oldestFirst) {
    if (count <= 1 || (count <= caps.entries && bytes <= caps.bytes)) break;
    evicted.push(entry.id);
    count -= 1;
    bytes -= entry.size;
  }
  return evicted;
}
