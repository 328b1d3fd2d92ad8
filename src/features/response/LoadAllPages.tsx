import { useEffect, useRef, useState } from 'react';
import type { Operation } from '../../openapi/model.ts';
import type { LoadProgress } from '../../paging/load-all-pages.ts';
import type { ResponseRecord } from '../../response/response-record.ts';
import type { ShownResponse } from '../../response/shown-response.ts';
import { operationSchemes } from '../../transport/operation-schemes.ts';
import type { ExploreContext } from '../explore-context.ts';

/**
 * "Load all pages": follows the cursor from the answer on show to the last page, with a progress bar and
 * Cancel, then shows the merged answer (and keeps it in history).
 */
export function LoadAllPages({
  shown,
  response,
  operation,
  explore,
  onShow,
}: {
  shown: ShownResponse;
  response: ResponseRecord;
  operation: Operation;
  explore: ExploreContext;
  onShow: (shown: ShownResponse) => void;
}) {
  const [progress, setProgress] = useState<LoadProgress>();
  const controller = useRef<AbortController | undefined>(undefined);
  // Another answer on show, or the panel closing, stops the loading.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const running = new AbortController();
    controller.current = running;
    setProgress({ pages: shown.pages?.pages ?? 1, items: 0 });
    const [{ loadAllPages }, { sendRequest }] = await Promise.all([
      import('../../paging/load-all-pages.ts'),
      import('../../transport/send-request.ts'),
    ]);
    const schemes = operationSchemes(explore.api, operation);
    const before = (shown.pages?.pages ?? 1) - 1;
    const loaded = await loadAllPages({
      operation,
      first: { request: shown.request, response },
      signal: running.signal,
      onProgress: (p) => setProgress({ ...p, pages: p.pages + before }),
      fetchPage: (request, signal) =>
        sendRequest({
          gatewayUrl: explore.gatewayUrl,
          request,
          schemes,
          credentials: explore.credentials,
          ...(explore.gatewayToken ? { gatewayToken: explore.gatewayToken } : {}),
          signal,
        }),
    });
    controller.current = undefined;
    setProgress(undefined);
    if (loaded.summary.pages < 2 && !loaded.stopped) return;
    const pages = {
      ...loaded.summary,
      pages: loaded.summary.pages + before,
      ...(loaded.stopped ? { stopped: loaded.stopped.message } : {}),
    };
    const merged: ShownResponse = {
      result: { response: loaded.response, notSent: shown.result.notSent },
      operationId: shown.operationId,
      request: shown.request,
      values: shown.values,
      pages,
    };
    onShow(merged);
    if (loaded.summary.pages < 2) return;
    const { recordHistory } = await import('../history/record-history.ts');
    await recordHistory(
      {
        apiId: explore.api.config.apiId,
        operationId: shown.operationId,
        at: Date.now(),
        request: shown.request,
        values: shown.values,
        result: merged.result,
        secrets: explore.secrets,
        pages,
      },
      schemes,
    );
  };

  if (!progress) {
    return (
      <button type="button" onClick={() => void start()}>
        Load all pages
      </button>
    );
  }
  const said =
    progress.waitMs === undefined
      ? `${progress.pages} ${plural(progress.pages, 'page')}, ${progress.items} ${plural(progress.items, 'item')} so far`
      : `Rate limited: waiting ${Math.ceil(progress.waitMs / 1000)} s before asking again (${progress.pages} ${plural(progress.pages, 'page')} so far)`;
  return (
    <div className="load-all" role="status">
      <progress aria-label="Loading all pages" aria-valuetext={said} />
      <span>{said}</span>
      <button type="button" onClick={() => controller.current?.abort()}>
        Cancel loading
      </button>
    </div>
  );
}

/** `page`/`pages`, `item`/`items`. */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
