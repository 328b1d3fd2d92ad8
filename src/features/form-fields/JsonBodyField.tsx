import { useMemo } from 'react';
import { type Control, Controller } from 'react-hook-form';
import { hasFormView } from '../../body-tree/has-form-view.ts';
import type { FormField, FormValues } from '../../form/form-model.ts';
import { BodyProblemList } from '../body-editor/BodyProblemList.tsx';
import { type BodyProblem, JsonBodyEditor } from '../body-editor/JsonBodyEditor.tsx';
import { describedBy, FieldShell } from './FieldShell.tsx';

/**
 * A JSON request body: the nested form + raw JSON editor when the schema has a shape to show, else a plain
 * JSON text box. Loaded on demand: only operations with a JSON body need it.
 */
export default function JsonBodyField({
  field,
  control,
  hint,
  error,
  problems,
}: {
  field: FormField;
  control: Control<FormValues>;
  hint: string | undefined;
  error: string | undefined;
  /** Where the body breaks its schema (JSON pointers), from the form's one validation. */
  problems: readonly BodyProblem[];
}) {
  // Describing a large body schema takes milliseconds; this component re-renders on every keystroke.
  const withForm = useMemo(() => hasFormView(field.schema), [field.schema]);
  return (
    <FieldShell field={field} hint={hint} error={error} asGroup={withForm}>
      <Controller
        control={control}
        name={field.key}
        render={({ field: c }) =>
          withForm ? (
            <JsonBodyEditor
              schema={field.schema}
              value={typeof c.value === 'string' ? c.value : ''}
              onChange={c.onChange}
              onBlur={c.onBlur}
              idPrefix={field.key}
              label={field.name}
              describedBy={describedBy(field.key, hint, error)}
              invalid={Boolean(error)}
              problems={problems}
            />
          ) : (
            <>
              <textarea
                id={field.key}
                className="code-input"
                rows={8}
                spellCheck={false}
                value={typeof c.value === 'string' ? c.value : ''}
                onChange={c.onChange}
                onBlur={c.onBlur}
                aria-describedby={
                  [describedBy(field.key, hint, error), problems.length > 0 ? `${field.key}--problems` : '']
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                aria-invalid={error ? true : undefined}
              />
              <BodyProblemList problems={problems} id={`${field.key}--problems`} label={field.name} />
            </>
          )
        }
      />
    </FieldShell>
  );
}
