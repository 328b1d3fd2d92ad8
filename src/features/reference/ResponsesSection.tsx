import { useId, useState } from 'react';
import { Markdown } from '../../markdown/Markdown.tsx';
import type { ApiModel, OperationResponse } from '../../openapi/model.ts';
import { HeadersTable } from './HeadersTable.tsx';
import { Heading } from './Heading.tsx';
import { MediaContent } from './MediaContent.tsx';
import './reference.css';

const reasons: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No Content',
  '301': 'Moved Permanently',
  '302': 'Found',
  '304': 'Not Modified',
  '400': 'Bad Request',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'Not Found',
  '409': 'Conflict',
  '413': 'Content Too Large',
  '415': 'Unsupported Media Type',
  '422': 'Unprocessable Content',
  '429': 'Too Many Requests',
  '500': 'Internal Server Error',
  '502': 'Bad Gateway',
  '503': 'Service Unavailable',
  '1XX': 'Informational',
  '2XX': 'Success',
  '3XX': 'Redirection',
  '4XX': 'Client error',
  '5XX': 'Server error',
  DEFAULT: 'Any other status',
};

/**
 * The documented responses, each status with its Markdown description; the first success is open, the others
 * open on demand (their headers, schemas and examples are only built then).
 */
export function ResponsesSection({
  api,
  responses,
  level = 2,
}: {
  api: Pick<ApiModel, 'schemas' | 'schemasPending'>;
  responses: OperationResponse[];
  level?: number;
}) {
  const headingId = useId();
  const firstSuccess = Math.max(
    0,
    responses.findIndex((response) => response.status.startsWith('2')),
  );
  return (
    <section className="responses" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        Responses
      </Heading>
      {responses.length === 0 && <p className="meta">The description documents no responses.</p>}
      {responses.map((response, index) => (
        <ResponseItem
          key={response.status}
          api={api}
          response={response}
          level={level + 1}
          defaultOpen={index === firstSuccess}
        />
      ))}
    </section>
  );
}

function ResponseItem({
  api,
  response,
  level,
  defaultOpen,
}: {
  api: Pick<ApiModel, 'schemas' | 'schemasPending'>;
  response: OperationResponse;
  level: number;
  defaultOpen: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  const { status } = response;
  const reason = reasons[status.toUpperCase()];
  const kind = /^[1-5]/.test(status) ? `status-${status[0]}xx` : 'status-default';
  const hasDetails = response.headers.length > 0 || Object.keys(response.content).length > 0;
  const subject = `Response ${status}`;
  const label = (
    <>
      <span className={`status-code ${kind}`}>{status}</span>
      {reason && <span className="status-reason"> {reason}</span>}
    </>
  );
  return (
    <div className="response-item">
      <Heading level={level}>
        {hasDetails ? (
          <button
            type="button"
            className="response-toggle"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            <span className="response-arrow" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {label}
          </button>
        ) : (
          // Nothing to open (no headers, no body): the status is a plain heading.
          <span className="response-toggle">
            <span className="response-arrow" />
            {label}
          </span>
        )}
      </Heading>
      <Markdown source={response.description} />
      {hasDetails && (
        <div id={panelId} hidden={!open}>
          {open && (
            <>
              {response.headers.length > 0 && (
                <HeadersTable
                  api={api}
                  headers={response.headers}
                  caption={`Headers of response ${status}`}
                />
              )}
              {Object.keys(response.content).length > 0 && (
                <MediaContent api={api} content={response.content} direction="response" subject={subject} />
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
