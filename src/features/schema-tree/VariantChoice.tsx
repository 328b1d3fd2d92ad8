import { useId, useState } from 'react';
import type { SchemaChildren, SchemaTreeContext } from '../../schema-tree/schema-node.ts';
import { CircularLink } from './CircularLink.tsx';
import { type BackLinks, SchemaChildrenList } from './SchemaChildrenList.tsx';
import { SchemaRowSummary } from './SchemaRowSummary.tsx';

const combinatorText = {
  oneOf: 'Exactly one of',
  anyOf: 'Any of',
  type: 'One of the types',
} as const;

/** A `oneOf`/`anyOf` as a labelled select of named variants; the chosen one's fields show below it. */
export function VariantChoice({
  variants,
  ofName,
  context,
  backLinks,
}: {
  variants: NonNullable<SchemaChildren['variants']>;
  ofName: string;
  context: SchemaTreeContext;
  backLinks: BackLinks;
}) {
  const [index, setIndex] = useState(0);
  const id = useId();
  const chosen = variants.options[index] ?? variants.options[0];
  return (
    <div className="schema-variants">
      <label htmlFor={id}>
        {combinatorText[variants.combinator]} {variants.options.length} variants of {ofName}
        {variants.discriminator !== undefined && (
          <>
            {' '}
            (told apart by <code>{variants.discriminator}</code>)
          </>
        )}
      </label>
      <select id={id} value={index} onChange={(event) => setIndex(Number(event.target.value))}>
        {variants.options.map((option, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the options are the schema's, in its order
          <option key={i} value={i}>
            {option.label}
          </option>
        ))}
      </select>
      {chosen && (
        <div className="schema-variant">
          <SchemaRowSummary node={chosen.node} />
          {chosen.node.circular && <CircularLink circular={chosen.node.circular} backLinks={backLinks} />}
          {chosen.node.expandable && (
            <SchemaChildrenList
              key={index}
              node={chosen.node}
              context={context}
              backLinks={extend(backLinks, chosen.node.source.prepared.refs, id)}
            />
          )}
        </div>
      )}
    </div>
  );
}

/** Refs the chosen variant came through link back to its select. */
function extend(backLinks: BackLinks, refs: string[], id: string): BackLinks {
  if (refs.length === 0) return backLinks;
  const next = new Map(backLinks);
  for (const ref of refs) next.set(ref, id);
  return next;
}
