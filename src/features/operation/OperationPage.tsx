import { Markdown } from '../../markdown/Markdown.tsx';
import type { ApiModel, Operation } from '../../openapi/model.ts';
import { TryItPanel } from '../try-it/TryItPanel.tsx';
import { ParameterReference } from './ParameterReference.tsx';

/** One operation: what it does, what it takes, and the panel to try it. */
export function OperationPage({
  api,
  operation,
  sharedQuery,
}: {
  api: ApiModel;
  operation: Operation;
  sharedQuery?: string;
}) {
  // A summary is the title when it reads as one; a long or Markdown summary is shown as text under a short name.
  const summaryAsText = operation.summary !== undefined && !isTitleLike(operation.summary);
  const title = summaryAsText ? operation.navTitle : (operation.summary ?? operation.navTitle);
  return (
    <article className="operation">
      <div className="operation-doc">
        <h1>{title}</h1>
        <p className="endpoint">
          <span className={`method method-${operation.method}`}>{operation.method.toUpperCase()}</span>
          <code>{operation.path}</code>
          {operation.deprecated && <span className="badge deprecated-badge">deprecated</span>}
        </p>
        {summaryAsText && <Markdown source={operation.summary} />}
        <Markdown source={operation.description} />
        <ParameterReference operation={operation} />
      </div>
      <TryItPanel api={api} operation={operation} sharedQuery={sharedQuery} />
    </article>
  );
}

function isTitleLike(summary: string): boolean {
  return summary.length <= 120 && !/[\n*`[\]]/.test(summary);
}
