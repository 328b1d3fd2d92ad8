import { Markdown } from '../../markdown/Markdown.tsx';
import type { ApiModel, Operation } from '../../openapi/model.ts';
import { TryItPanel } from '../try-it/TryItPanel.tsx';
import { ParameterReference } from './ParameterReference.tsx';

/** One operation: what it does, what it takes, and the panel to try it. */
export function OperationPage({ api, operation }: { api: ApiModel; operation: Operation }) {
  return (
    <article className="operation">
      <div className="operation-doc">
        <h1>{operation.summary ?? operation.navTitle}</h1>
        <p className="endpoint">
          <span className={`method method-${operation.method}`}>{operation.method.toUpperCase()}</span>
          <code>{operation.path}</code>
          {operation.deprecated && <span className="badge deprecated-badge">deprecated</span>}
        </p>
        <Markdown source={operation.description} />
        <ParameterReference operation={operation} />
      </div>
      <TryItPanel api={api} operation={operation} />
    </article>
  );
}
