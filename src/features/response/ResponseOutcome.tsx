import { useLayoutEffect, useRef } from 'react';
import { formatDuration, formatSize } from '../../response/format-response.ts';
import type { ShownResponse } from '../../response/shown-response.ts';
import type { SendResult } from '../../transport/send-request.ts';
import { byIdNear } from '../by-id-near.ts';
import type { ExploreContext } from '../explore-context.ts';
import ResponseDetails, { NotSentNote } from './ResponseDetails.tsx';
import { RESPONSE_HEADING_ID } from './ResponsePanel.tsx';
import './response-outcome.css';

const HOP_LABEL: Record<string, string> = {
  browser: 'Browser → gateway',
  gateway: 'Gateway',
  api: 'API',
  timeout: 'Timeout',
  aborted: 'Cancelled',
  config: 'Settings',
};

/** What came of a send (loaded with the first one): the failure by hop, what was not sent, the answer. */
export default function ResponseOutcome({
  shown,
  explore,
  onShow,
}: {
  shown: ShownResponse;
  explore: ExploreContext;
  onShow: (shown: ShownResponse) => void;
}) {
  const result = shown.result;
  const response = result.response;
  const failure = result.failure;
  return (
    <>
      {failure && (
        <div className={`error-box hop-${failure.hop}`} role="alert">
          <strong>{HOP_LABEL[failure.hop] ?? failure.hop}:</strong> {failure.message}
          {failure.detail && <p className="muted">{failure.detail}</p>}
        </div>
      )}
      <NotSentNote
        notSent={result.notSent}
        keyHeldByGateway={response?.credentialHeld === 'server'}
        shown={shown}
      />
      {response && <ResponseDetails shown={shown} response={response} explore={explore} onShow={onShow} />}
    </>
  );
}

/** The latest outcome in one line, shown by the Send button so it is in view at once, with a way to it. */
export function ResponseSummary({ result }: { result: SendResult }) {
  const response = result.response;
  const failure = result.failure;
  const line = useRef<HTMLDivElement>(null);
  // The Send bar sticks to the window's bottom, but not above the top of its form: when the form has just
  // come into view the bar sits low, and the new line would land below the fold. Nudge it into view then,
  // only if the user is looking at the bar (a user who scrolled away while waiting is not pulled back).
  // Before paint (a layout effect), so the line never shows below the fold first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again for each new answer shown
  useLayoutEffect(() => {
    const element = line.current;
    const bar = element?.parentElement;
    if (!element || !bar) return;
    const barTop = bar.getBoundingClientRect().top;
    if (barTop >= 0 && barTop < window.innerHeight) element.scrollIntoView({ block: 'nearest' });
  }, [result]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group of a line and its button; a fieldset would be wrong
    <div ref={line} className="response-summary" role="group" aria-label="Latest response">
      {response ? (
        <span className={`status status-${String(response.status)[0]}xx`}>
          {response.status} {response.statusText}
        </span>
      ) : (
        <span className="status status-5xx">
          {HOP_LABEL[failure?.hop ?? ''] ?? 'Failed'}:{' '}
          {failure?.hop === 'config' ? 'not sent' : 'no response'}
        </span>
      )}
      {response && (
        <span className="muted">
          {' '}
          · {formatDuration(response.durationMs)} · {formatSize(response.bodyBytes)}
        </span>
      )}
      <button type="button" className="link-button" onClick={(event) => showResponse(event.currentTarget)}>
        Show response
      </button>
    </div>
  );
}

/** Scrolls to the Response region and moves focus to its heading (the page has one Try it panel). */
function showResponse(from: Element): void {
  const heading = byIdNear(from, RESPONSE_HEADING_ID);
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  heading?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  heading?.focus({ preventScroll: true });
}
