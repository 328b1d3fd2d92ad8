import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type MouseEvent, type ReactNode, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from '../app/router/hash-router.ts';
import { createMemoryRouter } from '../app/router/memory-router.ts';
import type { Router } from '../app/router/router.ts';
import { RouterProvider, useRoute, useRouter } from '../app/router/router-context.tsx';
import type { SendHooks } from '../features/try-it/send-hooks.ts';
import { MarkdownLinkBase } from '../markdown/markdown-link-base.ts';
import { EmbedOperation } from './EmbedOperation.tsx';
import { EmbedRoot } from './EmbedRoot.tsx';
import type { EmbedOptions } from './embed-options.ts';
import { adoptEmbedStyles } from './embed-styles.ts';
import { followInPageLink } from './follow-in-page-link.ts';
import { beforeSendDetail, mergeHostHeaders, responseDetail } from './host-events.ts';
import { completeEmbedOptions } from './parse-embed-attributes.ts';
// The page's base rules (palette, buttons, fields): into the shadow roots, like every stylesheet of this build.
import '../app/styles.css';

/** What `TryIt.mount` returns: change the options (re-renders), or take the element down. */
export interface EmbedHandle {
  update(options: Partial<EmbedOptions>): void;
  destroy(): void;
}

// The whole reference (sidebar, overview) is a chunk of its own: a page with one operation never loads it.
const EmbedReference = lazy(() =>
  import('./EmbedReference.tsx').then((m) => ({ default: m.EmbedReference })),
);

// One cache for every element of the page: two elements naming one description load it once.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

/**
 * Renders an embedded Try it into `element`'s shadow root (made open if it has none): the host's CSS cannot
 * reach in, ours cannot reach out. `options.kind` defaults to one operation. Events (`tryit:before-send`,
 * `tryit:response`) are dispatched on `element` and bubble.
 */
export function mount(element: HTMLElement, options: Partial<EmbedOptions>): EmbedHandle {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const stopStyles = adoptEmbedStyles(shadow);
  const container = document.createElement('div');
  shadow.append(container);
  const root = createRoot(container);
  let current: Partial<EmbedOptions> = { ...options };
  let router: { kind: string; router: Router } | undefined;

  const hooks: SendHooks = {
    beforeSend(input) {
      const detail = beforeSendDetail(input.request, input.gatewayUrl);
      const event = new CustomEvent('tryit:before-send', { detail, cancelable: true, bubbles: true });
      if (!element.dispatchEvent(event)) return undefined;
      const { headers } = mergeHostHeaders(detail.headers);
      return { ...input, request: { ...input.request, headers } };
    },
    onResult(result, input) {
      const detail = responseDetail(result, input.origin.operationId);
      element.dispatchEvent(new CustomEvent('tryit:response', { detail, bubbles: true }));
    },
  };

  /** The element's router: in memory unless `router="hash"` on a reference; kept while that choice stays. */
  const routerFor = (complete: EmbedOptions): Router => {
    const kind = complete.kind === 'reference' ? complete.router : `operation:${complete.operationId ?? ''}`;
    if (router?.kind !== kind) {
      router = {
        kind,
        router:
          kind === 'hash'
            ? createHashRouter()
            : createMemoryRouter(complete.kind === 'operation' ? { operationId: complete.operationId } : {}),
      };
    }
    return router.router;
  };

  /** In-page links (Markdown anchors, `#/…` hrefs) go through the router or scroll here, never to the host URL. */
  const onClick = (event: MouseEvent, routing: Router, hash: boolean) => {
    if (hash || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.nativeEvent.composedPath()[0] as Element | undefined)?.closest?.('a');
    const target = followInPageLink(anchor?.getAttribute('href') ?? null);
    if (!target) return;
    event.preventDefault();
    if ('route' in target) {
      routing.navigate(target.route);
      if (target.route.section) shadow.getElementById(target.route.section)?.scrollIntoView();
    } else shadow.getElementById(target.section)?.scrollIntoView();
  };

  const render = () => {
    const { options: complete, problems } = completeEmbedOptions(current.kind ?? 'operation', current);
    const routing = routerFor(complete);
    const hash = complete.kind === 'reference' && complete.router === 'hash';
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={routing}>
            <EmbedRoot
              options={complete}
              problems={problems}
              hooks={hooks}
              baseUrl={document.baseURI}
              onClick={(event) => onClick(event, routing, hash)}
            >
              {(api) => (
                <LinkBase>
                  {complete.kind === 'reference' ? (
                    <Suspense
                      fallback={
                        <p className="muted" role="status">
                          Loading the reference…
                        </p>
                      }
                    >
                      <EmbedReference api={api} />
                    </Suspense>
                  ) : (
                    <EmbedOperation api={api} options={complete} />
                  )}
                </LinkBase>
              )}
            </EmbedRoot>
          </RouterProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  };
  render();
  return {
    update(next) {
      current = { ...current, ...next };
      render();
    },
    destroy() {
      root.unmount();
      container.remove();
      stopStyles();
    },
  };
}

/** Markdown anchors start from the page on show (no form values, no section), as the router writes it. */
function LinkBase({ children }: { children: ReactNode }) {
  const router = useRouter();
  const route = useRoute();
  const page =
    route.webhookId !== undefined ? { webhookId: route.webhookId } : { operationId: route.operationId };
  return <MarkdownLinkBase.Provider value={router.href(page)}>{children}</MarkdownLinkBase.Provider>;
}
