import { useState } from 'react';

/**
 * A button that copies text and says how that went, in a status beside it. Clipboard access needs a secure
 * context (https or localhost): elsewhere it says so, with `fallback` (e.g. the text itself) to copy by hand.
 */
export function CopyButton({
  label,
  text,
  done,
  fallback = 'Copy failed: select the text and copy it by hand',
}: {
  label: string;
  /** The text, computed on click (share links are not needed on every keystroke). */
  text: () => string;
  done: string;
  fallback?: string | ((text: string) => string);
}) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() => {
          const value = text();
          const failed = () => setStatus(typeof fallback === 'function' ? fallback(value) : fallback);
          if (!navigator.clipboard) return failed();
          navigator.clipboard.writeText(value).then(() => setStatus(done), failed);
        }}
      >
        {label}
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </>
  );
}
