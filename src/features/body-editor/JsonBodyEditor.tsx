import { useMemo, useState } from 'react';
import { describeBodyNode } from '../../body-tree/describe-body-node.ts';
import { formatBodyText } from '../../body-tree/format-body-text.ts';
import { parseBodyText } from '../../body-tree/parse-body-text.ts';
import type { Schema } from '../../openapi/model.ts';
import { BodyNodeField } from './BodyNodeField.tsx';

type Mode = 'form' | 'json';

/**
 * A JSON request body edited as a nested form or as raw JSON. The value is always the raw JSON text: the
 * JSON mode edits it as typed, the form mode edits the parsed value and writes it back formatted, and text
 * that does not parse keeps the form mode disabled so nothing is ever lost.
 */
export function JsonBodyEditor({
  schema,
  value,
  onChange,
  idPrefix,
  label,
  describedBy,
  invalid,
  onBlur,
}: {
  schema: Schema;
  /** The raw JSON text ('' = no body yet). */
  value: string;
  onChange: (text: string) => void;
  /** Prefix of every control id; the JSON textarea gets exactly this id. */
  idPrefix: string;
  /** The body's name, used in the labels of its controls. */
  label: string;
  /** Ids of the hint/error of the whole body, for the JSON textarea. */
  describedBy?: string;
  invalid?: boolean;
  /** Called when focus leaves any control (react-hook-form's touched state). */
  onBlur?: () => void;
}) {
  const root = useMemo(() => describeBodyNode(schema), [schema]);
  const parsed = useMemo(() => parseBodyText(value), [value]);
  const [mode, setMode] = useState<Mode>(() => (parseBodyText(value).ok ? 'form' : 'json'));
  const shown: Mode = parsed.ok ? mode : 'json';
  const modeName = `${idPrefix}--mode`;
  const blockedId = `${idPrefix}--form-blocked`;
  return (
    <fieldset className="field body-editor" aria-label={`${label} editor`} onBlur={onBlur}>
      <div role="radiogroup" aria-label={`Edit ${label} as`} className="inline-controls">
        {(['form', 'json'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={modeName}
              value={option}
              checked={shown === option}
              disabled={option === 'form' && !parsed.ok}
              aria-describedby={option === 'form' && !parsed.ok ? blockedId : undefined}
              onChange={() => setMode(option)}
            />{' '}
            {option === 'form' ? 'Form' : 'JSON'}
          </label>
        ))}
      </div>
      {!parsed.ok && (
        <p className="hint" id={blockedId}>
          Fix the JSON to edit it as a form
        </p>
      )}
      {shown === 'json' || !parsed.ok ? (
        <div className="field">
          <label htmlFor={idPrefix} className="hint">
            {label} as JSON
          </label>
          <textarea
            id={idPrefix}
            className="code-input"
            rows={12}
            spellCheck={false}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      ) : (
        <BodyNodeField
          node={root}
          name={label}
          path={[]}
          value={parsed.value}
          required
          depth={0}
          idPrefix={idPrefix}
          onChange={(next) => onChange(formatBodyText(next))}
          bare
        />
      )}
    </fieldset>
  );
}
