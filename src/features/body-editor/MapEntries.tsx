import type { BodyNode, ObjectNode } from '../../body-tree/body-node.ts';
import { controlId } from '../../body-tree/control-id.ts';
import { mapEntries } from '../../body-tree/map-entries.ts';
import { newItemValue } from '../../body-tree/new-item-value.ts';
import { nextMapKey } from '../../body-tree/next-map-key.ts';
import { removeAt } from '../../body-tree/remove-at.ts';
import { renameKey } from '../../body-tree/rename-key.ts';
import { setAt } from '../../body-tree/set-at.ts';
import { BodyNodeField } from './BodyNodeField.tsx';
import type { FieldProps } from './field-props.ts';
import { useDraftText } from './use-draft-text.ts';

/** Key/value rows for an `additionalProperties` map: rename, edit, add and remove entries. */
export function MapEntries({
  node,
  name,
  path,
  value,
  depth,
  idPrefix,
  onChange,
  additional,
}: FieldProps & { node: ObjectNode; additional: BodyNode }) {
  const entries = mapEntries(node, value);
  const id = controlId(idPrefix, path);
  return (
    <div className="map-entries">
      {entries.map(([key, item], index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional so a key being typed keeps focus
        <div className="map-entry" key={index}>
          <MapKeyInput
            id={`${id}--key-${index}`}
            label={`${name} key ${index + 1}`}
            current={key}
            rename={(to) => {
              const renamed = renameKey(value, key, to);
              if (renamed !== value) onChange(renamed);
              return renamed !== value;
            }}
          />
          <BodyNodeField
            node={additional}
            name={key}
            path={[...path, key]}
            value={item}
            required
            item
            depth={depth + 1}
            idPrefix={idPrefix}
            onChange={(next) => onChange(setAt(value, [key], next === undefined ? null : next))}
          />
          <button type="button" className="link-button" onClick={() => onChange(removeAt(value, [key]))}>
            Remove {name} entry {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => onChange(setAt(value ?? {}, [nextMapKey(value)], newItemValue(additional)))}
      >
        Add {name} entry
      </button>
    </div>
  );
}

/** A map key box: a key that is empty or already used stays in the box, flagged, until it is unique. */
function MapKeyInput({
  id,
  label,
  current,
  rename,
}: {
  id: string;
  label: string;
  current: string;
  rename: (to: string) => boolean;
}) {
  const [text, setDraft] = useDraftText(current, (v) => String(v));
  const invalid = text !== current;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          const renamed = typed !== '' && rename(typed);
          setDraft(typed, renamed ? typed : current);
        }}
      />
      {invalid && (
        <p className="field-error" id={`${id}-error`}>
          {text === '' ? 'A key cannot be empty.' : 'This key is already used.'}
        </p>
      )}
    </div>
  );
}
