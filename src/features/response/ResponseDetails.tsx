import { useEffect, useMemo, useState } from 'react';
import { type CutBodyPreview, cutBodyPreview } from '../../response/cut-body-preview.ts';
import { downloadFileName } from '../../response/download-file-name.ts';
import {
  findNextPageCursor,
  formatDuration,
  formatSize,
  prettyBody,
} from '../../response/format-response.ts';
import { highlightBody } from '../../response/highlight-body.ts';
import { inlinePreviewKind } from '../../response/is-binary-content-type.ts';
import type { ResponseRecord } from '../../response/response-record.ts';
import type { NotSent } from '../../transport/send-request.ts';
import { CopyButton } from '../CopyButton.tsx';
import { usePrismLanguage } from '../use-prism-language.ts';
import './response-details.css';

/** Status, time, size, headers and the highlighted body of one response (loaded with the first Send). */
export default function ResponseDetails({
  response,
  onNextPage,
  downloadName = 'response',
}: {
  response: ResponseRecord;
  onNextPage: ((cursor: string) => void) | undefined;
  /** File name base for a download when the response names none (e.g. the operation id). */
  downloadName?: string;
}) {
  const cut = useCutPreview(response);
  const body = useMemo(
    () => (response.truncated ? (cut ?? WAITING) : prettyBody(response.bodyText, response.contentType)),
    [response, cut],
  );
  const prismLoads = usePrismLanguage('json');
  // biome-ignore lint/correctness/useExhaustiveDependencies: prismLoads re-runs highlighting once Prism arrives
  const highlighted = useMemo(() => highlightBody(body.text, body.language), [body, prismLoads]);
  const cursor = findNextPageCursor('parsed' in body ? body.parsed : undefined);
  const fileName = downloadFileName({
    contentDisposition: response.headers.find(([name]) => name === 'content-disposition')?.[1],
    contentType: response.contentType,
    fallbackBase: downloadName,
  });
  return (
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
      {response.truncated && (
        <p className="notice">
          Only the first {formatSize(response.bodyBytes)} of the body were read: the rest was not downloaded,
          so the page stays fast.
          {cut && !response.bodyBlob
            ? ` Shown below: the first ${formatSize(cut.shownChars)}${cut.language === 'json' ? ', re-indented' : ''}; “Download body” saves all ${formatSize(response.bodyBytes)} that were read.`
            : ''}
        </p>
      )}
      {!highlighted.highlighted &&
        body.language !== 'plain' &&
        body.text.length > 0 &&
        !response.bodyBlob && (
          <p className="muted">Shown without colours: the body is too large to highlight quickly.</p>
        )}
      {response.bodyBlob ? (
        <BinaryBody blob={response.bodyBlob} truncated={response.truncated} fileName={fileName} />
      ) : (
        <>
          <div className="body-actions">
            <DownloadButton body={response.bodyText} fileName={fileName} />
            <CopyButton label="Copy body" text={() => body.text} done="Body copied" />
          </div>
          {/* The scrolling box is the focusable one, so keyboard users can scroll it (WCAG 2.1.1). */}
          {/* biome-ignore lint/a11y/useSemanticElements: a named group around a code block; a fieldset would be wrong */}
          <div
            className="code-scroll response-body"
            role="group"
            aria-label="Response body"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the box scrolls, so it must take keyboard focus
            tabIndex={0}
          >
            <pre className={`code-block language-${body.language}`}>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Prism escapes every token; tested in highlight-body.test.ts */}
              <code dangerouslySetInnerHTML={{ __html: highlighted.html }} />
            </pre>
          </div>
        </>
      )}
    </>
  );
}

/** What a cut body shows until its preview is ready (the re-indenter loads on demand). */
const WAITING: CutBodyPreview = {
  text: 'Preparing a preview of the first part…',
  language: 'plain',
  shownChars: 0,
};

/** The re-indented first part of a body cut for size; undefined until the re-indenter has loaded. */
function useCutPreview(response: ResponseRecord): CutBodyPreview | undefined {
  const [preview, setPreview] = useState<{ of: ResponseRecord; value: CutBodyPreview }>();
  useEffect(() => {
    if (!response.truncated || response.bodyBlob) return;
    let live = true;
    // Only cut bodies need it: the formatter is its own chunk.
    void import('../../response/reformat-json-prefix.ts').then(({ reformatJsonPrefix }) => {
      const value = cutBodyPreview(response.bodyText, response.contentType, reformatJsonPrefix);
      if (live) setPreview({ of: response, value });
    });
    return () => {
      live = false;
    };
  }, [response]);
  return preview?.of === response ? preview.value : undefined;
}

/**
 * Saves a body under `fileName`. The file is typed `application/octet-stream` whatever the body is: a blob
 * URL shares this page's origin, so an HTML or SVG body a browser might open instead of saving must never
 * be able to run as this page.
 */
function DownloadButton({ body, fileName }: { body: string | Blob; fileName: string }) {
  const save = () => {
    const url = URL.createObjectURL(new Blob([body], { type: 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // The browser reads the URL after this task; revoking at once could cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <>
      <button type="button" onClick={save}>
        Download body
      </button>
      <span className="muted">as {fileName}</span>
    </>
  );
}

/** A binary body: an inline preview for raster images and audio, and a download for any bytes. */
function BinaryBody({ blob, truncated, fileName }: { blob: Blob; truncated: boolean; fileName: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  const kind = truncated ? undefined : inlinePreviewKind(blob.type);
  return (
    <div className="binary-body">
      <p>
        Binary body ({blob.type || 'no content type'}, {formatSize(blob.size)}
        {truncated ? ', truncated' : ''}): shown as a file, not as text.
      </p>
      {url && kind === 'image' && (
        <img src={url} alt="The response body, as returned by the API" className="body-image" />
      )}
      {/* biome-ignore lint/a11y/useMediaCaption: API output has no captions to offer */}
      {url && kind === 'audio' && <audio controls src={url} aria-label="Audio returned by the API" />}
      <div className="body-actions">
        <DownloadButton body={blob} fileName={fileName} />
      </div>
    </div>
  );
}

/** What the browser could not send (cookies, forbidden headers, missing files or keys), said plainly. */
export function NotSentNote({ notSent, keyHeldByGateway }: { notSent: NotSent; keyHeldByGateway: boolean }) {
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
