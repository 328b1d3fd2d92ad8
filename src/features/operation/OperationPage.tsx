import { lazy, Suspense } from 'react';
import { AfterHydration } from '../../app/AfterHydration.tsx';
import { Markdown } from '../../markdown/Markdown.tsx';
import type { ApiModel, Operation } from '../../openapi/model.ts';
// The reference sections ship with the operation page (itself a chunk the overview does not load): a page
// renders whole, with no second round trip for its parameters and responses.
import ReferenceSections from '../reference/ReferenceSections.tsx';
import { loadTryItPanel } from '../try-it/load-try-it-panel.ts';
import { TryItPlaceholder } from '../try-it/TryItPlaceholder.tsx';
import './operation-page.css';

// The panel reads storage (settings, drafts) and is not needed to read the page: its own chunk, rendered after
// hydration, so a prerendered page hydrates its reference without it and with no mismatch.
const TryItPanel = lazy(loadTryItPanel);

/**
 * One operation: what it does, what it takes and answers, and the panel to try it. A webhook (a request the
 * API sends) gets the same reference, read-only: no Try it panel.
 */
export function OperationPage({
  api,
  operation,
  sharedQuery,
  webhook = false,
}: {
  api: ApiModel;
  operation: Operation;
  sharedQuery?: string;
  webhook?: boolean;
}) {
  // A summary is the title when it reads as one; a long or Markdown summary is shown as text under a short name.
  const summaryAsText = operation.summary !== undefined && !isTitleLike(operation.summary);
  const title = summaryAsText ? operation.navTitle : (operation.summary ?? operation.navTitle);
  return (
    <article className={webhook ? 'operation operation-read-only' : 'operation'}>
      <div className="operation-doc">
        <h1>{title}</h1>
        <p className="endpoint">
          {webhook && <span className="badge webhook-badge">Webhook</span>}
          <span className={`method method-${operation.method}`}>{operation.method.toUpperCase()}</span>
          <code>{operation.path}</code>
          {operation.deprecated && <span className="badge deprecated-badge">deprecated</span>}
        </p>
        {webhook && <p className="meta">Sent by the API to the URL you register; your server answers it.</p>}
        {summaryAsText && <Markdown source={operation.summary} />}
        <Markdown source={operation.description} />
        <ReferenceSections api={api} operation={operation} webhook={webhook} />
      </div>
      {!webhook && (
        <AfterHydration fallback={<TryItPlaceholder />}>
          <Suspense fallback={<TryItPlaceholder />}>
            <TryItPanel api={api} operation={operation} sharedQuery={sharedQuery} />
          </Suspense>
        </AfterHydration>
      )}
    </article>
  );
}

function isTitleLike(summary: string): boolean {
  return summary.length <= 120 && !/[\n*`[\]]/.test(summary);
}
