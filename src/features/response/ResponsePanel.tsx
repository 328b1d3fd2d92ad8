import { lazy, Suspense, useEffect } from 'react';
import type { ShownResponse } from '../../response/shown-response.ts';
import type { SendResult, StreamProgress } from '../../transport/send-request.ts';
import type { ExploreContext } from '../explore-context.ts';

// Nothing below the heading is needed before the first Send: it loads while that request is in flight.
const loadOutcome = () => import('./ResponseOutcome.tsx');
const ResponseOutcome = lazy(loadOutcome);
const ResponseSummaryLine = lazy(() => loadOutcome().then((m) => ({ default: m.ResponseSummary })));
// Only a streaming response (server-sent events) needs it, while it arrives.
const StreamView = lazy(() => import('./StreamView.tsx'));

/** The id of the Response region's heading: "Show response" scrolls to it and focuses it. */
export const RESPONSE_HEADING_ID = 'response-heading';

/** The answer on show, or which hop failed: browser → gateway, the gateway itself, or the API. */
export function ResponsePanel({
  shown,
  pending,
  live,
  onShow,
  explore,
}: {
  /** The answer on show: the latest, or one picked from history, or pages merged by "Load all pages". */
  shown: ShownResponse | undefined;
  pending: boolean;
  /** A streaming response (server-sent events) as far as it has arrived, while it is still arriving. */
  live?: StreamProgress | undefined;
  /** Puts another answer on show (merged pages). */
  onShow: (shown: ShownResponse) => void;
  explore: ExploreContext;
}) {
  const result = shown?.result;
  const response = result?.response;
  // A request is on its way: load the response view meanwhile, so it is ready when the answer is.
  useEffect(() => {
    if (pending) void loadOutcome();
  }, [pending]);

  return (
    <section className="panel-section response" aria-labelledby={RESPONSE_HEADING_ID} aria-busy={pending}>
      <h3 id={RESPONSE_HEADING_ID} tabIndex={-1}>
        Response
      </h3>
      {!result && !pending && <p className="muted">Send the request to see the response here.</p>}
      {pending && !live && (
        <p className="muted" role="status">
          Waiting for the gateway…
        </p>
      )}
      {pending && live && (
        <Suspense fallback={<p className="muted">Streaming…</p>}>
          <StreamView live={live} />
        </Suspense>
      )}
      {/* Always in the page, so screen readers hear each outcome; a failure is also an alert. */}
      <p className="visually-hidden" aria-live="polite">
        {response && !pending ? `Response ${response.status} ${response.statusText}` : ''}
      </p>
      {shown && !pending && (
        <Suspense fallback={<p className="muted">Rendering the response…</p>}>
          <ResponseOutcome shown={shown} explore={explore} onShow={onShow} />
        </Suspense>
      )}
    </section>
  );
}

/**
 * The latest outcome in one line, for beside the Send button: in view the moment the answer comes, at any
 * width, wherever the Response region itself is. "Show response" scrolls to that region and focuses it.
 */
export function ResponseSummary({ result, pending }: { result: SendResult | undefined; pending: boolean }) {
  if (!result || pending) return null;
  return (
    <Suspense fallback={null}>
      <ResponseSummaryLine result={result} />
    </Suspense>
  );
}
