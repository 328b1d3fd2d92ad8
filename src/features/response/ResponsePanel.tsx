import { lazy, Suspense } from 'react';
import type { SendState } from '../try-it/use-send.ts';

// Not needed for the first paint: it loads with the first Send (see `preloadResponseDetails`).
const ResponseDetails = lazy(() => import('./ResponseDetails.tsx'));
const NotSentNote = lazy(() => import('./ResponseDetails.tsx').then((m) => ({ default: m.NotSentNote })));

/** Starts loading the response view when a request leaves, so it is ready when the answer is. */
export function preloadResponseDetails(): void {
  void import('./ResponseDetails.tsx');
}

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

  return (
    <section className="panel-section response" aria-labelledby="response-heading" aria-busy={pending}>
      <h3 id="response-heading">Response</h3>
      {state.history.length > 1 && (
        <div className="field response-history">
          <label htmlFor="response-history">Earlier responses</label>
          <select
            id="response-history"
            value={state.shownId}
            onChange={(event) => state.show(Number(event.target.value))}
          >
            {state.history.map((entry) => (
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
