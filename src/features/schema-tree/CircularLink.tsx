import type { SchemaNode } from '../../schema-tree/schema-node.ts';
import { byIdNear } from '../by-id-near.ts';
import type { BackLinks } from './SchemaChildrenList.tsx';

/** Where a cycle closes: a button back to the ancestor it repeats, or its name when that is not on screen. */
export function CircularLink({
  circular,
  backLinks,
}: {
  circular: NonNullable<SchemaNode['circular']>;
  backLinks: BackLinks;
}) {
  const backTo = circular.ref !== undefined ? backLinks.get(circular.ref) : undefined;
  return (
    <p className="schema-circular">
      {backTo ? (
        <button
          type="button"
          className="link-button"
          onClick={(event) => goBack(event.currentTarget, backTo)}
        >
          Circular: back to {circular.name}
        </button>
      ) : (
        <span className="muted">Circular: repeats {circular.name}</span>
      )}
    </p>
  );
}

/** Moves focus (and the view) to the element a cycle returns to. */
function goBack(from: Element, id: string): void {
  const target = byIdNear(from, id);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
