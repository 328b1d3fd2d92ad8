import { lazy, Suspense, useId, useMemo, useState } from 'react';
import packageJson from '../../../package.json';
import { useRouter } from '../../app/router/router-context.tsx';
import { exportHar } from '../../history/export-har.ts';
import { filterHistory } from '../../history/filter-history.ts';
import type { HistoryEntry, HistorySummary } from '../../history/history-entry.ts';
import { formatDuration } from '../../response/format-response.ts';
import { encodeShareParams } from '../../storage/share-link-codec.ts';
import { operationSchemes } from '../../transport/operation-schemes.ts';
import type { ExploreContext } from '../explore-context.ts';
import type { SendState } from '../send-state.ts';
import { useHistory } from './use-history.ts';
import './history-panel.css';

// The diff library loads only when two answers are compared.
const CompareView = lazy(() => import('./CompareView.tsx'));

const NO_NOT_SENT = { cookies: [], headers: [], files: [], missingCredentials: [], unsupportedSchemes: [] };

/**
 * The "History" region: every request of this API sent from this device (kept in IndexedDB, without
 * credentials), newest first, to filter, show again, restore into the form, resend, delete, compare and
 * export as HAR 1.2.
 */
export default function HistoryPanel({ send, explore }: { send: SendState; explore: ExploreContext }) {
  const { api, operationId, gatewayUrl, credentials, gatewayToken, secrets } = explore;
  const router = useRouter();
  const history = useHistory(api.config.apiId);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[HistoryEntry, HistoryEntry]>();
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');
  const filterId = useId();
  const shown = useMemo(() => filterHistory(history.entries, filter), [history.entries, filter]);
  const { store } = history;

  const operationOf = (entry: HistorySummary) => api.operations.find((op) => op.id === entry.operationId);
  const labelOf = (entry: HistorySummary) =>
    `${entry.request.method} ${entry.request.path}, ${new Date(entry.at).toLocaleString()}`;

  const showAgain = async (entry: HistorySummary) => {
    const full = await store?.get(entry.id);
    if (!full) return setStatus('That entry could not be read.');
    const result = full.response
      ? { response: full.response, ...(full.failure ? { failure: full.failure } : {}), notSent: NO_NOT_SENT }
      : {
          failure: full.failure ?? { hop: 'browser' as const, message: 'No answer was kept.' },
          notSent: NO_NOT_SENT,
        };
    send.show({
      result,
      operationId: full.operationId,
      request: full.request,
      values: full.values,
      fromHistory: full.at,
      ...(full.pages ? { pages: full.pages } : {}),
      ...(full.bodyNote ? { bodyNote: full.bodyNote } : {}),
    });
  };

  const restore = (entry: HistorySummary) => {
    if (entry.operationId === operationId) {
      explore.fillForm(entry.values, false);
      setStatus(`Restored ${labelOf(entry)} into the form.`);
    } else {
      // Another operation's page opens with the values, as a share link would.
      router.navigate({ operationId: entry.operationId, query: encodeShareParams(entry.values, {}, []) });
    }
  };

  const resend = (entry: HistorySummary) => {
    const operation = operationOf(entry);
    if (!operation) return;
    send.start({
      gatewayUrl,
      request: entry.request,
      schemes: operationSchemes(api, operation),
      credentials,
      origin: { apiId: api.config.apiId, operationId: entry.operationId, values: entry.values, secrets },
      ...(gatewayToken ? { gatewayToken } : {}),
    });
  };

  const toggle = (id: number, on: boolean) =>
    setSelected((ids) => (on ? [...ids.filter((x) => x !== id), id].slice(-2) : ids.filter((x) => x !== id)));

  const compare = async () => {
    const [a, b] = await Promise.all(selected.map((id) => store?.get(id)));
    if (!a || !b) return setStatus('Those entries could not be read.');
    setComparing(a.at <= b.at ? [a, b] : [b, a]);
  };

  const downloadHar = async () => {
    if (!store) return;
    const full = (await Promise.all(shown.map((entry) => store.get(entry.id)))).filter(
      (entry): entry is HistoryEntry => entry !== undefined,
    );
    const har = exportHar(full, { name: 'Try It', version: packageJson.version });
    const url = URL.createObjectURL(new Blob([JSON.stringify(har, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${api.config.apiId}-history.har`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(`Exported ${full.length} ${full.length === 1 ? 'entry' : 'entries'} as HAR 1.2.`);
  };

  return (
    <section className="panel-section history" aria-labelledby="history-heading">
      <h3 id="history-heading">History</h3>
      {history.note && (
        <p className="notice" role="status">
          {history.note}
        </p>
      )}
      {history.entries.length === 0 ? (
        <p className="muted">
          {history.kind === 'indexeddb'
            ? 'Requests you send are kept here, on this device, without credentials.'
            : 'Requests you send are listed here.'}
        </p>
      ) : (
        <>
          <div className="history-tools">
            <div className="field">
              <label htmlFor={filterId}>Filter history</label>
              <input
                id={filterId}
                type="search"
                value={filter}
                placeholder="e.g. costs 429"
                onChange={(event) => setFilter(event.target.value)}
              />
            </div>
            <button type="button" onClick={() => void downloadHar()} disabled={shown.length === 0}>
              Export HAR
            </button>
            {confirmClear ? (
              <span className="confirm">
                Delete all {history.entries.length} entries?{' '}
                <button
                  type="button"
                  onClick={() => {
                    setConfirmClear(false);
                    setSelected([]);
                    setComparing(undefined);
                    void store?.clear(api.config.apiId);
                  }}
                >
                  Yes, clear history
                </button>{' '}
                <button type="button" onClick={() => setConfirmClear(false)}>
                  Keep them
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirmClear(true)}>
                Clear history
              </button>
            )}
          </div>
          <p className="visually-hidden" role="status">
            {status}
          </p>
          {/* biome-ignore lint/a11y/useSemanticElements: a named, focusable scroll box around the table */}
          <div
            className="history-scroll"
            role="group"
            aria-label="History entries"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the box scrolls, so it must take keyboard focus
            tabIndex={0}
          >
            <table className="history-table">
              <caption className="muted">
                {shown.length === history.entries.length
                  ? `${history.entries.length} ${history.entries.length === 1 ? 'request' : 'requests'}, newest first`
                  : `${shown.length} of ${history.entries.length} requests match`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">When</th>
                  <th scope="col">Method</th>
                  <th scope="col">Path</th>
                  <th scope="col">Status</th>
                  <th scope="col">Time</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((entry) => {
                  const label = labelOf(entry);
                  return (
                    <tr key={entry.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Compare ${label}`}
                          checked={selected.includes(entry.id)}
                          onChange={(event) => toggle(entry.id, event.target.checked)}
                        />
                      </td>
                      <td>
                        <time dateTime={new Date(entry.at).toISOString()}>
                          {new Date(entry.at).toLocaleString()}
                        </time>
                      </td>
                      <td>{entry.request.method}</td>
                      <td className="history-path">
                        <code>{entry.request.path}</code>
                        {entry.pages && <span className="muted"> ({entry.pages.pages} pages merged)</span>}
                      </td>
                      <td>{statusOf(entry)}</td>
                      <td className="numeric">
                        {entry.response ? formatDuration(entry.response.durationMs) : ''}
                      </td>
                      <td className="history-actions">
                        <button
                          type="button"
                          aria-label={`Show ${label}`}
                          onClick={() => void showAgain(entry)}
                        >
                          Show
                        </button>
                        <button type="button" aria-label={`Restore ${label}`} onClick={() => restore(entry)}>
                          Restore
                        </button>
                        <button
                          type="button"
                          aria-label={`Resend ${label}`}
                          disabled={send.pending || !operationOf(entry)}
                          onClick={() => resend(entry)}
                        >
                          Resend
                        </button>
                        <button
                          type="button"
                          aria-label={`Delete ${label}`}
                          onClick={() => {
                            toggle(entry.id, false);
                            void store?.remove(entry.id);
                          }}
                        >
                          Delete
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="body-actions">
            <button type="button" disabled={selected.length !== 2} onClick={() => void compare()}>
              Compare selected
            </button>
            <span className="muted">
              {selected.length === 2 ? 'Two answers selected.' : 'Tick two answers to compare them.'}
            </span>
          </div>
          {comparing && (
            <Suspense fallback={<p className="muted">Loading the comparison…</p>}>
              <CompareView left={comparing[0]} right={comparing[1]} onClose={() => setComparing(undefined)} />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}

function statusOf(entry: HistorySummary): string {
  if (entry.response) return `${entry.response.status} ${entry.response.statusText}`;
  return entry.failure?.hop === 'aborted' ? 'cancelled' : 'failed';
}
