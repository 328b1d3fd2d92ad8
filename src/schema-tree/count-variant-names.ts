import type { ApiModel, Schema } from '../openapi/model.ts';
import { resolveModelRef } from '../openapi/resolve-model-ref.ts';
import { describeSchemaNode } from './describe-schema-node.ts';
import type { SchemaDirection, SchemaVariant } from './schema-node.ts';
import { type TreeWalk, walkSchemaTree } from './walk-schema-tree.ts';

/** How a whole API's variants are named: counts per label source, and the ones that fell back. */
export interface VariantNameReport {
  /** Variant choices met (each shared schema's choice once per direction). */
  choices: number;
  /** Alternatives named, by where the name came from. */
  bySource: Record<SchemaVariant['labelSource'], number>;
  /** Alternatives named by a type summary or by position, with where they are. */
  fallbacks: { where: string; label: string; labelSource: 'type' | 'position' }[];
  /** Tree nodes a reader opening everything would see (the cost of the walk). */
  nodes: number;
}

/**
 * Opens every request body (direction `request`) and every response, header, webhook and callback schema
 * (`response`) of `api` as a reader clicking everything would, and reports how the variants were named.
 */
export function countVariantNames(api: ApiModel): VariantNameReport {
  const report: VariantNameReport = {
    choices: 0,
    bySource: { title: 0, discriminator: 0, object: 0, ref: 0, type: 0, position: 0 },
    fallbacks: [],
    nodes: 0,
  };
  const operations = [...api.operations, ...(api.webhooks ?? [])];
  const all = operations.flatMap((operation) => [
    operation,
    ...(operation.callbacks ?? []).flatMap((callback) => callback.operations),
  ]);
  for (const direction of ['request', 'response'] as const) {
    const context = { resolve: (schema: Schema) => resolveModelRef(api, schema), direction };
    const seen = new Set<string>();
    for (const operation of all) {
      const roots = rootsOf(operation, direction);
      for (const { where, schema } of roots) {
        const walk: TreeWalk = walkSchemaTree(describeSchemaNode(schema, context), context, undefined, seen);
        report.nodes += walk.nodes;
        for (const choice of walk.choices) {
          report.choices++;
          for (const option of choice.options) {
            report.bySource[option.labelSource]++;
            if (option.labelSource === 'type' || option.labelSource === 'position') {
              report.fallbacks.push({
                where: `${direction} ${operation.id} ${where}${choice.path}`,
                label: option.label,
                labelSource: option.labelSource,
              });
            }
          }
        }
      }
    }
  }
  return report;
}

function rootsOf(
  operation: ApiModel['operations'][number],
  direction: SchemaDirection,
): { where: string; schema: Schema }[] {
  if (direction === 'request') {
    return Object.entries(operation.requestBody?.content ?? {}).flatMap(([mediaType, media]) => {
      const schema = media.schemaRef ?? media.schema;
      return schema ? [{ where: `body ${mediaType}`, schema }] : [];
    });
  }
  return operation.responses.flatMap((response) => [
    ...Object.entries(response.content).flatMap(([mediaType, media]) =>
      media.schema ? [{ where: `${response.status} ${mediaType}`, schema: media.schema }] : [],
    ),
    ...response.headers.flatMap((header) =>
      header.schema ? [{ where: `${response.status} header ${header.name}`, schema: header.schema }] : [],
    ),
  ]);
}
