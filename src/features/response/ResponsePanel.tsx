import { lazy, Suspense, useEffect } from 'react';
import type { SentEntry } from '../../response/sent-entry.ts';
import type { SendResult } from '../../transport/send-request.ts';

// Not needed for the first paint: it loads while the first request is in flight (see the effect below).
const loadDetails = () => import('./ResponseDetails.tsx');
const ResponseDetails = lazy(loadDetails);
const NotSentNote = lazy(() => loadDetails().then((m) => ({ default: m.NotSentNote })));

const HOP_LABEL: Record<string, string> = {
  browser: 'Browser → gateway',
  gateway: 'Gateway',
  api: 'API',
  timeout: 'Timeout',
  aborted: 'Cancelled',
  config: 'Settings',
};

/** The last response, or which hop failed: browser → gateway, the gateway itself, or the API. */
export function ResponsePanel({
  result,
  pending,
  history,
  shownId,
  onShow,
  onNextPage,
}: {
  /** The outcome on show: the latest, or an earlier one picked from `history`. */
  result: SendResult | undefined;
  pending: boolean;
  /** This session's sends, newest first. */
  history: readonly SentEntry[];
  shownId: number | undefined;
  onShow: (id: number) => void;
  /** Present when the operation has a `page` parameter to carry a cursor. */
  onNextPage: ((cursor: string) => void) | undefined;
}) {
  const response = result?.response;
  const failure = result?.failure;
  // A request is on its way: load the response view meanwhile, so it is ready when the answer is.
  useEffect(() => {
    if (pending) void loadDetails();
  }, [pending]);

  return (
    <section className="panel-section response" aria-labelledby="response-heading" aria-busy={pending}>
      <h3 id="response-heading">Response</h3>
      {history.length > 1 && (
        <div className="field response-history">
          <label htmlFor="response-history">Earlier responses</label>
          <select
            id="response-history"
            value={shownId}
            onChange={(event) => onShow(Number(event.target.value))}
          >
            {history.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.at.toLocaleTimeString()} · {entry.method} {entry.path} ·{' '}
                {entry.result.response
                  ? `${entry.result.response.status} ${entry.result.response.statusText}`
                  : entry.result.failure?.hop === 'aborted'
                    ? 'cancelled'
                    : 'failed'}
              </option>
            ))}
          </select>
        </div>
      )}
      {!result && !pending && <p className="muted">Send the request to see the response here.</p>}
      {pending && (
        <p className="muted" role="status">
          Waiting for the gateway…
        </p>
      )}
      {/* Screen readers hear the outcome; the failure itself is an alert below. */}
      <p className="visually-hidden" aria-live="polite">
        {response && !pending ? `Response ${response.status} ${response.statusText}` : ''}
      </p>
      {failure && !pending && (
        <div className={`error-box hop-${failure.hop}`} role="alert">
          <strong>{HOP_LABEL[failure.hop] ?? failure.hop}:</strong> {failure.message}
          {failure.detail && <p className="muted">{failure.detail}</p>}
        </div>
      )}
      {result && !pending && (
        <NotSentNote
          notSent={result.notSent}
          keyHeldByGateway={result.response?.credentialHeld === 'server'}
        />
      )}
      {response && !pending && (
        <Suspense fallback={<p className="muted">Rendering the response…</p>}>
          <ResponseDetails response={response} onNextPage={onNextPage} />
        </Suspense>
      )}
    </section>
  );
}
