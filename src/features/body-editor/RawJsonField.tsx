import { useState } from 'react';
import { controlId } from '../../body-tree/control-id.ts';
import { formatBodyText } from '../../body-tree/format-body-text.ts';
import { parseBodyText } from '../../body-tree/parse-body-text.ts';
import { FieldLabel } from './FieldLabel.tsx';
import type { FieldProps } from './field-props.ts';
import { useDraftText } from './use-draft-text.ts';

/**
 * Raw JSON for a subtree the form cannot model (a cut cycle, an untyped value, a value of another shape).
 * Text that does not parse yet stays in the box and the body keeps the last valid value.
 */
export function RawJsonField({
  node,
  name,
  path,
  value,
  required,
  item,
  idPrefix,
  onChange,
  error: problem,
}: FieldProps) {
  const id = controlId(idPrefix, path);
  const [text, setDraft] = useDraftText(value, formatBodyText);
  const [syntax, setSyntax] = useState<string>();
  // A syntax error in the draft comes first: the body still holds the last valid value, which the check read.
  const error = syntax ?? problem;
  const why =
    node.kind === 'circular'
      ? `Edited as JSON: ${node.name} contains itself.`
      : 'Edited as JSON: the form has no control for this shape.';
  return (
    <div className="field">
      <label htmlFor={id}>
        <FieldLabel name={name} node={node} required={required} item={item} />
      </label>
      <textarea
        id={id}
        className="code-input"
        rows={Math.min(12, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => {
          const typed = event.target.value;
          const parsed = parseBodyText(typed);
          if (parsed.ok) {
            setDraft(typed, parsed.value);
            setSyntax(undefined);
            onChange(parsed.value);
          } else {
            setDraft(typed, value);
            setSyntax(`Not valid JSON yet (${parsed.message}); the body keeps the last valid value.`);
          }
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        {why}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
