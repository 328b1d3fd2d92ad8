import type { BodyNode } from '../../body-tree/body-node.ts';
import { fieldHint } from '../../body-tree/field-hint.ts';

/** The hint line under a body control, with the id its control's aria-describedby points at. */
export function FieldHint({ node, id }: { node: BodyNode; id: string }) {
  const text = fieldHint(node);
  return text ? (
    <p className="hint" id={id}>
      {text}
    </p>
  ) : null;
}
