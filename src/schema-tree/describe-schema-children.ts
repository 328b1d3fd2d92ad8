import type { Schema } from '../openapi/model.ts';
import { arrayItems, describeSchemaNode, maxTreeDepth, variantList } from './describe-schema-node.ts';
import { nameVariants } from './name-variants.ts';
import type { PreparedSchema, SchemaChildren, SchemaNode, SchemaTreeContext } from './schema-node.ts';

/**
 * What opening `node` shows: its properties (read-only ones hidden in requests, write-only ones in responses),
 * pattern properties, the schema of other keys, the alternatives of a `oneOf`/`anyOf` with their names, and for
 * arrays their items' children directly (an array of objects opens to the objects' properties). Each child is
 * a closed node: nothing below is described until it is opened in turn.
 */
export function describeSchemaChildren(node: SchemaNode, context: SchemaTreeContext): SchemaChildren {
  const children: SchemaChildren = { properties: [], hiddenProperties: 0, patternProperties: [], items: [] };
  const { prepared, ancestors, depth } = node.source;
  if (prepared.circular || depth >= maxTreeDepth) return children;
  const s = prepared.schema;
  const items = arrayItems(s);
  if (items) {
    const item = describeSchemaNode(items, context, { ancestors, depth: depth + 1 });
    if (item.circular) children.items.push(item);
    else if (arrayItems(item.source.prepared.schema)) children.items.push(item);
    else return describeSchemaChildren(item, context);
    return children;
  }
  if (Array.isArray(s.prefixItems)) {
    s.prefixItems.forEach((schema, index) => {
      children.items.push(
        describeSchemaNode(schema, context, { name: `[${index}]`, ancestors, depth: depth + 1 }),
      );
    });
  }
  const variants = variantList(s);
  // With `type: [object, array]` the object's properties belong to its alternative, not beside it.
  if (!(variants && Array.isArray(s.type))) readFields(children, prepared, context, ancestors, depth);
  if (variants) {
    const entries = variants.map((raw) => {
      const child = describeSchemaNode(raw, context, { ancestors, depth: depth + 1 });
      return { raw, prepared: child.source.prepared, type: child.type, node: child };
    });
    const names = nameVariants(entries, s.discriminator, context);
    children.variants = {
      combinator:
        s.oneOf && s.oneOf.length >= 2 ? 'oneOf' : s.anyOf && s.anyOf.length >= 2 ? 'anyOf' : 'type',
      options: entries.map((entry, index) => ({
        label: names[index]?.label ?? `Option ${index + 1}`,
        labelSource: names[index]?.labelSource ?? 'position',
        node: entry.node,
      })),
    };
    const discriminator = s.discriminator?.propertyName;
    if (typeof discriminator === 'string' && discriminator !== '')
      children.variants.discriminator = discriminator;
  }
  return children;
}

function readFields(
  children: SchemaChildren,
  prepared: PreparedSchema,
  context: SchemaTreeContext,
  ancestors: readonly string[],
  depth: number,
): void {
  const s = prepared.schema;
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  for (const [name, schema] of Object.entries(s.properties ?? {})) {
    if (!isSchema(schema)) continue;
    const child = describeSchemaNode(schema, context, {
      name,
      required: required.has(name),
      ancestors,
      depth: depth + 1,
    });
    const hidden = context.direction === 'request' ? child.readOnly : child.writeOnly;
    if (hidden) children.hiddenProperties++;
    else children.properties.push(child);
  }
  for (const [pattern, schema] of Object.entries(s.patternProperties ?? {})) {
    if (!isSchema(schema)) continue;
    children.patternProperties.push(
      describeSchemaNode(schema, context, { name: pattern, ancestors, depth: depth + 1 }),
    );
  }
  const other = s.additionalProperties;
  if (other === false) children.additional = false;
  else if (isSchema(other) && Object.keys(other).length > 0) {
    children.additional = describeSchemaNode(other, context, { ancestors, depth: depth + 1 });
  }
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
