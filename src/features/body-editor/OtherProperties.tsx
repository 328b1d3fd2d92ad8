/** Keys the schema does not list, shown read-only: the form keeps them in the body untouched. */
export function OtherProperties({ entries, id }: { entries: [string, unknown][]; id: string }) {
  if (entries.length === 0) return null;
  return (
    <div className="field">
      <p className="hint" id={`${id}-other`}>
        Other properties (not in the schema; kept as they are, edit them as JSON)
      </p>
      {/* A wrapping list, not a scrolling box: nothing here needs keyboard focus to be read. */}
      <dl aria-labelledby={`${id}-other`} style={{ margin: 0, overflowWrap: 'anywhere' }}>
        {entries.map(([key, item]) => (
          <div key={key}>
            <dt style={{ display: 'inline' }}>
              <code>{key}</code>:{' '}
            </dt>
            <dd style={{ display: 'inline', margin: 0 }}>
              <code>{JSON.stringify(item)}</code>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
