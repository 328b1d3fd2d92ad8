import { isRecord } from './is-record.ts';
import type { ExploreSettings, PagingSetting, ViewSetting } from './model.ts';
import { ownValue } from './own-value.ts';

/** Document-level exploring settings (`x-tryit` `paging` and `views`), each with the operations it covers. */
export interface ScopedExplore {
  operations: ReadonlySet<string>;
  paging?: PagingSetting;
  view?: ViewSetting;
}

/** The document root's `x-tryit.paging` and `x-tryit.views` entries; malformed ones dropped. */
export function readScopedExplore(doc: unknown): ScopedExplore[] {
  const root = ownValue(doc, 'x-tryit');
  const scoped: ScopedExplore[] = [];
  for (const [key, parse] of [
    ['paging', parsePaging],
    ['views', parseView],
  ] as const) {
    const list = ownValue(root, key);
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const operations = ownValue(entry, 'operations');
      const ids = typeof operations === 'string' ? [operations] : operations;
      const setting = parse(entry);
      if (!setting || !Array.isArray(ids)) continue;
      const set = new Set(ids.filter((id): id is string => typeof id === 'string'));
      scoped.push(
        key === 'paging'
          ? { operations: set, paging: setting as PagingSetting }
          : { operations: set, view: setting as ViewSetting },
      );
    }
  }
  return scoped;
}

/**
 * One operation's settings: its own `x-tryit-paging` / `x-tryit-view` first, else the last document entry
 * naming one of its ids (or `'*'`). Undefined when nothing is set, so the model stays small.
 */
export function selectExploreSettings(
  scoped: readonly ScopedExplore[],
  operationIds: readonly string[],
  ownPaging: unknown,
  ownView: unknown,
): ExploreSettings | undefined {
  const covering = scoped.filter(
    ({ operations }) => operations.has('*') || operationIds.some((id) => operations.has(id)),
  );
  const paging = parsePaging(ownPaging) ?? covering.findLast((s) => s.paging)?.paging;
  const view = parseView(ownView) ?? covering.findLast((s) => s.view)?.view;
  if (!paging && !view) return undefined;
  return { ...(paging ? { paging } : {}), ...(view ? { view } : {}) };
}

function parsePaging(raw: unknown): PagingSetting | undefined {
  if (!isRecord(raw)) return undefined;
  const items = pointer(ownValue(raw, 'items'));
  const withItems = items === undefined ? {} : { items };
  const from = ownValue(raw, 'from');
  if (from === 'link') return { from: 'link', ...withItems };
  const param = text(ownValue(raw, 'param'));
  const cursor = pointer(ownValue(raw, 'cursor'));
  if ((from !== undefined && from !== 'body') || !param || cursor === undefined) return undefined;
  const hasMore = pointer(ownValue(raw, 'hasMore'));
  return { from: 'body', param, cursor, ...(hasMore === undefined ? {} : { hasMore }), ...withItems };
}

function parseView(raw: unknown): ViewSetting | undefined {
  if (!isRecord(raw)) return undefined;
  const view: ViewSetting = {};
  const rows = pointer(ownValue(raw, 'rows'));
  if (rows !== undefined) view.rows = rows;
  const nested = text(ownValue(raw, 'nested'));
  if (nested) view.nested = nested;
  const chart = ownValue(raw, 'chart');
  if (chart === false) view.chart = false;
  else if (isRecord(chart)) {
    const x = text(ownValue(chart, 'x'));
    const measures = texts(ownValue(chart, 'measures'));
    const series = texts(ownValue(chart, 'series'));
    const seriesParam = text(ownValue(chart, 'seriesParam'));
    view.chart = {
      ...(x ? { x } : {}),
      ...(measures ? { measures } : {}),
      ...(series ? { series } : {}),
      ...(seriesParam ? { seriesParam } : {}),
    };
  }
  return Object.keys(view).length > 0 ? view : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function texts(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/** A JSON pointer (`''` or starting with `/`); a bare name is taken as a top-level property. */
function pointer(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value === '' || value.startsWith('/') ? value : `/${value}`;
}
