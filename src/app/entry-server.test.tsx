import defaultApi from 'virtual:tryit-default-api';
import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../openapi/model.ts';
import { fillPageTemplate } from '../prerender/fill-page-template.ts';
import { renderPages, renderSite } from './entry-server.tsx';

const HOSTILE = '</script><script>alert(1)</script>';

const SHELL =
  '<!doctype html><html><head><title>Try It</title><script type="module" src="./assets/index.js"></script>' +
  '<link rel="stylesheet" href="./assets/index.css"></head><body><div id="root"></div></body></html>';

const { api, pages } = await renderSite();

describe('the prerendered site', () => {
  it('has the overview and one page per operation, each a file of its own', () => {
    expect(pages.map((p) => p.file)).toEqual([
      'index.html',
      ...api.operations.map((op) => `operations/${op.id}.html`),
      ...(api.webhooks ?? []).map((w) => `webhooks/${w.id}.html`),
    ]);
    expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
  });

  it.each(defaultApi.operations.map((op) => [op.id, op] as const))(
    '%s: its title and parameter names are in the HTML',
    (id, op) => {
      const page = pages.find((p) => p.route.operationId === id);
      expect(page?.title).toBe(`${op.navTitle} — ${api.title}`);
      expect(page?.description).not.toBe('');
      expect(page?.html).toContain(`<h1>${op.summary ?? op.navTitle}</h1>`);
      for (const parameter of op.parameters) expect(page?.html).toContain(`>${parameter.name}<`);
      for (const response of op.responses) expect(page?.html).toContain(`>${response.status}<`);
      expect(page?.markdown).toContain(`\`${op.method.toUpperCase()} ${op.path}\``);
    },
  );

  it('links relatively: no link leaves for the host root or a hash route', () => {
    for (const page of pages) {
      const hrefs = [...page.html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1] ?? '');
      expect(hrefs.length).toBeGreaterThan(api.operations.length);
      for (const href of hrefs) {
        if (/^https?:/.test(href)) continue;
        expect(href, page.file).not.toMatch(/^\/|^#\//);
      }
      const toCosts =
        page.route.operationId === 'usage-costs'
          ? 'usage-costs.html'
          : `${page.root}operations/usage-costs.html`;
      expect(page.html).toContain(`href="${toCosts}"`);
    }
  });

  it('re-roots the shell’s asset URLs for pages one folder down', () => {
    const page = pages.find((p) => p.route.operationId === 'usage-costs');
    if (!page) throw new Error('no usage-costs page');
    const html = fillPageTemplate(SHELL, page);
    expect(html).toContain('src="../assets/index.js"');
    expect(html).toContain('href="../assets/index.css"');
    expect(html).toContain(
      '<script type="application/json" id="tryit-page">{"route":{"operationId":"usage-costs"},"root":"../"}</script>',
    );
  });
});

describe('a hostile description', () => {
  it('stays text in the title, the meta description, the page data and the body', async () => {
    const base = defaultApi as ApiModel;
    const [first, ...rest] = base.operations;
    if (!first) throw new Error('the embedded API has no operation');
    const api: ApiModel = {
      ...base,
      title: HOSTILE,
      schemasPending: undefined,
      operations: [
        { ...first, id: HOSTILE, summary: HOSTILE, navTitle: HOSTILE, description: HOSTILE },
        ...rest,
      ],
    };
    const pages = await renderPages(api);
    const page = pages.find((p) => p.route.operationId === HOSTILE);
    if (!page) throw new Error('no page for the hostile operation');
    const html = fillPageTemplate(SHELL, page);
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<script/g)).toHaveLength(2); // the shell's module script and the page data, nothing else
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; — &lt;/script&gt;');
    // Plain text of the Markdown: the tags are dropped, the rest escaped.
    expect(html).toContain('<meta name="description" content="alert(1)" />');
    expect(html).toContain('"operationId":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
    expect(page.file).toBe('operations/script-script-alert-1-script.html');
  });
});
