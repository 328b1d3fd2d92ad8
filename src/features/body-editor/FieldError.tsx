/** The problem line under a body control, with the id its control's aria-describedby points at. */
export function FieldError({ error, id }: { error: string | undefined; id: string }) {
  return error ? (
    <p className="field-error" id={id}>
      {error}
    </p>
  ) : null;
}

/** The aria-describedby of a body control: its hint and problem lines, when there are any. */
export function describedByIds(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
