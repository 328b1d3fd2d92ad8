import { useState } from 'react';
import type { VariantsNode } from '../../body-tree/body-node.ts';
import { controlId } from '../../body-tree/control-id.ts';
import { pickVariant } from '../../body-tree/pick-variant.ts';
import { switchVariant } from '../../body-tree/switch-variant.ts';
import { BodyNodeField } from './BodyNodeField.tsx';
import type { FieldProps } from './field-props.ts';
import { GroupShell } from './GroupShell.tsx';

/** A `oneOf`/`anyOf`: a select of the variants, then the controls of the one the value matches. */
export function VariantField(props: FieldProps & { node: VariantsNode }) {
  const { node, name, path, value, required, depth, idPrefix, onChange } = props;
  // The user's last choice sticks while the value fits it (several variants can fit one value).
  const [preferred, setPreferred] = useState<number>();
  const id = controlId(idPrefix, path);
  const selectId = `${id}--variant`;
  const index = pickVariant(node.schema, value, preferred);
  const variant = node.variants[index] ?? node.variants[0];
  return (
    <GroupShell props={props} id={id}>
      <div className="field">
        <label htmlFor={selectId}>{name} variant</label>
        <select
          id={selectId}
          value={String(index)}
          aria-describedby={`${selectId}-hint`}
          onChange={(event) => {
            const next = Number(event.target.value);
            setPreferred(next);
            onChange(switchVariant(node.schema, value, next));
          }}
        >
          {node.variants.map((option, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: variants are positional and titles may repeat
            <option key={i} value={String(i)}>
              {option.label}
            </option>
          ))}
        </select>
        {variant && (
          <p className="hint" id={`${selectId}-hint`}>
            {variant.label}: {variant.summary}
          </p>
        )}
      </div>
      {variant && (
        <BodyNodeField
          node={variant.node}
          name={name}
          path={path}
          value={value}
          required={required}
          item={props.item}
          depth={depth}
          idPrefix={idPrefix}
          onChange={onChange}
          bare
        />
      )}
    </GroupShell>
  );
}
