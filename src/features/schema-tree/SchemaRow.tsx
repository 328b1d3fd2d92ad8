import { useId, useMemo, useState } from 'react';
import type { SchemaNode, SchemaTreeContext } from '../../schema-tree/schema-node.ts';
import { CircularLink } from './CircularLink.tsx';
import { type BackLinks, SchemaChildrenList } from './SchemaChildrenList.tsx';
import { SchemaRowSummary } from './SchemaRowSummary.tsx';

/**
 * One row of the tree. An expandable row has a disclosure button named after what it opens ("Show properties
 * of usage"); its children are described only once it is open. A row that closes a cycle links back to the
 * ancestor it repeats instead of opening.
 */
export function SchemaRow({
  node,
  context,
  backLinks,
}: {
  node: SchemaNode;
  context: SchemaTreeContext;
  backLinks: BackLinks;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonId = `${id}-toggle`;
  const childLinks = useMemo(() => {
    const refs = node.source.prepared.refs;
    if (refs.length === 0) return backLinks;
    const next = new Map(backLinks);
    for (const ref of refs) next.set(ref, buttonId);
    return next;
  }, [backLinks, node, buttonId]);
  const subject = node.name ?? node.refName ?? node.type;
  return (
    <li className="schema-row">
      <SchemaRowSummary node={node} />
      {node.circular && <CircularLink circular={node.circular} backLinks={backLinks} />}
      {node.expandable && (
        <>
          <button
            type="button"
            id={buttonId}
            className="schema-toggle"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide' : 'Show'} {node.opensTo ?? 'properties'} of {subject}
          </button>
          <div id={id} hidden={!open}>
            {open && <SchemaChildrenList node={node} context={context} backLinks={childLinks} />}
          </div>
        </>
      )}
    </li>
  );
}
