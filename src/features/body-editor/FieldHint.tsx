import type { BodyNode } from '../../body-tree/body-node.ts';
import { nodeHint } from '../../body-tree/node-hint.ts';
import { shortDescription } from '../../body-tree/short-description.ts';

/** The hint line under a body control (type, bounds, first sentence of the description); `id` for aria. */
export function FieldHint({ node, id }: { node: BodyNode; id: string }) {
  const text = hintText(node);
  return text ? (
    <p className="hint" id={id}>
      {text}
    </p>
  ) : null;
}

/** Whether a node has a hint, so controls only point aria-describedby at hints that exist. */
export function hintText(node: BodyNode): string | undefined {
  return [nodeHint(node), shortDescription(node.description)].filter(Boolean).join('. ') || undefined;
}
