import type { Route } from './parse-route.ts';

/** What a prerendered page tells the browser about itself, in `<script type="application/json" id="tryit-page">`. */
export interface PageData {
  /** The page this file is: `{}` (overview), `{ operationId }` or `{ webhookId }`. */
  route: Route;
  /** The site's root relative to this page (`''` or `'../'`). */
  root: string;
}

/** The id of the page data's script element. */
export const PAGE_DATA_ID = 'tryit-page';

/** The page data as script text: JSON with `<` escaped, so no description text can close the script. */
export function encodePageData(data: PageData): string {
  return JSON.stringify({ route: data.route, root: data.root }).replace(/</g, '\\u003c');
}

/** Reads the page data back; undefined on the SPA shell (no such script) or a damaged one. */
export function decodePageData(text: string | null | undefined): PageData | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<PageData>;
    if (typeof value.root !== 'string' || typeof value.route !== 'object' || value.route === null)
      return undefined;
    const route: Route = {};
    if (typeof value.route.operationId === 'string') route.operationId = value.route.operationId;
    if (typeof value.route.webhookId === 'string') route.webhookId = value.route.webhookId;
    return { route, root: value.root };
  } catch {
    return undefined;
  }
}
