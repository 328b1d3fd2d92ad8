import { escapeHtml } from '../response/escape-html.ts';

/** The site's URL with exactly one trailing slash (`https://example.com/docs/`), or an error for a non-http(s) one. */
export function siteBase(siteUrl: string): string {
  const url = new URL(siteUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`TRYIT_SITE_URL must be http(s): ${siteUrl}`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** `sitemap.xml` listing each page (files relative to the site's root) under `siteUrl`. */
export function buildSitemap(siteUrl: string, files: readonly string[]): string {
  const base = siteBase(siteUrl);
  const urls = files.map((file) => {
    const loc = new URL(file === 'index.html' ? '' : file, base).href;
    return `  <url><loc>${escapeHtml(loc)}</loc></url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
