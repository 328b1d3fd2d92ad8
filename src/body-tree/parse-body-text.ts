/** The body text read as JSON: empty text is "no body yet" (undefined), bad text says where it broke. */
export type ParsedBody = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses the raw JSON body text for the form mode; never throws. */
export function parseBodyText(text: string): ParsedBody {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
