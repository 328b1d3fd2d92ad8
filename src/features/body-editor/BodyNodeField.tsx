import type { ReactNode } from 'react';
import { controlId } from '../../body-tree/control-id.ts';
import { matchesKind } from '../../body-tree/matches-kind.ts';
import { ArrayItems } from './ArrayItems.tsx';
import { ChoiceField } from './ChoiceField.tsx';
import type { FieldProps } from './field-props.ts';
import { ObjectFields } from './ObjectFields.tsx';
import { RawJsonField } from './RawJsonField.tsx';
import { ScalarField } from './ScalarField.tsx';
import { useBodyProblem } from './use-body-problem.ts';
import { VariantField } from './VariantField.tsx';

/** The control for one body node, by kind; a value of another shape or a cut cycle is edited as raw JSON. */
export function BodyNodeField(fieldProps: FieldProps) {
  const { node, name, path, value, idPrefix, onChange, bare } = fieldProps;
  // A bare control shares its place with its parent (the root, a variant's body), which shows the problem.
  const problem = useBodyProblem(path);
  const props = { ...fieldProps, error: bare ? undefined : problem };
  const nullId = `${controlId(idPrefix, path)}--null`;
  const nullToggle = node.nullable && !bare && (
    <label className="hint" htmlFor={nullId}>
      <input
        id={nullId}
        type="checkbox"
        checked={value === null}
        onChange={(event) => onChange(event.target.checked ? null : undefined)}
      />{' '}
      {name} is null
    </label>
  );
  if (value === null && node.nullable && !bare) return <div className="field">{nullToggle}</div>;
  let control: ReactNode;
  if (!matchesKind(node, value)) control = <RawJsonField {...props} />;
  else if (node.kind === 'object') control = <ObjectFields {...props} node={node} />;
  else if (node.kind === 'array') control = <ArrayItems {...props} node={node} />;
  else if (node.kind === 'variants') control = <VariantField {...props} node={node} />;
  else if (node.kind === 'scalar') control = <ScalarField {...props} node={node} />;
  else if (node.kind === 'enum' || node.kind === 'boolean') control = <ChoiceField {...props} node={node} />;
  else control = <RawJsonField {...props} />;
  return nullToggle ? (
    <div className="body-node">
      {control}
      {nullToggle}
    </div>
  ) : (
    control
  );
}
