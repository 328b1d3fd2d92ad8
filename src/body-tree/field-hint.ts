import type { BodyNode } from './body-node.ts';
import { nodeHint } from './node-hint.ts';
import { shortDescription } from './short-description.ts';

/** The hint line under a body control: type and bounds, then the description's first sentence. */
export function fieldHint(node: BodyNode): string | undefined {
  return [nodeHint(node), shortDescription(node.description)].filter(Boolean).join('. ') || undefined;
}
