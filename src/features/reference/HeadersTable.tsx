import { Markdown } from '../../markdown/Markdown.tsx';
import type { ApiModel, ResponseHeader, Schema } from '../../openapi/model.ts';
import { resolveModelRef } from '../../openapi/resolve-model-ref.ts';
import { describeSchemaNode } from '../../schema-tree/describe-schema-node.ts';
import type { SchemaTreeContext } from '../../schema-tree/schema-node.ts';

/** A response's headers: name, type, required, description (and what their schema allows). */
export function HeadersTable({
  api,
  headers,
  caption,
}: {
  api: Pick<ApiModel, 'schemas'>;
  headers: ResponseHeader[];
  caption: string;
}) {
  const context: SchemaTreeContext = {
    resolve: (schema: Schema) => resolveModelRef(api, schema),
    direction: 'response',
  };
  return (
    <table className="param-table headers-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header) => {
          const node = header.schema ? describeSchemaNode(header.schema, context) : undefined;
          return (
            <tr key={header.name}>
              <th scope="row">
                <code>{header.name}</code>
                {header.required && <span className="required-mark"> required</span>}
                {header.deprecated && <span className="badge deprecated-badge">deprecated</span>}
              </th>
              <td>
                <code>{node?.type ?? 'string'}</code>
              </td>
              <td>
                <Markdown source={header.description} />
                {node?.constraints.map((constraint) => (
                  <p className="meta" key={constraint.label}>
                    {constraint.label}: {constraint.values.join(', ')}
                  </p>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
