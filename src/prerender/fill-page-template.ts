import { encodePageData, PAGE_DATA_ID } from '../app/page-data.ts';
import type { Route } from '../app/parse-route.ts';
import { escapeHtml } from '../response/escape-html.ts';

/** What one prerendered page puts into the built `index.html`. */
export interface PageFill {
  root: string;
  route: Route;
  title: string;
  description: string;
  /** React's server render, placed in `#root`. */
  html: string;
  /** Files the page needs before it hydrates, relative to the site's root (`assets/x.js`): preloaded. */
  preload?: readonly string[];
  /** The page's absolute URL, when the site's URL is known. */
  canonical?: string;
  /** The Markdown twin's file name, relative to this page. */
  markdownTwin?: string;
}

/**
 * One page's HTML from the built shell (`dist/index.html`): its title, meta description, server render and
 * page data, and the shell's relative asset URLs re-rooted for a page one folder down. Every text from the
 * description is escaped: a title such as `</script><script>…` stays text.
 */
export function fillPageTemplate(template: string, page: PageFill): string {
  if (!template.includes('<div id="root"></div>'))
    throw new Error('The page shell has no empty <div id="root">.');
  // Vite writes the shell's own URLs as `./…` (base './'); a page one folder down reaches them as `../…`.
  const shell = page.root ? template.replace(/(\s(?:src|href)=")\.\//g, `$1${page.root}`) : template;
  const head = [
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    ...(page.canonical ? [`<link rel="canonical" href="${escapeHtml(page.canonical)}" />`] : []),
    ...(page.markdownTwin
      ? [`<link rel="alternate" type="text/markdown" href="${escapeHtml(page.markdownTwin)}" />`]
      : []),
    ...(page.preload ?? []).map(
      (file) => `<link rel="modulepreload" href="${escapeHtml(page.root + file)}" />`,
    ),
  ].join('\n    ');
  return shell
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>\n    ${head}`)
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="${PAGE_DATA_ID}">${encodePageData(page)}</script>`,
    );
}
