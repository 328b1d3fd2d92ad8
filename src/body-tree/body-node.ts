import type { Schema } from '../openapi/model.ts';

/** What every node of the body form knows about its schema. */
interface NodeBase {
  /** The flattened schema this node edits. */
  schema: Schema;
  title?: string;
  description?: string;
  deprecated: boolean;
  /** `null` is an allowed value (3.0 `nullable`, a 3.1 type list or a null variant). */
  nullable: boolean;
  default?: unknown;
}

/** One property of an object node, in schema order. */
export interface BodyProperty {
  name: string;
  required: boolean;
  node: BodyNode;
}

/** An object with known properties and, for maps (`additionalProperties`), a schema for other values. */
export interface ObjectNode extends NodeBase {
  kind: 'object';
  /** Writable properties only: read-only ones are left out. */
  properties: BodyProperty[];
  /** Schema of the values of keys not listed (a map); absent when other keys are not described. */
  additional?: BodyNode;
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  item: BodyNode;
  minItems?: number;
  maxItems?: number;
}

/** A string or a number typed in a text box. */
export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  type: 'string' | 'integer' | 'number';
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** Known values of a free text (`anyOf: [string, enum]`): suggestions, not a restriction. */
  suggestions?: string[];
}

export interface EnumNode extends NodeBase {
  kind: 'enum';
  /** Allowed values as JSON values (strings, numbers, booleans), in schema order. */
  values: (string | number | boolean)[];
}

export interface BooleanNode extends NodeBase {
  kind: 'boolean';
}

/** One alternative of a variants node. */
export interface BodyVariant {
  /** The switcher's option name: the variant's title, else its discriminator value, else `Option N`. */
  label: string;
  /** What the variant holds in a few words (`list of string`): told beside untitled `Option N` labels. */
  summary: string;
  node: BodyNode;
  /** The value of the discriminator property that selects this variant, when there is one. */
  discriminatorValue?: string;
}

/** `oneOf`/`anyOf` (or a list of types): the form shows a variant switcher and the chosen variant. */
export interface VariantsNode extends NodeBase {
  kind: 'variants';
  combinator: 'oneOf' | 'anyOf' | 'type';
  variants: BodyVariant[];
  discriminator?: string;
}

/** A cut `$ref` cycle: edited as raw JSON. */
export interface CircularNode extends NodeBase {
  kind: 'circular';
  /** The schema the cycle returns to. */
  name: string;
}

/** Anything the form cannot model (untyped, tuples, free-form objects, unresolved refs): raw JSON. */
export interface UnknownNode extends NodeBase {
  kind: 'unknown';
}

/** The form's view of one schema. */
export type BodyNode =
  | ObjectNode
  | ArrayNode
  | ScalarNode
  | EnumNode
  | BooleanNode
  | VariantsNode
  | CircularNode
  | UnknownNode;
