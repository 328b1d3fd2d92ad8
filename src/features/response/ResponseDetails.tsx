import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { chartSpec } from '../../answer-table/chart-series.ts';
import { flattenRows } from '../../answer-table/flatten-rows.ts';
import { schemaColumns } from '../../answer-table/schema-columns.ts';
import { resolveModelRef } from '../../openapi/resolve-model-ref.ts';
import { cursorFormValues } from '../../paging/cursor-form-values.ts';
import { nextCursor } from '../../paging/next-cursor.ts';
import { afterPaint } from '../../response/after-paint.ts';
import { chooseBodyView } from '../../response/choose-body-view.ts';
import { type CutBodyPreview, cutBodyPreview } from '../../response/cut-body-preview.ts';
import { downloadFileName } from '../../response/download-file-name.ts';
import { formatDuration, formatSize, prettyBody } from '../../response/format-response.ts';
import { highlightBody } from '../../response/highlight-body.ts';
import { inlinePreviewKind } from '../../response/is-binary-content-type.ts';
import { parseJsonBody } from '../../response/parse-json-body.ts';
import type { ResponseRecord } from '../../response/response-record.ts';
import type { ShownResponse } from '../../response/shown-response.ts';
import { dialectOf } from '../../schema-check/schema-checker.ts';
import type { NotSent } from '../../transport/send-request.ts';
import { CopyButton } from '../CopyButton.tsx';
import type { ExploreContext } from '../explore-context.ts';
import { usePrismLanguage } from '../use-prism-language.ts';
import { AnswerTableView } from './AnswerTableView.tsx';
import { LoadAllPages, plural } from './LoadAllPages.tsx';
import { ResponseCheckNote } from './ResponseCheckNote.tsx';
import './response-details.css';

// uPlot is needed only when someone asks for the chart.
const AnswerChart = lazy(() => import('./AnswerChart.tsx'));

type BodyView = 'body' | 'table' | 'chart';

