import type { Operation } from '../openapi/model.ts';
import { readJsonPointer } from './read-json-pointer.ts';

/** What the paging rules read of an operation. */
export type PagingOperation = Pick<Operation, 'parameters' | 'explore'>;

/** What the paging rules read of one answer: its headers and its parsed JSON body (undefined if none). */
export interface PageRecord {
  headers: readonly [string, string][];
  body: unknown;
}

/**
 * The query parameters that ask for the page after `record`, or undefined on the last page. With an
 * `x-tryit` paging setting, exactly that; otherwise, in order: an RFC 8288 `Link` header with `rel="next"`
 * (its URL's query), `has_more` + `next_page` into a `page` parameter (OpenAI usage), `has_more` + `last_id`
 * into an `after` parameter (OpenAI lists). Pure.
 */
export function nextCursor(operation: PagingOperation, record: PageRecord): [string, string][] | undefined {
  const setting = operation.explore?.paging;
  if (setting?.from === 'link') return linkNext(record.headers);
  if (setting?.from === 'body') {
    if (setting.hasMore !== undefined && readJsonPointer(record.body, setting.hasMore) !== true)
      return undefined;
    const value = cursorText(readJsonPointer(record.body, setting.cursor));
    return value === undefined ? undefined : [[setting.param, value]];
  }
  const linked = linkNext(record.headers);
  if (linked) return linked;
  if (readJsonPointer(record.body, '/has_more') !== true) return undefined;
  const query = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const page = cursorText(readJsonPointer(record.body, '/next_page'));
  if (page !== undefined && query.has('page')) return [['page', page]];
  const lastId = cursorText(readJsonPointer(record.body, '/last_id'));
  if (lastId !== undefined && query.has('after')) return [['after', lastId]];
  return undefined;
}

/**
 * The array of items of one page: the setting's `items` pointer, else `data`, else the body when it is an
 * array, else the body's only array property. Undefined when there is none.
 */
export function pageItems(operation: PagingOperation, body: unknown): unknown[] | undefined {
  const pointer = operation.explore?.paging?.items;
  if (pointer !== undefined) {
    const items = readJsonPointer(body, pointer);
    return Array.isArray(items) ? items : undefined;
  }
  if (Array.isArray(body)) return body;
  const data = readJsonPointer(body, '/data');
  if (Array.isArray(data)) return data;
  if (typeof body !== 'object' || body === null) return undefined;
  const arrays = Object.values(body).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0] : undefined;
}

function cursorText(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The query of the `rel="next"` target of the `Link` headers (RFC 8288), or undefined. */
function linkNext(headers: readonly [string, string][]): [string, string][] | undefined {
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'link') continue;
    // `<uri>; param; param, <uri>; …`: a URI may contain commas and semicolons, so read each `<…>` whole.
    for (const match of value.matchAll(/<([^>]*)>((?:\s*;\s*[^,;<=\s]+\s*(?:=\s*(?:"[^"]*"|[^,;<]*))?)*)/g)) {
      const [, target, params] = match;
      const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params ?? '');
      const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
      if (!rels.includes('next')) continue;
      try {
        // The target's host is never called: only its query is carried over to the same operation.
        const query = [...new URL(target ?? '', 'http://link.invalid/').searchParams];
        return query.length > 0 ? query : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
