import { Markdown } from '../../markdown/Markdown.tsx';
import type { Operation } from '../../openapi/model.ts';
import { describeSchemaType } from './describe-schema-type.ts';

/** The parameter reference: name, location, type, required, description, enum values, default. */
export function ParameterReference({ operation }: { operation: Operation }) {
  if (operation.parameters.length === 0 && !operation.requestBody) return null;
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
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {operation.requestBody && (
        <div className="body-reference">
          <h3>Request body{operation.requestBody.required ? ' (required)' : ''}</h3>
          <p className="meta">
            {Object.keys(operation.requestBody.content).map((type) => (
              <code key={type}>{type} </code>
            ))}
          </p>
          <Markdown source={operation.requestBody.description} />
        </div>
      )}
    </section>
  );
}
