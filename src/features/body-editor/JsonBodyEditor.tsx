import { useMemo, useState } from 'react';
import { describeBodyNode } from '../../body-tree/describe-body-node.ts';
import { formatBodyText } from '../../body-tree/format-body-text.ts';
import { parseBodyText } from '../../body-tree/parse-body-text.ts';
import type { Schema } from '../../openapi/model.ts';
import { BodyNodeField } from './BodyNodeField.tsx';
import { BodyProblemList } from './BodyProblemList.tsx';
import { BodyProblemsContext } from './use-body-problem.ts';

type Mode = 'form' | 'json';

/** One schema problem of the body: where (JSON pointer, '' = the whole body) and what. */
export interface BodyProblem {
  pointer: string;
  message: string;
}

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
  problems = [],
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
  /** The body's schema problems: beside their controls in the form view, listed by pointer in the JSON view. */
  problems?: readonly BodyProblem[];
}) {
  const root = useMemo(() => describeBodyNode(schema), [schema]);
  const byPointer = useMemo(() => {
    const map = new Map<string, string>();
    for (const { pointer, message } of problems) {
      const before = map.get(pointer);
      map.set(pointer, before ? `${before}. ${message}` : message);
    }
    return map;
  }, [problems]);
  const listId = `${idPrefix}--problems`;
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
      {/* The form view shows each problem beside its control; only the whole body's own are listed there. */}
      <BodyProblemList
        problems={shown === 'json' ? problems : problems.filter((problem) => problem.pointer === '')}
        id={listId}
        label={label}
      />
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
            aria-describedby={
              [describedBy, problems.length > 0 ? listId : ''].filter(Boolean).join(' ') || undefined
            }
            aria-invalid={invalid || problems.length > 0 || undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      ) : (
        <BodyProblemsContext.Provider value={byPointer}>
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
        </BodyProblemsContext.Provider>
      )}
    </fieldset>
  );
}
