import { lazy, Suspense, useEffect } from 'react';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { ApiSourceBar } from '../features/sidebar/ApiSourceBar.tsx';
import { Sidebar } from '../features/sidebar/Sidebar.tsx';
import { MarkdownLinkBase } from '../markdown/markdown-link-base.ts';
import type { ApiModel } from '../openapi/model.ts';
import { AfterHydration } from './AfterHydration.tsx';
import { findRoutePage } from './find-route-page.ts';
import type { Route } from './parse-route.ts';
import { useRoute, useRouter } from './router/router-context.tsx';
import { useApiSource } from './use-api-source.ts';
import { useOperationPage } from './use-operation-page.ts';
import { useScrollToSection } from './use-scroll-to-section.ts';

// Not needed to read or try anything, and the stored theme is applied before the first paint anyway.
const ThemeToggle = lazy(() => import('../features/theme/ThemeToggle.tsx'));

/**
 * The docs page: API source, operation list, and the overview or the selected operation. `builtInApi` replaces
 * the embedded API (the prerender's tests render other descriptions).
 */
export function App({ builtInApi }: { builtInApi?: ApiModel } = {}) {
  const source = useApiSource(builtInApi);
  const router = useRouter();
  const route = useRoute();
  const { api } = source;
  const { operation, webhook } = findRoutePage(api, route);
  const asked = route.webhookId ?? route.operationId;
  // While another description loads, its deep link names an operation this one lacks: no notice yet.
  const unknownRoute = asked !== undefined && !operation && !source.loading;
  const pageKey = `${api.config.apiId}:${webhook ? 'webhook:' : ''}${operation?.id ?? ''}`;
  const { Page: OperationPage, failed } = useOperationPage(operation !== undefined);
  useScrollToSection(route.section, `${pageKey}:${OperationPage ? 'ready' : ''}`);

  useEffect(() => {
    document.title = operation ? `${operation.navTitle} — ${api.title}` : api.title;
  }, [operation, api.title]);

  return (
    <div className="layout">
      <header className="topbar">
        <span className="brand">Try It</span>
        <span className="api-title">
          {api.title} <span className="muted">v{api.version}</span>
        </span>
        <ApiSourceBar source={source} />
        <AfterHydration fallback={null}>
          <Suspense fallback={null}>
            <ThemeToggle />
          </Suspense>
        </AfterHydration>
      </header>
      <Sidebar api={api} currentId={operation?.id} currentIsWebhook={webhook !== undefined} />
      <main className="content">
        {unknownRoute && (
          <p className="notice" role="status">
            No {route.webhookId === undefined ? 'operation' : 'webhook'} “{asked}” in this API; here is its
            overview.
          </p>
        )}
        <MarkdownLinkBase.Provider value={router.href(pageRoute(route, operation !== undefined))}>
          {!operation && asked !== undefined && source.loading ? (
            <p className="muted" role="status">
              Loading {source.loading}…
            </p>
          ) : !operation ? (
            <OverviewPage api={api} />
          ) : OperationPage ? (
            <OperationPage
              key={pageKey}
              api={api}
              operation={operation}
              sharedQuery={route.query}
              webhook={webhook !== undefined}
            />
          ) : failed ? (
            <p className="error-box" role="alert">
              The operation page could not be loaded (offline, or the site changed). Reload the page to try
              again.
            </p>
          ) : (
            <p className="muted" role="status">
              Loading {operation.navTitle}…
            </p>
          )}
        </MarkdownLinkBase.Provider>
      </main>
    </div>
  );
}

/** The page a route shows, without form values or section: what in-page (Markdown) links start from. */
function pageRoute(route: Route, found: boolean): Route {
  if (!found) return {};
  return route.webhookId !== undefined ? { webhookId: route.webhookId } : { operationId: route.operationId };
}
