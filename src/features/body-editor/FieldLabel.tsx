import type { BodyNode } from '../../body-tree/body-node.ts';

/** The visible name of a body control with its required and deprecated markers. */
export function FieldLabel({ name, node, required }: { name: string; node: BodyNode; required: boolean }) {
  return (
    <>
      <code>{name}</code>
      {required && <span className="required-mark"> required</span>}
      {node.deprecated && <span className="badge deprecated-badge">deprecated</span>}
    </>
  );
}
