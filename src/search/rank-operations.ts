import type { SearchEntry, SearchIndex } from './search-index.ts';

/** A matched part of a shown text: `[start, end)`. */
export type MatchRange = [start: number, end: number];

/** One result: the operation, its score, and what to highlight in its shown title and path. */
export interface SearchHit {
  entry: SearchEntry;
  score: number;
  marks: { title: MatchRange[]; path: MatchRange[] };
}

export interface SearchResult {
  /** Best first, at most `limit`. */
  hits: SearchHit[];
  /** How many operations matched in all. */
  total: number;
}

/**
 * Ranks operations for a query. Every whitespace-separated term must match one of method, path, title,
 * summary, operationId or tags (case-insensitive); each term scores by its best match (exact operationId,
 * then title and path-segment prefixes, then substrings, then summary and tags), and the scores add up. Ties
 * keep document order. Pure: the search box calls it on every keystroke.
 */
export function rankOperations(index: SearchIndex, query: string, limit = 50): SearchResult {
  const terms = [...new Set(query.toLowerCase().split(/\s+/).filter(Boolean))];
  if (terms.length === 0) return { hits: [], total: 0 };
  // The best `limit` so far, best first; entries come in document order, so a tie never displaces.
  const top: { entry: SearchEntry; score: number }[] = [];
  let total = 0;
  for (const entry of index.entries) {
    let score = 0;
    for (const term of terms) {
      const termScore = scoreTerm(entry, term);
      if (termScore === 0) {
        score = 0;
        break;
      }
      score += termScore;
    }
    if (score === 0) continue;
    total++;
    if (top.length === limit && score <= (top[limit - 1]?.score ?? 0)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.score ?? 0) < score) at--;
    top.splice(at, 0, { entry, score });
    if (top.length > limit) top.pop();
  }
  const hits = top.map(({ entry, score }) => ({
    entry,
    score,
    marks: {
      title: markRanges(entry.title, entry.lower.title, terms),
      path: markRanges(entry.path, entry.lower.path, terms),
    },
  }));
  return { hits, total };
}

function scoreTerm(entry: SearchEntry, term: string): number {
  const { lower } = entry;
  if (lower.operationId === term) return 100;
  if (lower.title === term) return 90;
  // Fields in the order of the best score they can give; a field that cannot beat `best` is not scanned.
  let best = entry.method === term ? 30 : 0;
  if (lower.operationId) best = Math.max(best, textScore(lower.operationId, term, 70, 55, 45));
  if (best < 70) best = Math.max(best, textScore(lower.title, term, 70, 60, 40));
  if (best < 55) best = Math.max(best, pathScore(lower.path, term));
  if (best < 40 && lower.tags) best = Math.max(best, textScore(lower.tags, term, 40, 30, 15));
  if (best < 30 && lower.summary) best = Math.max(best, textScore(lower.summary, term, 30, 30, 20));
  return best;
}

/** `prefix` when `text` starts with `term`, `word` when a word starts with it, `inside` for any substring. */
function textScore(text: string, term: string, prefix: number, word: number, inside: number): number {
  let at = text.indexOf(term);
  if (at < 0) return 0;
  if (at === 0) return prefix;
  while (at >= 0) {
    if (!isWordCharacter(text.charCodeAt(at - 1))) return word;
    at = text.indexOf(term, at + 1);
  }
  return inside;
}

/** A whole path segment scores best, then a segment's start, then any part of the path. */
function pathScore(path: string, term: string): number {
  let at = path.indexOf(term);
  if (at < 0) return 0;
  let best = 35;
  while (at >= 0) {
    const before = path.charCodeAt(at - 1);
    const startsSegment = term.startsWith('/') || at === 0 || before === 47 /* / */ || before === 123; /* { */
    if (startsSegment) {
      const after = path.charCodeAt(at + term.length);
      const endsSegment = Number.isNaN(after) || after === 47 || after === 125; /* } */
      if (endsSegment) return 55;
      best = 50;
    }
    at = path.indexOf(term, at + 1);
  }
  return best;
}

function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127;
}

/** Where the terms occur in a shown text (first occurrence of each), merged; none if case changed its length. */
function markRanges(text: string, lower: string, terms: string[]): MatchRange[] {
  if (text.length !== lower.length) return [];
  const ranges: MatchRange[] = [];
  for (const term of terms) {
    const at = lower.indexOf(term);
    if (at >= 0) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: MatchRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
