import defaultApi from 'virtual:tryit-default-api';
// The embedded API's Markdown, parsed at build time: its pages never load the Markdown parser.
import defaultMarkdown from 'virtual:tryit-default-markdown';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { collectMarkdownSources } from '../markdown/collect-markdown-sources.ts';
import { seedMarkdownTrees } from '../markdown/markdown-trees.ts';
import { App } from './App.tsx';
import { loadOperationPage } from './load-operation-page.ts';
import { createHashRouter } from './router/hash-router.ts';
import { RouterProvider } from './router/router-context.tsx';
import './styles.css';

seedMarkdownTrees(collectMarkdownSources(defaultApi), defaultMarkdown);
// A deep link needs the operation page's chunk: fetch it alongside this one's first render.
const router = createHashRouter();
if (router.getRoute().operationId !== undefined) loadOperationPage().catch(() => undefined);

// One cache for the page's server state: the description loaded (?spec=, a file), the gateway's health, Send.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router}>
          <App />
        </RouterProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
