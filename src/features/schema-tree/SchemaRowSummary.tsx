import { Markdown } from '../../markdown/Markdown.tsx';
import type { SchemaNode } from '../../schema-tree/schema-node.ts';

/** A node's name, type, ref, badges, description and constraints: what a row shows before it is opened. */
export function SchemaRowSummary({ node }: { node: SchemaNode }) {
  return (
    <>
      <div className="schema-row-head">
        {node.name !== undefined && <code className="schema-name">{node.name}</code>}
        <span className="schema-type">{node.type}</span>
        {node.refName !== undefined && node.refName !== node.type && (
          <span className="schema-ref">{node.refName}</span>
        )}
        {node.variantCount !== undefined && <span className="schema-flag">one of {node.variantCount}</span>}
        {node.required && <span className="required-mark">required</span>}
        {node.nullable && <span className="schema-flag">nullable</span>}
        {node.readOnly && <span className="schema-flag">read-only</span>}
        {node.writeOnly && <span className="schema-flag">write-only</span>}
        {node.deprecated && <span className="badge deprecated-badge">deprecated</span>}
      </div>
      {node.title !== undefined && node.title !== node.refName && node.title !== node.name && (
        <p className="schema-title">{node.title}</p>
      )}
      <Markdown source={node.description} />
      {node.constraints.length > 0 && (
        <ul className="schema-constraints">
          {node.constraints.map((constraint) => (
            <li key={constraint.label}>
              <span className="schema-constraint-label">{constraint.label}</span>
              {constraint.values.map((value, index) =>
                constraint.code ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: values may repeat once cut; order is fixed
                  <code key={index}>{value}</code>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: as above
                  <span key={index}>{value}</span>
                ),
              )}
              {constraint.more !== undefined && <span className="muted">and {constraint.more} more</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
