/** Keys the schema does not list, shown read-only: the form keeps them in the body untouched. */
export function OtherProperties({ entries, id }: { entries: [string, unknown][]; id: string }) {
  if (entries.length === 0) return null;
  return (
    <div className="field">
      <p className="hint" id={`${id}-other`}>
        Other properties (not in the schema; kept as they are, edit them as JSON)
      </p>
      <pre className="code-block">{JSON.stringify(Object.fromEntries(entries), null, 2)}</pre>
    </div>
  );
}
