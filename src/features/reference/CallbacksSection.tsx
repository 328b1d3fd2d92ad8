import { useId } from 'react';
import { Markdown } from '../../markdown/Markdown.tsx';
import type { ApiModel, Callback } from '../../openapi/model.ts';
import { RequestBodySection } from './RequestBodySection.tsx';
import { ResponsesSection } from './ResponsesSection.tsx';

/** Requests the API makes back to the caller (read-only): each callback's expressions, bodies and responses. */
export function CallbacksSection({
  api,
  callbacks,
}: {
  api: Pick<ApiModel, 'schemas' | 'schemasPending'>;
  callbacks: Callback[];
}) {
  const headingId = useId();
  return (
    <section className="callbacks" aria-labelledby={headingId}>
      <h2 id={headingId}>Callbacks</h2>
      {callbacks.map((callback) => (
        <div key={callback.name} className="callback">
          <h3>{callback.name}</h3>
          {callback.operations.map((operation) => (
            <div key={operation.id} className="callback-operation">
              <h4 className="endpoint">
                <span className={`method method-${operation.method}`}>{operation.method.toUpperCase()}</span>
                <code>{operation.path}</code>
              </h4>
              {operation.summary !== undefined && <p>{operation.summary}</p>}
              <Markdown source={operation.description} />
              {operation.requestBody && (
                <RequestBodySection api={api} body={operation.requestBody} level={5} />
              )}
              <ResponsesSection api={api} responses={operation.responses} level={5} />
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
