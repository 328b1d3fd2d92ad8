import defaultApi from 'virtual:tryit-default-api';
import defaultMarkdown from 'virtual:tryit-default-markdown';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { collectMarkdownSources } from '../markdown/collect-markdown-sources.ts';
import { seedMarkdownTrees } from '../markdown/markdown-trees.ts';
import type { ApiModel } from '../openapi/model.ts';
import { metaDescription } from '../prerender/meta-description.ts';
import { operationMarkdown } from '../prerender/operation-markdown.ts';
import { App } from './App.tsx';
import { findRoutePage } from './find-route-page.ts';
import { loadOperationPage } from './load-operation-page.ts';
import type { Route } from './parse-route.ts';
import { pageFiles } from './router/page-files.ts';
import { createPathRouter } from './router/path-router.ts';
import { RouterProvider } from './router/router-context.tsx';
import { loadFullDefaultApi } from './use-api-source.ts';

/** One page of the prerendered site. */
export interface SitePage {
  /** Relative to the site's root: `index.html`, `operations/<slug>.html`, `webhooks/<slug>.html`. */
  file: string;
  /** The site's root relative to this page (`''` or `'../'`). */
  root: string;
  route: Route;
  title: string;
  description: string;
  /** What `#root` holds: React's server render of the app on this route. */
  html: string;
  /** The page's Markdown twin (operations and webhooks), to be written beside it as `<slug>.md`. */
  markdown?: string;
}

/** The whole site for the embedded API: each page rendered by React on the server, as the browser hydrates it. */
export async function renderSite(): Promise<{ api: ApiModel; pages: SitePage[] }> {
  seedMarkdownTrees(collectMarkdownSources(defaultApi), defaultMarkdown);
  const api = await loadFullDefaultApi();
  return { api, pages: await renderPages(api) };
}

/**
 * Every page of `api` (overview, operations, webhooks). The app renders the embedded API (useApiSource), so
 * `api` is that one; tests pass it to check what the pages say.
 */
export async function renderPages(api: ApiModel): Promise<SitePage[]> {
  await loadOperationPage();
  const files = pageFiles(api);
  const routes: Route[] = [
    {},
    ...api.operations.map((op) => ({ operationId: op.id })),
    ...(api.webhooks ?? []).map((w) => ({ webhookId: w.id })),
  ];
  return routes.map((route) => {
    const file = files.fileOf(route);
    const root = file.includes('/') ? '../' : '';
    const { operation } = findRoutePage(api, route);
    const router = createPathRouter({ page: route, root, fileOf: files.fileOf });
    // A fresh cache per page: nothing of one page's render leaks into the next.
    const queryClient = new QueryClient();
    const html = renderToString(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router}>
            <App builtInApi={api} />
          </RouterProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
    const page: SitePage = {
      file,
      root,
      route,
      // The same title App sets: nothing changes in the tab when the page hydrates.
      title: operation ? `${operation.navTitle} — ${api.title}` : api.title,
      description: operation
        ? metaDescription(
            operation.description ?? operation.summary,
            `${operation.method.toUpperCase()} ${operation.path}`,
          )
        : metaDescription(api.description ?? api.info?.summary, `The ${api.title} reference.`),
      html,
    };
    if (operation) page.markdown = operationMarkdown(api, operation, route.webhookId !== undefined);
    return page;
  });
}
