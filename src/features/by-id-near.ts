/**
 * The element with `id` in the same tree as `from`: the document, or the shadow root of an embedded element
 * (where `document.getElementById` finds nothing). Ids are unique per tree, so two embeds never mix.
 */
export function byIdNear(from: Node, id: string): HTMLElement | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : document.getElementById(id);
}
