import { useEffect } from 'react';
import { OperationPage } from '../features/operation/OperationPage.tsx';
import { ApiSourceBar } from '../features/sidebar/ApiSourceBar.tsx';
import { Sidebar } from '../features/sidebar/Sidebar.tsx';
import { useApiSource } from './use-api-source.ts';
import { useHashRoute } from './use-hash-route.ts';

/** The docs page: API source, operation list and the selected operation. */
export function App() {
  const source = useApiSource();
  const route = useHashRoute();
  const { api } = source;
  const operation = api.operations.find((op) => op.id === route.operationId) ?? api.operations[0];
  const unknownRoute = route.operationId !== undefined && operation?.id !== route.operationId;

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
      </header>
      <Sidebar api={api} currentId={operation?.id} />
      <main className="content">
        {unknownRoute && (
          <p className="notice" role="status">
            No operation “{route.operationId}” in this API; showing the first one instead.
          </p>
        )}
        {operation ? (
          <OperationPage
            key={`${api.config.apiId}:${operation.id}`}
            api={api}
            operation={operation}
            sharedQuery={route.query}
          />
        ) : (
          <p>This API description has no operations.</p>
        )}
      </main>
    </div>
  );
}
