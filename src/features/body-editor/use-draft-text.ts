import { useState } from 'react';

/**
 * Text typed into a control that stands for a JSON value: the typed text is shown as long as it still
 * stands for the current value (so `1.` or invalid JSON stay on screen while typing), and the formatted
 * value is shown once the value changes from elsewhere.
 */
export function useDraftText(
  value: unknown,
  format: (value: unknown) => string,
): [text: string, setDraft: (text: string, standsFor: unknown) => void] {
  const [draft, setDraftState] = useState<{ text: string; standsFor: string | undefined } | null>(null);
  const key = JSON.stringify(value);
  const text = draft && draft.standsFor === key ? draft.text : format(value);
  const setDraft = (next: string, standsFor: unknown) =>
    setDraftState({ text: next, standsFor: JSON.stringify(standsFor) });
  return [text, setDraft];
}
