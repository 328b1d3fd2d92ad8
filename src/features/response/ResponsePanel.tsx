import { lazy, Suspense } from 'react';
import type { ApiModel } from '../../openapi/model.ts';
import type { SendState } from '../try-it/use-send.ts';

// Not needed for the first paint: it loads with the first Send (see `preloadResponseDetails`).
const ResponseDetails = lazy(() => import('./ResponseDetails.tsx'));
const NotSentNote = lazy(() => import('./ResponseDetails.tsx').then((m) => ({ default: m.NotSentNote })));
// Only a streaming response (server-sent events) needs it, while it arrives.
const StreamView = lazy(() => import('./StreamView.tsx'));

/** Starts loading the response view when a request leaves, so it is ready when the answer is. */
export function preloadResponseDetails(): void {
  void import('./ResponseDetails.tsx');
}

/** What the Response region needs besides the answer: the API, how to reach it again, the form's paging. */
export interface ExploreContext {
  api: ApiModel;
  /** The operation of this page (an answer from history may belong to another). */
  operationId: string;
  gatewayUrl: string;
  /** The credentials to send (none when the gateway holds the key). */
  credentials: Record<string, string>;
  /** Every credential the user typed, kept out of history. */
  secrets: readonly string[];
  /**
   * Fills this page's form: with `thenSend`, over the current values and sends them (the next page); else
   * over the defaults (a request restored from history).
   */
  fillForm: (values: Record<string, string | string[]>, thenSend: boolean) => void;
}

const HOP_LABEL: Record<string, string> = {
  browser: 'Browser → gateway',
  gateway: 'Gateway',
  api: 'API',
  timeout: 'Timeout',
  aborted: 'Cancelled',
  config: 'Settings',
};

/** The answer on show, or which hop failed: browser → gateway, the gateway itself, or the API. */
export function ResponsePanel({ state, explore }: { state: SendState; explore: ExploreContext }) {
  const { shown, pending } = state;
  const result = shown?.result;
  const response = result?.response;
  const failure = result?.failure;

  return (
    <section className="panel-section response" aria-labelledby="response-heading" aria-busy={pending}>
      <h3 id="response-heading">Response</h3>
      {!result && !pending && <p className="muted">Send the request to see the response here.</p>}
      {pending && !state.live && (
        <p className="muted" role="status">
          Waiting for the gateway…
        </p>
      )}
      {pending && state.live && (
        <Suspense fallback={<p className="muted">Streaming…</p>}>
          <StreamView live={state.live} />
        </Suspense>
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
          shown={shown}
        />
      )}
      {shown && response && !pending && (
        <Suspense fallback={<p className="muted">Rendering the response…</p>}>
          <ResponseDetails shown={shown} response={response} explore={explore} onShow={state.show} />
        </Suspense>
      )}
    </section>
  );
}
