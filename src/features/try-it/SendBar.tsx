import type { ReactNode } from 'react';

/** Send / Send anyway / Cancel, with the reason Send is blocked, and the latest answer in one line. */
export function SendBar({
  invalidFields,
  pending,
  summary,
  onSendAnyway,
  onCancel,
  onFillExamples,
  onReset,
}: {
  invalidFields: string[];
  pending: boolean;
  /** The latest response in one line: the bar stays in view, so the answer is in view the moment it comes. */
  summary?: ReactNode;
  onSendAnyway: () => void;
  onCancel: () => void;
  onFillExamples: () => void;
  onReset: () => void;
}) {
  const blocked = invalidFields.length > 0;
  return (
    <div className="send-bar">
      <button type="submit" className="primary" disabled={blocked || pending} aria-describedby="send-status">
        Send
      </button>
      {pending && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      {blocked && !pending && (
        <button type="button" className="link-button" onClick={onSendAnyway}>
          Send anyway
        </button>
      )}
      <button type="button" className="link-button" onClick={onFillExamples}>
        Fill example values
      </button>
      <button type="button" className="link-button" onClick={onReset}>
        Reset form
      </button>
      <span id="send-status" className={blocked ? 'field-error' : 'muted send-hint'}>
        {pending ? 'Sending…' : blocked ? `Fix ${invalidFields.join(', ')} to send.` : 'Ctrl+Enter sends.'}
      </span>
      {summary}
    </div>
  );
}
