import { useMemo } from 'react';
import {
  findNextPageCursor,
  formatDuration,
  formatSize,
  prettyBody,
} from '../../response/format-response.ts';
import { highlightBody } from '../../response/highlight-body.ts';
import type { SendState } from '../try-it/use-send.ts';
import { usePrismLanguage } from '../use-prism-language.ts';

const HOP_LABEL: Record<string, string> = {
  browser: 'Browser → gateway',
  gateway: 'Gateway',
  api: 'API',
  timeout: 'Timeout',
  aborted: 'Cancelled',
  config: 'Settings',
};

/** Status, time, size, headers and the highlighted body of the last response, or which hop failed. */
export function ResponsePanel({
  state,
  onNextPage,
}: {
  state: SendState;
  /** Present when the operation has a `page` parameter to carry a cursor. */
  onNextPage: ((cursor: string) => void) | undefined;
}) {
  const { result, pending } = state;
  const response = result?.response;
  const failure = result?.failure;
  const body = useMemo(
    () => (response ? prettyBody(response.bodyText, response.contentType) : undefined),
    [response],
  );
  const prismLoads = usePrismLanguage('json');
  // biome-ignore lint/correctness/useExhaustiveDependencies: prismLoads re-runs highlighting once Prism arrives
  const highlighted = useMemo(
    () => (body ? highlightBody(body.text, body.language) : undefined),
    [body, prismLoads],
  );
  const cursor = body ? findNextPageCursor(body.parsed) : undefined;

  return (
    <section className="panel-section response" aria-labelledby="response-heading" aria-busy={pending}>
      <h3 id="response-heading">Response</h3>
      {!result && !pending && <p className="muted">Send the request to see the response here.</p>}
      {pending && (
        <p className="muted" role="status">
          Waiting for the gateway…
        </p>
      )}
      {failure && !pending && (
        <div className={`error-box hop-${failure.hop}`} role="alert">
          <strong>{HOP_LABEL[failure.hop] ?? failure.hop}:</strong> {failure.message}
          {failure.detail && <p className="muted">{failure.detail}</p>}
        </div>
      )}
      {response && !pending && (
        <>
          <dl className="response-meta">
            <div>
              <dt>Status</dt>
              <dd className={`status status-${String(response.status)[0]}xx`}>
                {response.status} {response.statusText}
              </dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>{formatDuration(response.durationMs)}</dd>
            </div>
            <div>
              <dt>Size</dt>
              <dd>
                {formatSize(response.bodyBytes)}
                {response.truncated ? ' (truncated)' : ''}
              </dd>
            </div>
          </dl>
          <details className="response-headers">
            <summary>Headers ({response.headers.length})</summary>
            <table>
              <tbody>
                {response.headers.map(([name, value], i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; position is identity
                  <tr key={i}>
                    <th scope="row">{name}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {onNextPage && cursor && (
            <button type="button" onClick={() => onNextPage(cursor)}>
              Next page
            </button>
          )}
          {body && highlighted && (
            // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
            // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region, see above
            <section className="code-scroll" aria-label="Response body" tabIndex={0}>
              <pre className={`code-block language-${body.language}`}>
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Prism escapes every token; tested in highlight-body.test.ts */}
                <code dangerouslySetInnerHTML={{ __html: highlighted.html }} />
              </pre>
            </section>
          )}
        </>
      )}
    </section>
  );
}
