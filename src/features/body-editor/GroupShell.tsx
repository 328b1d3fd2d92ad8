import type { ReactNode } from 'react';
import { fieldHint } from '../../body-tree/field-hint.ts';
import { Disclosure } from './Disclosure.tsx';
import { describedByIds, FieldError } from './FieldError.tsx';
import { FieldHint } from './FieldHint.tsx';
import { FieldLabel } from './FieldLabel.tsx';
import type { FieldProps } from './field-props.ts';

/** Levels deeper than this start collapsed. */
const OPEN_DEPTH = 3;

/** The fieldset and legend around an object, array or variant switcher; nothing around a bare one. */
export function GroupShell({ props, id, children }: { props: FieldProps; id: string; children: ReactNode }) {
  const { node, name, required, depth, bare, item, error } = props;
  if (bare) return <>{children}</>;
  return (
    <fieldset
      className="field"
      aria-describedby={describedByIds(id, Boolean(fieldHint(node)), error)}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        <FieldLabel name={name} node={node} required={required} item={item} />
      </legend>
      <FieldHint node={node} id={`${id}-hint`} />
      <FieldError error={error} id={`${id}-error`} />
      <Disclosure name={name} collapsed={depth > OPEN_DEPTH}>
        {children}
      </Disclosure>
    </fieldset>
  );
}
