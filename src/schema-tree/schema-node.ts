import type { Schema } from '../openapi/model.ts';

/** Requests hide `readOnly` properties; responses hide `writeOnly` ones. Elsewhere both are shown, marked. */
export type SchemaDirection = 'request' | 'response';

/** What describing needs from outside: how `$ref`s resolve (`resolveModelRef` bound to an API), and the direction. */
export interface SchemaTreeContext {
  resolve(schema: Schema): Schema;
  direction: SchemaDirection;
}

/** One constraint as the reader sees it: a label and the values it names (each shown as code). */
export interface SchemaConstraint {
  label: string;
  values: string[];
  /** Values are code (enum members, a pattern) rather than prose (`1 to 64 characters`). */
  code: boolean;
  /** How many more values there were than listed (long enums). */
  more?: number;
}

/** The schema a node describes after `$ref`s, `allOf` and nullability were read (see `prepareSchema`). */
export interface PreparedSchema {
  schema: Schema;
  /** Name of the schema the node's `$ref` points to (`UsageTimeBucket`). */
  refName?: string;
  /** Every ref followed to get here (own and `allOf` members'): a descendant pointing at one is a cycle. */
  refs: string[];
  nullable: boolean;
  /** Set when the schema is one of its ancestors: the name of the schema the cycle returns to. */
  circular?: { name: string; ref?: string };
  /** `anyOf: [string, {enum}]`: any text, these values are known. */
  knownValues?: unknown[];
  /** `allOf` members left out because they are ancestors (a cycle through `allOf`). */
  skippedMembers?: string[];
}

/** One row of the tree: what a reader sees before opening it. Children are described only on demand. */
export interface SchemaNode {
  /** Property name; for an additional property or a pattern property, how its keys look. */
  name?: string;
  required: boolean;
  /** `string (date-time)`, `object`, `integer[]`, `string | integer`, `any`. */
  type: string;
  /** The schema it comes from by `$ref` (for an array: its items'). */
  refName?: string;
  title?: string;
  /** Markdown. */
  description?: string;
  deprecated: boolean;
  nullable: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  constraints: SchemaConstraint[];
  /** Set on a node that points back at an ancestor: shown as a link back, never expanded. */
  circular?: { name: string; ref?: string };
  /** Number of `oneOf`/`anyOf` alternatives, when the node is a choice. */
  variantCount?: number;
  /** Whether the node has children to show (properties, items, variants). */
  expandable: boolean;
  /** What opening it shows first, for its button's name ("Show properties of usage"). */
  opensTo?: 'properties' | 'variants' | 'items';
  /** What its children are described from; opaque to components. */
  readonly source: NodeSource;
}

/** Internal state for describing a node's children later. */
export interface NodeSource {
  prepared: PreparedSchema;
  /** Refs on the path from the root, this node's own included. */
  ancestors: readonly string[];
  depth: number;
}

/** A `oneOf`/`anyOf` alternative, named for the variant switcher. */
export interface SchemaVariant {
  label: string;
  /** Where the label came from; `type` and `position` are the fallbacks (counted by the corpus test). */
  labelSource: 'title' | 'discriminator' | 'object' | 'ref' | 'type' | 'position';
  node: SchemaNode;
}

/** A node's children, described when it is opened. */
export interface SchemaChildren {
  /** Properties in schema order, filtered by direction. */
  properties: SchemaNode[];
  /** How many properties the direction hid (read-only in requests, write-only in responses). */
  hiddenProperties: number;
  /** `patternProperties`, each named by its pattern. */
  patternProperties: SchemaNode[];
  /** The values of keys not listed: a schema, or `false` (none allowed); undefined when not said. */
  additional?: SchemaNode | false;
  /** Items of an array whose items are arrays or scalars with constraints worth a row; tuples' items. */
  items: SchemaNode[];
  variants?: {
    combinator: 'oneOf' | 'anyOf' | 'type';
    /** The discriminator property, when there is one. */
    discriminator?: string;
    options: SchemaVariant[];
  };
}
