/** Send / Send anyway / Cancel, with the reason Send is blocked. */
export function SendBar({
  invalidFields,
  pending,
  onSendAnyway,
  onCancel,
  onFillExamples,
  onReset,
}: {
  invalidFields: string[];
  pending: boolean;
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
      <span id="send-status" className={blocked ? 'field-error' : 'muted'}>
        {pending ? 'Sending…' : blocked ? `Fix ${invalidFields.join(', ')} to send.` : 'Ctrl+Enter sends.'}
      </span>
    </div>
  );
}
