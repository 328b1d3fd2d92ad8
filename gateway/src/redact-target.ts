const SENSITIVE_NAME = /key|token|secret|password|auth/i;

/**
 * A request-target safe for the access log: query values whose name looks like a secret become `REDACTED`,
 * and control characters are escaped so one request always stays one log line.
 */
export function redactTarget(target: string): string {
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  if (q === -1) return escapeControls(path);
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
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
