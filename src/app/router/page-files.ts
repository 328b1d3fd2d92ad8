import type { ApiModel } from '../../openapi/model.ts';
import { slugify } from '../../openapi/slugify.ts';
import type { Route } from '../parse-route.ts';

/** Where each page of the prerendered site lives, relative to the site's root. */
export interface PageFiles {
  /** `index.html`, `operations/<slug>.html` or `webhooks/<slug>.html` (an unknown id gets the overview). */
  fileOf(route: Route): string;
  /** The page a file path names, or undefined when none does. */
  routeOf(file: string): Route | undefined;
}

/** The overview's file: the site's entry page. */
export const OVERVIEW_FILE = 'index.html';

/**
 * The file names of an API's pages: a slug of each id (`usage-audio-speeches`), made unique within its
 * folder by a `-2`, `-3`… suffix, so any id (unicode, slashes, dots) becomes a safe, portable file name.
 */
export function pageFiles(api: Pick<ApiModel, 'operations' | 'webhooks'>): PageFiles {
  const operations = slugsOf(api.operations.map((op) => op.id));
  const webhooks = slugsOf((api.webhooks ?? []).map((w) => w.id));
  const byFile = new Map<string, Route>();
  for (const [id, slug] of operations) byFile.set(`operations/${slug}.html`, { operationId: id });
  for (const [id, slug] of webhooks) byFile.set(`webhooks/${slug}.html`, { webhookId: id });
  return {
    fileOf(route) {
      if (route.webhookId !== undefined) {
        const slug = webhooks.get(route.webhookId);
        if (slug) return `webhooks/${slug}.html`;
      } else if (route.operationId !== undefined) {
        const slug = operations.get(route.operationId);
        if (slug) return `operations/${slug}.html`;
      }
      return OVERVIEW_FILE;
    },
    routeOf(file) {
      if (file === OVERVIEW_FILE || file === '') return {};
      return byFile.get(file);
    },
  };
}

function slugsOf(ids: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const id of ids) {
    if (slugs.has(id)) continue;
    const base = slugify(id) || 'page';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(id, slug);
  }
  return slugs;
}
