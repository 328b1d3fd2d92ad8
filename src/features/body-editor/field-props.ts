import type { BodyNode } from '../../body-tree/body-node.ts';
import type { BodyPath } from '../../body-tree/body-path.ts';

/** What every body control gets: its node, visible name, place in the value and how to change it. */
export interface FieldProps {
  node: BodyNode;
  /** The visible label: property name, `<name> item N` or a map key. */
  name: string;
  path: BodyPath;
  /** The value at `path` (undefined: not set). */
  value: unknown;
  required: boolean;
  /** Object/array nesting depth, for collapsing deep levels. */
  depth: number;
  idPrefix: string;
  /** The new value at `path`; undefined leaves the property out. */
  onChange: (next: unknown) => void;
  /** An array item or map value: never left out, shown without a required mark. */
  item?: boolean;
  /** Render without an own label or fieldset (the root, or a variant under its switcher). */
  bare?: boolean;
  /** The schema problem at this place (from the body check), shown beside the control. */
  error?: string | undefined;
}
