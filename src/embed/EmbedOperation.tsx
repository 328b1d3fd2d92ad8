import { OperationPage } from '../features/operation/OperationPage.tsx';
import { TryItPanel } from '../features/try-it/TryItPanel.tsx';
import type { ApiModel } from '../openapi/model.ts';
import type { EmbedOptions } from './embed-options.ts';
import { findEmbedOperation } from './load-embed-api.ts';

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
  return options.view === 'try-it' ? (
    <TryItPanel key={operation.id} api={api} operation={operation} />
  ) : (
    <OperationPage key={operation.id} api={api} operation={operation} />
  );
}
