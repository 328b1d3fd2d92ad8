import { useId, useMemo } from 'react';
import type { ApiModel, Schema } from '../../openapi/model.ts';
import { resolveModelRef } from '../../openapi/resolve-model-ref.ts';
import { describeSchemaNode } from '../../schema-tree/describe-schema-node.ts';
import type { SchemaDirection, SchemaTreeContext } from '../../schema-tree/schema-node.ts';
import { SchemaChildrenList } from './SchemaChildrenList.tsx';
import { SchemaRowSummary } from './SchemaRowSummary.tsx';
import './schema-tree.css';

/**
 * A schema as an expandable tree, for responses, request bodies and parameters: the root's own row, then its
 * properties (or items, or variants) open; deeper levels open on demand, each behind a named disclosure
 * button. Refs are read from `api.schemas` one level at a time.
 */
export function SchemaTree({
  api,
  schema,
  direction,
  label,
}: {
  api: Pick<ApiModel, 'schemas' | 'schemasPending'>;
  schema: Schema;
  direction: SchemaDirection;
  /** What the schema is of, for the tree's accessible name ("Response body", "filter"). */
  label: string;
}) {
  const context = useMemo<SchemaTreeContext>(
    () => ({ resolve: (s) => resolveModelRef(api, s), direction }),
    [api, direction],
  );
  const root = useMemo(() => describeSchemaNode(schema, context), [schema, context]);
  const rootId = useId();
  const backLinks = useMemo(
    () => new Map(root.source.prepared.refs.map((ref) => [ref, rootId])),
    [root, rootId],
  );
  if (api.schemasPending) {
    return (
      <p className="muted" role="status">
        Loading the schema…
      </p>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group around a tree of rows; a fieldset holds form controls
    <div className="schema-tree" role="group" aria-label={`Schema of ${label}`} id={rootId} tabIndex={-1}>
      <SchemaRowSummary node={root} />
      {root.expandable && <SchemaChildrenList node={root} context={context} backLinks={backLinks} />}
    </div>
  );
}
