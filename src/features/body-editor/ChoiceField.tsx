import type { BooleanNode, EnumNode } from '../../body-tree/body-node.ts';
import { controlId } from '../../body-tree/control-id.ts';
import { fieldHint } from '../../body-tree/field-hint.ts';
import { describedByIds, FieldError } from './FieldError.tsx';
import { FieldHint } from './FieldHint.tsx';
import { FieldLabel } from './FieldLabel.tsx';
import type { FieldProps } from './field-props.ts';

const CURRENT = 'current';

/** A select for an enum or a boolean; a value outside the list is shown as its own option and kept. */
export function ChoiceField({
  node,
  name,
  path,
  value,
  required,
  item,
  idPrefix,
  onChange,
  error,
}: FieldProps & { node: EnumNode | BooleanNode }) {
  const id = controlId(idPrefix, path);
  const options: (string | number | boolean)[] = node.kind === 'boolean' ? [true, false] : node.values;
  const index = options.indexOf(value as string | number | boolean);
  const outside = value !== undefined && value !== null && index < 0;
  const selected = index >= 0 ? String(index) : outside ? CURRENT : '';
  return (
    <div className="field">
      <label htmlFor={id}>
        <FieldLabel name={name} node={node} required={required} item={item} />
      </label>
      <select
        id={id}
        value={selected}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds(id, Boolean(fieldHint(node)), error)}
        onChange={(event) => {
          const picked = event.target.value;
          if (picked === CURRENT) return;
          onChange(picked === '' ? undefined : options[Number(picked)]);
        }}
      >
        <option value="">{required ? 'Choose…' : '— not set —'}</option>
        {outside && <option value={CURRENT}>{`${JSON.stringify(value)} (not in the list)`}</option>}
        {options.map((option, i) => (
          <option key={String(option)} value={String(i)}>
            {String(option)}
          </option>
        ))}
      </select>
      <FieldHint node={node} id={`${id}-hint`} />
      <FieldError error={error} id={`${id}-error`} />
    </div>
  );
}
