import type { ObjectNode } from '../../body-tree/body-node.ts';
import { controlId } from '../../body-tree/control-id.ts';
import { getAt } from '../../body-tree/get-at.ts';
import { otherProperties } from '../../body-tree/other-properties.ts';
import { updateAt } from '../../body-tree/update-at.ts';
import { isRecord } from '../../openapi/is-record.ts';
import { BodyNodeField } from './BodyNodeField.tsx';
import type { FieldProps } from './field-props.ts';
import { GroupShell } from './GroupShell.tsx';
import { MapEntries } from './MapEntries.tsx';
import { OtherProperties } from './OtherProperties.tsx';

/**
 * An object's properties, required ones first (schema order within each group: large bodies such as chat
 * completions list dozens of optional fields before `model` and `messages`), then map entries, then other
 * keys (read-only). The JSON keeps the order the user filled in.
 */
export function ObjectFields(props: FieldProps & { node: ObjectNode }) {
  const { node, path, value, required, depth, idPrefix, onChange } = props;
  const id = controlId(idPrefix, path);
  const record = isRecord(value) ? value : undefined;
  const setProperty = (name: string, next: unknown) => {
    const updated = updateAt(record, [name], next);
    // Clearing the last field of an optional object leaves the object out too, not `{}`.
    const empty = isRecord(updated) && Object.keys(updated).length === 0;
    onChange(empty && !required ? undefined : updated);
  };
  return (
    <GroupShell props={props} id={id}>
      {node.properties.length === 0 && !node.additional && <p className="muted">No documented properties.</p>}
      {[...node.properties.filter((p) => p.required), ...node.properties.filter((p) => !p.required)].map(
        (property) => (
          <BodyNodeField
            key={property.name}
            node={property.node}
            name={property.name}
            path={[...path, property.name]}
            value={getAt(record, [property.name])}
            required={property.required}
            depth={depth + 1}
            idPrefix={idPrefix}
            onChange={(next) => setProperty(property.name, next)}
          />
        ),
      )}
      {node.additional && (
        <MapEntries {...props} additional={node.additional} value={record} onChange={onChange} />
      )}
      <OtherProperties entries={otherProperties(node, record)} id={id} />
    </GroupShell>
  );
}
