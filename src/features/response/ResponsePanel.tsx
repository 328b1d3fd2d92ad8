import { lazy, Suspense, useEffect } from 'react';
import type { SentEntry } from '../../response/sent-entry.ts';
import type { SendResult } from '../../transport/send-request.ts';

// Nothing below the heading is needed before the first Send: it loads while that request is in flight.
const loadOutcome = () => import('./ResponseOutcome.tsx');
const ResponseOutcome = lazy(loadOutcome);
const ResponseSummaryLine = lazy(() => loadOutcome().then((m) => ({ default: m.ResponseSummary })));

/** The id of the Response region's heading: "Show response" scrolls to it and focuses it. */
export const RESPONSE_HEADING_ID = 'response-heading';

/** The last response, or which hop failed: browser → gateway, the gateway itself, or the API. */
export function ResponsePanel({
  result,
  pending,
  history,
  shownId,
  onShow,
  onNextPage,
  downloadName,
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
  /** The file name of a downloaded body when the response does not name one, without extension. */
  downloadName: string;
}) {
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
      {pending && (
        <p className="muted" role="status">
          Waiting for the gateway…
        </p>
      )}
      {/* Always in the page, so screen readers hear each outcome; a failure is also an alert. */}
      <p className="visually-hidden" aria-live="polite">
        {response && !pending ? `Response ${response.status} ${response.statusText}` : ''}
      </p>
      {(result || history.length > 1) && (
        <Suspense fallback={<p className="muted">Rendering the response…</p>}>
          <ResponseOutcome
            result={pending ? undefined : result}
            history={history}
            shownId={shownId}
            onShow={onShow}
            onNextPage={onNextPage}
            downloadName={downloadName}
          />
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
