/** A number's limits (after rules) and default, as a hint tells them. */
export interface NumberBounds {
  minimum?: number | undefined;
  maximum?: number | undefined;
  exclusiveMinimum?: number | undefined;
  exclusiveMaximum?: number | undefined;
  default?: unknown;
  /** The rule that set these bounds, e.g. `when bucket_width is 1h`. */
  condition?: string | undefined;
}

/**
 * The one wording of a number's limits under a control (parameters here, body properties through
 * `boundsHint`): `1 to 168, default 24 when bucket_width is 1h`, `more than 0`; `extra` parts go before the default.
 */
export function numberHint(b: NumberBounds, extra: readonly string[] = []): string | undefined {
  const parts: string[] = [];
  const low = b.minimum ?? b.exclusiveMinimum;
  const high = b.maximum ?? b.exclusiveMaximum;
  const lowText = b.minimum === undefined ? `more than ${low}` : `at least ${low}`;
  const highText = b.maximum === undefined ? `less than ${high}` : `at most ${high}`;
  if (low !== undefined && high !== undefined) {
    parts.push(
      b.minimum !== undefined && b.maximum !== undefined ? `${low} to ${high}` : `${lowText}, ${highText}`,
    );
  } else if (low !== undefined) parts.push(lowText);
  else if (high !== undefined) parts.push(highText);
  parts.push(...extra);
  if (b.default !== undefined && b.default !== null && typeof b.default !== 'object') {
    parts.push(`default ${String(b.default)}`);
  }
  if (parts.length === 0) return undefined;
  return b.condition ? `${parts.join(', ')} ${b.condition}` : parts.join(', ');
}
