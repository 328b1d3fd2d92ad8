import type { ArrayNode } from '../../body-tree/body-node.ts';
import { controlId } from '../../body-tree/control-id.ts';
import { newItemValue } from '../../body-tree/new-item-value.ts';
import { removeAt } from '../../body-tree/remove-at.ts';
import { setAt } from '../../body-tree/set-at.ts';
import { BodyNodeField } from './BodyNodeField.tsx';
import type { FieldProps } from './field-props.ts';
import { GroupShell } from './GroupShell.tsx';

/** An array's items, each with its own controls and a remove button, and an add button. */
export function ArrayItems(props: FieldProps & { node: ArrayNode }) {
  const { node, name, path, value, depth, idPrefix, onChange } = props;
  const items = Array.isArray(value) ? value : [];
  const atMax = node.maxItems !== undefined && items.length >= node.maxItems;
  return (
    <GroupShell props={props} id={controlId(idPrefix, path)}>
      {items.length === 0 && <p className="muted">No items.</p>}
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are positional; the index is their identity
        <div className="array-item-block" key={index}>
          <BodyNodeField
            node={node.item}
            name={`${name} item ${index + 1}`}
            path={[...path, index]}
            value={item}
            required
            item
            depth={depth + 1}
            idPrefix={idPrefix}
            // An item cannot be left out: cleared, it becomes null so the positions after it stay.
            onChange={(next) => onChange(setAt(items, [index], next === undefined ? null : next))}
          />
          <button type="button" className="link-button" onClick={() => onChange(removeAt(items, [index]))}>
            Remove {name} item {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        disabled={atMax}
        onClick={() => onChange([...items, newItemValue(node.item)])}
      >
        Add {name} item
      </button>
    </GroupShell>
  );
}
