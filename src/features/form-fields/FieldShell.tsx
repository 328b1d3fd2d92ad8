import type { ReactNode } from 'react';
import type { FormField } from '../../form/form-model.ts';

/** Label, markers, hint and error around one control; ids wire aria-describedby. */
export function FieldShell({
  field,
  hint,
  error,
  children,
  asGroup,
}: {
  field: FormField;
  hint?: string;
  error?: string;
  children: ReactNode;
  /** Arrays and pickers with several controls render as a labelled group. */
  asGroup?: boolean;
}) {
  const markers = (
    <>
      {field.required && <span className="required-mark"> required</span>}
      {field.deprecated && <span className="badge deprecated-badge">deprecated</span>}
      <span className="field-type"> {field.location}</span>
    </>
  );
  const footer = (
    <>
      {hint && (
        <p className="hint" id={`${field.key}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${field.key}-error`}>
          {error}
        </p>
      )}
    </>
  );
  if (asGroup) {
    return (
      <fieldset className="field" aria-describedby={describedBy(field.key, hint, error)}>
        <legend>
          <code>{field.name}</code>
          {markers}
        </legend>
        {children}
        {footer}
      </fieldset>
    );
  }
  return (
    <div className="field">
      <label htmlFor={field.key}>
        <code>{field.name}</code>
        {markers}
      </label>
      {children}
      {footer}
    </div>
  );
}

/** The aria-describedby value for a control with an optional hint and error. */
export function describedBy(
  key: string,
  hint: string | undefined,
  error: string | undefined,
): string | undefined {
  const ids = [hint ? `${key}-hint` : '', error ? `${key}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