/** Status, time, size, headers and the body of one answer, as text, table or chart (loaded with the first Send). */
export default function ResponseDetails({
  shown,
  response,
  explore,
  onShow,
}: {
  shown: ShownResponse;
  response: ResponseRecord;
  explore: ExploreContext;
  onShow: (shown: ShownResponse) => void;
}) {
  // A big body (or one cut for size) shows its first part only: pretty-printing, highlighting and laying
  // out megabytes of text in one task froze the page for seconds.
  const bodyView = chooseBodyView(response);
  const firstPart = bodyView === 'first-part';
  const cut = useCutPreview(response, firstPart);
  const body = useMemo(
    () => (firstPart ? (cut ?? WAITING) : prettyBody(response.bodyText, response.contentType)),
    [response, cut, firstPart],
  );
  const prismLoads = usePrismLanguage('json');
  // biome-ignore lint/correctness/useExhaustiveDependencies: prismLoads re-runs highlighting once Prism arrives
  const highlighted = useMemo(
    () => (firstPart ? undefined : highlightBody(body.text, body.language)),
    [body, prismLoads, firstPart],
  );
  // A big whole body is parsed after it is painted, in a task of its own (for the cursor, table and chart);
  // a body cut for size is not a value: no cursor, table or chart.
  const parsedLater = useParsedLater(response, firstPart && !response.truncated);
  const parsed = firstPart ? parsedLater : 'parsed' in body ? body.parsed : undefined;
  // What Download saves (UTF-8): a merged answer's text is not the sum of its pages' bytes.
  const wholeBytes = useMemo(
    () => (firstPart && !response.truncated ? new Blob([response.bodyText]).size : 0),
    [firstPart, response],
  );
  const operation = explore.api.operations.find((op) => op.id === shown.operationId);
  const cursor = operation ? nextCursor(operation, { headers: response.headers, body: parsed }) : undefined;
  const sameOperation = shown.operationId === explore.operationId;
  // The cursor goes into the form's own fields, so the preview and the snippet show the next page too.
  const cursorFields = operation && cursor ? cursorFormValues(operation, cursor) : undefined;
  const [view, setView] = useState<BodyView>('body');
  // A few rows tell whether there is a table and a chart; all of them are flattened only when asked for
  // (an answer merged from many pages can hold tens of thousands).
  const sample = useMemo(
    () => (operation && parsed !== undefined ? flattenRows(operation, parsed, [], 3) : undefined),
    [operation, parsed],
  );
  // The columns the response schema names, in its order (the result kind narrowed by its `object`).
  const columns = useMemo(() => {
    const documented = operation?.responses.find((r) => r.status === String(response.status));
    const media = documented && Object.entries(documented.content).find(([type]) => /json/i.test(type))?.[1];
    if (!sample || !media?.schema) return [];
    const { api } = explore;
    return schemaColumns(
      media.schema,
      (schema) => resolveModelRef(api, schema),
      sample,
      operation?.explore?.view?.rows,
    );
  }, [operation, response.status, sample, explore]);
  const canChart = operation && sample ? chartSpec(operation, shown.request, sample) !== undefined : false;
  const table = useMemo(
    () =>
      view !== 'body' && operation && parsed !== undefined
        ? flattenRows(operation, parsed, columns)
        : undefined,
    [view, operation, parsed, columns],
  );
  const chart = useMemo(
    () => (view === 'chart' && operation && table ? chartSpec(operation, shown.request, table) : undefined),
    [view, operation, shown.request, table],
  );
  // A new answer without a table (or chart) falls back to the body.
  useEffect(() => {
    if ((view !== 'body' && !sample) || (view === 'chart' && !canChart)) setView('body');
  }, [view, sample, canChart]);
  const viewName = useId();
  const tableId = useId();
  const pages = shown.pages;
  // A history entry or merged pages may belong to another operation: the file is named after the answer's own.
  const fileName = downloadFileName({
    contentDisposition: response.headers.find(([name]) => name === 'content-disposition')?.[1],
    contentType: response.contentType,
    fallbackBase: shown.operationId,
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
      {operation && (
        <ResponseCheckNote
          operation={operation}
          schemas={explore.api.schemas}
          schemasPending={explore.api.schemasPending === true}
          dialect={dialectOf(explore.api.openapiVersion)}
          response={response}
        />
      )}
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
      {pages && (
        <p className="notice pages-note" role="status">
          Holds {pages.pages} {plural(pages.pages, 'page')} and {pages.items} {plural(pages.items, 'item')},
          merged by “Load all pages”.{pages.stopped ? ` ${pages.stopped}` : ''}
        </p>
      )}
      {shown.bodyNote && <p className="notice">{shown.bodyNote}</p>}
      {cursor && operation && (
        <div className="body-actions">
          {sameOperation && cursorFields && Object.keys(cursorFields).length > 0 && (
            <button type="button" onClick={() => explore.fillForm(cursorFields, true)}>
              Next page
            </button>
          )}
          <LoadAllPages
            key={response.url + response.bodyBytes}
            shown={shown}
            response={response}
            operation={operation}
            explore={explore}
            onShow={onShow}
          />
        </div>
      )}
      {firstPart && !response.truncated && (
        <p className="notice">
          {`The body is ${formatSize(wholeBytes)}: shown below ${cut ? `are its first ${formatSize(cut.shownChars)}${cut.language === 'json' ? ', re-indented' : ''}` : 'is its first part'}, without colours, so the page stays responsive. “Download body” saves all of it and “Copy body” copies all of it, as received${sample ? '; the table and the chart hold all of it' : ''}.`}
        </p>
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
      {highlighted &&
        !highlighted.highlighted &&
        body.language !== 'plain' &&
        body.text.length > 0 &&
        !response.bodyBlob && (
          <p className="muted">Shown without colours: the body is too large to highlight quickly.</p>
        )}
      {sample && !response.bodyBlob && (
        <fieldset className="view-switch">
          <legend>Show the body as</legend>
          {(['body', 'table', ...(canChart ? ['chart'] : [])] as BodyView[]).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={viewName}
                value={option}
                checked={view === option}
                onChange={() => setView(option)}
              />
              {option === 'body' ? 'Text' : option === 'table' ? 'Table' : 'Chart'}
            </label>
          ))}
        </fieldset>
      )}
      {view === 'chart' && table && chart && (
        <Suspense fallback={<p className="muted">Drawing the chart…</p>}>
          <AnswerChart table={table} spec={chart} describedBy={tableId} />
        </Suspense>
      )}
      {(view === 'table' || view === 'chart') && table ? (
        <AnswerTableView table={table} id={tableId} fileName={`${shown.operationId}.csv`} />
      ) : response.bodyBlob ? (
        <BinaryBody blob={response.bodyBlob} truncated={response.truncated} fileName={fileName} />
      ) : (
        <>
          <div className="body-actions">
            <DownloadButton body={response.bodyText} fileName={fileName} />
            {/* A body shown by its first part is copied whole, as received. */}
            <CopyButton
              label="Copy body"
              text={() => (firstPart ? response.bodyText : body.text)}
              done={
                firstPart
                  ? `Body copied (all ${formatSize(wholeBytes || response.bodyBytes)})`
                  : 'Body copied'
              }
            />
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
              {highlighted ? (
                // biome-ignore lint/security/noDangerouslySetInnerHtml: Prism escapes every token; tested in highlight-body.test.ts
                <code dangerouslySetInnerHTML={{ __html: highlighted.html }} />
              ) : (
                <code>{body.text}</code>
              )}
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

/** The re-indented first part of a big or cut body; undefined until the re-indenter has loaded. */
function useCutPreview(response: ResponseRecord, wanted: boolean): CutBodyPreview | undefined {
  const [preview, setPreview] = useState<{ of: ResponseRecord; value: CutBodyPreview }>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    // Only big and cut bodies need it: the formatter is its own chunk.
    void import('../../response/reformat-json-prefix.ts').then(({ reformatJsonPrefix }) => {
      const value = cutBodyPreview(response.bodyText, response.contentType, reformatJsonPrefix);
      if (live) setPreview({ of: response, value });
    });
    return () => {
      live = false;
    };
  }, [response, wanted]);
  return preview?.of === response ? preview.value : undefined;
}

/**
 * The JSON value of a big body, parsed after the first part is painted and the check has been posted to its
 * worker (both wait for a paint too, and ask first), in a task of its own; undefined until then, or when
 * the body is not JSON. The `tryit:body-parse` measure records it for the page benchmark.
 */
function useParsedLater(response: ResponseRecord, wanted: boolean): unknown {
  const [parsed, setParsed] = useState<{ of: ResponseRecord; value: unknown }>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void afterPaint().then(() => {
      if (!live) return;
      const started = performance.now();
      const json = parseJsonBody(response.bodyText, response.contentType);
      performance.measure('tryit:body-parse', {
        start: started,
        detail: { characters: response.bodyText.length },
      });
      if (json.ok) setParsed({ of: response, value: json.value });
    });
    return () => {
      live = false;
    };
  }, [response, wanted]);
  return parsed?.of === response ? parsed.value : undefined;
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

/**
 * Where the answer on show comes from when it is not the latest send (history), and what the browser could not
 * send (cookies, forbidden headers, missing files or keys), said plainly.
 */
export function NotSentNote({
  notSent,
  keyHeldByGateway,
  shown,
}: {
  notSent: NotSent;
  keyHeldByGateway: boolean;
  shown?: ShownResponse | undefined;
}) {
  const from =
    shown?.fromHistory === undefined ? null : (
      <p className="notice">
        From history: {shown.request.method} {shown.request.path}, sent{' '}
        {new Date(shown.fromHistory).toLocaleString()}.
      </p>
    );
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
  if (lines.length === 0) return from;
  return (
    <>
      {from}
      <ul className="notice not-sent">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
