import type { BodyNode } from '../../body-tree/body-node.ts';

/** The visible name of a body control with its required and deprecated markers. */
export function FieldLabel({
  name,
  node,
  required,
  item,
}: {
  name: string;
  node: BodyNode;
  required: boolean;
  /** Array items and map values cannot be left out, but they are not properties: no "required" mark. */
  item?: boolean;
}) {
  return (
    <>
      <code>{name}</code>
      {required && !item && <span className="required-mark"> required</span>}
      {node.deprecated && <span className="badge deprecated-badge">deprecated</span>}
    </>
  );
}
