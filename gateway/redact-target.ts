const SENSITIVE_NAME = /key|token|secret|password|auth/i;
// A query none of whose bytes could spell a sensitive name (even percent-encoded) is kept as it is.
const MAYBE_SENSITIVE = /%|key|token|secret|password|auth/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A request-target safe for the access log: query values whose name looks like a secret become `REDACTED`,
 * and control characters are escaped so one request always stays one log line.
 */
export function redactTarget(target: string): string {
  const q = target.indexOf('?');
  if (q === -1 || !MAYBE_SENSITIVE.test(target.slice(q + 1))) return escapeControls(target);
  const path = target.slice(0, q);
  const query = target
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq === -1 ? pair : pair.slice(0, eq);
      return SENSITIVE_NAME.test(decodeName(rawName)) && eq !== -1 ? `${rawName}=REDACTED` : pair;
    })
    .join('&');
  return escapeControls(`${path}?${query}`);
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

function escapeControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
