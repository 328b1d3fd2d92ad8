import type { Server } from '../../openapi/model.ts';

/** The API server snippets call directly: a choice when the description lists several, and its variables. */
export function ServerPicker({
  servers,
  index,
  variables,
  onChange,
}: {
  servers: Server[];
  index: number;
  variables: Record<string, string>;
  onChange: (index: number, variables: Record<string, string>) => void;
}) {
  const server = servers[index];
  if (!server || (servers.length < 2 && Object.keys(server.variables).length === 0)) return null;
  return (
    <div className="server-picker">
      {servers.length > 1 && (
        <div className="field">
          <label htmlFor="snippet-server">Server</label>
          <select
            id="snippet-server"
            value={index}
            onChange={(event) => onChange(Number(event.target.value), {})}
          >
            {servers.map((s, i) => (
              <option key={s.url} value={i}>
                {s.description ? `${s.description} (${s.url})` : s.url}
              </option>
            ))}
          </select>
        </div>
      )}
      {Object.entries(server.variables).map(([name, variable]) => {
        const id = `server-variable-${name}`;
        const value = variables[name] ?? variable.default;
        const set = (next: string) => onChange(index, { ...variables, [name]: next });
        return (
          <div className="field" key={name}>
            <label htmlFor={id}>{name}</label>
            {variable.enum ? (
              <select id={id} value={value} onChange={(event) => set(event.target.value)}>
                {variable.enum.map((option) => (
                  <option key={option}>{option}</option>
                ))}
              </select>
            ) : (
              <input id={id} type="text" value={value} onChange={(event) => set(event.target.value)} />
            )}
          </div>
        );
      })}
    </div>
  );
}
