import defaultApi from 'virtual:tryit-default-api';
// The embedded API's Markdown, parsed at build time: its pages never load the Markdown parser.
import defaultMarkdown from 'virtual:tryit-default-markdown';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadTryItPanel } from '../features/try-it/load-try-it-panel.ts';
import { collectMarkdownSources } from '../markdown/collect-markdown-sources.ts';
import { seedMarkdownTrees } from '../markdown/markdown-trees.ts';
import { App } from './App.tsx';
import { loadOperationPage } from './load-operation-page.ts';
import { decodePageData, PAGE_DATA_ID } from './page-data.ts';
import { parseRoute } from './parse-route.ts';
import { createHashRouter } from './router/hash-router.ts';
import { OVERVIEW_FILE, pageFiles } from './router/page-files.ts';
import { createPathRouter } from './router/path-router.ts';
import type { Router } from './router/router.ts';
import { RouterProvider } from './router/router-context.tsx';
import { shellMode } from './shell-mode.ts';
import { loadFullDefaultApi } from './use-api-source.ts';
import './styles.css';

seedMarkdownTrees(collectMarkdownSources(defaultApi), defaultMarkdown);

// One cache for the page's server state: the description loaded (?spec=, a file), the gateway's health, Send.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

function tree(router: Router) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router}>
          <App />
        </RouterProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

/** Chunks a page with an operation on show needs: the page, then its Try it panel (fetched side by side). */
function preloadOperation(): Promise<unknown> {
  loadTryItPanel().catch(() => undefined);
  return loadOperationPage();
}

async function start(root: HTMLElement) {
  const page = decodePageData(document.getElementById(PAGE_DATA_ID)?.textContent);
  const files = pageFiles(defaultApi);
  const mode = page ? shellMode(window.location, files.fileOf(page.route) === OVERVIEW_FILE) : 'spa';
  if (page && mode === 'redirect') {
    // An old SPA link (`…#/operations/<id>`) on a prerendered page: that route's own page.
    const router = createPathRouter({ page: page.route, root: page.root, fileOf: files.fileOf, window });
    window.location.replace(router.href(parseRoute(window.location.hash)));
    return;
  }
  if (!page || mode === 'spa') {
    // The app shell: `?spec=`, opened files and hash routes, rendered afresh in place of any prerendered page.
    const router = createHashRouter();
    if (router.getRoute().operationId !== undefined) preloadOperation().catch(() => undefined);
    const container = document.createElement('div');
    container.id = 'root';
    root.replaceWith(container);
    document.documentElement.removeAttribute('data-tryit-shell');
    createRoot(container).render(tree(router));
    return;
  }
  // A prerendered page: the first client render must be the server's, so what it rendered with is loaded first
  // (the page is on screen meanwhile); the Try it panel's chunk is not needed to hydrate.
  const router = createPathRouter({ page: page.route, root: page.root, fileOf: files.fileOf, window });
  const hasOperation = page.route.operationId !== undefined || page.route.webhookId !== undefined;
  await Promise.all([loadFullDefaultApi(), hasOperation ? preloadOperation() : undefined]);
  hydrateRoot(root, tree(router));
}

const root = document.getElementById('root');
if (root) void start(root);
