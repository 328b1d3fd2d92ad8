import type { ApiModel, Operation } from '../../openapi/model.ts';
import { CallbacksSection } from './CallbacksSection.tsx';
import { ParameterReference } from './ParameterReference.tsx';
import { RequestBodySection } from './RequestBodySection.tsx';
import { ResponsesSection } from './ResponsesSection.tsx';

/** The reference column after the description: parameters, request body, responses, callbacks. */
export default function ReferenceSections({
  api,
  operation,
  webhook = false,
}: {
  api: ApiModel;
  operation: Operation;
  /** A webhook's body is the payload the API sends. */
  webhook?: boolean;
}) {
  return (
    <>
      <ParameterReference api={api} operation={operation} />
      {operation.requestBody && (
        <RequestBodySection
          api={api}
          body={operation.requestBody}
          title={webhook ? 'Payload' : 'Request body'}
        />
      )}
      <ResponsesSection api={api} responses={operation.responses} />
      {operation.callbacks && <CallbacksSection api={api} callbacks={operation.callbacks} />}
    </>
  );
}
