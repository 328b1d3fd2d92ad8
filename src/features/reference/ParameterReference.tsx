import { Markdown } from '../../markdown/Markdown.tsx';
import type { ApiModel, Operation, Schema } from '../../openapi/model.ts';
import { SchemaTree } from '../schema-tree/SchemaTree.tsx';
import { describeSchemaType } from './describe-schema-type.ts';

/**
 * The parameter reference: name, location, type, required, description, enum values, default; a parameter
 * with an object schema (or a list of objects) gets the schema tree. The request body has its own section.
 */
export function ParameterReference({ api, operation }: { api: ApiModel; operation: Operation }) {
  if (operation.parameters.length === 0) return null;
  return (
    <section aria-labelledby="parameters-heading">
      <h2 id="parameters-heading">Parameters</h2>
      {operation.parameters.length > 0 && (
        <table className="param-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Type</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((param) => {
              const enumValues = param.schema.enum ?? param.schema.items?.enum;
              return (
                <tr key={`${param.in}:${param.name}`}>
                  <th scope="row">
                    <code>{param.name}</code>
                    {param.required && <span className="required-mark"> required</span>}
                    {param.deprecated && <span className="badge deprecated-badge">deprecated</span>}
                  </th>
                  <td>{param.in}</td>
                  <td>
                    <code>{describeSchemaType(param.schema)}</code>
                  </td>
                  <td>
                    <Markdown source={param.description} />
                    {enumValues && (
                      <p className="meta">
                        One of:{' '}
                        {enumValues.map((v, i) => (
                          <span key={String(v)}>
                            {i > 0 && ', '}
                            <code>{String(v)}</code>
                          </span>
                        ))}
                      </p>
                    )}
                    {param.schema.default !== undefined && (
                      <p className="meta">
                        Default: <code>{JSON.stringify(param.schema.default)}</code>
                      </p>
                    )}
                    {hasFields(param.schema) && (
                      <SchemaTree api={api} schema={param.schema} direction="request" label={param.name} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** An object with properties, or a list of them: worth a tree rather than a type name. */
function hasFields(schema: Schema): boolean {
  const item = schema.type === 'array' ? schema.items : schema;
  return Object.keys(item?.properties ?? {}).length > 0 || (item?.oneOf?.length ?? 0) > 1;
}
