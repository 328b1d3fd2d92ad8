import { buildUrl } from '../../request/build-url.ts';
import type { HttpRequest } from '../../request/http-request.ts';
import { CopyButton } from '../CopyButton.tsx';

/** The exact URL the page will call (through the gateway), and a share link with the form's values. */
export function RequestPreview({
  request,
  gatewayUrl,
  shareHref,
}: {
  request: HttpRequest;
  gatewayUrl: string;
  /** The router's href of the share link, relative to this page (computed on click: not needed on every keystroke). */
  shareHref: () => string;
}) {
  const base = gatewayUrl.trim() || '{gateway URL}';
  return (
    <div className="request-preview">
      <p className="request-line">
        <span className={`method method-${request.method.toLowerCase()}`}>{request.method}</span>{' '}
        <code>{buildUrl(base, request)}</code>
      </p>
      <CopyButton
        label="Copy share link"
        // Share links carry form values, never credentials (see share-link-codec).
        text={() => new URL(shareHref(), window.location.href).href}
        done="Link copied (form values only, no credentials)."
        fallback={(link) => link}
      />
    </div>
  );
}
