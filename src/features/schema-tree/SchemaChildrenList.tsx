import { useMemo, useState } from 'react';
import { describeSchemaChildren } from '../../schema-tree/describe-schema-children.ts';
import type { SchemaNode, SchemaTreeContext } from '../../schema-tree/schema-node.ts';
import { SchemaRow } from './SchemaRow.tsx';
import { VariantChoice } from './VariantChoice.tsx';

/** Properties listed before "Show all"; a schema with thousands of them must not stall the page. */
const shownAtFirst = 100;

/** Refs on the path from the root → the id of the element to go back to when a cycle closes. */
export type BackLinks = ReadonlyMap<string, string>;

/**
 * The children of an open node: properties, pattern properties, other keys, items, then the variant choice.
 * Described here, when the node is open, never before. (A recursive renderer: rows render this list.)
 */
export function SchemaChildrenList({
  node,
  context,
  backLinks,
}: {
  node: SchemaNode;
  context: SchemaTreeContext;
  backLinks: BackLinks;
}) {
  const children = useMemo(() => describeSchemaChildren(node, context), [node, context]);
  const [showAll, setShowAll] = useState(false);
  const properties = showAll ? children.properties : children.properties.slice(0, shownAtFirst);
  const rows = [...properties, ...children.patternProperties, ...children.items];
  const hiddenNote =
    children.hiddenProperties > 0
      ? context.direction === 'request'
        ? `${children.hiddenProperties} read-only ${children.hiddenProperties === 1 ? 'property is' : 'properties are'} set by the server and not shown here.`
        : `${children.hiddenProperties} write-only ${children.hiddenProperties === 1 ? 'property is' : 'properties are'} never returned and not shown here.`
      : undefined;
  return (
    <div className="schema-children">
      {rows.length > 0 && (
        <ul className="schema-rows">
          {rows.map((child, index) => (
            <SchemaRow
              // biome-ignore lint/suspicious/noArrayIndexKey: names can repeat across properties and items
              key={`${child.name ?? ''}#${index}`}
              node={child}
              context={context}
              backLinks={backLinks}
            />
          ))}
          {children.additional !== undefined && children.additional !== false && (
            <SchemaRow
              node={{ ...children.additional, name: '(any other key)' }}
              context={context}
              backLinks={backLinks}
            />
          )}
        </ul>
      )}
      {rows.length === 0 && children.additional !== undefined && children.additional !== false && (
        <ul className="schema-rows">
          <SchemaRow
            node={{ ...children.additional, name: '(any key)' }}
            context={context}
            backLinks={backLinks}
          />
        </ul>
      )}
      {children.properties.length > shownAtFirst && !showAll && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {children.properties.length} properties
        </button>
      )}
      {hiddenNote && <p className="meta">{hiddenNote}</p>}
      {children.variants && (
        <VariantChoice
          variants={children.variants}
          ofName={node.name ?? node.refName ?? 'this value'}
          context={context}
          backLinks={backLinks}
        />
      )}
    </div>
  );
}
