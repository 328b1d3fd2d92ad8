import type { ScalarNode } from '../../body-tree/body-node.ts';
import { controlId } from '../../body-tree/control-id.ts';
import { fieldHint } from '../../body-tree/field-hint.ts';
import { parseScalarInput } from '../../body-tree/parse-scalar-input.ts';
import { scalarText } from '../../body-tree/scalar-text.ts';
import { sampleString } from '../../form/sample-string.ts';
import { describedByIds, FieldError } from './FieldError.tsx';
import { FieldHint } from './FieldHint.tsx';
import { FieldLabel } from './FieldLabel.tsx';
import type { FieldProps } from './field-props.ts';
import { useDraftText } from './use-draft-text.ts';

/** A text box for a string or number; numbers stay as typed while they do not parse, so nothing is lost. */
export function ScalarField({
  node,
  name,
  path,
  value,
  required,
  item,
  idPrefix,
  onChange,
  error,
}: FieldProps & { node: ScalarNode }) {
  const id = controlId(idPrefix, path);
  const [text, setDraft] = useDraftText(value, scalarText);
  const listId = node.suggestions?.length ? `${id}-list` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        <FieldLabel name={name} node={node} required={required} item={item} />
      </label>
      <input
        id={id}
        type="text"
        value={text}
        list={listId}
        autoComplete="off"
        spellCheck={false}
        inputMode={node.type === 'integer' ? 'numeric' : node.type === 'number' ? 'decimal' : undefined}
        className={node.type === 'string' ? undefined : 'numeric'}
        placeholder={node.format ? sampleString(node.schema, new Date()) : undefined}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds(id, Boolean(fieldHint(node)), error)}
        onChange={(event) => {
          const next = parseScalarInput(node, event.target.value, required);
          setDraft(event.target.value, next);
          onChange(next);
        }}
      />
      {listId && (
        <datalist id={listId}>
          {node.suggestions?.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      <FieldHint node={node} id={`${id}-hint`} />
      <FieldError error={error} id={`${id}-error`} />
    </div>
  );
}
