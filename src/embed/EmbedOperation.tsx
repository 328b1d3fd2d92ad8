import { lazy, Suspense } from 'react';
import { loadTryItPanel } from '../features/try-it/load-try-it-panel.ts';
import type { ApiModel } from '../openapi/model.ts';
import type { EmbedOptions } from './embed-options.ts';
import { findEmbedOperation } from './load-embed-api.ts';

// Chunks of their own: `view="try-it"` never loads the reference column (Markdown, schema trees, examples).
const OperationPage = lazy(() =>
  import('../features/operation/OperationPage.tsx').then((m) => ({ default: m.OperationPage })),
);
const TryItPanel = lazy(loadTryItPanel);

/** `<try-it-operation>`: one operation's reference and Try it panel, or the panel alone (`view="try-it"`). */
export function EmbedOperation({ api, options }: { api: ApiModel; options: EmbedOptions }) {
  const operation = findEmbedOperation(api, options.operationId);
  if (!operation) {
    return options.operationId === undefined ? null : (
      <p className="error-box" role="alert">
        No operation “{options.operationId}” in {api.title}.
      </p>
    );
  }
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          Loading {operation.summary ?? operation.id}…
        </p>
      }
    >
      {options.view === 'try-it' ? (
        <TryItPanel key={operation.id} api={api} operation={operation} />
      ) : (
        <OperationPage key={operation.id} api={api} operation={operation} />
      )}
    </Suspense>
  );
}
