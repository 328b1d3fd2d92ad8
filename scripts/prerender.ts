/**
 * The prerendered site (issue 8): after `vite build` (the page) and `vite build --ssr src/app/entry-server.tsx`
 * (the same app for Node, in dist-ssr/), writes into dist/ one static HTML page per operation and webhook of
 * the embedded API plus the overview (index.html), each rendered by React on the server; a Markdown twin per
 * operation and llms.txt; sitemap.xml when TRYIT_SITE_URL is set. `npm run build` runs it.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { renderSite as RenderSite } from '../src/app/entry-server.tsx';
import { groupOperationsByTag } from '../src/openapi/group-operations-by-tag.ts';
import { buildLlmsTxt } from '../src/prerender/build-llms-txt.ts';
import { buildSitemap, siteBase } from '../src/prerender/build-sitemap.ts';
import { fillPageTemplate } from '../src/prerender/fill-page-template.ts';
import { metaDescription } from '../src/prerender/meta-description.ts';

const repo = path.resolve(import.meta.dirname, '..');
/** `--dist <folder>` and `--ssr <folder>` (the bench builds elsewhere); dist/ and dist-ssr/ by default. */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return path.resolve(repo, (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback);
}
const dist = option('--dist', 'dist');
const ssrDir = option('--ssr', 'dist-ssr');

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

const manifest = JSON.parse(await readFile(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
/** A manifest entry's JS files and what it imports statically. */
function closure(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}
const entry = closure('index.html');
const schemasKey = Object.keys(manifest).find((key) => key.includes('tryit-default-api-schemas'));
// What a page waits for before it hydrates (see main.tsx): preloaded, so it comes in parallel with the entry.
const overviewPreload = schemasKey ? [...closure(schemasKey)].filter((f) => !entry.has(f)) : [];
const operationPreload = [
  ...new Set([
    ...overviewPreload,
    ...[...closure('src/app/OperationRoute.tsx')].filter((f) => !entry.has(f)),
  ]),
];

// React's production server renderer (the dev one warns about what the page never does in production).
process.env.NODE_ENV ??= 'production';
const { renderSite } = (await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href)) as {
  renderSite: typeof RenderSite;
};
const { api, pages } = await renderSite();
const template = await readFile(path.join(dist, 'index.html'), 'utf8');
const siteUrl = process.env.TRYIT_SITE_URL?.trim();
const base = siteUrl ? siteBase(siteUrl) : undefined;

for (const page of pages) {
  const twin = page.markdown ? page.file.replace(/\.html$/, '.md') : undefined;
  const html = fillPageTemplate(template, {
    ...page,
    preload:
      page.route.operationId !== undefined || page.route.webhookId !== undefined
        ? operationPreload
        : overviewPreload,
    ...(base ? { canonical: new URL(page.file === 'index.html' ? '' : page.file, base).href } : {}),
    ...(twin ? { markdownTwin: path.posix.basename(twin) } : {}),
  });
  await mkdir(path.dirname(path.join(dist, page.file)), { recursive: true });
  await writeFile(path.join(dist, page.file), html);
  if (twin && page.markdown) await writeFile(path.join(dist, twin), page.markdown);
}

const fileOf = new Map(
  pages.map((page) => [page.route.operationId ?? `webhook:${page.route.webhookId}`, page.file]),
);
const entryOf = (id: string, title: string, endpoint: string) => ({
  title,
  file: (fileOf.get(id) ?? '').replace(/\.html$/, '.md'),
  endpoint,
});
const groups = [
  ...groupOperationsByTag(api).map((group) => ({
    name: group.name,
    entries: group.operations.map((op) =>
      entryOf(op.id, op.navTitle, `${op.method.toUpperCase()} ${op.path}`),
    ),
  })),
  {
    name: 'Webhooks',
    entries: (api.webhooks ?? []).map((w) =>
      entryOf(`webhook:${w.id}`, w.navTitle, `${w.method.toUpperCase()} ${w.path}`),
    ),
  },
];
const summary = metaDescription(api.info?.summary ?? api.description, `The ${api.title} reference.`);
await writeFile(path.join(dist, 'llms.txt'), buildLlmsTxt({ title: api.title, summary }, groups, base ?? ''));
if (base) {
  await writeFile(
    path.join(dist, 'sitemap.xml'),
    buildSitemap(
      base,
      pages.map((page) => page.file),
    ),
  );
}
await rm(ssrDir, { recursive: true, force: true });
console.log(
  `prerendered ${pages.length} pages (${pages.filter((p) => p.markdown).length} with Markdown twins), llms.txt${base ? ', sitemap.xml' : ''}`,
);
