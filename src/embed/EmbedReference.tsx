import { findRoutePage } from '../app/find-route-page.ts';
import { useRoute } from '../app/router/router-context.tsx';
import { OperationPage } from '../features/operation/OperationPage.tsx';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { Sidebar } from '../features/sidebar/Sidebar.tsx';
import type { ApiModel } from '../openapi/model.ts';

/** `<try-it-reference>`: the whole reference (sidebar, overview, every operation), routed by the element's router. */
export function EmbedReference({ api }: { api: ApiModel }) {
  const route = useRoute();
  const { operation, webhook } = findRoutePage(api, route);
  const asked = route.webhookId ?? route.operationId;
  return (
    <div className="embed-reference">
      <Sidebar api={api} currentId={operation?.id} currentIsWebhook={webhook !== undefined} />
      <div className="content">
        {asked !== undefined && !operation && (
          <p className="notice" role="status">
            No {route.webhookId === undefined ? 'operation' : 'webhook'} “{asked}” in this API; here is its
            overview.
          </p>
        )}
        {operation ? (
          <OperationPage
            key={`${webhook ? 'webhook:' : ''}${operation.id}`}
            api={api}
            operation={operation}
            sharedQuery={route.query}
            webhook={webhook !== undefined}
          />
        ) : (
          <OverviewPage api={api} />
        )}
      </div>
    </div>
  );
}
