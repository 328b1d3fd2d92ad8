import { lazy, Suspense } from 'react';
import type { NotSent } from '../../transport/send-request.ts';
import type { SendState } from '../try-it/use-send.ts';

// Not needed for the first paint: it loads with the first Send (see `preloadResponseDetails`).
const ResponseDetails = lazy(() => import('./ResponseDetails.tsx'));

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

/** What the browser could not send (cookies, forbidden headers, missing files or keys), said plainly. */
function NotSentNote({ notSent, keyHeldByGateway }: { notSent: NotSent; keyHeldByGateway: boolean }) {
  const lines = [
    notSent.cookies.length > 0 &&
      `Cookie parameters are not sent: a page cannot set cookies on another origin (${notSent.cookies.join(', ')}).`,
    notSent.headers.length > 0 &&
      `Headers browsers do not let a page set were left out: ${notSent.headers.join(', ')}.`,
    notSent.files.length > 0 && `No file chosen for: ${notSent.files.join(', ')}.`,
    notSent.missingCredentials.length > 0 &&
      !keyHeldByGateway &&
      `No credential was sent for ${notSent.missingCredentials.join(', ')}: type one under Authentication.`,
    notSent.unsupportedSchemes.length > 0 &&
      `A browser cannot apply these security schemes: ${notSent.unsupportedSchemes.join(', ')}.`,
  ].filter((line): line is string => typeof line === 'string');
  if (lines.length === 0) return null;
  return (
    <ul className="notice not-sent">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
