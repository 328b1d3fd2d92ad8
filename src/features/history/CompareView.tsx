import { useMemo, useState } from 'react';
import 'jsondiffpatch/formatters/styles/html.css';
import { compareAnswers } from '../../compare/compare-answers.ts';
import type { HistoryEntry } from '../../history/history-entry.ts';
import './compare-view.css';

/** Two answers from history side by side as one JSON diff (jsondiffpatch), with the changes listed. */
export default function CompareView({
  left,
  right,
  onClose,
}: {
  /** The older answer. */
  left: HistoryEntry;
  right: HistoryEntry;
  onClose: () => void;
}) {
  const comparison = useMemo(() => compareAnswers(toCompared(left), toCompared(right)), [left, right]);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const { counts } = comparison;
  const name = (entry: HistoryEntry) =>
    `${entry.request.method} ${entry.request.path} (${new Date(entry.at).toLocaleString()})`;
  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <h4 id="compare-heading">Differences</h4>
      <p>
        From {name(left)} to {name(right)}:{' '}
        <strong>
          {comparison.same
            ? 'the two answers are the same.'
            : `${counts.changed} changed, ${counts.added} added, ${counts.removed} removed${counts.moved ? `, ${counts.moved} moved` : ''}.`}
        </strong>
      </p>
      {!comparison.same && (
        <>
          <details>
            <summary>Changes by location ({comparison.operations.length})</summary>
            <ul className="compare-operations">
              {comparison.operations.slice(0, 200).map((operation, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same path can appear twice (move then add)
                <li key={i}>
                  {OP_WORD[operation.op] ?? operation.op} <code>{operation.path}</code>
                </li>
              ))}
            </ul>
          </details>
          <label>
            <input
              type="checkbox"
              checked={showUnchanged}
              onChange={(event) => setShowUnchanged(event.target.checked)}
            />{' '}
            Show unchanged fields
          </label>
          {/* biome-ignore lint/a11y/useSemanticElements: a named, focusable scroll box around the diff */}
          <div
            className={`code-scroll compare-diff${showUnchanged ? '' : ' hide-unchanged'}`}
            role="group"
            aria-label="JSON diff"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the box scrolls, so it must take keyboard focus
            tabIndex={0}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: jsondiffpatch's formatter escapes every key and value; tested in compare-answers.test.ts
            dangerouslySetInnerHTML={{ __html: comparison.html }}
          />
        </>
      )}
      <button type="button" onClick={onClose}>
        Close comparison
      </button>
    </section>
  );
}

const OP_WORD: Record<string, string> = {
  replace: 'changed',
  add: 'added',
  remove: 'removed',
  move: 'moved',
};

function toCompared(entry: HistoryEntry): { status: number; body: unknown } {
  const text = entry.response?.bodyText ?? '';
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: compared as text.
  }
  return { status: entry.response?.status ?? 0, body };
}
